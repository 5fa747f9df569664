"""An ingest killed with SIGKILL leaves the database and the index consistent, and the
next run completes the work: each page is one transaction, and its index updates are
queued inside it."""

import os
import re
import signal
import subprocess
import sys
import time

import pytest

from .conftest import (
    ROOT,
    SEEDS,
    indexed_pks,
    manage,
    manage_env,
    query,
    snapshot,
)

KILL_AFTER = (20, 60)  # pages of the corpus committed when each run is killed


def ingest_until(data_dir, corpus_dir, issues, log):
    """Start an ingest of the corpus and SIGKILL it once `issues` pages are stored."""
    process = subprocess.Popen(
        [sys.executable, "manage.py", "ingest", str(corpus_dir)],
        cwd=ROOT,
        env=manage_env(data_dir),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 120
        while query(data_dir, "SELECT COUNT(*) FROM archive_issue")[0][0] < issues:
            assert process.poll() is None, "the ingest finished before it could be killed"
            assert time.monotonic() < deadline, "the ingest made no progress"
            time.sleep(0.005)
        assert process.poll() is None, "the ingest finished before it could be killed"
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL


def assert_consistent(data_dir, clean):
    assert query(data_dir, "PRAGMA integrity_check") == [("ok",)]
    assert query(data_dir, "PRAGMA foreign_key_check") == []
    stored = snapshot(data_dir)
    # Every page stored is stored whole: the articles the clean run has for it.
    for source, articles in stored["issues"].items():
        assert articles == clean["issues"][source], source
    pages_without_articles = query(
        data_dir,
        "SELECT COUNT(*) FROM archive_issue i WHERE NOT EXISTS "
        "(SELECT 1 FROM archive_article a WHERE a.issue_id = i.id)",
    )[0][0]
    expected_empty = sum(1 for s in clean["issues"] if not clean["issues"][s])
    assert pages_without_articles <= expected_empty
    assert stored["unused_people"] == 0
    # The counts kept on the rows are the rows' (archive.tallies): a page's transaction
    # recounts with its rows, or neither commits.
    assert manage(data_dir, "check_counts").returncode == 0
    # Every article is in the index or waiting in its queue, and nothing else is indexed.
    articles = {pk for (pk,) in query(data_dir, "SELECT id FROM archive_article")}
    queued = {pk for (pk,) in query(data_dir, "SELECT article_id FROM search_pendingindexupdate")}
    indexed = indexed_pks(data_dir)
    assert articles <= indexed | queued
    assert indexed <= articles | queued
    return stored


@pytest.mark.slow
def test_a_killed_ingest_leaves_everything_consistent_and_the_next_run_completes(
    data_dir, corpus_dir, clean_run, tmp_path
):
    manage(data_dir, "ingest", SEEDS)  # which also indexes them
    seeds = len(query(data_dir, "SELECT id FROM archive_issue"))
    with open(tmp_path / "killed.log", "wb") as log:
        for pages in KILL_AFTER:
            ingest_until(data_dir, corpus_dir, seeds + pages, log)
            stored = assert_consistent(data_dir, clean_run)
            assert seeds + pages <= stored["count"]["issue"] < clean_run["count"]["issue"]

    # The next run stores the rest and applies the whole queue, the killed runs' too.
    finished = manage(data_dir, "ingest", corpus_dir)
    assert "0 failures" in finished.stdout and "unchanged" in finished.stdout
    assert snapshot(data_dir) == clean_run
    assert query(data_dir, "SELECT COUNT(*) FROM search_pendingindexupdate") == [(0,)]
    articles = {pk for (pk,) in query(data_dir, "SELECT id FROM archive_article")}
    assert indexed_pks(data_dir) == articles
    # Every article is indexed (above); searching for the titles of a sample finds them
    # (a derived title is its lead's words).
    assert manage(data_dir, "shell", "-v0", "-c", FIND_EVERY_TITLE).stdout.strip() == "all found"


FIND_EVERY_TITLE = """
from haystack import connections
from whoosh.query import Term
from archive.models import Article
from search.queries import parse
from search.whoosh.translate import to_whoosh
backend = connections["default"].get_backend()
lost = []
for article in Article.objects.exclude(title="").order_by("pk")[::10]:
    query = to_whoosh(parse(article.title))
    only = [Term("django_id", str(article.pk))]
    if backend.execute(query.ranked, match=query.match, filters=only, sort="newest").total != 1:
        lost.append(article.pk)
print("all found" if not lost else f"not found: {lost}")
"""


def as_at_a_terminal():
    """Ctrl-C's default action, as in a command started at a terminal. A shell without job
    control starts `make test &` with SIGINT ignored, every child inherits that, and
    Python keeps an ignored SIGINT ignored: the interrupt this test sends would be lost."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
def test_ctrl_c_ends_an_ingest_and_its_indexer_in_a_sentence_and_the_next_run_completes(
    data_dir, corpus_dir, clean_run
):
    # Ctrl-C at a terminal signals the whole process group: the ingest and its indexer.
    process = subprocess.Popen(
        [sys.executable, "manage.py", "ingest", str(corpus_dir)],
        cwd=ROOT,
        env=manage_env(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=as_at_a_terminal,
    )
    try:
        deadline = time.monotonic() + 120
        while query(data_dir, "SELECT COUNT(*) FROM archive_issue")[0][0] < 20:
            assert process.poll() is None, "the ingest finished before it could be stopped"
            assert time.monotonic() < deadline, "the ingest made no progress"
            time.sleep(0.005)
        os.killpg(process.pid, signal.SIGINT)
        out, err = process.communicate(timeout=120)
    finally:
        process.kill()
    assert process.returncode == 1, err
    assert "Traceback" not in out + err
    assert re.search(
        r"interrupted after \d+ of 100 page\(s\); every page stored is kept: run the same "
        r"command again to store the rest",
        err,
    ), err
    stored = assert_consistent(data_dir, clean_run)
    assert 20 <= stored["count"]["issue"] < clean_run["count"]["issue"]
    manage(data_dir, "ingest", corpus_dir)
    assert query(data_dir, "SELECT COUNT(*) FROM search_pendingindexupdate") == [(0,)]
    articles = {pk for (pk,) in query(data_dir, "SELECT id FROM archive_article")}
    assert indexed_pks(data_dir) == articles


# Ctrl-C that lands right after a page's transaction began, before the atomic block
# that would roll it back is entered: the write lock must not outlive the interrupt,
# or the indexer, waiting for it, fails with "database is locked" (seen under load with
# parse workers, whose store-heavy main process is more often inside a transaction).
INTERRUPT_INSIDE_BEGIN = """
import sqlite3
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
import archive.ingest

def interrupted(page, *args):
    connection.cursor().execute("BEGIN IMMEDIATE")
    raise KeyboardInterrupt

archive.ingest._store = interrupted
try:
    call_command("ingest", "--no-index", "--parse-workers", "0", "SEEDS")
except CommandError as exc:
    print("stopped:", exc)
other = sqlite3.connect(settings.DATABASES["default"]["NAME"], timeout=0.5)
try:
    other.execute("BEGIN IMMEDIATE")
    print("the database is free")
except sqlite3.OperationalError as exc:
    print("still locked:", exc)
"""


def test_ctrl_c_just_after_a_transaction_began_leaves_no_lock(data_dir):
    script = INTERRUPT_INSIDE_BEGIN.replace("SEEDS", str(SEEDS))
    out = manage(data_dir, "shell", "-v0", "-c", script).stdout
    assert "stopped: interrupted after 0 of 5 page(s)" in out
    assert "the database is free" in out, out
