from django.conf import settings
from django.db import models
from django.utils import timezone

from .pages import IssueField


class ChangedField(models.TextChoices):
    """What a staff correction can touch: an article's text fields, its byline, its
    mentions, and the review flag. The first nine are also `Article.locked_fields` names."""

    KICKER = "kicker", "引题"
    TITLE = "title", "标题"
    SUBTITLE = "subtitle", "副题"
    COLUMN = "column", "栏目"
    BODY = "body", "正文"
    DATE = "date", "日期"
    CREDITS = "credits", "署名"
    PEOPLE = "people", "提及人物"
    DEPARTMENTS = "departments", "提及单位"
    REVIEWED = "reviewed", "核对"


class ArticleChangeQuerySet(models.QuerySet):
    def with_user(self):
        return self.select_related("user")


class StaffChange(models.Model):
    """What every staff correction records: who, when, and the value before and after."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="修改人",
    )
    at = models.DateTimeField("时间", default=timezone.now)
    old = models.TextField("原值", blank=True)
    new = models.TextField("新值", blank=True)

    class Meta:
        abstract = True
        ordering = ["-at", "-pk"]


class ArticleChange(StaffChange):
    """One staff correction of one article: who changed which field, from what, to what.

    Bylines and mention lists are kept as the text a reader would see ("记者 孙庆辉、
    通讯员 黄梦玮"), so the history stays readable after people are merged or deleted.
    """

    article = models.ForeignKey(
        "archive.Article", on_delete=models.CASCADE, related_name="changes", verbose_name="文章"
    )
    field = models.CharField("字段", max_length=16, choices=ChangedField.choices)
    note = models.CharField("说明", max_length=200, blank=True)

    objects = ArticleChangeQuerySet.as_manager()

    class Meta(StaffChange.Meta):
        verbose_name = "修改记录"
        verbose_name_plural = "修改记录"
        indexes = [models.Index(fields=["article", "at"], name="article_change_article_at_idx")]

    def __str__(self):
        return f"{self.get_field_display()} · {self.article_id} · {self.at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        return self.article.get_absolute_url()


class IssueChange(StaffChange):
    """One staff correction of a page: its paper, date, 版次 or page name."""

    issue = models.ForeignKey(
        "archive.Issue", on_delete=models.CASCADE, related_name="changes", verbose_name="版面"
    )
    field = models.CharField("字段", max_length=16, choices=IssueField.choices)

    class Meta(StaffChange.Meta):
        verbose_name = "版面修改记录"
        verbose_name_plural = "版面修改记录"
        indexes = [models.Index(fields=["issue", "at"], name="issue_change_issue_at_idx")]

    def __str__(self):
        return f"{self.get_field_display()} · {self.issue_id} · {self.at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        return self.issue.get_absolute_url()
