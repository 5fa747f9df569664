"""How many distinct names a run met, without holding the names.

An ingest's totals say how many people and departments its pages named. Kept as
sets of the names, they held every name of the run: real text names about two new
bodies and one or two new people an article, some 150 bytes each in a set, so a run
of a million articles would have held several hundred MB for two numbers. A name is
kept here as its 64-bit hash, 8 bytes in a sorted numpy array, merged in batches.
Two names of one run share a hash with a chance of about n² / 2⁶⁵ (under one in a
million for three million names): the count is then one short, and nothing else
reads it.
"""

from array import array

import numpy as np

# Hashes gathered before they are merged into the sorted array (each merge sorts it
# again: 64 Ki keeps a million-article run's merges to a few seconds in all).
PENDING = 1 << 16


class DistinctCount:
    """`update(names)`; `len()` is how many distinct names were given."""

    def __init__(self, pending: int = PENDING):
        self._seen = np.empty(0, dtype=np.int64)
        self._pending = array("q")
        self._limit = pending

    def update(self, names) -> None:
        # str's hash is a 64-bit SipHash, stable within the process (PYTHONHASHSEED
        # changes it between processes, and a count never leaves this one).
        self._pending.extend(map(hash, names))
        if len(self._pending) >= self._limit:
            self._merge()

    def _merge(self) -> None:
        if self._pending:
            pending = np.frombuffer(self._pending, dtype=np.int64)
            self._seen = np.union1d(self._seen, pending)
            self._pending = array("q")

    def __len__(self) -> int:
        self._merge()
        return len(self._seen)

    def held_bytes(self) -> int:
        """What the count holds: 8 bytes a distinct name, and those not yet merged."""
        return self._seen.nbytes + self._pending.itemsize * len(self._pending)
