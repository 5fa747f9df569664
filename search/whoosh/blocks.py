"""The posting blocks of `codec.ArrayCodec`: numbers laid out as arrays, no pickle, no zlib.

W3 writes each block of up to 128 postings as a pickled summary and a pickled, zlib
compressed (ids, weights, values): two pickles and a zlib a block, a third of the
indexing process's time, and 23–29 µs a block to read back. Here a block is a fixed
header (`struct`) and three arrays sliced out of it, so both ways are a few C calls.

A posting list: `MAGIC` (W3's own lists begin with `WHOOSH3_HEADER_MAGIC`: the readers
dispatch on it), then blocks, each (little-endian):

    i  size of the rest of the block, negative for the last block (W3's framing)
    I  CRC-32 of the rest of the block after this field (zlib's check did this in W3:
       a changed byte anywhere in a block is found, by `check_index --deep` too)
    H  count of postings
    I  first document, I last document
    d  max weight (a float64, as W3's pickled summary keeps it)
    B  min length byte, B max length byte (as W3's summary)
    B  the typecode of the document deltas (`B`, `H` or `I`; 0 for a block of one)
    -- count - 1 deltas from the first document (each block stands alone: Whoosh's
       matcher may start at any block)
    -- the weights: a typecode and its numbers: `1` (none: every weight 1.0), `=` (one
       float32 for all), `B` or `H` (whole numbers), `f` (float32s), count of them; the
       last three are `codec._pack_weights`'s layout (with `B` added)
    -- the values, to the end of the block: `codec._pack_values`'s layout for a format
       of variable-size values, W3's joined bytes for a fixed size, nothing for none.

The lists written now begin with `MAGIC2` and their blocks are the same but for two
parts, made for the full-text fields' long lists (`packedpositions.py` says why):

    -- the weights may also be `c`: they are the counts of the positions (each a whole
       number, exactly), which the values hold; nothing else is stored for them
    -- the values, when there are any, begin with a tag: `v`, the positions as counts
       and varints (`packedpositions.py`), or `.`, what follows is what a `MAGIC` list
       holds there (the values of a list shorter than a block: the few dozen numpy
       calls a list, ~100 µs, cost more than the layout saves there, and long lists
       are what a large index is made of; or values `packedpositions.split` does not
       take)

A `MAGIC` list is read as it was written, and allows neither.
"""

import struct
import sys
import zlib
from array import array
from itertools import accumulate, islice
from operator import sub

import numpy as np

from . import packedpositions
from .packedpositions import Columns, Positions

MAGIC = b"BkA1"  # the first layout: read, no longer written
MAGIC2 = b"BkA2"  # what `codec.ArrayCodec` writes
VERSIONS = {MAGIC: 1, MAGIC2: 2}
PLAIN = b"."  # a MAGIC2 block's values in the first layout
_PLAIN, _TAG = PLAIN[0], packedpositions.TAG
HEAD = struct.Struct("<iIHIIdBBB")
_FRAME = struct.Struct("<iI")  # size and CRC: what the CRC does not cover
_ONE = struct.Struct("<f")
_BIG = sys.byteorder == "big"  # the files are little-endian wherever they are read
_WIDTHS = {0: 0, 66: 1, 72: 2, 73: 4, 102: 4}  # typecode byte → item size ("B", "H", "I", "f")


class BadBlock(Exception):
    """A block that does not say what it holds."""


def _typed(code, numbers):
    packed = array(code, numbers)
    if _BIG:
        packed.byteswap()
    return packed.tobytes()


def pack_weights(weights):
    """The weights part of a block (`weights` an array "f", as W3's writer keeps them):
    None when all are 1.0 and one number when all are equal, as W3's `_mini_weights`."""
    count = len(weights)
    first = weights[0]
    if weights.count(1.0) == count:
        return b"1"
    if weights.count(first) == count:
        return b"=" + _ONE.pack(first)
    # Occurrence counts times the field boost: small whole numbers, mostly.
    low, high = min(weights), max(weights)
    if low >= 0 and high <= 0xFFFF and all(map(float.is_integer, weights)):
        code = "B" if high <= 0xFF else "H"
        return code.encode("ascii") + _typed(code, map(int, weights))
    return b"f" + _typed("f", weights)


def positions_parts(values, weights, limit):
    """Of a `MAGIC2` list of positions, each block's (weights part, values part), a block
    of `limit` postings: `values` one `CompactPositions` encoding a posting, or
    `packedpositions.Columns`; `weights` an array "f". None where the values are not
    taken (`packedpositions.split`)."""
    if not isinstance(values, Columns):
        if len(values) != len(weights):
            return None
        found = packedpositions.split(values)
        if found is None:
            return None
        values = Columns(*found)
    pieces, counted = packedpositions.encode(values.counts, values.deltas, limit)
    same = np.frombuffer(weights, np.float32) == values.counts
    parts = []
    for k, start in enumerate(range(0, len(weights), limit)):
        block = weights[start : start + limit]
        if counted[k] and block.count(1.0) < len(block) and same[start : start + limit].all():
            parts.append((b"c", pieces[k]))
        else:
            parts.append((pack_weights(block), pieces[k]))
    return parts


def pack_block(ids, weights, values, maxweight, minlength, maxlength, last):
    """One block's bytes: `ids` ascending, `weights` from `pack_weights`, `values` the
    values part (bytes or None), the length bounds as bytes (W3's `length_to_byte`)."""
    count = len(ids)
    if count > 1:
        deltas = array("I", map(sub, islice(ids, 1, None), ids))
        biggest = max(deltas)
        code = "B" if biggest <= 0xFF else "H" if biggest <= 0xFFFF else "I"
        id_bytes = _typed(code, deltas)
        code = ord(code)
    else:
        code, id_bytes = 0, b""
    head = HEAD.pack(0, 0, count, ids[0], ids[-1], maxweight, minlength, maxlength, code)
    body = b"".join((head[_FRAME.size :], id_bytes, weights, values or b""))
    size = 4 + len(body)
    return _FRAME.pack(-size if last else size, zlib.crc32(body)) + body


def read_block(raw, pos, offset=0, version=1):
    """The block of `raw` at `pos`: (summary, ids, weights, values, end, last).

    `summary` is W3's (count, last id, max weight, compression 0, min and max length
    byte); `ids` an array "I" shifted by `offset`; `weights` None (all 1.0), one float
    or `codec._pack_weights`'s bytes, as `CompactLeafMatcher` takes them from W3's
    pickle; `values` bytes, `Positions` (a `MAGIC2` list's), or None when the block
    keeps none. `BadBlock` when the block is not whole or not what its header says;
    `version` is the list's (`VERSIONS`)."""
    summary, first, code, deltas, weights, values, end, last = _parse(raw, pos, version)
    return summary, _ids(raw, first + offset, code, *deltas), weights, values, end, last


def _parse(raw, pos, version):
    """A block's parts, its documents not decoded: (summary, first document, delta
    typecode, (start, stop) of the deltas, weights, values, end, last)."""
    size, crc, count, first, last_id, maxweight, minlength, maxlength, code = HEAD.unpack_from(
        raw, pos
    )
    last, size = size < 0, abs(size)
    end = pos + 4 + size
    if end > len(raw) or zlib.crc32(memoryview(raw)[pos + _FRAME.size : end]) != crc:
        raise BadBlock(f"a block of {count} postings to {last_id} is not whole")
    width = _WIDTHS.get(code)
    if width is None or not count or (count > 1) != bool(code):
        raise BadBlock(f"document typecode {code}")
    deltas = (pos + HEAD.size, pos + HEAD.size + (count - 1) * width)
    start = deltas[1]
    kind = raw[start]
    counted = kind == 99 and version > 1  # "c": the positions' counts
    if counted:
        weights, start = None, start + 1
    elif kind == 49:  # "1"
        weights, start = None, start + 1
    elif kind == 61:  # "="
        (weights,) = _ONE.unpack_from(raw, start + 1)
        start += 5
    elif kind in (66, 72, 102):
        stop = start + 1 + count * _WIDTHS[kind]
        weights, start = raw[start:stop], stop
    else:
        raise BadBlock(f"weights typecode {kind}")
    if start > end:
        raise BadBlock("a block shorter than its postings")
    if start >= end:
        values = None
    elif version == 1:
        values = raw[start:end]
    elif raw[start] == _TAG:  # the second layout's positions
        values = Positions(raw[start:end], count)
        if counted:  # the weights are the counts' typecode and numbers
            kept = raw[start + 1]
            stop = start + 2 + count * _WIDTHS.get(kept, 0)
            if kept not in (66, 72) or stop > end:  # "B" or "H": packed weights
                raise BadBlock(f"counts typecode {kept} as weights")
            weights = raw[start + 1 : stop]
    elif raw[start] == _PLAIN:
        values = raw[start + 1 : end]
    else:
        raise BadBlock(f"values tag {raw[start]}")
    if counted and not isinstance(values, Positions):
        raise BadBlock("weights of counts with no positions")
    summary = (count, last_id, maxweight, 0, minlength, maxlength)
    return summary, first, code, deltas, weights, values, end, last


def _ids(raw, first, code, start, stop):
    if not code:
        return array("I", [first])
    deltas = array(chr(code))
    deltas.frombytes(raw[start:stop])
    if _BIG:
        deltas.byteswap()
    return array("I", accumulate(deltas, initial=first))


# A list of at least this many blocks has its documents decoded in one pass of numpy
# (a dozen calls, some 25 µs) instead of a block at a time (3.5 µs a block of 128).
BULK_BLOCKS = 8
_DTYPES = {66: np.dtype("u1"), 72: np.dtype("<u2"), 73: np.dtype("<u4")}


def _bulk_ids(raw, parts, offset):
    """The documents of every block of `parts` (from `_parse`), end to end, as one
    array "I": each block's first document and deltas laid out in one int64 array,
    summed along it, and each block's sum before it taken off again."""
    counts = np.array([part[0][0] for part in parts], dtype=np.int64)
    starts = np.cumsum(counts) - counts  # where each block's postings begin
    steps = np.zeros(int(counts.sum()), dtype=np.int64)
    steps[starts] = [part[1] for part in parts]
    for code, dtype in _DTYPES.items():
        mine = [k for k, part in enumerate(parts) if part[2] == code]
        if not mine:
            continue
        found = np.frombuffer(b"".join(raw[slice(*parts[k][3])] for k in mine), dtype=dtype).astype(
            np.int64
        )
        sizes = counts[mine] - 1
        # The deltas of block k go to starts[k] + 1 ...: a running index shifted per block.
        shift = np.repeat(starts[mine] + 1 - (np.cumsum(sizes) - sizes), sizes)
        steps[shift + np.arange(len(found))] = found
    sums = np.cumsum(steps)
    before = np.repeat(sums[starts] - steps[starts], counts)
    ids = array("I")
    ids.frombytes((sums - before + offset).astype("=u4").tobytes())
    return ids


def read_list(raw, offset=0, summaries=None):
    """(ids, weights, values) of each block of a posting list read whole (see
    `read_block`), each block's summary appended to `summaries` if given."""
    version = VERSIONS.get(bytes(raw[:4]))
    if version is None:
        raise BadBlock("posting list header")
    parts, pos, last = [], 4, False
    while not last:
        part = _parse(raw, pos, version)
        parts.append(part)
        pos, last = part[6], part[7]
    if summaries is not None:
        summaries.extend(part[0] for part in parts)
    if len(parts) < BULK_BLOCKS:
        for _summary, first, code, deltas, weights, values, _end, _last in parts:
            yield _ids(raw, first + offset, code, *deltas), weights, values
        return
    ids, at = _bulk_ids(raw, parts, offset), 0
    for part in parts:
        count = part[0][0]
        yield ids[at : at + count], part[4], part[5]
        at += count


def load_block(writer, ids, weights, values, lengths) -> None:
    """Set W3's postings writer up for one block as its `_write_block` reads it: the
    block's ids, weights and their highest, its values, and the shortest and longest
    field lengths of its documents (`lengths` None where the field keeps none)."""
    writer._ids, writer._weights = ids, weights
    writer._maxweight = max(max(weights), 0)
    writer._values = values
    if lengths is None:
        writer._minlength, writer._maxlength = None, 0
    else:
        nonzero = [length for length in map(lengths.__getitem__, ids) if length]
        writer._minlength = min(nonzero) if nonzero else None
        writer._maxlength = max(nonzero, default=0)
