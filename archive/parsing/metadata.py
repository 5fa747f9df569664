"""Lines of fields an e-paper or a website prints under a headline or after the text.

    来源：江城晚报　作者：周明远　2024-06-14 08:30
    发布时间：2024年06月14日　来源：江城晚报
    【编辑：王强】

A line is read as such only when it is fields from its first character to its last
(and, at most, one bare date or time among them): a sentence that says 来源： in its
middle is text. The people it names are credits, its date dates the article; the
outlet it names is kept for no one (a re-published item's source is not a person).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .result import Credit

# A field's label starts the line or follows a space (美术编辑：X is no 编辑 field).
_FIELD = re.compile(
    r"(?:^|(?<=[\s|｜/]))("
    + "|".join(sorted(lx.FIELD_ROLES, key=len, reverse=True))
    + r")\s*[:：]\s*"
)
_DATE = re.compile(
    r"((?:19|20)\d{2})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
# A time stamp to the minute, then at most an outlet's name: an app's item line.
_STAMPED = re.compile(r".*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
_OUTLET = re.compile(rf"[{lx.CJK}A-Za-z]{{0,12}}")
# How often it was read or liked, beside the stamp (阅读 1.2万, 点赞 326).
_VIEWS = re.compile(
    rf"(?:^|\s+)(?:{'|'.join(lx.VIEW_COUNTERS)})\s*[:：]?\s*\d+(?:\.\d+)?\s*[万千]?(?:次|人次)?"
)
_NAME = re.compile(rf"[{lx.CJK}]{{2,4}}|[{lx.CJK}]{{1,8}}·[{lx.CJK}·]{{1,12}}")
_SENTENCE = re.compile("[，。；！？,;!?]")
_BRACKETS = "【】[]（）()"
# 文/图 before the names a field gives: they wrote and photographed it (作者：文/图 X).
_BOTH = re.compile(r"^(?:文\s*[/／·]\s*图|图\s*[/／·]\s*文|图文)\s*")
# A source's outlet followed by its reporters, with no colon: 来源：青岚晚报　记者 贺欣.
_SIGNED_ROLES = {
    word: role
    for role, words in (
        ("reporter", (*lx.BYLINE_ROLE_WORDS["reporter"].split(), "见习记者", "特约记者")),
        ("correspondent", (*lx.BYLINE_ROLE_WORDS["correspondent"].split(), "特约通讯员")),
    )
    for word in words
    for word in (word, f"本报{word}")  # 作者：本报记者 X
}
_SIGNED = re.compile(
    rf"[\s（(](?P<role>{'|'.join(_SIGNED_ROLES)})\s*"
    rf"(?P<names>[{lx.CJK}]{{2,4}}(?:\s+[{lx.CJK}]{{2,4}})*)[）)]?$"
)


def opens_with_a_field(text: str) -> bool:
    """作者：本报记者 X 摄, 来源：…: a line that opens with a field's label is no headline,
    whether or not the rest reads as fields."""
    return _FIELD.match(text.strip().strip(_BRACKETS).strip()) is not None


@dataclass
class Fields:
    credits: list[Credit] = field(default_factory=list)
    date: dt.date | None = None  # the first it prints: the item's own day
    last: dt.date | None = None  # the latest (回复时间, after the 留言时间): the page is no older


def read_fields(text: str) -> Fields | None:
    """The credits and the date of a line made of fields only, else None."""
    s = text.strip().strip(_BRACKETS).strip()
    if len(s) > 80 or not s[:1].isdigit() and not _FIELD.match(s):  # most lines stop here
        return None
    out = Fields()
    if s[:1].isdigit():  # 2022-08-05 10:12:36 来源：青山新闻网: the time stamp first
        date = _DATE.match(s)
        rest = s[date.end() :].lstrip() if date else ""
        if not _FIELD.match(rest):
            rest = _VIEWS.sub("", rest).strip()  # 2026-07-22 18:05　阅读 1.2万: its counter
            if date and _STAMPED.fullmatch(s[: date.end()]) and _OUTLET.fullmatch(rest):
                out.date = out.last = _day(date)  # 2024-05-30 16:05　平乡融媒: an app's stamp
                return out
            return None
        out.date, s = _day(date), rest
        out.last = out.date
    matches = list(_FIELD.finditer(s))
    for m, nxt in zip(matches, [*matches[1:], None], strict=True):
        value = s[m.end() : nxt.start() if nxt else len(s)].strip(" \u3000|｜")  # (… | 编辑：)
        role = lx.FIELD_ROLES[m.group(1)]
        if date := _DATE.search(value):
            day = _day(date)
            out.date = out.date or day
            out.last = max((d for d in (out.last, day) if d), default=None)
            value = (value[: date.start()] + value[date.end() :]).strip()
        if role is None:
            if len(value) > 20 or _SENTENCE.search(value):
                return None  # a source is a name, not a sentence
            if signed := _SIGNED.search(value):  # 来源：青岚晚报　记者 贺欣, …（记者 贺欣）
                names = signed["names"].split()
                if not all(_person(n) for n in names):
                    return None
                out.credits += [Credit(n, _SIGNED_ROLES[signed["role"]]) for n in names]
            continue
        if m.group(1) in lx.SUPPLIER_FIELDS and is_unit(value):
            continue  # 供稿：生命科学学院: a unit sent the copy, no person to credit
        value = _BOTH.sub("", value, count=1)  # 作者：文/图 X keeps the field's role
        value = _SENT_FROM.sub("", value)  # 作者：特派记者 X 发自北京: where, not who
        names = re.split(r"[\s、/]+", value)  # not at a comma: 记者：在您看来，…
        if not value:
            return None
        unit = None
        if len(names) > 1 and (outlets := _OUTLETS_ROLE.fullmatch(names[0])):
            names.pop(0)  # 作者：新华社记者 X, 作者：本报记者 X: the role the field names
            role = _OUTLET_ROLES[outlets[2]]
            if outlets[1] and not outlets[1].startswith("本"):
                role, unit = "author", outlets[1]  # another outlet's staff, as a byline's
        unit = names.pop(0) if len(names) > 1 and is_unit(names[0]) else unit
        people = [n for n in names if n not in _SIGNED_ROLES]
        if not people or not all(_person(n) for n in people):
            return None
        for name in names:  # 作者：符晓东 通讯员 麦秀兰: a role word names the next ones
            if name in _SIGNED_ROLES:
                role = _SIGNED_ROLES[name]
            else:
                out.credits.append(Credit(name, role, unit))
    return out


# An outlet and its writer's role before the name in an author field (新华社记者,
# 人民日报记者, 本报特约评论员).
_OUTLETS_ROLE = re.compile(rf"([{lx.CJK}]{{1,8}}?)(?:特约|特派|全媒体|融媒体)?(记者|评论员|通讯员)")
_SENT_FROM = re.compile(rf"\s+(?:发自|发于)[{lx.CJK}]{{1,8}}$")
_OUTLET_ROLES = {w: role for role, words in lx.BYLINE_ROLE_WORDS.items() for w in words.split()}
_CJK_WORD = re.compile(rf"[{lx.CJK}]{{2,16}}")
# A school class a school paper's writers sign from: 高二（3）班, 初一(2)班, 五年级1班.
SCHOOL_CLASS = r"(?:[初高][一二三]|[一二三四五六七八九]年级|[七八九])[（(]?\d{1,2}[）)]?班"
_CLASS = re.compile(SCHOOL_CLASS)
_SCHOOLS_CLASS = re.compile(rf"[{lx.CJK}]{{1,10}}[学校]{SCHOOL_CLASS}")  # 县实验中学七（2）班


def is_unit(word: str) -> bool:
    """撰稿：实验小学 霍娜, （图书馆 孟书瑶）, 金河乡 严春生: the unit a writer belongs to,
    printed before the name. A short one must not read as a name (刘德科): no surname
    opens it, or it names a place or an office."""
    if _CLASS.fullmatch(word) or _SCHOOLS_CLASS.fullmatch(word) or word in lx.SHORT_UNITS:
        return True
    if word.endswith(lx.FACULTY_ENDING) and not word.endswith(lx.NOT_FACULTIES):
        return len(word) >= 3 and _CJK_WORD.fullmatch(word) is not None  # 中文系 晏晴川
    return (
        _CJK_WORD.fullmatch(word) is not None
        and word.endswith(lx.UNIT_ENDINGS)
        and (
            len(word) >= 4
            or word[0] not in lx.BYLINE_SURNAMES
            or (len(word) == 3 and word.endswith((*lx.PLACE_LEVELS, *lx.OFFICE_ENDINGS)))
        )
    )


def _person(name: str) -> bool:
    """A name, not the start of what an interviewer asks (记者：在您看来…)."""
    return (
        _NAME.fullmatch(name) is not None
        and name[0] not in lx.NOT_NAME_STARTS
        and not any(c in lx.NOT_IN_NAMES for c in name[1:] if c != "·")
    )


def _day(m: re.Match) -> dt.date | None:
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
