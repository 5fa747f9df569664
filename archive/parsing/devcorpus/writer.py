"""Writing rendered pages to a folder: texts, the scorer's gold file, line labels."""

from __future__ import annotations

import json
import os

from .render import render_pages

ABOUT = (
    "Rendered development pages (archive.parsing.devcorpus) from corpus records; "
    "lead: first 16 letters/digits of the first body paragraph after 本报讯 and a "
    "bracketed credit (the scorer's body_key); title null where none is printed; "
    "date: MM-DD of the dateline, else of the first M月D日 in the lead sentence; "
    "credits: every printed credit with the roles any one of which is right."
)


def write_split(records, out_dir: str, *, n_pages: int, seed: int, prefix: str) -> list[str]:
    """Render and write `prefix_0001.txt …`, gold.json and labels.jsonl; returns the names."""
    os.makedirs(out_dir, exist_ok=True)
    pages = render_pages(records, n_pages=n_pages, seed=seed, prefix=prefix)
    gold = {"about": ABOUT, "pages": {}}
    with open(os.path.join(out_dir, "labels.jsonl"), "w", encoding="utf-8") as labels:
        for page in pages:
            with open(os.path.join(out_dir, page.name), "w", encoding="utf-8") as fh:
                fh.write(page.text + "\n")
            gold["pages"][page.name] = page.gold
            row = {
                "name": page.name,
                "lines": [[ln.role, ln.article, ln.para_start] for ln in page.lines],
            }
            labels.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    # What an ingest manifest would know about each page (nothing: zone and year
    # are left for the parser to read from the text).
    manifest = {"pages": {p.name: p.manifest for p in pages}}
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    return [p.name for p in pages]
