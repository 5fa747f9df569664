"""Stages 5 and 6: read an article's header, and attach headlines printed apart.

A header is the stack of headline-like units above an article: a kicker (引题, or a
■ rubric), the title, a subtitle (副题), and a column name (栏目) that may head a
run of articles. Headlines a page prints apart from their articles (all gathered
at the page's end, say) are matched to untitled articles by what they say, never
by position.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .jiebautil import crosses, ends_with_verb, first_word_flag, has_verb
from .layout import Unit

_PUNCT_OR_SPACE = re.compile(r"[\s，。、：:！!？?“”\"《》（）()·—]")
_CJK_BIGRAM = re.compile(rf"(?=([{lx.CJK}]{{2}}))")

MATCH_MIN_SCORE = 0.3
MATCH_MIN_MARGIN = 0.15


@dataclass
class Header:
    title: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    column: str | None = None
    credits: list = field(default_factory=list)


def looks_like_column(text: str, known=()) -> bool:
    """A paper's own column (`known`, from its manifest), or a short name ending like
    the columns any paper prints (…快讯, …观察)."""
    text = text.strip()
    if text in known:
        return True
    return len(text) <= 8 and not _PUNCT_OR_SPACE.search(text) and text.endswith(lx.COLUMN_ENDINGS)


def strip_rubric(text: str) -> str:
    return text.lstrip(lx.RUBRIC_MARKS).strip()


def read_header(units: list[Unit], known_columns=()) -> Header:
    header = Header()
    parts: list[Unit] = []
    units = _blocks(units)
    for i, unit in enumerate(units):
        if unit.kind == "byline":
            header.credits.extend(unit.credits)
        elif unit.kind == "rubric":
            header.kicker = _join_opt(header.kicker, strip_rubric(unit.text))
        elif unit.kind != "heading" and looks_like_column(unit.text, known_columns):
            header.column = unit.text.strip()
        elif unit.kind != "heading" and i == 0 and _bare_short(unit) and len(units) > 1:
            # A short bare name standing first, apart from the title: a column.
            header.column = unit.text.strip()
        else:
            parts.append(unit)
    headings = [u for u in parts if u.kind == "heading"]
    if headings:
        first = parts.index(headings[0])
        header.title = headings[0].text
        before, after = parts[:first], parts[first + 1 :]
        if before:
            header.kicker = _join_opt(header.kicker, " ".join(u.text for u in before))
        if after:
            header.subtitle = " ".join(u.text for u in after)
        return header
    elements = [piece for unit in parts for piece in split_block(unit)]
    if not elements:
        return header
    if len(elements) >= 3 or (len(elements) == 2 and _slogan_like(elements[0])):
        header.kicker = _join_opt(header.kicker, elements[0])
        elements = elements[1:]
    header.title = elements[0]
    if len(elements) > 1:
        header.subtitle = " ".join(e.lstrip("—－-").strip() for e in elements[1:])
    return header


def _blocks(units: list[Unit]) -> list[Unit]:
    """Header lines printed together (no blank line between) are one block."""
    out: list[Unit] = []
    for unit in units:
        prev = out[-1] if out else None
        if prev and unit.kind == prev.kind == "text" and not unit.blank_before:
            prev = Unit("text", prev.lines + unit.lines, prev.text + unit.text, prev.blank_before)
            out[-1] = prev
        else:
            out.append(unit)
    return out


def split_block(unit: Unit) -> list[str]:
    """The lines of one headline block → its elements (a wrapped title is one element)."""
    if unit.kind == "heading" or len(unit.lines) == 1:
        return [unit.text]
    elements = [unit.lines[0].text]
    for line in unit.lines[1:]:
        prev = elements[-1]
        if _wraps(prev, line.text):
            elements[-1] = prev + line.text
        else:
            elements.append(line.text)
    return elements


def _wraps(prev: str, nxt: str) -> bool:
    """Is `nxt` the rest of the headline line `prev`, or a headline of its own?"""
    if " " in prev.strip() or not nxt or nxt.startswith(("—", "－")):
        return False  # "您上班 我带娃": paired phrases make a kicker; —— opens a subtitle
    if prev.endswith(lx.ORG_ENDINGS):
        return True  # the subject on one line, its predicate on the next
    if first_word_flag(nxt) in lx.CONTINUATION_FLAGS or crosses(prev, nxt) or ends_with_verb(prev):
        return True
    # 高新区召开2024年 / 经济工作会议: a verb waiting for the object on the next line.
    return has_verb(prev) and not has_verb(nxt)


def _slogan_like(text: str) -> bool:
    """Paired short phrases (您上班 我带娃) read as a kicker above the title."""
    phrases = [p for p in re.split(r"[\s，,、]+", text) if p]
    return len(phrases) >= 2 and all(len(p) <= 6 for p in phrases)


def _bare_short(unit: Unit) -> bool:
    text = unit.text.strip()
    return unit.kind == "text" and len(text) <= 6 and not _PUNCT_OR_SPACE.search(text)


def _join_opt(left: str | None, right: str) -> str:
    return f"{left} {right}" if left else right


# --- headlines printed apart ------------------------------------------------------


@dataclass
class OrphanMatch:
    unit_index: int
    article_index: int
    score: float
    margin: float


def match_orphans(orphan_texts: list[str], article_texts: list[str]) -> list[OrphanMatch]:
    """Pair headlines with articles by the rare character pairs they share.

    Greedy on the best score first; a headline whose best article is barely better
    than its second comes back with a small margin so the caller can flag it.
    """
    if not orphan_texts or not article_texts:
        return []
    grams = [set(_CJK_BIGRAM.findall(t)) for t in article_texts]
    n = len(grams)
    df: dict[str, int] = {}
    for g in grams:
        for gram in g:
            df[gram] = df.get(gram, 0) + 1

    def idf(gram):
        return math.log((n + 1) / (df.get(gram, 0) + 0.5))

    scores = []
    for text in orphan_texts:
        own = set(_CJK_BIGRAM.findall(text))
        total = sum(idf(g) for g in own) or 1.0
        row = [sum(idf(g) for g in own & article) / total for article in grams]
        scores.append(row)
    pairs = sorted(((row[a], h, a) for h, row in enumerate(scores) for a in range(n)), reverse=True)
    used_h, used_a, matches = set(), set(), []
    for score, h, a in pairs:
        if score < MATCH_MIN_SCORE or h in used_h or a in used_a:
            continue
        others = [s for j, s in enumerate(scores[h]) if j != a]
        margin = score - max(others, default=0.0)
        matches.append(OrphanMatch(h, a, score, margin))
        used_h.add(h)
        used_a.add(a)
    return matches


# --- titles made from the text ------------------------------------------------------

_LEADING_TIME = re.compile(
    rf"^(?:(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日|{'|'.join(lx.LEADING_TIME_WORDS)})"
    rf"(?:{'|'.join(lx.TIMES_OF_DAY)})?[，,]?"
)


def derive_title(text: str, limit: int = 30) -> str:
    """A stand-in title from the lead: its first sentence, cut at a clause boundary."""
    sentence = re.split(r"[。！？]", text, maxsplit=1)[0].strip()
    sentence = _LEADING_TIME.sub("", sentence)
    clauses = [c for c in re.split(r"[，,；;]", sentence) if c]
    title = ""
    for clause in clauses:
        if title and len(title) + len(clause) > limit:
            break
        title = f"{title}，{clause}" if title else clause
        if len(title) >= 12:
            break
    title = (title or sentence).strip()
    if not any(ch.isalnum() for ch in title):
        title = text.strip()[:limit] or "无题"
    return title if len(title) <= limit else title[: limit - 1] + "…"
