"""A long posting list merged a run of blocks at a time.

A merge (`merging.py`) read a term's list from each segment, decoded its positions
into int64 arrays, joined them and encoded the whole list again
(`ArrayFieldWriter.write_term`): about 40 bytes a position held at once. The
longest lists grow with the archive: 。 is in nearly every article, some 28 times
(145 462 positions in a segment of 5 147 articles of real text), so merging the
segments of a million articles would have held about a gigabyte for that one term.
A list longer than RUN postings is read here as stored (its blocks' bytes, about
1.3 bytes a position), then decoded, renumbered and written RUN postings at a
time: the same bytes and term entry as `write_term` makes of the whole list
(tests/search/whoosh/test_longlists.py).
"""

from array import array

import numpy as np
from whoosh.codec.whoosh3 import W3TermInfo
from whoosh.system import pack_ushort

from . import blocks
from .packedpositions import Columns, Positions, decode
from .postings import Postings, _block_weights, read_postings

# Postings decoded and encoded at once: a multiple of the codec's blocks of 128. At
# about 28 positions a posting and 40 bytes a position, some 10 MB at the most; a
# merge of eight batches of 2000 articles already streams its commonest words.
RUN = 1 << 13

DELETED = 0xFFFFFFFF  # a merged document's new number when it was deleted


def read_as_stored(fieldname, btext, holders, as_columns):
    """Each holder's postings of the term: (new numbers, blocks) as stored when every
    block holds `Positions`, else `as_columns(postings, numbers)` ((ids, weights,
    Columns), renumbered: a list shorter than a block, or an older layout). None if
    that gives None: the list is merged whole."""
    found = []
    for reader, numbers, terminfo in holders:
        postings = Postings(positions=True)
        read_postings(reader, 0, fieldname, btext, postings, terminfo)
        if postings.blocks and all(isinstance(b[2], Positions) for b in postings.blocks):
            found.append((numbers, postings.blocks))
            continue
        taken = as_columns(postings, numbers)
        if taken is None:
            return None
        found.append(taken)
    return found


def merge_list(stream, stored):
    """Hand `stream` (a `ListStream`) the postings of `read_as_stored`'s lists, renumbered,
    deleted documents left out, RUN postings at a time; the lists are let go as read."""
    step = max(1, RUN // 128)  # blocks of up to 128 postings
    stored.reverse()
    while stored:
        held = stored.pop()
        if len(held) == 3:  # taken apart already (`as_columns`)
            ids, weights, columns = held
            stream.add(ids, weights, columns.counts, columns.deltas)
            continue
        numbers, blocks_held = held
        for start in range(0, len(blocks_held), step):
            run = blocks_held[start : start + step]
            counts, deltas = decode([block[2] for block in run])
            ids = array("I", [numbers[d] for block in run for d in block[0]])
            weights = array("f", [w for b in run for w in _block_weights(b[1], len(b[0]))])
            if DELETED in ids:  # as merging._live_postings leaves them out
                kept = [n != DELETED for n in ids]
                keep = np.array(kept, dtype=np.bool_)
                ids = array("I", [n for n, k in zip(ids, kept, strict=True) if k])
                weights = array("f", [w for w, k in zip(weights, kept, strict=True) if k])
                counts, deltas = counts[keep], deltas[np.repeat(keep, counts)]
            stream.add(ids, weights, counts, deltas)
        del held, blocks_held


class ListStream:
    """One term's posting list written as it comes (`add`), a run of whole blocks at a
    time, the last block held back until `finish`. `begin()` is called before the
    first write (the merge starts the term's field then)."""

    def __init__(self, fieldwriter, btext, lengths, begin):
        self._fw, self._btext, self._lengths, self._begin = fieldwriter, btext, lengths, begin
        self._writer = None  # the field's postings writer, once `begin()` started it
        self._limit = fieldwriter._codec._blocklimit
        self._terminfo = W3TermInfo()
        self._ids, self._weights = array("I"), array("f")
        self._counts, self._deltas = [], []  # numpy pieces not yet written
        self._offset = None  # where the list starts in the postings file, once written
        self._written = 0

    def add(self, ids, weights, counts, deltas):
        self._ids.extend(ids)
        self._weights.extend(weights)
        self._counts.append(counts)
        self._deltas.append(deltas)
        if len(self._ids) > RUN:  # a posting at least stays for the last block
            self._write(RUN - RUN % self._limit, last=False)

    def finish(self) -> bool:
        """Write the rest and the term's entry; False if the list had no posting."""
        if self._offset is None:  # short after all (deleted documents): written whole
            if not self._ids:
                return False
            self._begin()
            columns = Columns(np.concatenate(self._counts), np.concatenate(self._deltas))
            self._fw.write_term(self._btext, self._ids, self._weights, columns, self._lengths)
            return True
        self._write(len(self._ids), last=True)
        self._terminfo.set_extent(self._offset, self._written)
        self._fw._tindex.add(
            pack_ushort(self._fw._fieldid) + self._btext, self._terminfo.to_bytes()
        )
        self._writer._new_block()
        return True

    def _write(self, count, last):
        """The first `count` postings held, as `ArrayFieldWriter.write_term` writes each
        block of a long list."""
        counts = np.concatenate(self._counts)
        deltas = np.concatenate(self._deltas)
        ends = int(counts[:count].sum())
        ids, weights = self._ids[:count], self._weights[:count]
        columns = Columns(counts[:count], deltas[:ends])
        parts = blocks.positions_parts(columns, weights, self._limit)
        if self._offset is None:
            self._begin()
            self._writer = self._fw._postwriter
            self._writer._format = self._fw._format
            self._offset = self._fw._postfile.tell()
            self._fw._postfile.write(blocks.MAGIC2)
            self._written = len(blocks.MAGIC2)
        writer, limit, lengths = self._writer, self._limit, self._lengths
        pieces = []
        for k, start in enumerate(range(0, count, limit)):
            blocks.load_block(
                writer, ids[start : start + limit], weights[start : start + limit], [], lengths
            )
            self._terminfo.add_block(writer)
            pieces.append(writer._block_bytes(last and start + limit >= count, parts[k]))
        data = b"".join(pieces)
        self._fw._postfile.write(data)
        self._written += len(data)
        self._ids, self._weights = self._ids[count:], self._weights[count:]
        self._counts, self._deltas = [counts[count:]], [deltas[ends:]]
