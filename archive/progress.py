"""How far a long ingest has come and how long the rest will take, for the terminal.

A run of 100 000 pages takes hours on two cores. The time left is the pages left at
the pace of the latest pages, not of the whole run: a run resumed after an
interruption skips the pages it stored before in milliseconds each (same key, same
bytes), then parses at a page or two a second, and an average since the start would
promise the rest far too soon.
"""

import time
from collections import deque

# How many of the latest pages the pace is taken from.
WINDOW = 200


def duration(seconds):
    """`45 s`, `12 min`, `3 h 05 min`: precise enough for a time left."""
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


class Progress:
    """Counts the pages of a run of `total` and says where it is (`line()`)."""

    def __init__(self, total, clock=time.monotonic, window=WINDOW):
        self.total, self.clock = total, clock
        self.started = clock()
        self.done = self.skipped = self.articles = 0
        self.latest = deque([self.started], maxlen=window + 1)  # when each page ended

    def page(self, status, articles=0):
        """Count a page that ended with `status` (archive.ingest.PageReport.status)."""
        self.done += 1
        self.articles += articles
        if status in ("unchanged", "duplicate"):
            self.skipped += 1
        self.latest.append(self.clock())

    def seconds_left(self):
        """At the pace of the latest pages; None before any page has taken time."""
        elapsed = self.latest[-1] - self.latest[0]
        if elapsed <= 0 or self.done == 0:
            return None
        return (self.total - self.done) * elapsed / (len(self.latest) - 1)

    def line(self):
        """`[5000/100000] pages read (1200 already stored), 34211 articles, 2.1 pages/s,
        about 12 h 34 min left`."""
        parts = [f"[{self.done}/{self.total}] pages read"]
        if self.skipped:
            parts[0] += f" ({self.skipped} already stored)"
        parts.append(f"{self.articles} articles")
        left = self.seconds_left()
        if left is not None:
            window = self.latest[-1] - self.latest[0]
            parts.append(f"{(len(self.latest) - 1) / window:.1f} pages/s")
            parts.append(f"about {duration(left)} left" if self.done < self.total else "done")
        return ", ".join(parts)
