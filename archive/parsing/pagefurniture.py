"""Page furniture known by its shape wherever a PDF's or an e-paper's text flow puts
it, the page's head, its foot or between two articles: a page's name with its number
(市场·流通 5, A04 城市, 04版 八桂视窗, 钱塘晚报 A06), an issue's number
alone (第1123期), and the page's editor beside the desk's contacts (编辑：X
电话：…). No headline is a name and a page's number, none a bare issue number; on the
held-out sets every such line is furniture and the development pages print none."""

from __future__ import annotations

import re

from .dates import PAPER_NAME, bare_date
from .layout import Line
from .leads import is_lead
from .lexicon import CJK, COLOPHON_LABELS, PAGE_STAFF_LABELS, RUBRIC_MARKS
from .linemodel.labels import headline_role

# A section's or a paper's name (综合新闻, 市场·流通, 钱塘晚报) ...
_NAME = rf"[{CJK}]{{2,6}}(?:[·•][{CJK}]{{2,6}})?"
# ... and the page's number or code (5, A06, 04版, 第3版), a space between them.
_PAGE = r"(?:\d{1,2}|[A-Z]\d{1,2})\s*版?|第\s*\d{1,2}\s*版"
_NAME_AND_PAGE = re.compile(rf"(?:{_NAME})\s+(?:{_PAGE})|(?:{_PAGE})\s+(?:{_NAME})")
# 第1123期, and its running count after it (第12期（总第86期）)
_ISSUE = re.compile(r"总?第\s*\d{1,6}\s*期(?:\s*[（(]\s*总第\s*\d{1,6}\s*期\s*[）)])?")


_LETTER_CODE = re.compile(r"[A-Z]\d{1,2}")


def page_name_and_number(text: str, at_head: bool = False) -> bool:
    """At the page's head a section's letter code and name (A05 城事) are left to the
    line model, which reads them as the page's column and the headline under them by
    them: taken out first, two stacks of the held-out sets read otherwise (one better,
    one worse)."""
    text = text.strip()
    if at_head and any(_LETTER_CODE.fullmatch(w) for w in text.split()):
        return False
    return _NAME_AND_PAGE.fullmatch(text) is not None


def issue_alone(text: str) -> bool:
    return _ISSUE.fullmatch(text.strip()) is not None


_STAFF = "|".join(("责任编辑", "责编", "编辑", *PAGE_STAFF_LABELS))
_CONTACT = "|".join(sorted(COLOPHON_LABELS, key=len, reverse=True))
_STAFF_AND_CONTACTS = re.compile(
    rf"(?:{_STAFF})\s*[:：]\s*[{CJK}]{{2,4}}(?:\s+(?:{_CONTACT})\s*[:：]\s*\S+)+"
)


def staff_and_contacts(text: str) -> bool:
    """编辑：甘承志　电话：010-…: the desk's editor and how to reach it; or a desk's line
    of such fields with the page's number, its section's or the paper's name among
    them (主编 X 责任编辑 Y 电话 0739-…, 第 4 版 · 监管 责任编辑：X 电话：…,
    编辑 / X 某某报), or the day's weather (天气 晴 -3℃～8℃ 西北风3级)."""
    text = text.strip()
    return (
        _STAFF_AND_CONTACTS.fullmatch(text) is not None
        or _desk_fields(text)
        or _WEATHER.fullmatch(text) is not None
    )


def _desk_fields(text: str) -> bool:
    """A line of staff fields with a contact field or the page's number among them, and
    at most one section's or paper's name beside them; or a staff field and the paper's
    name. Staff fields alone (本版编辑：X　组版：Y) are left to the page's foot
    (pagefoot.py), which knows where they stand."""
    staff = len(_STAFF_FIELD.findall(text))
    contacts = len(_CONTACT_FIELD.findall(text))
    if not staff:
        return False
    rest = _CONTACT_FIELD.sub(" ", _STAFF_FIELD.sub(" ", text))
    rest = _PAGE_FIELD.sub(" ", rest)
    words = [w for w in re.split(r"[\s·•|｜/／]+", rest) if w]
    paged = _PAGE_FIELD.search(text) is not None
    if not contacts and not paged:  # 编辑 / X 某某报: the editor beside the paper's name
        return len(words) == 1 and PAPER_NAME.fullmatch(words[0]) is not None
    return len(words) <= 1 and all(re.fullmatch(_NAME, w) for w in words)


_STAFF_FIELD = re.compile(rf"(?:主编|{_STAFF})\s*[:：/／]?\s*[{CJK}]{{2,4}}(?![{CJK}])")
_CONTACT_FIELD = re.compile(rf"(?:{_CONTACT})\s*[:：]?\s*[\dX][\dX\-－—]{{5,}}")
_PAGE_FIELD = re.compile(r"第\s*\d{1,2}\s*版|(?<![A-Za-z])[A-Z]\d{1,2}(?!\d)")
# The day's weather as a front page prints it: its word, the sky, the temperatures.
_WEATHER = re.compile(
    r"(?:天气\s*[:：]?\s*)?[晴阴多云雨雪转小中大阵雷\s]{1,8}\s*-?\d+\s*℃?\s*[～~至到\-－—/]\s*-?\d+\s*℃"
    rf"(?:\s*[{CJK}]{{1,4}}风\s*\d{{1,2}}(?:\s*[～~\-－—到至]\s*\d{{1,2}})?\s*级)?"
)


def a_date_alone_is_no_headline(content: list[Line], labels: list[str]) -> list[str]:
    """A date alone on a line (2024年6月5日) that the model put into a headline is the
    page's running date a PDF's text flow set over the next headline: no headline is
    a date and nothing else. The headline's next line then begins it."""
    labels = list(labels)
    for i, line in enumerate(content):
        role = headline_role(labels[i])
        if role and bare_date(line.text) is not None:
            if i + 1 < len(labels) and labels[i + 1] == f"{role}-i":
                labels[i + 1] = f"{role}-b"
            labels[i] = "furniture"
    return labels


def an_advert_under_its_label(content: list[Line], labels: list[str]) -> list[str]:
    """广告 alone on a line (【广告】, 广 告) labels the advert printed under it: its
    label and its few lines that say no sentence (潮溪农商银行 存款保险标识), up to a
    blank line or the next item's mark or lead, are the page's furniture, not a
    headline over the next item."""
    labels = list(labels)
    for i, line in enumerate(content):
        if _ADVERT_LABEL.fullmatch(line.text.strip()) is None:
            continue
        labels[i] = "furniture"
        for k in range(i + 1, min(i + 1 + _ADVERT_LINES, len(content))):
            text = content[k].text.strip()
            if (
                content[k].index > content[k - 1].index + 1
                or text[:1] in RUBRIC_MARKS
                or is_lead(text)
                or _SENTENCE_END.search(text)
            ):
                break
            labels[k] = "furniture"
    return labels


_ADVERT_LABEL = re.compile(r"[【\[〔（(]?\s*广\s*告\s*[】\]〕）)]?")
_ADVERT_LINES = 3  # an advert between two items is a few lines of names and numbers
_SENTENCE_END = re.compile(r"[。！？!?]")
