"""Concurrent load on a built archive, browse and search mixed: prints figures, asserts nothing.

    .venv/bin/python bench/load_bench.py --data DIR [--seconds 60] [--connections 8]
        [--threads 2] [--json]

DIR is a built archive data directory (baokan.sqlite3 and whoosh_index/), served by
gunicorn as deployed, two workers (bench/server.py). Debian's `wrk` (`make
bench-tools`) keeps `--connections` requests in flight for `--seconds`, walking a list
of URLs written to a temporary file that bench/wrk_mix.lua reads: a fixed mix, picked
from the database with a fixed seed, of the pages readers open (articles most, then
searches, the day, page, calendar, person, department and paper pages, the indexes)
and searches (words, phrases, exclusions, a byline, filters, sorting, a second page).

Reported: requests/s; latency p50/p95/p99/max (wrk's own histogram); errors, counted
as socket errors (connect, read, write), timeouts (`--timeout`, default 5 s) and
statuses other than 2xx/3xx; and each gunicorn worker's RSS at the end. Targets: no
errors, RSS <= 250 MB a worker. A summary goes to stderr (not with --json), one JSON
line to stdout.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: `python bench/load_bench.py`
    sys.path.insert(0, str(ROOT))

from bench.search_bench import QUERIES  # noqa: E402
from bench.server import (  # noqa: E402
    answered_pick,
    data_arguments,
    in_django,
    report,
    serve,
)

LUA = Path(__file__).resolve().with_name("wrk_mix.lua")
RSS_TARGET_MB = 250.0
MISSING_WRK = "wrk is not installed: run `make bench-tools` (Debian: apt-get install -y wrk)"

# How many URLs of each kind the mix holds, out of 200: what a reader opens most.
MIX = {
    "article": 60,
    "search": 60,
    "day": 14,
    "issue": 14,
    "person": 12,
    "month": 8,
    "year": 4,
    "department": 6,
    "paper": 4,
    "index": 18,  # home, year list, people, departments, papers (with their filters)
}


def search_urls(rng: random.Random, count: int, year: int | None, person: str | None) -> list:
    """`count` search URLs: the search benchmark's queries, some filtered or sorted."""
    variants = [{}, {}, {}, {"sort": "newest"}, {"sort": "oldest"}]
    if year:
        variants.append({"year": str(year)})
    if person:
        variants.append({"person": person})
    urls = []
    for n in range(count):
        params = {"q": QUERIES[n % len(QUERIES)], **rng.choice(variants)}
        urls.append("/search/?" + urllib.parse.urlencode(params))
    return urls


def mix_from_database(size: int = 200, seed: int = 7) -> list:
    """The URL mix, read through the ORM of an already set-up Django. Deterministic."""
    from django.db.models import Count
    from django.urls import reverse

    from archive.models import Article, Department, Issue, Person, Publication

    rng = random.Random(seed)
    scale = size / sum(MIX.values())
    want = {kind: max(1, round(n * scale)) for kind, n in MIX.items()}

    def sample(queryset, n):
        """`n` rows of `queryset` chosen at random, in a fixed order."""
        pks = list(queryset.order_by("pk").values_list("pk", flat=True))
        chosen = rng.sample(pks, min(n, len(pks)))
        found = queryset.in_bulk(chosen)
        return [found[pk] for pk in chosen]

    urls = {}
    articles = sample(
        Article.objects.filter(issue__date__isnull=False).with_issue(), want["article"]
    )
    urls["article"] = [article.get_absolute_url() for article in articles]
    issues = sample(Issue.objects.dated(), max(want["issue"], want["day"], want["month"]))
    days = [issue.date for issue in issues]
    urls["issue"] = [issue.get_absolute_url() for issue in issues[: want["issue"]]]
    urls["day"] = [reverse("archive:day-detail", args=[day]) for day in days[: want["day"]]]
    urls["month"] = [
        reverse("archive:month-detail", args=[day.year, day.month]) for day in days[: want["month"]]
    ]
    urls["year"] = [reverse("archive:year-detail", args=[day.year]) for day in days[: want["year"]]]
    credited = Person.objects.annotate(n=Count("credits")).order_by("-n", "pk")
    busiest = list(credited[: max(1, want["person"] // 2)])
    others = sample(Person.objects.exclude(pk__in=[p.pk for p in busiest]), want["person"])
    people = (busiest + others)[: want["person"]]
    urls["person"] = [person.get_absolute_url() for person in people]
    # Readers page through a busy reporter's work (20 articles a page).
    urls["person"] += [f"{p.get_absolute_url()}?page=2" for p in busiest[:2] if p.n > 20]
    departments = sample(Department.objects.all(), want["department"])
    urls["department"] = [department.get_absolute_url() for department in departments]
    papers = sample(Publication.objects.all(), want["paper"])
    urls["paper"] = [paper.get_absolute_url() for paper in papers]
    indexes = ["/", "/dates/", "/people/", "/people/?show=reporter", "/departments/", "/papers/"]
    if Person.objects.count() > 60:  # 60 people a page
        indexes.append("/people/?page=2")
    urls["index"] = [indexes[n % len(indexes)] for n in range(want["index"])]
    year = days[0].year if days else None
    urls["search"] = search_urls(rng, want["search"], year, people[0].name if people else None)
    mix = [url for kind in MIX for url in urls[kind]]
    rng.shuffle(mix)
    return mix


def url_mix(data_dir: Path, size: int = 200, seed: int = 7) -> list:
    """The mix of paths for `data_dir`, picked by Django in a child process."""
    return in_django(Path(__file__).resolve(), data_dir, "--size", str(size), "--seed", str(seed))


def run_wrk(base: str, paths_file: Path, seconds: int, connections: int, threads: int, timeout):
    wrk = shutil.which("wrk")
    if wrk is None:
        raise RuntimeError(MISSING_WRK)
    command = [wrk, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", f"--timeout={timeout}s"]
    command += ["-s", str(LUA), base, "--", str(paths_file), str(threads)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 120)
    for line in done.stdout.splitlines():
        if line.startswith("WRK_JSON "):
            return json.loads(line.removeprefix("WRK_JSON "))
    raise RuntimeError(f"wrk printed no figures (exit {done.returncode}): {done.stderr[-2000:]}")


def run(
    data_dir: Path,
    seconds: int = 60,
    connections: int = 8,
    threads: int = 2,
    timeout: float = 5,
    size: int = 200,
    seed: int = 7,
    workers: int = 2,
) -> dict:
    if shutil.which("wrk") is None:
        raise RuntimeError(MISSING_WRK)
    data_dir = Path(data_dir)
    paths = url_mix(data_dir, size, seed)
    with tempfile.TemporaryDirectory(prefix="baokan-load-") as tmp:
        paths_file = Path(tmp) / "paths.txt"
        paths_file.write_text("\n".join(paths) + "\n", encoding="utf-8")
        with serve(data_dir, workers=workers) as site:
            # The first search opens the index in each worker; that is start-up, not load.
            search = next((p for p in paths if p.startswith("/search/")), "/")
            for _ in range(workers * 2):
                site.get(search)
            figures = run_wrk(site.base, paths_file, seconds, connections, threads, timeout)
            rss = site.worker_rss_mb()
    sockets = figures["socket_errors"]
    statuses = figures["statuses"]
    bad_statuses = statuses["4xx"] + statuses["5xx"] + statuses["other"]
    errors = sockets["connect"] + sockets["read"] + sockets["write"] + sockets["timeout"]
    errors += bad_statuses
    duration_s = figures["duration_us"] / 1e6
    return {
        "benchmark": "load",
        "data_dir": str(data_dir),
        "seconds": seconds,
        "connections": connections,
        "threads": threads,
        "workers": workers,
        "timeout_s": timeout,
        "urls": len(paths),
        "search_share": round(sum(p.startswith("/search/") for p in paths) / len(paths), 2),
        "requests": figures["requests"],
        "requests_per_s": round(figures["requests"] / duration_s, 1) if duration_s else 0.0,
        "latency_ms": figures["latency_ms"],
        "errors": errors,
        "socket_errors": sockets,
        "statuses": statuses,
        "worker_rss_mb": rss,
        "rss_target_mb": RSS_TARGET_MB,
        "meets_target": errors == 0 and bool(rss) and max(rss) <= RSS_TARGET_MB,
    }


def summary(result: dict) -> str:
    latency = result["latency_ms"]
    return (
        f"{result['requests']} requests in {result['seconds']}s over {result['connections']} "
        f"connections ({result['urls']} URLs, {result['search_share']:.0%} searches): "
        f"{result['requests_per_s']} requests/s; latency p50 {latency['p50']} ms, "
        f"p95 {latency['p95']} ms, p99 {latency['p99']} ms, max {latency['max']} ms; "
        f"errors {result['errors']} (sockets {result['socket_errors']}, statuses "
        f"{result['statuses']}); worker RSS {result['worker_rss_mb']} MB "
        f"(target <= {result['rss_target_mb']:.0f})"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    data_arguments(parser)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=5, help="seconds before wrk gives up")
    parser.add_argument("--size", type=int, default=200, help="URLs in the mix")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    if answered_pick(parser, args, lambda: mix_from_database(args.size, args.seed)):
        return 0
    if shutil.which("wrk") is None:
        sys.stderr.write(MISSING_WRK + "\n")
        return 2
    if args.threads < 1 or args.connections < args.threads:
        parser.error("--threads must be at least 1 and --connections at least --threads")
    result = run(
        args.data,
        seconds=args.seconds,
        connections=args.connections,
        threads=args.threads,
        timeout=args.timeout,
        size=args.size,
        seed=args.seed,
        workers=args.workers,
    )
    return report(result, None if args.json else summary(result))


if __name__ == "__main__":
    sys.exit(main())
