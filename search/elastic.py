"""haystack's Elasticsearch 7 backend, made to read Chinese the way the Whoosh index does.

Proved against a real OpenSearch 2.19 node (the Elasticsearch 7 API) in
tests/search/external/. Overrides, relative to
`haystack.backends.elasticsearch7_backend`:

- `__init__`: the client (elasticsearch-py 7.17) refuses any server that is not
  Elastic's own since 7.14; that check is switched off, so OpenSearch answers too.
  (7.13, the last release without the check, cannot be imported beside numpy 2.)
- Terms: `search.analyzer` is the single source of terms for every engine. The engine
  never cuts Chinese itself: `_prepare_object` sends each full-text field as the
  terms `search.analyzer.index_positions` gives Whoosh, already cut, one position
  after another (`pre_analysed`), and the engine's `baokan_terms` analyzer only
  reads them back at the same positions (no Elasticsearch plugin is needed). Queries
  are cut by the same module (`words`) and sent the same way.
- `FIELD_MAPPINGS`: our `exact` and `names` fields (search_indexes.py) become
  `keyword`s for filters, field queries and facets.
- `build_search_kwargs`: count every match, not the first 10 000; send a parsed
  query's DSL (`ChineseSearchQuery.dsl`) in place of haystack's query string.
- `_prepare_object`: full-text fields are sent pre-analysed (above); names are folded
  by search_indexes.py, columns and papers are kept as printed.

Added: the calls every engine answers (search/engine.py). A parsed query becomes
OpenSearch's query DSL asking what `search.whoosh.translate` asks Whoosh
(`elastic_dsl.py`: match_phrase for words, span queries for 正文: and proximity), sent
through a haystack
`SearchQuerySet` (`search_query_set`) that pages, sorts and counts facets; writes go
through haystack's `update()` and `remove()`.
"""

import logging
from pathlib import Path

import elasticsearch
import elasticsearch.helpers
from django.conf import settings
from haystack.backends.elasticsearch7_backend import (
    Elasticsearch7SearchBackend,
    Elasticsearch7SearchEngine,
    Elasticsearch7SearchQuery,
)
from haystack.query import SearchQuerySet

from archive.models import Article

from .analyzer import PART_GAP, fold, index_positions, words
from .elastic_dsl import POSITION_SEPARATOR, items_dsl
from .locks import file_lock
from .queries import (
    Outcome,
    filter_terms,
)
from .whoosh.similar import COMMON_FLOOR, COMMON_SHARE, KEY_TERMS


class _OneLine(logging.Filter):
    """The client logs every failed request with its traceback: a node that is down
    would fill a command's output and the log with them. One line says as much."""

    def filter(self, record):
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            detail = " ".join(str(error).split())[:300]
            record.msg = f"{record.getMessage()}: {type(error).__name__}: {detail}"
            record.args = ()
            record.exc_info = record.exc_text = None
        return True


logging.getLogger("elasticsearch").addFilter(_OneLine())

TERMS_ANALYZER = "baokan_terms"
# Values counted per facet: haystack asks Elasticsearch for 10 unless told; the search
# page shows 12.
FACET_SIZE = 20
# How deep a reader may page: Elasticsearch refuses from + size beyond the index's
# max_result_window (10 000 unless set). Whoosh pages as deep as the results go.
MAX_RESULT_WINDOW = 100_000
# What separates positions (POSITION_SEPARATOR, elastic_dsl.py: queries are written
# the same way) and the terms of one position in a pre-analysed field, and marks a
# position left empty (punctuation: a phrase never bridges it). None can be part of a
# term: `search.analyzer` keeps only words with a letter, digit or Chinese character,
# cut from blocks that hold neither a space nor a bar, and its marks hold neither.
TERM_SEPARATOR = "|"
GAP = "|"


def pre_analysed(value):
    """`value` as the terms `search.analyzer` indexes, for the `baokan_terms` analyzer:
    positions separated by spaces, the terms of one position (a word, the dictionary
    words and characters inside it) by bars, an empty position as a lone bar.

    An article's parts (analyzer.PART_GAP empty positions apart) are a list of values,
    which the engine puts the same gap between (`position_increment_gap`): 1001 lone
    bars a part would have tripled what is sent for an article of 20 names."""
    at = {}
    for term, positions in index_positions(value).items():
        for position in positions:
            at.setdefault(position, []).append(term)
    if not at:
        return ""
    values, current, last = [], [], -1
    for position in sorted(at):
        empty = position - last - 1
        if current and empty >= PART_GAP:  # the engine's gap, then what is left of it
            values.append(POSITION_SEPARATOR.join(current))
            current, empty = [], empty - PART_GAP
        current += [GAP] * empty
        current.append(TERM_SEPARATOR.join(at[position]))
        last = position
    values.append(POSITION_SEPARATOR.join(current))
    return values[0] if len(values) == 1 else values


class ChineseElasticsearchBackend(Elasticsearch7SearchBackend):
    # What the client raises when the engine does not answer or refuses a request: the
    # commands say so in a sentence (the queue keeps its rows), not with a traceback.
    unavailable_errors = (elasticsearch.TransportError,)

    DEFAULT_SETTINGS = {
        "settings": {
            "index": {"max_result_window": MAX_RESULT_WINDOW},
            "analysis": {
                "analyzer": {
                    TERMS_ANALYZER: {
                        "type": "custom",
                        "tokenizer": "baokan_positions",
                        "filter": ["baokan_gaps", "baokan_terms"],
                        # Between the values of a field, as between an article's parts
                        # in Whoosh (pre_analysed).
                        "position_increment_gap": PART_GAP,
                    },
                },
                "tokenizer": {
                    # One token a position ...
                    "baokan_positions": {"type": "pattern", "pattern": POSITION_SEPARATOR},
                },
                "filter": {
                    # ... an empty one dropped, which leaves its position empty ...
                    "baokan_gaps": {"type": "stop", "stopwords": [GAP], "ignore_case": False},
                    # ... and each term of a position emitted at that position.
                    "baokan_terms": {
                        "type": "pattern_capture",
                        "preserve_original": False,
                        "patterns": ["([^|]+)"],
                    },
                },
            },
        },
    }
    DEFAULT_FIELD_MAPPING = {"type": "text", "analyzer": TERMS_ANALYZER}
    FIELD_MAPPINGS = {
        **Elasticsearch7SearchBackend.FIELD_MAPPINGS,
        "exact": {"type": "keyword"},
        "names": {"type": "keyword"},
        "all_names": {"type": "keyword"},
    }

    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        # elasticsearch-py 7.14+ asks the server who it is before the first request and
        # refuses OpenSearch; the API it speaks is the same.
        self.conn.transport._verified_elasticsearch = True

    # -- what check_index asks (search/indexcheck.py) --------------------------------

    @property
    def path(self):
        """Where the index is, for check_index's messages (never a password)."""
        hosts = [c.host for c in self.conn.transport.connection_pool.connections]
        return f"index {self.index_name!r} at {', '.join(hosts)}"

    def exists(self):
        return bool(self.conn.indices.exists(index=self.index_name))

    def indexed_pks(self, deep=False):
        """The pks of every article in the index (`deep` is Whoosh's)."""
        self.conn.indices.refresh(index=self.index_name)
        hits = elasticsearch.helpers.scan(
            self.conn,
            index=self.index_name,
            query={"query": {"term": {"django_ct": "archive.article"}}, "_source": ["django_id"]},
            size=5000,
        )
        return {int(hit["_source"]["django_id"]) for hit in hits}

    def delete_index(self):
        """Drop the index; the next write makes it anew with the mapping."""
        self.clear()

    def build_schema(self, fields):
        content_field_name, mapping = super().build_schema(fields)
        for field_mapping in mapping.values():
            # haystack turns unindexed text into a keyword and drops only its analyzer.
            if field_mapping["type"] == "keyword":
                field_mapping.pop("search_analyzer", None)
        return content_field_name, mapping

    def build_search_kwargs(self, query_string, dsl=None, **kwargs):
        search_kwargs = super().build_search_kwargs(query_string, **kwargs)
        # Elasticsearch 7 stops counting at 10 000 unless asked; pages need the total.
        search_kwargs["track_total_hits"] = True
        if dsl is not None:  # a parsed query's (ChineseSearchQuery), in place of haystack's
            query = search_kwargs["query"]
            if "bool" in query and "must" in query["bool"]:
                query["bool"]["must"] = dsl
            else:
                search_kwargs["query"] = dsl
        for order in search_kwargs.get("sort", []):
            # An index written before 版次 was indexed has no mapping for it, which
            # Elasticsearch refuses to sort by: there, every article has none.
            if "page_number" in order:
                order["page_number"]["unmapped_type"] = "long"
        return search_kwargs

    def _prepare_object(self, index, obj):
        doc = super()._prepare_object(index, obj)
        for name, field in index.fields.items():
            value = doc.get(name)
            if field.field_type == "string" and isinstance(value, str):
                doc[name] = pre_analysed(value) if field.indexed else fold(value)
            elif field.field_type == "exact" and value == "":
                # Whoosh indexes no term for an empty value (an article with no column);
                # Elasticsearch would count "" as a column of its own.
                del doc[name]
        return doc

    # -- the engine's calls (search/engine.py) ----------------------------------------

    def run_search(self, parsed, filters, sort="relevance", offset=0, limit=20, facets=()):
        """One page of results for a `ParsedQuery` and a `SearchForm`'s filters: the
        page, the total and the facet counts in one request."""
        sqs = search_query_set(parsed, filters, sort, facets, using=self.connection_alias)
        # Elasticsearch refuses a page past max_result_window; there, a page is empty
        # (search/README.md, what differs) and the total still counts every match.
        end = min(offset + limit, MAX_RESULT_WINDOW)
        page = sqs[offset:end] if limit and offset < end else []
        counts = sqs.facet_counts().get("fields", {}) if facets else {}
        return Outcome(
            pks=[int(result.pk) for result in page],
            total=sqs.count(),
            facets={name: [tuple(item) for item in counts.get(name, [])] for name in facets},
        )

    def vocabulary(self, fieldname, prefix, lengths=None):
        """None listed yet: the page with no results offers no 您是不是要找 on
        Elasticsearch (README's list of what differs)."""
        return []

    def frequencies(self, fieldname, terms):
        """None looked up yet, as `vocabulary` lists none (README's list of what differs)."""
        return {}

    def similar(self, article, limit=5):
        """Up to `limit` pks of articles like `article`: Elasticsearch's more_like_this,
        asked for what `search.whoosh.similar` weighs (haystack's own call takes
        Elasticsearch's defaults, which need a word five times in the archive and
        twice in the article: nothing in a small archive)."""
        if not self.setup_complete:
            self.setup()
        text = "\n".join(p for p in (article.title, article.title, article.body) if p)
        terms = [w for w in words(text) if len(w) > 1 and not w.isdigit()]
        if not terms:
            return []
        total = self.conn.count(index=self.index_name)["count"]
        query = {
            "bool": {
                "must": {
                    "more_like_this": {
                        "fields": ["text"],
                        # The article's whole words, as Whoosh weighs them; the
                        # engine's analyzer reads them back one term each.
                        "like": POSITION_SEPARATOR.join(terms),
                        "max_query_terms": KEY_TERMS,
                        "min_term_freq": 1,
                        # Only this article: says nothing about the others.
                        "min_doc_freq": 2,
                        "max_doc_freq": int(max(COMMON_FLOOR, total * COMMON_SHARE)),
                        "minimum_should_match": 1,
                    }
                },
                "filter": {"term": {"django_ct": "archive.article"}},
                "must_not": {"ids": {"values": [f"archive.article.{article.pk}"]}},
            }
        }
        found = self.conn.search(
            index=self.index_name, body={"query": query, "_source": ["django_id"]}, size=limit
        )
        return [int(hit["_source"]["django_id"]) for hit in found["hits"]["hits"]]

    def ping(self):
        """None when Elasticsearch answers a count (it raises otherwise)."""
        SearchQuerySet(using=self.connection_alias).count()
        return None

    def writing(self, wait=True):
        """Hold the lock of the one writer applying the queue; `IndexBusy` if held and
        not `wait`.

        Elasticsearch takes several writers, but the queue still needs one: two workers
        applying batches that overlap could each load an article, and the older copy
        could be sent last and stay. A file in DATA_DIR serialises the workers of one
        machine; with several machines, one applies the queue (README, Growing beyond
        one machine).
        """
        return file_lock(Path(settings.DATA_DIR) / "search-queue.lock", wait)

    def apply(self, index, objects, removed_identifiers, limitmb=128):
        """Index `objects` and delete `removed_identifiers` (`limitmb` is Whoosh's)."""
        removed_identifiers = list(removed_identifiers)
        for number, identifier in enumerate(removed_identifiers, 1):
            # Make the changes visible once, with the last write.
            last = not objects and number == len(removed_identifiers)
            self.remove(identifier, commit=last)
        if objects:
            self.update(index, objects, commit=True)


# -- a parsed query, asked through haystack ----------------------------------------------


class ChineseSearchQuery(Elasticsearch7SearchQuery):
    """haystack's query, carrying the query DSL built below (`dsl`), which the backend
    sends in place of haystack's query string: span queries (正文:) have no query
    string syntax. Paging, sorting, facets and counts stay haystack's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.dsl = None

    def _clone(self, klass=None, using=None):
        clone = super()._clone(klass=klass, using=using)
        clone.dsl = self.dsl
        return clone

    def build_params(self, *args, **kwargs):
        params = super().build_params(*args, **kwargs)
        if self.dsl is not None:
            params["dsl"] = self.dsl
        return params


def search_query_set(parsed, filters, sort="relevance", facets=(), using="default"):
    """The haystack `SearchQuerySet` asking what `search.whoosh.translate` asks Whoosh."""
    sqs = SearchQuerySet(using=using).models(Article)
    for name in facets:
        sqs = sqs.facet(name, size=FACET_SIZE)
    if sort == "newest":
        sqs = sqs.order_by("-date")
    elif sort == "oldest":
        sqs = sqs.order_by("date")
    elif sort == "page":  # 版次, then newest; none of either sorts last, as on Whoosh
        sqs = sqs.order_by("page_number", "-date")
    asked = items_dsl(parsed)
    wanted = [{"term": {name: value}} for name, value in filter_terms(filters)]
    # Dates are indexed as midnight, so both ends include their day.
    dates = {}
    if filters.get("start"):
        dates["gte"] = filters["start"].isoformat()
    if filters.get("end"):
        dates["lte"] = filters["end"].isoformat()
    if dates:
        wanted.append({"range": {"date": dates}})
    sqs.query.dsl = {"bool": {"must": [asked or {"match_all": {}}], "filter": wanted}}
    return sqs


class ChineseElasticsearchEngine(Elasticsearch7SearchEngine):
    backend = ChineseElasticsearchBackend
    query = ChineseSearchQuery
