"""Per-document values of the index: pks, dates and facet fields, read from columns.

The backend reads each segment's columns once (`SegmentValues`) and joins them for a
searcher (`SearcherValues`); a new segment after a commit is the only one read
again. For each facet field, the documents holding each value are kept as a bitset
(a common value) or an array of document numbers (a rare one), to count a facet over
a result set of any size without visiting its documents one by one.
"""

import sys
from array import array
from dataclasses import dataclass

from haystack.constants import DJANGO_ID
from whoosh.columns import NumericColumn, VarBytesColumn

from .bitsets import to_bits

# Facet and filter fields, by how many values an article has (every `exact` and
# `names` field of search_indexes.py: check_index counts each as a facet).
SINGLE_VALUED = ("year", "publication", "column")
MULTI_VALUED = ("credit", "person", "department")
NO_DATE = -1  # a document without a date, as read here
MISSING_DATE = 2**64 - 1  # the date column's default: what Whoosh writes for no date
# Numbers to sort by (the page's 版次); a missing one is the column's default, 2**32 - 1.
NUMBERS = ("page_number",)
NO_NUMBER = 2**32 - 1


class SegmentValues:
    """Per-document values of one index segment, read once from its columns, and
    each facet's values with the documents holding them, worked out when first counted."""

    def __init__(self, reader):
        self.size = size = reader.doc_count_all()
        self.values = {}
        self._facets = {}
        for name in (DJANGO_ID, "date", *NUMBERS, *SINGLE_VALUED, *MULTI_VALUED):
            raw = _column(reader, name)
            if raw is None and name in NUMBERS:
                self.values[name] = [NO_NUMBER] * size  # an index from before the field
            elif raw is None:
                # Whoosh writes no column for a field no document of the segment has: a
                # batch of undated pages has no date column. Its documents have no date
                # (a None here made every date sort and range fail).
                empty = () if name in MULTI_VALUED else NO_DATE if name == "date" else None
                self.values[name] = [empty] * size
            elif name == DJANGO_ID:
                self.values[name] = [int(v) if v else 0 for v in raw]
            elif name in NUMBERS:
                self.values[name] = raw
            elif name == "date":
                # Sortable integers in date order; a missing date is the column's
                # default (all bits set), which must sort before every real date.
                self.values[name] = [NO_DATE if v >= MISSING_DATE else v for v in raw]
            else:
                # One object per distinct value, not per document: a few papers and
                # years repeat a hundred thousand times.
                decode = _split if name in MULTI_VALUED else _text
                distinct = {v: decode(v) for v in set(raw)}
                self.values[name] = list(map(distinct.__getitem__, raw))

    def facet(self, name):
        found = self._facets.get(name)
        if found is None:
            groups = {}
            if name in MULTI_VALUED:
                for doc, held in enumerate(self.values[name]):
                    for value in held:
                        groups.setdefault(value, []).append(doc)
            else:
                for doc, value in enumerate(self.values[name]):
                    if value is not None:
                        groups.setdefault(value, []).append(doc)
            found = self._facets[name] = Facet.of(groups, self.size)
        return found


def _column(reader, name):
    """The raw values of a column, one per document; None if the segment has none.

    Whoosh's column readers fetch a value per call (1.2 s for the columns of 100 000
    articles); the two kinds the schema uses are read here in one piece instead.
    """
    if not reader.has_column(name):
        return None
    column = reader.column_reader(name, translate=False)
    size = reader.doc_count_all()
    if type(column) is VarBytesColumn.Reader and size:
        offsets, lengths = column._offsets, column._lengths
        blob = column._dbfile.get(column._basepos, offsets[-1] + lengths[-1])
        return [
            blob[start : start + length] for start, length in zip(offsets, lengths, strict=True)
        ]
    if type(column) is NumericColumn.Reader:
        count = min(column._count, size)
        numbers = array(column._typecode)
        numbers.frombytes(column._dbfile.get(column._basepos, count * column._fixedlen))
        if sys.byteorder == "little":  # written big-endian ("!" in the column's struct)
            numbers.byteswap()
        return numbers.tolist() + [column._default] * (size - count)
    return list(column)


def _text(raw):
    return raw.decode("utf-8") if raw else None


def _split(raw):
    return tuple(map(sys.intern, filter(None, raw.decode("utf-8").split(",")))) if raw else ()


# A value held by at least this share of the documents gets a bitset (size / 8 bytes,
# a count in ~3 µs); rarer ones an array of document numbers (4 bytes each).
DENSE_SHARE = 1 / 256


@dataclass
class Facet:
    """One facet field's values: `dense` {value: bitset}, `sparse` {value: doc numbers}."""

    dense: dict
    sparse: dict
    pairs: int  # (document, value) pairs: what counting the values one document at a time costs
    sparse_pairs: int = 0

    def __post_init__(self):
        self.sparse_pairs = sum(map(len, self.sparse.values()))

    @classmethod
    def of(cls, groups, size):
        least = max(16, int(size * DENSE_SHARE))
        dense = {v: to_bits(docs, size) for v, docs in groups.items() if len(docs) >= least}
        sparse = {v: array("I", docs) for v, docs in groups.items() if len(docs) < least}
        return cls(dense, sparse, sum(map(len, groups.values())))

    def shifted(self, offset, size, dense_values):
        """This segment's facet in the numbers of a searcher where it starts at `offset`."""
        dense = {v: bits << offset for v, bits in self.dense.items()}
        sparse = {}
        for value, docs in self.sparse.items():
            if value in dense_values:
                dense[value] = to_bits(docs, size) << offset
            else:
                sparse[value] = array("I", [d + offset for d in docs]) if offset else docs
        return dense, sparse


class SearcherValues:
    """Per-document values for a whole searcher, built from cached segments; its
    facets; and `cache`, what `matching.py` works out once per searcher."""

    def __init__(self, searcher, cache):
        segments = {}
        self.size = searcher.doc_count_all()
        self.values = {}
        self.segments = []
        self.cache = {}
        self._facets = {}
        self._oldest = None
        for subsearcher, offset in searcher.leaf_searchers():
            reader = subsearcher.reader()
            segid = reader.segment().segment_id() if reader.segment() else id(reader)
            segments[segid] = cache.get(segid) or SegmentValues(reader)
            self.segments.append((segments[segid], offset))
            for name, values in segments[segid].values.items():
                self.values.setdefault(name, []).extend(values)
        cache.clear()
        cache.update(segments)

    def facet(self, name):
        """The `Facet` of a field over every segment."""
        found = self._facets.get(name)
        if found is None:
            parts = [
                (segment.facet(name), segment.size, offset) for segment, offset in self.segments
            ]
            if len(parts) == 1:
                found = parts[0][0]
            else:
                dense_values = set().union(*(facet.dense for facet, _size, _offset in parts))
                dense, sparse = {}, {}
                for facet, size, offset in parts:
                    more_dense, more_sparse = facet.shifted(offset, size, dense_values)
                    for value, bits in more_dense.items():
                        dense[value] = dense.get(value, 0) | bits
                    for value, docs in more_sparse.items():
                        sparse.setdefault(value, array("I")).extend(docs)
                found = Facet(dense, sparse, sum(facet.pairs for facet, _s, _o in parts))
            self._facets[name] = found
        return found

    def oldest_keys(self):
        """Dates that sort a document without one after every other."""
        if self._oldest is None:
            self._oldest = [MISSING_DATE if v == NO_DATE else v for v in self.values["date"]]
        return self._oldest
