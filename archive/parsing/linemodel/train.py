"""Train the line-role models on pages rendered from the development corpus.

    python -m archive.parsing.linemodel.train [--corpus ../shared/corpus] [--pages 3000]

Renders `--pages` training pages from the corpus's training dates (devcorpus), reads
each the way the parser does (normalised lines, mastheads out), and fits linear-chain
CRFs (python-crfsuite, L-BFGS with L1+L2) over their lines, in two passes:

1. a model of each half of the pages tags the other half (the two train side by side);
2. the first-pass model learns from every page, and the context model learns from the
   pages' features with the labels step 1 gave them (context.py), side by side.

Then it tags the development pages (other dates) with both and prints the per-label
precision and recall. The models are written to linemodel/model.crfsuite and
linemodel/context.crfsuite; the corpus itself never leaves ../shared/.
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
from .context import second_pass
from .features import page_features
from .labels import from_rendered
from .tagger import CONTEXT_PATH, MODEL_PATH

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


def _train_job(job):
    seqs, path, params = job
    train(seqs, path, **params)
    return path


def _tagger(path: Path):
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def train_two_pass(seqs, first: Path, context: Path, *, processes: int = 2, **params) -> None:
    """Both models (see the module's docstring); two trainings run at a time."""
    half = len(seqs) // 2
    folds = [first.with_suffix(f".fold{k}") for k in (0, 1)]
    _run([(seqs[:half], folds[0], params), (seqs[half:], folds[1], params)], processes)
    tagged = [_tagger(folds[1]).tag(items) for items, _ in seqs[:half]]
    tagged += [_tagger(folds[0]).tag(items) for items, _ in seqs[half:]]
    for fold in folds:
        fold.unlink()
    second = [
        (second_pass(items, t), labels) for (items, labels), t in zip(seqs, tagged, strict=True)
    ]
    _run([(seqs, first, params), (second, context, params)], processes)


def _run(jobs, processes: int) -> None:
    if processes <= 1:
        for job in jobs:
            _train_job(job)
        return
    with multiprocessing.get_context("fork").Pool(min(processes, len(jobs))) as pool:
        pool.map(_train_job, jobs)


def evaluate(seqs, path: Path, context: Path | None = None) -> dict[str, tuple[float, float, int]]:
    """Per label: (precision, recall, support) of the model (and the context model
    over it, if given) on `seqs`."""
    tagger = _tagger(path)
    again = _tagger(context) if context else None
    tp, fp, fn = Counter(), Counter(), Counter()
    for items, gold in seqs:
        got_labels = tagger.tag(items)
        if again:
            got_labels = again.tag(second_pass(items, got_labels))
        for got, want in zip(got_labels, gold, strict=True):
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
    ap.add_argument("--context-out", type=Path, default=CONTEXT_PATH)
    args = ap.parse_args(argv)
    articles = args.corpus / "articles.jsonl"
    if not articles.is_file():
        print(f"{articles}: no corpus there (see shared/corpus/README.md)", file=sys.stderr)
        return 2
    started = time.monotonic()
    train_records, dev_records = split_by_date(load_records(articles))
    # Headlines under their texts are put back over them before the model reads a page.
    train_pages = render_pages(
        train_records, n_pages=args.pages, seed=args.seed, prefix="train", heads_after=0.0
    )
    dev_pages = render_pages(dev_records, n_pages=args.dev_pages, seed=args.seed, prefix="dev")
    train_seqs, dev_seqs = sequences(train_pages), sequences(dev_pages)
    lines = sum(len(labels) for _, labels in train_seqs)
    print(f"{len(train_pages)} training pages, {lines} lines ({time.monotonic() - started:.0f} s)")
    params = dict(c1=args.c1, c2=args.c2, iterations=args.iterations)
    train_two_pass(train_seqs, args.out, args.context_out, **params)
    size = (args.out.stat().st_size + args.context_out.stat().st_size) / 1e6
    print(
        f"models {args.out}, {args.context_out} ({size:.1f} MB) after {time.monotonic() - started:.0f} s"
    )
    print(f"{'label':<12} {'precision':>9} {'recall':>7} {'lines':>7}  (development pages)")
    for label, (p, r, n) in evaluate(dev_seqs, args.out, args.context_out).items():
        print(f"{label:<12} {p:9.3f} {r:7.3f} {n:7d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
