"""Stage 1b: an e-paper page saved as HTML is read as the text it shows.

Some archives hand over their pages as the e-paper's HTML (`<p>本报讯（记者&nbsp;X）…</p>`,
`<h1>headline</h1>`). Markup is not text: left in, a tag opens the line where a lead
marker should, an entity splits a byline (`记者&nbsp;X`), and the page's title tag reads
as a headline. A page that carries markup is read as a browser shows it: block tags
end lines, a heading tag marks a headline line (`# `, as a Markdown export does),
scripts, styles and the head's title are dropped, entities are decoded.

The text this gives is the page's text from then on: articles' spans point into it.
"""

from __future__ import annotations

import html
import re

# Enough markup to tell an HTML page from text that mentions a tag or an ampersand.
_TAG = re.compile(
    r"</?(?:p|br|div|span|h[1-6]|html|body|head|title|td|tr|li|font|b|strong)\b[^<>]*>", re.I
)
_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-f]{1,5}|[a-z]{2,8});", re.I)
MIN_MARKS = 3

_DROPPED = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.I | re.S)
_HEADING = re.compile(r"<h([1-6])\b[^<>]*>(.*?)</h\1\s*>", re.I | re.S)
_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|li|tr|h[1-6]|title|table)\s*>", re.I)
_BLOCK_START = re.compile(r"<(?:p|div|li|tr|table)\b[^<>]*>", re.I)
_ANY_TAG = re.compile(r"<[^<>\n]{1,400}>")


def has_markup(text: str) -> bool:
    """Does the page carry HTML (several tags or entities), not just mention one?"""
    head = text[:20000]
    return len(_TAG.findall(head)) + len(_ENTITY.findall(head)) >= MIN_MARKS


def as_shown(text: str) -> str:
    """The page's text as a browser shows it: a line for each block, `# ` before a
    heading's line, no tags, entities decoded. The source's own line breaks say
    nothing between tags, so the empty lines they leave are dropped: a paragraph a
    line, as one-paragraph-a-line text prints it."""
    text = _DROPPED.sub("\n", text)
    text = _HEADING.sub(lambda m: "\n" + "#" * int(m[1]) + " " + _flat(m[2]) + "\n", text)
    text = _BLOCK_START.sub("\n", text)
    text = _BLOCK_END.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    text = html.unescape(text).replace("\xa0", " ")
    return "\n".join(line.strip() for line in text.split("\n") if line.strip()) + "\n"


def _flat(inner: str) -> str:
    """A heading's own text on one line (tags inside it dropped)."""
    return " ".join(_ANY_TAG.sub("", inner).split())
