"""Stage 1c: a PDF's text laid out as printed, two columns side by side on each line,
is read a column at a time.

`pdftotext -layout` and similar tools keep a page's layout: a line of text holds the
left column's line, a wide gap, and the right column's line. Read line by line, two
articles interleave half a line at a time. A reader sees the gap running down the
page at one place; so does this stage. Where most lines of a stretch have a run of
text starting at the same display column after a wide gap, the stretch is two
columns: its left halves are read top to bottom, then its right halves. Lines above
the first two-column line (the masthead) and any line that runs across the gap (a
headline over both columns) stay where they are.

The text this gives is the page's text from then on: articles' spans point into it.
"""

from __future__ import annotations

import collections
import re
import unicodedata

_GAP = re.compile(r"(?: {3,}|\u3000{2,}|[ \u3000]{3,})")
MIN_LINES = 4  # two-column lines needed to believe in a second column
MIN_SHARE = 0.3  # of the page's text lines
SLACK = 3  # display columns a column's start may wander (wide and narrow characters)


def _width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _runs(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) display columns of each run of text between wide gaps."""
    runs, col, pos = [], 0, 0
    for m in _GAP.finditer(line):
        if m.start() > pos and line[pos : m.start()].strip():
            start = (
                col
                + sum(_width(c) for c in line[pos : m.start()])
                - sum(_width(c) for c in line[pos : m.start()].lstrip(" \u3000"))
            )
            text = line[pos : m.start()].strip(" \u3000")
            runs.append((start, start + sum(_width(c) for c in text), text))
        col += sum(_width(c) for c in line[pos : m.end()])
        pos = m.end()
    rest = line[pos:]
    if rest.strip():
        start = col + sum(_width(c) for c in rest) - sum(_width(c) for c in rest.lstrip(" \u3000"))
        text = rest.strip(" \u3000")
        runs.append((start, start + sum(_width(c) for c in text), text))
    return runs


MIN_RUN = 12  # display columns: a column's lines are text, a table's cells are short


def gutter(lines: list[str]) -> int | None:
    """The display column where a second column starts, if the page has one: many
    lines hold two long runs of text, the second starting there."""
    gapped = [line for line in lines if _GAP.search(line.strip(" \u3000"))]
    if len(gapped) < MIN_LINES:
        return None  # most pages: no line with a gap inside it, nothing to measure
    pairs = [runs for runs in map(_runs, gapped) if len(runs) == 2]
    starts = collections.Counter(
        right[0] for left, right in pairs if min(left[1] - left[0], right[1] - right[0]) >= MIN_RUN
    )
    if not starts:
        return None
    best = max(starts, key=lambda c: sum(n for s, n in starts.items() if abs(s - c) <= SLACK))
    near = sum(n for s, n in starts.items() if abs(s - best) <= SLACK)
    texts = sum(1 for line in lines if line.strip())
    return best if near >= MIN_LINES and near >= MIN_SHARE * texts else None


def read_columns(text: str) -> str | None:
    """The page with each two-column stretch read left column first, or None if the
    page is not laid out in two columns side by side."""
    lines = text.split("\n")
    at = gutter(lines)
    if at is None:
        return None
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []
    started = False

    def flush():
        if left or right:
            out.extend(left)
            out.append("")
            out.extend(right)
            left.clear()
            right.clear()

    for line in lines:
        runs = _runs(line)
        two = any(abs(r[0] - at) <= SLACK for r in runs[1:]) or (
            len(runs) == 1 and abs(runs[0][0] - at) <= SLACK
        )
        started = started or (two and len(runs) >= 2)
        if not started:
            out.append(line)
            continue
        if not runs:
            left.append("")
            right.append("")
            continue
        if any(r[0] < at - SLACK < r[1] - SLACK for r in runs):
            flush()  # a line across the gap: a headline over both columns
            out.append(line.strip())
            continue
        left.append(" ".join(r[2] for r in runs if r[0] < at - SLACK))
        right.append(" ".join(r[2] for r in runs if r[0] >= at - SLACK))
    flush()
    return "\n".join(out)
