"""A headline stack whose parts the page labels or marks, read by the labels.

    引题：稳岗扩岗 服务上门              ← the kicker, labelled
    县人社局“送岗进村”帮群众家门口就业

    【文化惠民】
    送戏下乡 好戏连台
    ——县艺术团年内送戏下乡120场       ← the deck, under its dash

The stack's reader takes a labelled kicker for the title (its line is the first of the
stack) and a deck under its dash for the title when a column's name over the stack made
the real title look like a kicker; and the decks behind a ◆ under a title for text
and the headline of the next. What the page prints says which part is which.
"""

from __future__ import annotations

import re

from .assemble import Block, Story
from .layout import ends_sentence
from .lexicon import DECK_DASHES

_KICKER_LABEL = re.compile(r"^(?:引题|肩题)\s*[:：]\s*")


def read_marked_stack(
    kicker: str | None, title: str | None, subtitle: str | None
) -> tuple[str | None, str | None, str | None]:
    """(kicker, title, subtitle) as the stack's labels and dashes say they are."""
    if title and subtitle and (label := _KICKER_LABEL.match(title)):
        return title[label.end() :] or kicker, subtitle, None
    if kicker and (label := _KICKER_LABEL.match(kicker)):  # read as the kicker: its label goes
        kicker = kicker[label.end() :] or None
    if title and kicker and not subtitle and title.startswith(DECK_DASHES):
        if not kicker.startswith(DECK_DASHES):  # a deck both: nothing says which is which
            return None, kicker, title
    return kicker, title, subtitle


_DECK_MARKS = "◆◇"
_BRACKETED = re.compile(r"[【〖][^【】〖〗]{2,12}[】〗]")


def decks_marked_under_a_title(stories: list[Story]) -> list[Story]:
    """A title with its decks each behind a ◆ (【县域经济观察】 / 霍山石斛产业… /
    ◆全县种植面积… / ◆“霍山石斛”入选…, then the 本报讯 text) is read as a headline with
    the first deck for text, and the last deck as the headline of the text under it. A
    "story" whose text is only ◆ lines that end no sentence, with no byline, over a
    story headed by one ◆ line and nothing else is one stack: the title, then its decks.
    A column's name in brackets set as the stack's first line is its column."""
    kept: list[Story] = []
    for story in stories:
        above = kept[-1] if kept else None
        if above is not None and _decks_only(above) and _headed_by_a_deck(story):
            decks = [Block("subtitle", b.lines, b.texts) for b in above.paragraphs]
            last = Block("subtitle", story.header[0].lines, story.header[0].texts)
            story.header = _column_apart(above.header) + decks + [last]
            story.bylines = above.bylines + story.bylines
            names = [b.texts[0] for b in story.header if b.kind == "column"]
            story.column = story.column or above.column or (names[0] if names else None)
            kept[-1] = story
            continue
        kept.append(story)
    return kept


def _decks_only(story: Story) -> bool:
    return (
        story.headed
        and not story.bylines
        and bool(story.paragraphs)
        and all(_a_deck(t) for b in story.paragraphs for t in b.texts)
    )


def _headed_by_a_deck(story: Story) -> bool:
    heads = [t for b in story.header for t in b.texts]
    return len(heads) == 1 and _a_deck(heads[0]) and bool(story.paragraphs)


def _a_deck(text: str) -> bool:
    text = text.strip()
    return len(text) > 1 and text[0] in _DECK_MARKS and not ends_sentence(text) and len(text) <= 32


def _column_apart(header: list[Block]) -> list[Block]:
    """【县域经济观察】 read as the first line of the title: the column's name."""
    out = []
    for block in header:
        if block.kind == "title" and len(block.texts) > 1 and _BRACKETED.fullmatch(block.texts[0]):
            out.append(Block("column", block.lines[:1], block.texts[:1]))
            out.append(Block("title", block.lines[1:], block.texts[1:]))
        else:
            out.append(block)
    return out
