"""The browse and load benchmarks run end to end on a tiny archive (the seed pages):
they pick their URLs, serve them with gunicorn and report figures. Timings are not
checked here; that every page answers and every figure is there is."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench import browse_bench, load_bench
from bench.server import serve

ROOT = Path(__file__).resolve().parents[2]


def manage(data_dir, *args):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(DJANGO_SETTINGS_MODULE="archive.settings", BAOKAN_DATA_DIR=str(data_dir))
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, f"manage.py {' '.join(args)}:\n{done.stderr}"


@pytest.fixture(scope="module")
def tiny_archive(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("tiny-archive")
    manage(data_dir, "migrate", "--noinput")
    manage(data_dir, "ingest", str(ROOT / "fixtures" / "seeds"))
    return data_dir


def test_browse_bench_times_every_kind_of_page(tiny_archive):
    result = browse_bench.run(tiny_archive, repeat=2)
    json.dumps(result)  # one JSON line, as main() prints it
    kinds = {"home", "years", "year", "month", "day", "issue", "article", "person", "people"}
    kinds |= {"department", "departments", "paper", "papers"}
    assert set(result["pages"]) == kinds
    assert result["errors"] == []
    assert result["requests"] == 2 * len(kinds)
    for row in result["pages"].values():
        assert row["url"].startswith("/")
        assert 0 < row["p50_ms"] <= row["p95_ms"] <= row["max_ms"]
    assert result["p95_ms"] > 0 and result["target_p95_ms"] == 50
    assert len(result["worker_rss_mb"]) == 2


def test_load_mix_holds_browse_and_search_pages_that_all_answer(tiny_archive):
    mix = load_bench.url_mix(tiny_archive, size=60)
    assert mix == load_bench.url_mix(tiny_archive, size=60)  # the same seed, the same mix
    searches = [url for url in mix if url.startswith("/search/?")]
    assert 0.2 < len(searches) / len(mix) < 0.5
    assert any(url.startswith("/people/") for url in mix)
    assert any(url.count("/") == 6 and url[1].isdigit() for url in mix)  # /2021/07/09/12/3/
    with serve(tiny_archive) as site:
        statuses = {url: site.get(url)[0] for url in sorted(set(mix))}
    assert {url: status for url, status in statuses.items() if status != 200} == {}


def test_load_bench_drives_wrk_and_counts_what_it_got(tiny_archive):
    # `make test` installs wrk (`make bench-tools`): a missing wrk is a failure, not a skip.
    assert shutil.which("wrk"), "wrk is not installed: run `make bench-tools`"
    result = load_bench.run(tiny_archive, seconds=2, connections=2, threads=1, size=40)
    json.dumps(result)
    assert result["requests"] > 0 and result["requests_per_s"] > 0
    assert result["errors"] == 0
    assert result["statuses"]["2xx"] == result["requests"]
    latency = result["latency_ms"]
    assert 0 < latency["p50"] <= latency["p95"] <= latency["p99"] <= latency["max"]
    assert len(result["worker_rss_mb"]) == 2
