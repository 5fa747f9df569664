"""Writing a batch's segment a posting list at a time (search/whoosh/segments.py), and
merging segments by concatenating posting lists (search/whoosh/merging.py), must write what
Whoosh's own writer and merge (through its sorting pool) write."""

import datetime
import random

import pytest
from whoosh import query as wq
from whoosh.index import FileIndex
from whoosh.writing import NO_MERGE, SegmentWriter

from search.whoosh import merging
from search.whoosh.postings import Unsupported
from search.whoosh.segments import CompactIndex, CompactSegmentWriter

from .whoosh_twins import (
    merge_all,
    new_index,
    our_merge,
    our_writer,
    postings,
    whoosh_merge,
    whoosh_writer,
)

WORDS = ["安全生产", "夜市", "预算绩效管理", "高新区", "会议", "工作", "住建局", "焦裕禄", "的"]
NAMES = ["孙庆辉", "王玲玲", "阿志强", "吕沛", "李飞"]


def _doc(rng, n):
    def some(pool, most):
        return ",".join(rng.sample(pool, rng.randint(0, most)))

    fields = {
        "id": f"archive.article.{n}",
        "django_ct": "archive.article",
        "django_id": str(n),
        "title": "".join(rng.choices(WORDS, k=rng.randint(1, 3))),
        # Long bodies give posting lists of several blocks and positions above 255.
        "text": "。".join(
            "".join(rng.choices(WORDS, k=rng.randint(1, 9))) for _ in range(rng.randint(1, 80))
        ),
        "credit": some(NAMES, 2),
        "person": some(NAMES, 3),
        "publication": rng.choice(["郑州高新时报", "焦作日报"]),
        "year": str(2020 + n % 3),
        "date": datetime.datetime(2020 + n % 3, 1 + n % 12, 1 + n % 28),
    }
    if n % 4:
        fields["column"] = "高新区动态"
        fields["department"] = some(["高新区财政金融局", "高新区住建局"], 2)
    return {name: value for name, value in fields.items() if value}


@pytest.fixture
def schema(search_backend):
    search_backend.setup()
    return search_backend.schema


def any_writer(index):
    """The index's own writer, whatever its class."""
    return index.writer()


def _segmented_index(path, schema, index_class=CompactIndex, writer_of=any_writer, segments=3):
    """Segments of 150 documents, some of them deleted."""
    index = new_index(path, schema, index_class)
    rng = random.Random(7)
    for segment in range(segments):
        writer = writer_of(index)
        for n in range(segment * 150, segment * 150 + 150):
            writer.add_document(**_doc(rng, n))
        writer.commit(mergetype=NO_MERGE)
    if segments == 1:
        return index
    writer = writer_of(index)
    for n in rng.sample(range(450), 60):
        writer.delete_by_term("id", f"archive.article.{n}")
    writer.add_document(**_doc(rng, 1000))  # and one in the new segment
    writer.commit(mergetype=NO_MERGE)
    return index


def _contents(index):
    """Everything a search reads from the index, document numbers as searched (the
    postings with their block bounds only from an index of one segment)."""
    with index.searcher() as searcher:
        reader = searcher.reader()
        terms = sorted(reader.all_terms())
        lists = [postings(reader, f, t) for f, t in terms] if reader.is_atomic() else None
        return {
            "docs": [
                (
                    reader.stored_fields(d),
                    [reader.doc_field_length(d, f) for f in ("text", "title")],
                )
                for d in reader.all_doc_ids()
            ],
            "lengths": [
                (reader.field_length(f), reader.min_field_length(f), reader.max_field_length(f))
                for f in ("text", "title")
            ],
            "columns": {
                name: list(reader.column_reader(name))
                for name in index.schema.names()
                if reader.has_column(name)
            },
            "terms": terms,
            "postings": lists,
            "found": [
                sorted(hit["id"] for hit in searcher.search(q, limit=None))
                for q in (
                    wq.Term("text", "夜市"),
                    wq.Phrase("text", ["夜市", "会议"]),
                    wq.Term("credit", "阿志强"),
                    wq.Term("year", "2021"),
                )
            ],
        }


def test_a_batch_segment_is_what_whoosh_writes(tmp_path, schema):
    ours = _segmented_index(tmp_path / "ours", schema, segments=1)
    whoosh = _segmented_index(tmp_path / "whoosh", schema, writer_of=whoosh_writer, segments=1)
    writer = ours.writer()
    assert isinstance(writer, CompactSegmentWriter)
    writer.cancel()
    written = _contents(ours)
    assert written == _contents(whoosh)
    assert written["found"][0] and written["found"][1] and written["postings"]
    assert max(stats[1] for stats, _ in written["postings"]) > 128  # several blocks


@pytest.mark.parametrize(
    "merge_with, writer_of",
    [(our_merge, our_writer), (whoosh_merge, our_writer)],
    ids=["posting lists", "whoosh add_reader into the term pool"],
)
def test_merge_writes_what_whoosh_merge_writes(tmp_path, schema, merge_with, writer_of):
    ours = _segmented_index(tmp_path / "ours", schema)
    whoosh = _segmented_index(tmp_path / "whoosh", schema, writer_of=whoosh_writer)
    before = _contents(ours)
    assert before == _contents(whoosh)
    assert any(s.has_deletions() for s in ours._segments())

    ours = merge_all(ours, merge_with, writer_of)
    whoosh = merge_all(whoosh, whoosh_merge, whoosh_writer)
    assert [s.doc_count_all() for s in ours._segments()] == [391]  # 451 documents, 60 deleted
    assert [s.doc_count_all() for s in whoosh._segments()] == [391]
    assert not ours._segments()[0].has_deletions()
    merged = _contents(ours)
    assert merged == _contents(whoosh)
    assert merged["found"][0] and merged["found"][1] and merged["postings"]
    # Postings of several blocks were merged: the test exercises block boundaries.
    assert max(stats[1] for stats, _ in merged["postings"]) > 128


def test_merge_drops_terms_only_deleted_documents_had(tmp_path, schema):
    index = _segmented_index(tmp_path / "ix", schema)
    writer = index.writer()
    writer.add_document(**{**_doc(random.Random(3), 3000), "title": "独一无二"})
    writer.commit(mergetype=NO_MERGE)
    writer = index.writer()
    writer.delete_by_term("id", "archive.article.3000")
    writer.commit(mergetype=NO_MERGE)
    index = merge_all(index.refresh(), our_merge, our_writer)
    with index.reader() as reader:
        assert ("title", "独一无二".encode()) not in set(reader.all_terms())


def test_merge_segments_falls_back_to_whoosh_for_another_codec(tmp_path, schema, monkeypatch):
    index = _segmented_index(tmp_path / "ix", schema, index_class=FileIndex)
    with pytest.raises(Unsupported):
        merge_all(index, our_merge, any_writer)
    index = index.refresh()
    expected = _contents(index)["found"]
    writer = index.writer()
    assert merging.merge_segments(writer, list(writer.segments)) == []
    writer.commit(mergetype=lambda w, segments: [])
    merged = index.refresh()
    assert len(merged._segments()) == 1
    assert _contents(merged)["found"] == expected


def test_a_failed_merge_leaves_the_index_and_the_queue_as_they_were(
    db, search_backend, monkeypatch
):
    from search.models import PendingIndexUpdate
    from search.queue import enqueue, process_queue

    from ..conftest import make_indexed_article

    monkeypatch.setattr(merging, "MERGE_FACTOR", 2)
    made = [make_indexed_article(title=f"夜市{i}", body="本报讯 夜市开张。") for i in range(3)]
    for article in made[:2]:
        enqueue([article.pk])
        process_queue()  # two segments of one article: a full tier

    def broken(writer, readers):
        raise OSError("disk full")

    monkeypatch.setattr(merging, "merge", broken)
    enqueue([made[2].pk])
    with pytest.raises(OSError):
        process_queue()  # merging the tier fails
    assert search_backend.searcher().doc_count() == 2
    assert PendingIndexUpdate.objects.count() == 1  # still queued
    monkeypatch.undo()
    assert process_queue() == 1  # the lock was released; the retry applies it
    assert search_backend.searcher().doc_count() == 3


def test_whoosh_default_commits_merge_with_our_policy_not_through_the_pool(
    tmp_path, schema, monkeypatch
):
    # haystack's `update` commits with Whoosh's defaults; `add_reader` would hold every
    # merged posting in the term pool's memory.
    def no_pool(writer, reader):
        raise AssertionError("merged through the pool")

    monkeypatch.setattr(SegmentWriter, "add_reader", no_pool)
    monkeypatch.setattr(merging, "MERGE_FACTOR", 2)
    index = new_index(tmp_path / "ix", schema)
    rng = random.Random(5)
    for n in range(4):
        writer = index.writer()
        writer.add_document(**_doc(rng, n))
        writer.commit()  # a full tier of two merges at the third commit
    assert [s.doc_count_all() for s in index.refresh()._segments()] == [2, 1, 1]
    writer = index.writer()
    writer.commit(optimize=True)
    assert [s.doc_count_all() for s in index.refresh()._segments()] == [4]
    writer = index.writer()
    writer.add_document(**_doc(rng, 9))
    writer.commit(merge=False)
    assert [s.doc_count_all() for s in index.refresh()._segments()] == [4, 1]
