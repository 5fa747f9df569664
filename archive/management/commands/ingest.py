"""`manage.py ingest PATH...`: read newspaper pages into the archive."""

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from archive.ingest import ingest
from archive.loadlog import add_seconds
from archive.manifest import ManifestError

PROGRESS_EVERY = 50
# From this many pages on, a second process indexes while this one parses and stores
# (`process_index_queue --follow`): each gets a core, and ingest plus indexing runs at
# the speed of the slower of the two instead of their sum.
INDEX_ALONGSIDE_PAGES = 100


class Command(BaseCommand):
    help = (
        "Parse plain-text newspaper pages (files, or folders of .txt pages) and store their "
        "issues, articles, credits, people and departments. Pages already stored unchanged "
        "are skipped; staff edits survive a re-ingest."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="page files or folders of pages")
        parser.add_argument(
            "--manifest",
            type=Path,
            help="manifest JSON for every page (default: manifest.json beside each page)",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="parse only; write nothing to the database"
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help="print the parse as JSON on stdout (shared/contracts/ingest-json.md)",
        )
        parser.add_argument(
            "--force", action="store_true", help="parse again pages whose text did not change"
        )
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="leave the queued search index updates to the server (or a later rebuild)",
        )

    def handle(
        self, *args, paths, manifest=None, dry_run=False, json=False, force=False, **options
    ):
        verbosity = options["verbosity"]
        if manifest and not manifest.is_file():
            raise CommandError(f"{manifest}: no such manifest file")
        started = time.monotonic()
        index = not dry_run and not options["no_index"] and apps.is_installed("search")
        indexer = None

        def on_page(i, total, page):
            nonlocal indexer
            if index and indexer is None and total >= INDEX_ALONGSIDE_PAGES:
                indexer = self._start_indexer()
            if page.failed:
                self.stderr.write(f"failed: {page.message}")
            elif verbosity >= 2:
                self.stderr.write(f"[{i}/{total}] {page.key or page.path.name}: {page.status}")
            elif total >= PROGRESS_EVERY and i % PROGRESS_EVERY == 0:
                self.stderr.write(f"[{i}/{total}] pages read")

        try:
            report = ingest(
                paths,
                manifest=manifest,
                dry_run=dry_run,
                force=force,
                keep_results=json,
                on_page=on_page,
            )
        except ManifestError as exc:
            raise CommandError(str(exc)) from None
        finally:
            if indexer:
                self._stop_indexer(indexer)
        for page in report.failures:
            if not page.path.exists():  # named on the command line, never read
                self.stderr.write(f"failed: {page.message}")
        if json:
            self._write_json(report)
        totals = report.totals()
        changed = report.statuses.get("added", 0) + report.statuses.get("updated", 0)
        if index and (changed or indexer):
            # Ingest queues its index updates in each page's transaction; apply what is
            # left now so the pages are searchable when the command ends (a running
            # server's writer holding the lock applies them instead).
            indexing = time.monotonic()
            call_command(
                "process_index_queue",
                bulk=True,
                stdout=self.stderr,
                stderr=self.stderr,
                verbosity=verbosity,
            )
            if report.run:
                add_seconds(report.run, "index", time.monotonic() - indexing)
        if verbosity >= 1:
            summary = ", ".join(f"{n} {k}" for k, n in totals.items())
            by_status = ", ".join(f"{n} {s}" for s, n in sorted(report.statuses.items()))
            out = self.stderr if json else self.stdout
            split = ", ".join(f"{stage} {s:.1f}s" for stage, s in report.seconds.items())
            out.write(f"{summary} ({by_status}) in {time.monotonic() - started:.1f}s ({split})")
        if totals["failures"]:
            raise CommandError(
                f"{totals['failures']} of {totals['pages']} page(s) could not be read"
            )

    def _start_indexer(self):
        """`process_index_queue --follow` in a second process, with these settings."""
        env = dict(os.environ, DJANGO_SETTINGS_MODULE=settings.SETTINGS_MODULE)
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(settings.BASE_DIR), env.get("PYTHONPATH")])
        )
        command = [sys.executable, "-m", "django", "process_index_queue", "--follow"]
        try:
            # Its report ("N article(s) updated") goes to our stderr: stdout may be JSON.
            out = sys.stderr.fileno()
        except (AttributeError, ValueError, io.UnsupportedOperation):
            out = subprocess.DEVNULL
        try:
            return subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=out, env=env, cwd=settings.BASE_DIR
            )
        except OSError as exc:  # the queue keeps everything: it is applied at the end
            self.stderr.write(f"indexing after the ingest instead of alongside it: {exc}")
            return None

    def _stop_indexer(self, indexer):
        indexer.stdin.close()  # tells it the ingest ended: it applies the rest and exits
        if indexer.wait() != 0:
            self.stderr.write(
                f"the indexing process exited with status {indexer.returncode}; "
                "the queue keeps what it did not apply, applied now"
            )

    def _write_json(self, report):
        pages = [result.to_json() for result in report.results]
        failed = [{"source": p.path.name, "error": p.message} for p in report.failures]
        payload = {"pages": pages}
        if failed:
            payload["failed"] = failed
        self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1))
