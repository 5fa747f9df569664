"""`TermCache`: the posting lists read for earlier queries on one open searcher.

An entry is a `postings.Postings` compacted (`Postings.compact`): its ids as uint32,
its weights as the counts they were stored as, a long list's bitset, and the blocks
only of a list read with its positions; `Postings.nbytes` is what it costs here.
"""

import threading


class TermCache:
    """Postings read for earlier queries on one searcher, kept up to `budget` bytes
    (`Postings.nbytes`).

    Reading a posting list of W3's blocks is a zlib and two pickles a block of 128: at
    30 037 articles of real text, 38 % of all search time once scoring and phrases ran
    in numpy (a profile of the benchmark's 200 queries), most of it for the common
    words that query after query asks again. `ArrayCodec`'s blocks cost about a third
    of that (README.md, issue #17), and the common words are still asked again. When it is full a list comes in only in place
    of lists asked for less often than it (the least recently used of those first):
    plain LRU emptied itself on the benchmark's 200 queries asked in turn (more than
    the budget) and kept nothing; this keeps what it has until something is asked for
    more. A list larger than a quarter of the budget is never kept.
    """

    AGE_AFTER = 50_000  # counts halved when this many words have been asked for

    def __init__(self, budget):
        self.budget, self.used = budget, 0
        self._entries = {}  # key -> (postings or None, bytes), oldest use first
        self._asked = {}  # key -> how often asked for (halved now and then)
        self._lock = threading.Lock()

    def get(self, key):
        """(True, postings or None) if known, else (False, None)."""
        with self._lock:
            self._asked[key] = self._asked.get(key, 0) + 1
            if len(self._asked) > self.AGE_AFTER:
                self._asked = {k: n // 2 for k, n in self._asked.items() if n > 1}
            found = self._entries.pop(key, None)
            if found is None:
                return False, None
            self._entries[key] = found
            return True, found[0]

    def put(self, key, postings, size):
        if postings is not None:
            postings.compact(size)
        cost = 64 if postings is None else postings.nbytes(size)
        if cost > self.budget // 4:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            self.used -= old[1] if old else 0
            asked = self._asked.get(key, 0)
            victims, freed = [], 0
            for other, (_postings, other_cost) in self._entries.items():
                if self.used - freed + cost <= self.budget:
                    break
                if self._asked.get(other, 0) < asked:
                    victims.append(other)
                    freed += other_cost
            if self.used - freed + cost > self.budget:
                return  # everything here is asked for as often: keep it
            for other in victims:
                del self._entries[other]
            self.used += cost - freed
            self._entries[key] = (postings, cost)
