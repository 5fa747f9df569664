"""The one door to the search engine the settings name (BAOKAN_SEARCH_URL, config.py).

haystack builds the connection's backend: ours for Whoosh (search/whoosh/backend.py)
or for Elasticsearch (search/elastic.py). Each answers the same calls, listed in
`Engine`; each translates the parsed query (`search.queries`) itself. The rest of
search/ asks through the functions below, or through the backend's `writing` and
`apply` (the queue, the only writer).
"""

import logging
from typing import Protocol

from haystack import connections
from haystack.utils import get_identifier

from archive.models import Article

log = logging.getLogger(__name__)


class Engine(Protocol):
    """What each engine's haystack backend answers, besides haystack's own calls."""

    def run_search(self, parsed, filters, sort="relevance", offset=0, limit=20, facets=()):
        """One page of results (`Outcome`) for a `ParsedQuery` and a `SearchForm`'s
        filters; `sort` is "relevance", "newest", "oldest" or "page" (版次, then newest); `facets` names the
        fields to count."""

    def vocabulary(self, fieldname, prefix, lengths=None):
        """[(term, document count)] for the indexed terms of `fieldname` that start
        with `prefix`, of a length in `lengths`; [] where the engine cannot list them."""

    def frequencies(self, fieldname, terms):
        """{term: document count} for those of `terms` indexed in `fieldname`; {}
        where the engine cannot list its words."""

    def similar(self, article, limit=5):
        """The pks of up to `limit` articles like `article`, best first."""

    def ping(self):
        """None when the engine answers a search, else what is wrong; or it raises."""

    def writing(self, wait=True):
        """A context manager: the lock of the one writer applying the queue
        (`search.locks.IndexBusy` if it is held and not `wait`)."""

    def apply(self, index, objects, removed_identifiers, limitmb=128):
        """Index `objects` and delete `removed_identifiers`, under `writing()`."""


def backend(using="default") -> Engine:
    return connections[using].get_backend()


def run_search(parsed, filters, sort="relevance", offset=0, limit=20, facets=(), using="default"):
    """One page of results for a `ParsedQuery` and a `SearchForm`'s filters."""
    return backend(using).run_search(
        parsed, filters, sort=sort, offset=offset, limit=limit, facets=facets
    )


def vocabulary(fieldname, prefix, lengths=None, using="default"):
    """The index's own words of `fieldname` starting with `prefix` (for corrections),
    with how many articles hold each; [] while the engine cannot answer."""
    try:
        return backend(using).vocabulary(fieldname, prefix, lengths)
    except Exception:  # a damaged index file: a correction is not worth an error page
        log.exception("vocabulary: the search engine did not answer")
        return []


def frequencies(fieldname, terms, using="default"):
    """{term: how many articles hold it} for those of `terms` that are words of the
    index (for corrections, many looked up at once); {} while the engine cannot answer."""
    try:
        return backend(using).frequencies(fieldname, list(terms))
    except Exception:  # a damaged index file: a correction is not worth an error page
        log.exception("frequencies: the search engine did not answer")
        return {}


def more_like_this(article, limit=5, using="default"):
    """Up to `limit` other articles like `article`, best first; none while the engine
    cannot answer (the article page must render whatever state it is in)."""
    try:
        pks = backend(using).similar(article, limit)
    except Exception:  # a damaged index file or an engine's client: whatever it raises
        log.exception("more like this: the search engine did not answer")
        return []
    found = Article.objects.with_issue().without_source_texts().in_bulk(pks)
    return [found[pk] for pk in pks if pk in found and pk != article.pk]


def ping(using="default"):
    """ "ok" when the engine answers a search, else "error: …" naming only the kind of
    failure (for /healthz; the details go to the log)."""
    try:
        problem = backend(using).ping()
    except Exception as exc:  # a damaged index raises whatever its reader trips on
        log.error("the search engine does not answer: %r", exc)
        return f"error: {type(exc).__name__}"
    return f"error: {problem}" if problem else "ok"


def unavailable_errors(using="default"):
    """What the engine's client raises when the engine does not answer or refuses a
    request (an external engine's); () for Whoosh, whose errors stay tracebacks."""
    return getattr(backend(using), "unavailable_errors", ())


def failure(exc):
    """An engine's error in one line, for a command's message: its kind and the first
    200 characters of what it says (never a traceback)."""
    detail = " ".join(str(exc).split())
    if len(detail) > 200:
        detail = detail[:200] + "…"
    return f"{type(exc).__name__}: {detail}"


def identifier(model, pk):
    """haystack's id for an article that may no longer exist ("archive.article.7")."""
    return get_identifier(f"{model._meta.app_label}.{model._meta.model_name}.{pk}")
