"""Papers, pages and ingest runs in the admin. Pages come only from `manage.py ingest`;
staff correct a page's paper, date, 版次 and page name, and every later ingest keeps
those corrections (archive.pagefacts). The rest of a page is the parser's to rewrite."""

from django import forms
from django.contrib import admin
from django.db.models import Count
from django.utils.html import format_html, format_html_join

from archive import history
from archive.models import Article, IngestRun, Issue, IssueChange, IssueField, Publication


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    list_display = ["name", "zone", "slug", "pages"]
    search_fields = ["name", "zone"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(issue_count=Count("issues"))
            .order_by(*Publication._meta.ordering)
        )

    @admin.display(description="版面数", ordering="issue_count")
    def pages(self, publication):
        return publication.issue_count


class ArticleRowInline(admin.TabularInline):
    model = Article
    fields = ["position", "title", "column", "reviewed"]
    readonly_fields = fields
    show_change_link = True
    extra = 0
    can_delete = False
    ordering = ["position"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class IssueForm(forms.ModelForm):
    class Meta:
        model = Issue
        fields = ["publication", "date", "page_number", "page_name"]
        help_texts = {
            "date": "改正后，重新导入也不会覆盖；读者页面的网址随之改变，旧网址跳转到新网址。",
            "page_number": "第几版；留空表示版面没有版次。",
            "page_name": "报纸为这一版起的名字，如“要闻”“综合新闻”。",
        }


@admin.register(Issue)
class IssueAdmin(admin.ModelAdmin):
    form = IssueForm
    list_display = ["__str__", "date", "paper", "page_label", "source_key", "articles"]
    list_filter = [("date", admin.DateFieldListFilter), "publication", "date_source"]
    list_select_related = ["publication"]
    date_hierarchy = "date"
    search_fields = ["source_key", "page_label", "publication__name"]
    fieldsets = [
        (None, {"fields": ["publication", "date", "page_number", "page_name", "public_link"]}),
        (
            "来源",
            {
                "fields": [
                    "source_name",
                    "source_key",
                    "checksum",
                    "encoding",
                    "date_source",
                    "year_source",
                ]
            },
        ),
        ("解析", {"fields": ["warning_list", "leftover_list", "loaded", "reloaded"]}),
        ("修改记录", {"fields": ["corrections"]}),
        ("原文", {"fields": ["raw_text"], "classes": ["collapse"]}),
    ]
    readonly_fields = [
        "public_link",
        "source_name",
        "source_key",
        "checksum",
        "encoding",
        "date_source",
        "year_source",
        "warning_list",
        "leftover_list",
        "loaded",
        "reloaded",
        "raw_text",
        "corrections",
    ]
    inlines = [ArticleRowInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(article_count=Count("articles"))
            .order_by(*Issue._meta.ordering)
        )

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # a page comes from its file: a re-ingest would bring it back

    def save_model(self, request, obj, form, change):
        before = Issue.objects.select_related("publication").get(pk=obj.pk)
        edited = history.record_issue_changes(before, obj, request.user, form.changed_data)
        if IssueField.DATE in edited:
            obj.date_source = obj.year_source = "staff"
        obj.locked_fields = [*obj.locked_fields, *(f for f in edited if f not in obj.locked_fields)]
        super().save_model(request, obj, form, change)
        if edited:  # the paper and date are in the search index's fields
            history.announce(changed=obj.articles.values_list("pk", flat=True))

    @admin.display(description="报纸", ordering="publication__name")
    def paper(self, issue):
        return issue.publication

    @admin.display(description="修改记录")
    def corrections(self, issue):
        changes = IssueChange.objects.filter(issue=issue).select_related("user")
        return _bullets(
            (
                f"{c.at:%Y-%m-%d %H:%M} {c.user or '—'} 改{c.get_field_display()}："
                f"{c.old or '（空）'} → {c.new or '（空）'}",
            )
            for c in changes
        )

    @admin.display(description="SHA-256")
    def checksum(self, issue):
        return issue.sha256

    @admin.display(description="解析提示")
    def warning_list(self, issue):
        return _bullets((w,) for w in issue.warnings)

    @admin.display(description="未归属文本")
    def leftover_list(self, issue):
        return _bullets((lo.get("text", ""),) for lo in issue.leftovers)

    @admin.display(description="首次导入")
    def loaded(self, issue):
        return issue.ingested_at

    @admin.display(description="最近导入")
    def reloaded(self, issue):
        return issue.updated_at

    @admin.display(description="文章数", ordering="article_count")
    def articles(self, issue):
        return issue.article_count

    @admin.display(description="读者页面")
    def public_link(self, issue):
        url = issue.get_absolute_url()
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', url, url)


def _bullets(rows):
    items = format_html_join("", "<li>{}</li>", rows)
    return format_html("<ul>{}</ul>", items) if items else "—"


@admin.register(IssueChange)
class IssueChangeAdmin(admin.ModelAdmin):
    """Every correction of a page, newest first; the log itself is never edited."""

    list_display = ["at", "user", "issue", "field", "old", "new"]
    list_filter = ["field"]
    list_select_related = ["user", "issue", "issue__publication"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(IngestRun)
class IngestRunAdmin(admin.ModelAdmin):
    list_display = [
        "started_at",
        "finished_at",
        "pages_added",
        "pages_updated",
        "pages_unchanged",
        "pages_failed",
    ]
    date_hierarchy = "started_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
