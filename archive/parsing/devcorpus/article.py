"""One corpus record made ready for printing: headline parts, lead, paragraphs
with their roles, and the credits the record itself carries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .bylines import CreditGroup, bracket_span, parse_bracket_credit, parse_byline
from .text import md_of, norm

# The web edition appends the column (栏目) to the title: `…（人民时评）`.
_TAG = re.compile(r"[（(]([^（）()]{2,16})[）)]\s*$")
_FURNITURE_TAIL = re.compile(r"^(版式设计|版式|本版摄影|制图|本版制图|本版责编|责任编辑)[:：]")
_SENTENCE_PUNCT = set("。！？；：，,.;:!?")
_PHOTO_CREDIT = re.compile(r"(?:摄|摄影)(?:[（(][^（）()]{2,8}[）)])?$")


@dataclass
class Prepared:
    record: dict
    kicker: list[str]
    title: list[str]
    subtitle: list[str]
    tag: str | None
    section: str | None
    dateline: str | None  # printed at the start of the first paragraph
    dateline_md: str | None
    dateline_groups: list[CreditGroup]  # the bracket credit right after the dateline
    paras: list[tuple[str, str]]  # (role, text); paras[0] is the lead without dateline
    groups: list[CreditGroup]  # byline field
    tail_groups: list[CreditGroup] = field(default_factory=list)  # credit-only paragraphs
    captions: list[tuple[str, list[CreditGroup]]] = field(default_factory=list)

    @property
    def body_chars(self) -> int:
        return sum(len(t) for _, t in self.paras)


def _lines(field_value: str | None) -> list[str]:
    if not field_value:
        return []
    return [s.strip() for s in field_value.replace("\u200b", "").split("\n") if s.strip()]


def _heading_like(text: str) -> bool:
    """Short, no sentence end: reads as a heading rather than as running text."""
    if not 4 <= len(text) <= 24 or set(text) & set("。！？；!?;"):
        return False
    closes_quote = text.endswith("”") and "“" in text  # 自制排队“软标尺”
    if (text[-1] in "，、：:,”’）)…—" and not closes_quote) or re.fullmatch(r"[\d年月日\s]+", text):
        return False
    if "  " in text:
        return False  # `白紫微  本报记者`, `河南郑州市  段伟利`: who speaks, not a heading
    return not text.startswith(("（", "(", "■", "——", "编者按", "核心阅读"))


def _subheads(paras: list[str]) -> set[int]:
    """Indexes of section headings inside a long story: one heading line, or two
    (`放宽准入` / `企业迎来新机遇`), then running text."""
    found: set[int] = set()
    last = len(paras) - 1
    for i in range(1, last):
        if not _heading_like(paras[i]):
            continue
        if len(paras[i + 1]) >= 40:
            found.add(i)
        elif (
            i + 2 <= last
            and len(paras[i]) <= 12
            and _heading_like(paras[i + 1])
            and len(paras[i + 2]) >= 40
        ):
            found.update((i, i + 1))
    return found


def _credit_line(text: str) -> list[CreditGroup]:
    """Groups if the paragraph is nothing but a credit, else []."""
    if text.startswith(("（", "(")) and text.endswith(("）", ")")):
        return parse_bracket_credit(text)
    if len(text) <= 40 and re.match(r"^(本报记者|本报通讯员|记者|通讯员)", text):
        return parse_byline(text)
    return []


def _caption(raw: str) -> tuple[str, list[CreditGroup]] | None:
    parts = _lines(raw)
    if not parts:
        return None
    groups: list[CreditGroup] = []
    if len(parts) > 1 and _PHOTO_CREDIT.search(parts[-1]):
        credit = re.sub(r"[（(][^（）()]{2,8}[）)]$", "", parts[-1])
        groups = parse_byline(credit)
        if not groups:
            return None  # a credit we cannot read would print an unlisted name
        for g in groups:
            g.role = "photographer"
        parts = parts[:-1]
    text = "".join(parts)
    if len(norm(text)) < 20:
        return None
    return text, groups


def prepare(record: dict) -> Prepared | None:
    body = [p.replace("\u200b", "").strip() for p in record.get("body") or []]
    body = [p for p in body if p]
    title = _lines(record.get("title"))
    if not body or not title:
        return None
    tag = None
    m = _TAG.search(title[-1])
    if m and len(title[-1]) > m.end() - m.start() + 3:
        tag = m.group(1)
        title[-1] = title[-1][: m.start()].rstrip()
    dateline = record.get("dateline")
    dateline_groups: list[CreditGroup] = []
    first = body[0]
    if dateline and first.startswith(dateline):
        rest = first[len(dateline) :].lstrip(" \u3000")
        span = bracket_span(rest)
        if span:
            dateline_groups = parse_bracket_credit(rest)
            if dateline.startswith(("新华社", "据新华社", "中新社")):
                for g in dateline_groups:
                    g.role, g.organization = "author", "新华社"
            rest = rest[span:].lstrip(" \u3000")
        body[0] = rest
        if not rest:
            body = body[1:]
    else:
        dateline = None  # a dateline after ■ bullets stays inside the text as is
    if not body:
        return None
    paras: list[tuple[str, str]] = []
    tail_groups: list[CreditGroup] = []
    subheads = _subheads(body)
    for i, text in enumerate(body):
        if _FURNITURE_TAIL.match(text):
            continue
        credit = _credit_line(text) if i > 0 else []
        if credit:
            tail_groups.extend(credit)
            paras.append(("byline", text))
        elif i in subheads:
            paras.append(("subhead", text))
        else:
            paras.append(("body", text))
    if not paras or paras[0][0] != "body" or len(norm(paras[0][1])) < 8:
        return None
    captions = [c for c in (_caption(raw) for raw in record.get("captions") or []) if c]
    return Prepared(
        record=record,
        kicker=_lines(record.get("kicker")),
        title=title,
        subtitle=_lines(record.get("subtitle")),
        tag=tag,
        section=record.get("section"),
        dateline=dateline,
        dateline_md=md_of(dateline) if dateline else None,
        dateline_groups=dateline_groups,
        paras=paras,
        groups=parse_byline(record.get("byline")),
        tail_groups=tail_groups,
        captions=captions,
    )
