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

from .credits import is_lead, parse_byline, split_trailing_byline
from .normalise import heading_level, join_cjk, normalise_line

SENTENCE_END = "。！？!?…”」』）)：:；;"
# Marks that open a rubric line (■新年开新局) or a commentary signature (□高亢).
RUBRIC_MARKS = "■□▲◆●★☆◇◎"
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
        return self.text.rstrip()[-1:] in SENTENCE_END

    def is_headline_like(self, max_len):
        """Short, and not a sentence: could be a title, kicker, subtitle or column."""
        text = self.text
        if self.kind not in ("text", "heading", "rubric") or not text:
            return False
        if self.kind == "heading":
            return True
        if len(text) > max_len or text[-1] in "。；;，,、":
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
        if kind == "text" and prev is not None and _continues(prev, blank_before, narrow):
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


def _continues(prev: Unit, blank_before: bool, narrow: bool) -> bool:
    """Does the next text line carry on the paragraph `prev`?"""
    if prev.kind not in ("text", "lead"):
        return False
    if not blank_before:
        # Same block. In narrow columns every line break is a wrap. In wide text a
        # line is a paragraph unless the previous one stopped mid-sentence; a short
        # line with no clause in it (雪后初晴) is a headline over the text, not a wrap.
        if narrow:
            return True
        if prev.ends_sentence:
            return False
        return (
            prev.kind == "lead"
            or bool(_CLAUSE_PUNCT.search(prev.text))
            or len(prev.text) > NARROW_MAX
        )
    # A blank line: a column break only where the sentence is unfinished, and only
    # inside running text (a lead, or a paragraph that already has punctuation).
    if prev.ends_sentence:
        return False
    return prev.kind == "lead" or bool(_CLAUSE_PUNCT.search(prev.text))


def _join(left: str, right: str) -> str:
    # Latin words split across lines keep a space; Chinese joins directly.
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum():
        return f"{left} {right}"
    return left + right


def body_text(unit: Unit) -> str:
    """The unit's text as running prose: OCR gaps inside Chinese removed."""
    return join_cjk(unit.text)
