"""The indexing process's work, alone: a queue applied in one process, then its lists read.

    .venv/bin/python bench/index_bench.py --data DIR [--articles N] [--lists 50]

DIR is an archive data folder (its baokan.sqlite3; e.g. `pipeline_bench.py --keep
DIR`). Its database is copied into a fresh folder with no index; `--articles` of its
articles (all by default), the lowest keys first, are queued and applied in this
process as the ingest's indexing process applies them (`process_queue(bulk=True)`:
batches of 2000, the merge policy included). Reported: the CPU seconds and wall
seconds of applying them, the peak resident memory of the process; the index's size
against the UTF-8 text it holds; the CPU seconds of merging it into one segment
(`optimize`, what the merges of a growing index do to every posting) and the size
then (each segment repeats the term table, so one segment is the size an index
tends to); and reading the `--lists` longest posting lists of
the body field, in every segment, a block at a time: as a search reads them
(`postings.read_postings`, a list in one read) and through Whoosh's own matcher
(`all_ids()` and the weights, what the fallback path and `check_index --deep` without
the fast path read), in µs a block (the median of 5 rounds); and the bytes a posting
of the lists of at least 500 postings (`long_lists_bytes_per_posting`, blocks and
their headers), which dominate as an index grows. One JSON line on stdout.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.search_bench import index_size, setup_django  # noqa: E402

ROUNDS = 5
LONG = 500  # postings: a "long" list, as README.md's figures count them


def apply_queue(articles):
    from archive.models import Article
    from search import engine
    from search.queue import enqueue, process_queue

    pks = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    if articles:
        pks = pks[:articles]
    engine.backend().clear()
    enqueue(pks)
    cpu, wall = time.process_time(), time.perf_counter()
    applied = process_queue(wait=True, bulk=True)
    return pks, {
        "applied": applied,
        "apply_cpu_s": round(time.process_time() - cpu, 1),
        "apply_wall_s": round(time.perf_counter() - wall, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def merge_into_one():
    from search import engine

    backend = engine.backend()
    cpu = time.process_time()
    with backend.writing():
        backend.index.refresh().writer(timeout=30).commit(optimize=True)
    backend.setup()
    return round(time.process_time() - cpu, 1)


def text_bytes(pks):
    """UTF-8 bytes of the text the index holds, as `search_bench.raw_size` counts it."""
    from archive.models import Article

    rows = Article.objects.filter(pk__in=pks).values_list(
        "title", "kicker", "subtitle", "column", "body"
    )
    return sum(len("\n".join(row).encode("utf-8")) for row in rows.iterator(chunk_size=2000))


def longest_lists(reader, fieldname, count):
    terms = [(reader.doc_frequency(fieldname, t), t) for t in reader.lexicon(fieldname)]
    return [t for _n, t in sorted(terms, reverse=True)[:count]]


def long_lists(reader, fieldname, least=LONG):
    """Bytes a posting in the lists of at least `least` postings of each segment (a
    list's extent: its blocks, headers included), the lists that dominate a large index."""
    found = stored = 0
    for leaf, _offset in reader.leaf_readers():
        for btext in leaf.lexicon(fieldname):
            info = leaf.term_info(fieldname, btext)
            if info.doc_frequency() >= least and not info.is_inlined():
                length = info.extent()[1]
                stored += length[0] if isinstance(length, tuple) else length
                found += info.doc_frequency()
    return {
        "long_lists_postings": found,
        "long_lists_bytes_per_posting": round(stored / found, 2) if found else None,
    }


def read_lists(lists, fieldname):
    from search import engine
    from search.whoosh.postings import Postings, read_postings

    searcher = engine.backend().searcher()
    leaves = searcher.reader().leaf_readers()
    words = longest_lists(searcher.reader(), fieldname, lists)
    blocks = postings = 0
    fast, whoosh = [], []
    for _round in range(ROUNDS):
        started = time.perf_counter()
        for btext in words:
            for leaf, offset in leaves:
                if (fieldname, btext) not in leaf:
                    continue
                found = Postings(positions=True)
                read_postings(leaf, offset, fieldname, btext, found)
                blocks += len(found.blocks)
                postings += len(found.ids)
        fast.append(time.perf_counter() - started)
        started = time.perf_counter()
        for btext in words:
            for leaf, _offset in leaves:
                if (fieldname, btext) not in leaf:
                    continue
                matcher = leaf.postings(fieldname, btext)
                while matcher.is_active():
                    matcher.id(), matcher.weight()
                    matcher.next()
        whoosh.append(time.perf_counter() - started)
    blocks //= ROUNDS
    postings //= ROUNDS
    return {
        **long_lists(searcher.reader(), fieldname),
        "lists": len(words),
        "blocks": blocks,
        "postings": postings,
        "read_us_per_block": round(statistics.median(fast) / blocks * 1e6, 2),
        "whoosh_matcher_us_per_block": round(statistics.median(whoosh) / blocks * 1e6, 2),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=0, help="0: every article")
    parser.add_argument("--lists", type=int, default=50)
    parser.add_argument("--keep", type=Path, help="keep the data folder made here")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="baokan-index-"))
    try:
        shutil.copy(args.data / "baokan.sqlite3", work / "baokan.sqlite3")
        setup_django(work)
        pks, applied = apply_queue(args.articles)
        result = {"bench": "index", **applied, "text_mb": round(text_bytes(pks) / 1e6, 1)}
        result["index_mb"] = round(index_size(work) / 1e6, 1)
        result["index_over_text"] = round(result["index_mb"] / result["text_mb"], 2)
        result["merge_cpu_s"] = merge_into_one()
        result["one_segment_mb"] = round(index_size(work) / 1e6, 1)
        result["one_segment_over_text"] = round(result["one_segment_mb"] / result["text_mb"], 2)
        result.update(read_lists(args.lists, "text"))
        if args.keep:
            shutil.copytree(work, args.keep, dirs_exist_ok=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
