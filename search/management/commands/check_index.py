"""`manage.py check_index`: is the search index whole and up to date? `--fix` repairs it.

The database is the source of truth; the index can always be rebuilt from it. Found:

- missing: no index where the settings point;
- corrupt: opening or reading it raises (`--deep` also reads every posting);
- stale: articles missing from it, or deleted articles still in it, not counting
  those waiting in the queue; or queue rows older than `--max-queue-age` minutes
  (nobody is applying the queue).

`--fix` rebuilds a missing or corrupt index, re-indexes just the differing articles of
a stale one (readers keep the rest meanwhile), and applies the queue. `--rebuild`
rebuilds from the database whatever the check finds (after a restore). The command
exits non-zero while a problem is found and not fixed, so cron can mail it. The work
is done in `search/indexcheck.py`.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from haystack import connections

from search import engine, indexcheck


class Command(BaseCommand):
    help = (
        "Check that the search index exists, can be read and matches the database; with "
        "--fix repair what is found, with --rebuild rebuild it from the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="repair the problems found")
        parser.add_argument(
            "--rebuild", action="store_true", help="rebuild the whole index from the database"
        )
        parser.add_argument(
            "--deep", action="store_true", help="also read every posting (slow on a big index)"
        )
        parser.add_argument(
            "--max-queue-age",
            type=int,
            default=10,
            metavar="MINUTES",
            help="queued updates older than this mean nobody applies the queue (default 10)",
        )

    def handle(self, *args, fix=False, rebuild=False, deep=False, max_queue_age=10, **options):
        backend = connections["default"].get_backend()
        if not indexcheck.is_checkable(backend):
            raise CommandError(
                "check_index knows the Whoosh index on disk and Elasticsearch; for another "
                "search engine use `manage.py rebuild_index`."
            )
        started = time.monotonic()
        try:
            self.check_and_repair(backend, fix, rebuild, deep, max_queue_age, started, options)
        except engine.unavailable_errors() as exc:
            raise CommandError(
                f"the search engine does not answer ({engine.failure(exc)}); nothing was checked"
            ) from None

    def check_and_repair(self, backend, fix, rebuild, deep, max_queue_age, started, options):
        problems = indexcheck.find_problems(backend, deep, max_queue_age)
        for kind, message in problems:
            self.stderr.write(f"{kind}: {message}")
        if rebuild or (fix and problems):
            try:
                indexcheck.repair(backend, problems, rebuild, report=self.stdout.write)
            except indexcheck.QueueFailed as exc:
                raise CommandError(str(exc)) from exc
            problems = indexcheck.find_problems(backend, deep, max_queue_age)
            for kind, message in problems:
                self.stderr.write(f"still {kind}: {message}")
        if problems:
            hint = "" if fix or rebuild else "; run with --fix to repair"
            raise CommandError(f"{len(problems)} problem(s) with the search index{hint}")
        if options["verbosity"] >= 1:
            articles, queued = indexcheck.summary()
            self.stdout.write(
                f"search index ok: it matches the {articles} article(s) in the "
                f"database, {queued} update(s) queued "
                f"({time.monotonic() - started:.1f}s)"
            )
