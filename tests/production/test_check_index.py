"""`manage.py check_index` finds a missing, corrupt or stale search index and `--fix`
rebuilds it from the database."""

import datetime
import shutil
import threading
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from haystack import connections

from archive.models import Article
from search.models import PendingIndexUpdate
from search.queries import parse
from search.queue import enqueue
from tests.archive.factories import make_article
from tests.search.conftest import index_all

pytestmark = pytest.mark.django_db

GARBAGE = b"\xde\xad\xbe\xef" * 1024


def check_index(*args):
    """(stdout, stderr) of a run that found nothing wrong in the end; CommandError if not."""
    out, err = StringIO(), StringIO()
    try:
        call_command("check_index", *args, stdout=out, stderr=err)
    except CommandError as exc:
        exc.stderr = err.getvalue()
        raise
    return out.getvalue(), err.getvalue()


def found(backend, words):
    return set(backend.run_search(parse(words), {}, limit=100).pks)


@pytest.fixture
def indexed(search_backend):
    articles = [
        make_article(title="高新区污染源普查获表扬", body="本报讯 污染源普查工作获全省通报表扬。"),
        make_article(title="夜市开张", body="本报讯 大沙河桥夜市开张。"),
        make_article(title="预算绩效管理培训", body="本报讯 财政金融局举办预算绩效管理培训。"),
    ]
    index_all()
    return articles


def test_a_sound_index_passes(indexed):
    out, err = check_index()
    assert "search index ok" in out and "3 article(s)" in out and err == ""
    out, err = check_index("--deep")
    assert "search index ok" in out


def test_a_missing_index_is_found_and_rebuilt(indexed, search_backend):
    shutil.rmtree(search_backend.path)
    with pytest.raises(CommandError, match="1 problem"):
        check_index()
    out, _ = check_index("--fix")
    assert "rebuilt the search index from the database: 3 article(s)" in out
    assert found(search_backend, "污染源普查") == {indexed[0].pk}


@pytest.mark.parametrize("damage", ["*", "_MAIN_*.toc", "*.trm", "*.col"])
def test_a_corrupt_index_is_found_and_rebuilt(indexed, search_backend, damage):
    # Every file, the table of contents, the terms, or the columns and stored fields.
    for path in Path(search_backend.path).glob(damage):
        path.write_bytes(GARBAGE)
    with pytest.raises(CommandError) as error:
        check_index()
    assert "corrupt:" in error.value.stderr
    check_index("--fix")
    assert found(search_backend, "夜市") == {indexed[1].pk}
    assert "search index ok" in check_index()[0]


def test_deep_reads_every_posting(indexed, search_backend):
    for path in Path(search_backend.path).glob("*.pst"):
        path.write_bytes(GARBAGE)
    with pytest.raises(CommandError) as error:
        check_index("--deep")
    assert "corrupt:" in error.value.stderr
    check_index("--deep", "--fix")
    assert "search index ok" in check_index("--deep")[0]


def test_articles_missing_from_the_index_or_deleted_from_the_database_are_found(
    indexed, search_backend
):
    added = make_article(title="新闻发布会", body="本报讯 高新区召开新闻发布会。")  # never queued
    Article.objects.filter(pk=indexed[1].pk).delete()  # nor this
    with pytest.raises(CommandError) as error:
        check_index()
    assert "stale: 2 article(s)" in error.value.stderr
    out, _ = check_index("--fix")
    assert "2 article(s) queued" in out
    assert found(search_backend, "新闻发布会") == {added.pk}
    assert found(search_backend, "夜市") == set()
    assert "search index ok" in check_index()[0]


def test_articles_waiting_in_a_young_queue_are_not_stale(indexed):
    enqueue([make_article(title="新闻发布会").pk])
    assert "search index ok" in check_index()[0]


def test_an_old_queue_means_nobody_applies_it(indexed, search_backend):
    added = make_article(title="新闻发布会", body="本报讯 高新区召开新闻发布会。")
    enqueue([added.pk])
    PendingIndexUpdate.objects.update(queued_at=timezone.now() - datetime.timedelta(hours=1))
    with pytest.raises(CommandError) as error:
        check_index("--max-queue-age", "30")
    assert "queue: 1 update(s) queued more than 30 minutes ago" in error.value.stderr
    check_index("--fix")
    assert not PendingIndexUpdate.objects.exists()
    assert found(search_backend, "新闻发布会") == {added.pk}


def test_rebuild_rewrites_a_sound_index(indexed, search_backend):
    out, _ = check_index("--rebuild")
    assert "rebuilt the search index from the database: 3 article(s)" in out
    assert found(search_backend, "预算绩效") == {indexed[2].pk}


def test_the_check_waits_for_the_writer_holding_the_index_lock(indexed):
    held, release, order = threading.Event(), threading.Event(), []

    def writer():
        with connections["default"].get_backend().writing():
            held.set()
            release.wait(10)
            order.append("writer done")

    thread = threading.Thread(target=writer)
    thread.start()
    held.wait(10)
    threading.Timer(0.5, release.set).start()
    check_index()
    order.append("check done")
    thread.join()
    assert order == ["writer done", "check done"]
