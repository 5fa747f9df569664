"""Helpers for tests that run Baokan as it runs in production: `manage.py` and gunicorn
in subprocesses, with the real settings, against an SQLite database and a Whoosh index
in a temporary data folder.

The subprocesses run the embedded default even when the suite itself runs against
PostgreSQL (DATABASE_URL): WAL, the backup API and what a killed process leaves behind
are questions about SQLite."""

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from whoosh.index import exists_in, open_dir

from bench import corpus
from tests.search.conftest import search_backend, small_corpus  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "fixtures" / "seeds"
CORPUS_PAGES = 100
CORPUS_SEED = 20260601


def manage_env(data_dir, **extra):
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "BAOKAN_")) and k != "DATABASE_URL"
    }
    env.update(DJANGO_SETTINGS_MODULE="archive.settings", BAOKAN_DATA_DIR=str(data_dir), **extra)
    return env


def manage(data_dir, *args, check=True, timeout=300):
    """Run `manage.py ARGS` against `data_dir`; fail the test with its output if it fails."""
    result = subprocess.run(
        [sys.executable, "manage.py", *map(str, args)],
        cwd=ROOT,
        env=manage_env(data_dir),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check:
        assert result.returncode == 0, f"manage.py {' '.join(map(str, args))}:\n{result.stderr}"
    return result


def database(data_dir):
    return Path(data_dir) / "baokan.sqlite3"


def query(data_dir, sql, *params):
    # Read-only, beside whatever process is writing: WAL lets both go on.
    uri = f"{database(data_dir).resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        return conn.execute(sql, params).fetchall()


def snapshot(data_dir):
    """What an ingest leaves in the database, independent of primary keys."""
    count = {
        table: query(data_dir, f"SELECT COUNT(*) FROM archive_{table}")[0][0]
        for table in (
            "publication",
            "issue",
            "article",
            "credit",
            "person",
            "department",
            "personmention",
            "departmentmention",
        )
    }
    issues = {}
    for source, position, title in query(
        data_dir,
        "SELECT i.source_name, a.position, a.title FROM archive_article a "
        "JOIN archive_issue i ON i.id = a.issue_id ORDER BY i.source_name, a.position",
    ):
        issues.setdefault(source, []).append((position, title))
    unused_people = query(
        data_dir,
        "SELECT COUNT(*) FROM archive_person p WHERE NOT EXISTS "
        "(SELECT 1 FROM archive_credit c WHERE c.person_id = p.id) AND NOT EXISTS "
        "(SELECT 1 FROM archive_personmention m WHERE m.person_id = p.id)",
    )[0][0]
    return {"count": count, "issues": issues, "unused_people": unused_people}


def indexed_pks(data_dir):
    """The article pks in the Whoosh index, read from its files; empty if there is none."""
    path = Path(data_dir) / "whoosh_index"
    if not exists_in(path):
        return set()
    with open_dir(path).searcher() as searcher:
        return {int(fields["django_id"]) for fields in searcher.reader().all_stored_fields()}


@pytest.fixture(scope="session")
def empty_data_dir(tmp_path_factory):
    """A data folder with a migrated, empty database, to copy (migrate takes seconds)."""
    folder = tmp_path_factory.mktemp("migrated")
    manage(folder, "migrate", "--noinput")
    return folder


def copy_database(source_dir, target_dir):
    # SQLite's backup API rather than a file copy: it carries what is still in the -wal.
    with (
        closing(sqlite3.connect(database(source_dir))) as source,
        closing(sqlite3.connect(database(target_dir))) as target,
    ):
        source.backup(target)


@pytest.fixture
def data_dir(tmp_path, empty_data_dir):
    folder = tmp_path / "data"
    folder.mkdir()
    copy_database(empty_data_dir, folder)
    return folder


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory):
    """100 generated pages in the seed pages' layouts, with their manifest."""
    return corpus.generate(tmp_path_factory.mktemp("corpus") / "pages", CORPUS_PAGES, CORPUS_SEED)


@pytest.fixture(scope="session")
def clean_run(tmp_path_factory, empty_data_dir, corpus_dir):
    """The seed pages then the corpus, ingested in one undisturbed run: what to expect."""
    folder = tmp_path_factory.mktemp("clean")
    copy_database(empty_data_dir, folder)
    manage(folder, "ingest", "--no-index", SEEDS, corpus_dir)
    return snapshot(folder)
