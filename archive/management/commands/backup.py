"""`manage.py backup FILE`: a consistent copy of the SQLite database, taken while it runs."""

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connections


def sqlite_path(using="default"):
    """The database file, or CommandError naming the tools for any other database."""
    settings = connections[using].settings_dict
    name = str(settings["NAME"])
    if settings["ENGINE"] != "django.db.backends.sqlite3":
        raise CommandError(
            f"the database is {connections[using].display_name}, not SQLite: back it up with "
            "its own tools (PostgreSQL: pg_dump -Fc, restored with pg_restore), or with "
            "`manage.py dumpdata --natural-foreign -o FILE.json` and `loaddata`, then run "
            "`manage.py check_index --rebuild`."
        )
    if name == ":memory:" or "mode=memory" in name:
        raise CommandError("the database is in memory: there is no file to back up or restore")
    return Path(name)


def check_copy(conn, path):
    """Refuse a file that is not a whole Baokan database."""
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise CommandError(f"{path}: not an SQLite database: {exc}") from None
    if verdict != "ok":
        raise CommandError(f"{path}: damaged SQLite database: {verdict}")
    if "archive_article" not in tables:
        raise CommandError(f"{path}: an SQLite database, but not Baokan's")


class Command(BaseCommand):
    help = (
        "Copy the SQLite database to FILE with SQLite's online backup: readers and an "
        "ingest may go on meanwhile. The search index is not copied: after a restore it "
        "is rebuilt from the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="where to write the copy")

    def handle(self, *args, file, **options):
        source = sqlite_path()
        if not source.is_file():
            raise CommandError(f"{source}: no database to back up")
        if file.exists() and not file.is_file():
            # A folder, or a device such as /dev/full: the copy would replace it.
            raise CommandError(f"{file}: not a file; name the backup file to write")
        if file.resolve() == source.resolve():
            raise CommandError(f"{file}: that is the database itself")
        # Written beside the target and renamed into place: an interrupted backup never
        # leaves a half-written file under the name of a good one.
        partial = file.with_name(file.name + ".partial")
        partial.unlink(missing_ok=True)
        try:
            with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
                src.backup(dst)
                # One self-contained file, without a -wal beside it.
                dst.execute("PRAGMA journal_mode=DELETE")
                check_copy(dst, file)
                articles = dst.execute("SELECT COUNT(*) FROM archive_article").fetchone()[0]
        except (sqlite3.Error, OSError) as exc:
            partial.unlink(missing_ok=True)
            raise CommandError(f"backup to {file} failed: {exc}") from None
        os.replace(partial, file)
        if options["verbosity"] >= 1:
            size = file.stat().st_size / 1e6
            self.stdout.write(f"backed up {source} to {file}: {articles} article(s), {size:.1f} MB")
