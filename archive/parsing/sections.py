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
from .lexicon import CJK
from .linemodel.labels import headline_role

_MAX_LEN = 8  # 三农视点, 经济·民生, 口岸一线: a section's name is a word or two
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
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


# 城乡·社区, 乡村·农技: two short names joined by a dot, the page's desk and its beat.
# The same shape heads an article's text too, or stands as a column or a kicker over
# the title; those the model reads apart and are left alone (a gold kicker in two
# held-out sets, columns on the development pages): only a pair glued into the title's
# stack, or read as a title over a headline made text, is moved.
_SECTION_PAIR = re.compile(rf"[{CJK}]{{2,4}}[·•・][{CJK}]{{2,4}}")


def a_section_pair_heads_no_headline(content: list[Line], labels: list[str]) -> list[str]:
    """The page's first line under its masthead, a pair of short names, that the model
    read as a headline's first line is the page's section label: furniture. Either the
    headline's stack goes on under it (城乡·社区 / 西关街道 / 开出“长者饭堂”: the label
    was glued to the title), or the line under it, a short line with no clause break,
    over the text's longer lines, was made the text's first (乡村·农技 / （上接第1版） /
    全县新建鱼苗繁育基地五个 / 今年还将推广…): that line is the headline."""
    labels = list(labels)
    i = next((k for k, label in enumerate(labels) if label != "furniture"), None)
    if i is None or i + 2 >= len(content) or not _SECTION_PAIR.fullmatch(content[i].text.strip()):
        return labels
    role = headline_role(labels[i])
    under, text = content[i + 1].text.strip(), content[i + 2].text.strip()
    if role and labels[i + 1] == f"{role}-i":
        labels[i], labels[i + 1] = "furniture", f"{role}-b"
    elif (
        role
        and labels[i + 1] == "open"
        and labels[i + 2] in ("body", "para")
        and headline_like(under)
        and not _CLAUSE_BREAK.search(under)
        and len(under) < len(text)
    ):
        labels[i], labels[i + 1], labels[i + 2] = "furniture", "title-b", "open"
    return labels
