"""A bound on what Whoosh's searcher remembers of the terms it scored.

`Searcher.idf` keeps every term's idf it has worked out, in a dict the searcher and
its segments' searchers share, for as long as the searcher is open. A web worker
keeps its searcher open until the index changes (`backend.searcher()`), which on an
archive no one is loading is for ever, and "more like this" scores 12 words of each
article shown: 10 345 terms after 1 000 article pages at 22 473 articles (about 200
bytes each), and more with every article read. The idfs are cheap to work out again
(a term looked up in each segment), so the dict is emptied when it is full.
"""

# Terms whose idf is kept: about 4 MB, the words of some 2 000 article pages.
IDF_TERMS = 20_000


class BoundedIdfs(dict):
    """Whoosh's `_idf_cache`, emptied before it would hold more than `limit` terms."""

    def __init__(self, limit=None):
        super().__init__()
        self.limit = IDF_TERMS if limit is None else limit

    def __setitem__(self, key, value):
        if len(self) >= self.limit and key not in self:
            self.clear()
        super().__setitem__(key, value)


def bound_idfs(searcher, limit=None):
    """`searcher`, its idf cache (and its segments' searchers', the same dict) bounded."""
    cache = BoundedIdfs(limit)
    cache.update(searcher._idf_cache)
    searcher._idf_cache = cache
    for subsearcher, _offset in searcher.subsearchers or ():
        subsearcher._idf_cache = cache
    return searcher
