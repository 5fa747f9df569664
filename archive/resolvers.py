"""Names printed on pages → the people and departments of the archive, for one ingest
run: cached, and honouring the aliases staff left behind by merging.

Which person a printed name is: a name within a context, never a name alone.

Two reporters called 李敏 on two papers, or an official and a reporter who share a
name, are different people. A credit or mention is linked to an existing person only
on evidence:

1. the person is known in the page's zone (`Person.zones`: the zones of the papers
   that printed them; a merge unites them), by their name or an alias staff recorded;
2. or the same title is printed beside the name with its organisation (河南省副省长),
   which a homonym in another zone seldom shares; a bare title counts only when it
   names its body itself (市委第四指导组组长), never 主任 or 记者 alone.

Among several people of the name in the zone, the one whose titles match is taken,
else the one known longest. Without evidence a new person is made; when people of that
name exist elsewhere the new one is flagged for review (`Person.review_note`) so staff
can merge them if they are one.
"""

import logging

from django.db import IntegrityError

from . import aliases, history
from .models import Department, Person, PersonMention
from .parsing.departments import same_body

# A title without its organisation is evidence only when it is this long: 市委第四指导组组长
# names its body, 副主任 or 书记 does not.
SPECIFIC_TITLE = 6

log = logging.getLogger(__name__)


def title_evidence(titles, organization=""):
    """The printed titles that say who someone is: with the organisation, or specific."""
    if organization:
        return {f"{organization}{title}" for title in titles}
    return {title for title in titles if len(title) >= SPECIFIC_TITLE}


class PersonResolver:
    """(name, zone, titles) → Person, for one ingest run. Within one zone a name is one
    person (staff split homonyms there, archive.split)."""

    def __init__(self):
        self._cache: dict[tuple[str, str], Person] = {}
        self._titles: dict[int, set[str]] = {}

    def get(self, name: str, zone: str = "", titles=(), organization: str = "") -> Person:
        key = (name, zone)
        evidence = title_evidence(titles, organization)
        if key not in self._cache:
            self._cache[key] = self._resolve(name, zone, evidence)
        person = self._cache[key]
        if evidence:  # what this run printed beside them is evidence for the next page
            self._known_titles(person).update(evidence)
        return person

    def _resolve(self, name, zone, titles):
        candidates = self._named(name)
        here = [p for p in candidates if zone in p.zones]
        titled = [p for p in candidates if titles & self._known_titles(p)]
        for choice in ([p for p in here if p in titled], here, titled):
            if choice:
                person = choice[0]
                if zone not in person.zones:
                    person.zones = [*person.zones, zone]
                    person.save(update_fields=["zones"])
                return person
        note = ""
        if candidates:
            elsewhere = "、".join(sorted({z or "地区不详" for p in candidates for z in p.zones}))
            note = f"另有同名人物（{elsewhere or '地区不详'}）：若是同一人，请合并"
        return Person.objects.create(name=name, zones=[zone], review_note=note)

    def _named(self, name):
        """People of this name, or who carry it as an alias, the longest known first."""
        return list(Person.objects.named(name).order_by("pk"))

    def _known_titles(self, person):
        if person.pk not in self._titles:
            lists = PersonMention.objects.filter(person=person).exclude(titles=[]).order_by()
            self._titles[person.pk] = {
                evidence
                for titles, organization in lists.values_list("titles", "organization").distinct()
                for evidence in title_evidence(titles, organization)
            }
        return self._titles[person.pk]

    def forget(self):
        """After a rolled-back page, cached rows may not exist."""
        self._cache.clear()
        self._titles.clear()


class DepartmentResolver:
    """(zone, name) → Department for one run; a merged-away name resolves by alias, and
    one body's abbreviated and full names within a zone (高新区文旅局, 高新区文化和旅游局)
    resolve to one department named in full (parsing.departments.same_body). A body
    above any zone (国家中医药局) is filed under none, whatever page printed it."""

    def __init__(self):
        self._cache: dict[tuple[str, str], Department] = {}
        self._names: dict[str, dict[int, str]] = {}  # zone → its departments' names
        self._rows: dict[int, Department] = {}  # one instance each: renames are seen by all
        self._printed: dict[int, set[str]] = {}  # department → forms recorded this run

    def get(self, mention, zone: str) -> Department:
        key = (zone if mention.zone is None else mention.zone, mention.name)
        if key not in self._cache:
            found = self._by_alias(key) or self._same_body(key) or self._get_or_create(key, mention)
            self._cache[key] = self._rows.setdefault(found.pk, found)
        department = self._cache[key]
        self._add_aliases(department, mention.aliases)  # each page's printed forms
        return department

    @staticmethod
    def _by_alias(key):
        exact = Department.objects.filter(zone=key[0], name=key[1]).first()
        return exact or Department.objects.aliased(*key).first()

    def _same_body(self, key):
        """The zone's department this name abbreviates, or abbreviated: the fuller name
        becomes the department's, the other an alias."""
        zone, name = key
        if zone not in self._names:
            self._names[zone] = dict(Department.objects.filter(zone=zone).values_list("pk", "name"))
        names = self._names[zone]
        fuller = [pk for pk, other in names.items() if same_body(name, other, zone)]
        if fuller:
            return self._row(max(fuller, key=lambda pk: len(names[pk])))
        shorter = [pk for pk, other in names.items() if same_body(other, name, zone)]
        if not shorter:
            return None
        department = self._row(shorter[0])
        if rename_department(department, name):
            names[department.pk] = name
        else:  # it keeps its name; the full one finds it from now on
            self._add_aliases(department, [name])
        return department

    def _row(self, pk):
        return self._rows.get(pk) or Department.objects.get(pk=pk)

    def _get_or_create(self, key, mention) -> Department:
        department, created = Department.objects.get_or_create(
            zone=key[0], name=key[1], defaults={"kind": mention.kind, "level": mention.level}
        )
        if created and key[0] in self._names:
            self._names[key[0]][department.pk] = department.name
        return department

    def _add_aliases(self, department, names):
        """Record the names as aliases, but those another department of the zone holds
        stay its own (aliases.add_free); each name is tried once a run."""
        tried = self._printed.setdefault(department.pk, set())
        new = [name for name in names if name not in tried]
        if new:
            tried.update(new)
            aliases.add_free(department, new)

    def forget(self):
        self._cache.clear()
        self._names.clear()
        self._rows.clear()
        self._printed.clear()


def rename_department(department, name) -> bool:
    """Ingest's rename: the name it had becomes an alias (aliases.rename), and the
    articles that name it are indexed again (staff's rename in archive.merge also locks
    them). If another department of the zone holds the old name as an alias, or a
    writer took either name meanwhile, nothing changes: False, and a warning."""
    old = department.name
    try:
        aliases.rename(department, name)
    except (aliases.AliasTaken, IntegrityError) as error:
        log.warning("单位“%s”（%s）未改名为“%s”：%s", old, department.zone or "无地区", name, error)
        return False
    history.announce(changed=department.mentions.values_list("article_id", flat=True))
    return True
