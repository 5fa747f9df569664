"""Headline text: column names, rubric marks, and titles made from the text.

Which lines are kickers, titles, subtitles or column names is the line-role model's
call (linemodel/); headlines printed apart from their articles are given to them in
orphans.py. What is left here reads the text of a headline once its role is known.
"""

from __future__ import annotations

import re

import rjieba

from . import lexicon as lx
from .jiebautil import crosses, edge_flags, has_verb
from .normalise import unspaced

_PUNCT_OR_SPACE = re.compile(r"[\s，。、：:！!？?“”\"《》（）()·—]")


def looks_like_column(text: str, known=()) -> bool:
    """A paper's own column (`known`, from its manifest), or a short name ending like
    the columns any paper prints (…快讯, …观察), marks either side of it or not."""
    text = text.strip()
    if text in known:
        return True
    if len(text) > 2 and text[0] in lx.RUBRIC_MARKS and text[-1] in lx.RUBRIC_MARKS:
        text = text.strip(lx.RUBRIC_MARKS + " \u3000")  # ●简讯●, ★ 要闻 ★: marks either side
    return len(text) <= 8 and not _PUNCT_OR_SPACE.search(text) and text.endswith(lx.COLUMN_ENDINGS)


def slogan_like(text: str) -> bool:
    """Paired short phrases (您上班 我带娃, 优化服务 惠及民生): how a kicker (引题) reads.
    Three letters alone or more are no phrases: OCR spaces a headline out (跨 年 夜);
    two may be a name set out to a column's width (韦　丽)."""
    phrases = [p for p in re.split(r"[\s，,、]+", text) if p]
    return (
        2 <= len(phrases) <= 4
        and all(len(p) <= 6 for p in phrases)
        and not (len(phrases) >= 3 and all(len(p) == 1 for p in phrases))
        and not _a_stray_space(text)
    )


def _a_stray_space(text: str) -> bool:
    """Does a word run across a space between two parts of letters in the line (县第一高
    级中学: 高级中学)? Then OCR put the space there, and the halves are no phrases. (A
    name spaced letter by letter, 葛 朝 阳, or a page's number, A 3, is read elsewhere.)"""
    parts = text.split()
    return any(
        len(a) >= 2 and len(b) >= 2 and _CJK_PAIR.fullmatch(a[-1] + b[0]) and crosses(a, b)
        for a, b in zip(parts, parts[1:], strict=False)
    )


_CJK_PAIR = re.compile(f"[{lx.CJK}]{{2}}")


def continues_headline(prev: str, nxt: str) -> bool:
    """Is `nxt` the rest of the headline line `prev` (one element over two lines), not a
    headline element of its own?"""
    prev, nxt = unspaced(prev), unspaced(nxt)  # OCR's letter spacing: 工 程 全 面 开 工
    if " " in prev.strip() or not nxt or nxt.startswith(("—", "－")):
        return False  # paired phrases make a kicker; —— opens a subtitle
    if prev.endswith(lx.ORG_ENDINGS):
        return True  # the subject on one line, its predicate on the next
    _, last = edge_flags(prev)
    first, _ = edge_flags(nxt)
    if first in lx.CONTINUATION_FLAGS or last == "v" or crosses(prev, nxt):
        return True
    # 高新区召开2024年 / 经济工作会议: a verb waiting for its object on the next line.
    return has_verb(prev) and not has_verb(nxt)


def opens_with_its_subject(text: str) -> bool:
    """Does a headline line open with a body's or a place's name (市政务服务中心推出…),
    the subject of a clause of its own? Read by jieba's first words, up to four."""
    head = ""
    for word in rjieba.cut(text[:12], False)[:4]:
        head += word
        if len(head) >= 2 and head.endswith(lx.ORG_ENDINGS):
            return len(head) < len(text)
    return False


_MARKED_NAME = re.compile(rf"[{lx.RUBRIC_MARKS}]\s*[{lx.CJK}]{{1,4}}")


def marked_name(text: str) -> bool:
    """A mark and a short name, nothing else (■西峡, ● 城建): the rubric a county page
    sets over each item, naming the county or desk it comes from, never a title's first
    words."""
    return _MARKED_NAME.fullmatch(text.strip()) is not None


def strip_rubric(text: str) -> str:
    return text.lstrip(lx.RUBRIC_MARKS).strip()


def strip_continued(text: str) -> str:
    """A headline printed over the rest of an article carried over from another page
    ((上接第1版)焊花飞舞中的…) without the mark: it says where the text came from."""
    return _CONTINUED.sub("", text).strip()


# --- titles made from the text ------------------------------------------------------

_LEADING_TIME = re.compile(
    rf"^(?:(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日(?:[至到—－-](?:\d{{1,2}}月)?\d{{1,2}}日)?"
    rf"|{'|'.join(lx.LEADING_TIME_WORDS)})"
    rf"(?:{'|'.join(lx.TIMES_OF_DAY)})?[，,]?"
)


_CONTINUED = re.compile(r"^\s*[（(]\s*(?:上接|接|转自|续)第?[^（()）]{1,6}版[）)]\s*")


def derive_title(text: str, limit: int = 30) -> str:
    """A stand-in title from the lead: its first sentence, cut at a clause boundary."""
    text = _CONTINUED.sub("", text)  # （上接第一版）: where the text came from, not what it says
    sentence = re.split(r"[。！？]", text, maxsplit=1)[0].strip()
    sentence = _LEADING_TIME.sub("", sentence.lstrip(lx.RUBRIC_MARKS + " "))  # ●7月18日，…
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
