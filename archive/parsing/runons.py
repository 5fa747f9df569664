"""A "headline" line that stops where no headline stops: its text's first line.

A narrow column's first line, under its article's headline, reads to the line-role
model as one more headline line (这份“信任票”，见证中国定力与担当 / 好感度从来不是 /
凭空而来的舆论转向，…): the article takes the line for its title and loses the
first words of its lead. A headline ends where its phrase does; a line that stops on
a preposition or conjunction (…落后于), on 的, on a comma, on a copula or a modal
waiting for its verb (…从来不是, …，要) or inside quotation marks the line right
under it closes, goes on in that line: the two are one paragraph.
"""

from __future__ import annotations

import rjieba

from .layout import Line, PageShape
from .leads import parse_lead
from .linemodel.labels import TEXT_LABELS, headline_role
from .normalise import unspaced

# jieba's tags of a last word that waits for more: conjunction, preposition, 的.
_WAITING_TAGS = ("c", "p", "uj")
_WAITING_WORDS = ("是", "要")  # 不是 / 要: a copula or a modal, its verb still to come
_OPENING = "“‘（(《「"
_CLOSING = "”’）)》」"


def a_headline_line_that_stops_midway_opens_its_text(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """The last line of a headline stack that stops midway, its text right under it
    (no blank line between), is that text's first line: the article's lead opens on
    it, and the headline lines above it are the article's headline."""
    labels = list(labels)
    for i in range(len(content) - 1):
        if not headline_role(labels[i]) or labels[i + 1] not in TEXT_LABELS:
            continue
        line, below = content[i], content[i + 1]
        if below.index == line.index + 1 and stops_midway(line.text, below.text):
            labels[i], labels[i + 1] = "open", "body"
    return labels


def stops_midway(line: str, below: str) -> bool:
    """Does `line` stop where no headline ends, `below` going on with it? Not where
    `below` opens on a lead's marker (本报讯…): a text begins there. A line OCR spaced
    letter by letter is read closed (投 入 使 用: no 用 waiting alone)."""
    line = unspaced(line.strip())
    if not line or parse_lead(below.strip()).marker is not None:
        return False
    if line[-1] in "，、,":
        return True
    marks = _open_marks(line)
    if marks and _closes_first(below, marks[-1]):
        return True
    words = [(w, tag) for w, tag in rjieba.tag(line[-6:], False) if w.strip()]
    return bool(words) and (words[-1][1] in _WAITING_TAGS or words[-1][0] in _WAITING_WORDS)


def _open_marks(text: str) -> list[str]:
    """The quotation marks and brackets a text leaves open, innermost last."""
    stack: list[str] = []
    for ch in text:
        if ch in _OPENING:
            stack.append(ch)
        elif ch in _CLOSING and stack and _OPENING.index(stack[-1]) == _CLOSING.index(ch):
            stack.pop()
    return stack


def _closes_first(text: str, mark: str) -> bool:
    """Does `text` close `mark` before it opens anything (收”、倡导…)?"""
    closer = _CLOSING[_OPENING.index(mark)]
    for ch in text:
        if ch == closer:
            return True
        if ch in _OPENING:
            return False
    return False
