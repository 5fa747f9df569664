"""Search speed and size at scale, over HTTP and against bare Whoosh: prints figures.

    .venv/bin/python bench/search_bench.py --data DIR [--queries 200] [--passes 3] [--seed 7]
    .venv/bin/python bench/search_bench.py --data DIR --synthetic 100000   # build DIR first
        [--corpus real|seeds]   # its text: real articles recombined (the default when
                                # ../shared/corpus/ is there) or the seed pages' sentences

DIR is a built archive data directory (baokan.sqlite3 and whoosh_index/), however it
was made. From its database and index the benchmark draws `--queries` realistic
queries, deterministically from `--seed` (bench/query_mix.py): the issue's sixteen,
then words from the articles spread over frequencies from rare to very common (single
words and pairs), quoted phrases, `-word` exclusions, traditional-character spellings,
the people and departments the archive holds (bare and as `记者:` `人物:` `单位:`
fields), OR and brackets, the fields of an article's parts (`标题:` `引题:` `正文:`
`栏目:` `版次:`), proximity (`"a b"~N`, `同句:(…)`, `同段:(…)`), and a few with a year,
paper, column or person filter or sorted by date.

Each pass requests every query once from the search page, served by gunicorn as
deployed (bench/server.py: 2 workers, highlighting and facets on), then runs the
same queries against bare Whoosh on the same index: one open searcher,
`searcher.search(q, limit=20)` (with the filter, exclusion mask or date order the
page applies) and the total. The first pass is every query's first request (cold);
the figures are medians over the passes of each pass's p50/p95/p99, and the ratio
of HTTP to bare (of the p95s and of the medians) shows what Django and haystack add.

Then the anchors (bench/anchors.py): the same queries on tantivy and SQLite FTS5,
built over the same articles with Baokan's own terms and positions, beside Baokan's
search core timed in this process (`run_search`, with and without facets): CPU and
wall p50/p95, each anchor's hit counts checked against Baokan's, and Baokan ÷ each.
`--no-anchors` leaves them out; `--anchors-only` runs them alone (the same queries).

With `--synthetic N` the archive is built first (bench/recombined.py): from real
articles recombined from ../shared/corpus/ (bench/realtext.py) when it is there, else,
saying so, from the seed pages' sentences; `--corpus` chooses.

Also reported: the index's size against the raw text it indexes, and the gunicorn
workers' RSS; and per kind of query, p50 and p95 of each query's median (HTTP, bare
Whoosh, and on the anchors). One JSON line goes to stdout; the tables to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: `python bench/search_bench.py`
    sys.path.insert(0, str(ROOT))

from bench import recombined  # noqa: E402
from bench.query_mix import MIX, QUERIES, Query, make_queries  # noqa: E402, F401  (their home)
from bench.server import percentile, serve  # noqa: E402  (imports no Django)

CORPUS_NOTE = "bench_corpus.json"  # what --synthetic built the archive from
TARGETS = {"p95_ms": 150, "ratio": 1.5, "index_x": 3.0, "rss_mb": 250}


def terms_fingerprint():
    """What the index makes of one article today (search_indexes.py, analyzer.py): an
    archive kept from before a change of either is indexed again before it is timed."""
    import hashlib

    from search.analyzer import BODY_END, PART_END, index_positions

    probe = f"本报讯 預算绩效管理，COVID-19。\n夜市{BODY_END}标题{PART_END}孙庆辉"
    positions = sorted(index_positions(probe).items())
    return hashlib.sha256(repr(positions).encode()).hexdigest()[:16]


def fresh_index(data_dir: Path, log):
    """Index the archive in `data_dir` again if --synthetic built it with other terms."""
    note = data_dir / CORPUS_NOTE
    if not note.is_file():
        return
    built = json.loads(note.read_text())
    if built.get("terms") == terms_fingerprint():
        return
    log(f"{data_dir}: indexed with other terms than today's analyzer: indexing it again")
    started = time.perf_counter()
    recombined.index_all()
    note.write_text(json.dumps({**built, "terms": terms_fingerprint()}) + "\n")
    log(f"indexed again in {time.perf_counter() - started:.0f}s")


def setup_django(data_dir):
    os.environ["BAOKAN_DATA_DIR"] = str(data_dir)
    os.environ.pop("DATABASE_URL", None)  # only ever the archive in DIR
    os.environ["DJANGO_SETTINGS_MODULE"] = "archive.settings"
    os.environ["BAOKAN_INDEX_QUEUE_WORKER"] = "0"  # this process only reads
    import django

    django.setup()


# -- timing ----------------------------------------------------------------------------


def percentiles(ms):
    ordered = sorted(ms)
    return {f"p{p}": percentile(ordered, p) for p in (50, 95, 99)}


def median_percentiles(passes):
    per_pass = [percentiles(times) for times in passes]
    return {key: round(statistics.median(s[key] for s in per_pass), 1) for key in per_pass[0]}


def bare_whoosh(index_dir, queries):
    """Per query: a function running it on one open searcher, and the searcher."""
    from whoosh import query as wq
    from whoosh.index import open_dir

    from search.forms import SearchForm
    from search.whoosh.translate import filter_queries, to_whoosh

    searcher = open_dir(str(index_dir)).searcher()
    runs = []
    for query in queries:
        form = SearchForm(query.params)
        if not form.is_valid():
            runs.append(None)
            continue
        got = to_whoosh(form.cleaned_data["q"])
        filters = filter_queries(form.filters())
        options = {"limit": 20}
        if filters:
            options["filter"] = filters[0] if len(filters) == 1 else wq.And(filters)
        if got.exclude is not None:
            options["mask"] = got.exclude
        if query.params.get("sort") == "newest":
            options.update(sortedby="date", reverse=True)
        ranked = got.ranked if got.ranked is not None else wq.Every()

        def run(ranked=ranked, options=options):
            results = searcher.search(ranked, **options)
            return len(results)

        runs.append(run)
    return searcher, runs


def time_bare(runs, i, log):
    """(hits, ms) of bare Whoosh's run of query i, or None when Whoosh cannot run it.

    Whoosh's own matchers are not Baokan's: on a real-text archive a proximity query
    raised "Field does not support spans" in Whoosh, which the site's engine answers.
    Such a query is left out of the comparison, said once, and the pass goes on."""
    try:
        return _timed(runs[i])
    except Exception as error:  # whatever Whoosh raises, the other queries still count
        log(f"bare Whoosh cannot run query {i + 1} ({error}): left out of the comparison")
        runs[i] = None
        return None


def _timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, (time.perf_counter() - started) * 1000


def _warm(site, paths):
    """Each worker opens its searcher before timing: two requests at once, twice."""
    for _ in range(2):
        threads = [threading.Thread(target=site.get, args=(p,)) for p in paths]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()


def index_size(data_dir):
    index_dir = Path(data_dir) / "whoosh_index"
    return sum(f.stat().st_size for f in index_dir.iterdir() if f.is_file())


def raw_size():
    """UTF-8 bytes of the text the index holds: titles, kickers, subtitles, columns, bodies."""
    from archive.models import Article

    total = 0
    rows = Article.objects.values_list("title", "kicker", "subtitle", "column", "body")
    for row in rows.iterator(chunk_size=2000):
        total += len("\n".join(row).encode("utf-8"))
    return total


def run(
    data_dir: Path, *, queries=200, passes=3, seed=7, workers=2, log=None, with_anchors=True
) -> dict:
    """Benchmark the archive in `data_dir`; return the figures (see the module docstring)."""
    log = log or (lambda line: print(line, file=sys.stderr))
    data_dir = Path(data_dir)
    setup_django(data_dir)
    fresh_index(data_dir, log)
    from archive.models import Article

    articles = Article.objects.count()
    from whoosh.index import open_dir

    with open_dir(str(data_dir / "whoosh_index")).searcher() as probe:
        chosen = make_queries(queries, seed, probe)
    searcher, bare_runs = bare_whoosh(data_dir / "whoosh_index", chosen)
    text_bytes, index_bytes = raw_size(), index_size(data_dir)

    http = [[] for _ in range(passes)]
    bare = [[] for _ in range(passes)]
    per_query = [{"http": [], "bare": [], "hits": None, "status": set()} for _ in chosen]
    with serve(data_dir, workers=workers) as site:
        years = sorted({q.params["year"] for q in chosen if "year" in q.params}) or ["2000"]
        _warm(site, [f"/search/?year={years[0]}", f"/search/?year={years[-1]}"])
        for n in range(passes):
            for i, query in enumerate(chosen):
                status, ms = site.get(query.path)
                http[n].append(ms)
                per_query[i]["http"].append(ms)
                per_query[i]["status"].add(status)
            for i, bare_run in enumerate(bare_runs):
                if bare_run is None:
                    continue
                timed = time_bare(bare_runs, i, log)
                if timed is None:
                    continue
                hits, ms = timed
                bare[n].append(ms)
                per_query[i]["bare"].append(ms)
                per_query[i]["hits"] = hits
            log(f"pass {n + 1}: HTTP {percentiles(http[n])}, bare Whoosh {percentiles(bare[n])}")
        rss = site.worker_rss_mb()
    searcher.close()

    log(f"{'kind':<13} {'query':<28} {'hits':>6} {'http ms':>8} {'bare ms':>8} {'ratio':>6}")
    ratios = []
    for query, row in zip(chosen, per_query, strict=True):
        h = statistics.median(row["http"])
        b = statistics.median(row["bare"]) if row["bare"] else None
        ratio = h / b if b else None
        if ratio:
            ratios.append(ratio)
        log(
            f"{query.kind:<13} {str(query)[:28]:<28} {row['hits'] or 0:>6} {h:>8.1f} "
            f"{b or 0:>8.1f} {ratio or 0:>6.2f}"
            + ("" if row["status"] == {200} else f" {row['status']}")
        )

    http_ms, bare_ms = median_percentiles(http), median_percentiles(bare)
    by_kind = per_kind(chosen, per_query)
    log_per_kind(by_kind, log)
    note = data_dir / CORPUS_NOTE
    figures = {
        "corpus": json.loads(note.read_text())["corpus"] if note.is_file() else "pages",
        "articles": articles,
        "queries": len(chosen),
        "passes": passes,
        "seed": seed,
        "http_ms": http_ms,
        "http_cold_ms": percentiles(http[0]),
        "bare_whoosh_ms": bare_ms,
        "bare_whoosh_cold_ms": percentiles(bare[0]),
        "ratio_p95": round(http_ms["p95"] / bare_ms["p95"], 2) if bare_ms["p95"] else None,
        "ratio_p50": round(http_ms["p50"] / bare_ms["p50"], 2) if bare_ms["p50"] else None,
        "ratio_per_query_median": round(statistics.median(ratios), 2) if ratios else None,
        "errors": sum(1 for row in per_query if row["status"] != {200}),
        "raw_text_mb": round(text_bytes / 1e6, 1),
        "index_mb": round(index_bytes / 1e6, 1),
        "index_x": round(index_bytes / text_bytes, 2) if text_bytes else None,
        "worker_rss_mb": rss,
        "kinds": {kind: sum(q.kind == kind for q in chosen) for kind in ["issue", *MIX]},
        "per_kind": by_kind,
    }
    if with_anchors:
        from bench import anchors  # reads search/, so only once Django is set up

        # Built afresh beside the archive each run, and removed: they are only timed.
        with tempfile.TemporaryDirectory(prefix="anchors-", dir=data_dir) as work:
            figures["anchors"] = anchors.run(chosen, Path(work), passes=passes, log=log)
    figures["targets_met"] = {
        "p95": http_ms["p95"] <= TARGETS["p95_ms"],
        "ratio": figures["ratio_p95"] is not None and figures["ratio_p95"] <= TARGETS["ratio"],
        "index": figures["index_x"] is not None and figures["index_x"] <= TARGETS["index_x"],
        "rss": bool(rss) and max(rss) <= TARGETS["rss_mb"],
    }
    return figures


def run_anchors(data_dir: Path, *, queries=200, passes=3, seed=7, log=None) -> dict:
    """The anchors part of `run` alone: the same queries (same seed), the anchors built
    and timed beside Baokan's core in this process. No HTTP, no bare Whoosh."""
    log = log or (lambda line: print(line, file=sys.stderr))
    data_dir = Path(data_dir)
    setup_django(data_dir)
    fresh_index(data_dir, log)
    from whoosh.index import open_dir

    from bench import anchors

    with open_dir(str(data_dir / "whoosh_index")).searcher() as probe:
        chosen = make_queries(queries, seed, probe)
    with tempfile.TemporaryDirectory(prefix="anchors-", dir=data_dir) as work:
        return {
            "queries": len(chosen),
            "seed": seed,
            "anchors": anchors.run(chosen, Path(work), passes=passes, log=log),
        }


def per_kind(chosen, per_query):
    """{kind: {queries, http_p50, http_p95, bare_p50, bare_p95}}: of each query's
    median over the passes (a kind has 3 to 38 queries, so its p95 is its slowest or
    next to it)."""
    out = {}
    for kind in dict.fromkeys(q.kind for q in chosen):
        rows = [row for q, row in zip(chosen, per_query, strict=True) if q.kind == kind]
        http_ms = sorted(statistics.median(row["http"]) for row in rows)
        bare_ms = sorted(statistics.median(row["bare"]) for row in rows if row["bare"])
        out[kind] = {"queries": len(rows)}
        for name, ms in (("http", http_ms), ("bare", bare_ms)):
            for p in (50, 95):
                out[kind][f"{name}_p{p}"] = round(percentile(ms, p), 1) if ms else None
    return out


def log_per_kind(by_kind, log):
    log(f"{'kind':<15} {'n':>3} {'HTTP p50':>9} {'p95':>7} {'bare p50':>9} {'p95':>7}  (ms)")
    for kind, f in by_kind.items():
        log(
            f"{kind:<15} {f['queries']:>3} {f['http_p50']:>9} {f['http_p95']:>7} "
            f"{f['bare_p50']:>9} {f['bare_p95']:>7}"
        )


def build_archive(data_dir: Path, articles: int, corpus=None, seed=7, log=None) -> str:
    """Build `articles` articles into the empty `data_dir` and index them (bench/recombined.py);
    return the corpus they were made from, which `run` reports."""
    log = log or (lambda line: print(line, file=sys.stderr))
    data_dir.mkdir(parents=True, exist_ok=True)
    setup_django(data_dir)
    started = time.perf_counter()
    corpus = recombined.build_archive(articles, corpus, seed, log)
    note = {"corpus": corpus, "terms": terms_fingerprint()}
    (data_dir / CORPUS_NOTE).write_text(json.dumps(note) + "\n")
    log(f"{articles} articles ({corpus}) built and indexed in {time.perf_counter() - started:.0f}s")
    return corpus


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="a built archive data directory")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--synthetic",
        type=int,
        metavar="N",
        help="first build N articles into --data (or a temporary directory) unless it "
        "already holds an archive",
    )
    parser.add_argument(
        "--corpus",
        choices=("real", "seeds"),
        help="what --synthetic builds from: real articles recombined from "
        "../shared/corpus/ (the default when it is there) or the seed pages' sentences",
    )
    parser.add_argument(
        "--no-anchors", action="store_true", help="skip tantivy and FTS5 (bench/anchors.py)"
    )
    parser.add_argument(
        "--anchors-only",
        action="store_true",
        help="only the anchors and Baokan's core in process, on the same queries (for an "
        "archive whose HTTP figures a --no-anchors run gave)",
    )
    args = parser.parse_args(argv)
    if args.data is None and not args.synthetic:
        parser.error("--data DIR is required (or --synthetic N to build one)")
    data_dir = args.data or Path(tempfile.mkdtemp(prefix="baokan-search-bench-"))
    if args.synthetic and not (data_dir / "baokan.sqlite3").exists():
        build_archive(data_dir, args.synthetic, args.corpus, args.seed)
    elif not (data_dir / "baokan.sqlite3").exists() or not (data_dir / "whoosh_index").is_dir():
        parser.error(f"{data_dir} holds no archive (baokan.sqlite3 and whoosh_index/)")
    if args.anchors_only:
        figures = run_anchors(data_dir, queries=args.queries, passes=args.passes, seed=args.seed)
    else:
        figures = run(
            data_dir,
            queries=args.queries,
            passes=args.passes,
            seed=args.seed,
            with_anchors=not args.no_anchors,
        )
    figures["data_dir"] = str(data_dir)
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
