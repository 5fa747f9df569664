"""A report's subheads (小标题) and its reporter's box (记者手记), read as articles.

    一张“明白卡” / 背后的基层减负 / 本报记者 X / 11月23日，…
    挂牌少了                      ← a subhead: two short lines set like a headline
    服务多了
    过去，一些社区门口挂着…

The model reads a subhead set in a line or two like a headline as the headline of a
new article (and a short first line as its column, which then carried over to the next
real article), and a 记者手记 box's label as a column over an article of its own. A
careful reader sees one report going on: nothing under the subhead says when or by
whom (no lead marker, no byline, no closing credit), the report above was signed under
its headline and not closed by a credit, and the subhead is a phrase or two, shorter
than any headline of a report, set as a pair (挂牌少了 / 服务多了).
"""

from __future__ import annotations

import re

from .assemble import Block, Story, block_text
from .credits import is_lead, split_closing_credit
from .headlines import looks_like_column
from .itemstarts import opens_as_news
from .lexicon import BOX_LABEL_ENDINGS, NOTICE_HEADS, RUBRIC_MARKS, is_editors_note

_LINE_MAX = 6  # 挂牌少了, 有了新去处: a subhead's line is a phrase
_UNEVEN = 2  # letters: its two phrases are set as a pair (老职工 / 有了新去处)
# A reporter's box inside the report, printed under a label of its own.
_BOX = re.compile(r"[【\[]?(?:记者|采访)(?:手记|札记|感言)[】\]]?")
_NOT_A_PHRASE = re.compile(r"[，。：:；！？!?（）()、\d]")


def subheads_go_on_the_report(stories: list[Story]) -> list[Story]:
    """The stories with each subhead (and 记者手记 box) and the text under it put back
    into the report above it, as a subhead and its paragraphs."""
    kept: list[Story] = []
    for story in stories:
        if _goes_on(story):
            story.paragraphs = [p for b in story.paragraphs for p in _subhead_apart(b)]
        above = kept[-1] if kept else None
        if above is not None and _goes_on(above) and _a_subhead(story):
            lines = [ln for b in story.header for ln in b.lines]
            texts = [t for b in story.header for t in b.texts]
            above.paragraphs += [Block("subhead", lines, texts), *story.paragraphs]
            continue
        kept.append(story)
    return kept


def _subhead_apart(paragraph: Block) -> list[Block]:
    """A pair of phrases read as the first lines of a paragraph of the report (老厂房里 /
    长出新产业 / 在原松江第二纺织厂的锯齿形厂房里，…) is the subhead over it: the
    line under the pair is a full line of the column, longer than either."""
    texts = [t.strip() for t in paragraph.texts]
    if paragraph.kind != "para" or len(texts) < 3 or not _a_pair_of_phrases(texts[:2]):
        return [paragraph]
    if len(texts[2]) < max(len(t) for t in texts[:2]) + _FULLER or any(map(_a_label, texts[:2])):
        return [paragraph]
    lines, parts = paragraph.lines, paragraph.texts
    return [Block("subhead", lines[:2], parts[:2]), Block("para", lines[2:], parts[2:])]


_FULLER = 4  # letters: a text line is a column's width, a subhead's phrase is short


def _goes_on(report: Story) -> bool:
    """A report signed under its headline whose text is not closed by a credit."""
    if not (report.headed and report.paragraphs and report.bylines):
        return False
    # An editor's note over the headline is joined to the report's text (assemble.py).
    text = [b for b in report.paragraphs if not is_editors_note(block_text(b))]
    first = text[0].start if text else report.paragraphs[0].start
    if not any(b.kind == "byline" and b.start < first for b in report.bylines):
        return False
    return not _closed_by_a_credit(block_text(report.paragraphs[-1]))


def _a_subhead(story: Story) -> bool:
    if story.bylines or not story.paragraphs or not story.header:
        return False
    if any(b.kind not in ("title", "column") for b in story.header):
        return False
    texts = [t.strip() for b in story.header for t in b.texts]
    box = len(texts) == 1 and _BOX.fullmatch(texts[0])
    if not box and not _a_pair_of_phrases(texts):
        return False
    if any(_a_label(t) for t in texts):
        return False
    paras = [block_text(b) for b in story.paragraphs]
    return not (
        opens_as_news(paras[0].lstrip(RUBRIC_MARKS + " "))
        or is_editors_note(paras[0])
        or any(is_lead(t) or _closed_by_a_credit(t) for t in paras)
    )


def _a_pair_of_phrases(texts: list[str]) -> bool:
    """Two short phrases set as a pair (挂牌少了 / 服务多了). One short line alone reads
    the same as a column's name or a commentary's title (环球扫描, 青春飞扬的艺术 took
    4 development pages' articles), and so does a name over an uneven title (一线行走 /
    博士驻村长学问)."""
    if len(texts) != 2 or any(len(t) > _LINE_MAX or _NOT_A_PHRASE.search(t) for t in texts):
        return False
    return abs(len(texts[0]) - len(texts[1])) <= _UNEVEN


def _a_label(text: str) -> bool:
    """A column's name (短 讯), a box's (相关链接) or a notice's (征稿启事) heads an item
    of its own, however short."""
    name = "".join(text.split()).strip("【】[]〖〗：: ")
    return looks_like_column(name, ()) or name.endswith(BOX_LABEL_ENDINGS + NOTICE_HEADS)


def _closed_by_a_credit(paragraph: str) -> bool:
    if not paragraph.rstrip().endswith(("）", ")")):
        return False
    return any(c.role != "photographer" for c in split_closing_credit(paragraph)[1])
