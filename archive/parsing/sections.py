"""A page's section name printed under its head (三农视点 under 湖北农村报 / its date).

A PDF's text or a page's head prints the paper's name, its date and the name of the
page's section, then the first headline: the model, seeing a short line where a page
starts, took the section's name for the first article's title, and the headline under
it for that article's first line of text (so its lead marker, and the credit in it, no
longer opened the text). The section's name stands alone, a blank line under it; a
headline is what stands right over a lead marker.
"""

from __future__ import annotations

import re

from .credits import is_lead
from .itemstarts import headline_like
from .layout import Line

_MAX_LEN = 8  # 三农视点, 经济·民生, 口岸一线: a section's name is a word or two
_NOT_A_NAME = re.compile(r"[，。、：:；！？!?“”（）()《》\d]")


def a_section_name_under_the_head(content: list[Line], labels: list[str]) -> list[str]:
    """The first line of the page under its masthead, short, a name with nothing in it
    but words, set off by a blank line from a headline line right over a lead marker,
    is the page's section: furniture. The line under it is the headline, and the lead
    opens the article."""
    labels = list(labels)
    i = next((k for k, label in enumerate(labels) if label != "furniture"), None)
    if not i or i + 2 >= len(content):
        return labels  # no head read over it: nothing says the page's section follows
    name, head, lead = content[i].text.strip(), content[i + 1].text, content[i + 2].text
    if (
        len(name) <= _MAX_LEN
        and not _NOT_A_NAME.search(name)
        and content[i + 1].index > content[i].index + 1  # a blank line under the name
        and content[i + 2].index == content[i + 1].index + 1
        and headline_like(head)
        and not is_lead(head)
        and is_lead(lead)
    ):
        labels[i], labels[i + 1], labels[i + 2] = "furniture", "title-b", "open"
    return labels
