"""Compact positions: the posting format of every full-text field.

Whoosh's `Positions` format pickles each posting's list of position deltas: about
fourteen bytes for a word seen once, which made the index five times the size of
the text. This one stores the deltas as a typed array behind a one-byte type code
(two bytes for most postings) and decodes them in C with `array.frombytes`.
Like the analyzer it is pickled into the index's schema, so it lives at module level
(and `search.formats` still names it, for the indexes written before this package).
"""

import operator
import sys
from array import array

from whoosh.formats import Positions

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

    def index_lists(self, value, analyzer, fieldboost=1.0):
        """What `SegmentWriter.add_document` makes of `word_values` for one field of
        a document, made at once, as columns: (terms, weights, each term's positions
        as a list, the field's length), the weight times the field's boost as Whoosh
        multiplies it. The terms are the analyzer's `str`s (the pool encodes each
        distinct one once), the positions not yet encoded (`TermPool.add_positions`
        encodes a batch's at once). None for an analyzer that does not give its
        positions as a dict."""
        index_positions = getattr(analyzer, "index_positions", None)
        if index_positions is None:
            return None
        boost = self.field_boost
        positions = index_positions(value)
        poslists = list(positions.values())
        counts = list(map(len, poslists))
        weights = [count * boost * fieldboost for count in counts]
        return list(positions), weights, poslists, sum(counts)

    def encode(self, poslist):
        if len(poslist) == 1:
            pos = poslist[0]
            if 0 <= pos <= 0xFFFF:
                return _ONE_POSITION[pos]
            deltas = poslist
        else:
            # In C (map, max, bytes) rather than a generator a delta: a third of
            # the postings are of a term seen more than once in the field.
            deltas = list(map(operator.sub, poslist, [0, *poslist]))
        biggest = max(deltas, default=0)
        if biggest <= 0xFF:
            return b"B" + bytes(deltas)
        code = "H" if biggest <= 0xFFFF else "I"
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
