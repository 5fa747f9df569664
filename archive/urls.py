"""Baokan's URLs. The reader site lives in the `archive` namespace, search in `search`."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("search/", include("search.urls")),
    path("", include("archive.reader_urls")),
]
