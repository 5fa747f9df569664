"""Lead markers: what opens a first paragraph (`本报讯(记者郭树勋 通讯员李亚芬)`,
`新华社北京1月9日电（记者 X）`, `本报6月13日`), with its credits, place and day.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from archive.parsing import lexicon as lx
from archive.parsing.bylinegrammar import (
    _assign,
    _is_own,
    _lex,
)
from archive.parsing.bylines import (
    _as_printed,
    _signed_for_a_unit,
    bare_names,
    parse_byline,
)
from archive.parsing.bylinewords import (
    _CJK,
    _MAX_BYLINE,
    _OUTLET,
    _OWN,
    _ROLE_RE,
    _listed_name,
    _plausible_name,
    looks_like_name,
)
from archive.parsing.dates import PRINTED_THEN, cn_number
from archive.parsing.normalise import LONE_GAP, close_lone_gaps, simplified
from archive.parsing.result import Credit

_SP = "[ \u3000]*"
_DATE = (
    rf"(?:(?P<year>\d{{4}}){_SP}年{_SP})?(?P<month>\d{{1,2}}){_SP}月{_SP}(?P<day>\d{{1,2}}){_SP}日"
)
# A marker's date may name the day alone (本报8日讯: the month), in figures or
# in Chinese numerals (新华社成都九月八日电, as papers printed wire datelines for decades).
_FIGURES = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_MARKER_DATE = (
    rf"(?:(?P<year>\d{{4}}){_SP}年{_SP})?(?:(?P<month>{_FIGURES}){_SP}月{_SP})?"
    rf"(?P<day>{_FIGURES}){_SP}日"
)
# A paper's short name before 讯 (东晚讯 for 东江晚报, 融媒讯 for a media centre): only
# ever a marker with 讯.
_SHORT_OUTLET = rf"[{_CJK}]{{1,2}}晚|[{_CJK}]{{0,4}}融媒"
_SHORT_OUTLET_RE = re.compile(_SHORT_OUTLET)
_EVENINGS = frozenset("今 昨 当 傍 夜 每 前 明 早 次 当天".split())
_AFTER_SHORT_MARKER = frozenset("（( \u3000\t，,：:【0123456789")
# The marker may stand in its own brackets (【本报讯】, as Hong Kong papers print it);
# an opening bracket needs its close.
_MARKER_RE = re.compile(
    rf"(?P<open>[【〔\[]{_SP})?"
    rf"(?P<ju>据{_SP})?(?P<org>{_OWN}|{_OUTLET}|{_SHORT_OUTLET}){_SP}(?:(?P<place>[{_CJK}]{{2,8}}?){_SP})?"
    rf"(?:{_MARKER_DATE}{_SP})?(?P<kind>讯|电|报道|消息|综合)(?(open){_SP}[】〕\]])"
)
# 本报6月13日 with no 讯 (the groups of _MARKER_RE, empty where this form has none).
_OWN_DATED_RE = re.compile(rf"(?P<ju>)(?P<org>{_OWN}){_SP}(?P<place>){_DATE}(?P<kind>)")
_BRACKET_RE = re.compile(r"[（(【〔\[]([^（()）【】〔〕\[\]]{1,60})[）)】〕\]]")
_LEAD_PUNCT = " \u3000\t:：,，"


@dataclass
class Lead:
    """What opens a first paragraph. `bracket` keeps its brackets, as printed."""

    marker: str | None = None  # 本报讯, 本报北京1月9日电, 新华社北京1月9日电, 据新华社电
    credits: list[Credit] = field(default_factory=list)
    place: str | None = None  # the dateline city
    month: int | None = None
    day: int | None = None
    year: int | None = None
    rest: str = ""
    bracket: str | None = None


# A paper's own name of any shape before 讯 (南海潮讯), a byline's bracket right after it.
_NAMED_RE = re.compile(
    rf"(?P<open>)(?P<ju>)(?P<org>[{_CJK}]{{2,5}}?)(?P<place>)(?P<year>)(?P<month>)(?P<day>)"
    rf"(?P<kind>讯)(?=[（(])"
)


def _match_marker(s: str) -> re.Match | None:
    m = _MARKER_RE.match(s) or _OWN_DATED_RE.match(s)
    if m is None and (named := _NAMED_RE.match(s)):
        bracket = _BRACKET_RE.match(s[named.end() :])
        if bracket and _ROLE_RE.match(bracket[1].strip()) and parse_byline(bracket[1]):
            return named  # 南海潮讯（记者 X）: its bracket names a role, then its writer
    if m and not m["kind"]:
        if PRINTED_THEN.match(s[m.end() :]):
            return None  # 本报12月5日刊登的《…》: a report the paper printed, no dateline
        return m  # 本报6月13日, the paper's own dated lead printed without 讯
    if not m or (m["kind"] in ("报道", "消息") and not m["ju"]):
        return None  # "XX报道" opens a sentence; only 据XX报道 is a marker
    if m["kind"] == "综合" and not (_is_own(m["org"]) and not m["ju"]):
        return None  # 本报综合: the paper compiled the item from others; no one else's
    if (
        _SHORT_OUTLET_RE.fullmatch(m["org"])
        and (
            m["kind"] != "讯"
            or m["org"][:-1] in _EVENINGS  # 今晚讯问了…: an evening, no paper
            or s[m.end() : m.end() + 1] not in _AFTER_SHORT_MARKER
        )
    ):
        return None
    if _is_own(m["org"]) or m["ju"] or m["month"] or m["kind"] == "讯" or m["org"] in lx.AGENCIES:
        return m
    return None


def _leading_bracket(s: str) -> tuple[list[Credit], str] | None:
    m = _BRACKET_RE.match(s)
    credits = parse_byline(m[1]) if m else None
    if m and credits is None and _ROLE_RE.match(m[1].strip()):
        credits = _with_pen_names(m[1])
    if m and credits is None and s[m.end() :].strip():
        # 本报讯（骨科 彭建军）5月9日，…: a unit's writer opens a hospital's or a school's
        # item; alone on its line, （图书馆 孟书瑶） closes the item above instead.
        credits = _signed_for_a_unit(m[1].strip())
    return (credits, m[0]) if credits else None


def _bracketed_names(s: str) -> tuple[list[Credit], str] | None:
    """Names alone in the bracket right after a marker: its writers (reporters of the
    paper the marker names; the wire's authors are set by the caller)."""
    m = _BRACKET_RE.match(s)
    names = bare_names(m[1], elements=True) if m else []
    credits = [Credit(n, "reporter", role_said=False) for n in names]
    return (credits, m[0]) if names else None


def _with_pen_names(text: str) -> list[Credit] | None:
    """A lead's bracket after its marker holds credits only (本报讯（记者 符晓 木子）): a
    word of two or three characters among the names there is a name the dictionary
    also knows as a word (a pen name), not prose going on as it may be on a line
    of its own (记者 刘明 表示)."""
    toks = _lex(text)
    if toks is None:
        return None
    for tok in toks:
        if tok.kind == "unknown" and len(tok.text) in (2, 3) and _plausible_name(tok.text):
            tok.kind = "name"
        tok.vouched = tok.kind == "name"  # （通讯员 市林业局 卓然）: 卓然 is a name here
    return _assign(toks)


_WORD_OR_NAME_BEFORE_FIGURES = re.compile(
    # (a day in Chinese numerals too: 实习生 邓佳佳十月十五日，…)
    r"[^\s\d]+?(?=(?:十[一二]?|[一二三四五六七八九])月[一二三四五六七八九十廿卅]{1,3}日)"
    r"|[^\s\d]+(?=\d)|\S+"
)


def _leading_credit(s: str) -> tuple[list[Credit], int] | None:
    """`记者X 通讯员Y报道：…` or `记者 X 通讯员 Y 近日…` right after a marker, a rubric
    mark before it or not (本报讯 ■记者 X 通讯员 Y 9月2日，…)."""
    marked = len(s) - len(s.lstrip(lx.RUBRIC_MARKS))
    if marked and _ROLE_RE.match(s[marked:]):
        found = _leading_credit(s[marked:])
        return (found[0], found[1] + marked) if found else None
    if not _ROLE_RE.match(s):
        return _names_first(s)
    if reported := _reported_in_clauses(s):
        return reported
    if (m := re.match(r"([^。，,：:]{2,40}?)报道", s)) and (credits := parse_byline(m[1])):
        return credits, m.end()
    # A word may end where figures begin: the last name runs into the date that opens
    # the text (记者 牛志刚5月28日，…), as when a column wraps inside the name.
    words = list(_WORD_OR_NAME_BEFORE_FIGURES.finditer(s[: _MAX_BYLINE * 2]))[:8]
    for word in reversed(words):  # the longest run of words that is a byline, ending
        credits = parse_byline(s[: word.end()])  # on a real name, not on 近日
        if credits and s[word.end() : word.end() + 1].isdigit():
            if credits[-1].name[-1] in lx.BEFORE_FIGURES:
                continue  # 记者 王强近5年来: 近 opens the text, no name ends with it
        if credits and (looks_like_name(credits[-1].name) or _listed_name(credits[-1].name)):
            return credits, word.end()
    return None


_REPORTED_RE = re.compile(r"([^。：:（()）]{2,60}?)报道\s*[：:]")


def _reported_by_role(s: str) -> tuple[list[Credit], int] | None:
    """`见习记者 王某 报道：…` opening a paragraph with no marker before it (a township
    paper's lead): what the byline grammar reads whole, closed by 报道：, which no
    sentence of text opens with (记者从某局获悉，据…报道：… reads as no byline)."""
    m = _REPORTED_RE.match(s)
    if not m:
        return None
    credits = parse_byline(m[1].strip())
    return (credits, m.end()) if credits else None


def _reported_in_clauses(s: str) -> tuple[list[Credit], int] | None:
    """`记者梁家辉、冯子琪，通讯员黄颖报道：…` (Guangdong papers' form): the credit's
    parts set apart by commas, each a byline of its own, up to 报道："""
    m = _REPORTED_RE.match(s)
    if not m or not re.search("[，,]", m[1]):
        return None
    parts = [parse_byline(part) for part in re.split("[，,]", m[1])]
    if any(not part for part in parts):
        return None
    return [c for part in parts for c in part], m.end()


_NAMES_FIRST_RE = re.compile(r"([^。，,：:（(]{2,24}?)[、\s]+([^。，,：:（(]{2,30}?)报道[：:]")


def _names_first(s: str) -> tuple[list[Credit], int] | None:
    """`任立新、特约通讯员冉军报道：…`: names with no role word before writers with one,
    all of them the item's (a staff writer's role goes without saying)."""
    m = _NAMES_FIRST_RE.match(s)
    if not m or not (names := bare_names(m[1])) or not (credits := parse_byline(m[2])):
        return None
    return [Credit(n, "author") for n in names] + credits, m.end()


def _in_range(value: str | None, top: int) -> int | None:
    return cn_number(value) if value and 1 <= cn_number(value) <= top else None


def parse_lead(paragraph: str) -> Lead:
    """Split a first paragraph into marker, dateline, credits and the text after them.

    The pipeline asks about one lead more than once (for the article, for its date),
    so the parse is cached on the text; each caller gets its own copy to change."""
    lead = _parse_lead(paragraph)
    if not lead.marker and not lead.credits and (closed := _closed_head(paragraph)):
        # 本 报 讯 (记 者 罗 文…: OCR's spaces inside the marker; the rest is read closed
        spaced = _parse_lead(closed)
        lead = spaced if spaced.marker else lead
    if not lead.marker and not lead.credits and (folded := simplified(paragraph)) != paragraph:
        lead = _as_printed_lead(_parse_lead(folded), folded, paragraph) or lead
    return replace(lead, credits=[replace(c) for c in lead.credits])


def _as_printed_lead(lead: Lead, folded: str, printed: str) -> Lead | None:
    """本報訊（記者 陳嘉欣）…: a lead read in simplified characters, its marker,
    bracket, names and text as printed (folding keeps every character's place)."""
    if not lead.marker and not lead.credits:
        return None
    f, p = folded.strip(), printed.strip()

    def back(part: str | None) -> str | None:
        at = f.find(part) if part else -1
        return p[at : at + len(part)] if at >= 0 else part

    rest = p[len(f) - len(lead.rest) :] if lead.rest and f.endswith(lead.rest) else lead.rest
    return replace(
        lead,
        marker=back(lead.marker),
        bracket=back(lead.bracket),
        rest=rest,
        credits=[_as_printed(c, f, p) for c in lead.credits],
    )


def _closed_head(text: str) -> str | None:
    """The text with OCR's spaces beside a lone Chinese character closed, if its
    opening (where a lead marker stands) has any; else None."""
    head = text[:24]
    if " " not in head and "\u3000" not in head:  # asked of every line: most stop here
        return None
    return close_lone_gaps(text) if LONE_GAP.search(head) else None


@functools.lru_cache(maxsize=4096)
def _parse_lead(paragraph: str) -> Lead:
    s = paragraph.strip()
    lead, pos = Lead(rest=s), 0
    if m := _match_marker(s):
        lead.marker, lead.place, pos = m[0].strip(), m["place"] or None, m.end()
        lead.month, lead.day = _in_range(m["month"], 12), _in_range(m["day"], 31)
        lead.year = int(m["year"]) if m["year"] else None
    after = s[pos:].lstrip(_LEAD_PUNCT)
    pos = len(s) - len(after)
    if found := _leading_bracket(after):
        lead.credits, lead.bracket = found
        pos += len(found[1])
    elif lead.marker and (credit := _leading_credit(after)):
        lead.credits, pos = credit[0], pos + credit[1]
    elif not lead.marker and (reported := _reported_by_role(after)):
        lead.credits, pos = reported[0], pos + reported[1]  # 见习记者 X 报道：…, no 本报讯
    elif lead.marker and (named := _bracketed_names(after)):
        lead.credits, lead.bracket = named  # 本报讯（钱晓 孔维）: the paper's own, roles unsaid
        pos += len(named[1])
    if m and not _is_own(m["org"]) and m["kind"] != "讯":
        # 新华社…电（记者 X）: the wire's staff. 讯 is never a wire's: 郑州晚报讯 is the
        # paper's own marker, its reporters the paper's.
        outlet = m["org"]
        lead.credits = [_from_outlet(c, outlet) for c in lead.credits]
    if lead.marker or lead.credits:
        lead.rest = s[pos:].lstrip(_LEAD_PUNCT).strip()
    return lead


def as_own_paper(text: str, heads: tuple[str, ...]) -> str:
    """The text with the paper's own name before a role word read as 本报: on a page
    whose masthead (`heads`) prints 三湘都市报, ■三湘都市报全媒体记者 X is its own
    reporter, not another outlet's writer."""
    if not heads or len(text) > _LEAD_HEAD * 4:
        return text
    out, at = [], 0
    for m in _ROLE_RE.finditer(text):
        org = m["org"]
        if org and not _is_own(org) and any(org in head for head in heads):
            out += [text[at : m.start("org")], "本报"]
            at = m.end("org")
    return "".join(out) + text[at:]


def _from_outlet(credit: Credit, outlet: str) -> Credit:
    if credit.organization:
        return credit
    role = "author" if credit.role in ("reporter", "correspondent") else credit.role
    return Credit(credit.name, role, outlet)


_LEAD_HEAD = 90  # a marker and its bracket stand within a lead's first characters


def is_lead(line: str) -> bool:
    """Does the line open with a lead marker (本报讯, …电, 据…电) or a bracketed
    credit like `（本报记者 X）`?"""
    s = line.lstrip()
    s = simplified(s[:_LEAD_HEAD]) + s[_LEAD_HEAD:]  # 本報訊 is 本报讯; a lead opens early
    if _match_marker(s) is not None or _leading_bracket(s) is not None:
        return True
    if _reported_by_role(s[: _LEAD_HEAD * 2]) is not None:
        return True  # 记者马俊杰报道：…, Guangdong papers' lead with no marker
    closed = _closed_head(s)  # 本 报讯 为支持…: OCR's spaces inside the marker
    return closed is not None and (
        _match_marker(closed) is not None or _leading_bracket(closed) is not None
    )


def marker_alone(line: str) -> bool:
    """Is the line a lead's marker and nothing else (本报讯, 本报北京5月3日电)? It opens
    the text under it, its byline maybe between: never a headline's line or a deck."""
    lead = parse_lead(line.strip())
    return lead.marker is not None and not lead.rest.strip() and not lead.credits
