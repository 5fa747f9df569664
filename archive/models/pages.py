import calendar
import datetime
import operator
from contextlib import suppress
from functools import reduce

from django.db import models
from django.db.models import Count, Q
from django.urls import reverse

from .counts import count_of


class Publication(models.Model):
    """A newspaper, and the zone (district, development zone) it covers."""

    name = models.CharField("报名", max_length=100, unique=True)
    zone = models.CharField("地区", max_length=100, blank=True)
    slug = models.SlugField(max_length=100, unique=True, allow_unicode=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "报纸"
        verbose_name_plural = "报纸"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("archive:publication-detail", kwargs={"slug": self.slug})


class DateSource(models.TextChoices):
    MANIFEST = "manifest", "清单"
    FILE = "file", "文件名"
    TEXT = "text", "正文推断"
    UNKNOWN = "unknown", "未知"


def month_bounds(year, month):
    """The first and last day of a month."""
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, 1), datetime.date(year, month, last)


class IssueQuerySet(models.QuerySet):
    # Dates are matched by value or range, never by `date__month`/`date__day`: on SQLite
    # those call a Python function for every row (tens of ms at 10,000 pages).

    def dated(self):
        return self.filter(date__isnull=False)

    def on_day(self, day):
        return self.filter(date=day)

    def in_month(self, year, month):
        return self.filter(date__range=month_bounds(year, month))

    def newest(self):
        return self.dated().order_by("-date", "page_label", "pk")

    def on_this_day(self, today, since):
        """Pages printed on today's month and day in the years from `since` to last year."""
        days = []
        for year in range(since, today.year):
            with suppress(ValueError):  # 29 February, in a year without one
                days.append(today.replace(year=year))
        return self.filter(date__in=days)

    def in_this_month(self, today, since):
        """Pages printed in today's month in the years from `since` to last year."""
        months = [
            Q(date__range=month_bounds(year, today.month)) for year in range(since, today.year)
        ]
        return self.filter(reduce(operator.or_, months)) if months else self.none()

    def with_article_counts(self):
        """Annotate `article_count`, counted from the index for each issue listed only."""
        from .articles import Article

        return self.annotate(article_count=count_of(Article, "issue"))

    def counts_by_day(self):
        """{date: {"issues": n, "articles": n}} for these issues, in one GROUP BY query."""
        rows = (
            self.order_by()
            .values("date")
            .annotate(issues=Count("pk", distinct=True), articles=Count("articles"))
        )
        return {row.pop("date"): row for row in rows}


class Issue(models.Model):
    """One printed page as received: its source text is kept exactly as read.

    The reader browses issues by date; a day may hold several pages of one paper.
    """

    publication = models.ForeignKey(Publication, on_delete=models.PROTECT, related_name="issues")
    date = models.DateField("日期", null=True, blank=True)
    date_source = models.CharField(
        "日期来源", max_length=10, choices=DateSource.choices, default=DateSource.UNKNOWN
    )
    year_source = models.CharField(
        "年份来源", max_length=10, choices=DateSource.choices, default=DateSource.UNKNOWN
    )
    page_label = models.CharField("版次", max_length=40, blank=True)
    source_name = models.CharField("源文件", max_length=255)
    # What the page is known by (archive.sources): its path inside the folder given to
    # ingest, or its manifest's date and 版次. The bare name is not unique.
    source_key = models.CharField("来源路径", max_length=500)
    sha256 = models.CharField(max_length=64)
    encoding = models.CharField("编码", max_length=20, blank=True)
    raw_text = models.TextField("原文")
    warnings = models.JSONField("解析提示", default=list, blank=True)
    # Text of the page that belongs to no article (banners, stray lines): never dropped.
    leftovers = models.JSONField("未归属文本", default=list, blank=True)
    ingested_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = IssueQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "publication", "page_label", "pk"]
        verbose_name = "版面"
        verbose_name_plural = "版面"
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "source_key"], name="issue_unique_source_key_per_paper"
            ),
        ]
        indexes = [
            models.Index(fields=["date"], name="issue_date_idx"),
            models.Index(fields=["sha256"], name="issue_sha256_idx"),
            # A paper's pages newest first, without sorting them all.
            models.Index(fields=["publication", "date"], name="issue_publication_date_idx"),
            # An issue's place in `Meta.ordering`, by key: lists sorted by page read this
            # narrow index instead of each page's row with its whole source text.
            models.Index(
                fields=["id", "date", "publication", "page_label"], name="issue_order_idx"
            ),
        ]

    def __str__(self):
        day = self.date.isoformat() if self.date else "无日期"
        label = f" {self.page_label}" if self.page_label else ""
        return f"{self.publication} {day}{label}"

    def save(self, *args, **kwargs):
        # Pages made outside ingest (fixtures, benchmarks) are known by their name, as
        # every page stored before keys existed is (migration 0005).
        self.source_key = self.source_key or self.source_name
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("archive:issue", kwargs={"day": self.date, "issue": self.pk})
