"""A block's positions as one column of counts and one of varints (`blocks.MAGIC2` lists).

`formats.CompactPositions` encodes each posting's positions as a typecode and the
deltas in that width, and the first block layout (`codec._pack_values`) put a length
before each: in long lists, where a word is in most articles, that was 2 bytes a
posting of typecode and length, and deltas in whole bytes, 2 for any above 255, which
zlib had packed in W3's blocks (8.7 → 9.8 bytes a posting, README.md, issue #17). Here
a block's positions are

    v                 the layout's tag
    B|H|I, counts     how many positions each posting has (its length and typecode
                      gone: both follow from the deltas); also the weights, when
                      they are these counts (`blocks.positions_parts`)
    varints           every posting's deltas end to end, 7 bits a byte, low bits first,
                      the high bit set on every byte but a number's last (LEB128):
                      a first position under 16 384 in 2 bytes, a later one under 128
                      in 1

It holds any values that are exactly what `CompactPositions.encode` makes (each
value's typecode the narrowest of "B", "H", "I" for its largest delta, "B" for no
position), so `encoded` gives the same bytes back; other values keep the first
layout (`split` returns None). Making and decoding are numpy throughout, a few dozen
calls a list and no Python a posting: a phrase (`positionkeys.term_keys`) decodes the
wanted blocks of a term in one pass, and a search that reads no positions only slices
them out of the block.
"""

from bisect import bisect_left

import numpy as np

TAG = 0x76  # "v"
_WIDTH = np.zeros(256, dtype=np.int64)  # a value's typecode byte → its deltas' width
_WIDTH[[0x42, 0x48, 0x49]] = (1, 2, 4)  # "B", "H", "I"
_DTYPES = {1: np.dtype("u1"), 2: np.dtype("<u2"), 4: np.dtype("<u4")}
_COUNT_CODES = {0x42: np.dtype("u1"), 0x48: np.dtype("<u2"), 0x49: np.dtype("<u4")}
_SHIFTS = np.arange(5, dtype=np.int64) * 7  # a 32-bit number takes at most 5 varint bytes


class BadPositions(Exception):
    """Positions that do not say what they hold."""


def _narrowest(biggest):
    """Per posting, the width `CompactPositions.encode` picks for its largest delta."""
    return np.where(biggest <= 0xFF, 1, np.where(biggest <= 0xFFFF, 2, 4))


def _largest(deltas, counts):
    """Each posting's largest delta (0 for one of no position)."""
    biggest = np.zeros(len(counts), dtype=np.int64)
    full = counts > 0
    if full.any():
        starts = np.cumsum(counts) - counts
        biggest[full] = np.maximum.reduceat(deltas, starts[full])
    return biggest


def split(values):
    """(counts, deltas) as int64 arrays from `CompactPositions` encodings (a list of
    bytes, one a posting), or None unless each is exactly what `encode` makes."""
    lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
    if not lengths.all():
        return None
    buf = np.frombuffer(b"".join(values), dtype=np.uint8)
    starts = np.cumsum(lengths) - lengths
    widths = _WIDTH[buf[starts]]
    if not widths.all():
        return None
    body = lengths - 1
    counts = body // widths
    if (counts * widths != body).any():
        return None
    deltas = np.empty(int(counts.sum()), dtype=np.int64)
    found = np.unique(widths)
    for width in found.tolist():
        mine = widths == width
        take = np.repeat(mine, lengths) if len(found) > 1 else np.ones(len(buf), np.bool_)
        take[starts[mine]] = False  # the typecodes
        part = buf[take].view(_DTYPES[width]).astype(np.int64)
        if len(found) == 1:
            deltas = part
        else:
            mine_counts = counts[mine]
            to = np.cumsum(counts) - counts  # where each posting's deltas go
            before = np.cumsum(mine_counts) - mine_counts  # and where they are in `part`
            deltas[np.arange(len(part)) + np.repeat(to[mine] - before, mine_counts)] = part
    if (_narrowest(_largest(deltas, counts)) != widths).any():
        return None  # a typecode wider than `encode` gives: would not come back the same
    return counts, deltas


class Columns:
    """A term's positions as (counts, deltas) int64 arrays, one count a posting: what a
    merge hands `codec.ArrayFieldWriter.write_term` instead of a bytes object a
    posting, so that positions read in this layout are written again without
    `encoded`'s bytes in between."""

    __slots__ = ("counts", "deltas")

    def __init__(self, counts, deltas):
        self.counts, self.deltas = counts, deltas

    def __len__(self):
        return len(self.counts)

    @classmethod
    def join(cls, parts):
        return cls(*(np.concatenate(found) for found in zip(*parts, strict=True)))


def encode(counts, deltas, limit):
    """The layout's bytes of each block of `limit` postings (a list), and whether each
    block's counts may stand for its weights (at most 0xFFFF: "B" or "H")."""
    sizes = np.ones(len(deltas), dtype=np.int64)
    for shift in (7, 14, 21, 28):
        sizes += deltas >= 1 << shift
    ends = np.cumsum(sizes)
    starts = ends - sizes
    out = np.empty(int(ends[-1]) if len(ends) else 0, dtype=np.uint8)
    for k in range(int(sizes.max()) if len(sizes) else 0):
        more = sizes > k if k else slice(None)
        part = (deltas[more] >> (7 * k)) & 0x7F
        out[starts[more] + k] = part | ((sizes[more] > k + 1) << 7)
    varints = out.tobytes()
    firsts = np.arange(0, len(counts), limit)
    most = np.maximum.reduceat(counts, firsts).tolist()
    # Where each block's varints begin: its first posting's first delta.
    at = np.concatenate(([0], ends))[(np.cumsum(counts) - counts)[firsts]].tolist()
    at.append(len(varints))
    pieces, counted = [], []
    for k, first in enumerate(firsts.tolist()):
        code = 0x42 if most[k] <= 0xFF else 0x48 if most[k] <= 0xFFFF else 0x49
        numbers = counts[first : first + limit].astype(_COUNT_CODES[code]).tobytes()
        pieces.append(b"".join((bytes((TAG, code)), numbers, varints[at[k] : at[k + 1]])))
        counted.append(code != 0x49)
    return pieces, counted


def _counts_end(raw, count):
    """Where the counts of `raw` (a block's values in this layout) end, its varints
    begin."""
    if len(raw) < 2 or raw[0] != TAG or raw[1] not in _COUNT_CODES:
        raise BadPositions("positions' tag")
    stop = 2 + count * _COUNT_CODES[raw[1]].itemsize
    if stop > len(raw):
        raise BadPositions("positions shorter than their counts")
    return stop


def _varints(buf, total):
    """`total` numbers from varint bytes (numpy uint8)."""
    if not total:
        if len(buf):
            raise BadPositions("bytes after the last position")
        return np.zeros(0, dtype=np.int64)
    low = buf < 0x80  # a number's last byte
    if low.all():  # every number under 128: no assembly
        found = buf.astype(np.int64)
    else:
        lasts = np.flatnonzero(low)
        if len(lasts) != total or lasts[-1] != len(buf) - 1:
            raise BadPositions(f"{len(lasts)} varints of {total}")
        firsts = np.empty(len(lasts), dtype=np.int64)
        firsts[0], firsts[1:] = 0, lasts[:-1] + 1
        nth = np.arange(len(buf)) - np.repeat(firsts, lasts - firsts + 1)
        if nth.max() >= len(_SHIFTS):
            raise BadPositions("a varint of more than 32 bits")
        found = np.add.reduceat((buf & 0x7F).astype(np.int64) << _SHIFTS[nth], firsts)
    if len(found) != total:
        raise BadPositions(f"{len(found)} varints of {total}")
    return found


class Positions:
    """A block's positions in this layout, as read: `raw` (bytes) and `count`, the
    block's postings. Decoded only when asked: a search that reads no positions never
    pays for them."""

    __slots__ = ("raw", "count")

    def __init__(self, raw, count):
        self.raw, self.count = raw, count

    def __len__(self):
        return len(self.raw)

    def __eq__(self, other):
        return isinstance(other, Positions) and (self.raw, self.count) == (other.raw, other.count)

    __hash__ = None

    def arrays(self):
        """(counts, deltas) as int64 arrays."""
        return decode([self])

    def encoded(self):
        """Each posting's value as `CompactPositions.encode` made it, a tuple of bytes."""
        return encoded(*self.arrays())


def encoded(counts, deltas):
    """Each posting's value as `CompactPositions.encode` makes it, a tuple of bytes."""
    if not len(counts):
        return ()
    joined, sizes = _encodings(counts, deltas)
    ends = np.cumsum(sizes)
    starts = ends - sizes
    return tuple(map(joined.__getitem__, map(slice, starts.tolist(), ends.tolist())))


def _encodings(counts, deltas):
    """Every posting's `CompactPositions.encode` bytes end to end (bytes), and each
    one's size (int64); every count at least 1."""
    widths = _narrowest(_largest(deltas, counts))
    sizes = 1 + counts * widths
    ends = np.cumsum(sizes)
    starts = ends - sizes
    out = np.zeros(int(ends[-1]) if len(ends) else 0, dtype=np.uint8)
    out[starts] = np.array([0, 0x42, 0x48, 0, 0x49], dtype=np.uint8)[widths]
    # Each delta's bytes, low first, at its posting's start + 1 + its place * width.
    wide = np.repeat(widths, counts)
    at = np.repeat(starts + 1 - (np.cumsum(counts) - counts) * widths, counts)
    at += np.arange(len(deltas)) * wide
    for k in range(int(widths.max()) if len(widths) else 0):
        more = wide > k if k else slice(None)
        out[at[more] + k] = (deltas[more] >> (8 * k)) & 0xFF
    return out.tobytes(), sizes


class Pooled:
    """The positions of some of a batch's postings of one field (a run of its terms,
    in the segment's order), made from what the pool keeps (a count a posting, the
    positions end to end) when the segment is written: every posting's
    `CompactPositions` encoding made in one numpy pass, not a `bytes` a posting as
    each document was added (and a long list's split back into counts and deltas to be
    written). Each term's share goes to the codec as a `PooledTerm`."""

    def __init__(self, counts, firsts, positions, order):
        """`counts` (uint32), `firsts` (where each posting's positions begin) and
        `positions` (uint32) are the pool's, in the order added; `order` the postings
        wanted, in the segment's order (a term's together, in turn)."""
        counts = counts[order].astype(np.int64)
        ends = np.cumsum(counts)
        starts = ends - counts
        take = np.repeat(firsts[order] - starts, counts)
        take += np.arange(len(take))
        found = positions[take].astype(np.int64)
        del take
        deltas = np.empty_like(found)
        deltas[1:] = found[1:] - found[:-1]
        full = starts[counts > 0]
        deltas[full] = found[full]  # a posting's first position counts from 0
        del found, full
        self.counts, self.deltas = counts, deltas
        self.joined, sizes = _encodings(counts, deltas)
        # Where each posting's encoding and deltas begin (one more at the end).
        self.byte_at = [0, *np.cumsum(sizes).tolist()]
        self.delta_at = [0, *ends.tolist()]
        # The first layout's lengths (`codec._pack_values`): "B" unless one is over 255.
        self.sizes = sizes
        self.small = sizes.astype(np.uint8).tobytes()
        self.wide = np.flatnonzero(sizes > 0xFF).tolist()
        self.wide_bytes = None


class PooledTerm:
    """A term's postings' positions, `start` to `end` of a `Pooled`: `packed()` for a
    list of one block, `columns()` for a longer one, or, as a sequence, each posting's
    `CompactPositions` bytes (for a writer that takes neither)."""

    __slots__ = ("pooled", "start", "end")

    def __init__(self, pooled, start, end):
        self.pooled, self.start, self.end = pooled, start, end

    def __len__(self):
        return self.end - self.start

    def _bytes(self):
        joined, at = self.pooled.joined, self.pooled.byte_at
        return [joined[at[i] : at[i + 1]] for i in range(self.start, self.end)]

    def __iter__(self):
        return iter(self._bytes())

    def __getitem__(self, index):
        return self._bytes()[index]

    def packed(self):
        """`codec._pack_values` of the postings' encodings."""
        pooled, start, end = self.pooled, self.start, self.end
        values = pooled.joined[pooled.byte_at[start] : pooled.byte_at[end]]
        wide = pooled.wide
        k = bisect_left(wide, start)
        if k == len(wide) or wide[k] >= end:
            return b"B" + pooled.small[start:end] + values
        if pooled.wide_bytes is None:
            pooled.wide_bytes = pooled.sizes.astype("<u4").tobytes()
        return b"I" + pooled.wide_bytes[4 * start : 4 * end] + values

    def columns(self):
        """The postings' (counts, deltas), as `Columns`."""
        pooled, at = self.pooled, self.pooled.delta_at
        return Columns(
            pooled.counts[self.start : self.end], pooled.deltas[at[self.start] : at[self.end]]
        )


def decode(blocks):
    """(counts, deltas) int64 arrays of `Positions` laid end to end."""
    counts, varints = [], []
    for block in blocks:
        stop = _counts_end(block.raw, block.count)
        counts.append(np.frombuffer(block.raw, _COUNT_CODES[block.raw[1]], block.count, 2))
        varints.append(memoryview(block.raw)[stop:])
    counts = np.concatenate(counts) if len(counts) > 1 else counts[0]
    counts = counts.astype(np.int64)
    # One block's varints end on a number's last byte, so joined they read as one run.
    buf = np.frombuffer(b"".join(varints), dtype=np.uint8)
    return counts, _varints(buf, int(counts.sum()))


def keys_of(ids, blocks, chosen, bits):
    """Ascending int64 keys doc << `bits` | position of the chosen postings of `blocks`
    (`Positions` laid end to end; `ids` their documents, `chosen` bools, one a posting)."""
    counts, deltas = decode(blocks)
    if len(counts) != len(ids):
        raise BadPositions(f"{len(counts)} postings' positions for {len(ids)} documents")
    take = np.repeat(chosen, counts)
    positions = np.cumsum(deltas)
    # Each posting's positions count from 0: take off the deltas of the postings before.
    before = np.concatenate(([0], positions))[np.cumsum(counts) - counts]
    positions -= np.repeat(before, counts)
    return positions[take] + (np.repeat(ids.astype(np.int64) << bits, counts)[take])
