"""List filters for articles: review reason, review state, column, staff-edited."""

from django.contrib import admin
from django.db import connections
from django.db.models import TextField
from django.db.models.functions import Cast

from archive.models.articles import ReviewReason


def with_review_reason(queryset, reason):
    """Articles whose `review_reasons` list holds `reason`, on any database.

    PostgreSQL answers `__contains=[reason]` from the jsonb value. SQLite has no JSON
    containment lookup in Django, so its stored text is searched for the quoted code:
    the codes are fixed ASCII slugs (`ReviewReason`), and quoted, none is part of another.
    """
    if connections[queryset.db].features.supports_json_field_contains:
        return queryset.filter(review_reasons__contains=[reason])
    return queryset.annotate(_reasons_text=Cast("review_reasons", TextField())).filter(
        _reasons_text__contains=f'"{reason}"'
    )


class PublicationFilter(admin.RelatedOnlyFieldListFilter):
    """`issue__publication`, titled 报纸 (the foreign key itself has no Chinese name)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = "报纸"


class ReviewReasonFilter(admin.SimpleListFilter):
    title = "待核原因"
    parameter_name = "reason"

    def lookups(self, request, model_admin):
        return ReviewReason.choices

    def queryset(self, request, queryset):
        if self.value() in ReviewReason.values:
            return with_review_reason(queryset, self.value())
        return queryset


class ReviewStateFilter(admin.SimpleListFilter):
    """The queue opens on what is left to check; 已核 and 全部 are one click away."""

    title = "核对状态"
    parameter_name = "state"
    OPEN, DONE, ALL = "open", "done", "all"

    def lookups(self, request, model_admin):
        return [(self.OPEN, "待核"), (self.DONE, "已核"), (self.ALL, "全部")]

    def value(self):
        return super().value() or self.OPEN

    def choices(self, changelist):
        for value, label in self.lookup_choices:
            yield {
                "selected": self.value() == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }

    def queryset(self, request, queryset):
        if self.value() == self.DONE:
            return queryset.filter(reviewed=True)
        if self.value() == self.ALL:
            return queryset
        return queryset.filter(reviewed=False)


class ColumnFilter(admin.SimpleListFilter):
    title = "栏目"
    parameter_name = "column"
    NONE = "-"

    def lookups(self, request, model_admin):
        columns = (
            model_admin.get_queryset(request)
            .exclude(column="")
            .order_by("column")
            .values_list("column", flat=True)
            .distinct()
        )
        return [(column, column) for column in columns] + [(self.NONE, "（无栏目）")]

    def queryset(self, request, queryset):
        if self.value() == self.NONE:
            return queryset.filter(column="")
        if self.value():
            return queryset.filter(column=self.value())
        return queryset


class StaffEditedFilter(admin.SimpleListFilter):
    title = "人工修改"
    parameter_name = "edited"

    def lookups(self, request, model_admin):
        return [("yes", "有"), ("no", "无")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(locked_fields=[])
        if self.value() == "no":
            return queryset.filter(locked_fields=[])
        return queryset
