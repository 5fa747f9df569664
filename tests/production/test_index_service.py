"""The index writer as a process of its own: web workers only queue, and
`process_index_queue --serve` (its own systemd unit, README) applies the queue."""

import signal
import subprocess
import sys
import time

from .conftest import ROOT, SEEDS, manage, manage_env, query


def test_the_serving_writer_applies_what_an_ingest_queued_and_stops_on_sigterm(tmp_path):
    manage(tmp_path, "migrate", "--noinput", "--verbosity", "0")
    # What a web worker does with BAOKAN_INDEX_QUEUE_WORKER=0: store and queue, no index.
    manage(tmp_path, "ingest", "--no-index", SEEDS)
    # Articles, not rows: an article is queued again when a later page renames a
    # department it names (duplicates cost nothing, search.models.PendingIndexUpdate).
    queued = query(tmp_path, "SELECT COUNT(DISTINCT article_id) FROM search_pendingindexupdate")
    queued = queued[0][0]
    assert queued > 30
    writer = subprocess.Popen(
        [sys.executable, "manage.py", "process_index_queue", "--serve"],
        cwd=ROOT,
        env=manage_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if not query(tmp_path, "SELECT COUNT(*) FROM search_pendingindexupdate")[0][0]:
                break
            time.sleep(0.2)
    finally:
        writer.send_signal(signal.SIGTERM)
        out, err = writer.communicate(timeout=30)
    assert writer.returncode == 0, err
    assert f"{queued} article(s) updated" in out
    found = manage(tmp_path, "check_index")
    assert "ok" in found.stdout + found.stderr
