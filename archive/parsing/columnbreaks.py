"""Text that a column break cut off from its article, read as an article of its own.

A PDF dump prints a page column by column: where a column ends, the text goes on in
the next one after a blank line, and sometimes after a line of furniture (本版编辑 X,
the paper's name) the mastheads stage takes away. Two things tell such a piece from a
new item: the text before it stops mid-sentence (…区委书记冯建国主持 / 并讲话。), or
the line read as its headline runs on into the line under it, which opens on a comma
(十年来，黄淑珍调解邻里纠纷300多起 / ，被居民亲切地称为…): a headline never ends where
a sentence goes on. Either way the piece has no byline and opens no lead of its own.
"""

from __future__ import annotations

import re

from .assemble import Assembly, Block, Story
from .credits import is_lead
from .layout import ends_sentence
from .lexicon import CJK
from .linemodel.labels import HEADLINE_ROLES

# What goes on a clause and never opens one: a comma, an enumeration comma, a semicolon.
_GOES_ON = "，,、；;"
_MID_SENTENCE = re.compile(rf"[{CJK}]$")  # stops on a word: no mark, bracket or digit


def pieces_cut_off_at_column_breaks(assembly: Assembly) -> None:
    """Join each piece a column break cut off to the article above it, in place."""
    kept: list[Story] = []
    for story in assembly.stories:
        above = kept[-1] if kept else None
        if above and above.paragraphs and _goes_on(above, story):
            _join(above, story)
        else:
            kept.append(story)
    assembly.stories = kept


def _goes_on(above: Story, story: Story) -> bool:
    if story.bylines or not story.paragraphs or is_lead(story.paragraphs[0].texts[0]):
        return False
    if not story.header:
        last = above.paragraphs[-1]
        return last.kind == "para" and _stops_mid_sentence(last.texts[-1])
    return _a_headline_that_runs_on(story)


def _stops_mid_sentence(text: str) -> bool:
    text = text.rstrip()
    return not ends_sentence(text) and _MID_SENTENCE.search(text) is not None


def _a_headline_that_runs_on(story: Story) -> bool:
    """Is the story's only header one line the text right under it goes on (，…)?"""
    if len(story.header) != 1 or story.header[0].kind not in HEADLINE_ROLES:
        return False
    head, first = story.header[0], story.paragraphs[0]
    return (
        len(head.lines) == 1
        and first.lines[0].index == head.lines[0].index + 1
        and first.texts[0].lstrip()[:1] in _GOES_ON
    )


def _join(above: Story, story: Story) -> None:
    """The piece's text goes on the article's: a paragraph stopped mid-sentence takes
    the piece's first paragraph into it; a headline that ran on opens its paragraph."""
    paragraphs = list(story.paragraphs)
    if story.header:
        head, first = story.header[0], paragraphs[0]
        paragraphs[0] = Block(
            "para", head.lines + first.lines, head.texts + first.texts, first.credits
        )
    else:
        last, first = above.paragraphs[-1], paragraphs.pop(0)
        above.paragraphs[-1] = Block(
            "para", last.lines + first.lines, last.texts + first.texts, last.credits + first.credits
        )
    above.paragraphs += paragraphs
