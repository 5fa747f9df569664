"""The other names people and departments go by (PersonAlias, DepartmentAlias rows).

An alias names one person, and one department within its zone: the database holds that
rule. `holders` says who already holds some names, so a form can say so; `add` records
names for a merge or rename, which must keep every name or none (`AliasTaken`);
`add_free` records those nobody holds, as ingest does with the forms a page prints;
`rename` gives a record a new name and keeps the old one as an alias, or changes
nothing. A writer that loses a race for a name meets the database's IntegrityError,
which `add` and `add_free` turn into the same refusal or skip.
"""

from django.db import IntegrityError, transaction

from .models import Department, DepartmentAlias, Person, PersonAlias


class AliasTaken(Exception):
    """Names another record of the scope holds already; `taken` maps each to it."""

    def __init__(self, record, taken):
        self.record, self.taken = record, taken
        noun, same = ("人物", "同一人") if isinstance(record, Person) else ("单位", "同一单位")
        held = "、".join(f"“{name}”已是{noun}“{other}”的别名" for name, other in taken.items())
        held = held or "别名刚被另一处修改占用"  # a race whose winner is not visible yet
        super().__init__(f"{held}，不能再记为“{record}”的别名：若是{same}，请一并合并。")


def _rows(record):
    """The alias model, the holder's field name, and the fields of the record's scope."""
    if isinstance(record, Person):
        return PersonAlias, "person", {}
    if isinstance(record, Department):
        return DepartmentAlias, "department", {"zone": record.zone}
    raise TypeError(f"no aliases for {type(record).__name__}")


def names(record):
    """The record's aliases, in the order they were recorded."""
    return list(record.aliases.values_list("name", flat=True)) if record.pk else []


def holders(record, candidates):
    """{name: other record} for those of `candidates` another record of the scope holds."""
    model, holder, scope = _rows(record)
    rows = model.objects.filter(name__in=list(candidates), **scope).select_related(holder)
    if record.pk:
        rows = rows.exclude(**{holder: record})
    return {row.name: getattr(row, holder) for row in rows}


def _new(record, candidates, have=None):
    if not candidates:
        return []
    have = set(names(record)) if have is None else have
    new = []
    for name in candidates:
        name = (name or "").strip()
        if name and name != record.name and name not in have and name not in new:
            new.append(name)
    return new


def _row(record, name):
    model, holder, scope = _rows(record)
    return model(**{holder: record}, name=name, **scope)


def add(record, candidates):
    """Record `candidates` as aliases of `record`, in order, but not its own name or those
    it has; all of them, or none and AliasTaken if another record holds one."""
    new = _new(record, candidates)
    if not new:
        return []
    taken = holders(record, new)
    if not taken:
        try:
            with transaction.atomic():
                _rows(record)[0].objects.bulk_create([_row(record, name) for name in new])
            return new
        except IntegrityError:  # another writer recorded one of them meanwhile
            taken = holders(record, new)
    raise AliasTaken(record, taken)


def add_free(record, candidates, *, unheld=False):
    """Record those of `candidates` no other record holds; returns the names added.

    `unheld`: the caller knows that no record of the scope holds any of them, this one
    included (ingest reads a zone's every alias once): they are inserted without asking
    first, two queries a call, and one another writer took meanwhile is skipped all
    the same."""
    new = _new(record, candidates, have=set() if unheld else None)
    taken = holders(record, new) if new and not unheld else {}
    added = []
    for name in new:
        if name in taken:
            continue
        try:
            with transaction.atomic():
                _row(record, name).save()
        except IntegrityError:  # another writer recorded it meanwhile
            continue
        added.append(name)
    return added


def unheld_new(record, candidates):
    """Those of `candidates` `add_free(record, candidates, unheld=True)` would try."""
    return _new(record, candidates, have=set())


def add_free_together(pairs):
    """`add_free(record, [name], unheld=True)` for each (record, name) of `pairs` (names
    `unheld_new` gave, of one model's records, which have their pks now), in one INSERT;
    if another writer took one of them meanwhile, one at a time, each that still can.
    Returns the pairs recorded."""
    if not pairs:
        return []
    model = _rows(pairs[0][0])[0]
    try:
        with transaction.atomic():
            model.objects.bulk_create([_row(record, name) for record, name in pairs])
        return pairs
    except IntegrityError:
        return [(record, name) for record, name in pairs if add_free(record, [name], unheld=True)]


def drop(record, name):
    """Forget `name` as an alias of `record` (it became the record's own name)."""
    record.aliases.filter(name=name).delete()


def rename(record, name):
    """Call `record` `name`, keeping the name it had as an alias: both, or nothing
    (the record's name restored) and AliasTaken if another record of the scope holds
    the old name, or the database's IntegrityError if another writer took the new one."""
    old = record.name
    try:
        with transaction.atomic():
            record.name = name
            record.save(update_fields=["name"])
            drop(record, name)
            add(record, [old])
    except (AliasTaken, IntegrityError):
        record.name = old
        raise
