"""The labels the line-role model gives each non-blank line, and how they are read.

    furniture        masthead, 第N版, 责任编辑, a date line: no article's text
    column           a section name (栏目) over one or more articles
    kicker/title/subtitle -b|-i   a headline element's first line (-b) or its wrap (-i)
    byline           credits of the article before it (or of the headline above it)
    byline-next      credits of the article after it (printed above its headline)
    open             the first line of an article's text: its lead, or a photo caption
    para             the first line of a later paragraph
    caption          the first line of a photo caption inside an article
    subhead          a section heading inside a long article (小标题)
    body             a line that carries on the paragraph above it

An article starts at its first headline line or, with no headline above it, at its
`open` line; the labels of its lines say which paragraph each line belongs to.
"""

from __future__ import annotations

HEADLINE_ROLES = ("kicker", "title", "subtitle")
TEXT_LABELS = ("open", "para", "body", "caption", "subhead")  # lines of an article's text
LABELS = (
    "furniture",
    "column",
    *(f"{role}-{edge}" for role in HEADLINE_ROLES for edge in "bi"),
    "byline",
    "byline-next",
    "open",
    "para",
    "caption",
    "subhead",
    "body",
)


def headline_role(label: str) -> str | None:
    """'title-b' → 'title'; None for labels that are not headline lines."""
    role, _, edge = label.partition("-")
    return role if role in HEADLINE_ROLES and edge in ("b", "i") else None


def from_rendered(content) -> list[str]:
    """Labels for the lines of a rendered page (devcorpus.PageLine) that the parser reads
    (the non-blank ones, mastheads taken out, in order).

    A renderer knows each line's role, article and paragraph start; the model's labels
    say the same thing in the terms the assembler reads."""
    labels: list[str] = []
    seen_body: set[int] = set()
    for i, ln in enumerate(content):
        prev = content[i - 1] if i else None
        if ln.role in ("furniture", "column"):
            labels.append(ln.role)
        elif ln.role in HEADLINE_ROLES:
            wraps = prev is not None and prev.role == ln.role and prev.article == ln.article
            labels.append(f"{ln.role}-{'i' if wraps else 'b'}")
        elif ln.role == "byline":
            labels.append(_byline_label(content, i))
        elif ln.article is not None and ln.article not in seen_body:
            seen_body.add(ln.article)
            labels.append("open")
        elif not ln.para_start:
            labels.append("body")
        else:
            labels.append(ln.role if ln.role in ("caption", "subhead") else "para")
    return labels


def _byline_label(content, i: int) -> str:
    """`byline` when it belongs with what is printed before it, else `byline-next`."""
    article = content[i].article
    before = next(
        (c for c in reversed(content[:i]) if c.role not in ("byline", "furniture", "column")),
        None,
    )
    return "byline" if before is not None and before.article == article else "byline-next"
