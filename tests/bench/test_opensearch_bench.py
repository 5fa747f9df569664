"""The move to OpenSearch measures a real move: every article of a small archive reaches
a real node through rebuild_index, and both sites answer every query."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_opensearch_bench_moves_an_archive_and_searches_both_engines(tmp_path):
    # A process of its own, as it is run: it sets Django up for its own archive.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "BAOKAN_"))}
    env.pop("DATABASE_URL", None)
    command = [sys.executable, str(ROOT / "bench" / "opensearch_bench.py")]
    options = ["--data", str(tmp_path / "archive"), "--articles", "150", "--queries", "12"]
    done = subprocess.run(
        [*command, *options, "--passes", "1"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    articles = figures["articles"]
    assert articles > 100 and figures["pipeline"]["indexed"] == articles
    assert figures["whoosh_rebuild"]["articles"] == articles
    moved = figures["opensearch_rebuild"]
    assert moved["articles"] == moved["documents"] == articles
    assert moved["articles_per_s"] > 0 and moved["index_mb"] > 0
    assert figures["queries"] == 12
    for engine in ("whoosh", "opensearch"):
        assert figures[f"{engine}_errors"] == []
        assert 0 < figures[f"{engine}_http_ms"]["p50"] <= figures[f"{engine}_http_ms"]["p95"]
    assert "search HTTP p95 ms" in done.stderr  # the side-by-side table
