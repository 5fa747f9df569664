"""Admin actions: mark articles reviewed, merge people or departments."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db import IntegrityError, transaction
from django.template.response import TemplateResponse
from django.utils import timezone

from archive import history
from archive.aliases import AliasTaken
from archive.models import Article, ArticleChange


def set_reviewed(queryset, value, user):
    """Set the review flag on the articles in `queryset`, logging each one that changed."""
    with transaction.atomic():
        ids = list(queryset.exclude(reviewed=value).values_list("pk", flat=True))
        Article.objects.filter(pk__in=ids).update(reviewed=value, updated_at=timezone.now())
        ArticleChange.objects.bulk_create(
            ArticleChange(
                article_id=pk,
                user=user if user.is_authenticated else None,
                field="reviewed",
                old=history.as_text(not value),
                new=history.as_text(value),
            )
            for pk in ids
        )
    return len(ids)


@admin.action(description="标记为已核", permissions=["change"])
def mark_reviewed(modeladmin, request, queryset):
    count = set_reviewed(queryset, True, request.user)
    modeladmin.message_user(request, f"已将 {count} 篇文章标记为已核。", messages.SUCCESS)


@admin.action(description="退回待核", permissions=["change"])
def mark_unreviewed(modeladmin, request, queryset):
    count = set_reviewed(queryset, False, request.user)
    modeladmin.message_user(request, f"已将 {count} 篇文章退回待核。", messages.SUCCESS)


# A merge deletes the rows merged away, with no undo but their names left as aliases:
# someone who may not delete them merges a handful at a time, never a whole list in one
# request (every person of the archive into one, as an editor once could).
MERGE_LIMIT = 5


def merge_action(name, noun, merge, describe):
    """An action that asks which of the selected rows to keep, then merges the others
    into it with `merge(keep, others, user=...)`. Merging counts as a change: the
    merged rows live on as the kept one's aliases."""

    def action(modeladmin, request, queryset):
        chosen = list(queryset)
        if len(chosen) < 2:
            modeladmin.message_user(request, f"请至少选择两个{noun}再合并。", messages.WARNING)
            return None
        if len(chosen) > MERGE_LIMIT and not modeladmin.has_delete_permission(request):
            modeladmin.message_user(
                request,
                f"一次最多合并 {MERGE_LIMIT} 个{noun}；合并更多需要删除权限。",
                messages.WARNING,
            )
            return None
        keep_pk = request.POST.get("keep")
        if request.POST.get("confirm") and keep_pk:
            keep = next((obj for obj in chosen if str(obj.pk) == keep_pk), None)
            if keep is None:
                modeladmin.message_user(request, f"要保留的{noun}不在所选之中。", messages.ERROR)
                return None
            others = [obj for obj in chosen if obj.pk != keep.pk]
            try:
                result = merge(keep, others, user=request.user)
            except AliasTaken as refused:  # rolled back whole: nothing merged
                modeladmin.message_user(request, f"未合并：{refused}", messages.ERROR)
                return None
            except IntegrityError:  # another editor merged or changed them meanwhile
                modeladmin.message_user(
                    request, f"未合并：所选{noun}刚被另一处修改，请刷新后重试。", messages.ERROR
                )
                return None
            summary = f"合并：{'、'.join(result.merged)} → {keep}"
            modeladmin.log_change(request, keep, summary)
            modeladmin.message_user(
                request,
                f"已将{'、'.join(result.merged)}并入“{keep}”，"
                f"涉及 {len(result.articles)} 篇文章；旧名已记为别名。",
                messages.SUCCESS,
            )
            return None
        rows = [{"object": obj, **describe(obj)} for obj in chosen]
        rows.sort(key=lambda row: -row["weight"])
        context = {
            **modeladmin.admin_site.each_context(request),
            "title": f"合并{noun}",
            "noun": noun,
            "rows": rows,
            "opts": modeladmin.model._meta,
            "action": name,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": modeladmin.media,
        }
        return TemplateResponse(request, "admin/archive/merge_confirmation.html", context)

    action.__name__ = name
    return admin.action(description=f"合并所选{noun}", permissions=["change"])(action)
