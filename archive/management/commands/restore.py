"""`manage.py restore FILE`: put a backup back as the database, then rebuild the index."""

import sqlite3
from contextlib import closing
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from archive import tallies

from .backup import check_copy, sqlite_path


class Command(BaseCommand):
    help = (
        "Replace the SQLite database with a copy made by `manage.py backup`, bring its "
        "tables up to date (migrate) and rebuild the search index from it."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="a file written by `manage.py backup`")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="do not ask for confirmation",
        )

    def handle(self, *args, file, interactive=True, **options):
        target = sqlite_path()
        if not file.is_file():
            raise CommandError(f"{file}: no such file")
        if file.resolve() == target.resolve():
            # SQLite's backup of a database onto itself waits on its own lock for ever.
            raise CommandError(f"{file}: that is the live database, not a backup of it")
        read_only = f"{file.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(read_only, uri=True)) as backup:
            check_copy(backup, file)
        if interactive:
            answer = input(f"Replace everything in {target} with {file}? Type 'yes': ")
            if answer.strip() != "yes":
                raise CommandError("restore cancelled")
        connections.close_all()
        # Through SQLite's backup API, not a file copy: it takes the database's locks,
        # and a copied file beside the old database's -wal file would be read as damaged.
        try:
            with closing(sqlite3.connect(read_only, uri=True)) as src:
                with closing(sqlite3.connect(target, timeout=20)) as dst:
                    src.backup(dst)
        except sqlite3.Error as exc:
            raise CommandError(
                f"restore failed ({exc}); stop the site, move {target} aside and run again"
            ) from None
        verbosity = options["verbosity"]
        if verbosity >= 1:
            self.stdout.write(f"restored {target} from {file}")
        # A backup from an older release gets the tables this one expects.
        call_command("migrate", interactive=False, verbosity=max(verbosity - 1, 0))
        # Counted again whatever the copy held: a backup taken of a database whose counts
        # had drifted must not bring the drift back (archive.tallies).
        wrong = tallies.recount_all()
        if verbosity >= 1 and any(wrong.values()):
            self.stdout.write(f"recounted: {tallies.describe(wrong)}")
        try:
            call_command("check_index", rebuild=True, stdout=self.stdout, stderr=self.stderr)
        except CommandError as exc:  # e.g. an external search engine that does not answer
            raise CommandError(
                f"the database is restored, the search index is not: {exc}; "
                "run manage.py check_index --rebuild"
            ) from None
