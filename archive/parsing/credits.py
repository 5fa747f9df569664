"""Bylines and lead markers: who wrote, reported, photographed or edited an article.

A byline stands on its own line (`记者 孙庆辉 通讯员 黄梦玮`, `本报记者 刘金元 摄`, `□高亢`,
`文/记者 X 图/通讯员 Y`) or is glued to a paragraph's last sentence. A lead marker
opens the first paragraph (`本报讯(记者郭树勋 通讯员李亚芬)`, `新华社北京1月9日电（记者 X）`).

The reading is split along its seams: bylinewords.py (role words, marks, names),
bylinegrammar.py (a line as tokens and the roles its names take), bylines.py (a whole
line as a byline, and signatures), leads.py (lead markers). This module reads the
lines the page model calls bylines, in the forms the grammar leaves out (bare names
closing an article, a dateline printed at its end, a photographer set apart), and is
the door the rest of the parser goes through: the names it re-exports are theirs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from archive.parsing import lexicon as lx
from archive.parsing.bylinegrammar import (
    _OWN_RE,
    _PLACE_READER_RE,
)
from archive.parsing.bylines import (
    _noted_by_author,
    _signed_for_a_unit,
    _text_and_photos,
    bare_names,
    parse_byline,
    split_trailing_byline,
    unnamed_signature,
)
from archive.parsing.bylinewords import (
    _BRACKETS,
    _CJK,
    _CJK_RE,
    _IN_BRACKETS,
    _MAX_BYLINE,
    _OUTLET_RE,
    _ROLE_RE,
    SURNAMES,
    _not_name,
    looks_like_name,
    names_a_role,
    opens_a_byline,
)
from archive.parsing.jiebautil import (
    common_word,
)
from archive.parsing.leads import (
    _MARKER_DATE,
    _SP,
    Lead,
    _in_range,
    _match_marker,
    as_own_paper,
    is_lead,
    parse_lead,
)
from archive.parsing.metadata import SCHOOL_CLASS, is_unit, read_fields
from archive.parsing.result import Credit


def byline_credits(text: str, *, news: bool = True) -> list[Credit] | None:
    """Credits of a line that stands where bylines stand, in forms the byline grammar
    leaves out: bare names closing an article (`王某 李某`, `（王某 李某）`) and a dateline
    printed at the end (`（本报北京1月9日电 记者 X）`). None if it names nobody.

    Bare names are the article's reporters in a news item (`news`), else its authors."""
    if (marked := _marker_and_byline(text)) is not None:
        return marked
    if (fields := read_fields(text)) is not None:
        # 来源：某报　作者：X, 来源：某县融媒体中心 | 记者：X | 编辑：Y: field by field (a
        # source names no writer's outlet); [] when it names nobody
        return fields.credits
    credits = parse_byline(text)
    if credits is not None:
        return credits
    if (noted := _writer_then_where_from(text)) is not None:
        return noted
    s = unicodedata.normalize("NFKC", text.strip())
    bracketed = s[:1] in _BRACKETS and s[-1:] == _BRACKETS[s[0]]
    if bracketed:
        s = s[1:-1].strip()
    if not s or len(s) > _MAX_BYLINE:
        return None
    if (source := _REPRINTED_FROM.match(s)) and (writers := parse_byline(s[source.end() :])):
        # （据《某某日报》 作者 X）: another outlet's writer, the piece reprinted
        return [replace(c, organization=c.organization or source[1]) for c in writers]
    lead = parse_lead(s)
    if lead.marker and lead.credits and not lead.rest:
        return lead.credits
    if lead.marker and lead.credits and (more := parse_byline(lead.rest)):
        return lead.credits + more  # （本报某地1月8日电 记者 沈默 通讯员 扎西）
    if names := bare_names(s, elements=bracketed):
        return [Credit(n, "reporter" if news else "author", role_said=False) for n in names]
    if signed := signed_dateline(s):
        return signed.credits  # （新华社记者 X 6月13日电）
    if bracketed and (named := _names_then_byline(s, news=news)):
        return named
    if unit := _signed_for_a_unit(s):
        return unit
    if bracketed and (signed := _name_then_who(s) or _writers_unit_and_name(s)):
        return signed
    if pen_name(s):  # □禾田客 signs a commentary with a pen name no surname list knows
        return [Credit("".join(s[1:].split()), "author")]
    if (m := _SIGNED_PHOTO.fullmatch(s)) and _signs_a_photo(m[1], set_apart=" " in m[0]):
        return [Credit(m[1], "photographer")]  # 晓光摄: a photographer's pen name, 摄 vouching
    return None


_GAP_RE = re.compile(r"[ \u3000]+")
# Where a reprinted piece first ran, before its writers: 据《某某日报》, 摘自《…》.
_REPRINTED_FROM = re.compile(r"(?:据|摘自|选自|转自|转载自|原载)\s*《([^《》]{2,20})》\s*")


def _gap_width(gap: str) -> int:
    return len(gap) + gap.count("\u3000")  # a full-width space is two spaces wide


def photo_set_apart(printed: str) -> list[Credit] | None:
    """通讯员 X   Y 摄, read from the line as the page prints it (normalising closes
    the gap): a photographer's credit set apart from the writers' by one gap three
    spaces wide or more, wider than the line's others, is Y's alone, where 摄 closing
    one run of names (通讯员 X Y 摄) is every name's. A padded name (王   军) has a lone
    character beside its gap."""
    s = printed.strip()
    if len(s) > _MAX_BYLINE:
        return None
    gaps = sorted(_GAP_RE.finditer(s), key=lambda m: _gap_width(m[0]), reverse=True)
    if not gaps or _gap_width(gaps[0][0]) < 3:
        return None
    if len(gaps) > 1 and _gap_width(gaps[1][0]) >= _gap_width(gaps[0][0]):
        return None
    writers, photo = s[: gaps[0].start()], s[gaps[0].end() :]
    if len(writers.split()[-1]) < 2 or len(photo.split()[0]) < 2 or _ROLE_RE.search(photo):
        return None
    writers, photo = parse_byline(writers), parse_byline(photo)
    if not writers or not photo or any(c.role != "photographer" for c in photo):
        return None
    return _text_and_photos(writers + photo)  # 江涛/文   江涛/图: one credit still


def _name_then_who(s: str) -> list[Credit] | None:
    """（方俊 东海市民）: a letter's writer, then who they are (a resident of a place, a
    reader), closing it; as 东海市民 方俊 is, the writer is its author."""
    words = s.split()
    if len(words) != 2 or not looks_like_name(words[0]):
        return None
    if not _PLACE_READER_RE.fullmatch(words[1]):
        return None
    return [Credit(words[0], "author")]


_UNIT_NOTE_RE = re.compile(
    rf"(?:作者)?单位\s*[:：]\s*(?P<unit>\S{{2,30}})\s+(?P<name>[{_CJK}]{{2,4}})"
)


def _writers_unit_and_name(s: str) -> list[Credit] | None:
    """（作者单位：某县疾控中心 龚立本）: where the writer works, then their name."""
    m = _UNIT_NOTE_RE.fullmatch(s)
    if not m or not is_unit(m["unit"]) or not looks_like_name(m["name"]):
        return None
    return [Credit(m["name"], "author", m["unit"])]


def _marker_and_byline(text: str) -> list[Credit] | None:
    """本报讯 记者X 通讯员Y on a line of its own (its text on the next, 报道：…): the
    marker opens the line, so the line is read as a lead, whose credits are all it
    holds. Read as a byline, the marker would be a word it does not know, and the
    names after it lost with it (only Y kept)."""
    s = text.strip()
    if not s or len(s) > _MAX_BYLINE or _match_marker(s) is None:
        return None
    lead = parse_lead(s)
    return lead.credits if lead.credits and not lead.rest.strip("报道:： ") else None


def _names_then_byline(s: str, *, news: bool) -> list[Credit] | None:
    """（王某 通讯员 李某）: closing brackets hold nothing but credits, so names before the
    first role word are the item's writers too (on a line of its own they may be a
    wrapped byline's second line), reporters in a news item."""
    words = s.split()
    for i in range(1, min(len(words), 4)):
        if not _ROLE_RE.match(words[i]) or not (names := bare_names(" ".join(words[:i]))):
            continue
        if rest := parse_byline(" ".join(words[i:])):
            guessed = "reporter" if news else "author"
            return [Credit(n, guessed, role_said=False) for n in names] + rest
    return None


# A credit and a dateline closing an item in one bracket: （新华社记者 X 6月13日电）.
_SIGNED_DATELINE_RE = re.compile(rf"(?P<who>\S.*?){_SP}{_MARKER_DATE}{_SP}电")


def signed_dateline(text: str) -> Lead | None:
    """（新华社记者 X 6月13日电）: a wire's writer and the day the item was sent, printed
    after its text; a Lead with its marker, credits and day."""
    s = text.strip().strip("（()）").strip()
    m = _SIGNED_DATELINE_RE.fullmatch(s) if len(s) <= _MAX_BYLINE else None
    if not m or not m["month"] or not (credits := parse_byline(m["who"].strip())):
        return None
    return Lead(
        marker=s[m.end("who") :].strip(),
        credits=credits,
        month=_in_range(m["month"], 12),
        day=_in_range(m["day"], 31),
        year=int(m["year"]) if m["year"] else None,
    )


def dateline(text: str) -> Lead | None:
    """A line or bracket that is a dateline (本报北京1月9日电 记者 X, 新华社记者 X 6月13日电):
    its lead, if it names the month and the day."""
    s = text.strip().strip("（()）")
    found = parse_lead(s)
    if not found.marker:
        found = signed_dateline(s) or found
    return found if found.marker and found.month and found.day else None


# Two or three characters and 摄 alone where a credit stands: a photographer by any name.
_SIGNED_PHOTO = re.compile(rf"([{_CJK}]{{2,3}}){_SP}摄")


def _signs_a_photo(name: str, *, set_apart: bool) -> bool:
    """Who took a photo, before 摄: a pen name no dictionary knows (晓光摄), or any word
    set apart from the 摄 by a space (潇潇　摄, （春风 摄）: a pen name may be a word
    too). Never a role word or an outlet (记者摄, 本报 摄)."""
    if _ROLE_RE.search(name) or _OUTLET_RE.fullmatch(name) or _OWN_RE.fullmatch(name):
        return False
    return set_apart or not common_word(name)


def pen_name(text: str) -> bool:
    """A signature mark and two or three characters (□禾田客, ■石言平): a commentary's
    signature, whether or not it reads as a surname and a given name. Four are a
    rubric as often (■党建引领, ■基层新风)."""
    rest = _after_a_mark(text)
    return rest is not None and 2 <= len(rest) <= 3 and not _not_name(rest)


def _after_a_mark(text: str) -> str | None:
    """The Han characters after a signature mark (□禾田客 -> 禾田客), spaces dropped;
    None where the line opens on no mark or holds anything else."""
    s = text.strip()
    rest = "".join(s[1:].split())
    if s[:1] in lx.SIGNATURE_MARKS and _CJK_RE.fullmatch(rest):
        return rest
    return None


def in_brackets(text: str) -> bool:
    """Is the whole line one bracketed note: （王某 李某）, （新华社电）, （完）?"""
    return _IN_BRACKETS.fullmatch(text) is not None


# The page's number, printed under the last line of its last article, joined to it
# when the lines were read as one paragraph: …。（李某）2 (no text ends on a bare number
# after a closing bracket).
_FOLIO_AFTER = re.compile(r"(?<=[）)])\s*\d{1,3}$")


def split_closing_credit(paragraph: str, *, news: bool = True) -> tuple[str, list[Credit]]:
    """An article's last paragraph may end with its credit in a form with no role word,
    after the last sentence: `…注脚。陈思诚`, `…。（王某 李某）`, `…。（本报北京1月9日电 记者 X）`."""
    end = max(paragraph.rfind(c, max(0, len(paragraph) - 50)) for c in "。！？!?”』」")
    if end < 0 and (cut := _CREDIT_AFTER_A_GAP.search(paragraph)) and cut.start() > 0:
        # …研究部署春季造林工作 (记者 陈 丹): OCR lost the stop; a role word in the
        # brackets after a gap says they close the text
        credits = byline_credits(cut[1], news=news)
        if credits and _ROLE_RE.match(cut[1].strip("（() ）")):
            return paragraph[: cut.start()].rstrip(), credits
    tail = paragraph[end + 1 :].strip()
    if end < 0 and not in_brackets(tail) and not _noted_by_author(tail):
        return paragraph, []  # a paragraph of its own only in brackets: （王某 李某）
    if not tail:
        return paragraph, []
    tail = _FOLIO_AFTER.sub("", tail)
    credits = byline_credits(tail, news=news)
    return (paragraph[: end + 1], credits) if credits else (paragraph, [])


def signed_from(text: str) -> list[Credit] | None:
    """A writer's name and where they work or study, and nothing else: 蒲德昌（县人大常委会
    退休干部）, 文/X（某某一中高二（3）班）, 县人民医院老年病科 殷晓."""
    if noted := _writer_then_where_from(text.strip()):
        return noted
    # (新华社记者 X is another outlet's byline; 心内科 X a unit's writer)
    credits = None if names_a_role(text) else parse_byline(text.strip()) or _signed_for_a_unit(text)
    if credits and len(credits) == 1 and credits[0].organization and credits[0].role == "author":
        return credits if is_unit(credits[0].organization.split()[-1]) else None
    return None


def _writer_then_where_from(text: str) -> list[Credit] | None:
    """文/某某（某某一中高二（3）班）: a byline, then in brackets where its one writer
    studies or works, brackets inside allowed; the writer, of that unit."""
    at = text.find("（") if "（" in text else text.find("(")
    rest = text[at:].strip() if at > 0 else ""
    if not rest or rest[-1] not in "）)" or len(rest) > 30:
        return None
    where = rest[1:-1].strip()
    if not (is_unit(where) or re.search(SCHOOL_CLASS, where) or where.endswith(_SIGNERS)):
        return None  # (（实习）, （图）: no place of work or study)
    credits = parse_byline(text[:at].strip())
    if credits is None and len(names := bare_names(text[:at].strip())) == 1:
        credits = [Credit(names[0], "author")]  # 蒲德昌（县人大常委会退休干部） under a poem
    if not credits or len(credits) != 1 or credits[0].role not in ("author", "reporter"):
        return None
    return [replace(credits[0], organization=credits[0].organization or where)]


# Who a writer signing with their name alone says they are (（县人大常委会退休干部）,
# （某某村党支部书记））: a reader's trade or an office, after the unit.
_SIGNERS = (*lx.LETTER_SIGNERS, "书记", "主任", "校长", "局长", "站长", "所长")


# A bracketed credit after a space at a paragraph's end.
_CREDIT_AFTER_A_GAP = re.compile(r"\s([（(][^（()）]{2,30}[）)])\s*$")


# The door: what the rest of the parser and its tests ask of the byline reading.
__all__ = [
    "SURNAMES",
    "Lead",
    "as_own_paper",
    "bare_names",
    "byline_credits",
    "dateline",
    "in_brackets",
    "is_lead",
    "looks_like_name",
    "names_a_role",
    "opens_a_byline",
    "parse_byline",
    "parse_lead",
    "pen_name",
    "photo_set_apart",
    "signed_dateline",
    "signed_from",
    "split_closing_credit",
    "split_trailing_byline",
    "unnamed_signature",
]


# A place's unit after its name in running text: 舒城县, 霍山镇, 城关乡.
_PLACE_UNITS = "省市县区镇乡旗"


def place_tag(text: str, body: str) -> bool:
    """■舒城 over an item of a county page: a mark and a name the item's own text then
    prints with a place's unit (舒城县农产品…) is where the item comes from, not who
    signed it; a person's name is never followed by 县 or 镇."""
    rest = _after_a_mark(text)
    return (
        rest is not None
        and 2 <= len(rest) <= 4
        and re.search(rf"{re.escape(rest)}[{_PLACE_UNITS}]", body) is not None
    )
