"""Public data types of the development corpus: one rendered page and its lines."""

from __future__ import annotations

from dataclasses import dataclass, field

ROLES = (
    "blank",
    "furniture",
    "column",
    "kicker",
    "title",
    "subtitle",
    "byline",
    "body",
    "caption",
    "subhead",
)


@dataclass
class PageLine:
    text: str
    role: str  # one of ROLES; "blank" for an empty line
    # Index of the article (reading order) the line belongs to; None for furniture
    # and blank lines. A column label carries the first article it heads; a headline
    # printed apart (gathered at the page's end) carries its own article's index.
    article: int | None
    para_start: bool  # first line of a body paragraph, caption or subhead


@dataclass
class RenderedPage:
    name: str
    lines: list[PageLine]
    gold: dict  # this page's entry in the scorer's gold format
    manifest: dict = field(default_factory=lambda: {"zone": None, "year": None})

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)
