import sys
from array import array

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search.whoosh import blocks
from search.whoosh.codec import _pack_values, _pack_weights, _unpack_values, _unpack_weights
from search.whoosh.formats import CompactPositions

positions = st.lists(st.integers(0, 2**32 - 1), max_size=20).map(sorted)


@given(positions)
def test_positions_round_trip(poslist):
    fmt = CompactPositions()
    encoded = fmt.encode(poslist)
    assert fmt.decode_positions(encoded) == poslist
    assert fmt.decode_frequency(encoded) == len(poslist)


@given(st.lists(st.integers(0, 70_000), min_size=1, max_size=30, unique=True).map(sorted))
def test_positions_are_encoded_byte_for_byte_as_before(poslist):
    # What the index's files hold: the deltas in the smallest of B, H, I that holds
    # the largest, little-endian, behind that type code (the way it was first written).
    deltas = [b - a for a, b in zip([0, *poslist], poslist, strict=False)]
    if len(poslist) == 1 and poslist[0] <= 0xFFFF:
        deltas = poslist
    code = next(
        c for limit, c in ((0xFF, "B"), (0xFFFF, "H"), (2**32 - 1, "I")) if max(deltas) <= limit
    )
    packed = array(code, deltas)
    if sys.byteorder == "big":
        packed.byteswap()
    assert CompactPositions().encode(poslist) == code.encode("ascii") + packed.tobytes()


def test_a_word_seen_once_costs_two_bytes():
    assert len(CompactPositions().encode([7])) == 2


@given(st.lists(st.binary(max_size=300), min_size=1, max_size=130))
def test_block_values_round_trip(values):
    assert _unpack_values(_pack_values(values), len(values)) == tuple(values)


@given(
    st.lists(st.integers(1, 70000).map(float), min_size=1, max_size=130)
    | st.lists(st.floats(0.5, 1e6, width=32), min_size=1, max_size=130)
)
def test_block_weights_round_trip(weights):
    assert list(_unpack_weights(_pack_weights(tuple(weights)))) == weights


@given(
    st.lists(st.integers(1, 70000).map(float), min_size=1, max_size=130)
    | st.lists(st.floats(0.5, 1e6, width=32), min_size=1, max_size=130)
    | st.lists(st.just(1.0), min_size=1, max_size=3)
    | st.lists(st.just(2.5), min_size=1, max_size=3)
)
def test_array_block_weights_are_what_whoosh_reads_from_w3(weights):
    packed = blocks.pack_weights(array("f", weights))
    ids = array("I", range(len(weights)))
    raw = blocks.MAGIC + blocks.pack_block(ids, packed, None, max(weights), 1, 2, True)
    [(_ids, stored, _values)] = blocks.read_list(raw)
    if all(w == 1.0 for w in weights):
        assert stored is None  # as W3's `_mini_weights`
    elif len(set(weights)) == 1:
        assert stored == weights[0]
    else:
        assert list(_unpack_weights(stored)) == weights


@given(
    st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=130, unique=True).map(sorted),
    st.integers(0, 1000),
    st.booleans(),
)
def test_array_blocks_round_trip(ids, offset, with_values):
    ids = array("I", ids)
    values = _pack_values([b"B" + bytes([n % 256]) for n in ids]) if with_values else None
    weights = blocks.pack_weights(array("f", [1.0] * len(ids)))
    raw = blocks.MAGIC + b"".join(
        blocks.pack_block(ids[i : i + 7], weights, values, 1.0, 3, 4, i + 7 >= len(ids))
        for i in range(0, len(ids), 7)
    )
    summaries = []
    found = list(blocks.read_list(raw, 0, summaries))
    assert [i for block_ids, _w, _v in found for i in block_ids] == list(ids)
    assert [s[:2] for s in summaries] == [
        (len(ids[i : i + 7]), ids[i : i + 7][-1]) for i in range(0, len(ids), 7)
    ]
    assert all(v == values for _i, _w, v in found)
    if max(ids) + offset < 2**32:  # ids shifted (by a segment's offset), in bulk too
        shifted = [i for b, _w, _v in blocks.read_list(raw, offset) for i in b]
        assert shifted == [i + offset for i in ids]


def test_the_backend_writes_with_the_array_codec(db, search_backend):
    from search.whoosh.codec import ArrayCodec

    from ..conftest import index_all, make_indexed_article

    make_indexed_article(title="夜市", body="本报讯 夜市。")
    index_all()
    reader = search_backend.searcher().reader()
    assert all(type(seg.codec()) is ArrayCodec for seg in reader.segments())


def test_haystacks_own_search_api_still_works(db, search_backend):
    from haystack.query import SearchQuerySet

    from ..conftest import index_all, make_indexed_article

    article = make_indexed_article(title="大沙河桥夜市", body="本报讯 大沙河桥夜市开张。")
    make_indexed_article(title="预算", body="本报讯 预算绩效。")
    index_all()
    assert [int(r.pk) for r in SearchQuerySet().auto_query("夜市")] == [article.pk]
    assert [int(r.pk) for r in SearchQuerySet().filter(content="污染")] == []


@pytest.mark.parametrize("pos", [0, 1, 255, 256, 4097, 65535, 65536, 2**31])
def test_a_single_position_round_trips_in_the_smallest_type(pos):
    fmt = CompactPositions()
    encoded = fmt.encode([pos])
    assert fmt.decode_positions(encoded) == [pos]
    assert encoded[:1] == (b"B" if pos <= 0xFF else b"H" if pos <= 0xFFFF else b"I")
