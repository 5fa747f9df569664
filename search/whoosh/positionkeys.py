"""A term's positions as one sorted numpy array of keys, doc << 32 | position.

A phrase is the documents where each word's key, shifted by its place in the
phrase, meets the others'. Python sets of those keys cost ~0.1 µs a position to
build and as much to intersect: at 30 000 articles of real text phrases were 40 % of
all search time (a profile of the benchmark's 200 queries), and a word split into
its characters (`"这 是"`, asked beside 这是) reads hundreds of thousands of
positions. Here the packed values of `codec._pack_values` / `formats.CompactPositions`
are decoded for all the wanted postings of a term at once, in numpy (which scipy
brings): a few ns a position, the same keys.

The layout read (`codec._pack_values`): a block's values are a typecode ("B" or "I")
of the lengths, the lengths, then the values; each value a typecode ("B", "H", "I")
and the position deltas, little-endian. Whoosh's own W3 blocks and inlined postings
keep values as tuples: those postings are decoded one by one with the format's own
decoder, as before.
"""

import sys

import numpy as np

from .packedpositions import Positions, keys_of
from .postings import POSITION_BITS, Unsupported, block_values

_DTYPES = {66: np.uint8, 72: np.dtype("<u2"), 73: np.dtype("<u4")}  # b"B", b"H", b"I"
_LENGTHS = {66: np.uint8, 73: np.dtype("<u4")}
_EMPTY = np.zeros(0, dtype=np.int64)
_LITTLE = sys.byteorder == "little"  # the files are little-endian


def marks_array(marks):
    """A bytearray of one byte a document (`bitsets.to_marks`) as a numpy bool array."""
    return np.frombuffer(marks, dtype=np.bool_)


def term_keys(postings, marks, decode, packed):
    """Sorted int64 keys doc << 32 | position of the term's positions in the marked
    documents (`marks`: numpy bools, one a document). `packed`: `decode` is the
    compact format's own (so packed blocks may be decoded here in bulk)."""
    ids = np.frombuffer(postings.ids, dtype=np.uint32)
    if not len(ids):
        return _EMPTY
    chosen = marks[ids]
    if not chosen.any():
        return _EMPTY
    sizes = np.fromiter((len(block[0]) for block in postings.blocks), np.int64)
    starts = np.cumsum(sizes) - sizes
    wanted = np.add.reduceat(chosen, starts) > 0 if len(starts) else ()
    bulk_ids, bulk_lengths, bulk_bytes, pieces = [], [], [], []
    columns_ids, columns = [], []
    for index in np.flatnonzero(wanted).tolist():
        block_ids, _weights, values = postings.blocks[index]
        if packed and isinstance(values, Positions):
            columns_ids.append(block_ids)
            columns.append(values)
        elif packed and isinstance(values, bytes) and values[0] in _LENGTHS and _LITTLE:
            count = len(block_ids)
            lengths = np.frombuffer(values, _LENGTHS[values[0]], count, 1)
            bulk_ids.append(block_ids)
            bulk_lengths.append(lengths)
            bulk_bytes.append(memoryview(values)[1 + lengths.itemsize * count :])
        else:
            pieces.append(_one_by_one(postings.blocks[index], marks, decode))
    if bulk_ids:
        pieces.append(
            _bulk(
                np.concatenate([np.frombuffer(b, dtype=np.uint32) for b in bulk_ids]),
                np.concatenate(bulk_lengths).astype(np.int64),
                np.frombuffer(b"".join(bulk_bytes), dtype=np.uint8),
                marks,
            )
        )
    if columns:
        found = np.concatenate([np.frombuffer(b, dtype=np.uint32) for b in columns_ids])
        pieces.append(keys_of(found, columns, marks[found], POSITION_BITS))
    keys = np.concatenate(pieces) if len(pieces) > 1 else pieces[0] if pieces else _EMPTY
    if len(pieces) > 1:
        keys.sort()
    return keys


def _bulk(ids, lengths, buf, marks):
    """The keys of the marked postings of packed blocks, laid end to end: `ids` and
    `lengths` one a posting, `buf` their values."""
    starts = np.cumsum(lengths) - lengths
    chosen = marks[ids] & (lengths > 1)  # a value of no positions has only its typecode
    codes = np.zeros(len(lengths), dtype=np.uint8)
    codes[chosen] = buf[starts[chosen]]
    counts = np.zeros(len(lengths), dtype=np.int64)
    groups = []
    for code in np.unique(codes[chosen]).tolist():
        if code not in _DTYPES:
            raise Unsupported(f"position typecode {code}")
        dtype = np.dtype(_DTYPES[code])
        mine = chosen & (codes == code)
        counts[mine] = (lengths[mine] - 1) // dtype.itemsize
        groups.append((dtype, mine))
    total = int(counts.sum())
    if not total:
        return _EMPTY
    # Where each posting's keys go: postings in their order, whatever their typecode
    # (mixed "B" and "H" values, each decoded apart, need no sort afterwards).
    out_starts = np.cumsum(counts) - counts
    keys = np.empty(total, dtype=np.int64)
    for dtype, mine in groups:
        # Every byte of the chosen values but their typecodes, in order.
        take = np.repeat(mine, lengths)
        take[starts[mine]] = False
        deltas = buf[take].view(dtype).astype(np.int64)
        mine_counts = counts[mine]
        positions = np.cumsum(deltas)
        # Each posting's positions start again from 0: subtract the sum before it.
        firsts = np.cumsum(mine_counts) - mine_counts
        before = np.concatenate(([0], positions))[firsts]
        positions -= np.repeat(before, mine_counts)
        positions += np.repeat(ids[mine].astype(np.int64) << POSITION_BITS, mine_counts)
        if len(groups) == 1:
            keys = positions
        else:
            keys[np.arange(len(positions)) + np.repeat(out_starts[mine] - firsts, mine_counts)] = (
                positions
            )
    return keys


def _one_by_one(block, marks, decode):
    ids = block[0]
    wanted = [i for i, d in enumerate(ids) if marks[d]]
    keys = []
    for i, value in zip(wanted, block_values(block, wanted), strict=True):
        base = ids[i] << POSITION_BITS
        keys.extend(base + p for p in decode(value))
    return np.array(keys, dtype=np.int64)


def meet(keys, more):
    """Of the sorted keys `keys`, those also in the sorted keys `more`."""
    if not len(keys) or not len(more):
        return _EMPTY
    at = np.searchsorted(more, keys)
    at[at == len(more)] = 0
    return keys[more[at] == keys]


def docs_of(keys, size):
    """The bitset of the documents of `keys`."""
    marks = np.zeros(size, dtype=np.bool_)
    marks[keys >> POSITION_BITS] = True
    return int.from_bytes(np.packbits(marks, bitorder="little").tobytes(), "little")


def marks_of(keys, size):
    marks = np.zeros(size, dtype=np.bool_)
    marks[keys >> POSITION_BITS] = True
    return marks
