import datetime

from django.db import IntegrityError, models, transaction
from django.db.models import Sum

from archive.years import FIRST_YEAR, LAST_YEAR

# The year of the undated pages: a NULL would not be unique, and no page is dated 0.
UNDATED = 0


def year_of(day: datetime.date | None) -> int:
    return UNDATED if day is None else day.year


class YearQuerySet(models.QuerySet):
    def listed(self):
        """The years `/dates/` lists, newest first: not the undated pages, nor a year
        outside those an archive holds (archive.years; a page stored before ingest
        refused such dates is counted in the totals, but its year leads nowhere)."""
        return self.filter(year__range=(FIRST_YEAR, LAST_YEAR)).order_by("-year")

    def undated(self) -> int:
        """How many pages have no date."""
        return self.filter(year=UNDATED).values_list("issue_count", flat=True).first() or 0

    def totals(self):
        """{"issues": n, "articles": n} of these years: a row a year, whatever the
        archive's size (the pages' own counts summed were a row a page)."""
        found = self.aggregate(issues=Sum("issue_count"), articles=Sum("article_count"))
        return {"issues": found["issues"] or 0, "articles": found["articles"] or 0}

    def counted(self, years=None):
        """{year: (pages, articles)} counted from the pages (their kept article counts)
        for these years, all years with pages or a row by default; (0, 0) for none."""
        from .pages import Issue

        years = self.every_year() if years is None else sorted(set(years))
        found = {}
        for year in years:
            totals = Issue.objects.of_year(year).totals()
            found[year] = (totals["issues"], totals["articles"])
        return found

    def recount(self, years=None):
        """Count the pages of these years (all, by default) and sum their kept article
        counts again; a year left without pages loses its row. Returns the years whose
        row was wrong."""
        wrong = self.miscounted(years)
        for year, (issues, articles) in wrong.items():
            kept = self.filter(year=year)
            if not issues:
                kept.delete()
                continue
            counts = {"issue_count": issues, "article_count": articles}
            if not kept.update(**counts):
                try:
                    with transaction.atomic():
                        self.create(year=year, **counts)
                except IntegrityError:  # another writer made the row meanwhile
                    kept.update(**counts)
        return list(wrong)

    def miscounted(self, years=None):
        """{year: (pages, articles) counted} for the years whose row differs from their
        pages, is missing, or has no pages left."""
        counted = self.counted(years)
        kept = dict(
            (year, (issues, articles))
            for year, issues, articles in self.filter(year__in=list(counted)).values_list(
                "year", "issue_count", "article_count"
            )
        )
        return {year: found for year, found in counted.items() if kept.get(year, (0, 0)) != found}

    def every_year(self):
        """The years with a row, and every year from the first page's to the last's,
        each read from the index on the date (a year per query: grouping by year would
        run a date function on every page)."""
        from .pages import Issue

        dated = Issue.objects.dated().order_by("date").values_list("date", flat=True)
        first, last = dated.first(), dated.last()  # one end each: both at once scan
        span = range(first.year, last.year + 1) if first else ()
        return sorted({UNDATED, *span, *self.values_list("year", flat=True)})


class Year(models.Model):
    """A year of the archive with its pages and their articles counted, kept by
    archive.tallies: `/dates/` and the home page read a row a year, not every page."""

    year = models.PositiveSmallIntegerField("年份", unique=True)  # UNDATED: no date
    issue_count = models.PositiveIntegerField("版面数", default=0)
    article_count = models.PositiveIntegerField("文章数", default=0)

    objects = YearQuerySet.as_manager()

    class Meta:
        ordering = ["-year"]
        verbose_name = "年份统计"
        verbose_name_plural = "年份统计"

    def __str__(self):
        return f"{self.year or '无日期'}：{self.issue_count} 个版面，{self.article_count} 篇文章"
