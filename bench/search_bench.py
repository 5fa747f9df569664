"""Search speed and size at scale: prints figures, asserts nothing.

    .venv/bin/python bench/search_bench.py --articles 100000 [--http] [--keep DIR]

Builds, in a temporary data directory, an archive of N articles made by recombining
the seed pages' sentences (their words, names and lengths), indexes it through the
queue's writer, then reports:

- index size against the raw text it indexes;
- per query, bare Whoosh (the same query objects on one open searcher: top 20 and
  the total) against `backend.execute` (the same plus facets and filters) and, with
  --http, the search page over HTTP from gunicorn with 2 workers (p50/p95);
- the gunicorn workers' RSS.
"""

import argparse
import datetime as dt
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = [
    "污染源普查",
    "预算绩效",
    "孙庆辉",
    "夜市",
    "焦裕禄",
    '"预算绩效管理"',
    "培训 -预算",
    "預算績效",
    "焦",
    "李飞",
    "王德敏",
    "高新区",
    "安全 生产",
    "记者:孙庆辉",
    "主题教育 -五星",
    "营商环境",
]


SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰春梅海燕晓东文斌宇浩然子轩欣怡梓涵思远嘉豪佳琪雨萱俊杰宏亮振华立新德胜永庆凤霞淑珍"


def setup_django(data_dir):
    os.environ["BAOKAN_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    import django

    django.setup()


def build(n, seed=4):
    from django.core.management import call_command
    from django.db import transaction

    from archive.models import Article, Credit, Issue, Person, PersonMention, Publication

    call_command("migrate", verbosity=0)
    call_command("ingest", str(ROOT / "fixtures" / "seeds"), verbosity=0)
    rng = random.Random(seed)
    sentences = []
    for body in Article.objects.values_list("body", flat=True):
        sentences += [s for s in re.split(r"(?<=[。！？；])", body) if len(s) > 4]
    titles = [t for t in Article.objects.values_list("title", flat=True) if t]
    people = list(Person.objects.all())
    papers = list(Publication.objects.all())
    columns = ["", "", "", "高新区动态", "党建连连看", "高新区视窗"]
    start = dt.date(2015, 1, 1)
    per_issue = 8
    made = 0
    with transaction.atomic():
        while made < n:
            day = start + dt.timedelta(days=rng.randrange(3650))
            issue = Issue.objects.create(
                publication=rng.choice(papers),
                date=day,
                source_name=f"bench-{made}.txt",
                sha256=f"bench{made}",
                raw_text="",
            )
            batch = []
            for position in range(1, per_issue + 1):
                parts = [rng.choice(sentences) for _ in range(rng.randint(4, 14))]
                # Names and numbers the seeds never print, so the vocabulary grows with
                # the archive as a real one's does.
                for _ in range(3):
                    name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.randint(1, 2)))
                    parts.insert(
                        rng.randrange(len(parts)), f"{name}表示，完成{rng.randint(2, 99999)}项。"
                    )
                body = "".join(parts)
                batch.append(
                    Article(
                        issue=issue,
                        position=position,
                        title=rng.choice(titles),
                        body="本报讯 " + body,
                        column=rng.choice(columns),
                        date=day if rng.random() < 0.7 else None,
                    )
                )
            Article.objects.bulk_create(batch)
            credits, mentions = [], []
            for article in batch:
                for order, person in enumerate(rng.sample(people, 2)):
                    credits.append(
                        Credit(article=article, person=person, role="reporter", order=order)
                    )
                for person in rng.sample(people, rng.randint(0, 3)):
                    mentions.append(PersonMention(article=article, person=person))
            Credit.objects.bulk_create(credits, ignore_conflicts=True)
            PersonMention.objects.bulk_create(mentions, ignore_conflicts=True)
            made += per_issue


def index_all():
    from haystack import connections

    from archive.models import Article
    from search.models import PendingIndexUpdate

    backend = connections["default"].get_backend()
    backend.clear()
    index = connections["default"].get_unified_index().get_index(Article)
    pks = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    started = time.perf_counter()
    with backend.writing():
        for i in range(0, len(pks), 2000):
            objects = list(index.load(Article.objects.filter(pk__in=pks[i : i + 2000])))
            backend.apply(index, objects, [])
        backend.index = backend.index.refresh()
        backend.index.optimize()
    PendingIndexUpdate.objects.all().delete()  # the seeds' ingest queued what is now indexed
    return time.perf_counter() - started


def raw_size():
    from archive.models import Article

    total = 0
    for row in Article.objects.values_list("title", "kicker", "subtitle", "column", "body"):
        total += len("\n".join(row).encode("utf-8"))
    return total


def timed(fn, repeat):
    fn()  # warm
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


def bench_queries(repeat):
    from haystack import connections

    from search.queries import parse, to_whoosh
    from search.views import FACETS

    backend = connections["default"].get_backend()
    searcher = backend.searcher()
    rows = []
    for text in QUERIES:
        got = to_whoosh(parse(text))

        def bare(got=got):
            results = searcher.search(got.ranked, limit=20, mask=got.exclude)
            return len(results), [hit.docnum for hit in results]

        def ours(got=got):
            facets = [name for name, _label in FACETS]
            return backend.execute(got.ranked, match=got.match, exclude=got.exclude, facets=facets)

        rows.append((text, ours().total, timed(bare, repeat), timed(ours, repeat)))
    return rows


def bench_http(data_dir, repeat):
    env = dict(os.environ, BAOKAN_DATA_DIR=str(data_dir))
    manage = [sys.executable, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v0"]
    subprocess.run(manage, cwd=ROOT, env=env, check=True)
    port = 8799
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "archive.wsgi",
            "--preload",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}/search/?"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "q=x", timeout=5).read()
                break
            except OSError:
                time.sleep(0.2)
        times = []
        for _ in range(repeat):
            for text in QUERIES:
                url = base + urllib.parse.urlencode({"q": text})
                started = time.perf_counter()
                urllib.request.urlopen(url, timeout=30).read()
                times.append((time.perf_counter() - started) * 1000)
        children = subprocess.run(
            ["ps", "-o", "rss=", "--ppid", str(server.pid)], capture_output=True, text=True
        ).stdout.split()
        rss = [int(kb) // 1024 for kb in children]
    finally:
        server.terminate()
        server.wait(10)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], rss


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--http", action="store_true", help="also time gunicorn over HTTP")
    parser.add_argument("--keep", type=Path, help="build in (or reuse) this data directory")
    args = parser.parse_args()

    data_dir = args.keep or Path(tempfile.mkdtemp(prefix="baokan-search-bench-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    fresh = not (data_dir / "baokan.sqlite3").exists()
    setup_django(data_dir)
    from archive.models import Article

    if fresh:
        started = time.perf_counter()
        build(args.articles)
        print(f"built {Article.objects.count()} articles in {time.perf_counter() - started:.0f}s")
        print(f"indexed in {index_all():.0f}s")
    index_dir = data_dir / "whoosh_index"
    index_bytes = sum(f.stat().st_size for f in index_dir.iterdir())
    text_bytes = raw_size()
    print(
        f"articles {Article.objects.count()}; raw text {text_bytes / 1e6:.1f} MB; "
        f"index {index_bytes / 1e6:.1f} MB = {index_bytes / text_bytes:.2f}x"
    )
    print(f"{'query':<16} {'hits':>7} {'bare ms':>8} {'ours ms':>8} {'ratio':>6}")
    for text, hits, bare, ours in bench_queries(args.repeat):
        print(f"{text:<16} {hits:>7} {bare:>8.1f} {ours:>8.1f} {ours / bare:>6.2f}")
    if args.http:
        p50, p95, rss = bench_http(data_dir, args.repeat)
        print(f"HTTP, gunicorn 2 workers: p50 {p50:.0f} ms, p95 {p95:.0f} ms; worker RSS {rss} MB")
    print(json.dumps({"data_dir": str(data_dir)}))


if __name__ == "__main__":
    main()
