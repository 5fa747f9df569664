"""`/healthz`: does the database answer, does the search index answer?

For a load balancer or a monitor: 200 when both answer, 503 otherwise, with a small
JSON body. It is cheap and writes nothing: one COUNT on the index queue, and a search
for a word that no page prints, through the index's open searcher. Errors name only
the kind of failure; the details go to the log, not to whoever asks.
"""

import logging

from django.db import DatabaseError
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from haystack import connections
from whoosh.query import Term

from search.models import PendingIndexUpdate

log = logging.getLogger(__name__)


@never_cache
def healthz(request):
    report = {"database": "ok", "search_index": _index_status(), "pending_index_updates": None}
    try:
        report["pending_index_updates"] = PendingIndexUpdate.objects.count()
    except DatabaseError as exc:
        log.error("healthz: the database does not answer: %s", exc)
        report["database"] = f"error: {type(exc).__name__}"
    healthy = report["database"] == "ok" and report["search_index"] == "ok"
    return JsonResponse(report, status=200 if healthy else 503)


def _index_status():
    backend = connections["default"].get_backend()
    try:
        if hasattr(backend, "execute"):  # our Whoosh backend, with its open searcher
            if backend.searcher() is None:
                return "error: no index (run manage.py check_index --fix)"
            # What a search does, for a word no page prints: it reads the table of
            # contents, the term table and the columns (cached until the index changes).
            backend.execute(Term("text", "healthz"), limit=1)
            # A postings file cut short opens well and fails only the words at its end.
            if backend.short_postings():
                return "error: damaged index files (run manage.py check_index --fix)"
        else:  # another engine, configured in HAYSTACK_CONNECTIONS
            connections["default"].get_query().get_count()
    except Exception as exc:  # a damaged index raises whatever its reader trips on
        log.error("healthz: the search index does not answer: %r", exc)
        return f"error: {type(exc).__name__}"
    return "ok"
