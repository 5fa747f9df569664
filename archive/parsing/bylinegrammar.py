"""The byline grammar: a line read as tokens, and the roles its names take.

A line is read as a few kinds of words: role words (记者), marks (摄, 图, 文/图), outlet
names (高新时报), labels we do not credit (策划) and names (_lex). Names take the role of
the role word or mark around them (_assign). No regex nests repeats, so a megabyte of
input costs nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from archive.parsing import lexicon as lx
from archive.parsing.bylinewords import (
    _CJK,
    _CJK_RE,
    _CORES,
    _LIST_SEP_RE,
    _MARK_COLON,
    _MARKS,
    _OUTLET_RE,
    _OWN,
    _PIECE_RE,
    _ROLE_RE,
    _SUFFIX_MARKS,
    _WENTU_RE,
    SURNAMES,
    _listed_name,
    _plausible_name,
    _unit,
    element_name,
    looks_like_name,
)
from archive.parsing.jiebautil import (
    common_word,
    edge_flags,
    opens_with_word,
)
from archive.parsing.metadata import is_unit
from archive.parsing.result import Credit


@dataclass
class _Tok:
    # role | unit (a writer's, before their name) | org | name | maybe (name only next to
    # a role) | mark | label | unknown | /
    kind: str
    text: str
    role: str | None = None  # a role word's role; a mark's effect: photo | text | keep
    org: str | None = None
    attach: str | None = None  # a mark's side when a slash fixes it: "pre" (图/X), "post" (X/图)
    slashed: bool = False  # a slash, not a glued character, binds the mark to the name before
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
# A dispatch's word (本报讯, 县广播站讯), not a news team's (通讯组) nor a wire's (通讯社).
_DISPATCH_RE = re.compile("(?<!通)讯")
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
    if (
        _unit(run)
        and not _ROLE_RE.search(run)
        # (a works' short name may open on a verb: 热轧厂, 炼钢厂, no clause is so short;
        # and a place's name on a character jieba reads as one: 横溪公社, not 回到社区)
        and (
            edge_flags(run)[0] not in _CLAUSE_OPENERS
            or len(run) == 3
            or (len(run) == 4 and not opens_with_word(run))
        )
    ):
        if _DISPATCH_RE.search(run):
            return None  # 本报讯 在某村，村民…: a lead's marker opens a text, not a unit
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
        # 记者 旦增曲扎: a Tibetan name opening on a known element, its second one rarer
        or (
            len(run) == 4
            and run[:2] in lx.NAME_ELEMENTS
            and _CJK_RE.fullmatch(run) is not None
            and not common_word(run[2:])  # (旦增表示: a name and the verb after it)
        )
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
            toks[i + 1].attach, toks[i + 1].slashed = "post", True
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
    team: bool = False  # 学生记者团, 县委报道组: a body of writers, no one person
    by_role: bool = False  # a role word stands before the names (通讯员 炼钢厂 乌兰)

    def absorb(self, tok: _Tok) -> None:
        self.opened = True
        if tok.kind == "role":
            self.role, self.org, self.by_role = tok.role, tok.org or self.org, True
            self.letter = tok.text.endswith("读者")
            self.team = bool(
                _PRESS_CORPS_RE.fullmatch(tok.text) or _NEWS_TEAM_RE.fullmatch(tok.text)
            )
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
            (n.kind == "maybe" and not self.by_role) or (common_word(n.text) and not n.vouched)
            for n in self.names
        ):
            # nor does a unit alone (联系村委会，相关: prose cut at a line break); a role
            # word before it does (通讯员 炼钢厂 乌兰 龚磊)
            return None
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
            found = _credits_of(group, tok if suffix else None)
            if found is None and not credits and _leading_writers(group, tok):
                found = [Credit(n.text, "author") for n in group.names]
            if found is None:
                return None
            if (
                suffix
                and nxt is None
                and group.effect == "photo"
                and not tok.slashed
                and by_role_alone
                and credits
            ):
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
    # A dangling role word or an unknown word is prose, not a byline; a unit or a team
    # after a photo mark (文/记者 X 图/农学院, 文/X 图/学生记者团) says the photos are
    # theirs, credited to no person.
    if (
        group.opened
        and not group.names
        and not ((group.unit or group.team) and group.effect == "photo" and credits)
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


def _credits_of(group: _Group, mark: _Tok | None) -> list[Credit] | None:
    """The group's credits, closed by `mark` where a mark closes it. A slash glues a mark
    to the one name before it (本报记者 X Y/图): the photos are Y's, and X keeps the role
    word's role, as a space-set closing mark (记者 X Y 摄) would not say."""
    if mark is None or not mark.slashed or group.role is None or len(group.names) < 2:
        return group.credits()
    before = replace(group, effect=None, names=group.names[:-1]).credits()
    glued = replace(group, names=group.names[-1:]).credits()
    return None if before is None or glued is None else before + glued


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
