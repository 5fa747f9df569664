"""The writer of a segment's term table: Whoosh's file, with less held per term.

Whoosh's `OrderedHashWriter` remembers each key's hash and position as a tuple in one
of 256 lists until the file is closed (some 130 bytes a term), then writes its hash
tables a slot at a time. A segment merged from 100 000 articles of real text holds
millions of terms, so the tuples were the largest thing the indexing process held
while it merged. Here the hashes are kept in an array beside the positions Whoosh
keeps already (`index`), 4 bytes a term more, and each bucket's table is written in
one piece. The file is the same byte for byte (tests/search/whoosh/ compare a
segment's files with Whoosh's writer's).
"""

import hashlib
from array import array

import numpy as np
from whoosh.filedb.filetables import OrderedHashWriter, _lengths, md5_hash

# `filetables._pointer` ("!Iq"): a slot of a bucket's hash table.
_SLOT = np.dtype([("hash", ">u4"), ("position", ">i8")])


def _md5_low(key):
    """`filetables.md5_hash`: the digest's low 32 bits, without its hex string."""
    return int.from_bytes(hashlib.md5(key, usedforsecurity=False).digest()[12:], "big")


class TermTableWriter(OrderedHashWriter):
    @classmethod
    def taking_over(cls, writer):
        """This writer in place of `writer`, an `OrderedHashWriter` that has written
        its header and no key yet (what `W3FieldWriter` makes)."""
        if writer.lastkey or any(writer.buckets):
            raise ValueError("a term table already written to")
        table = cls.__new__(cls)
        table.__dict__.update(writer.__dict__)  # the file, its extras (the field map)
        table.buckets = None
        table.hashes = array("I")
        if table.hashfn is md5_hash:
            table.hashfn = _md5_low
        return table

    def add(self, key, value):
        if key <= self.lastkey:
            raise ValueError(f"Keys must increase: {self.lastkey!r}..{key!r}")
        dbfile = self.dbfile
        self.index.append(dbfile.tell())
        dbfile.write(_lengths.pack(len(key), len(value)) + key + value)
        self.hashes.append(self.hashfn(key))
        self.lastkey = key

    def _write_hashes(self):
        """`HashWriter._write_hashes`: a bucket's keys (those whose hash ends in its
        number) in the order they were added, each in the slot `(hash >> 8) % slots`
        or the next free one, twice as many slots as keys."""
        hashes = np.frombuffer(self.hashes, dtype=np.uint32)
        positions = np.asarray(self.index.array, dtype=np.int64)
        buckets = hashes & 0xFF
        order = np.argsort(buckets, kind="stable")
        ends = np.cumsum(np.bincount(buckets, minlength=256)).tolist()
        dbfile, start = self.dbfile, 0
        for end in ends:
            mine = order[start:end]
            slots = 2 * (end - start)
            self.directory.append((dbfile.tell(), slots))
            table = np.zeros(slots, dtype=_SLOT)
            taken = bytearray(slots)
            places = []
            for wanted in ((hashes[mine] >> 8) % max(slots, 1)).tolist():
                while taken[wanted]:
                    wanted = (wanted + 1) % slots
                taken[wanted] = 1
                places.append(wanted)
            table["hash"][places] = hashes[mine]
            table["position"][places] = positions[mine]
            dbfile.write(table.tobytes())
            start = end
