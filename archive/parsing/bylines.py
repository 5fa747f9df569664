"""A whole line read as a byline: `记者 孙庆辉 通讯员 黄梦玮`, `本报记者 刘金元 摄`,
`□高亢`, `文/记者 X 图/通讯员 Y`, and the signatures that name a writer with no role
word (作者系某小学教师 X, 县一中教师 X, 初一（5）班 X, bare names).

parse_byline is the exact reading the model's features, the label repairs and the
stories all ask for; it gives up early on long text.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import replace

import rjieba

from archive.parsing import lexicon as lx
from archive.parsing.bylinegrammar import (
    _CLAUSE_OPENERS,
    _GLUED_MARKS,
    _PUBLICITY_RE,
    _assign,
    _join_padding,
    _lex,
)
from archive.parsing.bylinewords import (
    _BRACKETS,
    _CJK,
    _CORES,
    _DOTS,
    _DOTTED_NAME_RE,
    _FILED_FROM,
    _MARKS,
    _MAX_BYLINE,
    _MODS,
    _OUTLET,
    _OWN,
    _REPORTS_RE,
    _ROLE_RE,
    _SHORT_DOTTED_RE,
    _SIGNING_DASH,
    _TITLED_OUTLET,
    _WENTU_RE,
    _plausible_name,
    _unit,
    element_name,
    looks_like_name,
)
from archive.parsing.jiebautil import (
    common_word,
    edge_flags,
    noun_word,
    place_word,
    topic_words,
)
from archive.parsing.metadata import SCHOOL_CLASS, is_unit
from archive.parsing.normalise import CJK_GAP, join_cjk, simplified
from archive.parsing.result import Credit


def parse_byline(text: str) -> list[Credit] | None:
    """The credits of `text` in printed order if the whole text is a byline, else None.

    [] means a line of staff we do not credit (策划 X 校对 Y). The parser asks this of
    every line several times (the model's features, the label repairs, the stories),
    so answers are remembered; each caller gets a list of its own."""
    found = _parse_byline(text)
    if found is None and len(text) <= _MAX_BYLINE and (folded := simplified(text)) != text:
        # 本報記者 陳嘉欣: read in simplified characters, names kept as printed.
        found = tuple(_as_printed(c, folded, text) for c in _parse_byline(folded) or ()) or None
    return None if found is None else list(found)


def _as_printed(credit: Credit, folded: str, printed: str) -> Credit:
    """A credit read from a folded text, its name as the page prints it."""
    at = folded.find(credit.name)
    return credit if at < 0 else replace(credit, name=printed[at : at + len(credit.name)])


# 本报评论员, □新华社特约评论员: a signature with no name in it, always its outlet's (a
# bare 编辑部 may be a heading).
_UNNAMED_RE = re.compile(
    rf"[{lx.RUBRIC_MARKS}\s]*(?:(?:{_OWN}|{_OUTLET})(?:{_MODS}){{0,2}}(?:{'|'.join(lx.UNNAMED_WRITERS)})"
    rf"|(?:{_MODS}){{1,2}}评论员)"  # 特约评论员 under a headline: no outlet printed
)


def unnamed_signature(text: str) -> bool:
    """本报评论员, 本报编辑部: a byline that credits no person."""
    return _UNNAMED_RE.fullmatch(text.strip()) is not None


@functools.lru_cache(maxsize=8192)
def _parse_byline(text: str) -> tuple[Credit, ...] | None:
    if unnamed_signature(text):
        return ()
    if unnamed := _UNNAMED_PHOTOS.search(text):
        # 文/记者 X　图/受访者供图: the photos credit no one; the rest is the byline.
        rest = text[: unnamed.start()].strip()
        return _parse_byline(rest) if rest else ()
    if sent := _SENT_OUT_RE.fullmatch(text.strip()):  # 新华社发（赵晴 摄）
        text = f"{sent[1]} {sent[2]}"
    if by_hand := _names_then_their_marks(text):
        return tuple(by_hand)
    found = _read_byline(text)
    if _has_cue(text) and CJK_GAP.search(text) and (found is None or _stops_at_a_word(text)):
        # OCR's stray spaces inside a role word, a name or an outlet (通讯 员, 孙庆 辉, 高新
        # 时报) leave no byline, or one that stops at a word it does not know: read it
        # again with each of join_cjk's gaps closed, then with all of them
        # (记者孙庆辉通讯员王玲玲 reads), and keep the reading that names the most. A
        # line read whole as printed stays so: padded names (欧 阳 娜 娜) read so.
        gaps = itertools.islice(CJK_GAP.finditer(text), _MAX_GAPS)
        closed = [text[: m.start()] + text[m.end() :] for m in gaps] + [join_cjk(text)]
        for reading in map(_read_byline, closed):
            if reading and len(reading) > len(found or ()):
                found = reading
    if found is None:
        found = _noted_signature(text) or _author_note(text) or _reported_from(text)
    return None if found is None else tuple(_text_and_photos(found))


def _names_then_their_marks(text: str) -> list[Credit] | None:
    """罗某某 文 杨某 摄: each name before the mark of what it did, the writer's 文 a
    word apart (文 is a surname too: read as the next name's first letter, the writer
    became a photographer); （图片由本报记者 X 拍摄）: who took the photos."""
    if "摄" not in text:
        return None  # (both forms say 摄: most lines are answered here)
    s = unicodedata.normalize("NFKC", text.strip())
    if (m := _WROTE_AND_SHOT.fullmatch(s)) and all(map(_a_name, m.group(1, 2))):
        return [Credit(m[1], "author"), Credit(m[2], "photographer")]
    if (m := _PHOTOS_TAKEN_BY.fullmatch(s)) and (m["role"] or _a_name(m["name"])):
        return [Credit(m["name"], "photographer")]  # (记者 vouches for 乌日娜 as a name)
    if m := _READERS_PHOTO.fullmatch(s):
        return [Credit(m[1], "photographer")]  # 拍友 秋水长天 摄: a reader's photo
    return None


def _a_name(word: str) -> bool:
    return looks_like_name(word) and not common_word(word)  # (游客 is no one's name)


# A reader's photo (拍友 X 摄): 拍友 and 摄 vouch for whatever name stands between, a pen
# name (秋水长天, 终南闲人, 老周) as much as a surname and a given name.
_READERS_PHOTO = re.compile(rf"[（(]?拍友\s*([{lx.CJK}]{{2,6}})\s*摄[）)]?")
_WROTE_AND_SHOT = re.compile(rf"([{lx.CJK}]{{2,4}})\s+文\s+([{lx.CJK}]{{2,4}})\s+摄")
_PHOTOS_TAKEN_BY = re.compile(
    rf"[（(]?图片由(?:本报)?(?P<role>记者|通讯员)?\s*(?P<name>[{lx.CJK}]{{2,4}})\s*拍摄[）)]?"
)


# Photos a byline credits to no person (图/受访者供图, 资料图片, 图片由主办方提供).
_UNNAMED_PHOTOS = re.compile(
    r"(?:^|\s|[（(])(?:图\s*[/／:：]\s*)?"
    r"(?:受访者|受访单位|采访对象|主办方|组委会|资料|网络|读者|网友|市民|通讯员)"
    r"\s*(?:供图|图片?|提供)[）)]?\s*$"
    r"|(?:^|\s)图\s*[/／:：]\s*(?:资料图片?|网络图片?|网络|本报资料图片?)\s*$"
    r"|(?:^|\s|[（(])图片由[^\s（()）]{2,16}提供[）)]?\s*$"
)


def _text_and_photos(credits: list[Credit]) -> list[Credit]:
    """江涛/文 江涛/图: one person named for the text and again for the photos is one
    credit, as 文/图 江涛 is (its writer's), not two."""
    wrote = {c.name for c in credits if c.role != "photographer"}
    return [c for c in credits if c.role != "photographer" or c.name not in wrote]


_NOTE_RE = re.compile(r"(?P<who>\S.*?)\s*[（(](?P<note>[^（()）]{2,30})[）)]")
# What a note after a signature says of its writer: 作者系某大学教授, 作者单位：县委党校.
_ABOUT_WRITER = re.compile(r"(?:作者)?(?:系|为|是|单位\s*[:：]?)")


def _noted_signature(text: str) -> list[Credit] | None:
    """作者：X（西岭区委党校）, 读者 X（城关镇）, □ X（作者系某大学教授）: a signature and, in
    brackets after it, where its writer works or lives or who they are. A unit they
    work for is their organization; a town they live in is not."""
    m = _NOTE_RE.fullmatch(text.strip()) if len(text) <= _MAX_BYLINE else None
    if not m:
        return None
    note = m["note"].strip()
    about = _ABOUT_WRITER.match(note)
    unit = note[about.end() :].strip() if about else note
    if not about and not is_unit(note):
        return None
    credits = _read_byline(m["who"])
    if not credits and note.startswith("作者") and looks_like_name(m["who"]):
        credits = [Credit(m["who"], "author")]  # 杜鹃（作者单位：某局）: 作者 names her
    if not credits:
        return None
    org = unit if is_unit(unit) and not unit.endswith(lx.PLACE_LEVELS) else None
    return [replace(c, organization=c.organization or org) for c in credits]


# A note on the writer that says 作者 outright, with the name after it, inside the
# brackets or after them: （作者系某小学教师 X）, （作者单位：某检察院） X.
_AUTHOR_NOTE_RE = re.compile(
    r"(?P<open>[(])?作者\s*(?:系|为|是|单位\s*:?)\s*(?P<who>[^()]{2,40}?)"
    rf"(?(open)(?:\s+(?P<inside>[{_CJK}]{{2,4}})\)|\)\s*(?P<after>[{_CJK}]{{2,4}}))"
    rf"|\s+(?P<name>[{_CJK}]{{2,4}}))"
)


_REPORTED_END = re.compile(r"\s*报道$")


def _reported_from(text: str) -> list[Credit] | None:
    """本报记者 X 西宁报道: a reporter's byline closed by where they filed from and 报道,
    the place glued to the name as often as not. The place is a word jieba knows as
    one (西宁, 乌鲁木齐), cut before the name is read: 丁雪西宁 would read as a name of
    four characters. Names glued to 报道 with no place (（综合本报记者 X、Y报道）, a
    digest's sources closing it) are left as they were."""
    s = unicodedata.normalize("NFKC", text.strip())
    if len(s) > _MAX_BYLINE or not (end := _REPORTED_END.search(s)) or not _ROLE_RE.match(s):
        return None
    body = s[: end.start()].rstrip()
    cuts = [body[:-k].rstrip() for k in (2, 3, 4) if place_word(body[-k:])]
    for reading in map(_read_byline, cuts):
        if reading and all(looks_like_name(c.name) for c in reading):
            return reading
    return None


def _noted_by_author(text: str) -> bool:
    """X（作者系某厂退休职工）, （作者单位：某局）X: a paragraph of its own that signs
    the text above with an author's note, as a bracketed credit does."""
    s = unicodedata.normalize("NFKC", text.strip())
    m = _NOTE_RE.fullmatch(s) if len(s) <= _MAX_BYLINE else None
    noted = m is not None and m["note"].strip().startswith("作者")
    return (noted and _noted_signature(s) is not None) or _author_note(s) is not None


def _author_note(text: str) -> list[Credit] | None:
    """（作者为某医院主任医师 X）, （作者单位：某矿综采一队）X: an author's note names
    the writer with no role word; the word 作者 vouches for the name as one would. The
    writer's unit is their organization when it reads as one."""
    s = unicodedata.normalize("NFKC", text.strip())
    m = _AUTHOR_NOTE_RE.fullmatch(s) if len(s) <= _MAX_BYLINE else None
    if not m:
        return None
    name = m["inside"] or m["after"] or m["name"]
    if not looks_like_name(name):
        return None
    who = m["who"].strip()
    return [Credit(name, "author", who if is_unit(who) else None)]


def _stops_at_a_word(text: str) -> bool:
    """Does the byline grammar meet a word it does not know in the line (高新 时报)?"""
    s = _as_byline(text)
    toks = _lex(s) if s else None
    return toks is not None and any(t.kind == "unknown" for t in toks)


_MAX_GAPS = 8  # a byline's OCR gaps tried one at a time


# Every byline holds a role word, a mark or a staff label (_assign refuses names
# alone): a line with none of them is no byline, told without lexing it (most lines of
# a narrow page are short enough to be asked).
_CUE_RE = re.compile(
    "|".join(
        sorted(
            {*_CORES, *_MARKS, *lx.CREDIT_LABELS, *_GLUED_MARKS, *lx.EXPERT_TITLES, *lx.NEWS_TEAMS},
            key=len,
            reverse=True,
        )
    )
)


def _has_cue(text: str) -> bool:
    """A role word, a mark or a label in the text, letter-spaced by OCR or not
    (`通 讯 员 冼 朝 晖`: every character of a byline spaced apart)."""
    return _CUE_RE.search(text) is not None or (
        " " in text and _CUE_RE.search(text.replace(" ", "")) is not None
    )


def _as_byline(text: str) -> str | None:
    """The line as the grammar reads it (None if too long to be a byline)."""
    s = text.strip()
    if not s or len(s) > _MAX_BYLINE:
        return None
    s = unicodedata.normalize("NFKC", s)  # full-width spaces, slashes, colons → ASCII
    s = _REPORTS_RE.sub("报道", s)  # 记者 X 报道： over the text it introduces
    s = s.replace("|", "/")  # 文｜李斌 图｜王刚: a bar is the slash of a magazine's byline
    if s[0] in _BRACKETS and s[-1] == _BRACKETS[s[0]]:
        s = s[1:-1].strip()  # （记者 张三）
    s = _FILED_FROM.sub("", s)  # 本报记者 X 发自杭州: where the story was filed from
    s = _SIGNING_DASH.sub("", s)  # ——融媒体记者 X: a dash signs the text above
    return _TITLED_OUTLET.sub(r"\1", s)  # 《某某周刊》记者 X: the outlet's name in title marks


def _read_byline(text: str) -> list[Credit] | None:
    s = _as_byline(text)
    if s is None:
        return None
    if s and s[0] in lx.RUBRIC_MARKS:  # ● X/文　● Y/图: the same mark opens each part
        s = s[0] + re.sub(rf"\s+{re.escape(s[0])}\s*", " ", s[1:])
    if s and s[0] in lx.SIGNATURE_MARKS:
        return _parse_signed(s[1:].strip())
    if s and s[0] in lx.RUBRIC_MARKS:
        s = s[1:].strip()  # ◎记者 X, ●记者 X: a mark before a byline, no name without a role
    if pupil := _pupil(s):  # 初一（5）班 X: a pupil signs with their class
        return [pupil]
    if signed := _signed_as_who(s):
        return signed
    if not _has_cue(s):
        return None
    toks = _lex(s)
    return _assign(toks) if toks else None


# A school paper's byline: the pupil's class (and school, a space between them or
# not), then the name, with no role; 文/图 before it when the pupil took the photos.
# A primary school's class names its grade by a bare numeral (实验小学四（2）班), as a
# junior school's does by 七八九: after 小学 the numeral is a grade.
_PRIMARY_CLASS = r"小学[一二三四五六][（(]\d{1,2}[）)]班"
_PUPIL = re.compile(
    rf"(?:{_WENTU_RE.pattern}\s*)?"
    rf"(?P<unit>(?:[{_CJK}]{{1,10}}[学校]\s*)?{SCHOOL_CLASS}|[{_CJK}]{{1,10}}{_PRIMARY_CLASS})"
    rf"\s*(?:学生\s*)?(?P<name>[{_CJK}](?:\s?[{_CJK}]){{1,3}})"  # 郝 嘉 乐: OCR's padding
)


def _pupil(s: str) -> Credit | None:
    """The pupil a class byline names: the class vouches for a rarer surname (丘子墨)
    as a role word does, not for a word (初一（5）班 学习)."""
    m = _PUPIL.fullmatch(s)
    if not m:
        return None
    name, unit = "".join(m["name"].split()), "".join(m["unit"].split())
    if looks_like_name(name) or (_plausible_name(name) and not common_word(name)):
        return Credit(name, "author", unit)
    return None


_EXECUTIVES = ("董事长", "总经理", "厂长", "校长", "院长", "站长", "经理")
# A letter's writer signs with who they are, no role word: a student's faculty and year
# (机械工程学院2018级 X), or a trade and where they ply it (宜宾县农民 X), an alumnus
# their class (2001届机械专业校友 X).
_GRADE_RE = re.compile(
    rf"(?P<unit>[{_CJK}]{{2,12}}?)\s*\d{{2,4}}级(?:\d{{1,2}}班)?\s*(?:学生|本科生|研究生)?"
    rf"\s*(?P<name>[{_CJK}]{{2,4}})"
)
_TRADE_RE = re.compile(
    rf"(?P<unit>(?:\d{{2,4}}届)?[{_CJK}]{{2,16}}?)\s*(?:退休)?"
    rf"(?:{'|'.join(sorted(lx.LETTER_SIGNERS, key=len, reverse=True))})\s+(?P<name>[{_CJK}]{{2,4}})"
)
# A company's head signs a column with the company and the office (某某衫业董事长 X).
_HEAD_RE = re.compile(
    rf"(?P<unit>[{_CJK}]{{2,12}}?)(?:{'|'.join(_EXECUTIVES)})\s+(?P<name>[{_CJK}]{{2,4}})"
)


def _signed_with_unit(s: str) -> list[Credit] | None:
    """某某衫业董事长 X, 省农技推广总站 X: an executive with the company, or a writer with
    the unit alone, over or under a signed piece."""
    if (m := _HEAD_RE.fullmatch(s)) and looks_like_name(m["name"]):
        return [Credit(m["name"], "author", m["unit"])]
    unit, _, name = s.rpartition(" ")
    unit = unit.strip()
    if " " in unit or len(unit) < 4 or not is_unit(unit) or not looks_like_name(name):
        return None
    if unit.endswith(lx.PLACE_LEVELS) or _opens_a_clause(unit):
        return None  # 江苏南通市 X: a reader's town; 希望物业和相关部 门加强: OCR's gap
    if _ROLE_RE.search(unit) or any(team in unit for team in lx.NEWS_TEAMS):
        return None  # 县委报道组 X, 融媒体中心记者 X: the role word's reading
    return [Credit(name, "author", unit)]


def _opens_a_clause(text: str) -> bool:
    """Does the text open on a verb, an adverb or a preposition (希望…, 对…)?"""
    return edge_flags(text)[0] in _CLAUSE_OPENERS


def _signed_as_who(s: str) -> list[Credit] | None:
    """机械工程学院2018级 X, 宜宾县农民 X, 县一中教师 X: a writer who says who they are,
    their faculty (a unit) or their place or unit and trade, for a role word."""
    if (m := _GRADE_RE.fullmatch(s)) and looks_like_name(m["name"]):
        if is_unit(m["unit"]) or m["unit"].endswith(("专业", "学院")):
            return [Credit(m["name"], "author", m["unit"])]
    if (m := _TRADE_RE.fullmatch(s)) and looks_like_name(m["name"]):
        if m["unit"].endswith(lx.PLACE_LEVELS):
            return [Credit(m["name"], "author")]
        unit = m["unit"][about.end() :] if (about := _ABOUT_WRITER.match(m["unit"])) else m["unit"]
        if _unit(unit):  # 某市第三中学教师 X, 作者系某学院教师 X: where they teach
            return [Credit(m["name"], "author", unit)]
        if taught := _unit_and_subject(unit):  # 市第一中学心理教师 X: what they teach
            return [Credit(m["name"], "author", taught)]
        if unit.endswith(("专业", "学院", "届")):  # 2001届机械专业校友 X: a class, no unit
            return [Credit(m["name"], "author")]
    return _signed_with_unit(s)


def _unit_and_subject(text: str) -> str | None:
    """市第一中学心理 (before 教师): a school and the subject taught there, a noun of
    two to four characters (not a rank: 市一中高级 教师); the school, else None."""
    for size in (2, 3, 4):
        unit, subject = text[:-size], text[-size:]
        if len(unit) >= 3 and _unit(unit) and noun_word(subject):
            return unit
    return None


def _parse_signed(rest: str) -> list[Credit] | None:
    """`□高亢`, `■ 王 军` sign a commentary; `■新年开新局` is a rubric."""
    pieces = rest.split()
    name = "".join(pieces) if all(len(p) == 1 for p in pieces) else rest
    if looks_like_name(name):
        return [Credit(name, "author")]
    toks = _lex(rest)
    found = (_assign(toks) or None) if toks else None
    # ■ 区委组织部　X: the unit its writer files for, with no role word
    found = found or _signed_for_a_unit(" ".join(rest.split(None, 1)))
    # □ 某学院2021级 X, □ 某某学校 教师 X: who the writer is, as unmarked
    return found or _pupil_credit(rest) or _signed_as_who(rest)


def _pupil_credit(s: str) -> list[Credit] | None:
    return [pupil] if (pupil := _pupil(s)) else None


_LAST_STOP = re.compile("[。！？!?”』」][^。！？!?”』」]*$")


def split_trailing_byline(paragraph: str) -> tuple[str, list[Credit]]:
    """`…平稳健康发展。记者 王赛华` → (`…平稳健康发展。`, [王赛华 reporter])."""
    tail_from = max(0, len(paragraph) - _MAX_BYLINE - 1)
    m = _LAST_STOP.search(paragraph, tail_from)
    end = m.start() if m else -1
    tail = paragraph[end + 1 :]
    # After a sentence, only a role word (记者, 通讯员…) makes the rest a byline: a
    # name and a mark alone (`连日来，文` at a line end) is the next sentence starting.
    if end >= 0 and _ROLE_RE.search(tail) and (credits := parse_byline(tail)):
        if all(_sound_after_a_sentence(c.name, tail) for c in credits):
            return paragraph[: end + 1], credits
    return paragraph, []


def _sound_after_a_sentence(name: str, tail: str) -> bool:
    """Running text goes on after a sentence with a role word too (记者随即帮张女士…,
    主编某某·某某留下了深刻印象): there a name the role word does not set apart by a space
    needs a surname, and a transliterated name's parts are short with no particle."""
    if _DOTTED_NAME_RE.fullmatch(name):
        return _SHORT_DOTTED_RE.fullmatch(name) is not None
    return looks_like_name(name) or re.search(rf"\s{re.escape(name[0])}", tail) is not None


_NAME_SEPARATORS = re.compile(r"[\s、，,]+")
# A wire's photo with its photographer in brackets: 新华社发（赵晴 摄）.
_SENT_OUT_RE = re.compile(r"(\S{2,10}发)\s*[（(]([^（()）]{2,30})[）)]")


def _signed_for_a_unit(text: str) -> list[Credit] | None:
    """Credits after the unit their people write for (（图书馆 孟书瑶）, （外国语学院
    学生记者 方若宁）): a school's, a bureau's, a company's; its writers are authors."""
    unit, _, rest = text.partition(" ")
    if not rest or _ROLE_RE.match(unit):
        return None
    if not _unit(unit) and not _PUBLICITY_RE.fullmatch(unit) and unit not in lx.LETTER_PLACES:
        return None  # (（警宣 X）: police publicity; 县城 X: a reader's letter)
    credits = parse_byline(rest.strip())
    if credits is None:
        credits = [Credit(n, "author") for n in _unit_writers(rest)]
    unit = None if unit in lx.LETTER_PLACES else unit  # where one lives is no employer
    return [replace(c, organization=c.organization or unit) for c in credits] or None


def _unit_writers(text: str) -> list[str]:
    """Names after their unit (生产科 洪立): a unit vouches for a short name as a role
    word does, if a surname opens it and it is no dictionary word."""
    names = [n for n in _NAME_SEPARATORS.split(text.strip()) if n]
    names = _join_padding(names)
    ok = [
        n
        for n in names
        if (looks_like_name(n) or (2 <= len(n) <= 3 and n[0] in lx.BYLINE_SURNAMES))
        and not common_word(n)
    ]
    return names if names and len(names) <= 6 and ok == names else []


def bare_names(text: str, *, elements: bool = False) -> list[str]:
    """The names of a line that holds nothing but one to six names (王某 李某, a signature
    mark before them allowed), else []. In brackets (`elements`) a single element of a
    name with no surname is one too (（格桑）, （巴图 乌兰））."""
    names = [n for n in _NAME_SEPARATORS.split(text.strip().lstrip(lx.SIGNATURE_MARKS)) if n]
    names = _join_padding(names)
    if (
        names
        and len(names) <= 6
        and all(looks_like_name(n) or element_name(n, alone=elements) for n in names)
        # 公　示 over a notice reads as a padded name, 公 a surname: a notice's heading
        and not any(_section_name(n) or n in lx.NOTICE_ENDINGS for n in names)
        # （农行 胡美玲）: a unit and its writer; （文化馆） closing a brief: who sent it, no one
        and not any(n in lx.SHORT_UNITS or _a_units_word(n) for n in names)
        and not _spaced_words(text)
    ):
        return names
    return []


def _a_units_word(name: str) -> bool:
    """文化馆, 邮电局: a word the dictionary knows ending as a unit does, whatever surname
    opens it: who sent a brief in, no one's name."""
    return _unit(name) or (len(name) == 3 and name.endswith(lx.UNIT_ENDINGS) and common_word(name))


def _spaced_words(text: str) -> bool:
    """A headline's line OCR spaced letter by letter, read as padded names: 金 秋 旅 游
    旺 季 is words the dictionary knows, two letters each at least, two of them no
    name's (金秋 旅游 旺季); 谢 桥 矿 ends as a mine or a works is named. A padded name
    (廖 春 燕, 扎 西 顿 珠) is neither."""
    pieces = text.split()
    if len(pieces) < 3 or any(len(p) != 1 for p in pieces):
        return False
    letters = "".join(pieces)
    if len(letters) == 3 and letters[-1] in _WORKS_ENDINGS:
        return True
    words = rjieba.tag(letters, False)
    plain = [w for w, t in words if t not in ("nr", "nrfg", "nrt", "ns")]
    return all(len(w) >= 2 for w, _ in words) and len(plain) >= 2


# A works', a mine's or a township's name ends so, no given name does (谢桥矿).
_WORKS_ENDINGS = "矿厂镇县乡局站所"


def _section_name(word: str) -> bool:
    """长沙·城事, a city's page under the masthead: a place's name and a topic, or two
    topics (城事·民生). A transliterated name may open with a place's name too
    (瑞安·阿博特), never with a topic after it; jieba tags some name elements as
    places (扎西 is a name's)."""
    parts = re.split(f"[{_DOTS}]", word, maxsplit=1)
    if len(parts) < 2 or parts[0] in lx.NAME_ELEMENTS:
        return False
    return (place_word(parts[0]) or topic_words(parts[0])) and topic_words(parts[1])
