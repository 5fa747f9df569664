"""Compact postings: a position format and a codec that does not bloat them.

Whoosh's `Positions` format pickles each posting's list of position deltas: about
fourteen bytes for a word seen once, which made the index five times the size of
the text. This one stores the deltas as a typed array behind a one-byte type code
(two bytes for most postings) and decodes them in C with `array.frombytes`.
Like the analyzer it is pickled into the index's schema, so it lives at module level.
"""

import sys
from array import array

from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter, W3LeafMatcher, W3PostingsWriter
from whoosh.formats import Positions
from whoosh.index import FileIndex

_TYPECODES = ((0xFF, "B"), (0xFFFF, "H"), (0xFFFFFFFF, "I"))
# The encoding of a single position, ready made: most postings are a word seen once
# in an article, at a position under 65 536 (a 2 MB table, built in milliseconds).
_ONE_POSITION = [b"B" + bytes((pos,)) for pos in range(256)] + [
    b"H" + pos.to_bytes(2, "little") for pos in range(256, 0x10000)
]


class CompactPositions(Positions):
    def word_values(self, value, analyzer, **kwargs):
        # Our analyzer's terms and positions straight from a dict, not one Whoosh
        # Token per term; the same (word, frequency, weight, encoded positions) out.
        index_positions = getattr(analyzer, "index_positions", None)
        if index_positions is None or kwargs.get("tokenize") is False:
            yield from super().word_values(value, analyzer, **kwargs)
            return
        boost = self.field_boost
        encode = self.encode
        for word, poslist in index_positions(value).items():
            yield word, len(poslist), len(poslist) * boost, encode(poslist)

    def encode(self, poslist):
        if len(poslist) == 1:
            pos = poslist[0]
            if 0 <= pos <= 0xFFFF:
                return _ONE_POSITION[pos]
            deltas = poslist
        else:
            deltas = [b - a for a, b in zip([0, *poslist], poslist, strict=False)]
        biggest = max(deltas, default=0)
        code = next(code for limit, code in _TYPECODES if biggest <= limit)
        packed = array(code, deltas)
        if sys.byteorder == "big":  # the files are little-endian wherever they are read
            packed.byteswap()
        return code.encode("ascii") + packed.tobytes()

    def _deltas(self, valuestring):
        deltas = array(chr(valuestring[0]))
        deltas.frombytes(valuestring[1:])
        if sys.byteorder == "big":
            deltas.byteswap()
        return deltas

    def decode_positions(self, valuestring):
        positions, position = [], 0
        for delta in self._deltas(valuestring):
            position += delta
            positions.append(position)
        return positions

    def decode_frequency(self, valuestring):
        return (len(valuestring) - 1) // array(chr(valuestring[0])).itemsize

    def decode_weight(self, valuestring):
        return self.decode_frequency(valuestring) * self.field_boost


# Whoosh's W3 codec pickles each block of postings with pickle protocol 2, which
# under Python 3 spells every `bytes` value as a call to `_codecs.encode` (some
# fifteen bytes per posting, half the index) and every weight as an 8-byte float.
# These subclasses hand it one bytes object per block for each instead.


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

    def field_writer(self, storage, segment):
        return CompactFieldWriter(self, storage, segment)

    def postings_writer(self, dbfile, byteids=False):
        return CompactPostingsWriter(
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
        return CompactLeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)


class CompactIndex(FileIndex):
    """A Whoosh file index whose writers (haystack's included) use `CompactCodec`
    and leave each segment's files apart.

    A compound segment file is memory-mapped and then each part is copied whole into
    a BytesIO (`BufferFile`), so every reader held the index twice in memory: 850 MB
    per gunicorn worker at 100 000 articles. Plain files are read where needed.
    """

    def writer(self, procs=1, **kwargs):
        kwargs.setdefault("codec", CompactCodec())
        kwargs.setdefault("compound", False)
        if procs > 1:
            return super().writer(procs=procs, **kwargs)
        from .segments import CompactSegmentWriter  # it builds on this module

        return CompactSegmentWriter(self, **kwargs)
