"""People and departments in the admin: rename, aliases, merge duplicates, split a person.

A rename keeps the old name as an alias, a merge keeps the merged names as aliases
(`archive.merge`), so the next ingest of a page that prints them lands on the same
record, and search still finds the person by the old name. Staff add and remove
aliases in the rows under the form (`AliasInline`).
"""

from django.contrib import admin, messages
from django.contrib.auth import get_permission_codename
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import smart_split, unescape_string_literal

from archive import aliases, history, merge, split
from archive.models import Department, DepartmentAlias, Person, PersonAlias

from .actions import merge_action
from .forms import AliasForm, AliasFormSet, DepartmentForm, PersonForm


def name_or_alias(queryset, search_term):
    """Rows whose name or one of whose aliases contains every word of `search_term`."""
    alias_model = queryset.model.aliases.rel.related_model  # PersonAlias, DepartmentAlias
    for word in smart_split(search_term):
        if word[0] in "\"'" and word[0] == word[-1]:
            word = unescape_string_literal(word)
        aliased = alias_model.objects.filter(name__icontains=word).values(alias_model.holder_field)
        queryset = queryset.filter(Q(name__icontains=word) | Q(pk__in=aliased))
    return queryset


class AliasInline(admin.TabularInline):
    """The names a record also goes by, one a row; a name another record holds is
    refused by the form (AliasForm), and by the database if two editors race."""

    form = AliasForm
    formset = AliasFormSet
    fields = ["name"]
    extra = 1
    verbose_name = "别名"
    verbose_name_plural = "别名（导入与搜索时，这些名字都归到此记录）"

    # Aliases are part of their record, as Django treats an automatic many-to-many
    # table: whoever may change the record may change them (no permissions of their own
    # to grant the 编辑 group).
    def _may_change_record(self, request):
        opts = self.parent_model._meta
        return request.user.has_perm(f"{opts.app_label}.{get_permission_codename('change', opts)}")

    def has_add_permission(self, request, obj):
        return self._may_change_record(request)

    def has_change_permission(self, request, obj=None):
        return self._may_change_record(request)

    def has_delete_permission(self, request, obj=None):
        return self._may_change_record(request)

    def has_view_permission(self, request, obj=None):
        opts = self.parent_model._meta
        view = f"{opts.app_label}.{get_permission_codename('view', opts)}"
        return request.user.has_perm(view) or self._may_change_record(request)


class PersonAliasInline(AliasInline):
    model = PersonAlias


class DepartmentAliasInline(AliasInline):
    model = DepartmentAlias


class RecordAdmin(admin.ModelAdmin):
    """What the person and department admins share: the alias rows, listed without a
    query per row, and a rename that happens once those rows are saved. Subclasses
    name the `rename` of archive.merge, and `indexed_with`: the articles to reindex when
    the aliases change, if the search index holds them."""

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return name_or_alias(queryset, search_term), False

    @admin.display(description="别名")
    def alias_list(self, obj):
        return "、".join(alias.name for alias in obj.aliases.all()) or "—"

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except (IntegrityError, aliases.AliasTaken):
            # The form found the names free, then another editor took one: nothing saved.
            self.message_user(
                request,
                "保存时名称或别名已被另一处修改占用，本次修改未保存：请核对后重试。",
                messages.ERROR,
            )
            return redirect(request.get_full_path())

    def save_model(self, request, obj, form, change):
        if change:  # renamed in save_related, once the alias rows typed are saved
            obj.name = type(obj).objects.get(pk=obj.pk).name
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change:
            self.rename(form.instance, form.cleaned_data["name"], user=request.user)
        if change and self.indexed_with and any(fs.has_changed() for fs in formsets):
            history.announce(changed=self.indexed_with(form.instance))


def _public_link(obj):
    """The reader's page of a person or department, opened beside the admin."""
    if obj.pk is None:
        return "—"
    url = obj.get_absolute_url()
    return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', url, url)


def _articles_link(lookup, pk, count):
    if pk is None:  # the add form
        return "—"
    url = reverse("admin:archive_article_changelist")
    return format_html('<a href="{}?{}={}">{} 篇</a>', url, lookup, pk, count)


def _describe_person(person):
    credits, mentions = person.credits.count(), person.mentions.count()
    return {
        "weight": credits * 10 + mentions,
        "details": f"署名 {credits} 篇，提及 {mentions} 篇",
        "aliases": "、".join(aliases.names(person)),
    }


def _describe_department(department):
    mentions = department.mentions.count()
    return {
        "weight": mentions,
        "details": f"{department.zone or '未知地区'}，提及 {mentions} 篇",
        "aliases": "、".join(aliases.names(department)),
    }


class NamesakeFilter(admin.SimpleListFilter):
    """People made while a namesake existed elsewhere (archive.resolvers): one or two?"""

    title = "同名待核"
    parameter_name = "namesake"

    def lookups(self, request, model_admin):
        return [("pending", "有待核说明")]

    def queryset(self, request, queryset):
        return queryset.exclude(review_note="") if self.value() == "pending" else queryset


@admin.register(Person)
class PersonAdmin(RecordAdmin):
    form = PersonForm
    inlines = [PersonAliasInline]
    rename = staticmethod(merge.rename_person)
    # Search indexes a byline's aliases: their articles are reindexed when they change.
    indexed_with = staticmethod(merge.person_articles)
    list_display = ["name", "alias_list", "zone_list", "credited", "mentioned", "review_note"]
    list_filter = [NamesakeFilter]
    search_fields = ["name"]  # and aliases: get_search_results
    actions = [merge_action("merge_people", "人物", merge.merge_people, _describe_person)]
    fields = [
        "name",
        "zone_list",
        "review_note",
        "credited",
        "mentioned",
        "public_link",
        "split_link",
    ]
    readonly_fields = ["zone_list", "credited", "mentioned", "public_link", "split_link"]

    def get_queryset(self, request):
        # Mentions are kept on the row (archive.tallies); credits are counted here as
        # articles (文/图 of one article is one), as the link to them lists them.
        return (
            super()
            .get_queryset(request)
            .annotate(credited_articles=Count("credits__article", distinct=True))
            .order_by(*Person._meta.ordering)  # GROUP BY drops the default ordering
        )

    @admin.display(description="所在地区")
    def zone_list(self, person):
        return "、".join(z or "地区不详" for z in person.zones) or "—"

    @admin.display(description="署名文章", ordering="credited_articles")
    def credited(self, person):
        count = getattr(person, "credited_articles", 0)
        return _articles_link("credits__person__id__exact", person.pk, count)

    @admin.display(description="提及文章", ordering="mention_count")
    def mentioned(self, person):
        return _articles_link("person_mentions__person__id__exact", person.pk, person.mention_count)

    @admin.display(description="读者页面")
    def public_link(self, person):
        return _public_link(person)

    @admin.display(description="拆分")
    def split_link(self, person):
        if person.pk is None:
            return "—"
        url = reverse("admin:archive_person_split", args=[person.pk])
        return format_html('<a href="{}">把部分署名与提及分给另一位同名者…</a>', url)

    def get_urls(self):
        split = path(
            "<path:object_id>/split/",
            self.admin_site.admin_view(self.split_view),
            name="archive_person_split",
        )
        return [split, *super().get_urls()]

    def split_view(self, request, object_id):
        """`admin/archive/person/split.html`: tick the bylines and mentions that belong to
        someone else of the name; they move to a new person (archive.split)."""
        person = self.get_object(request, object_id)
        if person is None:
            raise Http404("没有这个人物")
        if not self.has_change_permission(request, person):
            raise PermissionDenied
        error = ""
        if request.method == "POST":
            try:
                new = split.split_person(
                    person,
                    credits=request.POST.getlist("credit"),
                    mentions=request.POST.getlist("mention"),
                    name=request.POST.get("name", ""),
                    user=request.user,
                )
            except ValueError as exc:
                error = str(exc)
            else:
                self.message_user(request, f"已拆分：选中的署名与提及归到新人物“{new}”。")
                return redirect("admin:archive_person_change", new.pk)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"拆分人物：{person}",
            "person": person,
            "error": error,
            "credits": person.credits.select_related("article__issue__publication").order_by(
                "-article__issue__date", "article__position"
            ),
            "mentions": person.mentions.select_related("article__issue__publication").order_by(
                "-article__issue__date", "article__position"
            ),
        }
        return TemplateResponse(request, "admin/archive/person/split.html", context)


@admin.register(Department)
class DepartmentAdmin(RecordAdmin):
    form = DepartmentForm
    inlines = [DepartmentAliasInline]
    rename = staticmethod(merge.rename_department)
    indexed_with = None  # the index holds departments' names, not their aliases
    list_display = ["name", "zone", "level", "kind", "alias_list", "mentioned"]
    list_filter = ["kind", "level", "zone"]
    search_fields = ["name"]  # and aliases: get_search_results
    actions = [
        merge_action("merge_departments", "单位", merge.merge_departments, _describe_department)
    ]
    fields = ["name", "zone", "level", "kind", "mentioned", "public_link"]
    readonly_fields = ["mentioned", "public_link"]

    @admin.display(description="提及文章", ordering="mention_count")
    def mentioned(self, department):
        # Kept on the row (archive.tallies).
        return _articles_link(
            "department_mentions__department__id__exact", department.pk, department.mention_count
        )

    @admin.display(description="读者页面")
    def public_link(self, department):
        return _public_link(department)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "zone" in form.changed_data:
            # Ingest finds departments by (zone, name): keep it off these mentions.
            history.lock_many(merge.department_articles(obj), "departments")
            history.announce(changed=merge.department_articles(obj))
