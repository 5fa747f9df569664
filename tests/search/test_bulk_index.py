"""Bulk indexing: big batches, the follower that indexes beside an ingest, and the
merge policy that keeps Whoosh from rewriting every posting at every commit."""

import threading
from types import SimpleNamespace

from haystack import connections

from archive.models import Article
from search import queue
from search.models import PendingIndexUpdate
from search.queries import parse
from search.queue import enqueue, follow, process_queue
from search.whoosh import merging

from .conftest import make_indexed_article


def found(backend, q):
    return backend.run_search(parse(q), {}).pks


def articles(n, word="夜市"):
    return [
        make_indexed_article(title=f"{word}{i}", body=f"本报讯 第{i}号{word}开张。")
        for i in range(n)
    ]


def test_at_least_leaves_a_short_batch_queued(db, search_backend, monkeypatch):
    monkeypatch.setattr(queue, "BULK_BATCH_SIZE", 4)
    made = articles(7)
    enqueue(a.pk for a in made)
    # A full batch of 4, then 3 (not fewer than 3), then 0 left is fewer than 3.
    assert process_queue(bulk=True, at_least=3) == 7
    enqueue([made[0].pk, made[1].pk])
    assert process_queue(bulk=True, at_least=3) == 0
    assert PendingIndexUpdate.objects.count() == 2
    assert process_queue(bulk=True) == 2
    assert sorted(found(search_backend, "夜市")) == sorted(a.pk for a in made)


def test_follow_applies_what_is_queued_until_stopped_then_the_rest(db, search_backend, monkeypatch):
    monkeypatch.setattr(queue, "BULK_BATCH_SIZE", 3)
    monkeypatch.setattr(queue, "FOLLOW_AT_LEAST", 2)
    made = articles(7)
    enqueue(a.pk for a in made)
    stop = threading.Event()
    calls = []
    real = queue.process_queue

    def counting(**kwargs):
        done = real(**kwargs)
        calls.append((kwargs.get("at_least", 1), done))
        if not done:
            stop.set()  # the "ingest" ends once the follower has caught up
        return done

    monkeypatch.setattr(queue, "process_queue", counting)
    applied, seconds = follow(stop, interval=0.01)
    assert applied == 7
    assert seconds > 0
    # Two full batches while the ingest ran (one article is fewer than FOLLOW_AT_LEAST),
    # then the last article after it ended.
    assert calls == [(2, 6), (2, 0), (1, 1)]
    assert PendingIndexUpdate.objects.count() == 0
    assert len(found(search_backend, "夜市")) == 7


def test_bulk_batches_replace_and_delete_like_small_ones(db, search_backend):
    made = articles(5)
    enqueue(a.pk for a in made)
    process_queue(bulk=True)
    made[0].body = "本报讯 焦裕禄精神代代相传。"  # 第0号 is no longer in its body
    made[0].save()
    gone = made[1].pk
    made[1].delete()
    enqueue([made[0].pk, gone])
    process_queue(bulk=True)
    assert found(search_backend, "焦裕禄") == [made[0].pk]
    assert found(search_backend, "第0号") == []
    # The edited article's title still says 夜市; the deleted one is gone.
    assert sorted(found(search_backend, "夜市")) == sorted(a.pk for a in [made[0], *made[2:]])
    assert search_backend.searcher().doc_count() == 4


class FakeSegment:
    """A segment, as the merge policy sees it."""

    def __init__(self, docs, deleted=0):
        self.docs, self.deleted = docs, deleted

    def doc_count_all(self):
        return self.docs

    def deleted_count(self):
        return self.deleted


def merging_writer(monkeypatch):
    merged = []

    def merge_segments(writer, segments):
        merged.extend(segment.docs for segment in segments)
        return ["merged"]

    monkeypatch.setattr(merging, "merge_segments", merge_segments)
    return SimpleNamespace(), merged


def test_merge_tiers_merges_a_full_tier_and_keeps_the_rest(monkeypatch):
    writer, merged = merging_writer(monkeypatch)
    small = [FakeSegment(500) for _ in range(merging.MERGE_FACTOR)]
    big = [FakeSegment(16000), FakeSegment(20000)]
    assert merging.merge_tiers(writer, [*big, *small]) == [*big, "merged"]
    assert merged == [500] * merging.MERGE_FACTOR


def test_merge_tiers_leaves_a_partial_tier_and_purges_mostly_deleted_segments(monkeypatch):
    writer, merged = merging_writer(monkeypatch)
    partial = [FakeSegment(500) for _ in range(merging.MERGE_FACTOR - 1)]
    stale = FakeSegment(16000, deleted=9000)
    assert merging.merge_tiers(writer, [*partial, stale]) == [*partial, "merged"]
    assert merged == [16000]


def test_merge_tiers_merges_nothing_below_a_full_tier(monkeypatch):
    writer, merged = merging_writer(monkeypatch)
    partial = [FakeSegment(500) for _ in range(merging.MERGE_FACTOR - 1)]
    assert merging.merge_tiers(writer, partial) == partial
    assert merged == []


def test_many_commits_keep_few_segments(db, search_backend, monkeypatch):
    # A commit per article: without merging there would be one segment each.
    monkeypatch.setattr(merging, "MERGE_FACTOR", 3)
    made = articles(12)
    for article in made:
        enqueue([article.pk])
        process_queue()
    searcher = search_backend.searcher()
    assert searcher.doc_count() == 12
    assert len(list(searcher.leaf_searchers())) < 6
    assert sorted(found(search_backend, "夜市")) == sorted(a.pk for a in made)
    assert connections["default"].get_backend() is search_backend
    assert Article.objects.count() == 12
