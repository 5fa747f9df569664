"""The one lock that makes a single writer: a file lock, held across processes."""

import fcntl
from contextlib import contextmanager
from pathlib import Path


class IndexBusy(Exception):
    """Another writer holds the lock (raised only when not waiting for it)."""


@contextmanager
def file_lock(path, wait=True):
    """Hold an exclusive `flock` on `path` (created if missing); `IndexBusy` if another
    process holds it and not `wait`. The kernel releases it if the holder dies."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IndexBusy(str(path)) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
