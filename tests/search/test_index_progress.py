"""While an ingest waits for its indexing process to apply the rest of the queue, it
says how much is left and how long that will take (search/indexing.py)."""

import io
import subprocess

import pytest
from django.core.management.base import OutputWrapper

from search.indexing import stop_follower
from search.models import PendingIndexUpdate

pytestmark = pytest.mark.django_db


class Follower:
    """A stand-in for `process_index_queue --follow` that applies 40 rows of the queue
    each time it is waited for, and exits once the queue is empty."""

    def __init__(self, returncode=0):
        self.stdin = io.BytesIO()
        self.returncode, self.exit_with = None, returncode

    def wait(self, timeout=None):
        rows = list(PendingIndexUpdate.objects.values_list("pk", flat=True)[:40])
        PendingIndexUpdate.objects.filter(pk__in=rows).delete()
        if PendingIndexUpdate.objects.exists():
            raise subprocess.TimeoutExpired("process_index_queue", timeout)
        self.returncode = self.exit_with
        return self.returncode


def queue(n):
    PendingIndexUpdate.objects.bulk_create(PendingIndexUpdate(article_id=i) for i in range(n))


def test_waiting_for_the_index_says_what_is_left():
    queue(100)
    follower, err = Follower(), io.StringIO()
    stop_follower(follower, OutputWrapper(err), every=0)  # the command's stderr
    assert follower.stdin.closed  # told that the ingest ended
    lines = err.getvalue().splitlines()
    assert lines[0].startswith("search index: 60 update(s) still queued, about ")
    assert lines[1].startswith("search index: 20 update(s) still queued, about ")
    assert len(lines) == 2


def test_quiet_at_verbosity_0_but_a_failure_is_still_said():
    queue(100)
    err = io.StringIO()
    stop_follower(Follower(returncode=1), OutputWrapper(err), verbosity=0, every=0)
    assert err.getvalue().splitlines() == [
        "the indexing process exited with status 1; the queue keeps what it did not "
        "apply, applied now"
    ]
