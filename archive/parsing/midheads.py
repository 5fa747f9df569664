"""Headlines a PDF printed inside their own article's text.

A PDF's text may come out with an article's headline dropped between two chunks of its
text (…市税务局相关负责人介绍，税务 / ␣ / 税费优惠政策直达快享 / ␣ / 部门依托大数据…):
the headline box sits in the column where the text flows round it. The model reads the
line as the headline of a new article, and the first chunk ends an untitled one. No
text stops mid-sentence before another article's headline, and no article opens
mid-sentence: the sentence running on across the line says the line is inside its
text, and heads that text. The model may read such a line as a wrapped line of the
text itself (…问题从此得到解决，泵站所在 / ␣ / 城北泵站投运 / ␣ / 的社区居民…): a line
short of the one above it, blank lines round it, breaking a sentence that runs on
under it, is no line of that sentence. `stories.repair_stories` applies these first.
"""

from __future__ import annotations

import re

from .assemble import Assembly, Block, Story
from .credits import is_lead
from .itemstarts import finished, headline_like, opens_as_news
from .layout import display_width
from .lexicon import opens_with_mark

_CLAUSE = re.compile("[，,、；;：:]")
_HEAD_LINES = 2  # a headline set in a box is one line, or two
_HEAD_CHARS = (4, 20)  # a headline's length, where the model read it as a wrapped line


def headlines_inside_their_text(assembly: Assembly) -> None:
    """An untitled story whose text stops mid-sentence, then a headline set apart by
    blank lines, then text that opens no article (no lead marker, no day, no mark) and
    no byline before it: the headline heads the untitled story, and the text under it
    carries on the sentence it broke."""
    if not assembly.stories:
        return
    for story in assembly.stories:
        if not story.headed:
            _a_headline_read_as_a_wrapped_line(story)
    kept = [assembly.stories[0]]
    for story in assembly.stories[1:]:
        above = kept[-1]
        if _inside(above, story):
            _join(above, story)
        else:
            kept.append(story)
    assembly.stories = kept


def _inside(above: Story, story: Story) -> bool:
    titles = [b for b in story.header if b.kind == "title"]
    if above.headed or not above.paragraphs or not story.paragraphs:
        return False
    if len(titles) != 1 or len(story.header) != 1 or len(titles[0].lines) > _HEAD_LINES:
        return False
    head, first = titles[0], story.paragraphs[0]
    if any(b.start < first.start for b in story.bylines):
        return False  # a byline over the text opens an article
    last = above.paragraphs[-1]
    broken, opening = last.texts[-1], first.texts[0]
    if finished(broken) or not headline_like("".join(head.texts)):
        return False
    wrapped = len(last.lines) > 1 and last.lines[-1].index == last.lines[-2].index + 1
    if not wrapped and not _CLAUSE.search(broken):
        return False  # a line alone (易州米, a verse's line) is no sentence running on
    if is_lead(opening) or opens_as_news(opening) or opens_with_mark(opening):
        return False
    return (
        head.lines[0].index - last.lines[-1].index > 1
        and first.lines[0].index - head.lines[-1].index > 1
    )


def _a_headline_read_as_a_wrapped_line(story: Story) -> None:
    """A short line between blank lines inside an untitled story's wrapped text, under a
    line that ends no sentence and over the text that carries it on, heads the story."""
    for n, block in enumerate(story.paragraphs):
        lines = block.lines
        for k in range(2, len(lines) - 1):
            above, line, under = lines[k - 1], lines[k], lines[k + 1]
            text = block.texts[k]
            if (
                above.index == lines[k - 2].index + 1  # the text wraps over it
                and line.index - above.index > 1
                and under.index - line.index > 1
                and _HEAD_CHARS[0] <= len(text) <= _HEAD_CHARS[1]
                and headline_like(text)
                and not _CLAUSE.search(text)
                and not text.endswith(("—", "－", "-"))
                and display_width(text) < display_width(block.texts[k - 1]) - 2
                and not finished(block.texts[k - 1])
            ):
                head = Block("title", [line], [text])
                rest = Block(
                    block.kind, lines[:k] + lines[k + 1 :], block.texts[:k] + block.texts[k + 1 :]
                )
                rest.credits = block.credits
                story.paragraphs[n] = rest
                story.header.append(head)
                return


def _join(above: Story, story: Story) -> None:
    last, first = above.paragraphs[-1], story.paragraphs[0]
    whole = Block(last.kind, last.lines + first.lines, last.texts + first.texts)
    whole.credits = last.credits + first.credits
    above.paragraphs[-1:] = [whole, *story.paragraphs[1:]]
    above.header += story.header
    above.bylines += story.bylines
    above.column = above.column or story.column
