"""The codecs: Whoosh's W3, with each block's weights and values packed (`CompactCodec`),
and the same postings in blocks of plain arrays (`ArrayCodec`, what indexes write now).

Whoosh's W3 codec pickles each block of postings with pickle protocol 2, which under
Python 3 spells every `bytes` value as a call to `_codecs.encode` (some fifteen bytes
per posting, half the index) and every weight as an 8-byte float. These subclasses
hand it one bytes object per block for each instead. Each segment pickles the codec
that wrote it into the table of contents (`search.formats` still names `CompactCodec`,
for the indexes written before this package).

`ArrayCodec` keeps W3's files, term table and framing of a posting list in blocks,
and writes each block without pickle or zlib (`blocks.py`): the segments an index
already has keep the codec that wrote them and are read as before, and a merge
writes its segment with the writer's codec, so an index moves to the new blocks as
it merges (or at once with `manage.py check_index --rebuild`).
"""

import struct
import sys
from array import array

from whoosh.codec.whoosh3 import (
    W3Codec,
    W3FieldWriter,
    W3LeafMatcher,
    W3PostingsWriter,
    W3TermInfo,
)
from whoosh.system import pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte

from . import blocks, packedpositions
from .termtable import TermTableWriter

# A term's entry in the table: `W3TermInfo._struct`, then the extent of its list
# (`pack_long`, `pack_int`) as `W3TermInfo.to_bytes` writes them.
_TERMINFO = W3TermInfo._struct
_EXTENT = struct.Struct("!qi")


def _pack_values(values):
    lengths = [len(v) for v in values]
    code = "B" if max(lengths, default=0) <= 0xFF else "I"
    packed = array(code, lengths)
    if sys.byteorder == "big":
        packed.byteswap()
    return code.encode("ascii") + packed.tobytes() + b"".join(values)


def _unpack_values(blob, count):
    lengths = array(chr(blob[0]))
    start = 1 + count * lengths.itemsize
    lengths.frombytes(blob[1:start])
    if sys.byteorder == "big":
        lengths.byteswap()
    values, pos = [], start
    for length in lengths:
        values.append(blob[pos : pos + length])
        pos += length
    return tuple(values)


def _variable_size(fmt):
    size = fmt.fixed_value_size()
    return size is None or size < 0


def _pack_weights(weights):
    # Weights are occurrence counts times the field boost: small integers, mostly.
    code = "H" if all(w.is_integer() and 0 <= w <= 0xFFFF for w in weights) else "f"
    packed = array(code, map(int, weights) if code == "H" else weights)
    if sys.byteorder == "big":
        packed.byteswap()
    return code.encode("ascii") + packed.tobytes()


def _unpack_weights(blob):
    packed = array(chr(blob[0]))
    packed.frombytes(blob[1:])
    if sys.byteorder == "big":
        packed.byteswap()
    return packed if packed.typecode == "f" else array("f", packed)


class CompactPostingsWriter(W3PostingsWriter):
    def _mini_weights(self):
        weights = super()._mini_weights()  # None or one float when all are equal
        return _pack_weights(weights) if isinstance(weights, tuple) else weights

    def _mini_values(self):
        if _variable_size(self._format):
            return _pack_values(self._values)
        return super()._mini_values()


class CompactLeafMatcher(W3LeafMatcher):
    def _read_weights(self):
        if self._data is None:
            self._read_data()
        if isinstance(self._data[1], bytes):
            self._weights = _unpack_weights(self._data[1])
        else:
            super()._read_weights()

    def _read_values(self):
        if self._data is None:
            self._read_data()
        if _variable_size(self.format):
            self._values = _unpack_values(self._data[2], self._blocklength)
        else:
            super()._read_values()


class _RememberedLengths:
    """A segment's field lengths, each read from its column file once.

    Whoosh looks up the document's field length for every posting it writes (for the
    block's score bounds): a seek and a read in a column file each time, a tenth of
    the indexing time. Postings come term by term, so the same few thousand
    (document, field) pairs are asked for over and over.
    """

    def __init__(self, lengths):
        self._lengths = lengths
        self._known = {}

    def doc_field_length(self, docnum, fieldname, default=0):
        key = (docnum, fieldname)
        length = self._known.get(key)
        if length is None:
            length = self._known[key] = self._lengths.doc_field_length(docnum, fieldname, default)
        return length


class CompactFieldWriter(W3FieldWriter):
    def add_postings(self, schema, lengths, items):
        return super().add_postings(schema, _RememberedLengths(lengths) if lengths else None, items)

    def write_term(self, btext, ids, weights, values, lengths):
        """One term's whole posting list, in the current field, a block at a time.

        What `start_term`, an `add` per posting and `finish_term` write, without the
        Python calls per posting: `ids` ascending (an array "I"), `weights` (an array
        "f"), `values` the non-empty encoded values (empty for a format without
        any), `lengths` the field's length of each document of the segment by number
        (None where the field keeps none).
        """
        self.start_term(btext)
        writer = self._postwriter
        limit = writer._blocklimit
        for start in range(0, len(ids), limit):
            if start:
                writer._write_block()
            block_ids = writer._ids = ids[start : start + limit]
            block_weights = writer._weights = weights[start : start + limit]
            writer._maxweight = max(max(block_weights), 0)
            writer._values = values[start : start + limit] if values else []
            if lengths is not None:
                nonzero = [length for length in map(lengths.__getitem__, block_ids) if length]
                writer._minlength = min(nonzero) if nonzero else None
                writer._maxlength = max(nonzero, default=0)
        self.finish_term()


class CompactCodec(W3Codec):
    """W3 with packed posting values; each segment records the codec that wrote it."""

    # What writes and reads this codec's posting lists (ArrayCodec swaps all three).
    field_writer_class = CompactFieldWriter
    postings_writer_class = CompactPostingsWriter
    leaf_matcher_class = CompactLeafMatcher

    def field_writer(self, storage, segment):
        return self.field_writer_class(self, storage, segment)

    def postings_writer(self, dbfile, byteids=False):
        return self.postings_writer_class(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term, scorer)
        offset, length = terminfo.extent()
        return self.leaf_matcher_class(dbfile, offset, length, format_, term=term, scorer=scorer)


class ArrayPostingsWriter(CompactPostingsWriter):
    """W3's writer of a posting list, its blocks laid out by `blocks.pack_block`."""

    def _write_block(self, last=False):
        if self._byteids:  # a vector's postings (terms, not documents): W3's blocks
            return super()._write_block(last)
        if not self._blockcount:
            self._postfile.write(blocks.MAGIC2)
            # Positions as counts and varints in a list that fills its first block
            # (`blocks.py`), as `ArrayFieldWriter.write_term` writes them.
            self._columns = _variable_size(self._format) and len(self._ids) >= self._blocklimit
        self._terminfo.add_block(self)  # the term's statistics, as W3 keeps them
        parts = None
        if self._columns:
            parts = blocks.positions_parts(self._values, self._weights, self._blocklimit)
        self._postfile.write(self._block_bytes(last, parts and parts[0]))
        self._blockcount += 1
        self._new_block()

    def _block_bytes(self, last, parts=None):
        """The block's bytes; `parts`, its weights and values parts already made
        (`blocks.positions_parts`), else the values in the first layout."""
        fmt = self._format
        if parts is not None:
            weights, values = parts
        else:
            weights = blocks.pack_weights(self._weights)
            if _variable_size(fmt):
                values = blocks.PLAIN + _pack_values(self._values)
            else:
                values = blocks.PLAIN + b"".join(self._values) if fmt.fixed_value_size() else None
        return blocks.pack_block(
            self._ids,
            weights,
            values,
            self._maxweight,
            length_to_byte(self._minlength),
            length_to_byte(self._maxlength),
            last,
        )


class ArrayFieldWriter(CompactFieldWriter):
    def __init__(self, codec, storage, segment):
        super().__init__(codec, storage, segment)
        self._tindex = TermTableWriter.taking_over(self._tindex)

    def write_term(self, btext, ids, weights, values, lengths):
        """`CompactFieldWriter.write_term`, the list's blocks made in memory and written
        in one piece, with the term's table entry: W3's `start_postings`,
        `finish_postings` and block buffers, set up and torn down for each of a batch's
        hundred thousand terms (most of one block), cost as much as the blocks."""
        writer = self._postwriter
        if not isinstance(writer, ArrayPostingsWriter) or len(ids) < writer._inlinelimit:
            return super().write_term(btext, ids, weights, values, lengths)
        if len(ids) < writer._blocklimit:
            return self._write_block_list(btext, ids, weights, values, lengths)
        terminfo = W3TermInfo()
        writer._format = self._format
        limit = writer._blocklimit
        pieces = [blocks.MAGIC2]
        # A long list's positions: counts and varints (`packedpositions.py`), made for
        # the whole list at once; `values` is `packedpositions.Columns` from a merge.
        parts = None
        if values.__class__ is packedpositions.PooledTerm:
            values = values.columns()  # the pool's: `encode`'s bytes, read back
        if values and _variable_size(self._format):
            if len(ids) >= limit:  # as `ArrayPostingsWriter._write_block` decides
                parts = blocks.positions_parts(values, weights, limit)
            elif isinstance(values, blocks.Columns):
                values = packedpositions.encoded(values.counts, values.deltas)
        for k, start in enumerate(range(0, len(ids), limit)):
            block_values = values[start : start + limit] if values and not parts else []
            blocks.load_block(
                writer,
                ids[start : start + limit],
                weights[start : start + limit],
                block_values,
                lengths,
            )
            terminfo.add_block(writer)
            pieces.append(writer._block_bytes(start + limit >= len(ids), parts and parts[k]))
        postings = b"".join(pieces)
        terminfo.set_extent(self._postfile.tell(), len(postings))
        self._postfile.write(postings)
        self._tindex.add(pack_ushort(self._fieldid) + btext, terminfo.to_bytes())
        writer._new_block()

    def _write_block_list(self, btext, ids, weights, values, lengths):
        """A list of one block, in the first layout's values: what `write_term` writes
        for it, and its term's entry as `W3TermInfo` of that block packs it, without
        the writer's block buffers or a `W3TermInfo` (most of a batch's terms are seen
        in a few documents: these calls were half of writing them)."""
        maxweight = max(max(weights), 0)
        minbyte = maxbyte = 0  # `length_to_byte` of no length, and of 0
        if lengths is not None:
            nonzero = [length for length in map(lengths.__getitem__, ids) if length]
            if nonzero:
                minbyte, maxbyte = length_to_byte(min(nonzero)), length_to_byte(max(nonzero))
        fixed = self._format.fixed_value_size()
        if fixed is None or fixed < 0:  # `_variable_size`
            if values.__class__ is packedpositions.PooledTerm:
                packed = blocks.PLAIN + values.packed()
            else:
                if isinstance(values, blocks.Columns):
                    values = packedpositions.encoded(values.counts, values.deltas)
                packed = blocks.PLAIN + _pack_values(values)
        else:
            packed = blocks.PLAIN + b"".join(values) if fixed else None
        block = blocks.pack_block(
            ids, blocks.pack_weights(weights), packed, maxweight, minbyte, maxbyte, True
        )
        offset = self._postfile.tell()
        self._postfile.write(blocks.MAGIC2)
        self._postfile.write(block)
        info = _TERMINFO.pack(
            0, sum(weights), len(ids), minbyte, maxbyte, maxweight, ids[0], ids[-1]
        ) + _EXTENT.pack(offset, len(block) + len(blocks.MAGIC2))
        self._tindex.add(pack_ushort(self._fieldid) + btext, info)


class ArrayLeafMatcher(CompactLeafMatcher):
    """Whoosh's matcher over a posting list of `blocks.py`: each block's header read as
    W3's summary was, its data as W3's unpickled tuple was (ids decoded already)."""

    def _read_header(self):
        magic = self._postfile.get(self._startoffset, 4)
        self._version = blocks.VERSIONS.get(magic)
        if self._version is None:
            raise blocks.BadBlock(f"Block tag error {magic!r}")
        self._baseoffset = self._startoffset + 4

    def _goto(self, position):
        self._data = self._ids = self._weights = self._values = None
        self._i = 0
        raw = self._postfile.get(position, blocks.HEAD.size)
        size, _crc, count, _first, last_id, maxweight, minlength, maxlength, _code = (
            blocks.HEAD.unpack(raw)
        )
        if size < 0:
            self._lastblock = True
        self._blockstart = position
        self._nextoffset = position + 4 + abs(size)
        self._blocklength, self._maxid, self._maxweight = count, last_id, maxweight
        self._compression = 0
        self._minlength = byte_to_length(minlength)
        self._maxlength = byte_to_length(maxlength)

    def _read_data(self):
        start = self._blockstart
        raw = self._postfile.get(start, self._nextoffset - start)
        _summary, ids, weights, values, _end, _last = blocks.read_block(
            raw, 0, version=self._version
        )
        self._data = (ids, weights, values)

    def _read_values(self):
        if self._data is None:
            self._read_data()
        if isinstance(self._data[2], blocks.Positions):
            self._values = self._data[2].encoded()
        else:
            super()._read_values()

    def _read_ids(self):
        if self._data is None:
            self._read_data()
        self._ids = self._data[0]


class ArrayCodec(CompactCodec):
    """`CompactCodec` with posting blocks of arrays (`blocks.py`)."""

    field_writer_class = ArrayFieldWriter
    postings_writer_class = ArrayPostingsWriter
    leaf_matcher_class = ArrayLeafMatcher

    def __init__(self, blocklimit=128, compression=3, inlinelimit=1):
        if not 0 < blocklimit <= 0xFFFF:  # a block's count is two bytes
            raise ValueError(f"blocklimit {blocklimit}")
        super().__init__(blocklimit, compression, inlinelimit)
