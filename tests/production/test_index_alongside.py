"""An ingest of many pages indexes them in a second process while it parses (each gets
a core); when the command ends every article is in the index and the queue is empty."""

import re

import pytest

from .conftest import CORPUS_PAGES, indexed_pks, manage, query

pytestmark = pytest.mark.slow


def test_a_bulk_ingest_indexes_alongside_and_leaves_nothing_queued(data_dir, corpus_dir):
    from search.indexing import INDEX_ALONGSIDE_PAGES

    assert CORPUS_PAGES >= INDEX_ALONGSIDE_PAGES  # else this would test the inline path
    result = manage(data_dir, "ingest", corpus_dir)
    articles = {pk for (pk,) in query(data_dir, "SELECT id FROM archive_article")}
    assert len(articles) > CORPUS_PAGES
    assert indexed_pks(data_dir) == articles
    assert query(data_dir, "SELECT COUNT(*) FROM search_pendingindexupdate")[0][0] == 0
    # Two reports: the follower's (every article) and the final pass's (nothing left).
    applied = [int(n) for n in re.findall(r"(\d+) article\(s\) updated", result.stderr)]
    assert sorted(applied) == [0, len(articles)], result.stderr


def test_a_small_ingest_indexes_inline(data_dir):
    from .conftest import SEEDS

    result = manage(data_dir, "ingest", SEEDS)
    articles = {pk for (pk,) in query(data_dir, "SELECT id FROM archive_article")}
    assert indexed_pks(data_dir) == articles
    applied = [
        int(n) for n in re.findall(r"(\d+) article\(s\) updated", result.stdout + result.stderr)
    ]
    assert applied == [len(articles)]
