"""The page's production line at its foot is the page's, not its last article's.

A printed page names who made it under its last article (编辑 金 梅 审核 X, 编辑：X,
责任编辑 X 校对 Y), often right under the last line of text with no blank line between,
and may print its date or the desk's hotline with it. repairs.py's
`_an_editor_closing_the_page_is_the_pages` reads such a foot only under a blank line, as
a web item's closing 编辑 may stand right under its text; but a web item prints its
editor in brackets (【编辑：X】, （责任编辑：X）), or one under every item. An unbracketed
editor on the page's last lines, no other article naming one, is the page's.
"""

from __future__ import annotations

import re

from .credits import byline_credits
from .dates import bare_date
from .itemstarts import finished
from .layout import Line
from .lexicon import CJK, COLOPHON_LABELS
from .linemodel.labels import TEXT_LABELS
from .mastheads import is_colophon

_BRACKETED = re.compile(r"^[（(【\[〔［]")
# A desk's contact under its editor (线索热线：…, 电话：…): a labelled field.
_CONTACT = re.compile(
    rf"^[{CJK}]{{0,4}}(?:{'|'.join(sorted(COLOPHON_LABELS, key=len, reverse=True))})\s*[:：]"
)


def _editor(text: str, label: str) -> bool:
    return label in ("byline", "byline-next") and names_editors_only(text)


def names_editors_only(text: str) -> bool:
    credits = byline_credits(text)
    return (
        not _BRACKETED.match(text.strip())
        and bool(credits)
        and all(c.role == "editor" for c in credits)
    )


def _beside_the_editor(text: str, label: str) -> bool:
    """The page's date or the desk's contacts, printed with its editor."""
    text = text.strip()
    return (
        label == "furniture"
        or bare_date(text) is not None
        or is_colophon(text)
        or _CONTACT.match(text) is not None
    )


def a_production_line_closing_the_page(content: list[Line], labels: list[str]) -> list[str]:
    first = len(content)  # the run of the foot's lines
    while first > 1 and (
        _editor(content[first - 1].text, labels[first - 1])
        or _beside_the_editor(content[first - 1].text, labels[first - 1])
    ):
        first -= 1
    foot = range(first, len(content))
    above = first - 1
    if (
        not any(_editor(content[i].text, labels[i]) for i in foot)
        or any(_editor(content[i].text, labels[i]) for i in range(first))
        or not (
            labels[above] in ("byline", "byline-next")
            or labels[above] in TEXT_LABELS
            and finished(content[above].text)
        )
    ):
        return labels
    return [*labels[:first], *["furniture"] * len(foot)]


_RUNNING = ("open", "para", "body")  # lines of a paragraph's running text


def an_editor_inside_a_sentence_is_the_pages(content: list[Line], labels: list[str]) -> list[str]:
    """The page's editor printed between two lines of one sentence (…六个月 / 责任编辑：X
    / ，缓刑一年…), where a PDF's text order drops the page's foot, is the page's: an
    article's own credit stands before its text or after a finished line, never inside a
    sentence it would cut. The model may read the line as a byline or as the text it
    interrupts (…十二处责任编辑：X，均已…): whole, it names editors only either way."""
    labels = list(labels)
    i = 1
    while i < len(content) - 1:
        end = i  # the run of staff lines from i
        while end < len(content) - 1 and (
            names_editors_only(content[end].text)
            or _beside_the_editor(content[end].text, labels[end])
            and end > i
        ):
            end += 1
        if (
            end > i
            and labels[i - 1] in _RUNNING
            and not finished(content[i - 1].text)
            and labels[end] in ("para", "body")
        ):
            labels[i:end] = ["furniture"] * (end - i)
        i = max(end, i + 1)
    return labels
