"""python -m archive.parsing.devcorpus --corpus ../shared/corpus --out DIR --split dev --pages N --seed S"""

from __future__ import annotations

import argparse
import sys
import time

from .records import load_records, split_by_date
from .writer import write_split


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m archive.parsing.devcorpus", description=__doc__)
    ap.add_argument("--corpus", required=True, help="articles.jsonl or the folder holding it")
    ap.add_argument("--out", required=True, help="folder for the pages, gold.json and labels.jsonl")
    ap.add_argument("--split", choices=("dev", "train", "all"), default="dev")
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--prefix", default=None, help="file name prefix (default: the split)")
    a = ap.parse_args(argv)
    started = time.monotonic()
    records = load_records(a.corpus)
    train, dev = split_by_date(records)
    chosen = {"dev": dev, "train": train, "all": records}[a.split]
    names = write_split(chosen, a.out, n_pages=a.pages, seed=a.seed, prefix=a.prefix or a.split)
    took = time.monotonic() - started
    print(
        f"{len(names)} pages from {len(chosen)} {a.split} records -> {a.out} ({took:.1f}s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
