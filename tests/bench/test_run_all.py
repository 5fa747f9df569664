"""The repeated HTTP benchmarks report the median run, every run's figure and all errors."""

import os
import subprocess
import sys
from pathlib import Path

from bench.run_all import repeated

ROOT = Path(__file__).resolve().parents[2]


def runs(*results):
    queue = list(results)
    return lambda: queue.pop(0)


def test_the_run_with_the_median_figure_is_reported_with_every_runs():
    got = repeated(
        runs(
            {"p95_ms": 40.0, "errors": []},
            {"p95_ms": 30.0, "errors": ["/x 500"]},
            {"p95_ms": 35.0, "errors": []},
        ),
        3,
        "p95_ms",
    )
    assert got["p95_ms"] == 35.0
    assert got["runs_p95_ms"] == [40.0, 30.0, 35.0]
    assert got["runs"] == 3
    assert got["errors_all_runs"] == 1  # from a run that is not the one reported


def test_load_runs_are_ranked_by_their_latency_p95_and_errors_add_up():
    got = repeated(
        runs(
            {"latency_ms": {"p95": 190.0}, "errors": 2}, {"latency_ms": {"p95": 170.0}, "errors": 0}
        ),
        2,
        "latency_p95_ms",
        lambda result: result["latency_ms"]["p95"],
    )
    assert got["latency_ms"]["p95"] == 170.0  # the lower of the middle two
    assert got["runs_latency_p95_ms"] == [190.0, 170.0]
    assert got["errors_all_runs"] == 2


def test_the_search_benchmark_starts_as_a_script_without_django():
    # It sets Django up for the archive it is given, so nothing may import search/ before.
    for script in ("search_bench.py", "run_all.py"):
        done = subprocess.run(
            [sys.executable, str(ROOT / "bench" / script), "--help"],
            capture_output=True,
            text=True,
            env={k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"},
        )
        assert done.returncode == 0, done.stderr
