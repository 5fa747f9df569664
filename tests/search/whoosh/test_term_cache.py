"""The posting lists kept across queries on one searcher (search/whoosh/termcache.py)
and what an entry keeps (`postings.Postings.compact`). That a search answered from it
equals Whoosh's is test_matching.py's to show: its queries run one after another on
one searcher, so most of its words come from here."""

import gc
import tracemalloc
from array import array

import numpy as np
import pytest

from search.whoosh import blocks
from search.whoosh.bitsets import to_bits
from search.whoosh.packedpositions import Columns
from search.whoosh.positionkeys import term_keys
from search.whoosh.postings import (
    SHARED_FROM,
    Postings,
    compact_positions,
    keep_bits,
    narrowest,
    position_keys,
)
from search.whoosh.termcache import TermCache


def postings(n, weights=b"B", start=0, step=1, positions=False):
    """A list of `n` postings in one block, each weight packed as `weights` says."""
    found = Postings(positions)
    found.ids.extend(range(start, start + n * step, step))
    packed = weights + bytes(np.arange(n, dtype=np.uint8).tobytes()) if weights == b"B" else None
    found.blocks.append((found.ids, packed, None))
    return found


def ask(cache, key, n=10):
    """As `Evaluation.postings` does: look the word up, read and offer it if unknown."""
    known, _found = cache.get(key)
    if not known:
        cache.put(key, postings(n) if n else None, 100)
    return known


def test_when_full_a_list_replaces_only_lists_asked_for_less():
    each = postings(10)
    each.compact(100)
    cache = TermCache(budget=4 * each.nbytes(100) + 100)
    assert not any(ask(cache, key) for key in "abcd")  # nearly full
    assert ask(cache, "a")  # asked twice now
    # Full: "e", asked once, displaces nothing asked once or more (words asked in
    # turn, more than fit, leave what is kept as it is instead of emptying it).
    assert not ask(cache, "e") and cache.get("a")[0] and cache.used <= cache.budget
    # Asked for a second time, "e" takes the place of the oldest asked for once.
    assert not ask(cache, "e")
    assert [cache.get(k)[0] for k in "abcde"] == [True, False, True, True, True]
    assert cache.used <= cache.budget
    assert not ask(cache, "gone", n=0) and ask(cache, "gone", n=0)  # a word no segment holds
    cache.put("huge", postings(90), 100)  # more than a quarter of the budget: not kept
    assert cache.get("huge") == (False, None)


def test_a_list_kept_without_positions_keeps_its_ids_and_weights_as_stored():
    kept = postings(10)
    kept.blocks[0] = (kept.ids, b"H" + bytes(range(20)), None)
    TermCache(budget=10**6).put("w", kept, 100)
    assert kept.blocks is None and kept.bits(100) == (1 << 10) - 1
    ids, weights = kept.packed()
    assert (ids.dtype, weights.dtype) == (np.uint32, np.uint16)
    assert kept.id_array().dtype == np.int64 and kept.id_array().tolist() == list(range(10))
    widened = kept.weight_array()
    assert widened.dtype == np.float64
    assert widened.tolist() == [256 * (2 * i + 1) + 2 * i for i in range(10)]


@pytest.mark.parametrize(
    ("weights", "dtype"),
    [
        ([1.0, 2.0, 255.0], np.uint8),
        ([1.0, 256.0], np.uint16),
        ([0.5, 3.0], np.float32),  # a boosted count: float32 as stored
        ([1.0, 65536.0], np.float32),
        ([0.1, 1.0], np.float64),  # not a float32: kept as it is
        ([-1.0, 2.0], np.float32),
        ([-0.0, 1.0], np.float32),  # a count would lose the sign
        ([float("nan"), 1.0], np.float64),
        ([], np.uint8),
    ],
)
def test_weights_are_kept_in_the_narrowest_type_that_gives_each_back(weights, dtype):
    given = np.array(weights, dtype=np.float64)
    kept = narrowest(given)
    assert kept.dtype == dtype
    back = kept.astype(np.float64)
    assert back.tobytes() == given.tobytes()  # bit for bit, the sign of zero and nan too


def test_a_short_lists_bitset_is_made_when_asked_and_not_kept():
    size = 3200
    short, long = postings(99, step=7), postings(100, start=5, step=3)
    assert not keep_bits(99, size) and keep_bits(100, size)
    for found in (short, long):
        found.compact(size)
        assert found.bits(size) == to_bits(list(found.ids), size)
    assert short._bits is None and long._bits is not None
    assert long.nbytes(size) - long.packed()[0].nbytes - long.packed()[1].nbytes > size // 8


def _list_of(ids, counts, positions):
    """A `blocks.MAGIC2` posting list's bytes, as `codec.ArrayCodec` writes one."""
    weights = array("f", map(float, counts))
    parts = blocks.positions_parts(Columns(counts, positions), weights, 128)
    found = []
    for k, start in enumerate(range(0, len(ids), 128)):
        block = ids[start : start + 128]
        weights_part, values_part = parts[k]
        last = start + 128 >= len(ids)
        found.append(blocks.pack_block(block, weights_part, values_part, 9.0, 1, 9, last))
    return blocks.MAGIC2 + b"".join(found)


@pytest.mark.parametrize(
    ("count", "with_positions"), [(3, False), (40, False), (5000, False), (3, True), (5000, True)]
)
def test_an_entrys_cost_is_what_it_holds(count, with_positions):
    """`nbytes` against what tracemalloc sees held by 50 such entries (numpy keeps
    small freed buffers for reuse: one entry alone would count those)."""
    rng = np.random.default_rng(count)
    size = 100_000
    ids = array("I", sorted(rng.choice(size, count, replace=False).tolist()))
    counts = rng.integers(1, 30, count)
    raw = _list_of(ids, counts, rng.integers(1, 50, int(counts.sum())))
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = []
        for _ in range(50):
            found = Postings(with_positions)
            for block_ids, weights, values in blocks.read_list(raw):
                found.ids += block_ids
                found.blocks.append((block_ids, weights, values if with_positions else None))
            found.compact(size)
            kept.append(found)
        gc.collect()
        held = (tracemalloc.get_traced_memory()[0] - before) / len(kept)
    finally:
        tracemalloc.stop()
    assert 0.8 * held <= found.nbytes(size) <= 1.25 * held


def test_a_list_kept_with_positions_holds_its_ids_once_and_reads_the_same():
    rng = np.random.default_rng(7)
    size = 5000
    ids = array("I", sorted(rng.choice(size - 1, 300, replace=False).tolist()))
    counts = rng.integers(1, 9, len(ids))
    raw = _list_of(ids, counts, rng.integers(1, 40, int(counts.sum())))

    def read():
        found = Postings(positions=True)
        for block_ids, weights, values in blocks.read_list(raw):
            found.ids += block_ids
            found.blocks.append((block_ids, weights, values))
        found.blocks.append((array("I", [size - 1]), None, None))  # a segment's one posting
        found.ids.append(size - 1)
        return found

    marks = np.zeros(size, dtype=np.bool_)
    marks[rng.choice(size, 2000, replace=False)] = True
    before, kept = read(), read()
    kept.compact(size)
    shared = [b[0] for b in kept.blocks if isinstance(b[0], memoryview)]
    # Blocks of 128, 128 and 44 postings: the last, under SHARED_FROM, keeps its array.
    assert 44 < SHARED_FROM <= 128
    assert len(shared) == 2 and all(view.obj is kept.ids for view in shared)
    assert isinstance(kept.blocks[-1][0], array)  # one posting: an array is smaller
    assert [list(b[0]) for b in kept.blocks] == [list(b[0]) for b in before.blocks]
    expected = term_keys(before, marks, compact_positions, packed=True).tolist()
    assert term_keys(kept, marks, compact_positions, packed=True).tolist() == expected
    byte_marks = bytearray(marks.astype(np.uint8).tobytes())
    found = [list(k) for k in position_keys(kept, byte_marks, compact_positions, 3)]
    assert found == [list(k) for k in position_keys(before, byte_marks, compact_positions, 3)]
    assert sum(map(len, found)) == len(expected)
