"""People and departments in the admin: rename, aliases, merge duplicates, split a person.

A rename keeps the old name as an alias, a merge keeps the merged names as aliases
(`archive.merge`), so the next ingest of a page that prints them lands on the same
record, and search still finds the person by the old name.
"""

import json

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, TextField
from django.db.models.functions import Cast
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import smart_split, unescape_string_literal

from archive import history, merge, split
from archive.models import Department, Person

from .actions import merge_action
from .forms import DepartmentForm, PersonForm


def name_or_alias(queryset, search_term):
    """Rows whose name or one of whose aliases contains every word of `search_term`.

    Aliases are a JSON list. SQLite stores it with non-ASCII characters escaped
    (`\\u5b59`), PostgreSQL as they are: its text is searched for both spellings.
    """
    queryset = queryset.annotate(_aliases_text=Cast("aliases", TextField()))
    for word in smart_split(search_term):
        if word[0] in "\"'" and word[0] == word[-1]:
            word = unescape_string_literal(word)
        escaped = json.dumps(word)[1:-1]
        queryset = queryset.filter(
            Q(name__icontains=word)
            | Q(_aliases_text__icontains=word)
            | Q(_aliases_text__icontains=escaped)
        )
    return queryset


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
        "aliases": "、".join(person.aliases),
    }


def _describe_department(department):
    mentions = department.mentions.count()
    return {
        "weight": mentions,
        "details": f"{department.zone or '未知地区'}，提及 {mentions} 篇",
        "aliases": "、".join(department.aliases),
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
class PersonAdmin(admin.ModelAdmin):
    form = PersonForm
    list_display = ["name", "alias_list", "zone_list", "credited", "mentioned", "review_note"]
    list_filter = [NamesakeFilter]
    search_fields = ["name"]  # and aliases: get_search_results
    actions = [merge_action("merge_people", "人物", merge.merge_people, _describe_person)]
    fields = [
        "name",
        "aliases",
        "zone_list",
        "review_note",
        "credited",
        "mentioned",
        "public_link",
        "split_link",
    ]
    readonly_fields = ["zone_list", "credited", "mentioned", "public_link", "split_link"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                credit_count=Count("credits__article", distinct=True),
                mention_count=Count("mentions", distinct=True),
            )
            .order_by(*Person._meta.ordering)  # GROUP BY drops the default ordering
        )

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return name_or_alias(queryset, search_term), False

    @admin.display(description="别名")
    def alias_list(self, person):
        return "、".join(person.aliases) or "—"

    @admin.display(description="所在地区")
    def zone_list(self, person):
        return "、".join(z or "地区不详" for z in person.zones) or "—"

    @admin.display(description="署名文章", ordering="credit_count")
    def credited(self, person):
        count = getattr(person, "credit_count", 0)
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

    def save_model(self, request, obj, form, change):
        if not change:
            return super().save_model(request, obj, form, change)
        name = obj.name
        obj.name = Person.objects.get(pk=obj.pk).name
        super().save_model(request, obj, form, change)
        merge.rename_person(obj, name, user=request.user)
        if "aliases" in form.changed_data:
            # Search indexes a byline's aliases: their articles need reindexing.
            history.announce(changed=merge.person_articles(obj))


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    form = DepartmentForm
    list_display = ["name", "zone", "level", "kind", "alias_list", "mentioned"]
    list_filter = ["kind", "level", "zone"]
    search_fields = ["name"]  # and aliases: get_search_results
    actions = [
        merge_action("merge_departments", "单位", merge.merge_departments, _describe_department)
    ]
    fields = ["name", "zone", "level", "kind", "aliases", "mentioned", "public_link"]
    readonly_fields = ["mentioned", "public_link"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(mention_count=Count("mentions"))
            .order_by(*Department._meta.ordering)
        )

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return name_or_alias(queryset, search_term), False

    @admin.display(description="别名")
    def alias_list(self, department):
        return "、".join(department.aliases) or "—"

    @admin.display(description="提及文章", ordering="mention_count")
    def mentioned(self, department):
        count = getattr(department, "mention_count", 0)
        return _articles_link("department_mentions__department__id__exact", department.pk, count)

    @admin.display(description="读者页面")
    def public_link(self, department):
        return _public_link(department)

    def save_model(self, request, obj, form, change):
        if not change:
            return super().save_model(request, obj, form, change)
        name = obj.name
        obj.name = Department.objects.get(pk=obj.pk).name
        super().save_model(request, obj, form, change)
        merge.rename_department(obj, name, user=request.user)
        if "zone" in form.changed_data:
            # Ingest finds departments by (zone, name): keep it off these mentions.
            history.lock_many(merge.department_articles(obj), "departments")
            history.announce(changed=merge.department_articles(obj))
