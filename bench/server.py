"""Serve a built archive with gunicorn as deployed, for the HTTP benchmarks.

    with serve(data_dir) as site:
        site.get("/search/?q=夜市")       # (status, milliseconds)
        site.worker_rss_mb()              # [MB per worker]

`gunicorn -c gunicorn.conf.py` with 2 workers and --preload, exactly as the README's
production section runs it, on a free loopback port, with the access log off (a log
line per request would be measured too). It imports no Django: the benchmark process
stays a client.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Site:
    def __init__(self, base: str, process: subprocess.Popen):
        self.base = base
        self.process = process

    def get(self, path: str, timeout: float = 60) -> tuple[int, float]:
        """GET `path`; (status, wall milliseconds including reading the body)."""
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(self.base + path, timeout=timeout) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            error.read()
            status = error.code
        return status, (time.perf_counter() - started) * 1000

    def worker_pids(self) -> list[int]:
        out = subprocess.run(
            ["ps", "-o", "pid=", "--ppid", str(self.process.pid)],
            capture_output=True,
            text=True,
        ).stdout.split()
        return [int(pid) for pid in out]

    def worker_rss_mb(self) -> list[float]:
        sizes = []
        for pid in self.worker_pids():
            try:
                with open(f"/proc/{pid}/status", encoding="ascii") as status:
                    for line in status:
                        if line.startswith("VmRSS:"):
                            sizes.append(round(int(line.split()[1]) / 1024, 1))
            except OSError:
                pass
        return sizes


def collectstatic(data_dir: Path) -> None:
    env = dict(os.environ, BAOKAN_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="archive.settings")
    env.pop("DATABASE_URL", None)
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )


@contextmanager
def serve(data_dir: Path, workers: int = 2, ready_path: str = "/healthz", search_url=None):
    """Run gunicorn over `data_dir` until the block ends; yield a Site. `search_url`,
    if given, is the site's BAOKAN_SEARCH_URL (else the environment's, or Whoosh)."""
    collectstatic(data_dir)
    port = free_port()
    env = dict(
        os.environ,
        BAOKAN_DATA_DIR=str(data_dir),
        BAOKAN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY=str(workers),
        DJANGO_SETTINGS_MODULE="archive.settings",
        DJANGO_DEBUG="0",
    )
    env.pop("DATABASE_URL", None)
    if search_url:
        env["BAOKAN_SEARCH_URL"] = search_url
    # gunicorn's own log (errors only: the access log is off), kept to explain a failed start.
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(
        [str(GUNICORN), "-c", str(ROOT / "gunicorn.conf.py"), "--access-logfile", "/dev/null"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    site = Site(f"http://127.0.0.1:{port}", process)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                site.get(ready_path, timeout=5)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    tail = log.read()[-3000:].decode("utf-8", "replace")
                    raise RuntimeError(f"gunicorn did not start over {data_dir}:\n{tail}") from None
                time.sleep(0.2)
        # Each worker answers once before timing, so no figure includes a cold start.
        for _ in range(workers * 2):
            site.get("/")
        yield site
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def percentile(sorted_ms: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not sorted_ms:
        return 0.0
    rank = max(1, min(len(sorted_ms), math.ceil(p / 100 * len(sorted_ms))))
    return round(sorted_ms[rank - 1], 1)


def in_django(script: Path, data_dir: Path, *args: str):
    """Run `script --data DATA_DIR --pick ARGS` with Django set up for `data_dir` in a child
    process and return the JSON it prints last: the benchmark process stays a client, and
    run() can be called beside benchmarks that set Django up for another directory."""
    env = dict(
        os.environ,
        BAOKAN_DATA_DIR=str(data_dir),
        DJANGO_SETTINGS_MODULE="archive.settings",
        DJANGO_DEBUG="0",
        BAOKAN_INDEX_QUEUE_WORKER="0",
    )
    env.pop("DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, str(script), "--data", str(data_dir), "--pick", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"picking URLs from {data_dir} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def data_arguments(parser: argparse.ArgumentParser) -> None:
    """--data and --json, and the hidden --pick that `in_django` runs the script with."""
    parser.add_argument("--data", type=Path, required=True, help="a built archive data directory")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    parser.add_argument("--pick", action="store_true", help=argparse.SUPPRESS)


def answered_pick(parser: argparse.ArgumentParser, args, pick) -> bool:
    """Check --data; under --pick (the child `in_django` starts), set Django up, print
    `pick()` as JSON and return True: the caller's main() is then done."""
    if not (args.data / "baokan.sqlite3").exists():
        parser.error(f"{args.data} holds no baokan.sqlite3: pass a built archive data directory")
    if not args.pick:
        return False
    import django

    django.setup()
    sys.stdout.write(json.dumps(pick(), ensure_ascii=False) + "\n")
    return True


def report(result: dict, text: str | None) -> int:
    """A benchmark's end: its table on stderr (unless --json), its JSON line on stdout."""
    if text is not None:
        sys.stderr.write(text + "\n")
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0
