"""Every benchmark of issue #7, one JSON line each: `make bench` runs this.

    .venv/bin/python bench/run_all.py [--seed 1] [--repeat 3] [--data DIR] [--quick]

1. pipeline: `manage.py ingest` of generated pages, parse + store + index, at 10 000
   and 100 000 articles (medians of --repeat and --repeat-large runs; the last
   100 000 run is kept in --data for what follows);
2. search: 200 generated queries over HTTP, straight against Whoosh, in process, and on
   the anchors tantivy and SQLite FTS5 (medians of the passes' percentiles), on an
   archive of real text recombined from ../shared/corpus/ as large as the largest
   pipeline run (built once into --data with `-real` appended, bench/realtext.py), or,
   without that corpus or with --search-corpus pages, on the pipeline's archive;
3. browse: home, calendar, issue, article, a person with thousands of articles…;
4. load: 60 s of wrk over a mix of pages and searches, errors counted.
Browse and load run --repeat-http times (3), each on a freshly started server; the run
with the median p95 is printed, with every run's p95 and the errors of all runs.
With --opensearch, issue #18's move follows: rebuild_index of the same archive into an
OpenSearch node and the search queries on both engines (bench/opensearch_bench.py).

The figures are for a person to compare with the targets in the README; nothing is
asserted. --quick runs small sizes and short times, to check the machinery (minutes,
not the half hour the full run takes on two cores).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from operator import itemgetter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import (  # noqa: E402
    browse_bench,
    load_bench,
    opensearch_bench,
    pipeline_bench,
    realtext,
    search_bench,
)


def emit(result: dict) -> None:
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def repeated(run, times: int, figure: str, value=None) -> dict:
    """Run a benchmark `times` times: the run with the median `figure` (read by `value`,
    by default the result's key of that name; the lower of the middle two for an even
    count), with every run's figure and the errors of all."""
    value = value or itemgetter(figure)
    results = [run() for _ in range(times)]
    chosen = dict(sorted(results, key=value)[(times - 1) // 2])
    chosen["runs"] = times
    chosen[f"runs_{figure}"] = [value(r) for r in results]
    chosen["errors_all_runs"] = sum(
        r["errors"] if isinstance(r["errors"], int) else len(r["errors"]) for r in results
    )
    return chosen


def search_archive(args, articles: int) -> Path:
    """Where the search benchmark runs: an archive of real text, built once, or the
    pipeline's (see the module docstring), saying which and why."""
    if args.search_corpus == "pages":
        return args.data
    if not realtext.available():
        sys.stderr.write(
            f"search: {realtext.SHARED_CORPUS} is not there: searching the pipeline's "
            "archive of generated pages (the seed pages' sentences) instead\n"
        )
        return args.data
    real = args.data.with_name(args.data.name + "-real")
    if not (real / search_bench.CORPUS_NOTE).exists():  # written last: a build cut short
        shutil.rmtree(real, ignore_errors=True)  # is built again from nothing
        search_bench.build_archive(real, articles, "real", args.seed)
    return real


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="pipeline runs at 10 000 articles")
    parser.add_argument(
        "--repeat-large", type=int, default=2, help="pipeline runs at 100 000 articles"
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=ROOT / "var" / "bench-100k",
        help="where the largest archive is kept for the HTTP benchmarks",
    )
    parser.add_argument(
        "--repeat-http", type=int, default=3, help="browse and load runs, each on a fresh server"
    )
    parser.add_argument("--quick", action="store_true", help="small sizes, short runs")
    parser.add_argument(
        "--only-http", action="store_true", help="skip the pipeline; use the archive in --data"
    )
    parser.add_argument(
        "--opensearch",
        action="store_true",
        help="then move the archive to an OpenSearch node (needs Java 17 and Maven)",
    )
    parser.add_argument(
        "--search-corpus",
        choices=("real", "pages"),
        help="the search benchmark's archive: real text recombined from ../shared/corpus/ "
        "(the default when it is there) or the pipeline's generated pages",
    )
    args = parser.parse_args(argv)
    sizes = (1000, 3000) if args.quick else (10_000, 100_000)
    repeats = (1, 1) if args.quick else (args.repeat, args.repeat_large)
    started = time.monotonic()
    if not args.only_http:
        for size, repeat in zip(sizes, repeats, strict=True):
            keep = args.data if size == sizes[-1] else None
            emit(pipeline_bench.run(size, seed=args.seed, repeat=repeat, keep=keep))
    emit(
        search_bench.run(
            search_archive(args, sizes[-1]), passes=1 if args.quick else 3, seed=args.seed
        )
    )
    http_repeats = 1 if args.quick else args.repeat_http
    rounds, seconds = (5, 10) if args.quick else (20, 60)
    emit(repeated(lambda: browse_bench.run(args.data, repeat=rounds), http_repeats, "p95_ms"))
    emit(
        repeated(
            lambda: load_bench.run(args.data, seconds=seconds),
            http_repeats,
            "latency_p95_ms",
            lambda result: result["latency_ms"]["p95"],
        )
    )
    if args.opensearch:
        passes = 1 if args.quick else 3
        emit(opensearch_bench.run(args.data, passes=passes, seed=args.seed))
    sys.stderr.write(f"all benchmarks in {time.monotonic() - started:.0f}s\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
