"""haystack's Elasticsearch 7 backend, made to read Chinese with a stock Elasticsearch.

Overrides, relative to `haystack.backends.elasticsearch7_backend`:

- `DEFAULT_SETTINGS`: haystack's default analyzer is English snowball, which finds no
  Chinese word. Full-text fields are indexed as CJK single characters *and* bigrams
  (Lucene's `cjk_bigram` filter, built into every Elasticsearch, no plugin) and
  searched as bigrams, so a word or phrase matches wherever its characters stand in
  a row, and a single character (焦) finds itself.
- `FIELD_MAPPINGS`: our `exact` and `names` fields (search_indexes.py) become
  `keyword`s for filters, field queries and facets.
- `build_search_kwargs`: count every match, not the first 10 000.
- `_prepare_object`: text and title are folded (traditional → simplified, full-width →
  ASCII) as `search.queries` folds what readers type; Elasticsearch cannot.

Added: the calls every engine answers (search/engine.py). A parsed query becomes a
haystack `SearchQuerySet` (`search_query_set`) asking what `search.whoosh.translate`
asks Whoosh; writes go through haystack's `update()` and `remove()`.
"""

import functools
import operator
from pathlib import Path

from django.conf import settings
from haystack.backends.elasticsearch7_backend import (
    Elasticsearch7SearchBackend,
    Elasticsearch7SearchEngine,
)
from haystack.inputs import Exact
from haystack.query import SQ, SearchQuerySet

from archive.models import Article

from .analyzer import fold, words
from .locks import file_lock
from .queries import NAME_QUERIED, TEXT_FIELDS, Outcome, credit_term, filter_terms

INDEX_ANALYZER = "baokan_cjk_index"
SEARCH_ANALYZER = "baokan_cjk_search"
# Values counted per facet: haystack asks Elasticsearch for 10 unless told; the search
# page shows 12.
FACET_SIZE = 20


def _cjk_analyzer(unigrams):
    return {
        "type": "custom",
        "tokenizer": "standard",
        "filter": [
            "cjk_width",
            "lowercase",
            "baokan_cjk_unigrams" if unigrams else "baokan_cjk_bigrams",
        ],
    }


class ChineseElasticsearchBackend(Elasticsearch7SearchBackend):
    DEFAULT_SETTINGS = {
        "settings": {
            "analysis": {
                "analyzer": {
                    INDEX_ANALYZER: _cjk_analyzer(unigrams=True),
                    SEARCH_ANALYZER: _cjk_analyzer(unigrams=False),
                },
                "filter": {
                    # Indexed: each character and each pair, the pair at its first
                    # character's position. Searched: pairs only (a lone character
                    # stays itself), so 污染源 is the phrase 污染 染源.
                    "baokan_cjk_unigrams": {"type": "cjk_bigram", "output_unigrams": True},
                    "baokan_cjk_bigrams": {"type": "cjk_bigram", "output_unigrams": False},
                },
            },
        },
    }
    DEFAULT_FIELD_MAPPING = {
        "type": "text",
        "analyzer": INDEX_ANALYZER,
        "search_analyzer": SEARCH_ANALYZER,
    }
    FIELD_MAPPINGS = {
        **Elasticsearch7SearchBackend.FIELD_MAPPINGS,
        "exact": {"type": "keyword"},
        "names": {"type": "keyword"},
        "all_names": {"type": "keyword"},
    }

    def build_schema(self, fields):
        content_field_name, mapping = super().build_schema(fields)
        for field_mapping in mapping.values():
            # haystack turns unindexed text into a keyword and drops only its analyzer.
            if field_mapping["type"] == "keyword":
                field_mapping.pop("search_analyzer", None)
        return content_field_name, mapping

    def build_search_kwargs(self, query_string, **kwargs):
        search_kwargs = super().build_search_kwargs(query_string, **kwargs)
        # Elasticsearch 7 stops counting at 10 000 unless asked; pages need the total.
        search_kwargs["track_total_hits"] = True
        return search_kwargs

    def _prepare_object(self, index, obj):
        doc = super()._prepare_object(index, obj)
        for name, field in index.fields.items():
            if field.field_type == "string" and isinstance(doc.get(name), str):
                doc[name] = fold(doc[name])
        return doc

    # -- the engine's calls (search/engine.py) ----------------------------------------

    def run_search(self, parsed, filters, sort="relevance", offset=0, limit=20, facets=()):
        """One page of results for a `ParsedQuery` and a `SearchForm`'s filters: the
        page, the total and the facet counts in one request."""
        sqs = search_query_set(parsed, filters, sort, facets, using=self.connection_alias)
        page = sqs[offset : offset + limit] if limit else []
        counts = sqs.facet_counts().get("fields", {}) if facets else {}
        return Outcome(
            pks=[int(result.pk) for result in page],
            total=sqs.count(),
            facets={name: [tuple(item) for item in counts.get(name, [])] for name in facets},
        )

    def vocabulary(self, fieldname, prefix, lengths=None):
        """None listed: the bigram index holds no words to correct a query with, so
        the page with no results offers no 您是不是要找 on Elasticsearch (README)."""
        return []

    def similar(self, article, limit=5):
        """Up to `limit` pks of articles like `article`: Elasticsearch's more_like_this."""
        sqs = SearchQuerySet(using=self.connection_alias).models(Article).more_like_this(article)
        return [int(result.pk) for result in sqs[:limit]]

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


class ChineseElasticsearchEngine(Elasticsearch7SearchEngine):
    backend = ChineseElasticsearchBackend


# -- a parsed query as a SearchQuerySet --------------------------------------------------


def search_query_set(parsed, filters, sort="relevance", facets=(), using="default"):
    """The haystack `SearchQuerySet` asking what `search.whoosh.translate` asks Whoosh."""
    sqs = SearchQuerySet(using=using).models(Article)
    for group in parsed.groups():  # each group must match, any clause of it (OR)
        conditions = [c for c in map(clause_sq, group) if c is not None]
        if conditions:
            sqs = sqs.filter(functools.reduce(operator.or_, conditions))
    for clause in parsed.negative:
        if (condition := clause_sq(clause)) is not None:
            sqs = sqs.exclude(condition)
    for name, value in filter_terms(filters):
        sqs = sqs.filter(**{name: Exact(value, clean=True)})
    # Dates are indexed as midnight, so both ends include their day.
    if filters.get("start"):
        sqs = sqs.filter(date__gte=filters["start"])
    if filters.get("end"):
        sqs = sqs.filter(date__lte=filters["end"])
    for name in facets:
        sqs = sqs.facet(name, size=FACET_SIZE)
    if sort == "newest":
        sqs = sqs.order_by("-date")
    elif sort == "oldest":
        sqs = sqs.order_by("date")
    return sqs


def clause_sq(clause):
    """An `SQ` for one clause; None when it holds no word.

    Unquoted text needs each of its words somewhere, a quoted phrase all in a row.
    Each word is sent as an exact phrase: the engine's analyzer cuts it into its
    characters' pairs, which must stand in a row, however the page's text was cut.
    """
    if clause.field in TEXT_FIELDS:
        field = "content" if clause.field == "text" else "title"
        parts = [clause.text] if clause.phrase else words(clause.text)
        parts = [part for part in parts if part.strip()]
        if not parts:
            return None
        condition = SQ(**{field: Exact(parts[0], clean=True)})
        for part in parts[1:]:
            condition &= SQ(**{field: Exact(part, clean=True)})
        return condition
    if clause.field in ("column", "publication"):
        # Indexed as printed: what was typed, or its folded form.
        condition = None
        for value in dict.fromkeys((clause.raw, clause.text)):
            one = SQ(**{clause.field: Exact(value, clean=True)})
            condition = one if condition is None else condition | one
        return condition
    if clause.role:
        return SQ(credit=Exact(credit_term(clause.role, clause.text), clean=True))
    field = NAME_QUERIED.get(clause.field, clause.field)
    return SQ(**{field: Exact(clause.text, clean=True)})
