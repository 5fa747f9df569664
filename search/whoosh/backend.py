"""haystack's Whoosh backend, made to read Chinese and to answer fast.

Overrides, relative to `haystack.backends.whoosh_backend`:

- `build_schema`: full-text fields use the jieba analyzer and store nothing; exact
  fields (publication, column, year) and name lists (people, departments) become
  untokenized fields with a column each, read once per index segment for facets;
  the lists of every name with aliases (`all_names`) are untokenized, without one.
- `searcher()`: one searcher kept open per backend (one per thread), refreshed only
  when the index's generation changed or it was rebuilt (`delete_index` marks it).
  haystack's own `search()` reopens every segment twice per query (~4.6x bare
  Whoosh); searches run through `execute()` instead, which evaluates a query a block
  of postings at a time (`matching.py`) and counts facets over numbered values
  (`facets.py`).

- Writes (`update`, `remove`, `clear`, `apply`) take an exclusive lock beside the index
  so that one writer at a time touches it, whichever process it runs in.

Added: the calls every engine answers (search/engine.py): `run_search` (a parsed
query, translated by `translate.py`), `vocabulary` (terms by prefix) and `frequencies`
(terms looked up at once), for corrections,
`similar`, `ping`, `writing` and `apply`.
"""

import heapq
import logging
import os
import threading
import uuid
from collections import Counter
from itertools import chain
from operator import itemgetter

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import DJANGO_ID, ID
from whoosh import fields as wf
from whoosh import query as wq
from whoosh.index import EmptyIndexError, exists_in

from search.analyzer import ChineseAnalyzer
from search.locks import file_lock
from search.queries import Outcome

from . import merging
from .bitsets import DocSet
from .columns import MULTI_VALUED, NO_DATE, SearcherValues
from .formats import CompactPositions
from .idfs import bound_idfs
from .integrity import read_everything, short_postings
from .matching import Evaluation
from .postings import Unsupported
from .segments import CompactIndex
from .similar import like_query
from .translate import filter_queries, to_whoosh

log = logging.getLogger(__name__)

# A file in the index folder that every rebuild writes anew (`delete_index`).
REBUILD_MARKER = "REBUILT"


class ChineseWhooshSearchBackend(WhooshSearchBackend):
    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self._searcher = None
        self._values = None
        self._segment_cache = {}
        self._short = None
        self._opened_mark = ""
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
            elif field_class.field_type == "all_names":  # queried, never counted
                fieldobj = wf.KEYWORD(commas=True)
            elif field_class.field_type in ("date", "datetime"):
                fieldobj = wf.DATETIME(sortable=True)
            elif field_class.field_type == "integer":
                # Unsigned: the column holds the number itself, and a missing one is the
                # column's default (all bits set), which sorts after every 版次.
                fieldobj = wf.NUMERIC(numtype=int, bits=32, signed=False, sortable=True)
            else:
                fieldobj = wf.TEXT(
                    analyzer=ChineseAnalyzer(), stored=False, field_boost=field_class.boost
                )
                fieldobj.format = CompactPositions(field_boost=field_class.boost)
            schema.add(name, fieldobj)
        return content_field_name, schema

    def delete_index(self):
        """Empty the index (every rebuild starts here) and mark it rebuilt.

        A rebuild starts the table of contents' generation again from nothing, so it
        may end at the very generation a worker has open: `up_to_date()` would then
        keep it on the old files (deleted, but still open) for ever. The marker is a
        token no rebuild repeats, which `searcher()` compares too.
        """
        super().delete_index()
        if self.use_file_storage:
            marker = os.path.join(self.path, REBUILD_MARKER)
            with open(f"{marker}.tmp", "w", encoding="ascii") as handle:
                handle.write(uuid.uuid4().hex)
            os.replace(f"{marker}.tmp", marker)  # readers see the old token or the new

    def _rebuild_mark(self):
        """The token of the index's last rebuild ("" for none, or while one empties it)."""
        if not self.use_file_storage:
            return ""
        try:
            with open(os.path.join(self.path, REBUILD_MARKER), encoding="ascii") as handle:
                return handle.read()
        except FileNotFoundError:
            return ""

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
            if not self.exists():
                return None
            self.setup()
        with self._refresh_lock:
            mark = self._rebuild_mark()
            if self._searcher is None:
                self._searcher = bound_idfs(self.index.searcher())
                self._values = None
                self._opened_mark = mark
            else:
                try:
                    if mark != self._opened_mark or not self._searcher.up_to_date():
                        self._searcher = self._fresh(self._searcher)
                        self._values = None
                        self._opened_mark = mark
                except (EmptyIndexError, OSError):
                    # A rebuild is swapping the files: answer from what is open.
                    log.warning("search index is being rebuilt; serving the open searcher")
            return self._searcher

    def _fresh(self, searcher):
        # Not `searcher.refresh()`: Whoosh-Reloaded 2.7.5's reader reuse appends the
        # old segments to the new ones, so a merged or updated document is counted
        # twice. Opening afresh costs little; the per-segment values are cached.
        fresh = bound_idfs(self.index.searcher())
        searcher.close()
        return fresh

    def state(self, searcher):
        """The `SearcherValues` of `searcher` (the open one), built once per searcher."""
        if self._values is None or self._values[0] is not searcher:
            self._values = (searcher, SearcherValues(searcher, self._segment_cache))
        return self._values[1]

    def values(self, searcher):
        return self.state(searcher).values

    def exists(self):
        """Whether there is an index where the settings point (a reader never makes one)."""
        return not self.use_file_storage or exists_in(self.path)

    def indexed_pks(self, deep=False):
        """The article pks in the index, read afresh from every file of it (`deep`: every
        posting too); `integrity.Damaged` if a file cannot be read."""
        return read_everything(self.index, deep)

    def short_postings(self):
        """The open index's postings files cut short (`integrity.py`), looked for
        once per searcher: a few bytes read per segment."""
        searcher = self.searcher()
        if searcher is None:
            return []
        if self._short is None or self._short[0] is not searcher:
            self._short = (searcher, short_postings(searcher))
        return self._short[1]

    # -- the engine's calls (search/engine.py) ----------------------------------------

    def run_search(self, parsed, filters, sort="relevance", offset=0, limit=20, facets=()):
        """One page of results for a `ParsedQuery` and a `SearchForm`'s filters."""
        whoosh = to_whoosh(parsed)
        return self.execute(
            whoosh.ranked if whoosh.ranked is not None else wq.Every(),
            match=whoosh.match,
            exclude=whoosh.exclude,
            filters=filter_queries(filters),
            sort=sort,
            offset=offset,
            limit=limit,
            facets=list(facets),
        )

    def vocabulary(self, fieldname, prefix, lengths=None):
        """[(term, documents that hold it)] for the terms of `fieldname` that start with
        `prefix` (not empty: a whole field's terms are too many to list) and whose
        length is in `lengths` (any when None), in the index's order."""
        searcher = self.searcher()
        if searcher is None or not prefix or fieldname not in searcher.schema:
            return []
        reader = searcher.reader()
        found = []
        for raw in reader.expand_prefix(fieldname, prefix):
            term = raw.decode("utf-8")
            if lengths is None or len(term) in lengths:
                found.append((term, reader.doc_frequency(fieldname, raw)))
        return found

    def frequencies(self, fieldname, terms):
        """{term: documents that hold it} for those of `terms` in `fieldname`."""
        searcher = self.searcher()
        if searcher is None or fieldname not in searcher.schema:
            return {}
        reader = searcher.reader()
        counts = ((term, reader.doc_frequency(fieldname, term)) for term in terms)
        return {term: count for term, count in counts if count}

    def similar(self, article, limit=5):
        """The pks of up to `limit` other articles most like `article`, best first."""
        query = like_query(article, self)
        return self.execute(query, limit=limit).pks if query is not None else []

    def ping(self):
        """None when the index answers a search; else what is wrong, for /healthz."""
        if self.searcher() is None:
            return "no index (run manage.py check_index --fix)"
        # What a search does, for a word no page prints: it reads the table of contents,
        # the term table and the columns (cached until the index changes).
        self.execute(wq.Term("text", "healthz"), limit=1)
        # A postings file cut short opens well and fails only the words at its end.
        if self.short_postings():
            return "damaged index files (run manage.py check_index --fix)"
        return None

    # -- Whoosh queries --------------------------------------------------------------

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
        (`run_search` translates a parsed query into these.)

        `match`, if given, selects the same documents as `query` without its
        optional (boosting) parts, to count them cheaply. `filters` are Whoosh
        queries every result must also match, `exclude` one none may match; `sort`
        is "relevance", "newest", "oldest" or "page". The queries are evaluated a block of
        postings at a time (`matching.py`); a query it does not know goes
        through Whoosh's own matchers, with the same results.
        """
        searcher = self.searcher()
        if searcher is None:
            return Outcome(pks=[], total=0, facets={name: [] for name in facets})
        state = self.state(searcher)
        request = (query, match, exclude, filters, sort, offset, limit, facets)
        try:
            evaluation = Evaluation(searcher, state.cache, dates=state.values["date"])
            return self._execute(evaluation, state, *request)
        except Unsupported as reason:
            log.debug("search through Whoosh's matchers: %s", reason)
            return self._execute_whoosh(searcher, state.values, *request)

    def _execute(
        self, evaluation, state, query, match, exclude, filters, sort, offset, limit, facets
    ):
        # Filters first: the query's phrases are then checked only where they pass.
        bits = evaluation.live()
        for filter_query in filters:
            bits = evaluation.docs(filter_query, bits) if bits else 0
        if bits:
            bits = evaluation.docs(match if match is not None else query, bits)
        if exclude is not None and bits:
            bits &= ~evaluation.docs(exclude, bits)
        docs = DocSet(bits, state.size)
        wanted = offset + limit
        if offset >= docs.count:
            order = []
        elif sort == "relevance":
            order = evaluation.top(query, docs, wanted)
        elif sort == "newest":
            dates = state.values["date"]
            # Of equal dates the higher document number first, as before.
            order = heapq.nlargest(wanted, reversed(docs.members()), key=dates.__getitem__)
        elif sort == "page":
            order = by_page(state.values, docs.members(), wanted)
        else:
            order = heapq.nsmallest(wanted, docs.members(), key=state.oldest_keys().__getitem__)
        pks = state.values[DJANGO_ID]
        counts = {name: self._facet_counts(state, name, docs) for name in facets}
        return Outcome(pks=[pks[d] for d in order[offset:wanted]], total=docs.count, facets=counts)

    def _facet_counts(self, state, name, docs):
        """`count_facet` for a `DocSet`, counted over the facet's value codes."""
        return state.facet(name).count(docs) if docs.count else []

    def _execute_whoosh(
        self, searcher, values, query, match, exclude, filters, sort, offset, limit, facets
    ):
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
        elif sort == "page":
            order = by_page(values, sorted(docs), wanted)
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

    def writing(self, wait=True):
        """Hold the index's write lock. With `wait=False` raise IndexBusy if it is held."""
        if not self.setup_complete:
            self.setup()
        return file_lock(f"{os.path.normpath(self.path)}.lock", wait)

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

    def apply(self, index, objects, removed_identifiers, limitmb=128):
        """Index `objects` and delete `removed_identifiers` in one commit.

        The caller holds `writing()`: this is the queue's single writer. The batch's
        postings are held in memory until the commit (`termpool.TermPool`: applying
        2000 articles of real text peaks about 270 MB above the process's start);
        `limitmb` bounds Whoosh's own sorting pool, used
        instead only for a schema with vectors or spelling words.
        """
        self.index = self.index.refresh()
        writer = self.index.writer(timeout=30, limitmb=limitmb)
        try:
            docs = []
            for obj in objects:
                doc = index.full_prepare(obj)
                doc.pop("boost", None)
                docs.append({k: self._from_python(v) for k, v in doc.items()})
            # One search for every old copy, then plain adds. `update_document` would
            # open a reader over every segment for each article (its delete_by_term).
            stale = [*removed_identifiers, *(doc[ID] for doc in docs)]
            if stale and self.index.doc_count_all():
                writer.delete_by_query(wq.Or([wq.Term(ID, identifier) for identifier in stale]))
            for doc in docs:
                writer.add_document(**doc)
            writer.commit(mergetype=merging.merge_tiers)
        except BaseException:
            if not writer.is_closed:
                writer.cancel()  # releases the lock; the index stays as it was
            raise


class ChineseWhooshEngine(WhooshEngine):
    backend = ChineseWhooshSearchBackend


def by_page(values, docs, wanted):
    """The first `wanted` of `docs` (document numbers, ascending) by 版次, then newest;
    no 版次 after every 版次, no date after every date, then by document number."""
    pages, dates = values["page_number"], values["date"]
    return heapq.nsmallest(
        wanted, docs, key=lambda d: (pages[d], -dates[d] if dates[d] != NO_DATE else 1)
    )
