"""A brief's text read as the last line of its headline stack.

    黄旗镇新建5座村级养老驿站
    今年以来，黄旗镇投资120万元新建…提供助餐、日间照料等服务。（通讯员 X 记者 Y）
    （责任编辑：赵立新）

Under a brief with a two-line head and over the page's foot, the model read the last
brief's one-line text as its headline's deck: a stack with no text under it, left over.
A headline says no finished sentence; a line that ends one (。, or a closing credit
after it) and is longer than any headline is text: the stack over it heads it.
"""

from __future__ import annotations

import re

from .assemble import Assembly, Block, Story, block_text
from .layout import ends_sentence

# A closing credit or note in brackets after the sentence's end: （通讯员 X 记者 Y）
_CLOSING = re.compile(r"[（(][^（()）]{1,30}[）)]$")

_HEADLINE_MAX = 30  # letters: the longest headline line a stack holds


def text_read_as_a_headline(assembly: Assembly) -> None:
    """Each orphan stack whose last element is such a line made a story, in place."""
    kept = []
    for stack in assembly.orphans:
        last = stack[-1] if len(stack) > 1 else None
        if last is None or not _text(block_text(last)):
            kept.append(stack)
            continue
        story = Story(header=stack[:-1], paragraphs=[Block("para", last.lines, last.texts)])
        assembly.stories.append(story)
    if len(kept) != len(assembly.orphans):
        assembly.orphans = kept
        assembly.stories.sort(key=lambda s: s.start)


def _text(line: str) -> bool:
    line = line.strip()
    return len(line) > _HEADLINE_MAX and "。" in line and ends_sentence(_CLOSING.sub("", line))
