"""Stage 2c: a byline line, or an address, a narrow column cut in two is one line again.

A column 8 to 16 characters wide breaks a byline standing on its own line wherever
the width runs out: after a role word (`■记者 王明 通讯员` / `李华`), inside a name
(`□晚报记者 邢` / `立`) or inside a role word (`文/图 本报记` / `者 倪晓峰`), a credit in
brackets as well (`（通讯员 欧 阳` / `红）`). Neither
half is a byline, so the line-role model sees a stray short line and a headline-like
one, and the credit is lost or the name is read as a title. The two lines are joined
before the model labels them when the first opens as a byline but is none alone, the
second is short and no byline either, and the two read together as one that credits
the second's words. (A caption's credit wrapped in the caption's text is left to the
caption: `…供图 本报记者 林` opens as no byline.)

An unbracketed byline after a lead's marker may be cut inside its last name, the
text going on after it (`本报讯 记者 牛志` / `刚5月28日，…`): the name's end goes back up.

An e-mail or web address cut the same way (`投稿邮箱：abc@163.` / `com`) is joined
too: alone, its tail is a short line like a headline's.

Lines the join removes shift the later lines' numbers down, so that a blank line (a
gap the stages after this one read) is still told by a number skipped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon as lx
from .credits import byline_credits, opens_a_byline, parse_byline, parse_lead
from .layout import Line, ends_sentence
from .normalise import close_lone_gaps

MAX_HEAD = 24  # a longer first part is a paragraph's line, handled with its paragraph
MAX_REST = 6  # the rest of a name or a role word and a name: `者 倪晓峰`

# A line ending inside an address (no space before its end), and the address's rest.
_ADDRESS_CUT = re.compile(r"(?:@|www\.|https?://)[\w.@/%?=&-]*$", re.ASCII)
_ADDRESS_REST = re.compile(r"[\w.@/%?=&-]+[。，；）)]?", re.ASCII)
_DOMAINS = {"com", "cn", "net", "org", "gov", "edu", "html", "htm"}
# A bracket left open at a line's end (`…辆。（城关工商所`), and its close on the next.
_OPEN_BRACKET = re.compile(r"[（(]([^（()）]{2,16})$")
_BRACKET_REST = re.compile(r"[^（()）]{1,6}[)）]")


def rejoin_cut_lines(lines: list[Line]) -> list[Line]:
    """The page's lines with each byline or address cut by the column's width read whole."""
    lines, out = list(lines), []  # a name's end moved back changes a line: not the caller's
    i = 0
    while i < len(lines):
        line = lines[i]
        shift = line.index - len(out)  # lines joined so far
        joined = _cut(line, lines[i + 1]) if i + 1 < len(lines) else None
        if joined:
            out.append(replace(line, index=line.index - shift, end=lines[i + 1].end, text=joined))
            i += 2
            continue
        if i + 2 < len(lines) and (joined := _cut_twice(line, lines[i + 1], lines[i + 2])):
            out.append(replace(line, index=line.index - shift, end=lines[i + 2].end, text=joined))
            i += 3
            continue
        if i + 1 < len(lines) and (moved := _name_cut_before_text(line, lines[i + 1])):
            # Both stay lines: the second is the lead's text, the first its byline.
            lines[i + 1] = replace(lines[i + 1], text=moved[1])
            line = replace(line, text=moved[0])
        out.append(replace(line, index=line.index - shift) if shift else line)
        i += 1
    return out


# A line's opening character, run into the figures after it (刚5月28日).
_CHAR_BEFORE_FIGURES = re.compile(rf"([{lx.CJK}])\d")


def _name_cut_before_text(line: Line, nxt: Line) -> tuple[str, str] | None:
    """`本报讯 通讯员 韩雪 记者 牛志` over `刚5月28日，…`: an unbracketed byline after the
    lead's marker, the column cut inside its last name, the lead's text going on
    with the date. The name's last character goes back to its line, if the byline
    read with it names the longer name (牛志刚)."""
    head, rest = line.text.rstrip(), nxt.text
    m = _CHAR_BEFORE_FIGURES.match(rest)
    if not m or line.level or nxt.level or len(head) > MAX_HEAD * 2:
        return None
    lead = parse_lead(head)
    if not lead.marker or lead.bracket or not lead.credits or lead.rest:
        return None
    longer = parse_lead(head + rest).credits
    if [c.name for c in longer] != [
        *(c.name for c in lead.credits[:-1]),
        lead.credits[-1].name + m[1],
    ]:
        return None
    return head + m[1], rest[1:]


def _cut(line: Line, nxt: Line) -> str | None:
    """The two lines read as one, if the column's width cut one line in two."""
    head, rest = line.text.rstrip(), nxt.text.strip()
    if not head or not rest or line.level or nxt.level:
        return None
    return (
        _byline_cut(head, rest)
        or _close_cut(head, rest)
        or _unit_cut(head, rest)
        or _bracket_cut(head, rest)
        or _address_cut(head, rest)
    )


def _cut_twice(line: Line, middle: Line, last: Line) -> str | None:
    """`（记者 X` / `通讯员 Y` / `Z）`: a bracketed credit a narrow column cut into three
    lines, its middle one bracket-free and no longer than a role word and a name. Read
    as the first two lines, then their cut with the third."""
    mid = middle.text.strip()
    m = _OPEN_BRACKET.search(line.text.rstrip())
    if not m or not mid or len(mid) > MAX_REST + 2 or re.search(r"[（()）]", mid):
        return None
    if middle.level or not opens_a_byline(m.group(1).lstrip()):
        return None
    return _cut(replace(line, text=f"{line.text.rstrip()} {mid}"), last)


def _byline_cut(head: str, rest: str) -> str | None:
    if (
        len(head) > MAX_HEAD
        or len(rest) > MAX_REST
        or ends_sentence(head)
        or not _opens_a_byline(head.lstrip("（(").lstrip())  # （通讯员 欧 阳 / 红）
        or parse_byline(head) is not None
        or parse_byline(rest) is not None
    ):
        return None
    return _joined_naming_the_rest(head, rest, parse_byline)


def _opens_a_byline(text: str) -> bool:
    """Does the line open as a byline does, OCR's stray spaces beside a lone letter
    closed (本 报记者 X 通 讯员 Y)? (Not the spaces between words: …供图  本报记者  林
    is a caption's credit, which the caption keeps.)"""
    return opens_a_byline(text) or opens_a_byline(close_lone_gaps(text))


def _close_cut(head: str, rest: str) -> str | None:
    """`（记者 X 通讯员 Y` over `）`: a closing credit whose bracket the column pushed onto a
    line of its own. Joined, the bracket closes a credit the grammar reads."""
    m = _OPEN_BRACKET.search(head)
    if rest not in ("）", ")") or not m:
        return None
    return head + rest if byline_credits(m[0] + rest) else None


# A byline's mark and a unit's name, nothing else (□ 县农技推广中心): no byline of a
# role and a name (◎记者 X over ◎Y 摄: two bylines).
_MARKED_UNIT = re.compile(rf"[{lx.RUBRIC_MARKS}]\s*[{lx.CJK}]{{3,16}}")


def _unit_cut(head: str, rest: str) -> str | None:
    """`□ 县农技推广中心` over `曹玉梅`: a marked byline naming a unit's writer, the
    column cut before the name. Alone, the unit reads as a headline's line and the name
    as a signature; together they are the writer and where they work. (Unmarked, a
    unit over a name may close a letter: the signature rules read those.)"""
    if not _MARKED_UNIT.fullmatch(head):
        return None
    joined = f"{head} {rest}"
    return joined if parse_byline(joined) else None


def _bracket_cut(head: str, rest: str) -> str | None:
    """`（城关工商所` over `鄢晴）`, `（县人武部 阮` over `立 新）`: a closing credit in
    brackets, after its article's last sentence, that names a unit's writer once whole.
    (A bracket opened by a role word is the byline join's: `（通讯员 欧 阳` / `红）`.)"""
    m = _OPEN_BRACKET.search(head)
    if not m or not _BRACKET_REST.fullmatch(rest) or opens_a_byline(m.group(1)):
        return None
    before = head[: m.start()].rstrip()
    if before and not ends_sentence(before):
        return None
    # The name ends with the rest's last word (立 新） → 阮立新), not with a role word in it.
    last = rest[:-1].split()[-1:] or [""]
    return _joined_naming_the_rest(
        head,
        rest,
        lambda joined: byline_credits(joined[m.start() :]),
        lambda name: name.endswith(last[0]),
    )


def _joined_naming_the_rest(head: str, rest: str, read, names_the_rest=None) -> str | None:
    """The two parts joined, if `read` finds a credit whose name the rest ends. A cut
    inside a word (邢 / 立, 本报记 / 者) joins directly; a cut at a space keeps it."""
    names_the_rest = names_the_rest or (lambda name: _ends_with(name, rest))
    for joined in (head + rest, f"{head} {rest}"):
        credits = read(joined)
        if credits and any(names_the_rest(c.name) for c in credits):
            return joined
    return None


def _address_cut(head: str, rest: str) -> str | None:
    """`…abc@163.` over `com。`: the address read whole."""
    if not _ADDRESS_CUT.search(head) or not _ADDRESS_REST.fullmatch(rest):
        return None
    # Cut for sure after a dot or a slash, or when the rest holds the domain's end; a
    # whole address over a plain word (`…@163.com` / `news`) is two lines.
    tail = rest.rstrip("。，；）)")
    if head[-1] in "./@" or "." in tail or "/" in tail or tail.lower() in _DOMAINS:
        return head + rest
    return None


# Marks that close a byline after its last name (覃 / 志刚 摄): the name ends before them.
_CLOSING_MARKS = (*lx.PHOTO_SUFFIX_MARKS, *lx.KEEP_SUFFIX_MARKS)


def _ends_with(name: str, rest: str) -> bool:
    """Is the second line's last word, or the word before its closing 摄, part of a name
    the joined byline credits?"""
    words = rest.replace("）", " ").replace(")", " ").split()
    while len(words) > 1 and words[-1] in _CLOSING_MARKS:
        words.pop()
    last = words[-1] if words else ""
    return bool(last) and (name.endswith(last) or last.endswith(name))
