"""The second pass: what the first pass said of the lines around a line.

A linear-chain CRF weighs a line against its neighbours' labels one step away; it
cannot see that the text above already had its byline, or how far the last article
opened. The second model reads the first model's labels: those of the three lines
either side, the two pairs around the line, how many lines since an article (or a
headline) opened and until the next one does, and whether the article being read has
printed its byline yet. Trained on first-pass labels of pages the first model did not
learn from (train.py: each half of the pages tagged by a model of the other half), it
learns where the first pass is wrong, not that it is right.
"""

from __future__ import annotations

_OPENS = ("open", "title-b", "kicker-b")


def _bucket(n: int) -> str:
    return (
        "0"
        if n == 0
        else "1"
        if n == 1
        else "2"
        if n == 2
        else "5"
        if n <= 5
        else "10"
        if n <= 10
        else "far"
    )


def _starts(label: str) -> bool:
    return label == "open" or (label.endswith("-b") and label.startswith(("title", "kicker")))


def second_pass(items: list[dict[str, str]], first: list[str]) -> list[dict[str, str]]:
    """Each line's features (page_features) with what the first pass said around it."""
    n = len(first)
    next_start: list[int | None] = [None] * n
    following = None
    for i in range(n - 1, -1, -1):
        next_start[i] = following
        if _starts(first[i]):
            following = i
    out = []
    last_start = None
    has_byline = False
    for i, f in enumerate(items):
        g = dict(f)
        for d in (-3, -2, -1, 0, 1, 2, 3):
            j = i + d
            g[f"p{d:+d}"] = first[j] if 0 <= j < n else "edge"
        g["p-1|p0"] = g["p-1"] + "|" + g["p+0"]
        g["p0|p+1"] = g["p+0"] + "|" + g["p+1"]
        g["since_open"] = _bucket(i - last_start) if last_start is not None else "none"
        g["to_next"] = _bucket(next_start[i] - i) if next_start[i] is not None else "none"
        g["art_byline"] = "1" if has_byline else "0"
        if first[i] in _OPENS:
            last_start, has_byline = i, False
        if first[i] == "byline":
            has_byline = True
        out.append(g)
    return out
