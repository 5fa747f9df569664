"""What staff corrected, remembered: locks that re-ingest honours, and a readable log.

Every staff edit of an article goes through here. `lock` adds the edited field to
`Article.locked_fields`, which `archive.ingest` never overwrites; `record` writes an
`ArticleChange` row; `announce` tells the search app (after commit) what to reindex.
"""

from .models import (
    Article,
    ArticleChange,
    Credit,
    DepartmentMention,
    IssueChange,
    IssueField,
    PersonMention,
)
from .signals import articles_changed

# Inline models → the `locked_fields` name that keeps re-ingest off them.
LOCK_FOR_MODEL = {Credit: "credits", PersonMention: "people", DepartmentMention: "departments"}


def _bracketed(text):
    return f"（{text}）" if text else ""


def byline(article_id):
    """`记者 孙庆辉、通讯员（区财政局） 黄梦玮`, in printed order."""
    credits = Credit.objects.filter(article_id=article_id).select_related("person")
    return "、".join(
        f"{c.get_role_display()}{_bracketed(c.organization)} {c.person.name}"
        for c in credits.order_by("order", "pk")
    )


def people_line(article_id):
    mentions = PersonMention.objects.filter(article_id=article_id).select_related("person")
    return "、".join(
        f"{m.person.name}{_bracketed('、'.join(m.titles))}" for m in mentions.order_by("pk")
    )


def departments_line(article_id):
    mentions = DepartmentMention.objects.filter(article_id=article_id).select_related("department")
    return "、".join(m.department.name for m in mentions.order_by("pk"))


SNAPSHOTS = {"credits": byline, "people": people_line, "departments": departments_line}


def snapshot(field, article_id):
    return SNAPSHOTS[field](article_id)


def as_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


def record(article_id, user, field, old, new, note=""):
    """Log one change; a value that did not change is not a change."""
    old, new = as_text(old), as_text(new)
    if old == new:
        return None
    return ArticleChange.objects.create(
        article_id=article_id,
        user=user if user and user.is_authenticated else None,
        field=field,
        old=old,
        new=new,
        note=note,
    )


def record_issue_changes(before, after, user, changed_data):
    """Log each of a page's corrected fields (IssueField); return the names that changed."""
    edited = []
    for name in IssueField.values:
        old, new = getattr(before, name), getattr(after, name)
        if name in changed_data and as_text(old) != as_text(new):
            IssueChange.objects.create(
                issue=after,
                user=user if user and user.is_authenticated else None,
                field=name,
                old=as_text(old),
                new=as_text(new),
            )
            edited.append(name)
    return edited


def lock(article, fields):
    """Add `fields` to what re-ingest must leave alone; saves only if that grew."""
    new = [f for f in fields if f not in article.locked_fields]
    if new:
        article.locked_fields = [*article.locked_fields, *new]
        article.save(update_fields=["locked_fields", "updated_at"])


def lock_many(article_ids, field):
    """`lock` for many articles at once (merges, renames)."""
    for article in Article.objects.filter(pk__in=article_ids):
        lock(article, [field])


def announce(changed=(), removed=()):
    """Queue a search update for these articles in the transaction that changed them, as
    ingest does: the queue rows commit with the edit or not at all. (Queued after the
    commit, a crash in between left the edit unindexed until cron found it.)"""
    changed, removed = sorted(set(changed)), sorted(set(removed))
    if changed or removed:
        articles_changed.send(sender=Article, changed=changed, removed=removed)
