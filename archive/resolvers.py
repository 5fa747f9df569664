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
from collections import OrderedDict

from django.db import IntegrityError, transaction
from django.db.models import Q

from . import aliases, history
from .models import Department, DepartmentAlias, Person, PersonAlias, PersonMention
from .parsing import orgnames
from .parsing.departments import _without_zone_words, same_body

# A title without its organisation is evidence only when it is this long: 市委第四指导组组长
# names its body, 副主任 or 书记 does not.
SPECIFIC_TITLE = 6

# What one run keeps between pages, at most (`trim`, after each page): the people and
# their titles, the departments, and the zones it met (each with all its departments'
# names). Unbounded, they grew with every name the run met (a million articles in one
# run could not be afforded); what is dropped is read again from the database, where
# every page left it. Zones are counted, not their departments: real text names
# hundreds of small zones once, and its papers' own few zones on every page, each
# holding thousands of departments (7 500 each at 38 000 articles), which must not be
# read again page after page.
PEOPLE_KEPT = 20_000
DEPARTMENTS_KEPT = 20_000
ZONES_KEPT = 100

log = logging.getLogger(__name__)


def _trim(entries: OrderedDict, size: int) -> None:
    """Drop the least recently used of `entries` (oldest first) beyond `size`."""
    while len(entries) > size:
        entries.popitem(last=False)


def _used(entries: OrderedDict, key):
    """`entries[key]`, now the most recently used, or None."""
    found = entries.get(key)
    if found is not None:
        entries.move_to_end(key)
    return found


def title_evidence(titles, organization=""):
    """The printed titles that say who someone is: with the organisation, or specific."""
    if organization:
        return {f"{organization}{title}" for title in titles}
    return {title for title in titles if len(title) >= SPECIFIC_TITLE}


class PersonResolver:
    """(name, zone, titles) → Person, for one ingest run. Within one zone a name is one
    person (staff split homonyms there, archive.split).

    What it keeps is bounded (`trim`, called between pages): a name resolved in a zone
    where it named one person at most is that person again when read afresh (the zone is
    now among theirs, and a run adds a zone only to the person it resolves there), so it
    may be forgotten; one chosen among namesakes of the zone is kept for the run (`_pinned`:
    as many as staff split, few), since a later page's titles might choose another. The
    titles printed beside someone are on their mentions once the page is stored. (Titles
    read from mentions that a page replaced later in the run took away are forgotten
    with the person, as the next run would not know them: only then may a forgetful run
    choose otherwise than one that kept everything.)

    The people it makes for a page are inserted together when the page's rows are
    (`flush`, before its credits and mentions), not an INSERT each (0.3 ms of CPU a
    person, 1.4 people an article of real text); ingest flushes once for the pages it
    stores together. Until then they have no pk; a page names its people in one zone,
    so a name it prints again is found in the cache, and a later page finds them among
    the name's people as it would find them inserted (`_named`)."""

    def __init__(self, size: int | None = None):
        self._size = PEOPLE_KEPT if size is None else size
        self._cache: OrderedDict[tuple[str, str], Person] = OrderedDict()
        self._pinned: dict[tuple[str, str], Person] = {}
        self._titles: OrderedDict[int, set[str]] = OrderedDict()
        self._people: dict[str, list[Person]] = {}  # name → its people, read a page at a time
        self._new: dict[int, tuple[Person, set[str]]] = {}  # id() → made, not yet inserted

    def prefetch(self, names, zone: str = "") -> None:
        """Read the people of every name a page prints in two queries, not one a name."""
        self._people = {}  # only this page's: a list read earlier may lack a namesake since
        wanted = {n for n in names if not self._known((n, zone))}
        if not wanted:
            return
        found: dict[str, list[Person]] = {name: [] for name in wanted}
        # Only the aliases that are wanted names: every alias of everyone found, as
        # model instances (prefetch_related), was most of this look-up's time.
        aliased: dict[int, set[str]] = {}
        named = PersonAlias.objects.filter(name__in=wanted).values_list("name", "person_id")
        for name, pk in named:
            aliased.setdefault(pk, set()).add(name)
        people = Person.objects.filter(Q(name__in=wanted) | Q(pk__in=list(aliased)))
        for person in people.order_by("pk"):
            for name in ({person.name} | aliased.get(person.pk, set())) & wanted:
                found[name].append(person)
        self._people = found

    def get(self, name: str, zone: str = "", titles=(), organization: str = "") -> Person:
        key = (name, zone)
        evidence = title_evidence(titles, organization)
        person = self._known(key)
        if person is None:
            person = self._resolve(key, evidence)
        if evidence:  # what this run printed beside them is evidence for the next page
            self._known_titles(person).update(evidence)
        return person

    def _known(self, key):
        return self._pinned.get(key) or _used(self._cache, key)

    def _resolve(self, key, titles):
        name, zone = key
        candidates = self._named(name)
        here = [p for p in candidates if zone in p.zones]
        titled = [p for p in candidates if titles and titles & self._known_titles(p)]
        for choice in ([p for p in here if p in titled], here, titled):
            if choice:
                person = choice[0]
                if zone not in person.zones:
                    person.zones = [*person.zones, zone]
                    if person.pk is not None:  # else inserted with it (`flush`)
                        person.save(update_fields=["zones"])
                # Among namesakes of the zone the choice rests on this page's titles.
                (self._pinned if len(here) > 1 else self._cache)[key] = person
                return person
        note = ""
        if candidates:
            elsewhere = "、".join(sorted({z or "地区不详" for p in candidates for z in p.zones}))
            note = f"另有同名人物（{elsewhere or '地区不详'}）：若是同一人，请合并"
        person = Person(name=name, zones=[zone], review_note=note)
        self._new[id(person)] = person, set()  # nothing printed beside them yet: no query
        self._cache[key] = person
        return person

    def flush(self) -> None:
        """Insert the people made since the last flush, in the order they were made (their
        pks as one INSERT each would number them)."""
        made = list(self._new.values())
        self._new.clear()
        Person.objects.bulk_create([person for person, _titles in made])
        for person, titles in made:
            self._titles[person.pk] = titles

    def _named(self, name):
        """People of this name, or who carry it as an alias, the longest known first."""
        if name in self._people:  # prefetched; read once, a new namesake is cached
            found = self._people.pop(name)
        else:
            found = list(Person.objects.named(name).order_by("pk"))
        # Made for an earlier page and not inserted yet (ingest flushes the pages it
        # stores together at their end): last, as their pks will be.
        return found + [person for person, _titles in self._new.values() if person.name == name]

    def _known_titles(self, person):
        if person.pk is None:  # made for this page: only what it printed
            return self._new[id(person)][1]
        found = _used(self._titles, person.pk)
        if found is None:
            lists = PersonMention.objects.filter(person=person).exclude(titles=[]).order_by()
            found = self._titles[person.pk] = {
                evidence
                for titles, organization in lists.values_list("titles", "organization").distinct()
                for evidence in title_evidence(titles, organization)
            }
        return found

    def trim(self):
        """After a stored page: keep the most recently used, as many as the bound. (Not
        during a page: the titles it printed are on its mentions only once it is stored.)"""
        _trim(self._cache, self._size)
        _trim(self._titles, self._size)

    def forget(self):
        """After a rolled-back page, cached rows may not exist."""
        self._cache.clear()
        self._pinned.clear()
        self._titles.clear()
        self._people.clear()
        self._new.clear()


class DepartmentResolver:
    """(zone, name) → Department for one run; a merged-away name resolves by alias, and
    one body's abbreviated and full names within a zone (高新区文旅局, 高新区文化和旅游局)
    resolve to one department named in full (parsing.departments.same_body). A body
    above any zone (国家中医药局) is filed under none, whatever page printed it.

    A zone's department names and aliases are read once (two queries), not looked up
    name by name: a page names a dozen bodies, most of them known. What it keeps is
    bounded (`trim`, between pages): the zones least recently used are forgotten, whole,
    beyond ZONES_KEPT (a zone is never cut: `same_body` needs all its names), and read
    again when met again; so are department rows beyond DEPARTMENTS_KEPT. Everything the run did to a zone is
    in the database by then (new departments, renames, aliases), so a name resolves as
    before, but for a short name resolved to the longest of the fuller names it may
    abbreviate: a fuller one made later would win when it is read afresh, so those few
    are kept for the run (`_pinned`, a key each), as is a name whose rename failed.

    `batched` (ingest): the departments it makes, and the printed forms it records as
    aliases, are inserted when the page's rows are (`flush`), an INSERT a table, not one
    a row each in a savepoint of its own (a page of real text makes about 16 departments
    and 4 aliases). Until then a new department holds a stand-in key below zero, which
    the zone, the rows and the page's mentions carry; before a rename, what the page
    made so far is inserted, so that the rows are numbered as without `batched`. If
    another writer took one of the names meanwhile, they are inserted one at a time as
    without `batched`: a department's name then resolves to the other writer's row, an
    alias is skipped (the zone forgets it; only names the page printed between the two
    could resolve otherwise than without `batched`)."""

    def __init__(self, size: int | None = None, zones: int | None = None, batched=False):
        self._size = DEPARTMENTS_KEPT if size is None else size
        self._zones_kept = ZONES_KEPT if zones is None else zones
        self._zones: OrderedDict[str, _Zone] = OrderedDict()  # each with its resolved names
        self._pinned: dict[tuple[str, str], int] = {}
        # One instance each, renames seen by all; the most recently used, as many as the bound.
        self._rows: OrderedDict[int, Department] = OrderedDict()
        self._batched = batched
        self._made = 0  # stand-in keys given: -1, -2, …
        self._new: dict[int, Department] = {}  # stand-in key → made, not yet inserted
        self._new_aliases: list[tuple[_Zone, Department, str]] = []  # not yet inserted
        self._stand_ins: list[tuple[_Zone, str]] = []  # names resolved to a stand-in
        self._pinned_new: list[tuple[str, str]] = []  # keys pinned to a stand-in

    def get(self, mention, zone: str) -> Department:
        key = (zone if mention.zone is None else mention.zone, mention.name)
        known = self._zone(key[0])
        pk = self._pinned.get(key) or known.resolved.get(key[1])
        if pk is None:
            found = self._by_name(key) or self._same_body(key) or self._get_or_create(key, mention)
            pk = known.resolved[key[1]] = found.pk
            if pk < 0:
                self._stand_ins.append((known, key[1]))
        department = self._row(pk, key[0])
        self._add_aliases(department, mention.aliases)  # each page's printed forms
        return department

    def prefetch(self, mentions, zone: str = "") -> None:
        """Read every zone a page's `mentions` name that the run does not hold, in two
        queries, not two a zone: real text names several small zones a page, most of
        them once (1 001 zones in 5 533 articles), and those forgotten are read again."""
        self.prefetch_zones(zone if m.zone is None else m.zone for m in mentions)

    def prefetch_zones(self, zones) -> None:
        """Read those of `zones` (None: none) the run does not hold, in two queries."""
        missing = [name for name in dict.fromkeys(zones) if name is not None]
        missing = [name for name in missing if name not in self._zones]
        if missing:
            self._zones.update(_Zone.read(missing))

    def _zone(self, zone) -> "_Zone":
        found = _used(self._zones, zone)
        if found is None:
            found = self._zones[zone] = _Zone.read([zone])[zone]
        return found

    def _by_name(self, key):
        """The zone's department of this name, else the one that has it as an alias."""
        known = self._zone(key[0])
        pk = known.pk_of(key[1])
        return self._row(pk, key[0]) if pk else None

    def _same_body(self, key):
        """The zone's department this name abbreviates, or abbreviated: the fuller name
        becomes the department's, the other an alias."""
        zone, name = key
        known = self._zone(zone)
        names = known.names
        candidates = known.bodies_like(name)
        fuller = [pk for pk in candidates if same_body(name, names[pk], zone)]
        if fuller:
            longest = max(fuller, key=lambda pk: len(names[pk]))
            self._pinned[key] = longest
            if longest < 0:
                self._pinned_new.append(key)
            return self._row(longest, zone)
        shorter = [pk for pk in candidates if same_body(names[pk], name, zone)]
        if not shorter:
            return None
        department = self._row(shorter[0], zone)
        self._insert_new()  # what the page made so far goes first, as without `batched`
        if rename_department(department, name):
            known.named(department.pk, name)
        else:  # it keeps its name; the full one finds it from now on (if nobody holds it)
            self._pinned[key] = department.pk
            self._add_aliases(department, [name])
        return department

    def _row(self, pk, zone):
        """The run's instance of a department of `zone`: made from what the zone holds,
        its other fields read only if asked for (ingest asks for none): a query each
        would cost a run that meets thousands of known departments."""
        found = _used(self._rows, pk)
        if found is None:
            known = {"id": pk, "zone": zone, "name": self._zone(zone).names[pk]}
            fields = [f.attname for f in Department._meta.concrete_fields if f.attname in known]
            values = [known[name] for name in fields]  # from_db takes them in the model's order
            found = self._rows[pk] = Department.from_db(Department.objects.db, fields, values)
        return found

    def _get_or_create(self, key, mention) -> Department:
        # The zone has no department of this name (`_by_name` said so): insert it, and
        # read it only if another writer made it meanwhile. get_or_create reads first,
        # a query for nothing per new name (real text names two new bodies an article).
        zone, name = key
        department = Department(zone=zone, name=name, kind=mention.kind, level=mention.level)
        if self._batched:
            self._made += 1
            department.pk = -self._made  # a stand-in until `flush`
            self._new[department.pk] = department
        else:
            _insert_one(department)
        self._zone(zone).named(department.pk, department.name)
        self._rows[department.pk] = department
        return department

    def flush(self) -> None:
        """Insert the departments made since the last flush (`batched`), in the order they
        were made (their pks as one INSERT each would number them). A page's mentions
        take their pks from the instances `get` gave (archive.articlerows.NewRows)."""
        self._insert_new()

    def _insert_new(self) -> None:
        made = list(self._new.items())
        if made:
            self._insert_departments(made)
        if self._new_aliases:
            self._insert_aliases()

    def _insert_aliases(self) -> None:
        pending, self._new_aliases = self._new_aliases, []
        added = aliases.add_free_together([(department, name) for _z, department, name in pending])
        added = {(id(department), name) for department, name in added}
        for known, department, name in pending:
            known.alias_inserted(name, department.pk, (id(department), name) in added)

    def _insert_departments(self, made) -> None:
        self._new.clear()
        for _stand_in, department in made:
            department.pk = None
        try:
            with transaction.atomic():
                Department.objects.bulk_create([department for _stand_in, department in made])
        except IntegrityError:  # another writer took a name meanwhile: one at a time
            for _stand_in, department in made:
                department.pk = None
                department._state.adding = True
                _insert_one(department)
        moved = {stand_in: department.pk for stand_in, department in made}
        for stand_in, department in made:  # the caches' order of use left as it is
            known = self._zones.get(department.zone)
            if known is not None:
                known.rekey(stand_in, department.pk, department.name)
            if stand_in in self._rows:
                self._rows[department.pk] = self._rows.pop(stand_in)
        for known, name in self._stand_ins:
            known.resolved[name] = moved.get(known.resolved[name], known.resolved[name])
        for key in self._pinned_new:
            self._pinned[key] = moved.get(self._pinned[key], self._pinned[key])
        self._stand_ins.clear()
        self._pinned_new.clear()

    def _add_aliases(self, department, names):
        """Record the names as aliases, but those another department of the zone holds
        stay its own (aliases.add_free); each name is tried once a run, and the
        department's own name never (most printed forms are the name itself)."""
        known = self._zone(department.zone)
        tried = known.printed.setdefault(department.pk, set())
        # A name the zone knows already (this department's own or alias, or another's)
        # needs no query: add_free would record nothing.
        new = [name for name in names if name not in tried and known.pk_of(name) is None]
        tried.update(names)
        if new and self._batched:  # inserted at the page's end (`flush`), in this order
            for name in aliases.unheld_new(department, new):
                known.aliased(department.pk, name)
                self._new_aliases.append((known, department, name))
            return
        if new:  # nobody in the zone holds them: the zone knows every alias it has
            for name in aliases.add_free(department, new, unheld=True):
                known.aliased(department.pk, name)

    def trim(self):
        """After a stored page: forget the rows and the zones least recently used beyond
        the bound (a row is read again by key when next named, a zone whole)."""
        _trim(self._rows, self._size)
        _trim(self._zones, self._zones_kept)

    def forget(self):
        self._zones.clear()
        self._pinned.clear()
        self._rows.clear()
        self._new.clear()
        self._new_aliases.clear()
        self._stand_ins.clear()
        self._pinned_new.clear()


def _insert_one(department) -> None:
    """Insert `department` in a savepoint of its own; if another writer made its name
    meanwhile, take that row's pk instead (the instance stands for it from now on)."""
    try:
        with transaction.atomic():
            department.save(force_insert=True)
    except IntegrityError:
        theirs = Department.objects.filter(zone=department.zone, name=department.name).first()
        if theirs is None:  # another constraint: the page fails, and says so
            raise
        department.pk, department.kind, department.level = theirs.pk, theirs.kind, theirs.level
        department._state.adding = False


class _Zone:
    """A zone's departments (pk → name) and the aliases they go by, as read when the run
    meets it and kept up to date with what the run adds; the names the run resolved in
    it, and the printed forms it tried as aliases (each once while the zone is kept).

    It also files each name under the keys `same_body` can hold two names to be one
    body by: its name without the zone's words (高新投控集团 → 投控集团), and that
    name's head (集团). A new name was compared with every name of the zone, an
    abbreviation's regular expression each: on 5 000 articles of real text half of the
    ingest's time, and more the more departments the archive knows."""

    def __init__(self, zone: str, rows=(), aliases=()):
        """`rows`: the zone's departments as (pk, name), oldest first; `aliases`: its
        aliases as (name, department pk)."""
        self.zone = zone
        self.names: dict[int, str] = {}
        self._order: dict[int, int] = {}  # pk → when `names` got it: its iteration order
        self._bodies: dict[tuple[str, str], set[int]] = {}
        # Each name without the zone's words (the `bare` of its keys, the same str):
        # a frozenset of its characters was 728 bytes a department of seven or more,
        # and a paper's own zones gather departments with the archive.
        self._bare: dict[int, str] = {}
        self.resolved: dict[str, int] = {}  # printed name → department, this run
        self.printed: dict[int, set[str]] = {}  # department → forms tried as aliases
        for pk, name in rows:
            self._file(pk, name)
        self._aliases: dict[str, int] = dict(aliases)
        self._by_name = {name: pk for pk, name in self.names.items()}

    @classmethod
    def read(cls, zones) -> dict[str, "_Zone"]:
        """{zone: _Zone} for these zones, each read whole, in two queries."""
        rows, aliases = {zone: [] for zone in zones}, {zone: [] for zone in zones}
        # Names only, oldest first: the order a run that made them met them in, so that a
        # zone read again offers its bodies in the same order (`bodies_like`).
        departments = Department.objects.filter(zone__in=zones).order_by("pk")
        for zone, pk, name in departments.values_list("zone", "pk", "name"):
            rows[zone].append((pk, name))
        named = DepartmentAlias.objects.filter(zone__in=zones)
        for zone, name, pk in named.values_list("zone", "name", "department_id"):
            aliases[zone].append((name, pk))
        return {zone: cls(zone, rows[zone], aliases[zone]) for zone in zones}

    def _keys(self, name: str):
        """The keys two names must share for `same_body` to hold them one body: the
        same name without the zone's words, or (an abbreviation) the same head; and
        the name without the zone's words."""
        bare = _without_zone_words(name, self.zone)
        found = orgnames.head(bare)
        keys = (("bare", bare), ("head", found)) if found else (("bare", bare),)
        return keys, bare

    def _file(self, pk: int, name: str) -> None:
        old = self.names.get(pk)
        if old is not None:
            for key in self._keys(old)[0]:
                self._bodies[key].discard(pk)
        self._order.setdefault(pk, len(self._order))
        self.names[pk] = name
        keys, self._bare[pk] = self._keys(name)
        for key in keys:
            self._bodies.setdefault(key, set()).add(pk)

    def bodies_like(self, name: str) -> list[int]:
        """The departments `same_body` may hold one body with `name`, either way round:
        every one it holds so, in the order of `names`, and few others. An
        abbreviation keeps only characters of the full name (orgnames.abbreviates:
        each word leaves its first character or all, or goes), so the characters of
        one name without the zone's words are among the other's: a set comparison
        instead of a regular expression for each department of the head (局 heads a
        thousand in a zone of 20 000 articles)."""
        keys, bare = self._keys(name)
        found = set().union(*(self._bodies.get(key, ()) for key in keys))
        chars, known = frozenset(bare), self._bare
        # Either's characters among the other's (superset first: it reads the str as
        # it is, where a subset test makes a set of it).
        return sorted(
            (pk for pk in found if chars.issuperset(known[pk]) or chars.issubset(known[pk])),
            key=self._order.__getitem__,
        )

    def pk_of(self, name: str) -> int | None:
        return self._by_name.get(name) or self._aliases.get(name)

    def named(self, pk: int, name: str) -> None:
        old = self.names.get(pk)
        if old and old != name:  # a rename: the old name stays the department's alias
            self._aliases[old] = pk
        self._file(pk, name)
        self._by_name[name] = pk

    def aliased(self, pk: int, name: str) -> None:
        self._aliases.setdefault(name, pk)

    def alias_inserted(self, name: str, pk: int, added: bool) -> None:
        """`name`, recorded as an alias of department `pk` (or of its stand-in), is in
        the database now (`added`), or another writer took it meanwhile."""
        held = self._aliases.get(name)
        if held is not None and (held < 0 or held == pk):
            if added:
                self._aliases[name] = pk
            else:
                del self._aliases[name]

    def rekey(self, old: int, new: int, name: str) -> None:
        """The department filed under the stand-in `old` (named `name`, unrenamed) is `new`
        now that it is inserted (DepartmentResolver, `batched`)."""
        self.names.pop(old)
        self.names[new] = name
        self._order[new] = self._order.pop(old)
        self._bare[new] = self._bare.pop(old)
        for key in self._keys(name)[0]:
            bodies = self._bodies[key]
            bodies.discard(old)
            bodies.add(new)
        if self._by_name.get(name) == old:
            self._by_name[name] = new
        if old in self.printed:
            self.printed[new] = self.printed.pop(old)


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
