"""Index updates go through a queue so that a reader's request never writes.

Whoever changes articles (ingest, staff edits) sends `articles_changed`; the receiver
only records the pks. One writer at a time applies the queue: whoever takes the
writer's lock (the engine's `writing()`) drains it. In gunicorn every worker runs a
daemon thread that tries every second and gives way at once if another holds the lock;
`manage.py process_index_queue` does the same from cron or a test; an ingest hands
its runs to `indexing.py`.
"""

import contextlib
import gc
import logging
import os
import threading
import time

from django.conf import settings
from django.db import DatabaseError, close_old_connections
from haystack import connections

from archive.models import Article

from . import engine
from .locks import IndexBusy
from .models import PendingIndexUpdate

log = logging.getLogger(__name__)

BATCH_SIZE = 500
# A bulk load (ingest, process_index_queue --bulk) writes bigger segments: Whoosh then
# merges less. Costs about 270 MB more on real text while it runs (480 before the
# pool kept postings as columns), so the web workers' thread keeps to BATCH_SIZE.
BULK_BATCH_SIZE = 2000
BULK_LIMIT_MB = 512
# The follower beside an ingest starts a batch once this many are queued, and takes
# up to a bulk batch: waiting for a full one left its core idle while the ingest
# stored its first 2000 articles (a fifth of a 5 000-article load's time). While it
# indexes, the queue grows: when indexing is the slower half, its batches are full.
FOLLOW_AT_LEAST = BATCH_SIZE


def health():
    """The search app's part of /healthz: does the engine answer, how much is queued."""
    try:
        pending = PendingIndexUpdate.objects.count()
    except DatabaseError:  # the report's "database" entry says so
        pending = None
    return {"search_index": engine.ping(), "pending_index_updates": pending}


def enqueue(pks):
    PendingIndexUpdate.objects.bulk_create(
        [PendingIndexUpdate(article_id=pk) for pk in dict.fromkeys(pks)]
    )


def on_articles_changed(sender, changed=(), removed=(), **kwargs):
    enqueue([*changed, *removed])


def process_queue(*, using="default", wait=False, bulk=False, at_least=1):
    """Apply every queued update; return how many articles were applied.

    Returns None without waiting if another writer holds the lock (unless `wait`).
    Stops when fewer than `at_least` are left (see `follow`).
    """
    backend = engine.backend(using)
    index = connections[using].get_unified_index().get_index(Article)
    batch_size = BULK_BATCH_SIZE if bulk else BATCH_SIZE
    limitmb = BULK_LIMIT_MB if bulk else 128
    applied = 0
    try:
        with backend.writing(wait=wait):
            while True:
                rows = list(
                    PendingIndexUpdate.objects.order_by("pk").values_list("pk", "article_id")[
                        :batch_size
                    ]
                )
                if not rows or len(rows) < at_least:
                    break
                pks = {article_id for _row, article_id in rows}
                with collector_paused():
                    objects = list(index.load(Article.objects.filter(pk__in=pks)))
                    gone = pks - {obj.pk for obj in objects}
                    removed = [engine.identifier(Article, pk) for pk in gone]
                    backend.apply(index, objects, removed, limitmb=limitmb)
                    del objects
                # Exactly the rows read: one queued meanwhile is applied next round.
                PendingIndexUpdate.objects.filter(pk__in=[row for row, _id in rows]).delete()
                applied += len(pks)
    except IndexBusy:
        return None
    return applied


@contextlib.contextmanager
def collector_paused():
    """Python's cycle collector off while a batch is loaded and applied, and one
    collection after it.

    A batch makes millions of objects that live until its commit (the articles,
    their terms and postings): the collector walked them again and again, some 3 000
    times for a bulk batch of 2000 articles of real text, a fifth of the indexing
    process's CPU, and found next to nothing, since they are freed by their counts
    when the batch ends. The collection after it frees what cycles the batch left."""
    if not gc.isenabled():  # someone else's choice: leave it
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        # The youngest generation holds all the batch made (nothing was collected
        # meanwhile): a full collection would walk every long-lived object as well.
        gc.collect(0)


def follow(stop, *, using="default", interval=0.5):
    """Apply the queue in bulk batches while another process fills it.

    An ingest of many pages runs this in a second process (`process_index_queue
    --follow`), so that parsing and indexing use a core each. Waits while fewer than
    FOLLOW_AT_LEAST are queued; once `stop` is set (the ingest ended), applies what is
    left.
    Returns (articles applied, seconds spent applying them, waits excluded).
    """
    applied = 0
    busy = 0.0
    while not stop.is_set():
        started = time.perf_counter()
        done = process_queue(using=using, wait=True, bulk=True, at_least=FOLLOW_AT_LEAST)
        if done:
            applied += done
            busy += time.perf_counter() - started
        else:
            stop.wait(interval)
    started = time.perf_counter()
    applied += process_queue(using=using, wait=True, bulk=True) or 0
    return applied, busy + time.perf_counter() - started


def log_failure(exc):
    """A failed attempt to apply the queue, which is tried again: an engine that does
    not answer in a line (it would say so every second), anything else with its
    traceback."""
    if isinstance(exc, engine.unavailable_errors()):
        log.error("applying the search index queue failed; retrying: %s", engine.failure(exc))
    else:
        log.error("applying the search index queue failed; retrying", exc_info=exc)


def serve(stop: threading.Event, interval: float = 1.0) -> int:
    """Apply the queue every `interval` seconds until `stop` is set: the index writer as
    a process of its own (`process_index_queue --serve`, under its own systemd unit), so
    that web workers only queue. Returns how many articles it applied."""
    applied = 0
    while not stop.is_set():
        try:
            if PendingIndexUpdate.objects.exists():
                applied += process_queue(wait=False) or 0
        except Exception as exc:
            log_failure(exc)
        finally:
            close_old_connections()
        stop.wait(interval)
    return applied


class QueueWorker(threading.Thread):
    """Polls the queue from inside a web worker; never blocks on another writer."""

    def __init__(self, interval):
        super().__init__(name="search-index-queue", daemon=True)
        self.interval = interval
        self.stopping = threading.Event()

    def run(self):
        while not self.stopping.wait(self.interval):
            try:
                if PendingIndexUpdate.objects.exists():
                    process_queue(wait=False)
            except Exception as exc:
                log_failure(exc)
            finally:
                close_old_connections()

    def stop(self):
        self.stopping.set()


_worker = None
_worker_pid = None
_worker_lock = threading.Lock()


def ensure_worker():
    """Start this process's queue thread unless it runs (after a fork it does not)."""
    global _worker, _worker_pid
    if _worker is not None and _worker_pid == os.getpid() and _worker.is_alive():
        return _worker
    with _worker_lock:
        if _worker is None or _worker_pid != os.getpid() or not _worker.is_alive():
            _worker = QueueWorker(getattr(settings, "HAYSTACK_QUEUE_INTERVAL", 1.0))
            _worker_pid = os.getpid()
            _worker.start()
    return _worker


def on_request_started(sender, environ=None, **kwargs):
    # Only under gunicorn: the test client and the test live server must not get a
    # thread that writes to whatever index the settings name.
    if (
        environ
        and "gunicorn.socket" in environ
        and getattr(settings, "HAYSTACK_QUEUE_WORKER", True)
    ):
        ensure_worker()
