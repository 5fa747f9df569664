"""Scores of many documents as numpy arrays, summed in Whoosh's order.

A query's scores are `Scores`: the documents (int64, ascending, each once) and their
scores (float64). Python dicts of {document: score} cost ~0.1 µs an entry to build
and as much again to sum: at 30 037 articles of real text scoring was a quarter of
all search time (a profile of the benchmark's 200 queries), for common words tens of
thousands of entries a query. The arithmetic is the same IEEE operations, one at a
time per document, as Whoosh's matchers do on Python floats (a + b == b + a, and
0.0 + x == x for the positive scores BM25 gives): the same floats to the last bit.
Only the grouping of a sum has to be Whoosh's (`shape`, `balanced`).
"""

from bisect import insort
from operator import itemgetter

import numpy as np

_NO_DOCS = np.zeros(0, dtype=np.int64)


class Scores:
    __slots__ = ("docs", "values")

    def __init__(self, docs=_NO_DOCS, values=None):
        self.docs = docs
        self.values = np.zeros(0, dtype=np.float64) if values is None else values

    def __len__(self):
        return len(self.docs)

    def kept(self, keep):
        """The documents where the bool array `keep` (one a document here) is true."""
        return Scores(self.docs[keep], self.values[keep])

    def within(self, marks):
        """Those of the documents marked in `marks` (numpy bools, one a document)."""
        return self.kept(marks[self.docs]) if len(self.docs) else self

    def boosted(self, boost):
        return self if boost == 1.0 else Scores(self.docs, self.values * boost)

    def plus_where_both(self, other):
        """Every document of self, plus other's score where other has it too (AndMaybe)."""
        _common, mine, theirs = np.intersect1d(
            self.docs, other.docs, assume_unique=True, return_indices=True
        )
        if not len(mine):
            return self
        values = self.values.copy()
        values[mine] = values[mine] + other.values[theirs]
        return Scores(self.docs, values)

    def as_dict(self):
        return dict(zip(self.docs.tolist(), self.values.tolist(), strict=True))

    def top(self, count):
        """The `count` documents with the highest scores, as Whoosh orders them: by
        score, then the lower document number first."""
        docs, values = self.docs, self.values
        if len(docs) > count:
            least = np.partition(values, len(values) - count)[len(values) - count]
            keep = values >= least
            docs, values = docs[keep], values[keep]
        return docs[np.lexsort((docs, -values))][:count].tolist()


def intersect(a, b):
    common, mine, theirs = np.intersect1d(a.docs, b.docs, assume_unique=True, return_indices=True)
    return Scores(common, a.values[mine] + b.values[theirs])


def union(a, b):
    if not len(a):
        return b
    if not len(b):
        return a
    docs = np.union1d(a.docs, b.docs)
    values = np.zeros(len(docs), dtype=np.float64)
    values[np.searchsorted(docs, a.docs)] = a.values
    at = np.searchsorted(docs, b.docs)
    values[at] = values[at] + b.values
    return Scores(docs, values)


def joined(pieces):
    """Scores of disjoint sets of documents, as one."""
    pieces = [p for p in pieces if len(p)]
    if len(pieces) <= 1:
        return pieces[0] if pieces else Scores()
    docs = np.concatenate([p.docs for p in pieces])
    order = np.argsort(docs, kind="stable")
    return Scores(docs[order], np.concatenate([p.values for p in pieces])[order])


def combine(shape, parts, intersecting):
    """Sum `parts` grouped as the tree `shape` (nested pairs of indexes) groups them."""
    if type(shape) is int:
        return parts[shape]
    a = combine(shape[0], parts, intersecting)
    b = combine(shape[1], parts, intersecting)
    return intersect(a, b) if intersecting else union(a, b)


def shape(weights):
    """The tree `whoosh.util.make_weighted_tree` builds, as nested pairs of indexes.

    It sorts (weight, matcher) pairs, and matchers never compare less than each
    other: equal weights keep their order, and a new pair goes after its equals.
    """
    items = sorted(((w, i) for i, w in enumerate(weights)), key=itemgetter(0))
    while len(items) > 1:
        (wa, a), (wb, b) = items[0], items[1]
        del items[:2]
        insort(items, (wa + wb, (a, b)), key=itemgetter(0))
    return items[0][1]


def balanced(count, start=0):
    """The tree `whoosh.util.make_binary_tree` builds over `count` items."""
    if count == 1:
        return start
    half = count // 2
    return (balanced(half, start), balanced(count - half, start + half))
