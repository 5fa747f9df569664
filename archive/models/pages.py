import calendar
import datetime
import operator
from contextlib import suppress
from functools import reduce

from django.db import models
from django.db.models import Count, F, Q, Sum
from django.urls import reverse

from archive.pagelabels import format_label
from archive.parsing import READ_AS_SHOWN, READ_COLUMNWISE

from .counts import count_of
from .years import UNDATED


class Publication(models.Model):
    """A newspaper, and the zone (district, development zone) it covers."""

    name = models.CharField("报名", max_length=100, unique=True)
    zone = models.CharField("地区", max_length=100, blank=True)
    slug = models.SlugField("网址名", max_length=100, unique=True, allow_unicode=True)

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
    MASTHEAD = "masthead", "版面刊头"
    TEXT = "text", "正文推断"
    STAFF = "staff", "编辑更正"
    UNKNOWN = "unknown", "未知"


class IssueField(models.TextChoices):
    """What staff may correct on a page; each is also an `Issue.locked_fields` name."""

    PUBLICATION = "publication", "报纸"
    DATE = "date", "日期"
    PAGE_NUMBER = "page_number", "版次"
    PAGE_NAME = "page_name", "版名"


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

    def of_year(self, year):
        """A year's pages (UNDATED: those without a date), a range of the date's index."""
        if year == UNDATED:
            return self.filter(date__isnull=True)
        return self.filter(date__range=(datetime.date(year, 1, 1), datetime.date(year, 12, 31)))

    def in_month(self, year, month):
        return self.filter(date__range=month_bounds(year, month))

    def newest(self):
        return self.dated().order_by("-date", "page_label", "pk")

    def in_page_order(self):
        """第1版 … 第N版, then the pages without a number, each paper apart."""
        return self.order_by(
            "publication__name", models.F("page_number").asc(nulls_last=True), "pk"
        )

    def at(self, day, page):
        """The page at `/<day>/<page>/` (`page` a page_slug), or where that URL once led."""
        return self.filter(date=day, page_slug=page).first() or self.moved_from(day, page)

    def moved_from(self, day, page):
        """The page an old URL meant, or None: a row-id URL from before pages had a 版次
        (`/2021/07/09/<pk>/`), or its URL before staff corrected its date or 版次.

        A row id with the URL's own date is surest; then a page staff moved away from
        that day and 版次; then a row id whose date was corrected since."""
        from .history import IssueChange

        by_row = self.filter(pk=int(page)).first() if page.isdigit() else None
        if by_row and by_row.date == day:
            return by_row
        if day is not None:
            changes = IssueChange.objects.values("issue")
            moved = changes.filter(field=IssueField.DATE, old=day.isoformat())
            renumbered = changes.filter(field=IssueField.PAGE_NUMBER, old=page.split("-")[0])
            found = self.filter(models.Q(date=day) | models.Q(pk__in=moved))
            found = found.filter(models.Q(page_slug=page) | models.Q(pk__in=renumbered))
            corrected = found.order_by("-updated_at").first()
            if corrected:
                return corrected
        return by_row

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

    def counted(self):
        """Each issue with what its kept count should be (`true_article_count`)."""
        from .articles import Article

        return self.alias(true_article_count=count_of(Article, "issue"))

    def recount(self):
        """Count these issues' articles again; returns how many were updated."""
        from .articles import Article

        return self.update(article_count=count_of(Article, "issue"))

    def miscounted(self):
        """Issues whose kept count differs from their articles."""
        return self.counted().exclude(article_count=F("true_article_count"))

    def totals(self):
        """{"issues": n, "articles": n} for these issues, read from the index
        `issue_date_articles_idx` when they are chosen by date."""
        found = self.order_by().aggregate(issues=Count("pk"), articles=Sum("article_count"))
        return {"issues": found["issues"], "articles": found["articles"] or 0}

    def counts_by_day(self):
        """{date: {"issues": n, "articles": n}} for these issues, in one GROUP BY query."""
        rows = (
            self.order_by()
            .values("date")
            .annotate(issues=Count("pk"), articles=Sum("article_count"))
        )
        return {row.pop("date"): row for row in rows}


class Issue(models.Model):
    """One printed page as received: its source text is kept exactly as read.

    The reader browses issues by date; a day may hold several pages of one paper.
    """

    publication = models.ForeignKey(
        Publication, on_delete=models.PROTECT, related_name="issues", verbose_name="报纸"
    )
    date = models.DateField("日期", null=True, blank=True)
    date_source = models.CharField(
        "日期来源", max_length=10, choices=DateSource.choices, default=DateSource.UNKNOWN
    )
    year_source = models.CharField(
        "年份来源", max_length=10, choices=DateSource.choices, default=DateSource.UNKNOWN
    )
    # 第4版 要闻: kept from the page number and name below when there is a number, as
    # printed otherwise (A3版). Staff correct the number and the name.
    page_label = models.CharField("版次", max_length=40, blank=True)
    page_number = models.PositiveSmallIntegerField("版次号", null=True, blank=True)
    page_name = models.CharField("版名", max_length=40, blank=True)
    # The page's part of its URL (free_page_slug): `4` for 第4版, `4-<paper>`
    # when another paper's 第4版 of that day came first, `p<pk>` without a number.
    # Null only while a page is inserted, before its pk is known.
    page_slug = models.CharField("网址版次", max_length=120, null=True, blank=True)  # noqa: DJ001
    # IssueField names staff corrected: re-ingest leaves them as they are.
    locked_fields = models.JSONField("人工修改的字段", default=list, blank=True)
    source_name = models.CharField("源文件", max_length=255)
    # What the page is known by (archive.sources): its path inside the folder given to
    # ingest, or its manifest's date and 版次. The bare name is not unique.
    source_key = models.CharField("来源路径", max_length=500)
    sha256 = models.CharField("SHA-256 校验值", max_length=64)
    encoding = models.CharField("编码", max_length=20, blank=True)
    raw_text = models.TextField("原文")
    warnings = models.JSONField("解析提示", default=list, blank=True)
    # Text of the page that belongs to no article (banners, stray lines): never dropped.
    leftovers = models.JSONField("未归属文本", default=list, blank=True)
    # Kept on the row (archive.tallies): a year's or the archive's articles are summed
    # from the index on (date, article_count), eight times fewer entries than articles.
    article_count = models.PositiveIntegerField("文章数", default=0, editable=False)
    ingested_at = models.DateTimeField("首次导入", auto_now_add=True)
    updated_at = models.DateTimeField("最近导入", auto_now=True)

    objects = IssueQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "publication", "page_label", "pk"]
        verbose_name = "版面"
        verbose_name_plural = "版面"
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "source_key"], name="issue_unique_source_key_per_paper"
            ),
            models.UniqueConstraint(fields=["date", "page_slug"], name="issue_unique_page_per_day"),
        ]
        indexes = [
            models.Index(fields=["date"], name="issue_date_idx"),
            models.Index(fields=["date", "article_count"], name="issue_date_articles_idx"),
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
        if self.page_number is not None:
            self.page_label = format_label(self.page_number, self.page_name)
        if self.pk is None:
            # Most pages' slug is their 版次: one INSERT. The URL of a crowded day's page
            # (or of a page without a 版次) needs the pk: an UPDATE after the INSERT.
            self.page_slug = self._free_slug(self._taken_slugs())
            super().save(*args, **kwargs)
            if self.page_slug is None:
                self.page_slug = self.free_page_slug()
                super().save(update_fields=["page_slug"])
            return
        self.page_slug = self.free_page_slug()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "page_slug", "page_label"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("archive:issue", kwargs={"day": self.date, "page": self.page_slug})

    @property
    def text_read_from(self) -> str | None:
        """'html' or 'columns' when the text kept is what the parser read from the file
        (an e-paper's HTML without its tags, a PDF's side-by-side columns one after the
        other), not the file as received; None when it is the file's own text."""
        if READ_AS_SHOWN in self.warnings:
            return "html"
        if READ_COLUMNWISE in self.warnings:
            return "columns"
        return None

    @property
    def date_inferred(self):
        """The parser dated the page from its text: no manifest, file name or masthead."""
        return self.date is not None and self.date_source == DateSource.TEXT

    def free_page_slug(self):
        """The page's part of its URL. Kept while it still names this page's 版次 and no
        other page of the day has it, so a re-ingest or an unrelated edit never moves it."""
        if self.page_number is None:
            return f"p{self.pk}"
        return self._free_slug(self._taken_slugs()) or f"{self.page_number}-{self.pk}"

    def _taken_slugs(self):
        """The slugs the other pages of the day hold (none asked for a page without 版次)."""
        if self.page_number is None:
            return set()
        others = Issue.objects.filter(date=self.date).exclude(page_slug=None)
        if self.pk is not None:
            others = others.exclude(pk=self.pk)
        return set(others.values_list("page_slug", flat=True))

    def _free_slug(self, taken):
        """A slug of the page's 版次 that needs no pk and no other page of the day has."""
        if self.page_number is None:
            return None
        number = str(self.page_number)
        candidates = [self.page_slug, number, f"{number}-{self.publication.slug}"]
        for slug in candidates:
            if slug and slug.split("-")[0] == number and slug not in taken:
                return slug
        return None
