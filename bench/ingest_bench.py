"""Ingest throughput and memory on a synthetic corpus, through the real code path.

    python bench/ingest_bench.py [--pages 1000] [--seed 1] [--steps 4] [--json] [--one-run]

Generates `--pages` pages into a temporary folder (real text recombined from
../shared/corpus/ by bench/realpages.py when it is there, else or with `--corpus
seeds` the seed pages' sentences in their layouts, bench/corpus.py), points
BAOKAN_DATA_DIR at a fresh temporary folder (an empty SQLite database, migrated),
then loads the pages in `--steps` equal batches with `archive.ingest.ingest()`, a
transaction for a few pages, as `manage.py ingest` does: one ingest() per batch (repeated
runs), or with --one-run a single ingest() over every page (a bulk load), read at
the same points. A dry run of each batch, the same code path, times the parse
alone; the store is the rest.

After each batch it records the pages and articles so far, the batch's time and
pages/s, and the process's resident memory (VmRSS) and its peak (VmHWM). A table
goes to stderr (not with --json) and one JSON line to stdout. It asserts nothing:
`memory_flat` (RSS grows < 15% from step 2 to the last) and `time_linear` (the last
step's s/page is within 1.5x of the first's) are figures for a person to read.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: `python bench/ingest_bench.py`
    sys.path.insert(0, str(ROOT))

from archive.parsepool import default_workers  # noqa: E402  (imports no Django)
from bench import corpus, realpages  # noqa: E402  (needs ROOT on the path; imports no Django)
from bench.recombined import choose_corpus  # noqa: E402

MEMORY_GROWTH_LIMIT = 0.15
TIME_RATIO_LIMIT = 1.5


def memory_mb() -> tuple[float, float]:
    """(VmRSS, VmHWM) of this process in MB; zeros where /proc is not there."""
    found = {}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    found[key] = int(value.split()[0]) / 1024
    except OSError:
        pass
    return found.get("VmRSS", 0.0), found.get("VmHWM", 0.0)


def setup_django(data_dir: Path) -> None:
    """Settings read the environment once, at import: set it first."""
    os.environ["BAOKAN_DATA_DIR"] = str(data_dir)
    os.environ.pop("DATABASE_URL", None)  # never write a benchmark into a real database
    os.environ["DJANGO_DEBUG"] = "0"  # DEBUG keeps every query in memory
    os.environ["DJANGO_SETTINGS_MODULE"] = "archive.settings"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)


def batches(items: list, steps: int) -> list[list]:
    size, extra = divmod(len(items), steps)
    out, start = [], 0
    for i in range(steps):
        end = start + size + (i < extra)
        out.append(items[start:end])
        start = end
    return out


class Steps:
    """Figures after each step: pages and articles so far, the step's time, memory."""

    def __init__(self):
        self.rows, self.pages, self.articles, self.failures = [], 0, 0, 0
        self.seconds = 0.0

    def count(self, page) -> None:
        self.pages += 1
        self.articles += len(page.result.articles) if page.result else 0
        self.failures += page.failed

    def close(self, pages: int, seconds: float) -> None:
        self.seconds += seconds
        rss, hwm = memory_mb()
        self.rows.append(
            {
                "pages": self.pages,
                "articles": self.articles,
                "elapsed_s": round(self.seconds, 2),
                "step_s": round(seconds, 2),
                "pages_per_s": round(pages / seconds, 1),
                "s_per_page": round(seconds / pages, 4),
                "rss_mb": round(rss, 1),
                "hwm_mb": round(hwm, 1),
            }
        )


def ingest_in_runs(ingest, chunks: list[list[Path]]) -> Steps:
    """One ingest() per step, as repeated `manage.py ingest` runs do."""
    steps = Steps()
    for chunk in chunks:
        t0 = time.perf_counter()
        ingest(chunk, on_page=lambda i, total, page: steps.count(page))
        steps.close(len(chunk), time.perf_counter() - t0)
    return steps


def ingest_in_one_run(ingest, chunks: list[list[Path]]) -> Steps:
    """One ingest() over every page, as a bulk `manage.py ingest FOLDER` does,
    with the figures read between the same pages as the steps of separate runs."""
    steps, ends = Steps(), {sum(map(len, chunks[: i + 1])): len(c) for i, c in enumerate(chunks)}
    mark = [time.perf_counter()]

    def on_page(i, total, page):
        steps.count(page)
        if i in ends:
            now = time.perf_counter()
            steps.close(ends[i], now - mark[0])
            mark[0] = now

    ingest([p for chunk in chunks for p in chunk], on_page=on_page)
    return steps


def parse_times(ingest, chunks: list[list[Path]]) -> list[float]:
    """The parse alone, step by step: a dry run of the same code path, report dropped."""
    out = []
    for chunk in chunks:
        t0 = time.perf_counter()
        ingest(chunk, dry_run=True)
        out.append(time.perf_counter() - t0)
    return out


def run(
    pages: int,
    seed: int,
    steps: int,
    work: Path,
    one_run: bool = False,
    text: str = "seeds",
    parse_workers: int = 0,
) -> dict:
    """`text`: "seeds" (bench/corpus.py's layouts) or "real" (bench/realpages.py).
    `parse_workers`: processes parsing ahead of the store, as `manage.py ingest` has
    them (archive.parsepool); the dry runs that time the parse alone parse here."""
    started = time.perf_counter()
    if text == "real":
        pages_dir = realpages.generate(work / "pages", pages, seed)
        generated = {"articles": pages * realpages.PER_PAGE}
    else:
        pages_dir = corpus.generate(work / "pages", pages, seed)
        generated = corpus.load_truth(pages_dir)["stats"]
    corpus_s = time.perf_counter() - started
    setup_django(work / "data")

    from archive.ingest import ingest as ingest_here  # after django.setup()

    def ingest(chunk, dry_run=False, **kwargs):
        workers = 0 if dry_run else parse_workers
        return ingest_here(chunk, dry_run=dry_run, parse_workers=workers, **kwargs)

    chunks = batches(sorted(pages_dir.glob("*.txt")), steps)
    rss_before = memory_mb()[0]  # Django, jieba and the app loaded; nothing ingested
    if one_run:  # parse afterwards, so a dry run's results cannot hide the run's growth
        result = ingest_in_one_run(ingest, chunks)
        parse = parse_times(ingest, chunks)
    else:
        parse = parse_times(ingest, chunks[:1])  # warms what the first run would warm
        result = ingest_in_runs(ingest, chunks)
        parse += parse_times(ingest, chunks[1:])
    for row, parse_s in zip(result.rows, parse, strict=True):
        row["parse_s"] = round(parse_s, 2)
        row["store_s"] = round(row["step_s"] - parse_s, 2)
    rss_steps = [r["rss_mb"] for r in result.rows]
    s_per_page = [r["s_per_page"] for r in result.rows]
    base = rss_steps[1] if len(rss_steps) > 1 else rss_steps[0]
    return {
        "pages": result.pages,
        "articles": result.articles,
        "generated_articles": generated["articles"],
        "failures": result.failures,
        "seconds": round(result.seconds, 2),
        "pages_per_s": round(result.pages / result.seconds, 1),
        "articles_per_s": round(result.articles / result.seconds, 1),
        "parse_s": round(sum(parse), 2),
        "store_s": round(result.seconds - sum(parse), 2),
        "peak_rss_mb": max(r["hwm_mb"] for r in result.rows),
        "rss_mb_before": round(rss_before, 1),
        "rss_mb_per_step": rss_steps,
        "s_per_page_per_step": s_per_page,
        "memory_flat": (rss_steps[-1] - base) / base < MEMORY_GROWTH_LIMIT,
        "time_linear": s_per_page[-1] <= TIME_RATIO_LIMIT * s_per_page[0],
        "one_run": one_run,
        "parse_workers": parse_workers,
        "corpus": text,
        "corpus_s": round(corpus_s, 2),
        "seed": seed,
        "steps": result.rows,
    }


def table(result: dict) -> str:
    head = ("step", "pages", "articles", "seconds", "pages/s", "s/page", "parse_s", "store_s")
    head += ("rss_mb", "hwm_mb")
    lines = ["  ".join(f"{h:>8}" for h in head)]
    for i, row in enumerate(result["steps"], start=1):
        values = (i, *(row[k] for k in ("pages", "articles", "elapsed_s", "pages_per_s")))
        values += tuple(row[k] for k in ("s_per_page", "parse_s", "store_s", "rss_mb", "hwm_mb"))
        lines.append("  ".join(f"{v:>8}" for v in values))
    lines.append(
        f"{result['pages']} pages, {result['articles']} articles "
        f"({result['generated_articles']} generated) in {result['seconds']}s: "
        f"{result['pages_per_s']} pages/s, {result['articles_per_s']} articles/s; "
        f"parse {result['parse_s']}s, store {result['store_s']}s; peak RSS "
        f"{result['peak_rss_mb']} MB ({result['rss_mb_before']} MB before the first page); "
        f"failures {result['failures']}"
    )
    lines.append(
        f"memory_flat={result['memory_flat']} time_linear={result['time_linear']} "
        f"({'one ingest() run' if result['one_run'] else 'one ingest() run per step'}; "
        f"corpus generated in {result['corpus_s']}s)"
    )
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    parser.add_argument(
        "--one-run",
        action="store_true",
        help="one ingest() over every page (a bulk `manage.py ingest FOLDER`), not one per step",
    )
    parser.add_argument("--keep", action="store_true", help="keep the corpus and database")
    parser.add_argument(
        "--corpus",
        choices=("real", "seeds"),
        help="pages of real text recombined from ../shared/corpus/ (the default when it is "
        "there) or of the seed pages' sentences in their layouts",
    )
    parser.add_argument(
        "--parse-workers",
        type=int,
        default=None,
        help="processes parsing ahead of the store (default: as `manage.py ingest`, one "
        "fewer than the cores, at most 2; 0 parses in the storing process)",
    )
    args = parser.parse_args(argv)
    text = choose_corpus(args.corpus, log=lambda line: sys.stderr.write(line + "\n"))
    if args.steps < 1 or args.pages < args.steps:
        parser.error("--steps must be at least 1 and --pages at least --steps")
    work = Path(tempfile.mkdtemp(prefix="baokan-bench-"))
    try:
        workers = default_workers() if args.parse_workers is None else args.parse_workers
        result = run(args.pages, args.seed, args.steps, work, args.one_run, text, workers)
    finally:
        if args.keep:
            sys.stderr.write(f"kept {work}\n")
        else:
            shutil.rmtree(work, ignore_errors=True)
    if not args.json:
        sys.stderr.write(table(result) + "\n")
    summary = {k: v for k, v in result.items() if k != "steps"}
    sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
