"""`/healthz`: does the database answer, and each service an app registers?

For a load balancer or a monitor: 200 when everything answers, 503 otherwise, with a
small JSON body. It is cheap and writes nothing. The search app registers its index
and the length of its queue (search/apps.py). Each entry is "ok", a count, or
"error: …" naming only the kind of failure; the details go to the log, not to whoever
asks.
"""

import logging

from django.db import DatabaseError
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from .models import Publication

log = logging.getLogger(__name__)

# name → a function of no arguments returning {entry: value} for the report.
_reporters = {}


def register(name, reporter):
    """Add what `reporter()` returns to every report (once per `name`)."""
    _reporters[name] = reporter


@never_cache
def healthz(request):
    report = {"database": _database_status()}
    for reporter in _reporters.values():
        report.update(reporter())
    healthy = not any(str(value).startswith("error") for value in report.values())
    return JsonResponse(report, status=200 if healthy else 503)


def _database_status():
    try:
        Publication.objects.exists()  # the smallest table: one cheap SELECT
    except DatabaseError as exc:
        log.error("healthz: the database does not answer: %s", exc)
        return f"error: {type(exc).__name__}"
    return "ok"
