"""The rest of the pipeline on a big archive (issue #17, item 4): prints figures, asserts nothing.

    .venv/bin/python bench/scale_bench.py --data DIR [--build N] [--repeat 5] [--json]

With `--build N` and no database in DIR, an archive of N articles of real text is
stored first (bench/recombined.py `build_real`, or the seed sentences without
../shared/corpus/), with mentions of people and departments skewed as a paper's are
(`add_mentions`: the busiest department is in about a twelfth of the articles). It is
not indexed: building it takes minutes, indexing it hours; `check_index --deep` is
timed only when DIR has an index.

Then, in this process through Django's test client (no HTTP, so the figures are the
view's own), each page `--repeat` times: the home page, a year, a month, a day, a
page, an article, the most credited person and the most mentioned department with
their first, middle and last page of articles (a deep OFFSET), and the sitemap index and the
first and last file of each of its sections. Per page: the median milliseconds, the
queries it ran, the median CPU milliseconds and, for the sitemap's files, how many URLs they hold and the peak of
Python memory while one is made (tracemalloc). Last, `manage.py backup` and
`check_index --deep` in child processes: seconds and peak resident memory.

A table goes to stderr (not with --json), one JSON line to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: `python bench/scale_bench.py`
    sys.path.insert(0, str(ROOT))

from bench.pipeline_bench import env_for, run_watched  # noqa: E402
from bench.server import report  # noqa: E402


def setup_django(data_dir: Path) -> None:
    os.environ.update(
        BAOKAN_DATA_DIR=str(data_dir),
        DJANGO_SETTINGS_MODULE="archive.settings",
        DJANGO_DEBUG="0",
        BAOKAN_INDEX_QUEUE_WORKER="0",  # this process only reads
    )
    os.environ.pop("DATABASE_URL", None)
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)  # an archive of an older release
    call_command("collectstatic", interactive=False, verbosity=0)  # the pages name them


def build(n: int, seed: int = 7) -> str:
    from bench import realtext, recombined

    corpus = recombined.choose_corpus(log=lambda line: sys.stderr.write(line + "\n"))
    if corpus == "real":
        recombined.build_real(n, realtext.load(), seed=seed)
    else:
        recombined.build(n, seed=seed)
    recombined.add_mentions(seed=seed)
    return corpus


def pick_urls() -> dict:
    """{kind: path}: browse_bench's pages, the busiest person's and department's last page
    of articles, and the sitemap's index and the first and last file of each section."""
    from django.db.models import Count

    from archive.models import Department, Person
    from archive.sitemaps import SITEMAPS
    from bench.browse_bench import urls_from_database

    urls = urls_from_database()["urls"]
    person = (
        Person.objects.annotate(n=Count("mentions")).filter(n__gt=0).order_by("-n", "pk").first()
    )
    if person:
        urls["person (most mentioned)"] = person.get_absolute_url()
        last = -(-person.mentions.count() // 20)
        urls["person, middle page"] = f"{person.get_absolute_url()}?mentions={(last + 1) // 2}"
        urls["person, last page"] = f"{person.get_absolute_url()}?mentions={last}"
    department = Department.objects.annotate(n=Count("mentions")).order_by("-n", "pk").first()
    if department:
        last = -(-department.mentions.count() // 20)
        url = department.get_absolute_url()
        urls["department, middle page"] = f"{url}?page={(last + 1) // 2}"
        urls["department, last page"] = f"{url}?page={last}"
    urls["sitemap index"] = "/sitemap.xml"
    for section, sitemap in SITEMAPS.items():
        pages = sitemap().num_files()
        urls[f"sitemap {section} 1"] = f"/sitemap-{section}.xml"
        if pages > 1:
            urls[f"sitemap {section} {pages}"] = f"/sitemap-{section}.xml?p={pages}"
    return urls


def fetch(client, url):
    """(response, body): a streamed response (the sitemap's files) read to its end."""
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def time_pages(urls: dict, repeat: int) -> dict:
    from django.core import signals
    from django.db import close_old_connections, connection, reset_queries
    from django.test import Client

    # A request's start empties the query log and its end closes the connection: the
    # queries of one request are counted from the log, kept between them.
    for signal, receiver in (
        (signals.request_started, reset_queries),
        (signals.request_started, close_old_connections),
        (signals.request_finished, close_old_connections),
    ):
        signal.disconnect(receiver)
    connection.force_debug_cursor = True
    client = Client(SERVER_NAME="localhost")  # an allowed host
    found = {}
    for kind, url in urls.items():
        times = []
        connection.queries_log.clear()
        response, body = fetch(client, url)
        queries = list(connection.queries_log)
        connection.force_debug_cursor = False  # the timed requests log nothing
        cpu = []
        for _ in range(repeat):
            started, started_cpu = time.perf_counter(), time.process_time()
            fetch(client, url)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        connection.force_debug_cursor = True
        row = {
            "url": url,
            "status": response.status_code,
            "queries": len(queries),
            "median_ms": round(statistics.median(times), 1),
            "max_ms": round(max(times), 1),
            # The request's CPU time (SQLite's included, in process): a shared machine's
            # load disturbs it far less than the wall time.
            "cpu_ms": round(statistics.median(cpu), 1),
        }
        if kind.startswith("sitemap"):
            row["urls"] = body.count(b"<url>") or body.count(b"<sitemap>")
            row["kb"] = round(len(body) / 1024)
            tracemalloc.start()  # with the body read whole, as the client holds it
            fetch(client, url)
            row["peak_python_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
            tracemalloc.stop()
        found[kind] = row
    return found


def commands(data_dir: Path) -> dict:
    """`backup` and, where DIR has an index, `check_index --deep`: seconds, peak MB."""
    found = {}
    with tempfile.TemporaryDirectory(prefix="baokan-scale-") as scratch:
        copy = Path(scratch) / "backup.sqlite3"
        _out, _err, seconds, watch = run_watched(["backup", str(copy)], env_for(data_dir))
        found["backup"] = {
            "seconds": round(seconds, 1),
            "peak_rss_mb": round(watch.peak["rss", "total"]),
            "mb": round(copy.stat().st_size / 1e6, 1),
        }
    if (data_dir / "whoosh_index").is_dir() and any((data_dir / "whoosh_index").glob("*.toc")):
        try:
            _out, _err, seconds, watch = run_watched(
                ["check_index", "--deep", "--verbosity", "0"], env_for(data_dir)
            )
            found["check_index --deep"] = {
                "seconds": round(seconds, 1),
                "peak_rss_mb": round(watch.peak["rss", "total"]),
            }
        except RuntimeError as exc:  # a stale index exits non-zero: its figures still count
            found["check_index --deep"] = {"failed": str(exc)[-300:]}
    return found


def run(data_dir: Path, build_n: int | None = None, repeat: int = 5) -> dict:
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    empty = not (data_dir / "baokan.sqlite3").exists()  # before setup_django migrates it
    setup_django(data_dir)
    corpus = None
    if build_n and empty:
        started = time.perf_counter()
        corpus = build(build_n)
        sys.stderr.write(f"built in {time.perf_counter() - started:.0f}s\n")
    from archive.models import Article

    articles = Article.objects.count()
    pages = time_pages(pick_urls(), repeat)
    return {
        "benchmark": "scale",
        "data_dir": str(data_dir),
        "articles": articles,
        "corpus": corpus,
        "database_mb": round((data_dir / "baokan.sqlite3").stat().st_size / 1e6, 1),
        "repeat": repeat,
        "pages": pages,
        "commands": commands(data_dir),
    }


def table(result: dict) -> str:
    lines = [
        f"{'page':<26} {'median':>7} {'max':>7} {'CPU':>7} {'queries':>7} {'urls':>6} {'py MB':>6}"
    ]
    for kind, row in result["pages"].items():
        lines.append(
            f"{kind:<26} {row['median_ms']:>7.1f} {row['max_ms']:>7.1f} {row['cpu_ms']:>7.1f} "
            f"{row['queries']:>7} "
            f"{row.get('urls', ''):>6} {row.get('peak_python_mb', ''):>6}"
            + ("" if row["status"] == 200 else f"  status {row['status']}")
        )
    for name, row in result["commands"].items():
        lines.append(f"{name}: {json.dumps(row)}")
    lines.append(f"{result['articles']} articles, database {result['database_mb']} MB")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="an archive data directory")
    parser.add_argument("--build", type=int, metavar="N", help="build N articles into DIR first")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    args = parser.parse_args(argv)
    result = run(args.data, args.build, args.repeat)
    return report(result, None if args.json else table(result))


if __name__ == "__main__":
    sys.exit(main())
