from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.lookups import GreaterThan
from django.urls import reverse

from .aliases import PersonAlias
from .counts import PageDatedQuerySet, count_of


class CreditRole(models.TextChoices):
    REPORTER = "reporter", "记者"
    CORRESPONDENT = "correspondent", "通讯员"
    PHOTOGRAPHER = "photographer", "摄影"
    AUTHOR = "author", "作者"
    EDITOR = "editor", "编辑"


class DepartmentKind(models.TextChoices):
    BUREAU = "bureau", "局"
    OFFICE = "office", "办事处"
    SUBDISTRICT = "subdistrict", "街道"
    TOWN = "town", "乡镇"
    GROUP = "group", "集团"
    COMPANY = "company", "公司"
    COMMUNITY = "community", "社区"
    VILLAGE = "village", "村"
    CENTER = "center", "中心"
    COMMITTEE = "committee", "委员会"
    SCHOOL = "school", "学校"
    HOSPITAL = "hospital", "医院"
    OTHER = "other", "其他"


class DepartmentLevel(models.TextChoices):
    """The level of government a department belongs to, from the place its name
    begins with (archive.parsing.orgnames): 国家中医药局 is national, filed under no
    district; a body printed bare in a district's paper is the district's."""

    NATIONAL = "national", "国家"
    PROVINCE = "province", "省级"
    CITY = "city", "市级"
    DISTRICT = "district", "区县"
    OTHER = "other", "其他"


class PersonQuerySet(models.QuerySet):
    # By the kept counts (archive.tallies): no look-up in the credits per person.
    def credited(self):
        return self.filter(credit_count__gt=0)

    def reporters(self):
        return self.filter(is_reporter=True)

    def mentioned(self):
        return self.filter(mention_count__gt=0)

    def named(self, name):
        """People of this name, or who go by it as an alias (one index look-up each)."""
        return self.named_any([name])

    def named_any(self, names):
        """People who go by any of `names`, as their name or as an alias."""
        aliased = PersonAlias.objects.filter(name__in=names).values("person")
        return self.filter(Q(name__in=names) | Q(pk__in=aliased))

    def counted(self):
        """Each person with what their kept counts should be (`true_credit_count`, …)."""
        return self.alias(
            true_credit_count=count_of(Credit, "person"),
            true_reporter_count=count_of(Credit, "person", role=CreditRole.REPORTER),
            true_mention_count=count_of(PersonMention, "person"),
        )

    def recount(self):
        """Count these people's credits and mentions again; returns how many were updated."""
        return self.update(
            credit_count=count_of(Credit, "person"),
            reporter_count=count_of(Credit, "person", role=CreditRole.REPORTER),
            mention_count=count_of(PersonMention, "person"),
        )

    def miscounted(self):
        """People whose kept counts differ from their rows."""
        return self.counted().exclude(
            credit_count=F("true_credit_count"),
            reporter_count=F("true_reporter_count"),
            mention_count=F("true_mention_count"),
        )

    def reporters_first(self):
        """Reporters first, then by credits, mentions and name: read in the order of the
        index `person_rank_idx`, not sorted, however many people there are."""
        return self.order_by(*PERSON_RANK)


# The index of people's order, which the index `person_rank_idx` holds.
PERSON_RANK = ("-is_reporter", "-credit_count", "-mention_count", "name")


class Person(models.Model):
    """Someone a page credits or mentions: a name within a context, not a name alone.

    Two 李敏 on two papers are two people (archive.resolvers): `zones` are the zones of
    the papers that printed this one. A person made while a namesake exists elsewhere
    carries a `review_note` until staff merge them or clear it. Other names they go by
    are `aliases` (PersonAlias rows).
    """

    name = models.CharField("姓名", max_length=50)
    zones = models.JSONField("所在地区", default=list, blank=True)
    review_note = models.CharField("待核说明", max_length=200, blank=True)
    # Kept on the row (archive.tallies) so that the index of people is read in order
    # rather than counted and sorted: credits as rows (文/图 of one article are two).
    credit_count = models.PositiveIntegerField("署名数", default=0, editable=False)
    reporter_count = models.PositiveIntegerField("记者署名数", default=0, editable=False)
    mention_count = models.PositiveIntegerField("被提及数", default=0, editable=False)
    # Written by the database from `reporter_count`: an index can then hold "reporters
    # first" (one on the expression is not used by SQLite, which gets the 0 as a
    # parameter and cannot match it to the index's literal).
    is_reporter = models.GeneratedField(
        expression=GreaterThan(F("reporter_count"), 0),
        output_field=models.BooleanField(),
        db_persist=True,
        verbose_name="记者",
    )

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = "人物"
        verbose_name_plural = "人物"
        indexes = [
            models.Index(fields=["name"], name="person_name_idx"),
            models.Index(fields=PERSON_RANK, name="person_rank_idx"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("archive:person-detail", kwargs={"pk": self.pk})


class DepartmentQuerySet(models.QuerySet):
    def counted(self):
        """Each department with what its kept count should be (`true_mention_count`)."""
        return self.alias(true_mention_count=count_of(DepartmentMention, "department"))

    def recount(self):
        """Count these departments' mentions again; returns how many were updated."""
        return self.update(mention_count=count_of(DepartmentMention, "department"))

    def miscounted(self):
        """Departments whose kept count differs from their mentions."""
        return self.counted().exclude(mention_count=F("true_mention_count"))

    def most_mentioned(self):
        """Most mentioned first, then by zone and name (the index `department_rank_idx`)."""
        return self.order_by("-mention_count", "zone", "name")

    def aliased(self, zone, name):
        """The department of `zone` that goes by `name` as an alias, if any."""
        return self.filter(aliases__zone=zone, aliases__name=name)


class Department(models.Model):
    """A government body, company or place, canonical within its zone; a body above
    every zone (national, or a province its name does not say) has none. Other names it
    goes by there are `aliases` (DepartmentAlias rows)."""

    name = models.CharField("名称", max_length=100)
    zone = models.CharField("所属地区", max_length=100, blank=True)
    kind = models.CharField("类型", max_length=16, choices=DepartmentKind.choices)
    level = models.CharField(
        "层级", max_length=16, choices=DepartmentLevel.choices, default=DepartmentLevel.OTHER
    )
    # Kept on the row (archive.tallies): the index of departments is read in order.
    mention_count = models.PositiveIntegerField("被提及数", default=0, editable=False)

    objects = DepartmentQuerySet.as_manager()

    class Meta:
        ordering = ["zone", "name"]
        verbose_name = "单位"
        verbose_name_plural = "单位"
        constraints = [
            models.UniqueConstraint(fields=["zone", "name"], name="department_unique_name_per_zone")
        ]
        indexes = [
            models.Index(fields=["-mention_count", "zone", "name"], name="department_rank_idx")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        adding = self._state.adding
        super().save(*args, **kwargs)
        if not adding:  # the aliases hold a copy of the zone (DepartmentAlias)
            self.aliases.exclude(zone=self.zone).update(zone=self.zone)

    def get_absolute_url(self):
        return reverse("archive:department-detail", kwargs={"pk": self.pk})


class CreditSource(models.TextChoices):
    PARSER = "parser", "自动识别"
    STAFF = "staff", "人工"


class CreditQuerySet(PageDatedQuerySet):
    def reporters(self):
        return self.filter(role=CreditRole.REPORTER)

    def first_of_each_article(self):
        """One credit an article: of a person credited twice in one (文/图), the credit
        whose role sorts first. Asked of the unique index on (article, person, role)."""
        earlier = Credit.objects.filter(
            article=OuterRef("article"), person=OuterRef("person"), role__lt=OuterRef("role")
        )
        return self.exclude(Exists(earlier))


class Credit(models.Model):
    """A byline entry: who wrote, reported or photographed an article, in printed order."""

    article = models.ForeignKey(
        "archive.Article", on_delete=models.CASCADE, related_name="credits", verbose_name="文章"
    )
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="credits", verbose_name="人物"
    )
    role = models.CharField("角色", max_length=16, choices=CreditRole.choices)
    organization = models.CharField("单位", max_length=100, blank=True)
    order = models.PositiveSmallIntegerField("顺序", default=0)
    verified = models.BooleanField("已核实", default=False)
    source = models.CharField(
        "来源", max_length=8, choices=CreditSource.choices, default=CreditSource.PARSER
    )
    # The date of the article's page, copied (archive.tallies): a person's or
    # department's rows are listed newest first from an index, not sorted whole.
    page_date = models.DateField("版面日期", null=True, blank=True, editable=False)

    objects = CreditQuerySet.as_manager()

    class Meta:
        ordering = ["article", "order"]
        verbose_name = "署名"
        verbose_name_plural = "署名"
        constraints = [
            models.UniqueConstraint(
                fields=["article", "person", "role"], name="credit_unique_person_role"
            )
        ]
        # Covers a person's counts by role and the keys of their articles.
        indexes = [
            models.Index(
                fields=["person", "role", "article"], name="credit_person_role_article_idx"
            ),
            models.Index(fields=["person", "-page_date"], name="credit_person_date_idx"),
        ]

    def __str__(self):
        return f"{self.get_role_display()} {self.person}"


class PersonMention(models.Model):
    """A person named in an article, with the titles printed beside the name."""

    article = models.ForeignKey(
        "archive.Article",
        on_delete=models.CASCADE,
        related_name="person_mentions",
        verbose_name="文章",
    )
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="mentions", verbose_name="人物"
    )
    titles = models.JSONField("职务", default=list, blank=True)
    organization = models.CharField("单位", max_length=100, blank=True)
    # The date of the article's page, copied (archive.tallies): a person's or
    # department's rows are listed newest first from an index, not sorted whole.
    page_date = models.DateField("版面日期", null=True, blank=True, editable=False)

    objects = PageDatedQuerySet.as_manager()

    class Meta:
        ordering = ["article", "pk"]
        verbose_name = "提及人物"
        verbose_name_plural = "提及人物"
        constraints = [
            models.UniqueConstraint(fields=["article", "person"], name="person_mention_unique")
        ]
        indexes = [
            models.Index(fields=["person", "article"], name="person_mention_person_idx"),
            models.Index(fields=["person", "-page_date"], name="person_mention_date_idx"),
        ]

    def __str__(self):
        return f"{self.person} @ {self.article_id}"


class DepartmentMention(models.Model):
    article = models.ForeignKey(
        "archive.Article",
        on_delete=models.CASCADE,
        related_name="department_mentions",
        verbose_name="文章",
    )
    department = models.ForeignKey(
        Department, on_delete=models.PROTECT, related_name="mentions", verbose_name="单位"
    )
    # The date of the article's page, copied (archive.tallies): a person's or
    # department's rows are listed newest first from an index, not sorted whole.
    page_date = models.DateField("版面日期", null=True, blank=True, editable=False)

    objects = PageDatedQuerySet.as_manager()

    class Meta:
        ordering = ["article", "pk"]
        verbose_name = "提及单位"
        verbose_name_plural = "提及单位"
        constraints = [
            models.UniqueConstraint(
                fields=["article", "department"], name="department_mention_unique"
            )
        ]
        indexes = [
            models.Index(fields=["department", "article"], name="department_mention_dept_idx"),
            models.Index(fields=["department", "-page_date"], name="department_mention_date_idx"),
        ]

    def __str__(self):
        return f"{self.department} @ {self.article_id}"
