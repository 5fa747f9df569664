"""Bylines and lead markers: who wrote, reported, photographed or edited an article.

A byline stands on its own line (`记者 孙庆辉 通讯员 黄梦玮`, `本报记者 刘金元 摄`, `□高亢`,
`文/记者 X 图/通讯员 Y`) or is glued to a paragraph's last sentence. A lead marker
opens the first paragraph (`本报讯(记者郭树勋 通讯员李亚芬)`, `新华社北京1月9日电（记者 X）`).

A line is read as a few kinds of words: role words (记者), marks (摄, 图, 文/图), outlet
names (高新时报), labels we do not credit (策划) and names. Names take the role of the
role word or mark around them. Every entry point gives up early on long text and no
regex nests repeats, so a megabyte of input costs nothing.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, field, replace

from archive.parsing import lexicon as lx
from archive.parsing.dates import PRINTED_THEN, cn_number
from archive.parsing.jiebautil import (
    common_word,
    edge_flags,
    noun_word,
    opens_with_word,
    place_word,
    topic_words,
)
from archive.parsing.metadata import SCHOOL_CLASS, is_unit, read_fields
from archive.parsing.normalise import CJK_GAP, LONE_GAP, close_lone_gaps, join_cjk, simplified
from archive.parsing.result import Credit

# After a role word a rarer surname is safe to accept; in running text it is not.
SURNAMES = lx.BYLINE_SURNAMES
_CJK = lx.CJK
_DOTS = lx.NAME_DOTS
_DOTTED_NAME_RE = re.compile(rf"[{_CJK}]{{1,8}}(?:[{_DOTS}][{_CJK}]{{1,10}}){{1,2}}")
# After a sentence, each part of a transliterated name is short and holds no particle:
# 阿依古丽·买买提, never 某某·某某留下了深 (a name and the sentence it opens).
_SHORT_DOTTED_RE = re.compile(
    rf"[^{_DOTS}的了着过说]{{1,6}}(?:[{_DOTS}][^{_DOTS}的了着过说]{{1,6}}){{1,2}}"
)
_CJK_RE = re.compile(rf"[{_CJK}]+")

# Role words: [outlet or 本报] [modifiers] core.
_CORES = {word: role for role, words in lx.BYLINE_ROLE_WORDS.items() for word in words.split()}
_MODS = "|".join(lx.BYLINE_MODIFIERS)
_OWN = (
    rf"本[{lx.OWN_OUTLET_CHARS}]|{'|'.join(lx.OWN_PAPER_KINDS)}"
    rf"|{'|'.join(sorted(lx.OWN_NEWSROOMS, key=len, reverse=True))}"
)
_OUTLET = (
    rf"(?:{'|'.join(lx.OUTLET_NAMES)}"
    rf"|[{_CJK}]{{1,10}}?(?:{'|'.join(lx.OUTLET_ENDINGS)}))"
)
_OUTLET_RE = re.compile(_OUTLET)
_CORE = "|".join(sorted(_CORES, key=len, reverse=True))
_ROLE_RE = re.compile(
    rf"(?P<org>{_OWN}|{_OUTLET})?(?:{_MODS}|{lx.RESIDENT_MARK}[{_CJK}]{{1,4}}?){{0,3}}(?P<core>{_CORE})"
)
_CORE_RE = re.compile(_CORE)


def names_a_role(text: str) -> bool:
    """Does the text hold a role word (记者, 通讯员…)? Cheap: no byline without one."""
    return _CORE_RE.search(text) is not None


# Marks and their effect on the names beside them; suffix marks only ever follow names.
_SUFFIX_MARKS = dict.fromkeys(lx.PHOTO_SUFFIX_MARKS, "photo") | dict.fromkeys(
    lx.KEEP_SUFFIX_MARKS, "keep"
)
_MARKS = (
    _SUFFIX_MARKS | dict.fromkeys(lx.PHOTO_MARKS, "photo") | dict.fromkeys(lx.TEXT_MARKS, "text")
)
_BRACKETS = {"(": ")", "[": "]", "【": "】", "〔": "〕"}  # after NFKC, （ is (
# A byline opens with a role word (its outlet before it) or a credit mark before a
# slash, a colon or a space, after any rubric marks: `■记者`, `□晚报记者`, `文/图`, `摄影：`.
_OPENING_RE = re.compile(
    rf"[{lx.RUBRIC_MARKS}\s]*(?:{_ROLE_RE.pattern}"
    rf"|(?:{'|'.join(sorted(_MARKS, key=len, reverse=True))})\s*[/:：\s])"
)


def opens_a_byline(text: str) -> bool:
    """Does the text start as a byline does (whatever follows)?"""
    return _OPENING_RE.match(text) is not None


_MAX_BYLINE = 80  # longer text is never one byline
_IN_BRACKETS = re.compile(r"\s*[（(][^（()）]{1,48}[）)]\s*")
_REPORTS_RE = re.compile(r"报道\s*:$")
_FILED_FROM = re.compile(rf"\s+发自[{_CJK}]{{2,8}}$")
_SIGNING_DASH = re.compile(r"^[—－-]{1,2}\s*(?=\S)")
_TITLED_OUTLET = re.compile(r"^《([^《》]{2,12})》(?=\S)")
# 文/图 (李敏文/图: glued to the name), 图/文, 文/摄, and 文·图 or 文图 set apart (not the end
# of a name: 李文图): one person's text and photos.
_WENTU_RE = re.compile(
    rf"(?:文\s*/\s*[图摄]|[图摄]\s*/\s*文|(?<![{_CJK}])文\s*·?\s*图)(?![{_CJK}])"
)
_LIST_SEP_RE = re.compile(r"[、,;:]")
# A colon after a mark opens the names after it, as a slash does (摄影：记者 X).
_MARK_COLON = re.compile(rf"({'|'.join(sorted(_MARKS, key=len, reverse=True))})\s*:")
# A school class (高二(3)班), with its school printed before it (县实验中学七（2）班), is
# one piece, its digits and all.
_PIECE_RE = re.compile(
    rf"/|(?:[{_CJK}]{{1,10}}[学校])?{SCHOOL_CLASS}|[{_CJK}{_DOTS}]+|[^\s、,;:/{_CJK}{_DOTS}]+"
)


def _not_name(s: str) -> bool:
    """A rubric or column word (时评, ■关注) that reads like a surname and a name."""
    return s in lx.NOT_NAMES or s in lx.COLUMN_ENDINGS


def looks_like_name(s: str) -> bool:
    """A surname and a one- or two-character given name (欧阳娜娜 counts the compound
    surname as one), or a transliterated name with a middle dot (阿依古丽·买买提)."""
    if _DOTTED_NAME_RE.fullmatch(s):
        # 本地·民生 is a section's name: a transliterated name is not all common words.
        return not all(common_word(p) for p in re.split(f"[{_DOTS}]", s))
    if not _CJK_RE.fullmatch(s) or _not_name(s):
        return False
    if element_name(s):
        return True
    if len(s) == 3 and _unit(s):
        return False  # 宣传科, 王家村: a unit, its first character a surname
    if len(s) in (3, 4) and s[:2] in SURNAMES:
        given = s[2:]
    elif len(s) in (2, 3) and s[0] in SURNAMES:
        given = s[1:]
    else:
        return False
    if given in lx.ADDRESS_WORDS:
        return False  # 倪女士, 王大爷: how one speaks of someone, not a signature
    return not any(c in lx.NOT_IN_NAMES for c in given)


def element_name(s: str, *, alone: bool = False) -> bool:
    """A name with no surname, built of the common elements of Tibetan or Mongolian
    names (次仁旺堆, 乌兰其其格); a single element (格桑) only if `alone` says it stands
    where a credit does."""
    if s in lx.NAME_ELEMENTS:
        return alone
    # Elements run to four characters, so a name to eight (孟克 + 吉日嘎拉).
    return any(s[:i] in lx.NAME_ELEMENTS and s[i:] in lx.NAME_ELEMENTS for i in range(2, 5))


def _plausible_name(s: str) -> bool:
    """Right after a role word any short word is a name, rare surnames included (亓飞)."""
    return looks_like_name(s) or (
        len(s) in (2, 3)
        and _CJK_RE.fullmatch(s) is not None
        and not _not_name(s)
        and not any(c in lx.NOT_IN_NAMES for c in s)
    )


_NEVER_ENDS_NAME = "说的了着过吗呢吧么等"


def _listed_name(s: str) -> bool:
    """Among the names after a role word, a surname and a given name that holds a
    character running text rarely puts in one (赵文其, 孙者春, 林从远): the role word
    vouches for it, unless the word is one a dictionary knows (记者 王者 is a king, not a
    name) or its given name is nothing but such characters (记者 李的)."""
    if len(s) in (3, 4) and s[:2] in lx.COMPOUND_SURNAMES:
        given = s[2:]
    elif len(s) in (2, 3) and s[0] in SURNAMES:
        given = s[1:]
    else:
        return False
    if given[-1] in _NEVER_ENDS_NAME or all(c in lx.FUNCTION_CHARS for c in given):
        return False  # 记者 张三说, 李的, 王在: a sentence going on, not a name
    # jieba last: the checks above answer most words that are no name without it
    return _CJK_RE.fullmatch(s) is not None and not _not_name(s) and not common_word(s)


@dataclass
class _Tok:
    # role | unit (a writer's, before their name) | org | name | maybe (name only next to
    # a role) | mark | label | unknown | /
    kind: str
    text: str
    role: str | None = None  # a role word's role; a mark's effect: photo | text | keep
    org: str | None = None
    attach: str | None = None  # a mark's side when a slash fixes it: "pre" (图/X), "post" (X/图)
    vouched: bool = False  # a name where only credits stand (a lead's bracket), word or not


def _is_own(org: str | None) -> bool:
    return org is not None and re.fullmatch(_OWN, org) is not None  # 本报, not 本溪日报


def _role_tok(m: re.Match) -> _Tok:
    org = None if _is_own(m["org"]) else m["org"]
    return _Tok("role", m[0], _CORES[m["core"]], org)


_PLACE_READER_RE = re.compile(
    rf"[{_CJK}]{{2,8}}(?:{'|'.join(w for w in lx.BYLINE_ROLE_WORDS['reader'].split())})"
)
_BUREAU_RE = re.compile(rf"[{_CJK}]{{2,6}}{lx.BUREAU}")
# jieba's tags of a word that opens a clause and never a unit's name (返回社区, 马上联系…部).
_CLAUSE_OPENERS = frozenset("v vd d p c ad".split())
_PRESS_CORPS_RE = re.compile(rf"[{_CJK}]{{0,6}}{lx.PRESS_CORPS}")
_NEWS_TEAM_RE = re.compile(rf"[{_CJK}]{{0,6}}(?:{'|'.join(lx.NEWS_TEAMS)})")
_EXPERT_RE = re.compile(
    rf"[{_CJK}]{{0,12}}(?:{'|'.join(sorted(lx.EXPERT_TITLES, key=len, reverse=True))})"
)
_GLUED_MARKS = {"摄": "photo", "摄影": "photo", "整理": "keep", "采访整理": "keep"}


def _name_toks(s: str, after_role: bool = False) -> list[_Tok] | None:
    """A name glued to a role word, maybe with 摄 or 整理 after it: 记者郭树勋, 刘金元摄,
    （本报记者 X采访整理）. Right after the role word a rare surname is a name too
    (记者扎西), as it is with a space between them."""

    def plausible(head):
        if looks_like_name(head):
            return True
        return (
            after_role
            and _plausible_name(head)
            and not common_word(head)
            and not opens_with_word(head)
        )

    for cut in (4, 2, 1, 0):
        head, mark = s[: len(s) - cut], s[len(s) - cut :]
        if not mark or mark in _GLUED_MARKS:
            names = [head] if plausible(head) else _glued_names(head) if after_role else None
            if names:
                suffix = [_Tok("mark", mark, _GLUED_MARKS[mark], attach="post")] if mark else []
                return [*(_Tok("name", n) for n in names), *suffix]
    return None


def _unit(word: str) -> bool:
    """A unit a writer belongs to (实验小学, 护理部), or a short one a rarer surname opens
    that the dictionary reads as words, never a name (宣传科, 农学院)."""
    if is_unit(word):
        return True
    return (
        len(word) == 3
        and _CJK_RE.fullmatch(word) is not None
        and word.endswith(lx.ORG_ENDINGS)
        and (common_word(word) or common_word(word[:2]))
    )


_PUBLICITY_RE = re.compile(rf"[{_CJK}]{{1,3}}{lx.PUBLICITY_SHORT}")


def _unit_and_name(s: str) -> list[_Tok] | None:
    """A unit and its writer's name run together after a role word where OCR or the page
    lost the space (通讯员市林业局卓然): the one cut that leaves a unit and a name."""
    for size in (3, 2):
        unit, name = s[:-size], s[-size:]
        if len(unit) >= 3 and is_unit(unit) and _plausible_name(name) and not is_unit(name):
            if edge_flags(unit)[0] in _CLAUSE_OPENERS or unit[0] in lx.FUNCTION_CHARS:
                return None  # 记者走进市林业局看到, …的闵行区吴泾镇: a clause, no unit
            return [_Tok("unit", unit, "author"), _Tok("name", name)]
    return None


def _glued_names(s: str) -> list[str] | None:
    """Names run together after a role word where OCR lost the spaces (记者王明李华):
    the one way to cut the run into surnamed names of two or three characters, or of
    several ways the one whose every name opens with a common surname (吴凌云邱澄, as
    a column's wrap joins （记者 吴凌云 / 邱澄）: not 吴凌 云邱澄, 云 a rare surname);
    else None (two such ways is a guess)."""
    if len(s) < 4 or len(s) > 18 or not _CJK_RE.fullmatch(s):
        return None
    ways: list[list[str]] = []

    def cut(rest: str, names: list[str]) -> None:
        if len(ways) > 3:
            return
        if not rest:
            ways.append(names)
            return
        for n in (2, 3):
            if len(rest) >= n and looks_like_name(rest[:n]):
                cut(rest[n:], [*names, rest[:n]])

    cut(s, [])
    if len(ways) > 3:
        return None  # so many ways to cut it: no name is sure
    if len(ways) > 1:
        ways = [w for w in ways if all(_common_surname(n) for n in w)]
    if len(ways) != 1 or len(ways[0]) < 2 or any(common_word(n) for n in ways[0]):
        return None
    return ways[0]


def _common_surname(name: str) -> bool:
    return name[:2] in lx.COMPOUND_SURNAMES or name[0] in lx.SURNAMES


def _lex_run(run: str) -> list[_Tok] | None:
    """Words of one run of characters without spaces; None if part of it is no byline."""
    if run in _MARKS:
        return [_Tok("mark", run, _MARKS[run])]
    if run in lx.CREDIT_LABELS:
        return [_Tok("label", run)]
    if _PRESS_CORPS_RE.fullmatch(run):  # 记者团 X, 校报记者团 X: a school paper's reporters
        return [_Tok("role", run, "reporter")]
    if m := _ROLE_RE.match(run):
        toks, rest = [_role_tok(m)], run[m.end() :]
        nxt = _ROLE_RE.search(rest, 2)  # 记者郭树勋通讯员李亚芬: split at the next role
        head, tail = (rest[: nxt.start()], rest[nxt.start() :]) if nxt else (rest, "")
        named = (_name_toks(head, after_role=True) or _unit_and_name(head)) if head else []
        more = _lex_run(tail) if tail else []
        return None if named is None or more is None else toks + named + more
    if len(run) == 1:
        return None  # a lone character is never a name
    if _PLACE_READER_RE.fullmatch(run):  # 宁川市民 梁秋月: a reader signs by their town
        return [_Tok("role", run, "reader")]
    if _BUREAU_RE.fullmatch(run):  # 丽水记者站 X: the paper's own reporter there
        return [_Tok("role", run, "reporter")]
    if _NEWS_TEAM_RE.fullmatch(run):  # 县委报道组 X
        return [_Tok("role", run, "correspondent")]
    if _EXPERT_RE.fullmatch(run):  # 县中医院耳鼻喉科主任 X: an expert writes the piece
        return [_Tok("role", run, "author")]
    if (nxt := _ROLE_RE.search(run, 2)) and (named := _name_toks(run[: nxt.start()])):
        # 记者 罗文 / 通讯员 向阳 wrapped at the name and joined: 罗文通讯员
        more = _lex_run(run[nxt.start() :])
        return None if more is None else named + more
    outlet = run.removesuffix("发")  # 新华社发 张三 摄: a photo the wire sent out
    if len(outlet) >= 3 and _OUTLET_RE.fullmatch(outlet) and not outlet.endswith(lx.NOT_OUTLETS):
        return [_Tok("org", run, org=outlet)]
    if _unit(run) and not _ROLE_RE.search(run) and edge_flags(run)[0] not in _CLAUSE_OPENERS:
        # 县委报道组 X 金河乡 Y: among role words, a unit before its writer's name says
        # who they write for, as a role word does.
        return [_Tok("unit", run, "author")]
    if named := _name_toks(run):
        return named
    # A word the dictionary knows is no name a role word could vouch for (记者 刘明 表示).
    maybe = (
        (_plausible_name(run) and not common_word(run))
        or _listed_name(run)
        or element_name(run, alone=True)  # 记者 宝音: a name element beside a role word
    )
    return [_Tok("maybe" if maybe else "unknown", run)]


def _join_padding(pieces: list[str]) -> list[str]:
    """`孙 庆 辉`, `王  军`: consecutive single characters are one padded name. A mark
    character (文, 图) only completes a name that would otherwise be one character."""
    out, open_, padded = [], False, set()
    for p in pieces:
        single = len(p) == 1 and p != "/"
        if single and open_ and (p not in _MARKS or len(out[-1]) == 1):
            out[-1] += p
            padded.add(len(out) - 1)
            continue
        if open_ and len(out[-1]) < 4 and p[1:] in _GLUED_MARKS and p[0] not in _MARKS:
            out[-1] += p  # 闫 旭整理, 王 军摄: the padded name's last character and its mark
            open_ = False
            continue
        if open_ and len(out[-1]) >= 3 and _given_name_of_padding(out[-1], p):
            out[-1] += p  # 段 丽 杜 晓航: 杜 opens the next name, 晓航 is its given name
            open_ = False
            continue
        out.append(p)
        open_ = single and p not in _MARKS
    return [n for i, p in enumerate(out) for n in (_cut_padding(p) if i in padded else [p])]


def _given_name_of_padding(run: str, piece: str) -> bool:
    """OCR spaced a name's characters unevenly (`段 丽 杜 晓航`): the piece after a padded
    run is the given name of a name the run's last characters open, if the run and the
    piece cut one way only into names (段丽 杜晓航), each with a common surname."""
    if len(piece) > 2 or not _CJK_RE.fullmatch(piece):
        return False
    names = _glued_names(run + piece)
    return names is not None and len(names[-1]) > len(piece)


def _cut_padding(run: str) -> list[str]:
    """A run of letter-spaced characters, cut into its names. `吴 虹 马 翔`, `柏 立 群 欧
    海 燕`: OCR spaced every character, so two names run together; cut where only one
    cut fits. A run a role word is in (`通 讯 员 冼 朝 晖`) is the lexer's to split;
    else four characters a name at most, as a padded name is."""
    if len(run) <= 3 or looks_like_name(run):
        return [run]
    if names := _glued_names(run):
        return names
    if len(run) == 4 or _ROLE_RE.search(run):
        return [run]
    chunks = [run[i : i + 4] for i in range(0, len(run), 4)]
    return [n for c in chunks for n in (_glued_names(c) or [c])]


def _unglue_marks(pieces: list[str]) -> list[str]:
    """`姜明/文续鹏/图`: a mark after a slash glued to the next name is its own word
    (姜明/文 续鹏/图), not part of a name 文续鹏."""
    out: list[str] = []
    for i, p in enumerate(pieces):
        if i and pieces[i - 1] == "/" and len(p) >= 3 and p[0] in "文图" and _plausible_name(p[1:]):
            out += [p[0], p[1:]]
        else:
            out.append(p)
    return out


def _lex(text: str) -> list[_Tok] | None:
    # Padding joins single characters between spaces only: 王、李 are two names.
    groups = [
        _unglue_marks(_PIECE_RE.findall(g))
        for g in _LIST_SEP_RE.split(_MARK_COLON.sub(r"\1/", _WENTU_RE.sub(" 图文 ", text)))
    ]
    pieces = [p for g in groups for p in g]
    if any(p != "/" and not _CJK_RE.match(p) and not is_unit(p) for p in pieces):
        return None  # digits, Latin or sentence punctuation: not a byline
    toks: list[_Tok] = []
    for p in (p for g in groups for p in _join_padding(g)):
        run = [_Tok("/", p)] if p == "/" else _lex_run(p)
        if run is None:
            return None
        toks += run
    for i, t in enumerate(toks):  # a slash fixes which names a mark belongs to
        if t.kind == "/" and i and toks[i - 1].kind == "mark":
            toks[i - 1].attach = "pre"
        if t.kind == "/" and i + 1 < len(toks) and toks[i + 1].kind == "mark":
            toks[i + 1].attach = "post"
    toks = [t for t in toks if t.kind != "/"]
    return [t for i, t in enumerate(toks) if not _describes_a_teller(toks, i)]


_PERSON_WORDS = tuple(sorted(lx.ROLE_NOUNS | lx.TITLE_WORDS, key=len, reverse=True))


def _describes_a_teller(toks: list[_Tok], i: int) -> bool:
    """口述：退休教师 X, 讲述人：老党员 X: who the teller is, between the mark and the name
    (a word ending in a person's role or title), says nothing of the credit."""
    t = toks[i]
    return (
        t.kind == "unknown"
        and 0 < i < len(toks) - 1
        and toks[i - 1].kind == "mark"
        and toks[i - 1].role == "text"
        and toks[i - 1].text not in ("文", "文字", "撰文")
        and toks[i + 1].kind in ("name", "maybe")
        and t.text.endswith(_PERSON_WORDS)
    )


@dataclass
class _Group:
    """Names sharing one role word, outlet or mark: `记者 王赛华 柴琳琳`."""

    role: str | None = None
    org: str | None = None
    effect: str | None = None
    names: list[_Tok] = field(default_factory=list)
    opened: bool = False  # a role word, outlet or mark stands before the names
    skip: bool = False  # a label or unknown word: names we must not guess a role for
    sourced: bool = False  # 来源： names the outlet the names after it write for
    unit: str | None = None  # the school, bureau or township the names write from
    letter: bool = False  # 读者 X: a reader signs the letter they wrote

    def absorb(self, tok: _Tok) -> None:
        self.opened = True
        if tok.kind == "role":
            self.role, self.org = tok.role, tok.org or self.org
            self.letter = tok.text.endswith("读者")
        elif tok.kind == "unit":  # 通讯员 区市场监管局 X: the role word's role stays
            self.role, self.unit = self.role or tok.role, tok.text
        elif tok.kind == "org":
            self.org = tok.org
        elif tok.kind == "mark":
            self.effect = tok.role
        elif tok.kind == "label" and tok.text == lx.SOURCE_LABEL:
            self.skip = self.sourced = True
        else:
            self.skip = True
        if self.sourced and tok.kind in ("role", "org"):
            self.skip = False  # 来源：人民日报 记者 X: that outlet's reporter

    def credits(self) -> list[Credit] | None:
        if self.skip:
            return []
        if not self.opened and any(n.kind == "maybe" for n in self.names):
            return None  # `张三 摄` needs a real-looking name: no role word vouches for it
        if self.unit and any(
            n.kind == "maybe" or (common_word(n.text) and not n.vouched) for n in self.names
        ):
            return None  # nor does a unit (联系村委会，相关: prose cut at a line break)
        role = "photographer" if self.effect == "photo" else self.role
        if role == "reader":  # （读者 王某） signs the letter they wrote
            if not all(_reader(n, letter=self.letter) for n in self.names):
                return None  # 读者点题·共同关注: a column's name, not a reader's
            role = "author"
        if role is None and (self.org or self.effect in ("text", "keep")):
            role = "author"  # 文/X, or staff of another outlet (高新时报 方宝岭)
        if role is None:
            return None  # names with no role at all: not a byline
        if self.org and role in ("reporter", "correspondent"):
            role = "author"  # 新华社记者 X: another outlet's reporter
        return [Credit(n.text, role, self.org or self.unit) for n in self.names]


def _reader(tok: _Tok, *, letter: bool = False) -> bool:
    """A reader's name, not the rest of a rubric (读者来信, 读者点题·共同关注). After 读者
    or 市民, as after 记者, a name a rare surname opens (汲长安) or that ends in a
    character prose names rarely hold (魏子期) is one; an address (王大爷) is none, but
    after 读者 a letter may be signed 陈先生 (`letter`)."""
    name = tok.text
    if letter and len(name) == 3 and name[0] in SURNAMES and name[1:] in lx.SIGNING_ADDRESSES:
        # 读者 陈先生 signs a letter, keeping the name back; （市民 柴女士） after a
        # question names who asked, as one speaks of them
        return True
    if "·" in name or common_word(name):
        return False
    return looks_like_name(name) or (tok.kind == "maybe" and name[1:] not in lx.ADDRESS_WORDS)


def _is_suffix(mark: _Tok, nxt: _Tok | None, group: _Group) -> bool:
    """Does a mark close the names before it (X 摄) rather than open the next (图 X)?
    Where a mark opened the names before it, the next mark opens the next part, its role
    word and all (文 晚报记者 X 图 晚报记者 Y, as 文/… 图/… is printed)."""
    if mark.attach:
        return mark.attach == "post"
    if mark.text in _SUFFIX_MARKS or nxt is None:
        return True
    return nxt.kind not in ("name", "maybe") and not (nxt.kind == "role" and group.effect)


def _assign(toks: list[_Tok]) -> list[Credit] | None:
    if not any(tok.kind in ("role", "mark", "label") for tok in toks):
        # An outlet and a name alone (…申报，加快) is prose cut at a line break: a
        # byline always has a role word (记者) or a mark (摄, 文/图) somewhere.
        return None
    credits: list[Credit] = []
    group, unknown, labelled = _Group(), False, False
    by_role_alone = True  # every group so far closed by the next role word, none by a mark
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if tok.kind in ("name", "maybe"):
            group.names.append(tok)
            continue
        unknown, labelled = unknown or tok.kind == "unknown", labelled or tok.kind == "label"
        suffix = tok.kind == "mark" and group.names and _is_suffix(tok, nxt, group)
        if suffix:
            group.effect = tok.role
            # 续鹏/图: a mark the slash binds to the names vouches for them as a role word does
            group.opened = group.opened or (
                tok.attach == "post"
                and not any(n.kind == "maybe" and common_word(n.text) for n in group.names)
            )
        if group.names:
            found = group.credits()
            if found is None and not credits and _leading_writers(group, tok):
                found = [Credit(n.text, "author") for n in group.names]
            if found is None:
                return None
            if suffix and nxt is None and group.effect == "photo" and by_role_alone and credits:
                # 记者 X 通讯员 Y 摄: the closing 摄 is every name's; each group having
                # its own role word says who they are, not who took the photo.
                credits = [replace(c, role="photographer") for c in credits]
            by_role_alone = by_role_alone and tok.kind == "role" and group.effect is None
            credits += found
            # 通讯员 区卫健委 X 区疾控中心 Y: each unit's writer has the role word's role
            carried = (
                group.role if tok.kind == "unit" and group.unit and group.effect is None else None
            )
            group = _Group(role=carried)
        if not suffix:
            group.absorb(tok)
    # A dangling role word or an unknown word is prose, not a byline; a unit after a
    # photo mark (文/记者 X 图/农学院) says the photos are the unit's, credited to no person.
    if (
        group.opened
        and not group.names
        and not (group.unit and group.effect == "photo" and credits)
    ):
        return None
    found = group.credits() if group.names else []
    if found is None:
        return None
    credits += found
    if not credits and (unknown or not labelled):
        return None
    return credits


_OWN_RE = re.compile(_OWN)


def _leading_writers(group: _Group, role: _Tok) -> bool:
    """Names before the byline's first role word, with none of their own, the paper
    named in that word (■王振宇 本报特约记者 汤志远, an army paper's form): the unit's
    writers, credited as authors when each is a real-looking name. Before a bare role
    word (周敏 通讯员 韩卓) they are more likely a wrapped byline's second line."""
    return (
        role.kind == "role"
        and _OWN_RE.match(role.text) is not None
        and not group.opened
        and all(n.kind == "name" for n in group.names)
    )


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
    if sent := _SENT_OUT_RE.fullmatch(text.strip()):  # 新华社发（赵晴 摄）
        text = f"{sent[1]} {sent[2]}"
    found = _read_byline(text)
    if _CUE_RE.search(text) and CJK_GAP.search(text) and (found is None or _stops_at_a_word(text)):
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


# A letter's writer signs with who they are, no role word: a student's faculty and year
# (机械工程学院2018级 X), or a trade and where they ply it (宜宾县农民 X).
_GRADE_RE = re.compile(
    rf"(?P<unit>[{_CJK}]{{2,12}}?)\s*\d{{2,4}}级(?:\d{{1,2}}班)?\s*(?:学生|本科生|研究生)?"
    rf"\s*(?P<name>[{_CJK}]{{2,4}})"
)
_TRADE_RE = re.compile(
    rf"(?P<unit>[{_CJK}]{{2,12}}?)(?:退休)?"
    rf"(?:{'|'.join(sorted(lx.LETTER_SIGNERS, key=len, reverse=True))})\s+(?P<name>[{_CJK}]{{2,4}})"
)


def _signed_as_who(s: str) -> list[Credit] | None:
    """机械工程学院2018级 X, 宜宾县农民 X, 县一中教师 X: a writer who says who they are,
    their faculty (a unit) or their place or unit and trade, for a role word."""
    if (m := _GRADE_RE.fullmatch(s)) and looks_like_name(m["name"]):
        if is_unit(m["unit"]) or m["unit"].endswith("专业"):
            return [Credit(m["name"], "author", m["unit"])]
    if (m := _TRADE_RE.fullmatch(s)) and looks_like_name(m["name"]):
        if m["unit"].endswith(lx.PLACE_LEVELS):
            return [Credit(m["name"], "author")]
        unit = m["unit"][about.end() :] if (about := _ABOUT_WRITER.match(m["unit"])) else m["unit"]
        if _unit(unit):  # 某市第三中学教师 X, 作者系某学院教师 X: where they teach
            return [Credit(m["name"], "author", unit)]
        if taught := _unit_and_subject(unit):  # 市第一中学心理教师 X: what they teach
            return [Credit(m["name"], "author", taught)]
    return None


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
    return found or _signed_for_a_unit(" ".join(rest.split(None, 1)))


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


# ---- Lead markers -----------------------------------------------------------------

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
    rf"(?:{_MARKER_DATE}{_SP})?(?P<kind>讯|电|报道|消息)(?(open){_SP}[】〕\]])"
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


def _match_marker(s: str) -> re.Match | None:
    m = _MARKER_RE.match(s) or _OWN_DATED_RE.match(s)
    if m and not m["kind"]:
        if PRINTED_THEN.match(s[m.end() :]):
            return None  # 本报12月5日刊登的《…》: a report the paper printed, no dateline
        return m  # 本报6月13日, the paper's own dated lead printed without 讯
    if not m or (m["kind"] in ("报道", "消息") and not m["ju"]):
        return None  # "XX报道" opens a sentence; only 据XX报道 is a marker
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
    return ([Credit(n, "reporter") for n in names], m[0]) if names else None


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


_WORD_OR_NAME_BEFORE_FIGURES = re.compile(r"[^\s\d]+(?=\d)|\S+")


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
    closed = _closed_head(s)  # 本 报讯 为支持…: OCR's spaces inside the marker
    return closed is not None and (
        _match_marker(closed) is not None or _leading_bracket(closed) is not None
    )


# ---- Lines the page model reads as bylines -------------------------------------------

_NAME_SEPARATORS = re.compile(r"[\s、，,]+")
# A wire's photo with its photographer in brackets: 新华社发（赵晴 摄）.
_SENT_OUT_RE = re.compile(r"(\S{2,10}发)\s*[（(]([^（()）]{2,30})[）)]")


def byline_credits(text: str, *, news: bool = True) -> list[Credit] | None:
    """Credits of a line that stands where bylines stand, in forms the byline grammar
    leaves out: bare names closing an article (`王某 李某`, `（王某 李某）`) and a dateline
    printed at the end (`（本报北京1月9日电 记者 X）`). None if it names nobody.

    Bare names are the article's reporters in a news item (`news`), else its authors."""
    if (marked := _marker_and_byline(text)) is not None:
        return marked
    credits = parse_byline(text)
    if credits is not None:
        return credits
    if (fields := read_fields(text)) is not None:
        return fields.credits  # 来源：某报　作者：X: [] when it names nobody
    s = unicodedata.normalize("NFKC", text.strip())
    bracketed = s[:1] in _BRACKETS and s[-1:] == _BRACKETS[s[0]]
    if bracketed:
        s = s[1:-1].strip()
    if not s or len(s) > _MAX_BYLINE:
        return None
    lead = parse_lead(s)
    if lead.marker and lead.credits and not lead.rest:
        return lead.credits
    if lead.marker and lead.credits and (more := parse_byline(lead.rest)):
        return lead.credits + more  # （本报某地1月8日电 记者 沈默 通讯员 扎西）
    if names := bare_names(s, elements=bracketed):
        return [Credit(n, "reporter" if news else "author") for n in names]
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
            return [Credit(n, "reporter" if news else "author") for n in names] + rest
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


def _signed_for_a_unit(text: str) -> list[Credit] | None:
    """Credits after the unit their people write for (（图书馆 孟书瑶）, （外国语学院
    学生记者 方若宁）): a school's, a bureau's, a company's; its writers are authors."""
    unit, _, rest = text.partition(" ")
    if not rest or _ROLE_RE.match(unit):
        return None
    if not _unit(unit) and not _PUBLICITY_RE.fullmatch(unit):  # （警宣 X）: police publicity
        return None
    credits = parse_byline(rest.strip())
    if credits is None:
        credits = [Credit(n, "author") for n in _unit_writers(rest)]
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
    ):
        return names
    return []


def _section_name(word: str) -> bool:
    """长沙·城事, a city's page under the masthead: a place's name and a topic, or two
    topics (城事·民生). A transliterated name may open with a place's name too
    (瑞安·阿博特), never with a topic after it; jieba tags some name elements as
    places (扎西 is a name's)."""
    parts = re.split(f"[{_DOTS}]", word, maxsplit=1)
    if len(parts) < 2 or parts[0] in lx.NAME_ELEMENTS:
        return False
    return (place_word(parts[0]) or topic_words(parts[0])) and topic_words(parts[1])


def pen_name(text: str) -> bool:
    """A signature mark and two or three characters (□禾田客, ■石言平): a commentary's
    signature, whether or not it reads as a surname and a given name. Four are a
    rubric as often (■党建引领, ■基层新风)."""
    s = text.strip()
    rest = "".join(s[1:].split())
    return (
        s[:1] in lx.SIGNATURE_MARKS
        and 2 <= len(rest) <= 3
        and _CJK_RE.fullmatch(rest) is not None
        and not _not_name(rest)
    )


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
    tail = paragraph[end + 1 :].strip()
    if end < 0 and not in_brackets(tail) and not _noted_by_author(tail):
        return paragraph, []  # a paragraph of its own only in brackets: （王某 李某）
    if not tail:
        return paragraph, []
    tail = _FOLIO_AFTER.sub("", tail)
    credits = byline_credits(tail, news=news)
    return (paragraph[: end + 1], credits) if credits else (paragraph, [])
