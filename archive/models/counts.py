"""Counting related rows per row, cheaply enough for lists of thousands; what is kept on
the rows for it (archive.tallies)."""

import datetime

from django.db import models
from django.db.models import F, Func, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce


class RowCount(Func):
    """`COUNT(*)` as a plain expression: in a subquery it counts the rows without the
    GROUP BY that `Count()` would add, which SQLite runs three times slower."""

    template = "COUNT(*)"
    output_field = IntegerField()


def count_of(model, field, **filters):
    """A subquery counting `model` rows whose `field` points at the outer row.

    Cheaper than joins when one row gets several counts: each is its own subquery,
    answered from the index on `field`.
    """
    rows = model.objects.filter(**{field: OuterRef("pk")}, **filters).order_by()
    return Subquery(rows.annotate(n=RowCount()).values("n"), output_field=IntegerField())


# Compared in place of a missing date: NULL equals nothing, not even NULL.
NO_DATE = Value(datetime.date(1, 1, 1))


class PageDatedQuerySet(models.QuerySet):
    """Rows of an article (credits, mentions) carrying a copy of its page's date,
    `page_date`, so that one person's or department's rows are listed newest first in
    the order of an index on (person, page_date) instead of sorted whole."""

    def _page_dates(self):
        from .articles import Article

        # No ORDER BY (Article's Meta.ordering): with it PostgreSQL walked every page by
        # date for each row, and a page's restamp in the tests took most of a second.
        page = Article.objects.filter(pk=OuterRef("article")).order_by()
        return page.values("issue__date")[:1]

    def newest_first(self):
        """By their page's date, newest first, then in reading order: the date is read in
        the order of the index on (person or department, page_date), and only one
        date's rows are sorted by page."""
        return self.order_by("-page_date", "article__issue", "article__position")

    def of_issues(self, issues):
        return self.filter(article__issue__in=issues)

    def restamp(self):
        """Copy each row's page date again; returns how many rows were updated."""
        return self.update(page_date=Subquery(self._page_dates()))

    def misdated(self):
        """Rows whose copy differs from their page's date."""
        return self.alias(
            kept_date=Coalesce("page_date", NO_DATE),
            true_date=Coalesce(Subquery(self._page_dates()), NO_DATE),
        ).exclude(kept_date=F("true_date"))
