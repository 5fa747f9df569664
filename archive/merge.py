"""Merging and renaming people and departments, keeping every old name findable.

A person merged into another leaves their name and aliases behind as aliases of the
one kept (archive.aliases), and their URL behind as a MergedPerson row that answers it
with a 301 to the one kept. `archive.ingest` resolves names through those aliases
(archive.resolvers), so re-ingesting a page that prints the old name credits the kept
person and never recreates the merged one. A name another record holds as an alias
cannot be kept: the merge or rename is refused whole (`aliases.AliasTaken`).
Departments are matched by ingest on (zone, name) only, so the articles a department
merge or rename touches get their mentions locked ("departments") as well.
"""

from dataclasses import dataclass, field

from django.db import transaction

from . import aliases, history, tallies
from .models import (
    Credit,
    Department,
    DepartmentMention,
    MergedDepartment,
    MergedPerson,
    Person,
    PersonMention,
)


@dataclass
class MergeResult:
    kept: object
    merged: list[str] = field(default_factory=list)
    articles: set[int] = field(default_factory=set)
    moved: int = 0
    # Rows the kept record already had (same article, same role): folded into it.
    folded: int = 0


def add_titles(current, titles):
    """`current` plus `titles`, in order, without repeats."""
    kept = []
    for title in [*current, *titles]:
        title = title.strip()
        if title and title not in kept:
            kept.append(title)
    return kept


def _take_names(keep, other):
    """`other`'s name and aliases become `keep`'s aliases (AliasTaken if one cannot)."""
    names = [other.name, *aliases.names(other)]
    other.aliases.all().delete()  # an alias names one record: free them to move
    aliases.add(keep, names)


def person_articles(person):
    return set(person.credits.values_list("article_id", flat=True)) | set(
        person.mentions.values_list("article_id", flat=True)
    )


def department_articles(department):
    return set(department.mentions.values_list("article_id", flat=True))


@transaction.atomic
def merge_people(keep, others, *, user=None):
    """Fold each of `others` into `keep`: their credits and mentions move to `keep`,
    their names become its aliases, and they are deleted."""
    result = MergeResult(kept=keep)
    for other in others:
        if other.pk == keep.pk:
            continue
        note = f"合并人物：{other.name} → {keep.name}"
        articles = person_articles(other)
        before = {pk: _people_snapshots(pk) for pk in articles}
        for credit in Credit.objects.filter(person=other):
            _move_credit(credit, keep, result)
        for mention in PersonMention.objects.filter(person=other):
            _move_mention(mention, keep, result)
        _take_names(keep, other)
        keep.zones = [*keep.zones, *(z for z in other.zones if z not in keep.zones)]
        keep.review_note = ""  # staff decided who this is
        # Its URL, and those of people merged into it before, lead to `keep` from now on.
        MergedPerson.objects.filter(person=other).update(person=keep)
        MergedPerson.objects.create(merged_id=other.pk, name=other.name, person=keep)
        other.delete()
        for pk in articles:
            after = _people_snapshots(pk)
            for name in ("credits", "people"):
                history.record(pk, user, name, before[pk][name], after[name], note)
        result.merged.append(other.name)
        result.articles |= articles
    keep.save(update_fields=["zones", "review_note"])
    tallies.recount(people=[keep.pk])  # the others are gone with their counts
    # `keep`'s own articles too: search finds them by the aliases it just took.
    history.announce(changed=result.articles | person_articles(keep))
    return result


def _people_snapshots(article_id):
    return {name: history.snapshot(name, article_id) for name in ("credits", "people")}


def _move_credit(credit, keep, result):
    twin = Credit.objects.filter(article_id=credit.article_id, person=keep, role=credit.role)
    twin = twin.first()
    if twin is None:
        credit.person = keep
        credit.save(update_fields=["person"])
        result.moved += 1
        return
    # The byline named both: one credit remains. Re-parsing the page would credit the
    # kept person twice, so the article's credits are staff's from now on.
    if credit.verified and not twin.verified:
        twin.verified = True
        twin.save(update_fields=["verified"])
    credit.delete()
    history.lock(credit.article, ["credits"])
    result.folded += 1


def _move_mention(mention, keep, result):
    twin = PersonMention.objects.filter(article_id=mention.article_id, person=keep).first()
    if twin is None:
        mention.person = keep
        mention.save(update_fields=["person"])
        result.moved += 1
        return
    twin.titles = add_titles(twin.titles, mention.titles)
    twin.organization = twin.organization or mention.organization
    twin.save(update_fields=["titles", "organization"])
    mention.delete()
    history.lock(mention.article, ["people"])
    result.folded += 1


@transaction.atomic
def rename_person(person, name, *, user=None):
    """Give `person` a new name; the old one stays an alias so pages that print it still
    resolve to them on re-ingest, and search still finds them by it."""
    old = Person.objects.get(pk=person.pk).name
    name = name.strip()
    if name == old:
        return set()
    articles = person_articles(person)
    before = {pk: _people_snapshots(pk) for pk in articles}
    person.name = old  # as stored: the alias kept is the name it had
    aliases.rename(person, name)
    for pk in articles:
        after = _people_snapshots(pk)
        for field_name in ("credits", "people"):
            history.record(
                pk,
                user,
                field_name,
                before[pk][field_name],
                after[field_name],
                f"更名：{old} → {name}",
            )
    history.announce(changed=articles)
    return articles


@transaction.atomic
def merge_departments(keep, others, *, user=None):
    """Fold each of `others` into `keep`: mentions move, names become aliases."""
    result = MergeResult(kept=keep)
    for other in others:
        if other.pk == keep.pk:
            continue
        note = f"合并单位：{other.name} → {keep.name}"
        articles = department_articles(other)
        before = {pk: history.snapshot("departments", pk) for pk in articles}
        for mention in DepartmentMention.objects.filter(department=other):
            if DepartmentMention.objects.filter(
                article_id=mention.article_id, department=keep
            ).exists():
                mention.delete()
                result.folded += 1
            else:
                mention.department = keep
                mention.save(update_fields=["department"])
                result.moved += 1
        _take_names(keep, other)
        MergedDepartment.objects.filter(department=other).update(department=keep)
        MergedDepartment.objects.create(merged_id=other.pk, name=other.name, department=keep)
        other.delete()
        history.lock_many(articles, "departments")
        for pk in articles:
            after = history.snapshot("departments", pk)
            history.record(pk, user, "departments", before[pk], after, note)
        result.merged.append(other.name)
        result.articles |= articles
    tallies.recount(departments=[keep.pk])  # the others are gone with their counts
    # `keep`'s own articles too: search finds them by the aliases it just took.
    history.announce(changed=result.articles | department_articles(keep))
    return result


@transaction.atomic
def rename_department(department, name, *, user=None):
    """Rename a department, keeping the old name as an alias; its articles' mentions
    are locked, since ingest would otherwise recreate the old name."""
    old = Department.objects.get(pk=department.pk).name
    name = name.strip()
    if name == old:
        return set()
    articles = department_articles(department)
    before = {pk: history.snapshot("departments", pk) for pk in articles}
    department.name = old  # as stored: the alias kept is the name it had
    aliases.rename(department, name)
    history.lock_many(articles, "departments")
    for pk in articles:
        after = history.snapshot("departments", pk)
        history.record(pk, user, "departments", before[pk], after, f"更名：{old} → {name}")
    history.announce(changed=articles)
    return articles
