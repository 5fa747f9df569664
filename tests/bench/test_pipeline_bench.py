"""The end-to-end ingest benchmark measures a real run: every article indexed, the
time split reported, the archive kept for the HTTP benchmarks."""

import pytest

from bench import pipeline_bench

pytestmark = pytest.mark.slow


def test_pipeline_bench_ingests_and_indexes_everything(tmp_path):
    kept = tmp_path / "archive"
    result = pipeline_bench.run(150, seed=3, repeat=1, keep=kept)
    assert result["articles"] > 100
    assert result["indexed"] == result["articles"]
    assert result["articles_per_s"] > 0
    assert result["parse_s"] > 0 and result["database_s"] > 0 and result["index_s"] > 0
    assert result["peak_rss_mb"] >= result["peak_rss_ingest_mb"] > 0
    assert result["met"] == (result["articles_per_s"] >= pipeline_bench.TARGET_ARTICLES_PER_S)
    assert (kept / "baokan.sqlite3").exists() and (kept / "whoosh_index").is_dir()


def test_pages_for_matches_the_generator():
    assert pipeline_bench.pages_for(100_000) == 14124
    assert pipeline_bench.pages_for(1) == 1
