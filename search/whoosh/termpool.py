"""A batch's postings, what Whoosh's `PostingPool` is to a `SegmentWriter`.

Each field's postings are kept as four columns in the order they are added (the
term's number, the document, the weight, the encoded value), a document's field
appended in a few C calls: a posting list per term, filled a posting at a time in
Python, cost a sixth of the indexing process's CPU, most of it looking up each
posting's term (a new `bytes` each time, hashed again). A full-text field's terms
come as the analyzer's `str`s, which keep their hash; each distinct term is encoded
once, when the segment is written. There the columns are put in term order by one
stable sort (numpy's), so each term's postings stay in the order they were added:
document order, since the writer numbers documents in turn, and `add_reader` adds a
whole reader's documents, then their postings term by term
(tests/search/whoosh/test_writer_edges.py mixes both).

A full-text field's positions are kept as a count a posting and the positions end to
end (`add_positions`), and encoded when the segment is written, a run of terms at a
time in numpy (`packedpositions.Pooled`): a `bytes` a posting as each document was
added, and a long list's split back into numbers to be written again, had cost a
tenth of the indexing process's CPU. The columns are put in the order the terms are
written, so that a run's postings lie together.

Memory: 16 bytes a posting and 4 a position, and the sorted copy of one field's
columns while it is written (a run's positions encoded at a time); a tuple per posting
had cost about 200 bytes.
"""

from array import array
from itertools import chain, repeat

import numpy as np

from .packedpositions import Pooled, PooledTerm

# A run of terms whose positions are encoded together (`_Columns._pooled_terms`): its
# arrays take about 50 bytes a posting while it is written (a run of 1 << 18 postings
# put a batch of 2000 articles of real text 30 MB above the pool of encoded values).
POOLED_RUN = 1 << 16


def values_of(values, ends):
    start = 0
    for end in ends.tolist():
        yield values[start:end]
        start = end


class _Numbers(dict):
    """term → its number in the field, a new term numbered as it is first looked up."""

    def __missing__(self, term):
        number = self[term] = len(self)
        return number


class _Columns:
    def __init__(self):
        self.numbers = _Numbers()
        self.terms = array("I")
        self.docs = array("I")
        self.weights = array("d")
        self.values = []
        # Or, for a field whose values are positions (`add_positions`), instead of
        # `values`: a count a posting and the positions end to end, and their encoder.
        self.counts = self.positions = self.encode = None

    def add(self, docnum, terms, weights, values):
        if self.counts is not None:
            self._encode_positions()
        self.terms.extend(map(self.numbers.__getitem__, terms))
        self.docs.extend(repeat(docnum, len(terms)))
        self.weights.extend(weights)
        self.values.extend(values)

    def add_positions(self, docnum, terms, weights, poslists, encode):
        if self.values or (self.encode is not None and encode != self.encode):
            # Values given as bytes already (Whoosh's `add_reader`): these too.
            return self.add(docnum, terms, weights, list(map(encode, poslists)))
        if self.counts is None:
            self.counts, self.positions, self.encode = array("I"), array("I"), encode
        before = len(self.positions)
        try:
            self.positions.extend(chain.from_iterable(poslists))
        except OverflowError:  # past 2**32 - 1, which `encode` refuses too
            del self.positions[before:]
            raise
        self.counts.extend(map(len, poslists))
        self.terms.extend(map(self.numbers.__getitem__, terms))
        self.docs.extend(repeat(docnum, len(terms)))
        self.weights.extend(weights)

    def _encode_positions(self):
        """The positions kept so far as each posting's bytes, in `values`."""
        positions, at = self.positions, 0
        for count in self.counts:
            self.values.append(self.encode(positions[at : at + count].tolist()))
            at += count
        self.counts = self.positions = self.encode = None

    def discard(self, docnum):
        kept = len(self.docs)
        while kept and self.docs[kept - 1] == docnum:
            kept -= 1
        if self.counts is not None:
            del self.positions[len(self.positions) - sum(self.counts[kept:]) :]
            del self.counts[kept:]
        for column in (self.terms, self.docs, self.weights, self.values):
            del column[kept:]

    def sorted_terms(self):
        """(btext, (ids, weights, values)) in term order, once (the columns are handed
        over); a term given both as `str` and as `bytes` is one list."""
        count = len(self.numbers)
        same = np.arange(count, dtype=np.uintc)  # a term's number → its first number
        first = {}
        for term, number in self.numbers.items():
            btext = term.encode("utf-8") if term.__class__ is str else term
            same[number] = first.setdefault(btext, number)
        btexts = sorted(first)
        # Each number → its term's place in term order: the postings are put in the
        # order they are written.
        rank = np.empty(count, dtype=np.uintc)
        rank[np.fromiter(map(first.__getitem__, btexts), np.intp, len(btexts))] = np.arange(
            len(btexts), dtype=np.uintc
        )
        numbers = rank[same][np.frombuffer(self.terms, dtype=np.uintc)]
        del rank, same, first
        order = np.argsort(numbers, kind="stable")
        ends = np.cumsum(np.bincount(numbers, minlength=len(btexts)))
        del numbers
        # Handed over, and each column let go once its sorted copy is made: a batch of
        # real text peaked 100 MB higher with both kept, and the order as Python ints.
        docs, weights, values = self.docs, self.weights, self.values
        counts, positions = self.counts, self.positions
        self.__init__()
        ids = array("I")
        ids.frombytes(_bytes(np.frombuffer(docs, dtype=np.uintc)[order]))
        del docs
        # As the segment keeps them, and as Whoosh's writer takes them (`array("f")`).
        sorted_weights = array("f")
        sorted_weights.frombytes(
            _bytes(np.frombuffer(weights, dtype=np.float64)[order].astype(np.float32))
        )
        del weights
        if counts is not None:
            terms = self._pooled_terms(btexts, ends, order, counts, positions)
        else:
            values = np.array(values, dtype=object)[order].tolist()  # references, no new objects
            terms = zip(btexts, values_of(values, ends), strict=True)
        del order
        start = 0
        for (btext, found), end in zip(terms, ends.tolist(), strict=True):
            if start < end:  # none left when its only document was discarded
                yield btext, (ids[start:end], sorted_weights[start:end], found)
            start = end

    @staticmethod
    def _pooled_terms(btexts, ends, order, counts, positions):
        """(btext, `PooledTerm`) in term order, the positions encoded a run of terms
        of about POOLED_RUN postings at a time (their arrays are 50 bytes a posting)."""
        counts = np.frombuffer(counts, dtype=np.uintc)
        firsts = np.cumsum(counts, dtype=np.int64) - counts
        positions = np.frombuffer(positions, dtype=np.uintc)
        start = run_start = run_end = 0
        pooled = None
        for btext, end in zip(btexts, ends.tolist(), strict=True):
            if end > run_end:  # the next run, from this term on
                run_start = start
                run_end = int(ends[min(np.searchsorted(ends, start + POOLED_RUN), len(ends) - 1)])
                run_end = max(run_end, end)
                pooled = Pooled(counts, firsts, positions, order[run_start:run_end])
            yield btext, PooledTerm(pooled, start - run_start, end - run_start)
            start = end


class TermPool:
    def __init__(self):
        self.fields = {}  # fieldname → _Columns

    def add(self, item):
        fieldname, btext, docnum, weight, value = item
        self.add_field(fieldname, docnum, (btext,), (weight,), (value,))

    def add_field(self, fieldname, docnum, terms, weights, values):
        """A document's postings in one field, as three columns: the terms (`bytes`,
        or the analyzer's `str`), the weights and the encoded values."""
        columns = self.fields.get(fieldname)
        if columns is None:
            columns = self.fields[fieldname] = _Columns()
        columns.add(docnum, terms, weights, values)

    def add_positions(self, fieldname, docnum, terms, weights, poslists, encode):
        """A document's postings in one field of positions: the terms (the analyzer's
        `str`s), the weights and each term's positions, ascending (lists of ints);
        `encode`, the field format's, makes a posting's bytes of them. The terms'
        values are their bytes (`packedpositions.PooledTerm`), made when the segment
        is written."""
        columns = self.fields.get(fieldname)
        if columns is None:
            columns = self.fields[fieldname] = _Columns()
        columns.add_positions(docnum, terms, weights, poslists, encode)

    def sorted_terms(self):
        """(fieldname, btext, (ids, weights, values)), in the order a segment stores
        them: ids an array "I" ascending, weights an array "f"."""
        for fieldname in sorted(self.fields):
            for btext, postings in self.fields[fieldname].sorted_terms():
                yield fieldname, btext, postings

    def discard(self, docnum):
        """Forget document `docnum`'s postings: `add_document` failed half way through
        it, and the next document would get the same number (and them)."""
        for columns in self.fields.values():
            columns.discard(docnum)

    def iter_postings(self):
        for fieldname, btext, (ids, weights, values) in self.sorted_terms():
            for docnum, weight, value in zip(ids, weights, values, strict=True):
                yield fieldname, btext, docnum, weight, value

    def cleanup(self):
        self.fields = {}


def _bytes(numbers):
    """A numpy array's bytes without a copy (`array.frombytes` takes bytes-like
    objects of one byte an item only)."""
    return memoryview(numbers).cast("B")
