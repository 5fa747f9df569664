"""Reading Whoosh posting lists a block at a time.

The W3 codec writes a term's postings as blocks of up to 128: the document numbers
(as deltas), the weights and the values (positions), pickled and compressed;
`ArrayCodec` writes the same blocks as plain arrays (`blocks.py`). `W3LeafMatcher`
reads them a posting at a time through a file object; here a list is fetched in one
read and each block decoded whole, in C where Python allows (in numpy for a long list
of array blocks).
"""

import pickle
import struct
import sys
import threading
import zlib
from array import array
from itertools import accumulate, chain, compress, islice, repeat
from operator import add, lshift, lt

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC, W3Codec

from . import blocks
from .bitsets import to_bits
from .formats import CompactPositions
from .packedpositions import keys_of

LITTLE_ENDIAN = sys.byteorder == "little"
POSITION_BITS = 32  # a phrase's (document, position) pairs are keyed doc << 32 | position
_INT = struct.Struct("!i")  # StructFile.write_int
# Packed weights (`codec._pack_weights`, `blocks.pack_weights`): counts as "B" or "H",
# anything else as "f".
_PACKED = {b"B": np.dtype("u1"), b"H": np.dtype("<u2"), b"f": np.dtype("<f4")}


class Unsupported(Exception):
    """A query or an index this code does not evaluate: ask Whoosh instead."""


class Postings:
    """One term's postings over every segment, in global document numbers, ascending:
    `ids`; `blocks` of (ids, weights, values) as stored, decoded when asked for. The
    values (positions) are kept only if `positions`: a phrase reads them."""

    __slots__ = ("ids", "blocks", "counts", "positions", "_bits", "_weights", "_arrays")

    def __init__(self, positions=False):
        self.ids, self.blocks, self._bits, self._weights = array("I"), [], None, None
        self._arrays = None
        self.counts = True  # every weight a whole number (an int)
        self.positions = positions

    def bits(self, size):
        if self._bits is None:
            self._bits = to_bits(self.ids, size)
        return self._bits

    def id_array(self):
        """`ids` as numpy int64s."""
        if self._arrays is None:
            self._arrays = {}
        if "ids" not in self._arrays:
            self._arrays["ids"] = np.frombuffer(self.ids, dtype=np.uint32).astype(np.int64)
        return self._arrays["ids"]

    def weight_array(self):
        """The weights as numpy float64s, decoded from the blocks as `_block_weights`
        decodes them (a count exactly, a packed float32 widened as Python widens it)."""
        if self._arrays is None:
            self._arrays = {}
        if "weights" not in self._arrays:
            parts = []
            for ids, weights, _values in self.blocks:
                if isinstance(weights, bytes) and weights[:1] in _PACKED and LITTLE_ENDIAN:
                    parts.append(np.frombuffer(weights, _PACKED[weights[:1]], offset=1))
                else:
                    parts.append(np.array(_block_weights(weights, len(ids)), dtype=np.float64))
            found = np.concatenate(parts).astype(np.float64) if parts else np.zeros(0)
            self._arrays["weights"] = found
        return self._arrays["weights"]

    def compact(self, size):
        """Keep only what scoring and counting read (the bitset, the ids and weights
        as arrays), not the blocks: 16 bytes a posting instead of about 26, so the
        cache holds more lists. Only for postings read without positions."""
        if not self.positions and self.blocks is not None:
            self.bits(size), self.id_array(), self.weight_array()
            self.blocks = self.ids = None

    def nbytes(self, size):
        """About what these postings hold in memory once scored and counted: ids,
        blocks, the bitset and the numpy arrays (for `TermCache`'s budget)."""
        if self.blocks is None:  # compacted
            return 16 * len(self._arrays["ids"]) + size // 8 + 300
        stored = sum(len(v) for _i, _w, v in self.blocks if isinstance(v, bytes | blocks.Positions))
        return 26 * len(self.ids) + 300 * len(self.blocks) + stored + size // 8

    @property
    def weights(self):
        if self._weights is None:
            self._weights = []
            for ids, weights, _values in self.blocks:
                decoded = _block_weights(weights, len(ids))
                self.counts = self.counts and all(type(w) is int for w in decoded[:1])
                self._weights += decoded
        return self._weights


class TermCache:
    """Postings read for earlier queries on one searcher, kept up to `budget` bytes
    (`Postings.nbytes`).

    Reading a posting list of W3's blocks is a zlib and two pickles a block of 128: at
    30 037 articles of real text, 38 % of all search time once scoring and phrases ran
    in numpy (a profile of the benchmark's 200 queries), most of it for the common
    words that query after query asks again. `ArrayCodec`'s blocks cost about a third
    of that (README.md, issue #17), and the common words are still asked again. When it is full a list comes in only in place
    of lists asked for less often than it (the least recently used of those first):
    plain LRU emptied itself on the benchmark's 200 queries asked in turn (more than
    the budget) and kept nothing; this keeps what it has until something is asked for
    more. A list larger than a quarter of the budget is never kept.
    """

    AGE_AFTER = 50_000  # counts halved when this many words have been asked for

    def __init__(self, budget):
        self.budget, self.used = budget, 0
        self._entries = {}  # key -> (postings or None, bytes), oldest use first
        self._asked = {}  # key -> how often asked for (halved now and then)
        self._lock = threading.Lock()

    def get(self, key):
        """(True, postings or None) if known, else (False, None)."""
        with self._lock:
            self._asked[key] = self._asked.get(key, 0) + 1
            if len(self._asked) > self.AGE_AFTER:
                self._asked = {k: n // 2 for k, n in self._asked.items() if n > 1}
            found = self._entries.pop(key, None)
            if found is None:
                return False, None
            self._entries[key] = found
            return True, found[0]

    def put(self, key, postings, size):
        if postings is not None:
            postings.compact(size)
        cost = 64 if postings is None else postings.nbytes(size)
        if cost > self.budget // 4:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            self.used -= old[1] if old else 0
            asked = self._asked.get(key, 0)
            victims, freed = [], 0
            for other, (_postings, other_cost) in self._entries.items():
                if self.used - freed + cost <= self.budget:
                    break
                if self._asked.get(other, 0) < asked:
                    victims.append(other)
                    freed += other_cost
            if self.used - freed + cost > self.budget:
                return  # everything here is asked for as often: keep it
            for other in victims:
                del self._entries[other]
            self.used += cost - freed
            self._entries[key] = (postings, cost)


def read_postings(reader, offset, fieldname, btext, postings, terminfo=None):
    """Append the term's postings in one segment (deleted documents too) to `postings`.

    The W3 codec writes a posting list as a header and blocks of up to 128 postings:
    a length (negative for the last block), a pickled summary, then the pickled
    (ids, weights, values), compressed (`ArrayCodec`: the same as arrays, `blocks.py`).
    `W3LeafMatcher` reads it a field at a time through a file object; here the list is
    fetched in one read and parsed. `terminfo`: the term's, where the caller has it
    (a merge walks the term table).
    """
    try:
        terms = reader._terms
        postfile = terms._postfile
        codec = reader.codec()
    except AttributeError:
        raise Unsupported(type(reader).__name__) from None
    if not isinstance(codec, W3Codec):
        raise Unsupported(type(codec).__name__)
    if terminfo is None:
        terminfo = terms.term_info(fieldname, btext)
    if terminfo.is_inlined():  # a term in one document: its posting is in the terminfo
        ids, weights, values = terminfo.inlined_postings()
        ids = array("I", [d + offset for d in ids])
        postings.ids += ids
        postings.blocks.append((ids, tuple(weights), tuple(values) if postings.positions else None))
        return
    for ids, weights, values in _blocks(_list_bytes(postfile, terminfo), offset):
        postings.ids += ids
        postings.blocks.append((ids, weights, values if postings.positions else None))


def _list_bytes(postfile, terminfo):
    """A term's posting list (not inlined), in one read."""
    start, length = terminfo.extent()
    length = length[0] if isinstance(length, tuple) else length  # a 1-tuple in 2.7.5
    return postfile.get(start, length)


def _blocks(raw, offset=0, summaries=None):
    """(ids, weights, values) of each block of a posting list read whole, the ids
    shifted by `offset`; each block's summary appended to `summaries` if given.

    The list's first bytes say how its blocks are laid out: `ArrayCodec`'s arrays
    (`blocks.py`), or W3's pickles (the segments of `CompactCodec` and of Whoosh's own
    W3 codec)."""
    if bytes(raw[:4]) in blocks.VERSIONS:
        yield from blocks.read_list(raw, offset, summaries)
        return
    if raw[:4] != WHOOSH3_HEADER_MAGIC:
        raise Unsupported("posting list header")
    view, pos, last = memoryview(raw), 4, False
    while not last:
        (size,) = _INT.unpack_from(raw, pos)
        last, size = size < 0, abs(size)
        end = pos + 4 + size
        # The summary (count, last id, max weight, compression, min and max length)
        # is pickled as `dumps(summary, 2)`: loads() stops at its end, and dumping it
        # again gives its length.
        summary = pickle.loads(view[pos + 4 : end])
        compression = summary[3]
        data = view[pos + 4 + len(pickle.dumps(summary, 2)) : end]
        deltas, weights, values = pickle.loads(zlib.decompress(data) if compression else data)
        ids = array("I", accumulate(deltas, initial=offset))  # stored as deltas
        del ids[0]
        if summaries is not None:
            summaries.append(summary)
        yield ids, weights, values
        pos = end


class BadPostings(Exception):
    """A posting list that cannot be read whole, or does not say what it holds."""


def check_every_list(reader):
    """Read every posting list of one segment `reader` whole, one list at a time, and
    check what each block says of itself: how many postings, the last document, in
    ascending order within the segment, and that the blocks hold as many postings as
    the term table says (`ArrayCodec`'s blocks are each checked against their CRC-32 as
    they are read, as zlib checks W3's). Returns how many postings were read;
    `BadPostings` names the first list that fails.

    For `manage.py check_index --deep`: Whoosh's `all_ids()` decodes a posting at a
    time through a file object (2 s per thousand articles, hours at a million). The
    term table is walked in its own order (no look-up per term), and memory holds one
    list at a time."""
    try:
        items, postfile = reader._terms.items(), reader._terms._postfile
        if not isinstance(reader.codec(), W3Codec):
            raise Unsupported(type(reader.codec()).__name__)
    except AttributeError:
        raise Unsupported(type(reader).__name__) from None
    documents, read = reader.doc_count_all(), 0
    for (fieldname, btext), terminfo in items:
        try:
            if terminfo.is_inlined():
                ids = terminfo.inlined_postings()[0]
                blocks = [(ids, (len(ids), ids[-1]))]
            else:
                summaries = []
                found = [
                    ids for ids, _w, _v in _blocks(_list_bytes(postfile, terminfo), 0, summaries)
                ]
                blocks = zip(found, summaries, strict=True)
            previous, listed = -1, 0
            for ids, (count, last, *_rest) in blocks:
                if len(ids) != count or ids[-1] != last:
                    raise BadPostings(f"a block says {count} postings to {last}")
                # Each next to the one before it, in C (a Python loop per posting would
                # cost as much as the decoding).
                if ids[0] <= previous or not all(map(lt, ids, islice(ids, 1, None))):
                    raise BadPostings("documents out of order")
                previous = ids[-1]
                listed += count
            if previous >= documents:
                raise BadPostings(f"document {previous} of {documents}")
            # A list that ends a block early (its last block marked last) reads whole.
            if listed != terminfo.doc_frequency():
                raise BadPostings(f"{listed} postings of {terminfo.doc_frequency()}")
            read += listed
        except Exception as exc:
            raise BadPostings(
                f"{fieldname}:{btext.decode(errors='replace')!r}: {type(exc).__name__}: {exc}"
            ) from exc
    return read


def _block_weights(weights, count):
    # As W3LeafMatcher._read_weights and CompactLeafMatcher._read_weights decode them,
    # but a whole number as an int (what Whoosh computes with it is the same).
    if weights is None:
        return [1] * count
    if isinstance(weights, float):
        weight = array("f", [weights])[0]
        return [int(weight) if weight.is_integer() else weight] * count
    if isinstance(weights, bytes):
        # Packed by `codec._pack_weights` or `blocks.pack_weights`: "B" or "H" counts,
        # or "f" floats. A count is kept
        # an int: Whoosh's float32 of a small int is the same number.
        packed = array(chr(weights[0]))
        packed.frombytes(weights[1:])
        if not LITTLE_ENDIAN:
            packed.byteswap()
        return packed.tolist()
    return list(weights)


def block_values(block, wanted):
    """The encoded values (positions) of the postings at indexes `wanted` of a block."""
    ids, _weights, values = block
    if isinstance(values, tuple):  # Whoosh's own W3 blocks, an inlined posting
        return [values[i] for i in wanted]
    if isinstance(values, blocks.Positions):
        encoded = values.encoded()
        return [encoded[i] for i in wanted]
    if not isinstance(values, bytes):
        raise Unsupported("posting values")
    # Packed by `codec._pack_values`: a typecode, the lengths, then the values.
    lengths = array(chr(values[0]))
    start = 1 + len(ids) * lengths.itemsize
    lengths.frombytes(values[1:start])
    if not LITTLE_ENDIAN:
        lengths.byteswap()
    ends = list(accumulate(lengths, initial=start))
    return [values[ends[i] : ends[i + 1]] for i in wanted]


def compact_positions(value):
    # A typecode, then the position deltas; mostly bytes ("B"), read as they are.
    if value[0] == 66:
        return accumulate(value[1:])
    return accumulate(array(chr(value[0]), value[1:]))


def decoder(fmt):
    """A function from an encoded value to an iterable of positions."""
    if type(fmt) is CompactPositions and LITTLE_ENDIAN:
        return compact_positions
    return fmt.decode_positions


def segment_lengths(reader, fieldname):
    """One segment's length column for `fieldname`, one byte per document."""
    try:
        perdoc = reader._perdoc
    except AttributeError:
        raise Unsupported("length column") from None
    return perdoc_lengths(perdoc, fieldname, reader.doc_count_all())


def perdoc_lengths(perdoc, fieldname, count):
    """The length column of a segment's per-document reader, one byte per document."""
    try:
        column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
        if column is None:
            return bytes(count)
        raw = column._dbfile.get(column._basepos, min(column._count, count))
    except AttributeError:
        raise Unsupported("length column") from None
    return raw + bytes(count - len(raw))


def position_keys(postings, marks, decode, shift, low=0, high=2**32):
    """For each block, an iterable of the positions of its postings of marked documents
    (all between `low` and `high`), each as doc << 32 | (p + shift). Most of a phrase's
    time goes here, so a packed block is decoded in C: maps over the block's
    postings, no Python code per posting."""
    packed = decode is compact_positions
    for block in postings.blocks:
        ids, _weights, values = block
        if ids[-1] < low or ids[0] >= high:
            continue
        wanted = list(compress(range(len(ids)), map(marks.__getitem__, ids)))
        if not wanted:
            continue
        if packed and isinstance(values, blocks.Positions):  # decoded in numpy
            chosen = np.zeros(len(ids), dtype=np.bool_)
            chosen[wanted] = True
            found = keys_of(np.frombuffer(ids, np.uint32), [values], chosen, POSITION_BITS)
            yield (found + shift).tolist()
            continue
        if not (packed and isinstance(values, bytes)):
            for i, value in zip(wanted, block_values(block, wanted), strict=True):
                yield map(((ids[i] << POSITION_BITS) + shift).__add__, decode(value))
            continue
        # `codec._pack_values`: a typecode, the values' lengths, the values; each value
        # a typecode ("B" bytes, "H", "I") and the position deltas.
        lengths = array(chr(values[0]))
        start = 1 + len(ids) * lengths.itemsize
        lengths.frombytes(values[1:start])
        ends = list(accumulate(lengths, initial=start))
        starts = list(map(ends.__getitem__, wanted))
        codes = list(map(values.__getitem__, starts))
        for code in set(codes):
            if len(codes) > 1 and codes.count(code) < len(codes):
                chosen = list(map(code.__eq__, codes))
                mine, firsts = list(compress(wanted, chosen)), list(compress(starts, chosen))
            else:
                mine, firsts = wanted, starts
            stops = map(ends.__getitem__, map((1).__add__, mine))
            deltas = map(values.__getitem__, map(slice, map((1).__add__, firsts), stops))
            if code != 66:  # "B": bytes are their own deltas
                deltas = map(array, repeat(chr(code)), deltas)
            starting = map(lshift, map(ids.__getitem__, mine), repeat(POSITION_BITS))
            bases = map(add, starting, repeat(shift))
            yield chain.from_iterable(
                map(map, repeat(add), map(repeat, bases), map(accumulate, deltas))
            )
