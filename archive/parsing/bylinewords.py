"""The words of a byline: role words (记者), marks (摄, 文/图), outlets, and names.

What the byline grammar (bylinegrammar.py) lexes a line into, and the tests of a name
(a surname and a given name, a transliterated name, a unit a writer belongs to) that
every reader of credits shares. The word lists themselves are lexicon.py's.
"""

from __future__ import annotations

import re

from archive.parsing import lexicon as lx
from archive.parsing.jiebautil import (
    common_word,
)
from archive.parsing.metadata import SCHOOL_CLASS, is_unit

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
# A media centre's brand before the role word (云岫融媒记者 X, 长兴融媒体记者 X) is how a
# county centre signs its own staff on its own products; another paper crediting it
# names the institution (青岚县融媒体中心 X), an outlet of its own.
_OWN = (
    rf"本[{lx.OWN_OUTLET_CHARS}]|{'|'.join(lx.OWN_PAPER_KINDS)}"
    rf"|{'|'.join(sorted(lx.OWN_NEWSROOMS, key=len, reverse=True))}"
    rf"|[{_CJK}]{{1,6}}?(?:{'|'.join(lx.MEDIA_BRANDS)})(?!中)"
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
