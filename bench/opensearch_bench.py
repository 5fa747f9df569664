"""Moving an archive to OpenSearch: `rebuild_index` timed on both engines, then the
search benchmark's queries over HTTP on both, side by side (issue #18, part 4).

    .venv/bin/python bench/opensearch_bench.py [--articles 100000] [--data DIR]
        [--queries 200] [--passes 3] [--seed 7] [--heap 1g] [--no-whoosh-rebuild]

1. The archive: DIR if it holds one (baokan.sqlite3 and whoosh_index/), else built
   there by the pipeline benchmark (bench/corpus.py's pages through `manage.py
   ingest`, which indexes into Whoosh as it goes), about `--articles` articles.
2. The anchor: `manage.py rebuild_index --noinput` into a Whoosh index in a scratch
   folder (`BAOKAN_SEARCH_URL=whoosh:///…`), so the archive's own index is searched
   as the ingest built it.
3. One OpenSearch 2.19 node on a loopback port (bench/opensearch_node.py, the tests'
   launcher), with `--heap`, and `manage.py rebuild_index --noinput` into it, as the
   README says to move an archive. For each rebuild: wall seconds, articles/s, the
   command's peak memory, the index's size (the node's store after a refresh).
4. The search benchmark's queries (bench/search_bench.py's `make_queries`, the same
   `--queries` from `--seed`) over HTTP against two gunicorn sites on the same
   database (bench/server.py: 2 workers each, as deployed), one on the Whoosh index,
   one on the node: each query asked of one site and then of the other, so that the
   load of a shared machine falls on both alike. The first pass is cold; the figures
   are medians over the passes of each pass's p50/p95/p99.

Everything runs on this machine: the node shares its cores with the web workers and
the client, which a deployment would not. Figures only; nothing is asserted. One JSON
line goes to stdout, the side-by-side table to stderr.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import pipeline_bench, search_bench  # noqa: E402
from bench.opensearch_node import OpenSearchNode  # noqa: E402
from bench.server import report, serve  # noqa: E402

INDEX_NAME = "baokan"


def has_archive(data_dir: Path) -> bool:
    return (data_dir / "baokan.sqlite3").exists() and (data_dir / "whoosh_index").is_dir()


def rebuild(data_dir: Path, search_url: str) -> dict:
    """`manage.py rebuild_index --noinput` with BAOKAN_SEARCH_URL=`search_url`, timed."""
    env = dict(pipeline_bench.env_for(data_dir), BAOKAN_SEARCH_URL=search_url)
    out, _err, seconds, watch = pipeline_bench.run_watched(
        ["rebuild_index", "--noinput"], env, tail=3000
    )
    indexed = re.search(r"Indexing (\d+) ", out)
    articles = int(indexed.group(1)) if indexed else 0
    return {
        "articles": articles,
        "seconds": round(seconds, 1),
        "articles_per_s": round(articles / seconds, 1),
        "peak_rss_mb": round(watch.peak["rss", "total"]),
    }


def folder_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 1)


def node_index(node: OpenSearchNode) -> dict:
    """The node's count and store size of the index, once every write is visible."""
    node.request("POST", f"/{INDEX_NAME}/_refresh")
    stats = node.request("GET", f"/{INDEX_NAME}/_stats/store,segments")
    primaries = stats["indices"][INDEX_NAME]["primaries"]
    return {
        "documents": node.request("GET", f"/{INDEX_NAME}/_count")["count"],
        "index_mb": round(primaries["store"]["size_in_bytes"] / 1e6, 1),
        "segments": primaries["segments"]["count"],
        "node_rss_mb": round(pipeline_bench.rss_mb(node.process.pid)),
    }


def queries(data_dir: Path, count: int, seed: int) -> list:
    """The search benchmark's queries, drawn from this archive and its Whoosh index."""
    search_bench.setup_django(data_dir)
    from whoosh.index import open_dir

    with open_dir(str(data_dir / "whoosh_index")).searcher() as searcher:
        return search_bench.make_queries(count, seed, searcher)


def side_by_side(data_dir: Path, chosen: list, search_url: str, passes: int, log) -> dict:
    """Each query over HTTP on the Whoosh site, then on the OpenSearch site, `passes`
    times: {engine: {"passes": [[ms…]…], "errors": [query…], "rss": [MB…]}}."""
    engines = {"whoosh": f"whoosh://{data_dir / 'whoosh_index'}", "opensearch": search_url}
    timed = {name: {"passes": [[] for _ in range(passes)], "errors": set()} for name in engines}
    with (
        serve(data_dir, search_url=engines["whoosh"]) as whoosh_site,
        serve(data_dir, search_url=search_url) as os_site,
    ):
        sites = {"whoosh": whoosh_site, "opensearch": os_site}
        for n in range(passes):
            for query in chosen:
                for name, site in sites.items():
                    status, ms = site.get(query.path)
                    timed[name]["passes"][n].append(ms)
                    if status != 200:
                        timed[name]["errors"].add(str(query))
            log(
                f"pass {n + 1}: "
                + ", ".join(
                    f"{name} {search_bench.percentiles(timed[name]['passes'][n])}"
                    for name in engines
                )
            )
        for name, site in sites.items():
            timed[name]["rss"] = site.worker_rss_mb()
    return timed


def run(
    data_dir: Path,
    *,
    articles=100_000,
    queries_count=200,
    passes=3,
    seed=7,
    heap="1g",
    whoosh_rebuild=True,
    log=None,
) -> dict:
    log = log or (lambda line: print(line, file=sys.stderr))
    data_dir = Path(data_dir).resolve()  # whoosh:// takes an absolute path
    figures = {"bench": "opensearch", "seed": seed, "passes": passes, "heap": heap}
    if not has_archive(data_dir):
        log(f"building about {articles} articles in {data_dir} (bench/pipeline_bench.py)")
        figures["pipeline"] = pipeline_bench.run(articles, keep=data_dir)
    figures["whoosh_index_mb"] = folder_mb(data_dir / "whoosh_index")
    if whoosh_rebuild:
        # The index in a folder of the scratch one: Whoosh's writer puts its lock file
        # beside the index folder.
        scratch = Path(tempfile.mkdtemp(prefix="baokan-whoosh-rebuild-"))
        try:
            index_dir = scratch / "index"
            figures["whoosh_rebuild"] = rebuild(data_dir, f"whoosh://{index_dir}")
            figures["whoosh_rebuild"]["index_mb"] = folder_mb(index_dir)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        log(f"rebuild_index into Whoosh: {figures['whoosh_rebuild']}")
    node = OpenSearchNode(heap=heap)
    try:
        node.start()
        figures["node_started_s"] = round(node.started_in, 1)
        search_url = f"elasticsearch://127.0.0.1:{node.http_port}/{INDEX_NAME}"
        figures["opensearch_rebuild"] = {**rebuild(data_dir, search_url), **node_index(node)}
        log(f"rebuild_index into OpenSearch: {figures['opensearch_rebuild']}")
        chosen = queries(data_dir, queries_count, seed)
        timed = side_by_side(data_dir, chosen, search_url, passes, log)
        figures["opensearch_rebuild"]["node_rss_after_search_mb"] = round(
            pipeline_bench.rss_mb(node.process.pid)
        )
    finally:
        node.stop()
    from archive.models import Article  # Django is set up by queries()

    figures["articles"] = Article.objects.count()
    figures["queries"] = len(chosen)
    for name, got in timed.items():
        figures[f"{name}_http_ms"] = search_bench.median_percentiles(got["passes"])
        figures[f"{name}_http_cold_ms"] = search_bench.percentiles(got["passes"][0])
        figures[f"{name}_errors"] = sorted(got["errors"])
        figures[f"{name}_worker_rss_mb"] = got["rss"]
    per_query = [
        statistics.median(o) / statistics.median(w)
        for w, o in zip(
            zip(*timed["whoosh"]["passes"], strict=True),
            zip(*timed["opensearch"]["passes"], strict=True),
            strict=True,
        )
    ]
    figures["opensearch_over_whoosh_per_query_median"] = round(statistics.median(per_query), 2)
    figures["p50_ms_by_kind"] = by_kind(chosen, timed)
    log(table(figures))
    return figures


def by_kind(chosen: list, timed: dict) -> dict:
    """{kind of query: [OpenSearch's median ms, Whoosh's]}, each query's median over
    the passes: which kinds the engines answer differently fast."""
    medians = {
        name: [statistics.median(ms) for ms in zip(*got["passes"], strict=True)]
        for name, got in timed.items()
    }
    kinds = {}
    for i, query in enumerate(chosen):
        kinds.setdefault(query.kind, []).append(i)
    return {
        kind: [
            round(statistics.median(medians[name][i] for i in rows), 1)
            for name in ("opensearch", "whoosh")
        ]
        for kind, rows in kinds.items()
    }


def table(f: dict) -> str:
    rows = [("figure", "OpenSearch", "Whoosh (anchor)")]
    w, o = f.get("whoosh_rebuild", {}), f["opensearch_rebuild"]
    rows.append(("rebuild_index, articles/s", o["articles_per_s"], w.get("articles_per_s", "–")))
    rows.append(("rebuild_index, seconds", o["seconds"], w.get("seconds", "–")))
    rows.append(("rebuild_index, peak MB", o["peak_rss_mb"], w.get("peak_rss_mb", "–")))
    rows.append(("index MB", o["index_mb"], f["whoosh_index_mb"]))
    for p in ("p50", "p95", "p99"):
        rows.append((f"search HTTP {p} ms", f["opensearch_http_ms"][p], f["whoosh_http_ms"][p]))
        rows.append(
            (f"  first pass {p}", f["opensearch_http_cold_ms"][p], f["whoosh_http_cold_ms"][p])
        )
    rows.append(("errors", len(f["opensearch_errors"]), len(f["whoosh_errors"])))
    for kind, (o_ms, w_ms) in f["p50_ms_by_kind"].items():
        rows.append((f"  {kind}, p50 ms", o_ms, w_ms))
    return "\n".join(f"{a:<28} {b!s:>12} {c!s:>16}" for a, b, c in rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "var" / "bench-100k")
    parser.add_argument("--articles", type=int, default=100_000, help="if --data is empty")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--heap", default="1g", help="the node's Java heap")
    parser.add_argument(
        "--no-whoosh-rebuild", action="store_true", help="skip the anchor's rebuild_index"
    )
    args = parser.parse_args(argv)
    figures = run(
        args.data,
        articles=args.articles,
        queries_count=args.queries,
        passes=args.passes,
        seed=args.seed,
        heap=args.heap,
        whoosh_rebuild=not args.no_whoosh_rebuild,
    )
    return report(figures, None)


if __name__ == "__main__":
    sys.exit(main())
