"""How the search index follows an ingest run (archive/signals.py announces it).

Each page's articles are queued in the transaction that stores the page (`articles_changed`,
search/queue.py). From INDEX_ALONGSIDE_PAGES pages on, a second process applies the
queue while the ingest parses and stores (`process_index_queue --follow`): each gets a
core, and ingest plus indexing runs at the speed of the slower of the two instead of
their sum. When the run ends the follower applies what is left and exits, and what is
still queued is applied here, so the pages are searchable when the command ends (a
running server's writer holding the lock applies them instead).
"""

import io
import os
import subprocess
import sys
import time

from django.conf import settings
from django.core.management import CommandError, call_command

from archive.loadlog import add_seconds
from archive.progress import duration

from .models import PendingIndexUpdate

INDEX_ALONGSIDE_PAGES = 100

# The follower of the run in progress: one ingest at a time in a process.
_follower = None


def on_ingest_started(sender, pages, stderr, **kwargs):
    global _follower
    if pages >= INDEX_ALONGSIDE_PAGES and _follower is None:
        _follower = start_follower(stderr)


def on_ingest_finished(sender, run, changed, completed, stderr, verbosity, **kwargs):
    global _follower
    follower, _follower = _follower, None
    if follower:
        stop_follower(follower, stderr, verbosity)
    if completed and (changed or follower):
        # Ingest queues its index updates in its pages' transactions; apply what is
        # left now so that the pages are searchable when the command ends.
        started = time.monotonic()
        try:
            call_command(
                "process_index_queue", bulk=True, stdout=stderr, stderr=stderr, verbosity=verbosity
            )
        except CommandError as exc:  # an engine that does not answer: the pages are stored
            stderr.write(f"the pages are stored, but not yet searchable: {exc}")
        if run is not None:
            add_seconds(run, "index", time.monotonic() - started)


def start_follower(stderr):
    """`process_index_queue --follow` in a second process, with these settings."""
    env = dict(os.environ, DJANGO_SETTINGS_MODULE=settings.SETTINGS_MODULE)
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(settings.BASE_DIR), env.get("PYTHONPATH")])
    )
    command = [sys.executable, "-m", "django", "process_index_queue", "--follow"]
    try:
        # Its report ("N article(s) updated") goes to our stderr: stdout may be JSON.
        out = sys.stderr.fileno()
    except (AttributeError, ValueError, io.UnsupportedOperation):
        out = subprocess.DEVNULL
    try:
        # A session of its own: Ctrl-C at the terminal reaches the ingest alone, which
        # then closes our pipe, and the follower applies what was queued instead of
        # dying mid-batch with a traceback.
        return subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=out,
            env=env,
            cwd=settings.BASE_DIR,
            start_new_session=True,
        )
    except OSError as exc:  # the queue keeps everything: it is applied at the end
        stderr.write(f"indexing after the ingest instead of alongside it: {exc}")
        return None


def stop_follower(follower, stderr, verbosity=1, every=15.0):
    """Tell the follower the ingest ended and wait for it to apply the rest, saying
    every `every` seconds what is left: at 100 000 articles indexing is the slower
    half, and the parse can end minutes before the index does."""
    follower.stdin.close()  # tells it the ingest ended: it applies the rest and exits
    started, first = time.monotonic(), PendingIndexUpdate.objects.count()
    while True:
        try:
            follower.wait(timeout=every)
            break
        except subprocess.TimeoutExpired:
            if verbosity >= 1:
                stderr.write(index_left(first, PendingIndexUpdate.objects.count(), started))
    if follower.returncode != 0:
        stderr.write(
            f"the indexing process exited with status {follower.returncode}; "
            "the queue keeps what it did not apply, applied now"
        )


def index_left(first, left, started):
    """`search index: 5200 update(s) still queued, about 3 min left`, at the pace the
    queue went down since the ingest ended (when it went down at all)."""
    line = f"search index: {left} update(s) still queued"
    done, elapsed = first - left, time.monotonic() - started
    if done > 0 and elapsed > 0:
        line += f", about {duration(left * elapsed / done)} left"
    return line
