"""Marking the reader's words in titles and snippets.

Matching runs on the folded text, which has the same length as the original, so a
traditional or full-width query marks the printed characters. Words are found as
substrings: 污染 is marked inside 污染源. Everything from the pages is escaped; only
the <mark> tags are ours.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analyzer import fold

SNIPPET_LENGTH = 120
LEAD_IN = 24
MAX_SPANS = 200  # enough to find the densest window; a page of 区 need not be scanned


def _pattern(terms):
    terms = [t for t in terms if t]
    if not terms:
        return None
    # Longest first, so 污染源普查 wins over 污染源 where both start at one place.
    return re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))


def _spans(text, pattern):
    return [m.span() for m in pattern.finditer(fold(text))] if pattern else []


def _render(text, spans, start=0, end=None):
    end = len(text) if end is None else end
    out, pos = [], start
    for a, b in spans:
        if b <= start or a >= end:
            continue
        a, b = max(a, start), min(b, end)
        out.append(escape(text[pos:a]))
        out.append(f"<mark>{escape(text[a:b])}</mark>")
        pos = b
    out.append(escape(text[pos:end]))
    return "".join(out)


def highlight(text, terms):
    """All of `text`, escaped, with every term marked."""
    return mark_safe(_render(text, _spans(text, _pattern(terms))))


def snippet(text, terms, length=SNIPPET_LENGTH):
    """An escaped excerpt of `text` around the densest run of matches, marked."""
    text = " ".join(text.split())
    spans = _spans(text, _pattern(terms))[:MAX_SPANS]
    if not spans:
        return mark_safe(escape(text[:length]) + ("…" if len(text) > length else ""))
    # The window holding the most distinct terms (then the most matches) wins.
    best, best_key = 0, None
    folded = fold(text)
    for i, (a, _b) in enumerate(spans):
        inside = [s for s in spans[i:] if s[1] <= a + length]
        key = (len({folded[x:y] for x, y in inside}), len(inside), -a)
        if best_key is None or key > best_key:
            best, best_key = i, key
    first = spans[best][0]
    start = max(0, min(first - LEAD_IN, len(text) - length))
    end = min(len(text), start + length)
    html = _render(text, spans, start, end)
    return mark_safe(("…" if start else "") + html + ("…" if end < len(text) else ""))
