"""The database is the source of truth: a backup taken while the site runs, restored
over a changed or wiped data folder, gives back every row, and the search index is
rebuilt from it."""

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from .conftest import SEEDS, indexed_pks, manage, query, snapshot

FIND = """
from search import engine, queries
print(engine.run_search(queries.parse({word!r}), {{}}).total)
"""


def found(data_dir, word):
    return int(manage(data_dir, "shell", "-v0", "-c", FIND.format(word=word)).stdout)


@pytest.mark.slow
def test_backup_then_restore_gives_back_the_database_and_rebuilds_the_index(
    data_dir, corpus_dir, tmp_path
):
    manage(data_dir, "ingest", SEEDS)  # which also indexes them
    before = snapshot(data_dir)
    backup = tmp_path / "backups" / "baokan.sqlite3"
    backup.parent.mkdir()
    result = manage(data_dir, "backup", backup)
    assert f"{before['count']['article']} article(s)" in result.stdout

    # Changed since the backup: one more page, indexed by the ingest.
    manage(
        data_dir, "ingest", corpus_dir / "00000_a.txt", "--manifest", corpus_dir / "manifest.json"
    )
    assert snapshot(data_dir) != before
    manage(data_dir, "restore", "--noinput", backup)
    assert snapshot(data_dir) == before
    articles = {pk for (pk,) in query(data_dir, "SELECT id FROM archive_article")}
    assert indexed_pks(data_dir) == articles  # the later page's articles are gone from it

    # Lost altogether: the database and the index.
    for path in data_dir.iterdir():
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    manage(data_dir, "restore", "--noinput", backup)
    assert snapshot(data_dir) == before
    assert indexed_pks(data_dir) == articles
    assert found(data_dir, "污染源普查") >= 1  # words of the seed pages
    assert manage(data_dir, "check_index").returncode == 0


def test_restore_counts_again_what_the_backup_miscounted(data_dir, tmp_path):
    manage(data_dir, "ingest", SEEDS, "--no-index")
    backup = tmp_path / "baokan.sqlite3"
    manage(data_dir, "backup", backup)
    with closing(sqlite3.connect(backup)) as copy, copy:  # drifted before it was copied
        copy.execute("UPDATE archive_person SET credit_count = credit_count + 7")
        copy.execute("UPDATE archive_issue SET article_count = 0")
        copy.execute("UPDATE archive_year SET issue_count = 99")
    result = manage(data_dir, "restore", "--noinput", backup)
    assert "recounted:" in result.stdout
    assert "counts ok" in manage(data_dir, "check_counts").stdout


def test_restore_refuses_a_file_that_is_not_a_backup(data_dir, tmp_path):
    manage(data_dir, "ingest", SEEDS)
    before = snapshot(data_dir)
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"not a database\n" * 100)
    result = manage(data_dir, "restore", "--noinput", bogus, check=False)
    assert result.returncode != 0
    assert "not an SQLite database" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(data_dir) == before


def test_backup_refuses_a_folder_or_a_device_and_restore_the_live_database(data_dir, tmp_path):
    manage(data_dir, "ingest", SEEDS)
    before = snapshot(data_dir)
    folder = tmp_path / "backups"
    folder.mkdir()
    device = tmp_path / "fifo"  # not /dev/full: as root the old backup replaced it
    os.mkfifo(device)
    for target in (folder, device):
        result = manage(data_dir, "backup", target, check=False)
        assert result.returncode != 0, target
        assert "not a file" in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.glob("*.partial")) == [] and device.is_fifo() and folder.is_dir()
    live = Path(data_dir) / "baokan.sqlite3"
    result = manage(data_dir, "restore", "--noinput", live, check=False, timeout=60)
    assert result.returncode != 0 and "that is the live database" in result.stderr
    assert snapshot(data_dir) == before
