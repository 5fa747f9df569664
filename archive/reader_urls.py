"""The reader site: browse by date, read an article, follow its people, take the data out.

Issues and articles live under the day they were printed (`/2021/07/09/12/3/` is
article 3 of 第12版 printed that day); pages whose date nobody could read live under
`/undated/`. `/issues/<pk>/` and `/articles/<pk>/` are permalinks that redirect there.
"""

import datetime

from django.urls import path, register_converter

from archive.feeds import LatestArticlesFeed
from archive.views import (
    articles,
    data,
    dates,
    departments,
    home,
    issues,
    people,
    publications,
    robots,
    sitemaps,
)
from archive.years import year_in_range


class YearConverter:
    """A year the archive can hold (archive.years); any other is a 404."""

    regex = r"\d{4}"

    def to_python(self, value):
        if not year_in_range(int(value)):
            raise ValueError(value)
        return int(value)

    def to_url(self, value):
        return f"{value:04d}"


class MonthConverter:
    regex = r"0[1-9]|1[0-2]"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{value:02d}"


class DayConverter:
    """`2021/07/09` ⇄ date(2021, 7, 9); `undated` ⇄ None. An impossible date, or one in
    a year the archive cannot hold, is a 404."""

    regex = r"\d{4}/\d{2}/\d{2}|undated"

    def to_python(self, value):
        if value == "undated":
            return None
        day = datetime.date(*(int(part) for part in value.split("/")))
        if not year_in_range(day.year):
            raise ValueError(value)
        return day

    def to_url(self, value):
        if value is None:
            return "undated"
        return f"{value.year:04d}/{value.month:02d}/{value.day:02d}"


class IdConverter:
    """A primary key or a position. Longer numbers than a 64-bit integer holds are a 404
    here, not an overflow in the database driver."""

    regex = r"[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


class SlugConverter:
    """A paper's slug: `slugify(name, allow_unicode=True)` leaves letters of any script,
    digits, `_` and `-`. Anything else (a NUL byte, which PostgreSQL refuses in a query)
    is a 404 without asking the database."""

    regex = r"[-\w]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class PageConverter:
    """A page of a day: `4` (第4版), `4-<paper>` (another paper's 第4版 that day), `p<pk>`
    (a page without a 版次). A bare number that no page of the day has as its 版次 is
    the row id that page URLs carried before 版次 (answered with a 301)."""

    regex = r"[0-9]{1,18}(?:-[\w-]+)?|p[0-9]{1,18}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return str(value)


register_converter(IdConverter, "id")
register_converter(SlugConverter, "uslug")
register_converter(PageConverter, "page")
register_converter(YearConverter, "yyyy")
register_converter(MonthConverter, "mm")
register_converter(DayConverter, "day")

app_name = "archive"

urlpatterns = [
    path("", home.HomeView.as_view(), name="home"),
    path("feed/", LatestArticlesFeed(), name="feed"),
    path("robots.txt", robots.robots_txt, name="robots"),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<section>.xml", sitemaps.section, name="sitemap-section"),
    # Browse by date.
    path("dates/", dates.YearListView.as_view(), name="year-list"),
    path("<yyyy:year>/", dates.YearDetailView.as_view(), name="year-detail"),
    # /2021/07/
    path("<yyyy:year>/<mm:month>/", dates.MonthDetailView.as_view(), name="month-detail"),
    path("<day:day>/", dates.DayDetailView.as_view(), name="day-detail"),
    path("<day:day>.json", data.DayJSONView.as_view(), name="day-json"),
    # /2021/07/09/12/ — 第12版 of 9 July 2021.
    path("<day:day>/<page:page>/", issues.IssueDetailView.as_view(), name="issue"),
    path("<day:day>/<page:page>/source/", issues.IssueSourceView.as_view(), name="issue-source"),
    path("<day:day>/<page:page>.json", data.IssueJSONView.as_view(), name="issue-json"),
    path("<day:day>/<page:page>.csv", data.IssueCSVView.as_view(), name="issue-csv"),
    # /2021/07/09/12/3/ — the third article in reading order on 第12版.
    path(
        "<day:day>/<page:page>/<id:position>/",
        articles.ArticleDetailView.as_view(),
        name="article",
    ),
    path(
        "<day:day>/<page:page>/<id:position>/source/",
        articles.ArticleSourceView.as_view(),
        name="article-source",
    ),
    path(
        "<day:day>/<page:page>/<id:position>.json",
        data.ArticleJSONView.as_view(),
        name="article-json",
    ),
    # Permalinks by primary key; they redirect to the dated URL above.
    path("issues/<id:pk>/", issues.IssuePermalinkView.as_view(), name="issue-permalink"),
    path("articles/<id:pk>/", articles.ArticlePermalinkView.as_view(), name="article-permalink"),
    path("articles/<id:pk>.ris", articles.ArticleRISView.as_view(), name="article-ris"),
    # People, departments, papers.
    path("people/", people.PersonListView.as_view(), name="person-list"),
    path("people/<id:pk>/", people.PersonDetailView.as_view(), name="person-detail"),
    path("people/<id:pk>.json", data.PersonJSONView.as_view(), name="person-json"),
    path("people/<id:pk>.csv", data.PersonCSVView.as_view(), name="person-csv"),
    path("departments/", departments.DepartmentListView.as_view(), name="department-list"),
    path(
        "departments/<id:pk>/",
        departments.DepartmentDetailView.as_view(),
        name="department-detail",
    ),
    path("papers/", publications.PublicationListView.as_view(), name="publication-list"),
    path(
        "papers/<uslug:slug>/",
        publications.PublicationDetailView.as_view(),
        name="publication-detail",
    ),
]
