"""Lays several articles out as one page of plain text, with line labels and gold.

Pages mimic what local papers look like after OCR or copy-paste: narrow columns
with breaks inside words, wide one-paragraph lines, or Markdown headings; headlines
sometimes gathered at the page's end; bylines above, under or after the story.
"""

from __future__ import annotations

import datetime
import random

from .article import prepare
from .bylines import NamePool
from .compose import Composed, compose_article, compose_photo
from .layout import Layout
from .model import RenderedPage
from .style import COLUMN_WORDS, RUBRICS, draw_style

WEEKDAYS = "一二三四五六日"
# The share of pages whose headlines come out under their own texts (PDF text). The
# parser puts such pages in reading order before the line model reads them
# (headorder.py), so the model trains on pages without them (linemodel/train.py).
HEADS_AFTER = 0.12
# The share of narrow pages whose headlines wrap at 6–11 characters (else 12–20), as a
# county paper's headline box does.
TIGHT_HEADS = 0.35


def _issues(records):
    by_date: dict[str, list[dict]] = {}
    for r in records:
        by_date.setdefault(r["date"], []).append(r)
    return by_date


def _choose_records(rng, by_date, dates) -> tuple[str, list[dict], int]:
    """An issue date and its records in the order to try: one printed page of the
    issue first (its articles really shared a page), then the rest of the issue."""
    date = rng.choice(dates)
    n = 1 if rng.random() < 0.07 else rng.randint(3, 10)
    issue = list(by_date[date])
    page_nos = sorted({r.get("page") or "" for r in issue})
    page_no = rng.choice(page_nos)
    first = [r for r in issue if (r.get("page") or "") == page_no]
    rest = [r for r in issue if (r.get("page") or "") != page_no]
    rng.shuffle(first)
    rng.shuffle(rest)
    pool = first + rest
    if len(pool) < n + 4 or rng.random() < 0.15:
        # Mixed dates on one page, all from the issue's year.
        same_year = [d for d in dates if d[:4] == date[:4] and d != date]
        extra = [r for d in rng.sample(same_year, min(3, len(same_year))) for r in by_date[d]]
        rng.shuffle(extra)
        cut = rng.randint(1, max(1, n - 1))
        pool = pool[:cut] + extra + pool[cut:]
    return date, pool, n


def _page_number(record: dict, rng) -> int:
    digits = (record.get("page") or "")[:2]
    return int(digits) if digits.isdigit() and int(digits) > 0 else rng.randint(1, 16)


def _page_md(date: str) -> str:
    return date[5:]


def _furniture_top(rng, style, date: str, page_no: int) -> list[str]:
    d = datetime.date.fromisoformat(date)
    day = f"{d.year}年{d.month}月{d.day}日 星期{WEEKDAYS[d.weekday()]}"
    lines = [style["masthead"], f"第{page_no}版", day]
    if rng.random() < 0.5:
        lines = [f"{style['masthead']}  第{page_no}版  {day}"]
    return lines


def _furniture_bottom(rng, pool) -> list[str]:
    a, b, c = pool.draw_many(rng, 3)
    forms = (
        [f"责任编辑 {a}", f"版式设计 {b}"],
        [f"责任编辑：{a}  版式设计：{b}  校对：{c}"],
        [f"本版责编 {a}  校对 {c}"],
    )
    return list(rng.choice(forms))


def render_page(rng, style, by_date, dates, pool, name: str) -> RenderedPage | None:
    date, candidates, n = _choose_records(rng, by_date, dates)
    page_md = _page_md(date)
    budget_each = 6000 if n == 1 else rng.choice((500, 800, 1200, 1800))
    arts: list[Composed] = []
    leads: set[str] = set()
    photo_left = rng.randint(1, 2) if style["photo_items"] else 0
    for rec in candidates:
        if len(arts) >= n:
            break
        prep = prepare(rec)
        if prep is None:
            continue
        comp = None
        if photo_left and prep.captions and n > 1:
            comp = compose_photo(prep, rng, style, pool)
            photo_left -= comp is not None
        if comp is None:
            budget = budget_each if rng.random() < 0.7 else budget_each // 2
            comp = compose_article(prep, rng, style, pool, page_md, budget)
        if comp is None or any(
            comp.gold["lead"] in other or other in comp.gold["lead"] for other in leads
        ):
            continue
        leads.add(comp.gold["lead"])
        arts.append(comp)
    if not arts:
        return None
    _columns(rng, style, arts)
    for comp in arts:
        short = sum(len(t) for _, t in comp.paras) < 450
        if style["untitled_briefs"] and short and not comp.photo and rng.random() < 0.7:
            comp.title, comp.gold["title"] = [], None
            if not comp.gold["kicker"]:
                comp.subtitle, comp.gold["subtitle"] = [], None
                if rng.random() < 0.25:
                    # A ■ rubric over an untitled brief (seed 002).
                    comp.kicker = ["■" + rng.choice(RUBRICS)]
                    comp.gold["kicker"] = comp.kicker[0]
    lay = Layout(rng, style)
    if style["furniture_top"]:
        for s in _furniture_top(rng, style, date, _page_number(candidates[0], rng)):
            lay.furniture(s)
        lay.blank()
    gather = style["gather"] and len(arts) > 1
    after = style["heads_after"] and not gather and len(arts) > 1
    for i, comp in enumerate(arts):
        lay.article(i, comp, headline=not gather, after=after)
    if gather:
        lay.gathered_headlines(arts)
    if style["furniture_bottom"]:
        lay.blank()
        for s in _furniture_bottom(rng, pool):
            lay.furniture(s)
    lines = lay.finish()
    if style["ascii_punct"]:
        _to_ascii(lines, arts)
    gold = {"zone": None, "year": int(date[:4]), "articles": [a.gold for a in arts]}
    return RenderedPage(name=name, lines=lines, gold=gold, manifest={"zone": None, "year": None})


# Some converters print half-width punctuation (seeds 001, 003, 004).
_ASCII = str.maketrans(
    {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"}
)


def _to_ascii(lines, arts: list[Composed]) -> None:
    for line in lines:
        line.text = line.text.translate(_ASCII)
    for comp in arts:
        for key in ("title", "subtitle", "kicker", "column"):
            if comp.gold.get(key):
                comp.gold[key] = comp.gold[key].translate(_ASCII)


def _columns(rng, style, arts: list[Composed]) -> None:
    """Column labels (栏目) over one article or a run of them."""
    for comp in arts:
        if comp.tag and style["tag_as_column"]:
            comp.column = comp.tag
    if style["columns"] and len(arts) > 1:
        start = rng.randrange(len(arts))
        length = rng.randint(1, min(4, len(arts) - start))
        section = arts[start].section
        word = section if section and rng.random() < 0.4 else rng.choice(COLUMN_WORDS)
        for comp in arts[start : start + length]:
            if comp.column is None:
                comp.column = word
    for comp in arts:
        comp.gold["column"] = comp.column


def render_pages(
    records,
    *,
    n_pages: int,
    seed: int,
    prefix: str,
    heads_after: float = HEADS_AFTER,
    tight_heads: float = TIGHT_HEADS,
) -> list[RenderedPage]:
    """`n_pages` pages from `records`; the same arguments give the same pages.
    `heads_after` is the share of pages that print each headline under its text,
    `tight_heads` of narrow pages whose headlines wrap at 6–11 characters."""
    by_date = _issues(records)
    dates = sorted(by_date)
    pool = NamePool(records)
    pages: list[RenderedPage] = []
    attempt = 0
    while len(pages) < n_pages and attempt < n_pages * 5 + 10:
        # A string seed is hashed with SHA-512 by random, the same on every machine.
        rng = random.Random(f"{seed}/{prefix}/{attempt}")
        attempt += 1
        style = draw_style(rng)
        # Drawn apart so that adding the layout left every other page as it was.
        order = random.Random(f"{seed}/{prefix}/{attempt}/order")
        style["heads_after"] = style["layout"] != "markdown" and order.random() < heads_after
        if style["layout"] == "narrow" and order.random() < tight_heads:
            # A county paper's headline box in a narrow column: two or three short lines.
            style["headline_len"] = order.randint(6, 11)
        style["staff"] = pool.draw_many(rng, rng.randint(1, 3))
        name = f"{prefix}_{len(pages) + 1:04d}.txt"
        page = render_page(rng, style, by_date, dates, pool, name)
        if page is not None:
            pages.append(page)
    return pages
