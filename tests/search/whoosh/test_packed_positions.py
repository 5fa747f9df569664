"""The second block layout's positions (search/whoosh/packedpositions.py): counts and
varints give back exactly the values `CompactPositions.encode` made, the weights that are
counts are read as the packed weights they were, the first layout still reads, and a
changed byte is found."""

from array import array

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from search.whoosh import blocks, packedpositions
from search.whoosh.codec import _pack_values
from search.whoosh.formats import CompactPositions
from search.whoosh.postings import Postings, _block_weights, block_values, position_keys

FMT = CompactPositions()
TOP = 2**32 - 1

# A posting's positions: none, one, a few, many; up to the largest a value holds.
poslists = st.one_of(
    st.just([]),
    st.lists(st.integers(0, TOP), min_size=1, max_size=3, unique=True).map(sorted),
    st.lists(st.integers(0, 3000), min_size=1, max_size=400, unique=True).map(sorted),
)


def positions_list(poslists, limit=128, weights=None):
    """A `MAGIC2` list of one posting a document, its blocks as the writer makes them."""
    values = [FMT.encode(p) for p in poslists]
    if weights is None:
        weights = array("f", [float(len(p)) for p in poslists])
    ids = array("I", range(0, 3 * len(values), 3))
    parts = blocks.positions_parts(values, weights, limit)
    assert parts is not None
    pieces = [blocks.MAGIC2]
    for k, start in enumerate(range(0, len(ids), limit)):
        last = start + limit >= len(ids)
        pieces.append(blocks.pack_block(ids[start : start + limit], *parts[k], 1.0, 1, 2, last))
    return b"".join(pieces), ids, values, weights


@given(st.lists(poslists, min_size=1, max_size=300), st.sampled_from([1, 3, 128]))
def test_positions_come_back_as_encode_made_them(poslists, limit):
    raw, ids, values, weights = positions_list(poslists, limit)
    read = list(blocks.read_list(raw))
    assert [i for block_ids, _w, _v in read for i in block_ids] == list(ids)
    back = []
    for block_ids, stored_weights, stored in read:
        assert isinstance(stored, packedpositions.Positions)
        back += stored.encoded()
        counts, deltas = stored.arrays()
        assert counts.tolist() == [FMT.decode_frequency(v) for v in stored.encoded()]
        assert len(deltas) == counts.sum()
        assert _block_weights(stored_weights, len(block_ids)) == [
            weights[i] for i in range(len(back) - len(block_ids), len(back))
        ]
    assert back == values
    assert [FMT.decode_positions(v) for v in back] == poslists


def test_edge_cases_round_trip():
    cases = {
        "one posting": [[5]],
        "one posting of no position": [[]],
        "the largest positions": [[TOP], [0, TOP], [TOP - 1, TOP]],
        "many positions": [list(range(0, 200_000, 3))],
        "no positions between some": [[1, 2], [], [], [70_000], []],
        "every width at once": [[7], [300], [70_000], [1, 2, 300, 70_300]],
    }
    for name, poslists in cases.items():
        raw, _ids, values, _weights = positions_list(poslists)
        found = [v for _i, _w, stored in blocks.read_list(raw) for v in stored.encoded()]
        assert found == values, name


def test_varints_take_a_byte_under_128_and_two_under_16384():
    counts, deltas = np.array([4]), np.array([0, 127, 128, 16_383])
    [piece], _counted = packedpositions.encode(counts, deltas, 128)
    assert piece == b"vB\x04" + b"\x00\x7f\x80\x01\xff\x7f"
    assert packedpositions.decode([packedpositions.Positions(piece, 1)])[1].tolist() == [
        0,
        127,
        128,
        16_383,
    ]


def test_weights_that_are_not_the_counts_are_kept_as_they_are():
    poslists = [[1, 5], [2], [3, 9, 11]]
    for weights in ([3.0, 1.5, 4.5], [2.0, 1.0, 7.0], [1.0, 1.0, 1.0]):
        raw, _ids, _values, _w = positions_list(poslists, weights=array("f", weights))
        [(block_ids, stored, _v)] = blocks.read_list(raw)
        assert [float(w) for w in _block_weights(stored, len(block_ids))] == weights
    raw, *_rest = positions_list(poslists)  # weights = the counts: nothing stored
    weights_at = 4 + blocks.HEAD.size + 2  # after the header and two one-byte deltas
    assert raw[weights_at : weights_at + 2] == b"cv"


def test_values_encode_would_not_make_keep_the_first_layout():
    # "H" for a delta that fits a byte, a length that is not whole numbers, no typecode.
    for odd in ([b"H\x05\x00", b"B\x01"], [b"H\x05", b"B\x01"], [b"", b"B\x01"], [b"Q\x01"]):
        assert packedpositions.split(odd) is None
        assert blocks.positions_parts(odd, array("f", [1.0] * len(odd)), 128) is None


def test_phrase_keys_equal_those_decoded_a_posting_at_a_time():
    poslists = [[1, 4], [], [300], [2, 70_000, 70_001], [9]] * 30
    raw, ids, values, _weights = positions_list(poslists, limit=16)
    postings = Postings(positions=True)
    for block_ids, weights, stored in blocks.read_list(raw):
        postings.ids += block_ids
        postings.blocks.append((block_ids, weights, stored))
    marks = bytearray(max(ids) + 1)
    for d in ids[::4]:
        marks[d] = 1
    expected = [
        (d << 32) + p + 7
        for d, v in zip(ids, values, strict=True)
        if marks[d]
        for p in FMT.decode_positions(v)
    ]
    packed = [k for found in position_keys(postings, marks, _compact(), 7) for k in found]
    general = [
        k for found in position_keys(postings, marks, FMT.decode_positions, 7) for k in found
    ]
    assert packed == general == expected
    found = [block_values(block, range(len(block[0]))) for block in postings.blocks]
    assert [v for block in found for v in block] == values


def _compact():
    from search.whoosh.postings import compact_positions

    return compact_positions


def test_first_layout_lists_read_and_allow_neither_new_part():
    values = [FMT.encode([1, 9]), FMT.encode([300])]
    weights = array("f", [2.0, 1.0])
    ids = array("I", [4, 9])
    first = blocks.pack_block(ids, blocks.pack_weights(weights), _pack_values(values), 2.0, 1, 2, 1)
    [(read_ids, stored_weights, stored)] = blocks.read_list(blocks.MAGIC + first)
    assert list(read_ids) == [4, 9] and stored == _pack_values(values)
    assert _block_weights(stored_weights, 2) == [2, 1]
    [parts] = blocks.positions_parts(values, weights, 128)
    second = blocks.pack_block(ids, *parts, 2.0, 1, 2, True)
    [(_i, _w, stored)] = blocks.read_list(blocks.MAGIC2 + second)
    assert stored.encoded() == tuple(values)
    with pytest.raises(blocks.BadBlock):  # a first-layout list holds no counts or varints
        list(blocks.read_list(blocks.MAGIC + second))


def test_a_changed_byte_anywhere_is_found():
    raw, *_rest = positions_list([[1, 4], [300], [2, 70_000], [], [9]] * 3, limit=4)
    for at in range(len(raw)):
        for flip in (0x01, 0x80, 0x5A):
            changed = raw[:at] + bytes([raw[at] ^ flip]) + raw[at + 1 :]
            with pytest.raises(Exception):  # noqa: B017, PT011 (any error will do)
                for _ids, _weights, stored in blocks.read_list(changed):
                    stored.encoded()
