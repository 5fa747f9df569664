"""Headlines glued to the item above: printed right under its last sentence, no blank
line, no byline and no 本报讯 between.

A feature's lead opens on its scene (一排旧木书架靠在楼梯拐角…, a quote), not on a day,
so `itemheads` cannot tell its headline from a section's subhead by the lead. What tells
them apart is who signs: an article is signed once. When the item above was signed at
its head (a byline under its headline, or 本报讯（记者 X）in its lead) and the text under
the line closes with a credit of its own, that text is another item and the line its
headline. A subhead's section runs on to its article's end and is signed there only
when the article was not signed at its head.

The same holds for a headline the model read as the first line of its own text, set
apart by a blank line under a signed item: on a page of wide paragraphs, a short line
over a full one belongs to no paragraph.
"""

from __future__ import annotations

from .credits import parse_byline, parse_lead
from .itemheads import closing_credit, head_line, wraps
from .jiebautil import crosses
from .layout import Line, PageShape, ends_sentence
from .linemodel.labels import TEXT_LABELS, headline_role

_HEAD_LINES = 2  # a glued headline: one line, or a kicker and its title
_SECTION_LINES = 40  # a signed item under the headline ends within this many lines


def a_headline_glued_under_a_signed_item(
    content: list[Line], labels: list[str], shape: PageShape
) -> list[str]:
    """Short lines with no sentence and no comma, right under a finished sentence of an
    item signed at its head, over text that closes with a credit of its own before any
    other heading, are the next item's headline."""
    labels = list(labels)
    for i in range(1, len(content) - 1):
        if labels[i - 1] not in TEXT_LABELS or not ends_sentence(content[i - 1].text):
            continue
        for j in range(i + 1, min(i + _HEAD_LINES, len(content) - 1) + 1):
            if not _a_heads_line(content, labels, j - 1):
                break
            if (
                _over_a_lead(content, labels, i, j)
                and _signed_at_its_end(content, labels, j)
                and _signed_at_its_head(content, labels, i)
            ):
                labels[i:j] = _stack(content, i, j, shape)
                labels[j] = "open"
                break
    return labels


def _stack(content: list[Line], i: int, j: int, shape: PageShape) -> list[str]:
    """A headline's one line, or two: one title wrapped over both, or a phrase set over
    the title (邻里互助 / 楼道里的“爱心书架”), its kicker."""
    if j - i == 1:
        return ["title-b"]
    return ["title-b", "title-i"] if wraps(content[i].text, shape) else ["kicker-b", "title-b"]


def _a_heads_line(content: list[Line], labels: list[str], k: int) -> bool:
    """Could line k be a headline's line the model read as text, touching the line
    above it?"""
    return (
        labels[k] in ("para", "subhead", "open", "body")
        and head_line(content[k].text)
        and content[k].index == content[k - 1].index + 1
    )


def _over_a_lead(content: list[Line], labels: list[str], i: int, j: int) -> bool:
    """Is line j, touching the headline's lines i..j-1, a lead: text, no headline's line,
    longer than them? A line that breaks a word into the next (…绿地里的花 / 草树木，…)
    is the text's, not a headline over it."""
    lead = content[j]
    return (
        labels[j] in TEXT_LABELS
        and lead.index == content[j - 1].index + 1
        and not head_line(lead.text)
        and not crosses(content[j - 1].text, lead.text)
        and len(lead.text) > len("".join(ln.text for ln in content[i:j]))
    )


def _signed_at_its_head(content: list[Line], labels: list[str], i: int) -> bool:
    """Was the item whose text runs down to line i signed at its head: a byline over its
    first line (under its headline or over it), or a credit in its lead? A text with a
    section heading in it is a long article, whose sections are left to it."""
    k = i - 1
    while k > 0 and labels[k - 1] in TEXT_LABELS:
        if labels[k - 1] == "subhead":
            return False
        k -= 1
    if labels[k] == "open" and parse_lead(content[k].text).credits:
        return True  # 本报讯（记者 X）…
    above = labels[max(k - 2, 0) : k]
    return len(above) == 2 and (
        (above[1] in ("byline", "byline-next") and headline_role(above[0]) is not None)
        or (headline_role(above[1]) is not None and above[0] in ("byline", "byline-next"))
    )


def _signed_at_its_end(content: list[Line], labels: list[str], j: int, photo: bool = True) -> bool:
    """Does the text from line j close with a credit (a byline under its last line, or
    one closing its last sentence) before anything else heads a text? With `photo`
    false, a photographer's alone does not count."""
    for k in range(j, min(j + _SECTION_LINES, len(content))):
        if labels[k] == "byline":
            credits = parse_byline(content[k].text) or []
            signed = any(photo or c.role != "photographer" for c in credits)
            return signed and ends_sentence(content[k - 1].text)
        if labels[k] not in TEXT_LABELS or (k > j and labels[k] == "subhead"):
            return False
        if closing_credit(content[k].text):
            return True
    return False


def signs_itself(content: list[Line], labels: list[str], i: int) -> bool:
    """Is the item whose headline starts at line i signed in its own text: a credit in
    its lead, or one closing it (a photographer's may sign only its photo)? A byline over
    that headline then closes the text above it, whatever the page's other bylines do:
    an article is signed once."""
    j = i
    while j < len(content) and headline_role(labels[j]) is not None:
        j += 1
    if j == i or j == len(content) or labels[j] not in TEXT_LABELS:
        return False
    lead = parse_lead(content[j].text).credits
    return bool(lead) or _signed_at_its_end(content, labels, j, photo=False)


def a_headline_read_as_its_texts_first_line(
    content: list[Line], labels: list[str], shape: PageShape
) -> list[str]:
    """A short line with no sentence in it, a blank line over it, read as the first line
    of the text it heads (江畔旧事 over the paragraph an essay opens with): on a page of
    wide paragraphs a line of the text fills its width, so a short one over a full one
    is no line of the same paragraph but its headline, where the item above was signed
    at its head and the text under the line closes with a credit of its own (an essay's
    author under it): an article is signed once."""
    labels = list(labels)
    for i in range(1, len(content) - 1):
        line, lead = content[i], content[i + 1]
        if shape.narrow or labels[i] != "open" or labels[i + 1] not in TEXT_LABELS:
            continue
        if line.index == content[i - 1].index + 1 or lead.index != line.index + 1:
            continue  # set apart above, touching its text below
        if not head_line(line.text) or shape.full(line.text) or not shape.full(lead.text):
            continue
        if crosses(line.text, lead.text) or head_line(lead.text):
            continue
        if labels[i - 1] not in TEXT_LABELS or not _signed_at_its_head(content, labels, i):
            continue  # a subhead's section: the article above it signs once, at its end
        if _signed_at_its_end(content, labels, i + 1):
            labels[i], labels[i + 1] = "title-b", "open"
    return labels


RULES = (a_headline_glued_under_a_signed_item, a_headline_read_as_its_texts_first_line)
