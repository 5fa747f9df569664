"""Two gunicorn workers serve 100 concurrent readers while an ingest runs: no request
fails, and afterwards the database holds what an undisturbed run stores and the
search index catches up through its queue."""

import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from .conftest import ROOT, SEEDS, indexed_pks, manage, manage_env, query, snapshot

READERS = 100
REQUESTS_EACH = 20
TIMEOUT = 60  # seconds a single request may take before it counts as failed


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url):
    """(status, seconds, error); redirects are followed, as a browser would."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
            response.read()
            status, error = response.status, None
    except urllib.error.HTTPError as exc:
        status, error = exc.code, None
    except OSError as exc:  # refused, reset, timed out
        status, error = None, repr(exc)
    return status, time.monotonic() - started, error


def healthz(base):
    with urllib.request.urlopen(f"{base}/healthz", timeout=TIMEOUT) as response:
        return json.load(response)


def wait_for(condition, timeout, message):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, message
        time.sleep(0.2)


def start_gunicorn(data_dir, port, log):
    env = manage_env(
        data_dir,
        BAOKAN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="2",
        XDG_RUNTIME_DIR=str(data_dir),
    )
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    return subprocess.Popen(
        [gunicorn, "-c", "gunicorn.conf.py"], cwd=ROOT, env=env, stdout=log, stderr=log
    )


def reader_urls(data_dir, base):
    pk, day = query(
        data_dir,
        "SELECT a.id, i.date FROM archive_article a JOIN archive_issue i ON i.id = a.issue_id "
        "WHERE i.date IS NOT NULL ORDER BY a.id LIMIT 1",
    )[0]
    search = urllib.parse.quote("高新区")
    return [
        f"{base}/",
        f"{base}/{day.replace('-', '/')}/",
        f"{base}/articles/{pk}/",
        f"{base}/search/?q={search}",
        f"{base}/search/?q={search}&sort=newest",
        f"{base}/feed/",
    ]


@pytest.mark.slow
def test_readers_never_fail_while_an_ingest_runs(data_dir, corpus_dir, clean_run, tmp_path):
    manage(data_dir, "collectstatic", "--noinput", "--verbosity", "0")
    manage(data_dir, "ingest", SEEDS)  # something to read from the start
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(tmp_path / "gunicorn.log", "wb")  # closed in the finally below
    server = start_gunicorn(data_dir, port, log)
    try:
        # Up, with the database and the index answering.
        wait_for(lambda: fetch(f"{base}/healthz")[0] == 200, 60, "gunicorn did not come up")
        urls = reader_urls(data_dir, base)

        ingest = subprocess.Popen(
            [sys.executable, "manage.py", "ingest", str(corpus_dir)],
            cwd=ROOT,
            env=manage_env(data_dir),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        results = []  # (url, status, seconds, error); list.append is atomic
        deadline = time.monotonic() + 240

        ingest_ended = []

        def watch():
            ingest.wait()
            ingest_ended.append(time.monotonic())

        def read(offset):
            # Every reader goes on until the ingest is over, so all of it runs under load.
            done = 0
            while done < REQUESTS_EACH or (ingest.poll() is None and time.monotonic() < deadline):
                url = urls[(offset + done) % len(urls)]
                results.append((url, *fetch(url)))
                done += 1

        readers = [threading.Thread(target=read, args=(i,)) for i in range(READERS)]
        watcher = threading.Thread(target=watch)
        started = time.monotonic()
        watcher.start()
        for reader in readers:
            reader.start()
        for reader in readers:
            reader.join()
        elapsed = time.monotonic() - started
        watcher.join()
        assert ingest.returncode == 0
        ingest_seconds = ingest_ended[0] - started

        failures = [r for r in results if r[1] != 200]
        latencies = sorted(r[2] for r in results)
        print(
            f"\n{len(results)} requests from {READERS} readers in {elapsed:.1f}s, "
            f"{len(failures)} failed; latency median {statistics.median(latencies) * 1000:.0f} ms, "
            f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms, "
            f"max {latencies[-1] * 1000:.0f} ms; the ingest took {ingest_seconds:.1f}s of it"
        )
        for url in urls:
            times = [r[2] for r in results if r[0] == url]
            print(f"  {url[len(base) :]}: median {statistics.median(times) * 1000:.0f} ms")
        assert len(results) >= READERS * REQUESTS_EACH
        assert failures == []

        # The queue drains; the database holds what an undisturbed run stores.
        wait_for(lambda: healthz(base)["pending_index_updates"] == 0, 180, "queue never drained")
        assert snapshot(data_dir) == clean_run
        articles = {pk for (pk,) in query(data_dir, "SELECT id FROM archive_article")}
        assert indexed_pks(data_dir) == articles
        assert healthz(base) == {"database": "ok", "search_index": "ok", "pending_index_updates": 0}
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
