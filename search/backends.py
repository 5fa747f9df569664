"""haystack's Whoosh backend, made to read Chinese and to answer fast.

Overrides, relative to `haystack.backends.whoosh_backend`:

- `build_schema`: full-text fields use the jieba analyzer and store nothing; exact
  fields (publication, column, year) and name lists (people, departments) become
  untokenized fields with a column each, read once per index segment for facets.
- `searcher()`: one searcher kept open per backend (one per thread), refreshed only
  when the index's generation changed. haystack's own `search()` reopens every
  segment twice per query (~4.6x bare Whoosh); `search.queries` runs through
  `execute()` instead.
- Writes (`update`, `remove`, `clear`, `apply`) take an exclusive lock beside the index
  so that one writer at a time touches it, whichever process it runs in.
"""

import fcntl
import heapq
import logging
import os
import sys
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import DJANGO_ID, ID
from haystack.utils import get_identifier
from whoosh import fields as wf
from whoosh.index import EmptyIndexError, exists_in

from .analyzer import ChineseAnalyzer
from .formats import CompactIndex, CompactPositions

log = logging.getLogger(__name__)

# Facet and filter fields, by how many values an article has.
SINGLE_VALUED = ("year", "publication", "column")
MULTI_VALUED = ("credit", "person", "department")
NO_DATE = -1
MISSING_DATE = 2**64 - 1


class IndexBusy(Exception):
    """Another writer holds the index lock (only raised when not waiting for it)."""


@dataclass
class Outcome:
    """One page of results: article pks in order, the total, and facet counts."""

    pks: list[int]
    total: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


class _SegmentValues:
    """Per-document values of one index segment, read once from its columns."""

    def __init__(self, reader):
        size = reader.doc_count_all()
        self.values = {}
        for name in (DJANGO_ID, "date", *SINGLE_VALUED, *MULTI_VALUED):
            if not reader.has_column(name):
                empty = () if name in MULTI_VALUED else None
                self.values[name] = [empty] * size
                continue
            raw = list(reader.column_reader(name, translate=False))
            if name == DJANGO_ID:
                self.values[name] = [int(v) if v else 0 for v in raw]
            elif name == "date":
                # Sortable integers in date order; a missing date is the column's
                # default (all bits set), which must sort before every real date.
                self.values[name] = [NO_DATE if v >= MISSING_DATE else v for v in raw]
            else:
                # One object per distinct value, not per document: a few papers and
                # years repeat a hundred thousand times.
                decode = _split if name in MULTI_VALUED else _text
                distinct = {v: decode(v) for v in set(raw)}
                self.values[name] = [distinct[v] for v in raw]


def _text(raw):
    return raw.decode("utf-8") if raw else None


def _split(raw):
    return tuple(sys.intern(s) for s in raw.decode("utf-8").split(",") if s) if raw else ()


class _SearcherValues:
    """Per-document values for a whole searcher, built from cached segments."""

    def __init__(self, searcher, cache):
        segments = {}
        self.values = {}
        for subsearcher, _offset in searcher.leaf_searchers():
            reader = subsearcher.reader()
            segid = reader.segment().segment_id() if reader.segment() else id(reader)
            segments[segid] = cache.get(segid) or _SegmentValues(reader)
            for name, values in segments[segid].values.items():
                self.values.setdefault(name, []).extend(values)
        cache.clear()
        cache.update(segments)


class ChineseWhooshSearchBackend(WhooshSearchBackend):
    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self._searcher = None
        self._values = None
        self._segment_cache = {}
        self._refresh_lock = threading.Lock()

    # -- schema ----------------------------------------------------------------------

    def build_schema(self, fields):
        content_field_name, schema = super().build_schema(fields)
        schema.remove(DJANGO_ID)
        # A column of pks: result pages never read stored documents.
        schema.add(DJANGO_ID, wf.ID(stored=True, sortable=True))
        for field_class in fields.values():
            name = field_class.index_fieldname
            schema.remove(name)
            if field_class.field_type == "exact":
                fieldobj = wf.ID(sortable=True)
            elif field_class.field_type == "names":
                fieldobj = wf.KEYWORD(commas=True, sortable=True)
            elif field_class.field_type in ("date", "datetime"):
                fieldobj = wf.DATETIME(sortable=True)
            else:
                fieldobj = wf.TEXT(
                    analyzer=ChineseAnalyzer(), stored=False, field_boost=field_class.boost
                )
                fieldobj.format = CompactPositions(field_boost=field_class.boost)
            schema.add(name, fieldobj)
        return content_field_name, schema

    def setup(self):
        super().setup()
        if self.use_file_storage:
            self.index = CompactIndex(self.storage, schema=self.schema)
        self._searcher = None
        self._values = None
        self._segment_cache = {}

    # -- reading ---------------------------------------------------------------------

    def searcher(self):
        """The open searcher, refreshed first if a writer committed since.

        None while no index exists: readers never create one (that is a writer's job,
        and a page rendered in a test must not make a `var/` index appear).
        """
        if not self.setup_complete:
            if self.use_file_storage and not exists_in(self.path):
                return None
            self.setup()
        with self._refresh_lock:
            if self._searcher is None:
                self._searcher = self.index.searcher()
                self._values = None
            else:
                try:
                    if not self._searcher.up_to_date():
                        self._searcher = self._fresh(self._searcher)
                        self._values = None
                except (EmptyIndexError, OSError):
                    # A rebuild is swapping the files: answer from what is open.
                    log.warning("search index is being rebuilt; serving the open searcher")
            return self._searcher

    def _fresh(self, searcher):
        # Not `searcher.refresh()`: Whoosh-Reloaded 2.7.5's reader reuse appends the
        # old segments to the new ones, so a merged or updated document is counted
        # twice. Opening afresh costs little; the per-segment values are cached.
        fresh = self.index.searcher()
        searcher.close()
        return fresh

    def values(self, searcher):
        if self._values is None or self._values[0] is not searcher:
            self._values = (searcher, _SearcherValues(searcher, self._segment_cache).values)
        return self._values[1]

    def execute(
        self,
        query,
        *,
        match=None,
        exclude=None,
        filters=(),
        sort="relevance",
        offset=0,
        limit=20,
        facets=(),
    ):
        """Run a Whoosh query: the page of pks in `sort` order, the total, facet counts.

        `match`, if given, selects the same documents as `query` without its
        optional (boosting) parts, to count them cheaply. `filters` are Whoosh
        queries every result must also match, `exclude` one none may match; `sort`
        is "relevance", "newest" or "oldest".
        """
        searcher = self.searcher()
        if searcher is None:
            return Outcome(pks=[], total=0, facets={name: [] for name in facets})
        values = self.values(searcher)
        docs = set(searcher.docs_for_query(match if match is not None else query))
        for filter_query in filters:
            if not docs:
                break
            docs.intersection_update(searcher.docs_for_query(filter_query))
        if exclude is not None and docs:
            docs.difference_update(searcher.docs_for_query(exclude))
        filtered = bool(filters) or exclude is not None
        total = len(docs)
        wanted = offset + limit
        if not docs or offset >= total:
            order = []
        elif sort == "relevance":
            hits = searcher.search(
                query, limit=wanted, filter=docs if filtered else None, terms=False
            )
            order = [hit.docnum for hit in hits]
        else:
            dates = values["date"]
            if sort == "newest":
                order = heapq.nlargest(wanted, docs, key=lambda d: (dates[d], d))
            else:
                order = heapq.nsmallest(
                    wanted, docs, key=lambda d: (dates[d] == NO_DATE, dates[d], d)
                )
        pks = values[DJANGO_ID]
        counts = {name: self.count_facet(values[name], docs, name) for name in facets}
        return Outcome(pks=[pks[d] for d in order[offset:wanted]], total=total, facets=counts)

    def top(self, query, limit):
        """The pks of the `limit` best matches, without counting them all."""
        searcher = self.searcher()
        if searcher is None:
            return []
        pks = self.values(searcher)[DJANGO_ID]
        return [pks[hit.docnum] for hit in searcher.search(query, limit=limit, terms=False)]

    def document_frequency(self, fieldname, text):
        searcher = self.searcher()
        if searcher is None:
            return 0, 0
        return searcher.doc_frequency(fieldname, text), searcher.doc_count()

    @staticmethod
    def count_facet(values, docs, name):
        if not docs:
            return []
        # itemgetter and Counter loop in C: a facet over 100 000 matches stays cheap.
        picked = itemgetter(*docs)(values) if len(docs) > 1 else (values[next(iter(docs))],)
        counter = Counter(chain.from_iterable(picked) if name in MULTI_VALUED else picked)
        counter.pop(None, None)
        return sorted(counter.items(), key=lambda item: (-item[1], item[0]))

    # -- writing ---------------------------------------------------------------------

    @contextmanager
    def writing(self, wait=True):
        """Hold the index's write lock. With `wait=False` raise IndexBusy if it is held."""
        if not self.setup_complete:
            self.setup()
        lock_path = f"{os.path.normpath(self.path)}.lock"
        os.makedirs(os.path.dirname(lock_path) or ".", exist_ok=True)
        with open(lock_path, "a+") as handle:
            flags = fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB
            try:
                fcntl.flock(handle, flags)
            except BlockingIOError:
                raise IndexBusy(lock_path) from None
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def update(self, index, iterable, commit=True):
        with self.writing():
            super().update(index, iterable, commit=commit)

    def remove(self, obj_or_string, commit=True):
        with self.writing():
            super().remove(obj_or_string, commit=commit)

    def clear(self, models=None, commit=True):
        with self.writing():
            super().clear(models=models, commit=commit)
        self._searcher = None

    def apply(self, index, objects, removed_identifiers):
        """Index `objects` and delete `removed_identifiers` in one commit.

        The caller holds `writing()`: this is the queue's single writer.
        """
        self.index = self.index.refresh()
        writer = self.index.writer(timeout=30)
        try:
            for identifier in removed_identifiers:
                writer.delete_by_term(ID, identifier)
            for obj in objects:
                doc = index.full_prepare(obj)
                doc.pop("boost", None)
                writer.update_document(**{k: self._from_python(v) for k, v in doc.items()})
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    @staticmethod
    def identifier(model, pk):
        return get_identifier(f"{model._meta.app_label}.{model._meta.model_name}.{pk}")


class ChineseWhooshEngine(WhooshEngine):
    backend = ChineseWhooshSearchBackend
