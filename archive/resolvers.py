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

from . import aliases
from .models import Department, Person, PersonMention

# A title without its organisation is evidence only when it is this long: 市委第四指导组组长
# names its body, 副主任 or 书记 does not.
SPECIFIC_TITLE = 6


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
    """(zone, name) → Department for one run; a merged-away name resolves by alias."""

    def __init__(self):
        self._cache: dict[tuple[str, str], Department] = {}

    def get(self, mention, zone: str) -> Department:
        key = (mention.zone or zone, mention.name)
        if key not in self._cache:
            department = self._by_alias(key) or self._get_or_create(key, mention)
            # The forms printed; one another department of the zone holds stays its own.
            aliases.add_free(department, mention.aliases)
            self._cache[key] = department
        return self._cache[key]

    @staticmethod
    def _by_alias(key):
        exact = Department.objects.filter(zone=key[0], name=key[1]).first()
        return exact or Department.objects.aliased(*key).first()

    @staticmethod
    def _get_or_create(key, mention) -> Department:
        return Department.objects.get_or_create(
            zone=key[0], name=key[1], defaults={"kind": mention.kind}
        )[0]

    def forget(self):
        self._cache.clear()
