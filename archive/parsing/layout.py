"""Stage 2: the page as lines, and what holds for its layout.

A page is read as lines with their offsets in the decoded text, so every line (and
every article built from lines) knows its span. Two layouts are met: narrow OCR
columns (~12 characters a line, a line break every few words, blank lines where a
column breaks) and one paragraph a line. Which line starts what is the line-role
model's call (linemodel/); this module only measures the page and joins wrapped
lines back together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import lexicon as lx
from .normalise import heading_level, normalise_line

RUBRIC_MARKS, SENTENCE_END, CLOSERS = lx.RUBRIC_MARKS, lx.SENTENCE_END, lx.CLOSERS
NARROW_MAX = 30  # longer lines than this mean the page is not in narrow columns


@dataclass
class Line:
    index: int
    start: int
    end: int
    text: str  # normalised
    level: int = 0  # Markdown heading level

    @property
    def blank(self):
        return not self.text


def ends_sentence(text: str) -> bool:
    text = text.rstrip()
    if text[-1:] in CLOSERS:
        # A closing quote ends a sentence only after one: “…。” yes, “开门红” no.
        return len(text) > 1 and text[-2] in SENTENCE_END
    return text[-1:] in SENTENCE_END


def display_width(text: str) -> float:
    """A line's width in full-width characters: digits and Latin letters take half."""
    return sum(0.5 if c.isascii() else 1 for c in text)


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for i, raw in enumerate(text.split("\n")):
        level, body = heading_level(raw)
        lines.append(Line(i, pos, pos + len(raw), normalise_line(body), level))
        pos += len(raw) + 1
    return close_double_spacing(lines)


MIN_SPACED = 8  # fewer lines than this cannot show a page is double-spaced
WRAPPED_SHARE = 0.5  # of a column's lines, at least this many stop mid-sentence


def close_double_spacing(lines: list[Line]) -> list[Line]:
    """Narrow columns copied double-spaced (a blank line after every line, as a word
    processor or a web page may give them) as the page they were: one blank line is a
    line break, two or more a blank line. Only where no two lines of text touch, the
    wider gaps exist (else the single blank lines are the page's only breaks) and the
    lines are a column's, short and most cut mid-sentence (a blank line between
    paragraphs one a line is a paper's own spacing, and may be all that parts two
    articles). Offsets stay the text's own."""
    texts = [i for i, ln in enumerate(lines) if ln.text]
    if len(texts) < MIN_SPACED or any(b == a + 1 for a, b in zip(texts, texts[1:], strict=False)):
        return lines
    if not is_narrow(lines) or sum(
        not ends_sentence(lines[i].text) for i in texts
    ) < WRAPPED_SHARE * len(texts):
        return lines  # short paragraphs a line (each its sentence's end), not a column
    gaps = [b - a - 1 for a, b in zip(texts, texts[1:], strict=False)]
    if max(gaps) < 2:
        return lines
    out: list[Line] = []
    for k, i in enumerate(texts):
        if k and gaps[k - 1] >= 2:
            blank = lines[texts[k - 1] + 1]
            out.append(replace(blank, index=len(out)))
        out.append(replace(lines[i], index=len(out)))
    return out


def is_narrow(lines: list[Line]) -> bool:
    """OCR'd narrow columns: nearly every line is short, whatever ends it.

    A page of one paragraph per line also has short lines (headlines, bylines), so
    the test is how rarely a line runs long, not the median length.
    """
    lengths = [len(ln.text) for ln in lines if ln.text and not ln.level]
    if not lengths:
        return False
    return sum(n > NARROW_MAX for n in lengths) <= 0.05 * len(lengths)


MIN_WRAPS = 6  # fewer wrapped lines than this tell no column width


def column_width(lines: list[Line]) -> int:
    """The width of a full line in narrow columns: the median of lines that wrap
    (0 where too few lines wrap to tell)."""
    wrapped = sorted(
        len(a.text) for a, b in zip(lines, lines[1:], strict=False) if a.text and b.text
    )
    return wrapped[len(wrapped) // 2] if len(wrapped) >= MIN_WRAPS else 0


SHORT_OF_COLUMN = 2  # a line this much narrower than its narrow column is not wrapping


@dataclass
class PageShape:
    """What holds for the whole page: narrow columns and their width."""

    narrow: bool
    width: int

    @classmethod
    def of(cls, lines: list[Line]) -> PageShape:
        narrow = is_narrow(lines)
        return cls(narrow, column_width(lines) if narrow else 0)

    def stops_short(self, text: str) -> bool:
        """Does a line in narrow columns stop SHORT_OF_COLUMN characters or more short of
        its column, as a headline may and a wrapping line does not? A full line's width
        varies by one with its digits and punctuation (`full` allows more, to wrap)."""
        return (
            self.narrow and self.width > 0 and display_width(text) <= self.width - SHORT_OF_COLUMN
        )

    def full(self, text: str) -> bool:
        """Does a line of this length fill its column (so its text wraps to the next)?
        Digits and punctuation make full lines a few characters longer or shorter
        than the median (12 to 15 in a 14-wide column), hence the margin. In
        one-paragraph-a-line text, any line longer than a narrow column does."""
        if self.narrow:
            return self.width > 0 and len(text) >= 0.8 * self.width
        return len(text) > NARROW_MAX


def join_wrapped(left: str, right: str) -> str:
    """Two lines of one paragraph or headline as one text. Latin words split across
    lines keep a space; Chinese joins directly, and so does a number the column cut
    inside Chinese text (3月1 / 8日, 20 / 23年)."""
    if not left:
        return right
    if (
        left[-1:].isascii()
        and left[-1:].isalnum()
        and right[:1].isascii()
        and right[:1].isalnum()
        and not _number_cut_in_chinese(left, right)
    ):
        return f"{left} {right}"
    return left + right


_TRAILING_WORD = re.compile(r"(.?)[0-9A-Za-z]*$")
_LEADING_WORD = re.compile(r"[0-9A-Za-z]*(.?)")


def _number_cut_in_chinese(left: str, right: str) -> bool:
    """Do digits on both sides of the break make one number set among Chinese, not two
    Latin words (in 2023 / 15 people)?"""
    if not (left[-1].isdigit() and right[0].isdigit()):
        return False
    before = _TRAILING_WORD.search(left)[1]
    after = _LEADING_WORD.match(right)[1]
    return not before.isascii() or not after.isascii() or (not before and not after)
