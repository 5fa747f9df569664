"""Articles in the admin: correct text and bylines beside the page they came from.

Whatever staff change is locked against re-ingest (`Article.locked_fields`), logged
(`ArticleChange`) and queued for the search index once the save commits.
"""

from django.contrib import admin, messages
from django.forms.models import BaseInlineFormSet
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from archive import history, tallies
from archive.models import (
    Article,
    ArticleChange,
    ArticleForReview,
    Credit,
    DepartmentMention,
    PersonMention,
)
from archive.models.articles import ReviewReason
from archive.models.people import CreditSource

from .actions import mark_reviewed, mark_unreviewed
from .filters import (
    ColumnFilter,
    PublicationFilter,
    ReviewReasonFilter,
    ReviewStateFilter,
    StaffEditedFilter,
)
from .forms import ArticleForm, CreditForm, DepartmentMentionForm, PersonMentionForm

# The fields of the article form whose edits re-ingest must keep (`locked_fields`).
TEXT_FIELDS = ("kicker", "title", "subtitle", "column", "body", "date")
REASON_LABELS = dict(ReviewReason.choices)
LOCK_LABELS = {
    **{name: Article._meta.get_field(name).verbose_name for name in TEXT_FIELDS},
    "credits": "署名",
    "people": "提及人物",
    "departments": "提及单位",
}


class RowInline(admin.TabularInline):
    """A compact row: the related record is chosen by autocomplete and can be added on
    the spot (+); editing it happens on its own page, not from here."""

    extra = 0

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name in self.autocomplete_fields and formfield is not None:
            formfield.widget.can_change_related = False
            formfield.widget.can_view_related = False
        return formfield


class CreditFormSet(BaseInlineFormSet):
    def get_unique_error_message(self, unique_check):
        return "同一人物以同一角色只能署名一次。"


class MentionFormSet(BaseInlineFormSet):
    def get_unique_error_message(self, unique_check):
        return "同一人物或单位只能列出一次。"


class CreditInline(RowInline):
    model = Credit
    form = CreditForm
    formset = CreditFormSet
    fields = ["order", "role", "person", "organization", "origin"]
    readonly_fields = ["origin"]
    autocomplete_fields = ["person"]
    ordering = ["order", "pk"]
    extra = 1

    @admin.display(description="来源")
    def origin(self, credit):
        if not credit.pk:
            return "—"
        return f"{credit.get_source_display()}{'（已核实）' if credit.verified else ''}"


class PersonMentionInline(RowInline):
    model = PersonMention
    form = PersonMentionForm
    formset = MentionFormSet
    fields = ["person", "titles", "organization"]
    autocomplete_fields = ["person"]


class DepartmentMentionInline(RowInline):
    model = DepartmentMention
    form = DepartmentMentionForm
    formset = MentionFormSet
    fields = ["department"]
    autocomplete_fields = ["department"]


def _changed_text(before, after):
    """Whether a text field really changed: not just line ends or edge whitespace."""
    if isinstance(before, str) and isinstance(after, str):
        return before.replace("\r\n", "\n").strip() != after.replace("\r\n", "\n").strip()
    return before != after


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleForm
    change_form_template = "admin/archive/article/change_form.html"
    object_history_template = "admin/archive/article/object_history.html"
    list_display = [
        "display_title",
        "issue_date",
        "publication",
        "column",
        "reasons",
        "reviewed",
        "edited",
    ]
    list_display_links = ["display_title"]
    list_select_related = ["issue__publication"]
    # Issue dates by year, month, day: date_hierarchy below.
    list_filter = [
        ("issue__publication", PublicationFilter),
        ColumnFilter,
        ReviewReasonFilter,
        "reviewed",
        StaffEditedFilter,
    ]
    date_hierarchy = "issue__date"
    # `=` matches a byline name exactly: 孙庆辉 finds what he wrote, not every 孙.
    search_fields = [
        "title",
        "parsed_title",
        "kicker",
        "subtitle",
        "body",
        "column",
        "=credits__person__name",
    ]
    list_per_page = 50
    actions = [mark_reviewed, mark_unreviewed]
    inlines = [CreditInline, PersonMentionInline, DepartmentMentionInline]
    readonly_fields = ["reasons", "locked", "date_confidence", "page", "public_link"]
    fieldsets = [
        (None, {"fields": ["kicker", "title", "subtitle", "column", "body"]}),
        ("日期", {"fields": ["date", "date_confidence"]}),
        ("核对", {"fields": ["reviewed", "reasons", "locked"]}),
        ("出处", {"fields": ["page", "public_link"]}),
    ]

    # Reached from a person's or department's page: "their articles".
    RELATED_LOOKUPS = {
        "credits__person__id__exact",
        "person_mentions__person__id__exact",
        "department_mentions__department__id__exact",
    }

    def lookup_allowed(self, lookup, value, request=None):
        return lookup in self.RELATED_LOOKUPS or super().lookup_allowed(lookup, value, request)

    def has_add_permission(self, request):
        return False  # articles come from pages (`manage.py ingest`)

    @admin.display(description="标题", ordering="title")
    def display_title(self, article):
        return article.title or f"（无标题）{article.body[:20]}"

    @admin.display(description="日期", ordering="issue__date")
    def issue_date(self, article):
        return article.issue.date

    @admin.display(description="报纸", ordering="issue__publication__name")
    def publication(self, article):
        return article.issue.publication

    @admin.display(description="待核原因")
    def reasons(self, article):
        return "、".join(REASON_LABELS.get(r, r) for r in article.review_reasons) or "—"

    @admin.display(description="人工修改")
    def locked(self, article):
        return "、".join(LOCK_LABELS.get(f, f) for f in article.locked_fields) or "—"

    @admin.display(description="人工修改", boolean=True)
    def edited(self, article):
        return bool(article.locked_fields)

    @admin.display(description="版面")
    def page(self, article):
        url = reverse("admin:archive_issue_change", args=[article.issue_id])
        return format_html('<a href="{}">{}</a>（第 {} 篇）', url, article.issue, article.position)

    @admin.display(description="读者页面")
    def public_link(self, article):
        url = article.get_absolute_url()
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', url, url)

    # Saving: lock, log and announce whatever staff changed.

    def save_model(self, request, obj, form, change):
        form.edited = set()
        if change:
            before = Article.objects.get(pk=obj.pk)
            for name in TEXT_FIELDS:
                old, new = getattr(before, name), getattr(obj, name)
                if name in form.changed_data and _changed_text(old, new):
                    history.record(obj.pk, request.user, name, old, new)
                    form.edited.add(name)
                else:
                    setattr(obj, name, old)  # an unchanged field stays byte for byte
            if form.edited:
                obj.locked_fields = [
                    *obj.locked_fields,
                    *(f for f in TEXT_FIELDS if f in form.edited and f not in obj.locked_fields),
                ]
            if "title" in form.edited:
                obj.title_is_derived = False  # a person wrote this one
            history.record(obj.pk, request.user, "reviewed", before.reviewed, obj.reviewed)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        field = history.LOCK_FOR_MODEL.get(formset.model)
        if field is None or not formset.has_changed():
            return super().save_formset(request, form, formset, change)
        article = form.instance
        before = history.snapshot(field, article.pk)
        instances = formset.save(commit=False)
        # Whoever the rows named before and name now are counted again.
        with tallies.recounting(Article.objects.filter(pk=article.pk)):
            for obj in formset.deleted_objects:
                obj.delete()
            for obj in instances:
                if isinstance(obj, Credit):
                    obj.source, obj.verified = CreditSource.STAFF, True
                obj.save()
            formset.save_m2m()
        after = history.snapshot(field, article.pk)
        if after != before or instances or formset.deleted_objects:
            history.record(article.pk, request.user, field, before, after)
            history.lock(article, [field])
            form.edited.add(field)

    # Deleting (superusers only, archive.admin.permissions): the articles' people,
    # departments and pages are counted again without them.

    def delete_model(self, request, obj):
        with tallies.recounting(Article.objects.filter(pk=obj.pk)):
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        with tallies.recounting(queryset):
            super().delete_queryset(request, queryset)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if form.edited:
            history.announce(changed=[form.instance.pk])

    # The change form: the page's text beside the fields, the history below.

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context.update(source_context(obj))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def history_view(self, request, object_id, extra_context=None):
        changes = ArticleChange.objects.filter(article_id=object_id).with_user()
        return super().history_view(
            request, object_id, {**(extra_context or {}), "changes": changes}
        )


def source_context(article):
    raw = article.issue.raw_text
    start = min(article.span_start, len(raw))
    end = min(max(article.span_end, start), len(raw))
    return {
        "source_before": raw[:start],
        "source_span": raw[start:end],
        "source_after": raw[end:],
        "changes": article.changes.with_user()[:100],
    }


@admin.register(ArticleForReview)
class ReviewQueueAdmin(ArticleAdmin):
    """The articles the parser was unsure of, oldest page first; 标记为已核 clears them."""

    list_display = ["display_title", "reasons", "issue_date", "publication", "byline", "edited"]
    list_filter = [
        ReviewStateFilter,
        ReviewReasonFilter,
        ("issue__publication", PublicationFilter),
        ColumnFilter,
    ]
    ordering = ["issue__date", "issue", "position"]
    actions = [mark_reviewed, mark_unreviewed]

    # 保存并审下一篇: save, mark reviewed, open the next article still waiting.

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "review_next": True}
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        if "_review_next" in request.POST:
            obj.reviewed = True
        super().save_model(request, obj, form, change)

    def response_change(self, request, obj):
        if "_review_next" not in request.POST:
            return super().response_change(request, obj)
        waiting = ArticleForReview.objects.needing_review().exclude(pk=obj.pk)
        following = waiting.order_by(*self.ordering).first()
        if following is None:
            self.message_user(request, f"已核“{obj}”。待核队列已经清空。", messages.SUCCESS)
            return redirect("admin:archive_articleforreview_changelist")
        self.message_user(
            request, f"已核“{obj}”。还有 {waiting.count()} 篇待核，这是下一篇。", messages.SUCCESS
        )
        return redirect("admin:archive_articleforreview_change", following.pk)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .exclude(review_reasons=[])
            .prefetch_related("credits__person")
        )

    @admin.display(description="署名")
    def byline(self, article):
        credits = sorted(article.credits.all(), key=lambda c: c.order)
        return (
            format_html_join(
                "、", "{} {}", ((c.get_role_display(), c.person.name) for c in credits)
            )
            or "（无）"
        )


@admin.register(ArticleChange)
class ArticleChangeAdmin(admin.ModelAdmin):
    """Every staff correction, newest first; read-only, as a history should be."""

    list_display = ["at", "user", "article_link", "field", "short_old", "short_new", "note"]
    list_filter = ["field", ("user", admin.RelatedOnlyFieldListFilter), "at"]
    list_select_related = ["user", "article"]
    search_fields = ["article__title", "old", "new", "note"]
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="文章", ordering="article")
    def article_link(self, change):
        url = reverse("admin:archive_article_change", args=[change.article_id])
        return format_html('<a href="{}">{}</a>', url, change.article)

    @admin.display(description="原值")
    def short_old(self, change):
        return _short(change.old)

    @admin.display(description="新值")
    def short_new(self, change):
        return _short(change.new)


def _short(text, limit=40):
    return text if len(text) <= limit else f"{text[:limit]}…"
