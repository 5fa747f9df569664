"""SQLite runs in WAL mode with a busy timeout, so readers go on while an ingest writes
and a second writer waits instead of failing with "database is locked"."""

from .conftest import manage

SHOW = """
from django.db import connection
with connection.cursor() as cursor:
    print(cursor.execute("PRAGMA journal_mode").fetchone()[0])
    print(cursor.execute("PRAGMA busy_timeout").fetchone()[0])
"""


def test_the_database_runs_in_wal_mode_with_a_busy_timeout(data_dir):
    journal_mode, busy_timeout = manage(data_dir, "shell", "-v0", "-c", SHOW).stdout.split()
    assert journal_mode == "wal"
    assert int(busy_timeout) >= 5000
