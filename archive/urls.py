"""Baokan's URLs. The reader site lives in the `archive` namespace, search in `search`;
`/healthz` answers monitors."""

from django.contrib import admin
from django.urls import include, path

from archive.health import healthz

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("", include("search.urls")),
    path("", include("archive.reader_urls")),
]
