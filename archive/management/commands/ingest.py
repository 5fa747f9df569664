"""`manage.py ingest PATH...`: read newspaper pages into the archive."""

import json
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from archive.ingest import ingest
from archive.manifest import ManifestError
from archive.models import IngestRun
from archive.parsepool import MAX_WORKERS, default_workers
from archive.progress import Progress
from archive.signals import ingest_finished, ingest_started

PROGRESS_EVERY = 50


class Command(BaseCommand):
    help = (
        "Parse newspaper pages (text or saved HTML; files, or folders of them) and store their "
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
            "--parse-workers",
            type=int,
            default=default_workers(),
            help="processes that parse the next pages while this one stores "
            f"(default {default_workers()}: one fewer than the cores, at most "
            f"{MAX_WORKERS}; 0 parses here)",
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
        # The run is announced to whoever follows it up (the search app indexes it).
        announce = not dry_run and not options["no_index"]
        announced = False
        report = progress = None

        def on_start(total):
            nonlocal announced, progress
            progress = Progress(total)
            if announce:
                ingest_started.send(
                    sender=IngestRun, pages=total, stderr=self.stderr, verbosity=verbosity
                )
                announced = True

        def on_page(i, total, page):
            progress.page(page.status, len(page.result.articles) if page.result else 0)
            if page.failed:
                self.stderr.write(f"failed: {page.message}")
            elif verbosity >= 2:
                self.stderr.write(f"[{i}/{total}] {page.key or page.path.name}: {page.status}")
            elif verbosity >= 1 and total >= PROGRESS_EVERY and i % PROGRESS_EVERY == 0:
                # With the pace and the time left: a big load runs for hours.
                self.stderr.write(progress.line())

        try:
            report = ingest(
                paths,
                manifest=manifest,
                dry_run=dry_run,
                force=force,
                keep_results=json,
                on_start=on_start,
                on_page=on_page,
                parse_workers=max(0, options["parse_workers"]),
            )
        except ManifestError as exc:
            raise CommandError(str(exc)) from None
        except KeyboardInterrupt:
            # Ctrl-C may land between a transaction's BEGIN and the atomic block that
            # would roll it back: roll back what a connection outside any atomic block
            # still holds, so the indexer gets the write lock it waits for.
            for connection in connections.all(initialized_only=True):
                if not connection.in_atomic_block:
                    connection.rollback()
            # The page being stored rolls back alone; say how to go on.
            done = f"{progress.done} of {progress.total}" if progress else "none of the"
            raise CommandError(
                f"interrupted after {done} page(s); every page stored is kept: run the "
                "same command again to store the rest"
            ) from None
        finally:
            if announced:
                ingest_finished.send(
                    sender=IngestRun,
                    run=report.run if report else None,
                    changed=report.changed() if report else 0,
                    completed=report is not None,
                    stderr=self.stderr,
                    verbosity=verbosity,
                )
        for page in report.failures:
            if not page.path.is_file():  # a path named, or a folder's link, never read
                self.stderr.write(f"failed: {page.message}")
        if json:
            self._write_json(report)
        totals = report.totals()
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

    def _write_json(self, report):
        pages = [result.to_json() for result in report.results]
        failed = [{"source": p.path.name, "error": p.message} for p in report.failures]
        payload = {"pages": pages}
        if failed:
            payload["failed"] = failed
        self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1))
