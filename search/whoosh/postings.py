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
        self._arrays = None  # (ids, weights) as `packed()` keeps them
        self.counts = True  # every weight a whole number (an int)
        self.positions = positions

    def __len__(self):
        return len(self.ids)

    def bits(self, size):
        """The bitset of the documents, kept (`keep_bits`) only when it is no larger
        than the ids: at `size` / 8 bytes whatever the list's length, it was most of
        what a cache of rare words held, and a short list's is made again in µs."""
        if self._bits is not None:
            return self._bits
        bits = to_bits(self.packed()[0], size)
        if keep_bits(len(self), size):
            self._bits = bits
        return bits

    def packed(self):
        """(ids, weights) as numpy arrays, each as narrow as holds it exactly, made
        once: the ids as uint32 (over `ids`' own buffer), the weights as the counts
        or float32s they were stored as (`narrowest`), 5 bytes a posting of common
        counts instead of 16. Widen before computing (`id_array`, `weight_array`):
        numpy keeps a float32 float32, where Whoosh computes on Python floats."""
        if self._arrays is None:
            self._arrays = (np.frombuffer(self.ids, dtype=np.uint32), narrowest(self._decoded()))
        return self._arrays

    def id_array(self):
        """The ids as numpy int64s (a new array)."""
        return self.packed()[0].astype(np.int64)

    def weight_array(self):
        """The weights as numpy float64s (a new array), as `_block_weights` decodes
        them (a count exactly, a packed float32 widened as Python widens it)."""
        return self.packed()[1].astype(np.float64)

    def _decoded(self):
        parts = []
        for ids, weights, _values in self.blocks:
            if isinstance(weights, bytes) and weights[:1] in _PACKED and LITTLE_ENDIAN:
                parts.append(np.frombuffer(weights, _PACKED[weights[:1]], offset=1))
            else:
                parts.append(np.array(_block_weights(weights, len(ids)), dtype=np.float64))
        return np.concatenate(parts).astype(np.float64) if parts else np.zeros(0)

    def compact(self, size):
        """Make now what every query of the word reads (the arrays, a long list's
        bitset) and, read without positions, let the blocks go: `nbytes` is then all
        an entry of `TermCache` holds, and stays so."""
        self.packed()
        if keep_bits(len(self), size):
            self.bits(size)
        if not self.positions:
            self.blocks = None
        elif self.blocks:
            self.blocks = _shared_ids(self.ids, self.blocks)

    def nbytes(self, size):
        """About what these postings hold once compacted (for `TermCache`'s budget):
        the arrays, the bitset if kept, the blocks if kept, and the Python objects
        around them (CPython 3.11's sizes; tests/search/whoosh/test_term_cache.py
        holds it to what tracemalloc sees)."""
        ids, weights = self.packed()
        held = 800 + ids.nbytes + weights.nbytes
        if self._bits is not None:
            held += size // 8 + 40
        for block_ids, block_weights, values in self.blocks or ():
            if isinstance(block_ids, memoryview):  # `_shared_ids`: the data counted above
                held += 250
            else:
                held += 150 + block_ids.itemsize * len(block_ids)
            if isinstance(block_weights, bytes):
                held += 40 + len(block_weights)
            if isinstance(values, bytes | blocks.Positions):
                held += 100 + len(values)
        return held

    @property
    def weights(self):
        if self._weights is None:
            self._weights = []
            for ids, weights, _values in self.blocks:
                decoded = _block_weights(weights, len(ids))
                self.counts = self.counts and all(type(w) is int for w in decoded[:1])
                self._weights += decoded
        return self._weights


# A block's ids as a view of the list's (`_shared_ids`) from this many: a memoryview
# is 184 bytes, an array "I" 64 and 4 a document.
SHARED_FROM = 48


def _shared_ids(ids, blocks):
    """`blocks` with each long block's ids a view of `ids`, the list's end to end (as
    `read_postings` makes them): the ids of a list kept with its positions were held
    twice, 4.4 of such lists' 9.0 MB after the benchmark's queries at 22 473 articles.
    A view reads as the array did (len, items as ints, numpy's buffer)."""
    whole, at, shared = memoryview(ids), 0, []
    for block_ids, weights, values in blocks:
        count = len(block_ids)
        if count >= SHARED_FROM:
            block_ids = whole[at : at + count]
        shared.append((block_ids, weights, values))
        at += count
    return shared if at == len(ids) else blocks


def keep_bits(length, size):
    """Whether a list of `length` postings among `size` documents keeps its bitset:
    when that takes no more room than its ids, 4 bytes each."""
    return 32 * length >= size


def narrowest(weights):
    """float64 `weights` in the narrowest dtype that gives each back exactly: uint8
    or uint16 for whole numbers (counts; not -0.0), float32, or as they are."""
    if not len(weights):
        return weights.astype(np.uint8)
    whole = weights.min() >= 0 and weights.max() <= 0xFFFF and not np.signbit(weights).any()
    if whole and np.array_equal(np.floor(weights), weights):
        return weights.astype(np.uint8 if weights.max() <= 0xFF else np.uint16)
    narrow = weights.astype(np.float32)
    return narrow if np.array_equal(narrow.astype(np.float64), weights) else weights


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
