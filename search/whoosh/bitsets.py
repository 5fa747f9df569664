"""Sets of documents as Python ints: bit d is document d.

An AND, OR or count of two sets of 100 000 documents is one operation on 12 KB, in
C; a set is made from, or turned back into, document numbers through a bytearray
of one byte a document, also in C (`map`, slices, `compress`).
"""

from collections import deque
from functools import lru_cache
from itertools import compress, repeat


@lru_cache(maxsize=4)
def _low_bits(nbytes):
    return int.from_bytes(b"\x01" * nbytes, "little")


def to_bits(docs, size):
    """The bitset of document numbers `docs` (each below `size`)."""
    marks = bytearray(size)
    deque(map(marks.__setitem__, docs, repeat(1)), maxlen=0)
    # Byte j of every group of eight becomes bit j: eight slices, in C.
    bits = 0
    for j in range(8):
        bits |= int.from_bytes(marks[j::8], "little") << j
    return bits


def to_marks(bits, size):
    """A bytearray of `size` bytes, 1 where `bits` holds the document and 0 elsewhere."""
    nbytes = (size + 7) // 8
    marks = bytearray(nbytes * 8)
    low = _low_bits(nbytes)
    for j in range(8):
        marks[j::8] = ((bits >> j) & low).to_bytes(nbytes, "little")
    del marks[size:]
    return marks


def members(bits, size):
    """The document numbers in `bits`, ascending."""
    if bits.bit_count() <= 32:  # a few: pick them off, without a byte per document
        found = []
        while bits:
            low = bits & -bits
            found.append(low.bit_length() - 1)
            bits ^= low
        return found
    return list(compress(range(size), to_marks(bits, size)))


class DocSet:
    """A set of documents as a bitset, with its members and marks worked out once."""

    def __init__(self, bits, size):
        self.bits, self.size, self.count = bits, size, bits.bit_count()
        self._members = self._marks = None
        self._mask = None  # numpy bools, `facets.mask`

    def members(self):
        if self._members is None:
            self._members = members(self.bits, self.size)
        return self._members

    def marks(self):
        if self._marks is None:
            self._marks = to_marks(self.bits, self.size)
        return self._marks
