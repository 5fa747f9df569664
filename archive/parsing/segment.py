"""Stage 4: group units into article drafts.

An article opens at a lead marker (本报讯, …电), at a Markdown heading, or at the
first body paragraph after a closed article; the headline-like units just before
it are its header. A byline closes an article once it has body text (before that,
e.g. a commentary's □signature under its title, it belongs to the header).
Headline-like units with no article after them are headlines the page printed
apart from their articles; `headlines.attach_orphans` matches them by content.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .layout import Unit

WIDE_HEADLINE_MAX = 50


@dataclass
class Draft:
    header: list[Unit] = field(default_factory=list)
    body: list[Unit] = field(default_factory=list)
    bylines: list[Unit] = field(default_factory=list)
    closed: bool = False

    @property
    def units(self):
        return self.header + self.body + self.bylines

    @property
    def start(self):
        return min(u.start for u in self.units)

    @property
    def end(self):
        return max(u.end for u in self.units)


@dataclass
class Segmentation:
    drafts: list[Draft]
    orphans: list[Unit]  # headline-like units that belong to no article
    strays: list[Unit]  # anything else left over (a byline with no article)


def segment(units: list[Unit]) -> Segmentation:
    drafts: list[Draft] = []
    strays: list[Unit] = []
    pending: list[Unit] = []  # header units waiting for their article
    current: Draft | None = None
    for i, unit in enumerate(units):
        if unit.kind == "byline":
            if current and current.body and (not current.closed or _prev_is_byline(units, i)):
                current.bylines.append(unit)
                current.closed = True
            elif pending:
                pending.append(unit)
            else:
                strays.append(unit)
            continue
        if unit.kind == "lead":
            current = Draft(header=pending, body=[unit])
            drafts.append(current)
            pending = []
            continue
        if _is_header(units, i, after_header=bool(pending) and pending[-1] is units[i - 1]):
            if current and not current.closed and not pending:
                current.closed = True
            pending.append(unit)
            continue
        if current is None or current.closed or pending:
            current = Draft(header=pending, body=[unit])
            drafts.append(current)
            pending = []
        else:
            current.body.append(unit)
    orphans = [u for u in pending if u.kind != "byline"]
    strays.extend(u for u in pending if u.kind == "byline")
    return Segmentation(drafts, orphans, strays)


def _prev_is_byline(units: list[Unit], i: int) -> bool:
    return i > 0 and units[i - 1].kind == "byline"


def _is_header(units: list[Unit], i: int, after_header: bool = False) -> bool:
    """A headline-like unit is a header when an article's text follows it.

    Other headline-like units and bylines may stand between (kicker, title,
    signature, column). At the end of the page it is an orphan headline, which the
    caller also collects from the pending header list.
    """
    unit = units[i]
    if unit.kind == "heading":
        return True
    if not unit.is_headline_like(WIDE_HEADLINE_MAX):
        return False
    if unit.kind == "rubric":
        return True
    if (
        not unit.blank_before
        and not after_header
        and i > 0
        and units[i - 1].kind in ("text", "lead")
    ):
        # Glued to a paragraph above it without a blank line: part of that text.
        return False
    for nxt in units[i + 1 :]:
        if nxt.kind == "byline" or nxt.kind == "heading" or nxt.kind == "rubric":
            continue
        if nxt.kind == "text" and nxt.is_headline_like(WIDE_HEADLINE_MAX):
            continue
        return True  # a lead or a paragraph of body text
    return True  # nothing follows: a headline printed apart (orphan)
