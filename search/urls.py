"""Search's URLs, at the site's root: the page, its forms and its data out."""

from django.urls import path

from . import api, feeds, views

app_name = "search"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("search/advanced/", views.advanced, name="advanced"),
    path("search/help/", views.help_page, name="help"),
    # /search.json?q=夜市&year=2023&page=2: the results page's parameters, as data.
    path("search.json", api.search_json, name="json"),
    path("search.csv", api.search_csv, name="csv"),
    path("search.atom", feeds.search_atom, name="atom"),
]
