"""sitemap.xml: an index of sections, each in files of at most `limit` URLs (sitemaps.org
allows 50 000), written by `archive/views/sitemaps.py`.

Django's sitemap views were measured at 150 037 articles (bench/scale_bench.py): the
index took 7.3 s and 187 MB of Python memory (the latest `lastmod` of a section is
found by loading all of its items), a file of 50 000 articles 7.5 s and 107 MB (a
`reverse()` per URL, a template node per field, the whole file in memory), and
Django pages with OFFSET after a COUNT. Here a file is a range of primary keys (file
N of a section holds the rows from `first + (N - 1) × limit` on), so finding it costs
an index seek and a file keeps its URLs as the archive grows; rows are read as tuples
and written as they are read; a URL is built from its day's address, reversed once a
day. `tests/archive/test_sitemaps.py` checks every URL against `get_absolute_url()`.
"""

from functools import cached_property
from urllib.parse import quote

from django.urls import reverse
from django.utils.http import RFC3986_SUBDELIMS

from archive.models import Article, Department, Issue, Person, Publication

# What `reverse()` leaves unquoted in a path (django/urls/resolvers.py).
PATH_SAFE = RFC3986_SUBDELIMS + "/~:@"


class Section:
    """A sitemap section: the URLs of one kind of page, `limit` to a file. An instance
    serves one request: what it remembers (each day's address) is reversed in it."""

    limit = 50_000
    model = None

    @cached_property
    def days(self):
        return {}

    def page_url(self, day, page_slug):
        """A page's address: its day's (`/2021/07/09/`, `/undated/`), reversed once a
        day, and its 版次 quoted as `reverse()` quotes it."""
        if day not in self.days:
            self.days[day] = reverse("archive:day-detail", kwargs={"day": day})
        return f"{self.days[day]}{quote(str(page_slug), safe=PATH_SAFE)}/"

    def bounds(self):
        """(first pk, last pk), (None, None) when there are no rows."""
        # Two queries: SQLite reads one end of the key for a lone MIN() or MAX(), but
        # the whole table for both at once (64 ms at 150 000 articles, 0.1 ms apart).
        keys = self.model.objects.order_by("pk").values_list("pk", flat=True)
        return keys.first(), keys.last()

    def num_files(self, bounds=None):
        first, last = bounds or self.bounds()
        return 1 if first is None else (last - first) // self.limit + 1

    def urls(self, number):
        """[(path, lastmod date or None)] of file `number` (1-based), in key order."""
        first, _last = self.bounds()
        if first is None:
            return
        low = first + (number - 1) * self.limit
        rows = self.rows().filter(pk__gte=low, pk__lt=low + self.limit).order_by("pk")
        for row in rows.iterator(chunk_size=2000):
            yield self.location(row), self.lastmod(row)

    def rows(self):
        return self.model.objects.values_list("pk", flat=True)

    def lastmod(self, row):
        return None


class ArticleSitemap(Section):
    model = Article

    def rows(self):
        return Article.objects.values_list(
            "issue__date", "issue__page_slug", "position", "updated_at"
        )

    def location(self, row):
        day, page_slug, position, _updated = row
        return f"{self.page_url(day, page_slug)}{position}/"

    def lastmod(self, row):
        return row[3]


class IssueSitemap(Section):
    model = Issue

    def rows(self):
        return Issue.objects.values_list("date", "page_slug", "updated_at")

    def location(self, row):
        return self.page_url(row[0], row[1])

    def lastmod(self, row):
        return row[2]


class KeyedSection(Section):
    """Pages addressed by their primary key alone (`/people/<pk>/`): the address is
    reversed once, with a key no row has, and the row's key put in its place."""

    url_name = None
    PLACEHOLDER = 987_654_321_987_654_321

    def location(self, pk):
        return self.template.replace(str(self.PLACEHOLDER), str(pk))

    @cached_property
    def template(self):
        return reverse(self.url_name, kwargs={"pk": self.PLACEHOLDER})


class PersonSitemap(KeyedSection):
    model = Person
    url_name = "archive:person-detail"


class DepartmentSitemap(KeyedSection):
    model = Department
    url_name = "archive:department-detail"


class PublicationSitemap(Section):
    model = Publication

    def rows(self):
        return Publication.objects.values_list("slug", flat=True)

    def location(self, slug):
        return reverse("archive:publication-detail", kwargs={"slug": slug})

    def urls(self, number):
        # A handful of papers: one file, however their keys lie.
        for slug in self.rows().order_by("pk"):
            yield self.location(slug), None

    def num_files(self, bounds=None):
        return 1


class IndexSitemap(Section):
    """The pages that are not one object: the home page and the indexes."""

    NAMES = [
        "archive:home",
        "archive:year-list",
        "archive:person-list",
        "archive:department-list",
        "archive:publication-list",
    ]

    def num_files(self, bounds=None):
        return 1

    def urls(self, number):
        for name in self.NAMES:
            yield reverse(name), None


SITEMAPS = {
    "pages": IndexSitemap,
    "articles": ArticleSitemap,
    "issues": IssueSitemap,
    "people": PersonSitemap,
    "departments": DepartmentSitemap,
    "papers": PublicationSitemap,
}
