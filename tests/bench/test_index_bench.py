"""The indexing benchmark applies every queued article in one process, merges the index
into one segment and reads its longest lists, and reports figures for each."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench import pipeline_bench

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def test_index_bench_applies_merges_and_reads(tmp_path):
    kept = tmp_path / "archive"
    made = pipeline_bench.run(150, seed=3, repeat=1, keep=kept)
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "index_bench.py"),
            "--data",
            str(kept),
            "--lists",
            "5",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=pipeline_bench.env_for(kept),
    )
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["applied"] == made["articles"]
    assert result["apply_cpu_s"] > 0 and result["peak_rss_mb"] > 0
    assert result["text_mb"] > 0 and result["index_mb"] > 0 and result["one_segment_mb"] > 0
    assert result["lists"] == 5 and result["blocks"] >= 5 and result["postings"] >= result["blocks"]
    assert result["read_us_per_block"] > 0 and result["whoosh_matcher_us_per_block"] > 0
    # The archive it was given is left as it was.
    assert (kept / "whoosh_index").is_dir()
