"""Is the search index whole and up to date, and how to repair it: the Whoosh index on
disk, or an external engine's (search/elastic.py) for what it can tell (missing,
stale, queue, failing searches).

The database is the source of truth; the index can always be rebuilt from it. A check
finds (`find_problems`):

- missing: no index where the settings point;
- corrupt: opening or reading it raises, a postings file is shorter than its term
  table says (`deep` also reads every posting), or the
  searches readers run fail on it (sorted by date, limited by dates, with facets);
- stale: articles missing from it, or deleted articles still in it, not counting
  those waiting in the queue; or queue rows older than `max_queue_age` minutes
  (nobody is applying the queue).

`repair` rebuilds a missing or corrupt index, re-indexes just the differing articles of
a stale one (readers keep the rest meanwhile), and applies the queue. `manage.py
check_index` runs both.
"""

import datetime
import shutil
from collections.abc import Callable

from django.utils import timezone
from haystack import connections

from archive.models import Article
from archive.years import FIRST_YEAR, LAST_YEAR

from .models import PendingIndexUpdate
from .queries import ParsedQuery
from .queue import BATCH_SIZE, enqueue, process_queue
from .whoosh.backend import ChineseWhooshSearchBackend
from .whoosh.integrity import Damaged


class QueueFailed(Exception):
    """Applying the index queue after a repair raised."""


def is_checkable(backend):
    """Whether this module knows `backend`: the Whoosh index on disk, or an engine that
    lists what it holds (`indexed_pks`)."""
    if isinstance(backend, ChineseWhooshSearchBackend):
        return backend.use_file_storage
    return hasattr(backend, "indexed_pks")


def find_problems(backend, deep=False, max_queue_age=10):
    """[(kind, message)]: kind is missing, corrupt, stale or queue."""
    try:
        if not backend.exists():
            return [("missing", f"no search index in {backend.path}")]
        backend.setup()
    except getattr(backend, "unavailable_errors", ()):
        raise  # an engine that does not answer is not a damaged index
    except Exception as exc:  # a damaged table of contents fails already here
        return [("corrupt", f"{backend.path}: {type(exc).__name__}: {exc}")]
    try:
        differing = compare(backend, deep)
        probe_searches(backend)
    except Damaged as exc:
        return [("corrupt", f"{backend.path}: {exc}")]
    problems = []
    if differing:
        problems.append(
            (
                "stale",
                f"{len(differing)} article(s) missing from the index or deleted but still "
                "in it (not counting the queued ones)",
            )
        )
    cutoff = timezone.now() - datetime.timedelta(minutes=max_queue_age)
    old = PendingIndexUpdate.objects.filter(queued_at__lt=cutoff).count()
    if old:
        problems.append(
            (
                "queue",
                f"{old} update(s) queued more than {max_queue_age} minutes ago: no web "
                "worker or cron job is applying the queue (manage.py process_index_queue)",
            )
        )
    return problems


def repair(backend, problems, rebuild=False, report: Callable[[str], None] = lambda line: None):
    """Repair what `find_problems` found, or rebuild whatever it found; apply the queue.

    A missing or corrupt index (or `rebuild`) is rebuilt from the database; a stale one
    gets just its differing articles queued. `report` is called with a line per step.
    Raises `QueueFailed` if the queue cannot be applied.
    """
    kinds = {kind for kind, _message in problems}
    if rebuild or kinds & {"missing", "corrupt"}:
        count = rebuild_index(backend)
        report(f"rebuilt the search index from the database: {count} article(s)")
    elif "stale" in kinds:
        differing = compare(backend)
        enqueue(differing)
        report(f"{len(differing)} article(s) queued for the search index")
    # Rows queued before a rebuild are applied again, which is harmless.
    try:
        applied = process_queue(wait=True)
    except Exception as exc:  # e.g. an article the index cannot take: say which
        raise QueueFailed(f"applying the index queue failed: {exc!r}") from exc
    report(f"{applied} queued update(s) applied")


def compare(backend, deep=False):
    """The pks of the articles that the index has wrong.

    While we hold the writer's lock nobody applies the queue, so every article is
    indexed or still queued. Articles are read before the queue: one saved in between
    is in neither list, not in the articles only (it would look missing).
    """
    with backend.writing():
        indexed = backend.indexed_pks(deep)
        stored = set(Article.objects.values_list("pk", flat=True))
        queued = set(PendingIndexUpdate.objects.values_list("article_id", flat=True))
    return sorted((stored ^ indexed) - queued)


def probe_searches(backend):
    """Run over every document what readers run: both date sorts, a date range and every
    facet. A fault there (a column value of the wrong kind, as undated batches once
    left) answers every such search with a 503 while every file reads well."""
    everything = ParsedQuery()
    dates = {"start": datetime.date(FIRST_YEAR, 1, 1), "end": datetime.date(LAST_YEAR, 12, 31)}
    index = connections["default"].get_unified_index().get_index(Article)
    facets = [name for name, f in index.fields.items() if f.field_type in ("exact", "names")]
    try:
        if hasattr(backend, "searcher"):
            backend.searcher()  # opened afresh: what a worker would open now
        for sort in ("newest", "oldest"):
            backend.run_search(everything, {}, sort=sort, limit=1, facets=facets)
        backend.run_search(everything, dates, sort="newest", limit=1)
    except getattr(backend, "unavailable_errors", ()):
        raise
    except Exception as exc:
        raise Damaged(f"searches fail: {type(exc).__name__}: {exc}") from exc


def rebuild_index(backend):
    """Write every article into an empty index, holding the writer's lock; return the count.

    Readers see the index fill up meanwhile (`repair` of a stale index avoids that).
    """
    try:
        backend.setup()
    except Exception:
        if not isinstance(backend, ChineseWhooshSearchBackend):
            raise
        # Too damaged to open even to take its lock (`writing()` opens it): clear it first.
        shutil.rmtree(backend.path, ignore_errors=True)
    index = connections["default"].get_unified_index().get_index(Article)
    with backend.writing():
        backend.delete_index()
        pks = list(Article.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(pks), BATCH_SIZE):
            batch = Article.objects.filter(pk__in=pks[start : start + BATCH_SIZE])
            backend.apply(index, list(index.load(batch)), [])
    return len(pks)


def summary():
    """(articles in the database, updates queued), for the report of a sound index."""
    return Article.objects.count(), PendingIndexUpdate.objects.count()
