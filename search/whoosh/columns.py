"""Per-document values of the index: pks, dates and facet fields, read from columns.

The backend reads each segment's columns once (`SegmentValues`) and joins them for a
searcher (`SearcherValues`); a new segment after a commit is the only one read
again. Each facet field's values are numbered (`facets.FacetCodes`), to count a
facet over a result set of any size in numpy.
"""

import sys
from array import array

from haystack.constants import DJANGO_ID
from whoosh.columns import NumericColumn, VarBytesColumn

from .facets import FacetCodes

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
        """The segment's `FacetCodes` of a facet field."""
        found = self._facets.get(name)
        if found is None:
            found = self._facets[name] = FacetCodes.of(self.values[name], name in MULTI_VALUED)
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
        """The `FacetCodes` of a field over every segment."""
        found = self._facets.get(name)
        if found is None:
            parts = [(segment.facet(name), offset) for segment, offset in self.segments]
            found = parts[0][0] if len(parts) == 1 else FacetCodes.join(parts, self.size)
            self._facets[name] = found
        return found

    def oldest_keys(self):
        """Dates that sort a document without one after every other."""
        if self._oldest is None:
            self._oldest = [MISSING_DATE if v == NO_DATE else v for v in self.values["date"]]
        return self._oldest
