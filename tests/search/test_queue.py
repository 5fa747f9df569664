import multiprocessing
import os
import time
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from haystack import connections
from whoosh import query as wq

from archive.models import Article
from archive.signals import articles_changed
from search.models import PendingIndexUpdate
from search.queries import parse
from search.queue import QueueWorker, process_queue

from .conftest import index_all, make_indexed_article


def found(backend, q):
    return backend.run_search(parse(q), {}).pks


def changed(*articles, removed=()):
    articles_changed.send(sender=Article, changed=[a.pk for a in articles], removed=list(removed))


def test_the_signal_queues_and_the_writer_applies(db, search_backend):
    article = make_indexed_article(title="夜市开张", body="本报讯 大沙河桥夜市开张。")
    changed(article)
    assert PendingIndexUpdate.objects.count() == 1
    assert found(search_backend, "夜市") == []  # queued, not yet applied
    assert process_queue() == 1
    assert PendingIndexUpdate.objects.count() == 0
    assert found(search_backend, "夜市") == [article.pk]


def test_an_edit_becomes_searchable(db, search_backend):
    article = make_indexed_article(title="夜市开张", body="本报讯 大沙河桥夜市开张。")
    index_all()
    article.body = "本报讯 焦裕禄精神代代相传。"
    article.save()
    changed(article)
    process_queue()
    assert found(search_backend, "焦裕禄") == [article.pk]
    assert found(search_backend, "大沙河") == []


def test_a_deleted_article_disappears_from_results(db, search_backend, client):
    keep = make_indexed_article(title="夜市开张", body="本报讯 夜市开张。")
    gone = make_indexed_article(title="夜市关门", body="本报讯 夜市关门。")
    index_all()
    pk = gone.pk
    gone.delete()
    changed(removed=[pk])
    process_queue()
    assert found(search_backend, "夜市") == [keep.pk]
    response = client.get("/search/", {"q": "夜市"})
    assert [r["article"].pk for r in response.context["results"]] == [keep.pk]


def test_a_busy_writer_lock_makes_others_give_way_without_blocking(db, search_backend):
    article = make_indexed_article(title="夜市", body="本报讯 夜市。")
    changed(article)
    with search_backend.writing():
        started = time.monotonic()
        assert process_queue(wait=False) is None
        assert time.monotonic() - started < 1
        out, err = StringIO(), StringIO()
        call_command("process_index_queue", stdout=out, stderr=err)
        assert "another process" in err.getvalue()
    assert PendingIndexUpdate.objects.count() == 1  # nothing lost
    call_command("process_index_queue", stdout=out)
    assert "1 article(s)" in out.getvalue()
    assert found(search_backend, "夜市") == [article.pk]


def _hold_lock(path, ready, release):
    # A second process, as another gunicorn worker would be.
    import fcntl

    with open(f"{path}.lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        ready.set()
        release.wait(10)


def test_the_lock_is_shared_across_processes(db, search_backend):
    ctx = multiprocessing.get_context("fork")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(search_backend.path, ready, release))
    holder.start()
    try:
        assert ready.wait(10)
        changed(make_indexed_article(title="夜市", body="本报讯 夜市。"))
        assert process_queue(wait=False) is None
    finally:
        release.set()
        holder.join(10)
    assert process_queue(wait=False) == 1


def test_a_reader_sees_what_another_writer_committed(db, search_backend):
    reader = search_backend
    assert found(reader, "夜市") == []
    # A second backend stands for another worker process writing the index.
    writer = type(reader)("default", **connections["default"].options)
    article = make_indexed_article(title="夜市", body="本报讯 夜市。")
    index = connections["default"].get_unified_index().get_index(Article)
    with writer.writing():
        writer.apply(index, [article], [])
    assert found(reader, "夜市") == [article.pk]


def test_the_searcher_is_kept_open_until_the_index_changes(db, search_backend):
    article = make_indexed_article(title="夜市", body="本报讯 夜市。")
    index_all()
    first = search_backend.searcher()
    assert search_backend.searcher() is first
    changed(make_indexed_article(title="夜市二", body="本报讯 夜市。"))
    process_queue()
    assert search_backend.searcher() is not first
    # Updating a document the open searcher holds replaces it: it is not counted twice.
    changed(article)
    process_queue()
    assert search_backend.searcher().doc_count() == 2
    assert sorted(found(search_backend, "夜市")) == sorted(
        Article.objects.values_list("pk", flat=True)
    )


def test_updates_after_haystacks_rebuild_replace_documents(db, search_backend):
    article = make_indexed_article(title="夜市", body="本报讯 夜市。")
    changed(article)  # queued, as ingest does, before `make serve` rebuilds the index
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert found(search_backend, "夜市") == [article.pk]
    article.title = "夜市开张"
    article.save()
    changed(article)
    process_queue()
    assert found(search_backend, "夜市") == [article.pk]
    assert search_backend.searcher().doc_count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_worker_thread_applies_the_queue(search_backend):
    article = make_indexed_article(title="夜市", body="本报讯 夜市。")
    worker = QueueWorker(interval=0.05)
    worker.start()
    try:
        changed(article)
        deadline = time.monotonic() + 10
        while PendingIndexUpdate.objects.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        worker.stop()
        worker.join(5)
    assert found(search_backend, "夜市") == [article.pk]


def test_rebuild_and_update_index_commands(db, search_backend):
    article = make_indexed_article(title="夜市", body="本报讯 夜市。")
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert found(search_backend, "夜市") == [article.pk]
    article.body = "本报讯 焦裕禄。"
    article.save()
    call_command("update_index", verbosity=0)
    assert found(search_backend, "焦裕禄") == [article.pk]
    call_command("clear_index", interactive=False, verbosity=0)
    assert search_backend.execute(wq.Every()).total == 0


def test_the_index_stores_no_text(db, search_backend):
    make_indexed_article(title="夜市", body="本报讯 夜市。")
    index_all()
    schema = search_backend.searcher().schema
    stored = sorted(name for name in schema.names() if schema[name].stored)
    assert stored == ["django_ct", "django_id", "id"]
    assert os.path.isdir(search_backend.path)


@override_settings(HAYSTACK_QUEUE_INTERVAL=60)
def test_a_gunicorn_request_starts_one_queue_thread_per_process():
    from search import queue

    try:
        queue.on_request_started(None, environ={"PATH_INFO": "/"})
        assert queue._worker is None or not queue._worker.is_alive()
        queue.on_request_started(None, environ={"gunicorn.socket": object()})
        worker = queue._worker
        assert worker.is_alive() and worker.daemon
        queue.on_request_started(None, environ={"gunicorn.socket": object()})
        assert queue._worker is worker
    finally:
        if queue._worker is not None:
            queue._worker.stop()
            queue._worker.join(5)
            queue._worker = None


def test_a_batch_is_applied_with_the_cycle_collector_paused(db, search_backend, monkeypatch):
    import gc

    make_indexed_article(title="夜市开张", body="本报讯 大沙河桥夜市开张。")
    index_all()
    changed(Article.objects.get())
    seen = []
    apply = type(search_backend).apply

    def spy(self, *args, **kwargs):
        seen.append(gc.isenabled())
        return apply(self, *args, **kwargs)

    monkeypatch.setattr(type(search_backend), "apply", spy)
    assert process_queue() == 1
    assert seen == [False]
    assert gc.isenabled()


def test_the_collector_is_back_on_after_a_batch_that_fails(db, search_backend, monkeypatch):
    import gc

    make_indexed_article(title="夜市开张", body="本报讯 大沙河桥夜市开张。")
    index_all()
    changed(Article.objects.get())

    def broken(self, *args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(type(search_backend), "apply", broken)
    with pytest.raises(RuntimeError):
        process_queue()
    assert gc.isenabled()
    assert PendingIndexUpdate.objects.count() == 1
