"""Page files of real text for the ingest benchmarks: articles recombined from
../shared/corpus/ (bench/realtext.py) printed as a local paper's pages.

    generate(OUT_DIR, pages, seed)   # OUT_DIR/00000.txt … and manifest.json

bench/corpus.py prints the seed pages' sentences in their four layouts; these pages
print real articles in one plain layout (headlines over their article, a byline
under the headline or the credits inside the lead, a paragraph a line), eight to a
page, so that the parse, the database and above all the index are timed on a real
vocabulary. The page's day and 版次 go in the manifest: eight pages a day, 第1版 to
第8版, on consecutive days. The text is read from ../shared/ at bench time; only what
is measured on it is kept.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

from bench import corpus as seeds
from bench import realtext

PER_PAGE = 8
PAGES_A_DAY = 8
# How a byline line names each role (archive/parsing/lexicon.py reads them all).
PRINTED = {
    "reporter": "记者 {}",
    "correspondent": "通讯员 {}",
    "photographer": "{} 摄",
    "author": "文/{}",
    "editor": "编辑 {}",
}


def article_lines(article: realtext.RealArticle) -> list[str]:
    lines = [article.kicker] if article.kicker else []
    lines.append(article.title)
    lines += [article.subtitle] if article.subtitle else []
    lead = article.paragraphs[0] if article.paragraphs else ""
    named_in_lead = any(name in lead[:60] for name, _role in article.credits)
    if article.credits and not named_in_lead:
        lines.append(
            " ".join(PRINTED.get(role, "{}").format(name) for name, role in article.credits)
        )
    lines += article.paragraphs
    return lines


def generate(out_dir, pages: int, seed: int = 1, start=dt.date(2015, 1, 1), records=None) -> Path:
    """Write `pages` pages of `PER_PAGE` recombined real articles and their manifest
    (`records`: the corpus's, read from ../shared/ unless given)."""
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):  # a typo must not scatter pages into files
        raise FileExistsError(f"{out}: folder is not empty")
    out.mkdir(parents=True, exist_ok=True)
    dealt = realtext.articles(records or realtext.load(), pages * PER_PAGE, seed)
    manifest = {}
    for index in range(pages):
        batch = list(itertools.islice(dealt, PER_PAGE))
        day = start + dt.timedelta(days=index // PAGES_A_DAY)
        name = f"{index:05d}.txt"
        text = "\n\n".join("\n".join(article_lines(a)) for a in batch)
        (out / name).write_text(text + "\n", encoding="utf-8")
        manifest[name] = {
            "publication": batch[0].publication,
            "zone": batch[0].zone,
            "date": day.isoformat(),
            "page": f"第{index % PAGES_A_DAY + 1}版",
        }
    (out / seeds.MANIFEST_NAME).write_text(
        json.dumps({"pages": manifest}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return out


def pages_for(articles: int) -> int:
    return max(1, round(articles / PER_PAGE))


def write_pages(corpus: str, out_dir, articles: int, seed: int) -> Path:
    """Pages of about `articles` articles: real text (`corpus` "real") or the seed
    pages' sentences in their layouts (bench/corpus.py)."""
    if corpus == "real":
        return generate(out_dir, pages_for(articles), seed)
    return seeds.generate(out_dir, max(1, round(articles / seeds_per_page())), seed)


def seeds_per_page() -> float:
    return 7.08  # what bench/corpus.py averages (10 127 articles on 1 430 pages)
