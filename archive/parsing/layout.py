"""Stage 3: reflow OCR columns into units (paragraphs, bylines, headings, rubrics).

A page is read as lines with their offsets in the decoded text, so every unit
knows its span. Lines inside a block (no blank line between) are joined; a blank
line ends a paragraph only where the text before it ends a sentence — otherwise
it is a column break and the next block continues the paragraph. That holds in
both layouts we meet: narrow OCR columns (~12 characters a line, a line break
every few words) and one-paragraph-per-line text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .credits import is_lead, parse_byline, split_trailing_byline
from .jiebautil import crosses, ends_with_particle
from .normalise import heading_level, join_cjk, normalise_line

# Kept importable from here: the line model's features read them (linemodel/features.py).
RUBRIC_MARKS, SENTENCE_END, CLOSERS = lx.RUBRIC_MARKS, lx.SENTENCE_END, lx.CLOSERS
_CLAUSE_PUNCT = re.compile(r"[，。、；：！？,;:!?]")
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


@dataclass
class Unit:
    kind: str  # text | lead | byline | heading | rubric
    lines: list[Line]
    text: str
    blank_before: bool = True
    credits: list = field(default_factory=list)

    @property
    def start(self):
        return self.lines[0].start

    @property
    def end(self):
        return self.lines[-1].end

    @property
    def ends_sentence(self):
        text = self.text.rstrip()
        if text[-1:] in CLOSERS:
            # A closing quote ends a sentence only after one: “…。” yes, “开门红” no.
            return len(text) > 1 and text[-2] in SENTENCE_END
        return text[-1:] in SENTENCE_END

    def is_headline_like(self, max_len):
        """Short, and not a sentence: could be a title, kicker, subtitle or column."""
        text = self.text
        if self.kind not in ("text", "heading", "rubric") or not text:
            return False
        if self.kind == "heading":
            return True
        if len(text) > max_len or text[-1] in "。；;，,、":
            return False
        if text[-1] in lx.DANGLING_ENDS and ends_with_particle(text):
            return False
        if text.startswith(lx.CONNECTIVES):
            return False
        return text.count("。") == 0 and len(_CLAUSE_PUNCT.findall(text)) <= 3


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for i, raw in enumerate(text.split("\n")):
        level, body = heading_level(raw)
        lines.append(Line(i, pos, pos + len(raw), normalise_line(body), level))
        pos += len(raw) + 1
    return lines


def is_narrow(lines: list[Line]) -> bool:
    """OCR'd narrow columns: nearly every line is short, whatever ends it.

    A page of one paragraph per line also has short lines (headlines, bylines), so
    the test is how rarely a line runs long, not the median length.
    """
    lengths = [len(ln.text) for ln in lines if ln.text and not ln.level]
    if not lengths:
        return False
    return sum(n > NARROW_MAX for n in lengths) <= 0.05 * len(lengths)


def build_units(lines: list[Line]) -> list[Unit]:
    """Classify lines and join them into paragraph units, keeping column breaks in."""
    narrow = is_narrow(lines)
    width = column_width(lines) if narrow else 0
    units: list[Unit] = []
    blank_before = True
    for line in lines:
        if line.blank:
            blank_before = True
            continue
        kind, credits = _classify(line)
        text, tail = line.text, []
        if kind in ("text", "lead"):
            # `…发展。记者 王赛华`: the paragraph ends at the sentence, the byline after it.
            text, tail = split_trailing_byline(line.text)
        prev = units[-1] if units else None
        before = units[-2] if len(units) > 1 else None
        if kind == "text" and prev and _continues(prev, before, text, blank_before, width):
            prev.lines.append(line)
            prev.text = _join(prev.text, text)
        else:
            units.append(Unit(kind, [line], text, blank_before, credits))
        if tail:
            units.append(Unit("byline", [line], "", False, tail))
        blank_before = False
    return units


def _classify(line: Line):
    if line.level:
        return "heading", []
    credits = parse_byline(line.text)
    if credits:
        return "byline", credits
    if is_lead(line.text):
        return "lead", []
    if line.text[0] in RUBRIC_MARKS:
        return "rubric", []
    return "text", []


def _continues(prev: Unit, before: Unit | None, text: str, blank_before: bool, width: int):
    """Does the next text line carry on the paragraph `prev`? (`width` > 0: narrow columns)"""
    if prev.kind not in ("text", "lead"):
        return False
    if not blank_before:
        # Same block. In narrow columns every line break is a wrap. In wide text a
        # line is a paragraph unless the previous one stopped mid-sentence; a short
        # line with no clause in it (雪后初晴) is a headline over the text, not a wrap.
        if width or prev.kind == "lead":
            return True
        if prev.ends_sentence:
            return False
        return bool(_CLAUSE_PUNCT.search(prev.text)) or len(prev.text) > NARROW_MAX
    # A blank line: a column break only where the sentence is unfinished.
    if text.startswith(lx.CONTINUATION_STARTS):
        return True
    if prev.ends_sentence:
        return False
    if prev.kind == "lead" or _CLAUSE_PUNCT.search(prev.text) or _unbalanced(prev.text):
        return True
    # No punctuation yet: body text cut before its first comma, if a paragraph stands
    # before it (headlines follow bylines or other headlines, not finished sentences)
    # and the cut is mid-word or falls at a full column.
    if before is None or before.kind not in ("text", "lead") or not before.ends_sentence:
        return False
    full = width and len(prev.lines[-1].text) >= width - 1
    return bool(full) or crosses(prev.text, text)


def _unbalanced(text: str) -> bool:
    return any(text.count(a) > text.count(b) for a, b in ("《》", "“”", "（）", "「」"))


def column_width(lines: list[Line]) -> int:
    """The width of a full line in narrow columns: the median of lines that wrap."""
    wrapped = sorted(
        len(a.text) for a, b in zip(lines, lines[1:], strict=False) if a.text and b.text
    )
    return wrapped[len(wrapped) // 2] if wrapped else 0


def _join(left: str, right: str) -> str:
    # Latin words split across lines keep a space; Chinese joins directly.
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum():
        return f"{left} {right}"
    return left + right


def body_text(unit: Unit) -> str:
    """The unit's text as running prose: OCR gaps inside Chinese removed."""
    return join_cjk(unit.text)
