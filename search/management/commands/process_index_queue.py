"""`manage.py process_index_queue`: apply queued index updates (cron, tests, after ingest)."""

from django.core.management.base import BaseCommand

from search.queue import process_queue


class Command(BaseCommand):
    help = (
        "Apply the queued search index updates. Exits at once if another writer holds "
        "the index lock, unless --wait is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--wait", action="store_true", help="wait for the index lock instead of giving up"
        )

    def handle(self, *args, wait=False, **options):
        applied = process_queue(wait=wait)
        if applied is None:
            # Not a failure: the process holding the lock is applying the queue.
            self.stderr.write("another process is writing the search index and applies the queue")
            return
        if options["verbosity"] >= 1:
            self.stdout.write(f"{applied} article(s) updated in the search index")
