"""Browse pages over HTTP on a built archive: prints figures, asserts nothing.

    .venv/bin/python bench/browse_bench.py --data DIR [--repeat 20] [--json]

DIR is a built archive data directory (baokan.sqlite3 and whoosh_index/, e.g. one
kept by bench/search_bench.py --keep DIR). It is served by gunicorn as deployed, two
workers (bench/server.py). One URL of each page kind is picked from the database,
deterministically: the home page, the year list, the year, month and day of the
middle printing day, that day's first page, the first article on it, the most
credited person, the person list, the most mentioned department, the department
list, the paper with the most pages and the paper list.

Each URL is fetched once (`first_ms`: what a reader gets before anything is warm in
the worker that answers), then `--repeat` rounds fetch every URL in turn. Reported
per page kind: p50, p95 and max over the rounds; overall: p95 of every timed fetch,
against the target (p95 <= 50 ms with 100 000 articles on a 2-core machine), any
status other than 200, and the workers' RSS at the end. The site keeps no cache of
its own: warm and cold differ by what SQLite, Whoosh (an open searcher, for "more like
this" on the article page) and the OS keep in memory.

A table goes to stderr (not with --json), one JSON line to stdout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: `python bench/browse_bench.py`
    sys.path.insert(0, str(ROOT))

from bench.server import (  # noqa: E402  (needs ROOT on the path)
    answered_pick,
    data_arguments,
    in_django,
    percentile,
    report,
    serve,
)

TARGET_P95_MS = 50.0


def pick_urls(data_dir: Path) -> dict:
    """{"articles": n, "urls": {kind: path}}, one URL of each page kind."""
    return in_django(Path(__file__).resolve(), data_dir)


def urls_from_database() -> dict:
    """The URLs to time, read through the ORM of an already set-up Django."""
    from django.db.models import Count
    from django.urls import reverse

    from archive.models import Article, Department, Issue, Person, Publication

    urls = {"home": "/", "years": "/dates/"}
    days = list(Issue.objects.dated().order_by("date").values_list("date", flat=True).distinct())
    if days:
        day = days[len(days) // 2]
        urls["year"] = reverse("archive:year-detail", args=[day.year])
        urls["month"] = reverse("archive:month-detail", args=[day.year, day.month])
        urls["day"] = reverse("archive:day-detail", args=[day])
        issues = Issue.objects.on_day(day).order_by("pk")
        urls["issue"] = issues.first().get_absolute_url()
        article = (
            Article.objects.filter(issue__in=issues).with_issue().order_by("issue_id", "position")
        ).first()
        if article:
            urls["article"] = article.get_absolute_url()
    busiest = (
        Person.objects.annotate(n=Count("credits")).filter(n__gt=0).order_by("-n", "pk").first()
    )
    if busiest:
        urls["person"] = busiest.get_absolute_url()
    urls["people"] = "/people/"
    department = (
        Department.objects.annotate(n=Count("mentions")).filter(n__gt=0).order_by("-n", "pk")
    ).first()
    if department:
        urls["department"] = department.get_absolute_url()
    urls["departments"] = "/departments/"
    paper = Publication.objects.annotate(n=Count("issues")).order_by("-n", "pk").first()
    if paper:
        urls["paper"] = paper.get_absolute_url()
    urls["papers"] = "/papers/"
    return {"articles": Article.objects.count(), "urls": urls}


def time_pages(site, urls: dict, repeat: int) -> dict:
    """Per kind: the first fetch, then `repeat` rounds over every URL in turn (a round
    visits each kind once, so a noisy moment on a shared machine hits all kinds alike)."""
    first, times, errors = {}, {kind: [] for kind in urls}, []
    for kind, url in urls.items():
        status, ms = site.get(url)
        first[kind] = round(ms, 1)
        if status != 200:
            errors.append({"kind": kind, "url": url, "status": status})
    for _ in range(repeat):
        for kind, url in urls.items():
            status, ms = site.get(url)
            times[kind].append(ms)
            if status != 200:
                errors.append({"kind": kind, "url": url, "status": status})
    return {"first": first, "times": times, "errors": errors}


def run(data_dir: Path, repeat: int = 20, workers: int = 2) -> dict:
    data_dir = Path(data_dir)
    picked = pick_urls(data_dir)
    urls = picked["urls"]
    with serve(data_dir, workers=workers) as site:
        timed = time_pages(site, urls, repeat)
        rss = site.worker_rss_mb()
    pages = {}
    for kind, url in urls.items():
        ms = sorted(timed["times"][kind])
        pages[kind] = {
            "url": url,
            "first_ms": timed["first"][kind],
            "p50_ms": percentile(ms, 50),
            "p95_ms": percentile(ms, 95),
            "max_ms": round(ms[-1], 1) if ms else 0.0,
        }
    every = sorted(ms for kind_ms in timed["times"].values() for ms in kind_ms)
    p95 = percentile(every, 95)
    return {
        "benchmark": "browse",
        "data_dir": str(data_dir),
        "articles": picked["articles"],
        "workers": workers,
        "repeat": repeat,
        "requests": len(every),
        "p50_ms": percentile(every, 50),
        "p95_ms": p95,
        "max_ms": round(every[-1], 1) if every else 0.0,
        "target_p95_ms": TARGET_P95_MS,
        "meets_target": p95 <= TARGET_P95_MS and not timed["errors"],
        "errors": timed["errors"],
        "worker_rss_mb": rss,
        "pages": pages,
    }


def table(result: dict) -> str:
    lines = [f"{'page':<12} {'first':>7} {'p50':>7} {'p95':>7} {'max':>7}  url"]
    for kind, row in result["pages"].items():
        values = (row["first_ms"], row["p50_ms"], row["p95_ms"], row["max_ms"])
        lines.append(f"{kind:<12} " + " ".join(f"{v:>7.1f}" for v in values) + f"  {row['url']}")
    lines.append(
        f"{result['articles']} articles, gunicorn {result['workers']} workers, "
        f"{result['requests']} timed requests: p50 {result['p50_ms']} ms, "
        f"p95 {result['p95_ms']} ms (target <= {result['target_p95_ms']:.0f}), "
        f"max {result['max_ms']} ms; errors {len(result['errors'])}; "
        f"worker RSS {result['worker_rss_mb']} MB"
    )
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    data_arguments(parser)
    parser.add_argument("--repeat", type=int, default=20, help="timed fetches of each URL")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    if answered_pick(parser, args, urls_from_database):
        return 0
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    result = run(args.data, repeat=args.repeat, workers=args.workers)
    return report(result, None if args.json else table(result))


if __name__ == "__main__":
    sys.exit(main())
