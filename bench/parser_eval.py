"""The parser's figures on the seed pages and on the development pages (`make parser-eval`).

    python bench/parser_eval.py [--corpus ../shared/corpus] [--pages 300] [--seed 7]

Renders `--pages` development pages from the corpus's development dates (dates the
line-role model never trained on, archive/parsing/devcorpus) into a temporary
folder with their gold, runs the shared scorer (../shared/tools/score_extraction.py,
through `ingest --dry-run --json`) on them and on the seed pages, and prints both
beside issue #12's targets. Then a table of misses by kind: for each way a page can
print an article (where its byline stands, headlines gathered apart, narrow
columns, photo items …), how many such articles were found and got their title and
credits right. Without ../shared/ it says so and exits 2.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from archive.parsing.devcorpus import render_pages, write_split  # noqa: E402
from archive.parsing.devcorpus.records import load_records, split_by_date  # noqa: E402

SHARED = ROOT.parent / "shared"
TARGETS = {  # issue #12: what unseen papers must reach
    "articles_precision": (">=", 0.95),
    "articles_recall": (">=", 0.95),
    "title_accuracy": (">=", 0.90),
    "credit_precision": (">=", 0.95),
    "credit_recall": (">=", 0.95),
    "date_accuracy": (">=", 0.90),
    "bad_paragraph_breaks": ("<=", 0.03),
    "text_kept": (">=", 0.98),
}


def score(gold: Path, pages: Path) -> dict:
    scorer = SHARED / "tools" / "score_extraction.py"
    cmd = [sys.executable, str(scorer), str(gold), str(pages), "--project", str(ROOT), "--json"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def parse(files: list[Path]) -> dict:
    cmd = [sys.executable, "manage.py", "ingest", "--dry-run", "--json", *map(str, files)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
    return {Path(p["source"]).name: p for p in json.loads(done.stdout)["pages"]}


def _norm(s):
    return re.sub(r"[^0-9A-Za-z\u4e00-\u9fff]", "", s or "")


def _body_key(body):
    b = re.sub(r"^\s*本报讯\s*[（(][^）)]{0,40}[）)]", "", body or "")
    return _norm(re.sub(r"^\s*本报讯", "", b))


def kinds_of(page, index: int) -> list[str]:
    """How the page prints article `index`: the kinds the table of misses is by."""
    own = [ln for ln in page.lines if ln.article == index]
    roles = [ln.role for ln in own]
    kinds = ["all", "narrow columns" if _narrow(page) else "wide lines"]
    if "byline" in roles:
        first_text = next((i for i, r in enumerate(roles) if r in ("body", "caption")), None)
        first_head = next((i for i, r in enumerate(roles) if r == "title"), None)
        at = roles.index("byline")
        if first_head is not None and at < first_head:
            kinds.append("byline above headline")
        elif first_text is not None and at < first_text:
            kinds.append("byline under headline")
        else:
            kinds.append("byline after text")
    if any(ln.role == "body" and _inline_credit(ln.text) for ln in own[:3]):
        kinds.append("credit inside lead")
    if roles and roles[0] in ("body", "caption") and "title" in roles:
        kinds.append("headline printed apart")
    if "title" not in roles:
        kinds.append("no headline")
    if "kicker" in roles or "subtitle" in roles:
        kinds.append("kicker or subtitle")
    if "caption" in roles and "body" not in roles:
        kinds.append("photo item")
    if "subhead" in roles:
        kinds.append("section subheads")
    return kinds


def _narrow(page) -> bool:
    lengths = [len(ln.text) for ln in page.lines if ln.role == "body"]
    return bool(lengths) and sum(n <= 20 for n in lengths) > 0.8 * len(lengths)


def _inline_credit(text: str) -> bool:
    return bool(re.match(r"^\s*\S{0,12}(?:讯|电)\s*[（(]", text))


def misses_by_kind(pages, parsed: dict) -> dict[str, list[int]]:
    """kind → [articles, found, titles asked, titles right, credits asked, credits right]."""
    table: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
    for page in pages:
        arts = parsed.get(page.name, {}).get("articles", [])
        used: set[int] = set()
        for index, gold in enumerate(page.gold["articles"]):
            hit = next(
                (
                    i
                    for i, a in enumerate(arts)
                    if i not in used and gold["lead"] in _body_key(a.get("body"))[:60]
                ),
                None,
            )
            row_hits = [0, 0, 0, 0, 0, 0]
            row_hits[0] = 1
            if hit is not None:
                used.add(hit)
                art = arts[hit]
                row_hits[1] = 1
                if gold["title"]:
                    row_hits[2] = 1
                    row_hits[3] = int(_norm(art.get("title")) == _norm(gold["title"]))
                if gold["credits"]:
                    got = {(c["name"], c["role"]) for c in art.get("credits", [])}
                    want = gold["credits"]
                    right = all(any((c["name"], r) in got for r in c["roles"]) for c in want)
                    row_hits[4] = 1
                    row_hits[5] = int(right and len(got) == len(want))
            for kind in kinds_of(page, index):
                table[kind] = [a + b for a, b in zip(table[kind], row_hits, strict=True)]
    return table


def _verdict(name: str, value: float) -> str:
    if name not in TARGETS:
        return ""
    op, target = TARGETS[name]
    ok = value >= target if op == ">=" else value <= target
    return f"{op} {target:.2f} {'met' if ok else 'MISSED'}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", type=Path, help="write the development pages here and keep them")
    args = ap.parse_args(argv)
    if not (args.corpus / "articles.jsonl").is_file() or not (SHARED / "tools").is_dir():
        print(f"{args.corpus}: no corpus or scorer beside the project", file=sys.stderr)
        return 2
    _, dev = split_by_date(load_records(args.corpus / "articles.jsonl"))
    pages = render_pages(dev, n_pages=args.pages, seed=args.seed, prefix="dev")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        write_split(dev, str(folder), n_pages=args.pages, seed=args.seed, prefix="dev")
        dev_fig = score(folder / "gold.json", folder)
        parsed = parse(sorted(folder.glob("dev_*.txt")))
    seed_fig = score(SHARED / "seeds" / "gold.json", ROOT / "fixtures" / "seeds")
    print(f"{'figure':<22} {'seeds':>6} {'dev pages':>10}  target")
    for name, value in dev_fig["figures"].items():
        seeds = seed_fig["figures"][name]
        if name.startswith("people") and not dev_fig["counts"]["gold_people"]:
            print(f"{name:<22} {seeds:6.3f} {'-':>10}  (the development gold names no people)")
            continue
        print(f"{name:<22} {seeds:6.3f} {value:10.3f}  {_verdict(name, value)}")
    counts = dev_fig["counts"]
    print(
        f"\n{len(pages)} development pages, {counts['gold_articles']} articles "
        f"({counts['found_articles']} found); seeds: {seed_fig['counts']['gold_articles']}"
    )
    print(f"\n{'kind':<24} {'articles':>8} {'found':>7} {'titles':>7} {'credits':>8}")
    for kind, (n, found, ta, tr, ca, cr) in sorted(
        misses_by_kind(pages, parsed).items(), key=lambda kv: -kv[1][0]
    ):
        titles = f"{tr / ta:.2f}" if ta else "-"
        credits = f"{cr / ca:.2f}" if ca else "-"
        print(f"{kind:<24} {n:8d} {found / n:7.2f} {titles:>7} {credits:>8}")
    summary = " ".join(
        f"{k}={v:.2f}" for k, v in dev_fig["figures"].items() if not k.startswith("people")
    )
    print(f"\nsummary (development pages): {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
