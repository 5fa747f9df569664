"""The site's URLs with an admin that registers Article, whatever archive/admin.py holds."""

from django.contrib import admin
from django.urls import include, path

from archive.models import Article

site = admin.AdminSite()
site.register(Article)

urlpatterns = [
    path("admin/", site.urls),
    path("", include("archive.reader_urls")),
]
