"""A column of briefs whose first brief's head was read as its first line of text.

    基层动态
    大阁镇：“板栗节”搭台 经济唱戏          ← the first brief's head
    9月10日，丰宁县大阁镇…（通讯员 田晓光）

The model reads the column's label as a headline-less column and the head under it as
the first line of the text; the pipeline then titles the brief with the label. A line
that says no sentence, over a line that opens as news does (its day, 近日), as the first
line of a story headed only by a column's name, is the brief's head.
"""

from __future__ import annotations

from .assemble import Block, Story
from .itemstarts import headline_like, opens_as_news
from .lexicon import RUBRIC_MARKS


def a_briefs_head_under_its_column(stories: list[Story]) -> None:
    """Each such head taken out of the text and set as its brief's title, in place."""
    for story in stories:
        if not story.paragraphs or [b.kind for b in story.header] != ["column"]:
            continue
        first = story.paragraphs[0]
        if len(first.lines) < 2 or first.kind != "para":
            continue
        head, under = first.texts[0].strip(), first.texts[1].strip()
        if not headline_like(head) or head[:1] in RUBRIC_MARKS or len(head) < 4:
            continue
        if not opens_as_news(under.lstrip(RUBRIC_MARKS + " ")):
            continue
        story.header.append(Block("title", first.lines[:1], first.texts[:1]))
        story.paragraphs[0] = Block(first.kind, first.lines[1:], first.texts[1:], first.credits)
