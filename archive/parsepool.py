"""Pages parsed ahead in forked worker processes while the ingest stores the last one.

Parsing needs no database and is most of a bulk load's time since the line model (the
features and two CRF passes of every line); storing needs the database and one writer.
With workers parsing the next pages while this process stores, the two overlap on a
machine with more than one core (bench/README.md has the figures).

Invariants:
- Results come back in the order the jobs were given, so pages are stored, reported
  and counted exactly as a serial run does; a worker's job is a pure function of the
  page's bytes and its manifest entry.
- Workers are forked, once the parser's models are loaded in this process
  (`linemodel.tagger.load`, jieba), so they start at once and share those pages.
  They never touch the database. Only the management command asks for workers: tests
  and callers of `ingest()` parse here unless they say otherwise.
- Workers ignore Ctrl-C: this process gets it, ends the pool, and the page being
  stored rolls back alone.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")

MAX_WORKERS = 2  # the store, one writer, keeps up with two parsers and no more
MIN_PAGES = 8  # fewer pages are parsed here: a pool costs more than it saves
AHEAD = 4  # jobs given out per worker beyond the one being stored: memory stays flat


def default_workers() -> int:
    """One fewer than the cores (this process stores), at most MAX_WORKERS; 0 on one core."""
    return max(0, min(MAX_WORKERS, (os.cpu_count() or 1) - 1))


def parsed_in_order(
    parse: Callable[[Job], Result], jobs: Iterable[Job], *, workers: int, total: int, held=1
) -> Iterator[Result]:
    """`parse(job)` for each of the `total` jobs, in order: by `workers` forked processes,
    or here when there are none, too few pages, or no fork. `jobs` is read here, lazily
    (it may query the database), a few jobs ahead of the results read, and `held` more:
    the caller stores up to that many results at once, and the workers go on parsing
    meanwhile."""
    if workers < 1 or total < MIN_PAGES or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(parse, jobs)
        return
    from .parsing.linemodel import tagger

    tagger.load()  # before the fork: the workers share the models instead of each loading them
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_ignore_interrupts)
    pending: deque = deque()
    try:
        for job in jobs:
            pending.append(pool.apply_async(parse, (job,)))
            if len(pending) > workers * AHEAD + held - 1:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
        pool.close()
    except BaseException:  # Ctrl-C, an error storing, or the caller stopped reading
        pool.terminate()
        raise
    finally:
        pool.join()


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
