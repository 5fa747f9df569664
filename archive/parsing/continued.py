"""Text carried over from another page, printed under （上接第1版）, is an article of its own.

    让高原的“绿”更浓 / …守护好这片绿色，需要每个人的参与和坚持。 / （扎西平措）
    （上接第1版）
    会议要求，各地各部门要…

The mark line is taken with the page's furniture (mastheads.py), so the text under it
reads as the next paragraph of the article above. The mark says the text is the rest of
an article begun on another page: it opens a story (untitled: its headline is there).
"""

from __future__ import annotations

from .assemble import Story
from .headlines import strip_continued


def continued_apart(stories: list[Story], taken) -> list[Story]:
    """The stories with each one cut before a paragraph printed right under a continuation
    mark among `taken` (the furniture's leftovers, with their spans)."""
    marks = [lo.span[1] for lo in taken if lo.text.strip() and not strip_continued(lo.text)]
    if not marks:
        return stories
    starts = sorted(b.start for s in stories for b in s.blocks)
    cuts: dict[int, list[int]] = {}
    for end in marks:
        after = next((start for start in starts if start >= end), None)
        for n, story in enumerate(stories):
            k = next((k for k, p in enumerate(story.paragraphs) if p.start == after), None)
            if k:  # the first paragraph opens its story already
                cuts.setdefault(n, []).append(k)
    return [p for n, s in enumerate(stories) for p in (s.split(cuts[n]) if n in cuts else [s])]
