"""One big page costs memory in proportion to the batch indexed, not to the page: the
articles loaded for the index leave the page's text unread, and a page over
BAOKAN_MAX_PAGE_BYTES is refused unread, by name, with nothing stored."""

import tracemalloc
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from archive.models import Issue
from search.models import PendingIndexUpdate
from search.queue import enqueue, process_queue
from tests.archive.factories import make_article, make_issue
from tests.archive.test_ingest import SEEDS

pytestmark = pytest.mark.django_db

PAGE_CHARACTERS = 1_000_000  # 2 MB in memory (two bytes a Han character)
ARTICLES = 100


def test_indexing_a_big_page_does_not_load_its_text_per_article(search_backend):
    issue = make_issue(raw_text="报" * PAGE_CHARACTERS)
    pks = [
        make_article(issue, position=n + 1, title=f"夜市{n}", body=f"本报讯 第{n}号夜市开张。").pk
        for n in range(ARTICLES)
    ]
    enqueue(pks)
    del issue
    tracemalloc.start()
    try:
        assert process_queue(wait=True) == ARTICLES
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # A copy of the page per article was 100 × 2 MB (207 MB measured); indexing the
    # hundred short articles themselves takes under 3 MB, and one copy of the page at
    # most is allowed beside them.
    assert peak < 2 * PAGE_CHARACTERS + 10_000_000


def test_a_page_over_the_limit_is_refused_unread_by_name(tmp_path, search_backend):
    err = StringIO()
    with override_settings(BAOKAN_MAX_PAGE_BYTES=1000):
        with pytest.raises(CommandError, match="1 of 1"):
            call_command(
                "ingest", str(SEEDS / "000_ad1081d1cb05899c.txt"), stdout=StringIO(), stderr=err
            )
    message = err.getvalue()
    assert "000_ad1081d1cb05899c.txt:" in message and "BAOKAN_MAX_PAGE_BYTES (1000)" in message
    assert "Traceback" not in message
    assert not Issue.objects.exists() and not PendingIndexUpdate.objects.exists()
