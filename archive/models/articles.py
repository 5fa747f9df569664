from django.db import models
from django.db.models import Prefetch
from django.urls import reverse


class DateConfidence(models.TextChoices):
    PRINTED = "printed", "年月日见于原文"
    ISSUE_YEAR = "issue_year", "年份取自版面日期"
    INFERRED_YEAR = "inferred_year", "年份推断"
    RELATIVE = "relative", "由相对日期推算"
    NONE = "none", "无日期"


class ReviewReason(models.TextChoices):
    NO_CREDIT = "no_credit", "未找到署名"
    DERIVED_TITLE = "derived_title", "标题由正文生成"
    HEADLINE_LOW_CONFIDENCE = "headline_low_confidence", "标题匹配把握不大"
    INFERRED_YEAR = "inferred_year", "年份为推断"
    UNKNOWN_ROLE = "unknown_role", "署名角色不明"


# What only an article's source view, the admin and the exports read: the parser's first
# reading and the whole text of the page (a few thousand characters each).
SOURCE_TEXTS = ("parsed_body", "issue__raw_text", "issue__leftovers", "issue__warnings")


class ArticleQuerySet(models.QuerySet):
    def for_issue(self, issue):
        return self.filter(issue=issue).order_by("position")

    def with_credits(self):
        from .people import Credit

        return self.prefetch_related(
            Prefetch("credits", queryset=Credit.objects.select_related("person").order_by("order"))
        )

    def with_issue(self):
        return self.select_related("issue", "issue__publication")

    def without_source_texts(self):
        """Leave the parser's reading and the page's source unread; needs `with_issue()`."""
        return self.defer(*SOURCE_TEXTS)

    def needing_review(self):
        return self.filter(reviewed=False).exclude(review_reasons=[])

    def on_day(self, day):
        return self.filter(issue__date=day)

    def newest_first(self):
        """By the day they were printed, newest first; in reading order within a page."""
        return self.order_by("-issue__date", "issue", "position")


class Article(models.Model):
    """An article as the parser found it, plus whatever staff corrected.

    `title` and `body` are what readers and search see. The parser's own reading is
    kept in `parsed_title`/`parsed_body`; `locked_fields` names what staff edited,
    which a re-ingest of the page never overwrites.
    """

    issue = models.ForeignKey(
        "archive.Issue", on_delete=models.CASCADE, related_name="articles", verbose_name="版面"
    )
    position = models.PositiveIntegerField("版内顺序")
    title = models.CharField("标题", max_length=300, blank=True)
    title_is_derived = models.BooleanField("标题由正文生成", default=False)
    kicker = models.CharField("引题", max_length=200, blank=True)
    subtitle = models.CharField("副题", max_length=300, blank=True)
    column = models.CharField("栏目", max_length=100, blank=True)
    body = models.TextField("正文")
    parsed_title = models.CharField("原标题", max_length=300, blank=True)
    parsed_body = models.TextField("原正文", blank=True)
    date = models.DateField("日期", null=True, blank=True)
    date_confidence = models.CharField(
        "日期可信度", max_length=16, choices=DateConfidence.choices, default=DateConfidence.NONE
    )
    span_start = models.PositiveIntegerField("原文起点", default=0)
    span_end = models.PositiveIntegerField("原文终点", default=0)
    review_reasons = models.JSONField("待核原因", default=list, blank=True)
    reviewed = models.BooleanField("已核", default=False)
    locked_fields = models.JSONField("人工修改的字段", default=list, blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["issue", "position"]
        verbose_name = "文章"
        verbose_name_plural = "文章"
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "position"], name="article_unique_position_per_issue"
            ),
        ]
        indexes = [
            models.Index(fields=["date"], name="article_date_idx"),
            models.Index(fields=["column"], name="article_column_idx"),
            # Where each article sits, by key: sorting a reporter's thousands of articles
            # by page reads this narrow index instead of each article's row with its text
            # (see the 0004 migration for how SQLite is told to prefer it).
            models.Index(fields=["id", "issue", "position"], name="article_place_idx"),
        ]

    def __str__(self):
        return self.title or self.body[:30]

    def get_absolute_url(self):
        # Reads self.issue: load lists with `with_issue()`.
        return reverse(
            "archive:article",
            kwargs={
                "day": self.issue.date,
                "page": self.issue.page_slug,
                "position": self.position,
            },
        )

    @property
    def paragraphs(self):
        return [p for p in self.body.split("\n") if p.strip()]

    def is_locked(self, field):
        return field in self.locked_fields
