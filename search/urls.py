"""Search's URLs, at the site's root: the page and its forms."""

from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("search/advanced/", views.advanced, name="advanced"),
    path("search/help/", views.help_page, name="help"),
]
