"""Papers, pages and ingest runs in the admin. Pages come only from `manage.py ingest`
and a re-ingest rewrites them, so the admin shows them without letting anyone edit."""

from django.contrib import admin
from django.db.models import Count
from django.utils.html import format_html, format_html_join

from archive.models import Article, IngestRun, Issue, Publication


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


@admin.register(Issue)
class IssueAdmin(admin.ModelAdmin):
    list_display = ["__str__", "date", "publication", "page_label", "source_key", "articles"]
    list_filter = [("date", admin.DateFieldListFilter), "publication", "date_source"]
    list_select_related = ["publication"]
    date_hierarchy = "date"
    search_fields = ["source_key", "page_label", "publication__name"]
    fieldsets = [
        (None, {"fields": ["paper", "date", "page_label", "public_link"]}),
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
        ("原文", {"fields": ["raw_text"], "classes": ["collapse"]}),
    ]
    readonly_fields = [
        "paper",
        "date",
        "page_label",
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

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="报纸")
    def paper(self, issue):
        return issue.publication

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
