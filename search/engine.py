"""Searching and writing the index through whichever engine the settings name.

Our Whoosh backend (search/backends.py) is asked directly: Whoosh queries built by
`search.queries`, its own `execute()`, and writes under its file lock. Any other
haystack backend (Elasticsearch, see search/elastic.py and search/config.py) gets a
`SearchQuerySet` built from the same parsed query, and takes writes through haystack's
`update()` and `remove()`, still from one writer at a time (see `writing`).
"""

import logging
from pathlib import Path

from django.conf import settings
from haystack import connections
from haystack.inputs import Exact
from haystack.query import SQ, SearchQuerySet
from haystack.utils import get_identifier
from whoosh import query as wq

from archive.models import Article

from . import queries
from .analyzer import fold, words
from .locks import file_lock
from .whoosh.backend import ChineseWhooshSearchBackend, Outcome

log = logging.getLogger(__name__)

FILTER_FIELDS = ("year", "publication", "column", "person", "department")
# Values counted per facet: haystack's Elasticsearch counts 10 unless asked, the view
# shows 12. Each engine names the option differently.
FACET_SIZE = 20
FACET_SIZE_OPTION = {"elasticsearch": "size", "solr": "limit"}


def is_whoosh(backend):
    return isinstance(backend, ChineseWhooshSearchBackend)


def run_search(parsed, filters, sort="relevance", offset=0, limit=20, facets=(), using="default"):
    """One page of results for a `ParsedQuery` and a `SearchForm`'s filters.

    `sort` is "relevance", "newest" or "oldest"; `facets` names the fields to count.
    """
    backend = connections[using].get_backend()
    if is_whoosh(backend):
        whoosh = queries.to_whoosh(parsed)
        return backend.execute(
            whoosh.ranked if whoosh.ranked is not None else wq.Every(),
            match=whoosh.match,
            exclude=whoosh.exclude,
            filters=queries.filter_queries(filters),
            sort=sort,
            offset=offset,
            limit=limit,
            facets=list(facets),
        )
    sqs = search_query_set(parsed, filters, sort, facets, using=using)
    page = sqs[offset : offset + limit] if limit else []
    counts = sqs.facet_counts().get("fields", {}) if facets else {}
    return Outcome(
        pks=[int(result.pk) for result in page],
        total=sqs.count(),
        facets={name: [tuple(item) for item in counts.get(name, [])] for name in facets},
    )


def search_query_set(parsed, filters, sort="relevance", facets=(), using="default"):
    """The haystack `SearchQuerySet` asking what `search.queries.to_whoosh` asks Whoosh."""
    sqs = SearchQuerySet(using=using).models(Article)
    for clause in parsed.positive:
        if (condition := clause_sq(clause)) is not None:
            sqs = sqs.filter(condition)
    for clause in parsed.negative:
        if (condition := clause_sq(clause)) is not None:
            sqs = sqs.exclude(condition)
    for name in FILTER_FIELDS:
        if value := filters.get(name):
            folded = fold(value) if name in ("person", "department") else value
            sqs = sqs.filter(**{name: Exact(folded, clean=True)})
    # Dates are indexed as midnight, so both ends include their day.
    if filters.get("start"):
        sqs = sqs.filter(date__gte=filters["start"])
    if filters.get("end"):
        sqs = sqs.filter(date__lte=filters["end"])
    options = _facet_options(connections[using].get_backend())
    for name in facets:
        sqs = sqs.facet(name, **options)
    if sort == "newest":
        sqs = sqs.order_by("-date")
    elif sort == "oldest":
        sqs = sqs.order_by("date")
    return sqs


def more_like_this(article, limit=5, using="default"):
    """Up to `limit` articles like `article`, from an engine other than our Whoosh.

    haystack's `more_like_this` (Elasticsearch's query of that name); `search.similar`
    answers for Whoosh. The article page must render while the engine is down.
    """
    try:
        sqs = SearchQuerySet(using=using).models(Article).more_like_this(article)
        pks = [int(result.pk) for result in sqs[:limit]]
    except Exception:  # whatever the engine's client raises: a timeout, a refusal
        log.exception("more like this: the search engine did not answer")
        return []
    found = Article.objects.with_issue().in_bulk(pks)
    return [found[pk] for pk in pks if pk in found and pk != article.pk]


def clause_sq(clause):
    """An `SQ` for one clause; None when it holds no word.

    Unquoted text needs each of its words somewhere, a quoted phrase all in a row.
    Each word is sent as an exact phrase: the engine's analyzer cuts it into its
    characters' pairs, which must stand in a row, however the page's text was cut.
    """
    if clause.field in ("text", "title"):
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
    return SQ(**{clause.field: Exact(clause.text, clean=True)})


def _facet_options(backend):
    for klass in type(backend).__mro__:
        for family, option in FACET_SIZE_OPTION.items():
            if klass.__module__.startswith(f"haystack.backends.{family}"):
                return {option: FACET_SIZE}
    return {}


# -- writing --------------------------------------------------------------------------


def writing(backend, wait=True):
    """Hold the lock of the one writer applying the queue; `IndexBusy` if held and not `wait`.

    Whoosh locks its own files. Other engines take several writers, but the queue
    still needs one: two workers applying batches that overlap could each load an
    article, and the older copy could be sent last and stay. A file in DATA_DIR
    serialises the workers of one machine; with several machines, one applies the
    queue (README, Growing beyond one machine).
    """
    if is_whoosh(backend):
        return backend.writing(wait=wait)
    return file_lock(Path(settings.DATA_DIR) / "search-queue.lock", wait)


def apply(backend, index, objects, removed_identifiers, limitmb=128):
    """Index `objects` and delete `removed_identifiers`, through any haystack backend."""
    if is_whoosh(backend):
        backend.apply(index, objects, removed_identifiers, limitmb=limitmb)
        return
    removed_identifiers = list(removed_identifiers)
    for number, identifier in enumerate(removed_identifiers, 1):
        # Make the changes visible once, with the last write.
        last = not objects and number == len(removed_identifiers)
        backend.remove(identifier, commit=last)
    if objects:
        backend.update(index, objects, commit=True)


def identifier(model, pk):
    """haystack's id for an article that may no longer exist ("archive.article.7")."""
    return get_identifier(f"{model._meta.app_label}.{model._meta.model_name}.{pk}")
