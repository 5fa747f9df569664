"""Papers, pages and ingest runs in the admin. Pages come only from `manage.py ingest`;
staff correct a page's paper, date, 版次 and page name, and every later ingest keeps
those corrections (archive.pagefacts). The rest of a page is the parser's to rewrite."""

from django import forms
from django.contrib import admin
from django.db.models import Count
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join

from archive import history, tallies
from archive.hints import in_chinese
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
        if IssueField.DATE in edited:  # its credits, mentions and year carry the date
            tallies.recount(issues=[obj.pk], dates=[before.date])
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
        return _bullets((in_chinese(w),) for w in issue.warnings)

    @admin.display(description="未归属文本")
    def leftover_list(self, issue):
        return _bullets((lo.get("text", ""),) for lo in issue.leftovers)

    @admin.display(description="首次导入")
    def loaded(self, issue):
        return formats.localize(timezone.localtime(issue.ingested_at))

    @admin.display(description="最近导入")
    def reloaded(self, issue):
        return formats.localize(timezone.localtime(issue.updated_at))

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


class FailedRunFilter(admin.SimpleListFilter):
    title = "结果"
    parameter_name = "result"

    def lookups(self, request, model_admin):
        return [("failed", "有失败的版面"), ("unfinished", "未完成")]

    def queryset(self, request, queryset):
        if self.value() == "failed":
            return queryset.with_failures()
        if self.value() == "unfinished":
            return queryset.filter(finished_at=None)
        return queryset


@admin.register(IngestRun)
class IngestRunAdmin(admin.ModelAdmin):
    """The load log (archive.loadlog): every run, and each page that failed or warned."""

    list_display = [
        "started_at",
        "finished",
        "source_list",
        "pages_added",
        "pages_updated",
        "pages_unchanged",
        "pages_failed",
        "warnings",
        "total_seconds",
    ]
    list_filter = [FailedRunFilter, "forced"]
    date_hierarchy = "started_at"
    view_on_site = False  # its get_absolute_url() is this page
    fields = [
        "started_at",
        "finished",
        "sources",
        "forced",
        ("pages_added", "pages_updated", "pages_unchanged", "pages_duplicate", "pages_failed"),
        "totals",
        "time_spent",
        "page_log",
    ]
    readonly_fields = fields[:4] + list(fields[4]) + fields[5:]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="结束时间", ordering="finished_at")
    def finished(self, run):
        if run.finished_at is None:
            return "未完成（中断或仍在运行）"
        return formats.localize(timezone.localtime(run.finished_at))

    @admin.display(description="导入的文件或文件夹")
    def source_list(self, run):
        paths = run.sources.splitlines()
        return paths[0] + (f" 等 {len(paths)} 项" if len(paths) > 1 else "") if paths else "—"

    @admin.display(description="总用时（秒）")
    def total_seconds(self, run):
        return f"{sum(run.seconds.values()):.1f}" if run.seconds else "—"

    @admin.display(description="统计")
    def totals(self, run):
        names = {
            "pages": "版面",
            "articles": "文章",
            "credits": "署名",
            "people": "人物",
            "departments": "单位",
            "warnings": "解析提示",
            "failures": "失败",
        }
        # In the order above: PostgreSQL's jsonb keeps a dict's keys in an order of its own.
        keys = [*names, *sorted(set(run.counts) - set(names))]
        return (
            "，".join(f"{names.get(k, k)} {run.counts[k]}" for k in keys if k in run.counts) or "—"
        )

    @admin.display(description="用时（秒）")
    def time_spent(self, run):
        stages = {"parse": "读取与解析", "database": "写入数据库", "index": "更新检索索引"}
        keys = [*stages, *sorted(set(run.seconds) - set(stages))]
        return (
            "，".join(f"{stages.get(k, k)} {run.seconds[k]:.1f}" for k in keys if k in run.seconds)
            or "—"
        )

    @admin.display(description="失败与有提示的版面")
    def page_log(self, run):
        if not run.log:
            return "没有失败或有提示的版面"
        rows = sorted(run.log, key=lambda entry: entry.get("status") != "failed")
        return format_html(
            '<table class="ingest-log"><thead><tr><th scope="col">版面</th>'
            '<th scope="col" style="white-space: nowrap">结果</th><th scope="col">原因与提示</th>'
            "</tr></thead><tbody>{}</tbody></table>",
            format_html_join("", "{}", ((_log_row(entry),) for entry in rows)),
        )


LOG_STATUSES = {"failed": "失败", "added": "新增", "updated": "更新", "duplicate": "重复"}


def _log_row(entry):
    reasons = [entry.get("message"), *entry.get("warnings", [])]
    return format_html(
        '<tr><td>{}</td><td style="white-space: nowrap">{}</td><td>{}</td></tr>',
        entry.get("source", ""),
        LOG_STATUSES.get(entry.get("status"), entry.get("status")),
        format_html_join("", "<div>{}</div>", ((in_chinese(r),) for r in reasons if r)),
    )
