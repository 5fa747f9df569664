"""Sets of documents as Python ints: bit d is document d.

An AND, OR or count of two sets of 100 000 documents is one operation on 12 KB, in
C; a set is made from, or turned back into, document numbers through numpy's
`packbits` and `unpackbits` (7 to 15 times faster than eight bytearray slices at
30 000 documents: 15 against 224 µs for a set of 3 000).
"""

from array import array

import numpy as np


def to_bits(docs, size):
    """The bitset of document numbers `docs` (each below `size`)."""
    if isinstance(docs, list | array):
        docs = np.asarray(docs, dtype=np.int64)
    elif not isinstance(docs, np.ndarray):
        docs = np.fromiter(docs, dtype=np.int64)
    marks = np.zeros(size, dtype=np.bool_)
    marks[docs] = True
    return int.from_bytes(np.packbits(marks, bitorder="little").tobytes(), "little")


def unpacked(bits, size):
    """`bits` as numpy uint8s, 1 where it holds the document and 0 elsewhere."""
    if bits < 0:  # -1: every document
        bits &= (1 << size) - 1
    raw = bits.to_bytes((size + 7) // 8, "little")
    return np.unpackbits(np.frombuffer(raw, dtype=np.uint8), count=size, bitorder="little")


def to_marks(bits, size):
    """A bytearray of `size` bytes, 1 where `bits` holds the document and 0 elsewhere."""
    return bytearray(unpacked(bits, size).tobytes())


def members(bits, size):
    """The document numbers in `bits`, ascending."""
    if bits.bit_count() <= 32:  # a few: pick them off, without a byte per document
        found = []
        while bits:
            low = bits & -bits
            found.append(low.bit_length() - 1)
            bits ^= low
        return found
    return np.flatnonzero(unpacked(bits, size)).tolist()


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
