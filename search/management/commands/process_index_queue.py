"""`manage.py process_index_queue`: apply queued index updates (cron, tests, after ingest)."""

import signal
import sys
import threading
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from search import engine
from search.models import PendingIndexUpdate
from search.queue import follow, process_queue, serve


class Command(BaseCommand):
    help = (
        "Apply the queued search index updates. Exits at once if another writer holds "
        "the index lock, unless --wait is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--wait", action="store_true", help="wait for the index lock instead of giving up"
        )
        parser.add_argument(
            "--bulk",
            action="store_true",
            help="write batches of 2000 articles (faster, ~270 MB more memory while it runs)",
        )
        parser.add_argument(
            "--follow",
            action="store_true",
            help=(
                "keep applying bulk batches while another process queues them, until "
                "standard input closes; then apply the rest (ingest runs this itself)"
            ),
        )

        parser.add_argument(
            "--serve",
            action="store_true",
            help=(
                "keep applying the queue every second until stopped (SIGTERM or SIGINT): "
                "the index writer as a service of its own, with web workers that only "
                "queue (BAOKAN_INDEX_QUEUE_WORKER=0; README, The search index and its queue)"
            ),
        )

    def handle(self, *args, wait=False, bulk=False, follow=False, **options):
        started = time.perf_counter()
        if options["serve"]:
            # It keeps trying: the queue's log says each failure in a line.
            applied, seconds = self._serve(), time.perf_counter() - started
        else:
            # An external engine that does not answer; Whoosh's errors stay tracebacks.
            # A follower that stops here leaves the rest to its ingest, which says so.
            try:
                if follow:
                    applied, seconds = self._follow()
                else:
                    applied = process_queue(wait=wait, bulk=bulk)
                    seconds = time.perf_counter() - started
            except engine.unavailable_errors() as exc:
                raise CommandError(unavailable_message(exc)) from None
        if applied is None:
            # Not a failure: the process holding the lock is applying the queue.
            self.stderr.write("another process is writing the search index and applies the queue")
            return
        if options["verbosity"] >= 1:
            self.stdout.write(f"{applied} article(s) updated in the search index in {seconds:.1f}s")

    @staticmethod
    def _serve():
        stop = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        return serve(stop, getattr(settings, "HAYSTACK_QUEUE_INTERVAL", 1.0))

    @staticmethod
    def _follow():
        stop = threading.Event()

        def wait_for_eof():
            sys.stdin.buffer.read()  # returns when the parent closes the pipe (or dies)
            stop.set()

        threading.Thread(target=wait_for_eof, daemon=True).start()
        return follow(stop)


def unavailable_message(exc):
    queued = PendingIndexUpdate.objects.count()
    return (
        f"the search engine did not take the updates ({engine.failure(exc)}); "
        f"{queued} update(s) stay queued: run manage.py process_index_queue when it answers"
    )
