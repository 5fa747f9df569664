"""`ArrayCodec`'s posting blocks (search/whoosh/blocks.py) hold what `CompactCodec`'s W3
pickles held: Whoosh's own matchers read the same postings and block bounds from both;
the fast path (`postings.read_postings`, a list at a time, in bulk for long lists)
reads what Whoosh's matchers read; an index with segments of both codecs answers and
merges into the new one; lists of the first block layout (`blocks.MAGIC`) read as before
and merge into the second; a changed byte anywhere in a list is found."""

import random
import shutil
from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import NO_MERGE

from search.whoosh import blocks
from search.whoosh.codec import ArrayCodec, CompactCodec
from search.whoosh.postings import (
    BadPostings,
    Postings,
    _list_bytes,
    block_values,
    check_every_list,
    read_postings,
)
from search.whoosh.segments import CompactIndex

from .test_writer_edges import edge_doc, edge_schema
from .whoosh_twins import (
    assert_same,
    merge_all,
    new_index,
    our_merge,
    our_writer,
    segment_bytes,
    whoosh_merge,
)


def build(path, codec, batches, blocklimit=None):
    index = new_index(path, edge_schema(boost=1.5))
    rng = random.Random(5)
    for numbers in batches:
        writer = our_writer(
            index, codec=codec(**({"blocklimit": blocklimit} if blocklimit else {}))
        )
        for n in numbers:
            writer.add_document(**edge_doc(rng, n))
        writer.commit(mergetype=NO_MERGE)
    return index.refresh()


def whoosh_reads(leaf, fieldname, btext):
    """(ids, weights, values) as Whoosh's matcher reads them, a posting at a time."""
    matcher, found = leaf.postings(fieldname, btext), ([], [], [])
    while matcher.is_active():
        found[0].append(matcher.id())
        found[1].append(matcher.weight())
        found[2].append(matcher.value())
        matcher.next()
    return found


def fast_reads(leaf, fieldname, btext, offset=0):
    """The same through the fast path: the ids, weights, each value of each block."""
    postings = Postings(positions=True)
    read_postings(leaf, offset, fieldname, btext, postings)
    values = []
    fixed = leaf.schema[fieldname].format.fixed_value_size()
    for block in postings.blocks:
        if fixed is None or fixed < 0:
            values += block_values(block, range(len(block[0])))
        elif fixed == 0:
            values += [None] * len(block[0])
        else:
            values += [block[2][i : i + fixed] for i in range(0, len(block[2]), fixed)]
    weights = [float(w) for w in postings.weight_array()]
    assert weights == [float(w) for w in postings.weights]
    return list(postings.ids), weights, values, len(postings.blocks)


@pytest.mark.parametrize("blocklimit", [None, 3])
def test_whooshs_matchers_read_from_array_blocks_what_they_read_from_w3_pickles(
    tmp_path, blocklimit
):
    batches = [range(0, 150), range(150, 190)]
    new = build(tmp_path / "new", ArrayCodec, batches, blocklimit)
    old = build(tmp_path / "old", CompactCodec, batches, blocklimit)
    assert {type(s.codec()) for s in new._segments()} == {ArrayCodec}
    assert {type(s.codec()) for s in old._segments()} == {CompactCodec}
    # Documents, lengths, columns, terms, and each posting with its block's bounds.
    assert_same(new, old, exact_bytes=False)


@pytest.mark.parametrize("bulk", [True, False], ids=["in bulk", "a block at a time"])
def test_the_fast_path_reads_from_array_blocks_what_whooshs_matchers_read(
    tmp_path, monkeypatch, bulk
):
    monkeypatch.setattr(blocks, "BULK_BLOCKS", 2 if bulk else 10**9)
    index = build(tmp_path / "ix", ArrayCodec, [range(0, 150), range(150, 190)], blocklimit=4)
    longest = 0
    with index.reader() as top:
        for leaf, offset in top.leaf_readers():
            for fieldname, btext in leaf.all_terms():
                ids, weights, values, count = fast_reads(leaf, fieldname, btext, offset)
                by_whoosh = whoosh_reads(leaf, fieldname, btext)
                assert ids == [d + offset for d in by_whoosh[0]], (fieldname, btext)
                assert weights == by_whoosh[1], (fieldname, btext)
                assert values == list(by_whoosh[2]), (fieldname, btext)
                longest = max(longest, count)
    assert longest > 10  # lists of many blocks, read in bulk when asked


def test_segments_of_both_codecs_answer_and_merge_into_array_blocks(tmp_path):
    index = new_index(tmp_path / "ix", edge_schema())
    rng = random.Random(9)
    for codec, numbers in ((CompactCodec, range(0, 120)), (ArrayCodec, range(120, 200))):
        writer = our_writer(index, codec=codec())
        for n in numbers:
            writer.add_document(**edge_doc(rng, n))
        writer.commit(mergetype=NO_MERGE)
    index = index.refresh()
    assert [type(s.codec()) for s in index._segments()] == [CompactCodec, ArrayCodec]
    with index.reader() as top:
        for leaf, offset in top.leaf_readers():
            for fieldname, btext in leaf.all_terms():
                ids, weights, values, _count = fast_reads(leaf, fieldname, btext, offset)
                by_whoosh = whoosh_reads(leaf, fieldname, btext)
                assert (ids, weights, values) == (
                    [d + offset for d in by_whoosh[0]],
                    by_whoosh[1],
                    list(by_whoosh[2]),
                )
    twin = tmp_path / "twin"
    twin_index = new_index(twin, edge_schema())
    rng = random.Random(9)
    for numbers in (range(0, 120), range(120, 200)):  # the same, all with Whoosh's merge
        writer = our_writer(twin_index, codec=ArrayCodec())
        for n in numbers:
            writer.add_document(**edge_doc(rng, n))
        writer.commit(mergetype=NO_MERGE)
    merged = merge_all(index, our_merge, our_writer)
    expected = merge_all(twin_index.refresh(), whoosh_merge, our_writer)
    assert [type(s.codec()) for s in merged._segments()] == [ArrayCodec]
    assert_same(merged, expected)  # byte for byte
    folder = merged.storage.folder
    segment = merged._segments()[0]
    with open(f"{folder}/{segment.make_filename('.pst')}", "rb") as handle:
        assert handle.read(4) == blocks.MAGIC2


def test_a_changed_byte_anywhere_in_a_list_is_found(tmp_path):
    index = build(tmp_path / "ix", ArrayCodec, [range(0, 60)], blocklimit=8)
    with index.reader() as top:
        leaf = top.leaf_readers()[0][0]
        # The longest list of the full-text field: positions, weights, many blocks.
        _df, fieldname, btext = max(
            (leaf.doc_frequency(f, t), f, t) for f, t in leaf.all_terms() if f == "body"
        )
        raw = _list_bytes(leaf._terms._postfile, leaf.term_info(fieldname, btext))
        assert check_every_list(leaf) > 0
    assert raw[:4] == blocks.MAGIC2 and len(raw) > 200
    for at in range(len(raw)):
        for flip in (0x01, 0x80, 0x5A):
            changed = raw[:at] + bytes([raw[at] ^ flip]) + raw[at + 1 :]
            with pytest.raises(Exception):  # noqa: B017, PT011 (any error will do)
                for _block in blocks.read_list(changed):
                    pass


def test_the_deep_check_finds_a_changed_weight_the_ids_do_not_show(tmp_path):
    index = build(tmp_path / "ix", ArrayCodec, [range(0, 60)])
    [segment] = index._segments()
    path = f"{index.storage.folder}/{segment.make_filename('.pst')}"
    with index.reader() as top:
        leaf = top.leaf_readers()[0][0]
        # A word whose weights are stored one by one (not all the same).
        fieldname, btext = next(
            (f, t)
            for f, t in leaf.all_terms()
            if f == "body" and len(set(whoosh_reads(leaf, f, t)[1])) > 1
        )
        start, _length = leaf.term_info(fieldname, btext).extent()
    with open(path, "rb") as handle:
        whole = bytearray(handle.read())
    # The first block's weights start after the header and its count - 1 deltas.
    head = blocks.HEAD.unpack_from(whole, start + 4)
    count, code = head[2], head[8]
    weights_at = start + 4 + blocks.HEAD.size + (count - 1) * blocks._WIDTHS[code]
    assert chr(whole[weights_at]) in "BHf"
    whole[weights_at + 1] ^= 0x02
    with open(path, "wb") as handle:
        handle.write(whole)
    with index.refresh().reader() as top:
        leaf = top.leaf_readers()[0][0]
        with pytest.raises(BadPostings, match="not whole"):
            check_every_list(leaf)
        with pytest.raises(blocks.BadBlock):
            whoosh_reads(leaf, fieldname, btext)


V1_INDEX = Path(__file__).parent / "array_v1_index"


def test_lists_of_the_first_layout_read_as_before_and_merge_into_the_second(tmp_path):
    # Written by the code before the second layout (array_v1_index/README.md).
    shutil.copytree(V1_INDEX, tmp_path / "old", ignore=shutil.ignore_patterns("*.md"))
    old = CompactIndex(FileStorage(str(tmp_path / "old")), indexname="MAIN")
    new = build(tmp_path / "new", ArrayCodec, [range(0, 60), range(60, 80)], blocklimit=4)
    magics = set()
    with old.reader() as old_top, new.reader() as new_top:
        for (leaf, offset), (twin, _o) in zip(
            old_top.leaf_readers(), new_top.leaf_readers(), strict=True
        ):
            for fieldname, btext in leaf.all_terms():
                info = leaf.term_info(fieldname, btext)
                if not info.is_inlined():
                    magics.add(_list_bytes(leaf._terms._postfile, info)[:4])
                assert fast_reads(leaf, fieldname, btext, offset) == fast_reads(
                    twin, fieldname, btext, offset
                ), (fieldname, btext)
    assert magics == {blocks.MAGIC}
    assert_same(old, new, exact_bytes=False)  # Whoosh's matchers: postings, block bounds
    merged = merge_all(old, our_merge, our_writer)
    twin = merge_all(new, our_merge, our_writer)
    assert_same(merged, twin, exact_bytes=False)
    # The postings and the term table byte for byte (the stored fields are pickled
    # again as they were read, in an order of their own).
    [(*_attributes, files)], [(*_same, twin_files)] = segment_bytes(merged), segment_bytes(twin)
    for suffix in (".pst", ".trm"):
        assert files[suffix] == twin_files[suffix]


def test_long_lists_keep_their_positions_as_counts_and_varints(tmp_path):
    index = build(tmp_path / "ix", ArrayCodec, [range(0, 60)], blocklimit=4)
    with index.reader() as top:
        leaf = top.leaf_readers()[0][0]
        for fieldname, btext in leaf.all_terms():
            postings = Postings(positions=True)
            read_postings(leaf, 0, fieldname, btext, postings)
            columns = {isinstance(v, blocks.Positions) for _i, _w, v in postings.blocks}
            # A full-text list that fills its first block; no other.
            assert columns == {fieldname == "body" and len(postings.ids) >= 4}, btext
