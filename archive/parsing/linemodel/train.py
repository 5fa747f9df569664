"""Train the line-role model on pages rendered from the development corpus.

    python -m archive.parsing.linemodel.train [--corpus ../shared/corpus] [--pages 3000]

Renders `--pages` training pages from the corpus's training dates (devcorpus), reads
each the way the parser does (normalised lines, mastheads out), and fits a
linear-chain CRF (python-crfsuite, L-BFGS with L1+L2) over their lines. Then it tags
the development pages (other dates) and prints the per-label precision and recall.
The model is written to linemodel/model.crfsuite; the corpus itself never leaves
../shared/.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections import Counter
from pathlib import Path

from ..devcorpus.records import load_records, split_by_date
from ..devcorpus.render import render_pages
from ..layout import split_lines
from ..mastheads import take_mastheads
from .features import page_features
from .labels import from_rendered
from .tagger import MODEL_PATH

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def page_sequence(page) -> tuple[list[dict], list[str]]:
    """(features, labels) of one rendered page, read exactly as the parser reads it."""
    lines = split_lines(page.text)
    take_mastheads(lines)
    content = [page.lines[i] for i, line in enumerate(lines) if not line.blank]
    return page_features(lines), from_rendered(content)


def sequences(pages, processes: int = 2):
    if processes <= 1:
        return [page_sequence(p) for p in pages]
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        return pool.map(page_sequence, pages, chunksize=16)


def train(seqs, path: Path, *, c1: float, c2: float, iterations: int) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for items, labels in seqs:
        trainer.append(items, labels)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": 2,  # a feature seen once is noise, and model size
        }
    )
    trainer.train(str(path))


def evaluate(seqs, path: Path) -> dict[str, tuple[float, float, int]]:
    """Per label: (precision, recall, support) of the model on `seqs`."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    tp, fp, fn = Counter(), Counter(), Counter()
    for items, gold in seqs:
        for got, want in zip(tagger.tag(items), gold, strict=True):
            if got == want:
                tp[want] += 1
            else:
                fp[got] += 1
                fn[want] += 1
    return {
        label: (
            tp[label] / ((tp[label] + fp[label]) or 1),
            tp[label] / ((tp[label] + fn[label]) or 1),
            tp[label] + fn[label],
        )
        for label in sorted(set(tp) | set(fn))
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--pages", type=int, default=3000, help="training pages to render")
    ap.add_argument("--dev-pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    articles = args.corpus / "articles.jsonl"
    if not articles.is_file():
        print(f"{articles}: no corpus there (see shared/corpus/README.md)", file=sys.stderr)
        return 2
    started = time.monotonic()
    train_records, dev_records = split_by_date(load_records(articles))
    train_pages = render_pages(train_records, n_pages=args.pages, seed=args.seed, prefix="train")
    dev_pages = render_pages(dev_records, n_pages=args.dev_pages, seed=args.seed, prefix="dev")
    train_seqs, dev_seqs = sequences(train_pages), sequences(dev_pages)
    lines = sum(len(labels) for _, labels in train_seqs)
    print(f"{len(train_pages)} training pages, {lines} lines ({time.monotonic() - started:.0f} s)")
    train(train_seqs, args.out, c1=args.c1, c2=args.c2, iterations=args.iterations)
    size = args.out.stat().st_size / 1e6
    print(f"model {args.out} ({size:.1f} MB) after {time.monotonic() - started:.0f} s")
    print(f"{'label':<12} {'precision':>9} {'recall':>7} {'lines':>7}  (development pages)")
    for label, (p, r, n) in evaluate(dev_seqs, args.out).items():
        print(f"{label:<12} {p:9.3f} {r:7.3f} {n:7d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
