"""Names printed on pages → the people and departments of the archive, for one ingest
run: cached, and honouring the aliases staff left behind by merging."""

from .models import Department, Person


class PersonResolver:
    """Name → Person for one run, honouring aliases that staff recorded by merging."""

    def __init__(self):
        self._cache: dict[str, Person] = {}
        self._aliases: dict[str, int] | None = None

    def get(self, name: str) -> Person:
        if name not in self._cache:
            if self._aliases is None:
                self._aliases = {
                    alias: pk
                    for pk, aliases in Person.objects.exclude(aliases=[]).values_list(
                        "pk", "aliases"
                    )
                    for alias in aliases
                }
            pk = self._aliases.get(name)
            person = Person.objects.filter(pk=pk).first() if pk else None
            self._cache[name] = person or Person.objects.get_or_create(name=name)[0]
        return self._cache[name]

    def forget(self):
        """After a rolled-back page, cached rows may not exist."""
        self._cache.clear()
        self._aliases = None


class DepartmentResolver:
    """(zone, name) → Department for one run; a merged-away name resolves by alias."""

    def __init__(self):
        self._cache: dict[tuple[str, str], Department] = {}
        self._aliases: dict[tuple[str, str], int] | None = None

    def get(self, mention, zone: str) -> Department:
        key = (mention.zone or zone, mention.name)
        if key not in self._cache:
            department = self._by_alias(key) or self._get_or_create(key, mention)
            new_aliases = [
                a for a in mention.aliases if a not in department.aliases and a != department.name
            ]
            if new_aliases:
                department.aliases = department.aliases + new_aliases
                department.save(update_fields=["aliases"])
            self._cache[key] = department
        return self._cache[key]

    def _by_alias(self, key):
        if self._aliases is None:
            self._aliases = {
                (zone, alias): pk
                for pk, zone, aliases in Department.objects.exclude(aliases=[]).values_list(
                    "pk", "zone", "aliases"
                )
                for alias in aliases
            }
        pk = self._aliases.get(key)
        exact = Department.objects.filter(zone=key[0], name=key[1]).first()
        return exact or (Department.objects.filter(pk=pk).first() if pk else None)

    @staticmethod
    def _get_or_create(key, mention) -> Department:
        return Department.objects.get_or_create(
            zone=key[0], name=key[1], defaults={"kind": mention.kind, "aliases": mention.aliases}
        )[0]

    def forget(self):
        self._cache.clear()
        self._aliases = None
