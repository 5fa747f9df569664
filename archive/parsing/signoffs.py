"""A credit closing a brief signs it off: what opens afresh under it is the next item.

A column of untitled briefs prints each brief's credit on a line of its own under its
text (…自助借阅图书。 / （记者 X） / blank / 12月14日，县消防救援大队…). The model read
the next brief's first line as a new paragraph (or a caption) of the brief above, so
two briefs became one article with both credits. A careful reader sees the credit end
the item: nothing of an article follows its closing credit but a photo's caption.
"""

from __future__ import annotations

from .credits import byline_credits, in_brackets
from .itemstarts import finished, opens_as_news
from .layout import Line
from .linemodel.labels import TEXT_LABELS


def a_closing_credit_ends_its_brief(content: list[Line], labels: list[str]) -> list[str]:
    """A bracketed credit on its own line under a finished sentence, naming no
    photographer, a blank line under it, over a line that opens as a news lead does
    (its day, 近日…): that line opens the next article."""
    labels = list(labels)
    for i in range(1, len(content) - 1):
        credit, nxt = content[i].text.strip(), content[i + 1].text
        if (
            labels[i] == "byline"
            and labels[i - 1] in TEXT_LABELS
            and finished(content[i - 1].text)
            and labels[i + 1] in ("para", "caption", "body")
            and content[i + 1].index > content[i].index + 1  # a blank line under the credit
            and in_brackets(credit)
            and (credits := byline_credits(credit))
            and not any(c.role == "photographer" for c in credits)
            and opens_as_news(nxt)
        ):
            labels[i + 1] = "open"
    return labels
