"""sitemap.xml: an index of sections, each paginated by Django at 50,000 URLs a file."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from archive.models import Article, Department, Issue, Person, Publication


class ArticleSitemap(Sitemap):
    def items(self):
        return (
            Article.objects.select_related("issue")
            .only("position", "updated_at", "issue__date", "issue__page_slug")
            .order_by("pk")
        )

    def lastmod(self, item):
        return item.updated_at


class IssueSitemap(Sitemap):
    def items(self):
        return Issue.objects.only("date", "page_slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class PersonSitemap(Sitemap):
    def items(self):
        return Person.objects.order_by("pk")


class DepartmentSitemap(Sitemap):
    def items(self):
        return Department.objects.order_by("pk")


class PublicationSitemap(Sitemap):
    def items(self):
        return Publication.objects.order_by("pk")


class IndexSitemap(Sitemap):
    """The pages that are not one object: the home page and the indexes."""

    def items(self):
        return [
            "archive:home",
            "archive:year-list",
            "archive:person-list",
            "archive:department-list",
            "archive:publication-list",
        ]

    def location(self, item):
        return reverse(item)


SITEMAPS = {
    "pages": IndexSitemap,
    "articles": ArticleSitemap,
    "issues": IssueSitemap,
    "people": PersonSitemap,
    "departments": DepartmentSitemap,
    "papers": PublicationSitemap,
}
