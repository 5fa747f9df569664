"""Ingest plus indexing, end to end: `manage.py ingest` as an operator runs it.

    .venv/bin/python bench/pipeline_bench.py --articles 10000 [--repeat 3] [--keep DIR] [--no-index]

Generates pages of about `--articles` articles (same seed → same pages): of real
text recombined from ../shared/corpus/ (bench/realpages.py; the default from the
command line when it is there) or of the seed pages' sentences in their layouts
(bench/corpus.py; `--corpus seeds`, and `run()`'s default, which run_all.py keeps).
Migrates an empty SQLite database in a fresh data folder, then times `manage.py ingest PAGES` in a subprocess: it parses and stores the
pages while its second process indexes them (search.queue.follow), and returns when
every article is searchable. Corpus generation and migration are not timed.

Figures per run: wall seconds and articles/s end to end; the time split as the
command reports it (parse and database in the ingest process, index in the
indexing process: they overlap, so they add up to more than the wall time); the
peak resident memory of the two processes together and of each; the index's
segments; the CPU (user + system, from /proc, sampled every 0.25 s) of the ingest
process, its parse workers and the indexing process, in ms an article; the 1-minute
load average at the ingest's start and end. With --repeat, the medians of the runs. One JSON line on stdout.

Memory is read two ways, every 0.25 s. `peak_rss_*` sums each process's resident
memory (VmRSS): a forked parse worker shares most of its pages with the ingest (the
line model, jieba, Django, all read before the fork), and the sum counts them twice.
`peak_pss_*` sums their proportional share (Pss of /proc/PID/smaps_rollup): a page
shared by two processes counts half in each, so the sum is what the processes hold
together. `memory_by_articles` follows both as the run goes on: at each progress line
of the ingest (every 50 pages), the articles stored so far and the highest samples
since the line before, [articles, ingest RSS, ingest PSS, indexer RSS, indexer PSS]
in MB.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import realpages  # noqa: E402
from bench.recombined import choose_corpus  # noqa: E402

TARGET_ARTICLES_PER_S = 150
ARTICLES_PER_PAGE = realpages.seeds_per_page()


def env_for(data_dir: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "BAOKAN_"))}
    env.pop("DATABASE_URL", None)
    env.update(
        DJANGO_SETTINGS_MODULE="archive.settings", BAOKAN_DATA_DIR=str(data_dir), DJANGO_DEBUG="0"
    )
    return env


def manage(data_dir: Path, *args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *map(str, args)],
        cwd=ROOT,
        env=env_for(data_dir),
        capture_output=True,
        text=True,
        check=True,
        **kwargs,
    )


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def pss_mb(pid: int) -> float:
    """The process's proportional share of its resident pages: a page shared with a
    forked worker counts half here and half there (VmRSS counts it whole in both)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
            return [int(p) for p in handle.read().split()]
    except OSError:
        return []


def cmdline(pid: int) -> bytes:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read()
    except OSError:
        return b""


def cpu_s(pid: int) -> float:
    """User plus system CPU seconds of a process so far (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
ROLES = ("ingest", "indexer", "total")
# The ingest's progress line (archive/progress.py), every 50 pages.
PROGRESS = re.compile(r"\] pages read.*?, (\d+) articles")


class MemoryWatch(threading.Thread):
    """Samples the resident memory (RSS and PSS) and CPU of a process and its children
    until stopped. The ingest's forked parse workers (archive.parsepool: the ingest's
    own command line) count as the ingest's; its other child is the indexing process.
    The CPU of each process is its last sample (up to `every` seconds short of its end).
    `mark(articles)` closes a stretch of the run (`by_articles`)."""

    KINDS = ("rss", "pss")

    def __init__(self, pid: int, every: float = 0.25):
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.stopping = threading.Event()
        self.peak = {(kind, role): 0.0 for kind in self.KINDS for role in ROLES}
        self.stretch = dict.fromkeys(self.peak, 0.0)  # the highest since the last mark
        self.by_articles = []  # [articles, ingest RSS, ingest PSS, indexer RSS, indexer PSS]
        self.lock = threading.Lock()
        self.cpu = {}  # pid: (role, CPU seconds at its last sample)

    def run(self):
        while not self.stopping.wait(self.every):
            kids, own = children(self.pid), cmdline(self.pid)
            workers = [kid for kid in kids if cmdline(kid) == own]
            ingest = [self.pid, *workers]
            indexer = [kid for kid in kids if kid not in workers]
            sample = {}
            for kind, read in (("rss", rss_mb), ("pss", pss_mb)):
                sample[kind, "ingest"] = sum(map(read, ingest))
                sample[kind, "indexer"] = sum(map(read, indexer))
                sample[kind, "total"] = sample[kind, "ingest"] + sample[kind, "indexer"]
            with self.lock:
                for key, mb in sample.items():
                    self.peak[key] = max(self.peak[key], mb)
                    self.stretch[key] = max(self.stretch[key], mb)
            for pid, role in [(self.pid, "ingest")] + [
                (kid, "parse" if kid in workers else "indexer") for kid in kids
            ]:
                seconds = cpu_s(pid)
                if seconds:
                    self.cpu[pid] = (role, seconds)

    def mark(self, articles: int) -> None:
        with self.lock:
            self.by_articles.append(
                [articles]
                + [round(self.stretch[kind, role]) for role in ROLES[:2] for kind in self.KINDS]
            )
            self.stretch = dict.fromkeys(self.peak, 0.0)

    def cpu_by_role(self) -> dict:
        totals = {"ingest": 0.0, "parse": 0.0, "indexer": 0.0}
        for role, seconds in self.cpu.values():
            totals[role] += seconds
        return totals


def run_watched(args: list[str], env: dict[str, str], tail: int = 2000):
    """`manage.py *args` in a child process, timed, with its memory (and its children's)
    watched: (stdout, stderr, seconds, watch). A failure raises RuntimeError with the
    end of its stderr."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watch = MemoryWatch(process.pid)
    watch.start()
    err_lines = []

    def read_err():  # as it comes: each progress line marks the memory at that point
        for line in process.stderr:
            err_lines.append(line)
            progress = PROGRESS.search(line)
            if progress:
                watch.mark(int(progress.group(1)))

    reader = threading.Thread(target=read_err, daemon=True)
    reader.start()
    out = process.stdout.read()
    process.wait()
    reader.join()
    seconds = time.perf_counter() - started
    watch.stopping.set()
    err = "".join(err_lines)
    if process.returncode != 0:
        raise RuntimeError(f"{args[0]} failed ({process.returncode}):\n{err[-tail:]}")
    return out, err, seconds, watch


def pages_for(articles: int) -> int:
    return max(1, round(articles / ARTICLES_PER_PAGE))


def one_run(pages_dir: Path, data_dir: Path, index: bool = True) -> dict:
    manage(data_dir, "migrate", "--noinput")
    load_start = round(os.getloadavg()[0], 2)
    args = ["ingest", str(pages_dir), *([] if index else ["--no-index"])]
    out, err, wall, watch = run_watched(args, env_for(data_dir))
    text = out + err
    summary = re.search(r"(\d+) pages, (\d+) articles.*?parse ([\d.]+)s, database ([\d.]+)s", text)
    if not summary:
        raise RuntimeError(f"no summary line in the ingest output:\n{text[-2000:]}")
    indexed = [
        (int(n), float(s))
        for n, s in re.findall(r"(\d+) article\(s\) updated in the search index in ([\d.]+)s", text)
    ]
    articles = int(summary.group(2))
    watch.mark(articles)  # the last stretch: the last pages and the index's catching up
    cpu = watch.cpu_by_role()
    index_dir = data_dir / "whoosh_index"
    segments = len(list(index_dir.glob("*.seg"))) or len(
        {p.name.split(".")[0] for p in index_dir.glob("*.pst")}
    )
    return {
        "pages": int(summary.group(1)),
        "articles": articles,
        "indexed": sum(n for n, _s in indexed),
        "wall_s": round(wall, 1),
        "articles_per_s": round(articles / wall, 1),
        "parse_s": float(summary.group(3)),
        "database_s": float(summary.group(4)),
        "index_s": round(sum(s for _n, s in indexed), 1),
        # RSS summed counts the pages a parse worker shares with the ingest twice;
        # PSS counts them once (see the module docstring).
        **{
            f"peak_{kind}{'' if role == 'total' else '_' + role}_mb": round(watch.peak[kind, role])
            for kind in MemoryWatch.KINDS
            for role in ROLES
        },
        "index_segments": segments,
        **{f"{role}_cpu_ms_per_article": round(s * 1000 / articles, 2) for role, s in cpu.items()},
        "load_start_end": [load_start, round(os.getloadavg()[0], 2)],
        "memory_by_articles": watch.by_articles,
    }


def run(
    articles: int,
    seed: int = 1,
    repeat: int = 1,
    keep: Path | None = None,
    corpus="seeds",
    index: bool = True,
) -> dict:
    """`corpus`: "seeds" (bench/corpus.py), "real" (bench/realpages.py) or None for
    real text when ../shared/corpus/ is there. `index=False`: the ingest alone
    (`--no-index`), its memory without an indexing process beside it."""
    corpus = choose_corpus(corpus, log=lambda line: sys.stderr.write(line + "\n"))
    work = Path(tempfile.mkdtemp(prefix="baokan-pipeline-"))
    try:
        pages_dir = realpages.write_pages(corpus, work / "pages", articles, seed)
        runs = []
        for i in range(repeat):
            data_dir = work / f"data{i}"
            data_dir.mkdir()
            runs.append(one_run(pages_dir, data_dir, index))
            sys.stderr.write(f"run {i + 1}/{repeat}: {json.dumps(runs[-1])}\n")
            if keep and i == repeat - 1:
                if keep.exists():
                    shutil.rmtree(keep)
                shutil.move(str(data_dir), keep)
            else:
                shutil.rmtree(data_dir)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    median = dict(runs[-1])  # counts are the same in every run
    for key in (
        "wall_s",
        "articles_per_s",
        "parse_s",
        "database_s",
        "index_s",
        "peak_rss_mb",
        "peak_pss_mb",
    ):
        median[key] = round(statistics.median(r[key] for r in runs), 1)
    return {
        "bench": "pipeline",
        "corpus": corpus,
        "target_articles_per_s": TARGET_ARTICLES_PER_S,
        "seed": seed,
        "repeat": repeat,
        **median,
        "runs_articles_per_s": [r["articles_per_s"] for r in runs],
        "met": median["articles_per_s"] >= TARGET_ARTICLES_PER_S,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="keep the last run's data folder here")
    parser.add_argument(
        "--corpus",
        choices=("real", "seeds"),
        help="pages of real text recombined from ../shared/corpus/ (the default when it is "
        "there) or of the seed pages' sentences in their layouts",
    )
    parser.add_argument(
        "--no-index", action="store_true", help="time the ingest alone (`ingest --no-index`)"
    )
    args = parser.parse_args(argv)
    result = run(
        args.articles, args.seed, args.repeat, args.keep, args.corpus, index=not args.no_index
    )
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
