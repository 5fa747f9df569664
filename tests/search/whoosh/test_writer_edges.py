"""Edge cases of the batch segment writer (search/whoosh/segments.py) and the posting-list
merge (search/whoosh/merging.py), each compared with what Whoosh's own SegmentWriter and
merge (`add_reader` through its sorting pool) write with the same codec.

The comparison is made twice: on what a reader sees (documents, lengths, columns,
terms, postings with their block bounds) and, where one segment is compared with one
segment, on the bytes of the segment's files."""

import datetime
import os
import random

import pytest
from whoosh import fields as wf
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3Codec
from whoosh.index import FileIndex
from whoosh.reading import SegmentReader
from whoosh.writing import NO_MERGE, SegmentWriter

from search.whoosh import merging
from search.whoosh.codec import ArrayFieldWriter
from search.whoosh.formats import CompactPositions
from search.whoosh.postings import Unsupported
from search.whoosh.segments import TermPool

from .whoosh_twins import (
    assert_same,
    contents,
    merge_all,
    new_index,
    our_merge,
    our_writer,
    segment_bytes,
    whoosh_merge,
    whoosh_writer,
)

WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]


# -- indexes and writers -------------------------------------------------------------


def edge_schema(boost=1.0):
    body = wf.TEXT(field_boost=boost)
    body.format = CompactPositions(field_boost=boost)
    return wf.Schema(
        id=wf.ID(stored=True, unique=True, sortable=True),  # Existence
        body=body,  # CompactPositions: variable-size values
        plain=wf.TEXT(phrase=True),  # Whoosh's own Positions
        tags=wf.KEYWORD(commas=True, scorable=True, sortable=True),  # Frequency, scorable
        flags=wf.KEYWORD(),  # Frequency (fixed size 4), no lengths
        n=wf.NUMERIC(sortable=True, stored=True),  # tiered terms
        when=wf.DATETIME(sortable=True),
        note=wf.STORED(),
    )


def edge_doc(rng, n, common=True):
    """Fields randomly left out, values of every kind."""
    doc = {"id": f"d{n}"}
    if rng.random() < 0.9:
        words = rng.choices(WORDS, k=rng.randint(1, 12))
        # A word of this document alone: its block's length bounds are the document's.
        doc["body"] = " ".join((["common"] if common else []) + words + [f"u{n}"])
    if rng.random() < 0.7:
        doc["plain"] = " ".join(rng.choices(WORDS, k=rng.randint(1, 5)))
    if rng.random() < 0.6:
        doc["tags"] = ",".join(rng.choices(["red", "green", "blue"], k=rng.randint(1, 4)))
    if rng.random() < 0.5:
        doc["flags"] = " ".join(rng.choices(["on", "off"], k=rng.randint(1, 3)))
    if rng.random() < 0.6:
        doc["n"] = rng.randint(-1000, 10**9)
    if rng.random() < 0.6:
        doc["when"] = datetime.datetime(2000 + n % 25, 1 + n % 12, 1 + n % 28)
    if rng.random() < 0.3:
        doc["note"] = {"n": n}
    return doc


def fill(index, docs, writer_of, **commit):
    writer = writer_of(index)
    for doc in docs:
        writer.add_document(**doc)
    writer.commit(mergetype=commit.get("mergetype", NO_MERGE))
    return index.refresh()


def delete(index, ids, writer_of):
    writer = writer_of(index)
    for identifier in ids:
        writer.delete_by_term("id", identifier)
    writer.commit(mergetype=NO_MERGE)
    return index.refresh()


def twin(tmp_path, schema, build):
    """`build(index, writer_of)` run on an index written by our writers and on one
    written by Whoosh's; both returned."""
    ours = build(new_index(tmp_path / "ours", schema), our_writer)
    whoosh = build(new_index(tmp_path / "whoosh", schema), whoosh_writer)
    return ours, whoosh


# -- the batch segment ---------------------------------------------------------------


def test_edge_schema_batch_segment_is_byte_for_byte_whooshs(tmp_path):
    rng = random.Random(1)
    docs = [edge_doc(rng, n) for n in range(300)]
    ours, whoosh = twin(tmp_path, edge_schema(), lambda ix, w: fill(ix, docs, w))
    got = assert_same(ours, whoosh)
    # The test saw what it means to: several blocks, every kind of field.
    assert max(stats[1] for stats, _ in got[0]["postings"].values()) > 256
    assert {f for f, _ in got[0]["terms"]} >= {"id", "body", "plain", "tags", "flags", "n", "when"}


@pytest.mark.parametrize("boost", [1.5, 1.1, 0.7])
def test_batch_segment_with_a_fractional_field_boost(tmp_path, boost):
    """Whoosh's writer keeps a block's highest weight as the Python float it was given
    (1.1), ours as stored in the block (float32: 1.100000023841858); every weight,
    value and term statistic is the same. The only difference is that bound, and ours
    is the exact maximum of what is read back (Whoosh's can be a hair below it)."""
    rng = random.Random(2)
    docs = [edge_doc(rng, n) for n in range(200)]
    ours, whoosh = twin(tmp_path, edge_schema(boost), lambda ix, w: fill(ix, docs, w))
    got, expected = contents(ours)[0], contents(whoosh)[0]
    for term, (stats, items) in expected.pop("postings").items():
        my_stats, my_items = got["postings"][term]
        assert my_stats == stats
        assert [i[:3] + i[4:] for i in my_items] == [i[:3] + i[4:] for i in items]
        blocks = {}  # the block's bound and its weights, by its last id
        for item in my_items:
            blocks.setdefault(item[-1], (item[3], []))[1].append(item[1])
        assert all(bound == max(weights) for bound, weights in blocks.values())
    got.pop("postings")
    assert got == expected
    differing = [
        suffix
        for suffix, data in segment_bytes(ours)[0][4].items()
        if segment_bytes(whoosh)[0][4][suffix] != data
    ]
    assert differing == ([] if boost == 1.5 else [".pst"])


# -- merging -------------------------------------------------------------------------


def build_segments(index, writer_of, plan, deleted=()):
    """A segment per list of documents in `plan`, then one commit deleting the
    documents numbered in `deleted`."""
    for docs in plan:
        index = fill(index, docs, writer_of)
    if deleted:
        index = delete(index, [f"d{n}" for n in deleted], writer_of)
    return index


def compare_merges(tmp_path, schema, plan, deleted, exact_bytes=True):
    def build(index, writer_of):
        index = build_segments(index, writer_of, plan, deleted=deleted)
        before = contents(index)
        merged = merge_all(index, our_merge if writer_of is our_writer else whoosh_merge, writer_of)
        return merged, before

    (ours, ours_before), (whoosh, whoosh_before) = twin(tmp_path, schema, build)
    assert ours_before == whoosh_before
    assert len(ours._segments()) == len(whoosh._segments()) <= 1
    return assert_same(ours, whoosh, exact_bytes=exact_bytes)


def docs_of(rng, numbers, **kwargs):
    return [edge_doc(rng, n, **kwargs) for n in numbers]


def test_merge_with_deletions_of_every_kind(tmp_path):
    rng = random.Random(3)
    plan = [
        docs_of(rng, range(0, 100)),
        docs_of(rng, range(100, 140)),
        docs_of(rng, range(140, 300)),
    ]
    # The second segment loses every document, the others some, among them the first
    # and last of the segment and of posting blocks.
    deleted = {*range(100, 140), 0, 99, 140, 299, *range(150, 300, 7)}
    got = compare_merges(tmp_path, edge_schema(), plan, deleted)
    assert got[0]["doc_count"] == (300 - len(deleted), 300 - len(deleted))


def test_merge_drops_a_segment_whose_documents_are_all_deleted(tmp_path):
    rng = random.Random(4)
    plan = [docs_of(rng, range(0, 30)), docs_of(rng, range(30, 60))]
    # Unique words only the deleted segment had; a field only it had.
    plan[1] = [{**d, "plain": f"only{n} shared"} for n, d in enumerate(plan[1])]
    plan[0] = [{k: v for k, v in d.items() if k != "plain"} for d in plan[0]]
    got = compare_merges(tmp_path, edge_schema(), plan, range(30, 60))
    assert not any(f == "plain" for f, _ in got[0]["terms"])


def test_merging_only_deleted_documents_leaves_no_segment(tmp_path):
    index = new_index(tmp_path / "ix", edge_schema())
    rng = random.Random(4)
    index = build_segments(
        index, our_writer, [docs_of(rng, range(10)), docs_of(rng, range(10, 20))], deleted=range(20)
    )
    writer = index.writer()
    merged = merging.merge_segments(writer, list(writer.segments))
    assert merged == []
    writer.commit(mergetype=lambda w, segments: merged)
    index = index.refresh()
    assert index._segments() == []
    assert index.doc_count_all() == 0
    assert [
        n
        for n in os.listdir(index.storage.folder)
        if n.startswith("MAIN_") and n != "MAIN_WRITELOCK"
    ] == []


def test_merge_where_readers_have_different_fields(tmp_path):
    """A field (sorting first by name) only in the last segment, one only in the first:
    the new segment numbers its fields by name, as Whoosh's pool sorts them."""
    rng = random.Random(6)
    first = [{"id": f"d{n}", "tags": "red", "flags": "on"} for n in range(20)]
    middle = docs_of(rng, range(20, 60))
    last = [
        {"id": f"d{n}", "body": "common alpha", "n": n, "when": datetime.datetime(2001, 1, 1)}
        for n in range(60, 90)
    ]
    plan = [first, [{k: v for k, v in d.items() if k in ("id", "plain")} for d in middle], last]
    compare_merges(tmp_path, edge_schema(), plan, {3, 25, 61})


@pytest.mark.parametrize("live", [127, 128, 129, 255, 256, 257, 384, 385])
def test_merged_posting_lists_at_the_block_limit(tmp_path, live):
    """A term in `live` surviving documents spread over three segments."""
    total = live + 10
    docs = [{"id": f"d{n}", "body": "common", "flags": "on", "tags": "red"} for n in range(total)]
    # Break the segments at other points than the blocks; delete 10 documents.
    cut1, cut2 = total // 3, min(total // 3 + 100, total - 20)
    plan = [docs[:cut1], docs[cut1:cut2], docs[cut2:]]
    deleted = {0, cut1 - 1, cut1, cut2, total - 1}
    deleted |= set(range(10, 30, 4))
    assert len(deleted) == 10
    got = compare_merges(tmp_path, edge_schema(), plan, deleted)
    stats, items = got[0]["postings"][("body", b"common")]
    assert stats[1] == live == len(items)
    assert len({item[-1] for item in items}) == -(-live // 128)  # blocks


@pytest.mark.parametrize("live", [128, 129, 257])
def test_batch_posting_lists_at_the_block_limit(tmp_path, live):
    docs = [{"id": f"d{n}", "body": "common", "flags": "on", "tags": "red"} for n in range(live)]
    ours, whoosh = twin(tmp_path, edge_schema(), lambda ix, w: fill(ix, docs, w))
    got = assert_same(ours, whoosh)
    assert len({item[-1] for item in got[0]["postings"][("body", b"common")][1]}) == -(-live // 128)


@pytest.mark.parametrize("boost", [1.5, 0.7])
def test_merge_with_fractional_weights(tmp_path, boost):
    """Merged weights (read back as float32) are the same as Whoosh's merge writes,
    bytes and all, even where blocks mix whole and fractional weights."""
    rng = random.Random(8)
    plan = [docs_of(rng, range(0, 150)), docs_of(rng, range(150, 200))]
    compare_merges(tmp_path, edge_schema(boost), plan, {1, 2, 160})


def test_merge_of_segments_whooshs_plain_w3_codec_wrote(tmp_path):
    """Segments of Whoosh's own codec (values pickled as tuples, weights as floats)
    merged into one of ours."""
    rng = random.Random(9)
    plan = [docs_of(rng, range(0, 200)), docs_of(rng, range(200, 260))]

    def build(index, writer_of):
        plain = FileIndex(index.storage, index.schema, "MAIN")
        for docs in plan:
            writer = SegmentWriter(plain, codec=W3Codec(), compound=False)
            for doc in docs:
                writer.add_document(**doc)
            writer.commit(mergetype=NO_MERGE)
        index = delete(index.refresh(), ["d5", "d210"], writer_of)
        return merge_all(index, our_merge if writer_of is our_writer else whoosh_merge, writer_of)

    ours, whoosh = twin(tmp_path, edge_schema(), build)
    assert_same(ours, whoosh)


def test_merge_of_compound_segments_into_a_compound_segment(tmp_path):
    rng = random.Random(10)
    plan = [docs_of(rng, range(0, 150)), docs_of(rng, range(150, 200))]

    def build(index, writer_of):
        for docs in plan:
            writer = writer_of(index, compound=True)
            for doc in docs:
                writer.add_document(**doc)
            writer.commit(mergetype=NO_MERGE)
        index = index.refresh()
        assert all(s.is_compound() for s in index._segments())
        index = delete(index, ["d0", "d170"], writer_of)
        merge_with = our_merge if writer_of is our_writer else whoosh_merge
        return merge_all(index, merge_with, lambda ix: writer_of(ix, compound=True))

    ours, whoosh = twin(tmp_path, edge_schema(), build)
    assert [s.is_compound() for s in ours._segments()] == [True]
    assert_same(ours, whoosh)


# -- the writer's own segment beside a merge -------------------------------------------


def test_whoosh_add_reader_into_the_term_pool_after_added_documents(tmp_path):
    """Haystack's `update` commits with Whoosh's MERGE_SMALL, which `add_reader`s small
    segments into the writer's own (our TermPool) after the batch's documents: the
    postings of the batch, then of each reader, deleted documents left out."""
    rng = random.Random(11)
    plan = [
        docs_of(rng, range(0, 120)),
        docs_of(rng, range(120, 150)),
        docs_of(rng, range(150, 170)),
    ]
    batch = docs_of(rng, range(500, 640))

    def build(index, writer_of):
        index = build_segments(index, writer_of, plan, deleted={0, 119, *range(120, 150), 160})
        return merge_all(index, whoosh_merge, writer_of, docs=batch)

    ours, whoosh = twin(tmp_path, edge_schema(), build)
    got = assert_same(ours, whoosh)
    assert got[0]["doc_count"] == (140 + 137, 140 + 137)  # the batch, then 170 - 33


def test_a_merged_segment_goes_before_the_writers_own(tmp_path):
    """The merge policy returns the merged segment; the writer's documents follow in a
    segment of their own, numbered after it. Each is what Whoosh would write alone."""
    rng = random.Random(12)
    plan = [docs_of(rng, range(0, 100)), docs_of(rng, range(100, 160))]
    batch = docs_of(rng, range(500, 530))
    deleted = {3, 4, 150}

    index = build_segments(
        new_index(tmp_path / "ix", edge_schema()), our_writer, plan, deleted=deleted
    )
    writer = index.writer()
    for doc in batch:
        writer.add_document(**doc)
    writer.delete_by_term("id", "d7")  # a deletion by this writer, before its merge
    writer.commit(mergetype=lambda w, segments: merging.merge_segments(w, segments))
    index = index.refresh()

    merged_alone = build_segments(
        new_index(tmp_path / "merged", edge_schema()), whoosh_writer, plan, deleted=deleted | {7}
    )
    merged_alone = merge_all(merged_alone, whoosh_merge, whoosh_writer)
    batch_alone = fill(new_index(tmp_path / "batch", edge_schema()), batch, whoosh_writer)
    assert [s.doc_count_all() for s in index._segments()] == [156, 30]
    assert contents(index) == contents(merged_alone) + contents(batch_alone)
    assert segment_bytes(index) == segment_bytes(merged_alone) + segment_bytes(batch_alone)
    with index.searcher() as searcher:
        ids = [searcher.stored_fields(d)["id"] for d in range(searcher.doc_count_all())]
        expected = [f"d{n}" for n in range(160) if n not in deleted | {7}]
        assert ids == expected + [f"d{n}" for n in range(500, 530)]
        found = {hit["id"] for hit in searcher.search(wq.Term("body", "common"), limit=None)}
        assert found == {d["id"] for d in [*plan[0], *plan[1], *batch] if "body" in d} - {
            f"d{n}" for n in deleted | {7}
        }


def test_unsupported_half_way_through_a_merge_falls_back_to_whoosh(tmp_path, monkeypatch):
    """`merge` may give up (Unsupported) after writing part of its segment: the merge
    is then Whoosh's, into the writer's own segment, and the half-written files go."""
    rng = random.Random(13)
    plan = [docs_of(rng, range(0, 100)), docs_of(rng, range(100, 160))]
    calls = []
    real = merging.read_postings

    def flaky(*args):
        calls.append(args[2])
        if len(calls) == 40:
            raise Unsupported("posting values")
        return real(*args)

    def build(index, writer_of):
        index = build_segments(index, writer_of, plan, deleted={5, 150})
        if writer_of is our_writer:
            with monkeypatch.context() as patch:
                patch.setattr(merging, "read_postings", flaky)
                writer = index.writer()
                writer.commit(mergetype=lambda w, segments: merging.merge_segments(w, segments))
            assert len(calls) == 40
            return index.refresh()
        return merge_all(index, whoosh_merge, writer_of)

    ours, whoosh = twin(tmp_path, edge_schema(), build)
    assert_same(ours, whoosh)
    (segment,) = ours._segments()
    folder = ours.storage.folder
    assert {n.split(".")[0] for n in os.listdir(folder) if n.startswith("MAIN_")} == {
        segment.segment_id(),
        "MAIN_WRITELOCK",
    }
    assert not os.path.exists(os.path.join(folder, "MAIN.tmp"))


def test_a_segment_left_empty_by_whooshs_merge_merges(tmp_path):
    """Whoosh's `add_reader` of segments whose documents are all deleted commits a
    segment of no documents; merging it with others."""
    rng = random.Random(14)

    def build(index, writer_of):
        index = build_segments(index, writer_of, [docs_of(rng, range(0, 10))], deleted=range(10))
        index = merge_all(index, whoosh_merge, writer_of)
        assert [s.doc_count_all() for s in index._segments()] == [0]
        index = fill(index, docs_of(random.Random(1), range(10, 50)), writer_of)
        merge_with = our_merge if writer_of is our_writer else whoosh_merge
        return merge_all(index, merge_with, writer_of)

    ours, whoosh = twin(tmp_path, edge_schema(), build)
    assert [s.doc_count_all() for s in ours._segments()] == [40]
    assert_same(ours, whoosh)


def test_a_schema_with_vectors_is_written_and_merged_the_whoosh_way(tmp_path):
    """Vectors: the batch goes through Whoosh's pool, byte for byte what Whoosh writes;
    `merge` refuses before writing a file (Whoosh's own merge of vectors then fails on
    Python 3, `add_vector_matcher`, whatever this project does)."""
    schema = edge_schema()
    schema.add("vec", wf.TEXT(vector=True))
    rng = random.Random(15)
    plan = [
        [{**d, "vec": "alpha bravo"} for d in docs_of(rng, range(0, 30))],
        docs_of(rng, range(30, 50)),
    ]
    ours, whoosh = twin(tmp_path, schema, lambda ix, w: build_segments(ix, w, plan, deleted={1}))
    assert_same(ours, whoosh)
    writer = ours.writer()
    assert not isinstance(writer.pool, TermPool)
    readers = [SegmentReader(writer.storage, writer.schema, s) for s in writer.segments]
    before = set(os.listdir(ours.storage.folder))
    with pytest.raises(Unsupported):
        merging.merge(writer, readers)
    assert set(os.listdir(ours.storage.folder)) == before  # nothing written
    for reader in readers:
        reader.close()
    writer.cancel()


# -- a document add_document fails half way through ------------------------------------


@pytest.mark.parametrize("then", [0, 2], ids=["last of the batch", "followed by two"])
def test_a_document_that_fails_half_way_leaves_no_postings(tmp_path, then):
    """`add_document` indexes the fields in name order: one failing (here `when`) leaves
    the postings of the fields before it (`body`) in the pool under the number the next
    document gets. Haystack's `update` (silently_fail) logs the error and goes on.

    Whoosh's own writer then gives those postings to the next document (found by a
    word it does not hold), or, if none follows, to a document number past the end of
    the segment. The TermPool writer does the same in the first case and fails the
    whole commit with an IndexError in the second (the batch is lost). Either way the
    failed document should leave no posting behind. (Whoosh's per-document writer
    also keeps the column values it was given before the failure, which shifts the
    column; that is not these modules' doing and not checked here.)"""
    good = [{"id": f"d{n}", "body": "common alpha"} for n in range(3 + then)]
    bad = {"id": "bad", "body": "common bravo", "when": "not a date"}
    index = new_index(tmp_path / "ix", edge_schema())
    writer = index.writer()
    for doc in good[:3]:
        writer.add_document(**doc)
    with pytest.raises(ValueError):
        writer.add_document(**bad)
    for doc in good[3:]:
        writer.add_document(**doc)
    try:
        writer.commit(mergetype=NO_MERGE)
    except BaseException:
        writer.cancel()
        raise
    index = index.refresh()
    expected = fill(new_index(tmp_path / "expected", edge_schema()), good, whoosh_writer)
    got, want = contents(index)[0], contents(expected)[0]
    assert got["terms"] == want["terms"]  # no "bravo"
    assert got["postings"] == want["postings"]
    with index.searcher() as searcher:
        assert list(searcher.documents(body="bravo")) == []


# -- the real schema through the merge policy -------------------------------------------


@pytest.fixture
def real_schema(search_backend):
    search_backend.setup()
    return search_backend.schema


def by_id(index):
    """What a search reads, keyed by the documents' ids (independent of their order)."""
    schema = index.schema
    scorable = list(schema.scorable_names())
    docs, postings = {}, {}
    with index.reader() as top:
        ids = {}
        for reader, offset in top.leaf_readers():
            columns = {
                name: reader.column_reader(name, translate=False)
                for name in schema.names()
                if reader.has_column(name)
            }
            for d in reader.all_doc_ids():
                stored = reader.stored_fields(d)
                ids[offset + d] = stored["id"]
                docs[stored["id"]] = (
                    stored,
                    [reader.doc_field_length(d, f) for f in scorable],
                    {name: column[d] for name, column in columns.items()},
                )
        for fieldname, btext in top.all_terms():
            matcher, found = top.postings(fieldname, btext), []
            while matcher.is_active():
                found.append((ids[matcher.id()], matcher.weight(), matcher.value()))
                matcher.next()
            if found:
                postings[fieldname, btext] = sorted(found)
    return docs, postings


def test_batches_updates_and_tier_merges_keep_what_whoosh_keeps(tmp_path, real_schema, monkeypatch):
    """Batches that re-add and delete articles, committed with `merge_tiers` (tiers of 3
    here): every merge is ours, and what a search reads is what Whoosh's own writer
    keeps without merging."""
    from .test_merging import _doc

    monkeypatch.setattr(merging, "MERGE_FACTOR", 3)
    merges = []
    real_merge = merging.merge

    def spy(writer, readers):
        merges.append([(r.doc_count(), r.doc_count_all()) for r in readers])
        return real_merge(writer, readers)

    monkeypatch.setattr(merging, "merge", spy)
    rng = random.Random(21)
    ours = new_index(tmp_path / "ours", real_schema)
    whoosh = new_index(tmp_path / "whoosh", real_schema)
    merged_segments = set()
    live = set()
    for batch in range(14):
        fresh = list(range(batch * 25, batch * 25 + 25))
        again = rng.sample(sorted(live), min(len(live), 10))  # re-indexed
        gone = rng.sample(sorted(live - set(again)), min(len(live) - len(again), 4 + batch % 3 * 9))
        docs = [_doc(random.Random(n * 100 + batch), n) for n in fresh + again]
        for index, writer_of, policy in (
            (ours, our_writer, merging.merge_tiers),
            (whoosh, whoosh_writer, NO_MERGE),
        ):
            writer = writer_of(index)
            for n in again + gone:
                writer.delete_by_term("id", f"archive.article.{n}")
            for doc in docs:
                writer.add_document(**doc)
            writer.commit(mergetype=policy)
        ours, whoosh = ours.refresh(), whoosh.refresh()
        live = (live | set(fresh)) - set(gone)
        merged_segments |= {s.segment_id() for s in ours._segments()}
    assert len(whoosh._segments()) == 14
    assert len(ours._segments()) < 8  # merges happened
    assert len(merged_segments) > 14
    # Tiers merged, and segments merged for being mostly deleted (one alone, too).
    assert any(len(readers) >= 3 for readers in merges)
    assert any(live * 2 < size for readers in merges for live, size in readers)
    assert any(len(readers) == 1 for readers in merges)
    got = by_id(ours)
    assert got == by_id(whoosh)
    assert len(got[0]) == len(live)


# -- failures while writing --------------------------------------------------------------


@pytest.mark.parametrize("where", ["batch", "merge"])
def test_a_write_failing_half_way_is_cancelled_cleanly(tmp_path, monkeypatch, where):
    """An error in the middle of a posting list (the disk full, say), in the batch's
    segment or in a merge: `cancel()` (as `apply` calls it) releases the lock, the index
    is as it was, and the next commit writes everything and removes the half files."""
    rng = random.Random(31)
    index = build_segments(
        new_index(tmp_path / "ix", edge_schema()),
        our_writer,
        [docs_of(rng, range(0, 60)), docs_of(rng, range(60, 90))],
        deleted={4},
    )
    before = contents(index)
    batch = docs_of(rng, range(100, 160))
    real = ArrayFieldWriter.write_term
    calls = []

    def failing(self, *args):
        calls.append(args[0])
        if len(calls) == 25:
            raise OSError("No space left on device")
        return real(self, *args)

    policy = (
        (lambda w, segments: merging.merge_segments(w, segments)) if where == "merge" else NO_MERGE
    )
    writer = index.writer(timeout=0)
    with monkeypatch.context() as patch:
        patch.setattr(ArrayFieldWriter, "write_term", failing)
        for doc in batch:
            writer.add_document(**doc)
        with pytest.raises(OSError):
            try:
                writer.commit(mergetype=policy)
            except BaseException:
                if not writer.is_closed:
                    writer.cancel()
                raise
    assert len(calls) == 25
    assert writer.is_closed
    index = index.refresh()
    assert contents(index) == before
    writer = index.writer(timeout=0)  # the lock was released
    for doc in batch:
        writer.add_document(**doc)
    writer.commit(mergetype=policy)
    index = index.refresh()
    assert index.doc_count() == 89 + 60
    prefixes = {s.segment_id() for s in index._segments()}
    assert {n.split(".")[0] for n in os.listdir(index.storage.folder) if n.startswith("MAIN_")} == (
        prefixes | {"MAIN_WRITELOCK"}
    )


def test_batch_compound_segment_is_whooshs(tmp_path):
    rng = random.Random(32)
    docs = docs_of(rng, range(150))
    ours, whoosh = twin(
        tmp_path,
        edge_schema(),
        lambda ix, w: fill(ix, docs, lambda i: w(i, compound=True)),
    )
    assert [s.is_compound() for s in ours._segments()] == [True]
    assert_same(ours, whoosh)


def test_merge_of_big_values_and_documents_without_stored_fields(tmp_path):
    """A word seen 300 times (a value over 255 bytes: lengths packed as "I"), 70 000
    times (a weight over 0xFFFF: weights packed as floats), documents storing nothing
    (no id) between others."""
    rng = random.Random(33)
    plan = [
        docs_of(rng, range(0, 40))
        + [{"body": "alpha " * 300}, {"body": "bravo " * 70000 + "alpha"}, {"flags": "on"}],
        [{"plain": "charlie"}, *docs_of(rng, range(40, 60)), {"body": "alpha " * 300}],
    ]
    got = compare_merges(tmp_path, edge_schema(), plan, {3, 45})
    assert any(len(item[2]) > 255 for item in got[0]["postings"][("body", b"alpha")][1])
    assert max(item[1] for item in got[0]["postings"][("body", b"bravo")][1]) == 70000.0
    assert sum(1 for _d, stored, _l in got[0]["docs"] if not stored) == 5


def test_a_counting_file_knows_where_it_is_whatever_writes_to_it(tmp_path):
    from array import array

    from whoosh.filedb.filestore import FileStorage

    from search.whoosh.segments import CompactIndex, CountingFileStorage

    storage = FileStorage(str(tmp_path)).create()
    storage.create_index(edge_schema())
    assert isinstance(CompactIndex(storage).storage, CountingFileStorage)
    counted = CountingFileStorage(storage)
    f = counted.create_file("x.bin")
    f.write(b"abc")
    f.write_int(7)
    f.write_array(array("I", range(5000)))  # array.tofile, past the buffer
    f.write_pickle({"k": "夜市"})  # pickle writes to the file itself
    f.write_varint(300)
    at = f.tell()
    f.seek(2)
    f.write(b"Z")
    assert f.tell() == 3
    f.seek(at)
    f.write(b"end")
    f.close()
    data = (tmp_path / "x.bin").read_bytes()
    assert len(data) == at + 3
    assert data.endswith(b"end") and data[:3] == b"abZ"
