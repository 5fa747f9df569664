"""Stage 2: normalise one line of page text.

Full-width ASCII letters, digits and spaces become half-width; Chinese punctuation
is made full-width where it sits inside Chinese text; Markdown heading marks are
removed (their level is kept by the caller). Spaces are not removed here: in a
byline they separate names, in a headline they separate phrases. `join_cjk`
removes the stray ones inside running text.
"""

import functools
import importlib.resources
import re
import unicodedata

from .lexicon import CJK

HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SPACES = re.compile(r"[ \t\u3000\u00a0\u2002-\u200b]+")
# Half-width punctuation that OCR or typists put in Chinese text, and its full form.
# A full stop after Chinese text (…报告.去年, …4100余万元.) ends its sentence; one
# after a digit may be a decimal point a column cut (增长7. / 3%), and is left.
_TO_FULL = {
    ",": "，",
    ";": "；",
    ":": "：",
    "?": "？",
    "!": "！",
    "(": "（",
    ")": "）",
    ".": "。",
}
_HALF_PUNCT = re.compile(
    rf"(?<=[{CJK}”」）])([,;:?!])|([,;:?!])(?=[{CJK}“「（])|(?<=[{CJK}])\((?=[^()\n]{{0,40}}\))|(?<=[{CJK}])\)"
    rf"|(?<=[{CJK}%”」）])\.(?![.0-9A-Za-z])"
)
# A ditto mark alone between spaces: a speck OCR read as 〃 (a table's ditto stands in
# a cell, not in a line of running text), e.g. between a sentence and its credit.
_SPECK = re.compile(r"(?:(?<=\s)|^)〃(?=\s|$)")
_OPEN_PAREN_AFTER_CJK = re.compile(rf"(?<=[{CJK}])\(")
_CLOSE_PAREN = re.compile(r"（([^()（）\n]{0,40})\)")
# Spaces between two CJK characters, or a CJK character and a digit, are OCR noise.
CJK_GAP = re.compile(
    rf"(?<=[{CJK}\d“”（）《》、，。；：！？])[ ]+(?=[{CJK}“”（）《》、，。；：！？])"
    rf"|(?<=[{CJK}])[ ]+(?=\d)|(?<=\d)[ ]+(?=[{CJK}])"
)


def heading_level(line: str) -> tuple[int, str]:
    """('## 标题') -> (2, '标题'); a line that is no Markdown heading -> (0, line)."""
    m = HEADING.match(line)
    if not m:
        return 0, line
    return len(m.group(1)), m.group(2)


def normalise_line(line: str) -> str:
    line = line.translate(_FOLD)
    if "〃" in line:  # rare: no regex on every line of every page
        line = _SPECK.sub("", line)
    # Markdown hard line break ("  " at the end) and trailing spaces carry nothing.
    line = _SPACES.sub(" ", line).strip()
    line = _HALF_PUNCT.sub(lambda m: _TO_FULL[(m.group(1) or m.group(2) or m.group(0))], line)
    line = _CLOSE_PAREN.sub(r"（\1）", line)
    return line


def join_cjk(text: str) -> str:
    """Remove the spaces that OCR leaves inside Chinese running text."""
    return CJK_GAP.sub("", text)


# A space with a lone character on either side of it: OCR's, not the printer's.
LONE_GAP = re.compile(
    rf"(?<=(?<![{CJK}])[{CJK}])\s+(?=[{CJK}])|(?<=[{CJK}])\s+(?=[{CJK}](?![{CJK}]))"
)


def close_lone_gaps(text: str) -> str:
    """Close the spaces beside a lone Chinese character (本 报 讯, 记 者  罗 文) and keep
    those between words (本报记者 杨文明 通讯员: closed, it would read as 本报…讯)."""
    return LONE_GAP.sub("", text)


def _fold_width(ch: str) -> str:
    code = ord(ch)
    if code == 0x3000:
        return " "
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return unicodedata.normalize("NFKC", ch)
    if ch in "．％＋－＝／＃＆＠":
        return unicodedata.normalize("NFKC", ch)
    return ch


# Every character _fold_width changes, as one table for str.translate (a Python call per
# character was a tenth of the parser's time); the BOM and CR go too.
_FOLD = {
    ord(ch): _fold_width(ch)
    for ch in ["\u3000", *map(chr, range(0xFF01, 0xFF5F))]
    if _fold_width(ch) != ch
} | {0xFEFF: None, ord("\r"): None}


@functools.cache
def simplified_table() -> dict[int, str]:
    # OpenCC's traditional-to-simplified characters ("報\t报"; where it offers several,
    # the first is the usual one), one for one only, so that a folded text keeps every
    # character's position. search.analyzer folds the index's text with it too.
    chars = importlib.resources.files("opencc") / "dictionary" / "TSCharacters.txt"
    table = {}
    for line in chars.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split()[0] if targets.split() else ""
        if len(source) == 1 and len(target) == 1 and source != target:
            table[ord(source)] = target
    return table


@functools.cache
def _traditional() -> frozenset[str]:
    return frozenset(map(chr, simplified_table()))


def simplified(text: str) -> str:
    """The text in simplified characters, character for character (本報訊 → 本报讯):
    the byline grammar and the lead markers are written in them. Text kept for
    readers stays as printed. (Most text holds no traditional character: a set tells
    so in about half the time a translation takes.)"""
    return text if _traditional().isdisjoint(text) else text.translate(simplified_table())


def unspaced(line: str) -> str:
    """A line OCR spaced out letter by letter (2 0 2 3 年 7 月 1 4 日 星 期 五) with its
    spaces closed; any other line as it is. Closed letter by letter, a date line reads
    like any other; the spaces of a line of words stay."""
    tokens = line.split()
    singles = sum(len(t) == 1 for t in tokens)
    if len(tokens) >= MIN_SPACED_LETTERS and singles >= SPACED_SHARE * len(tokens):
        return "".join(tokens)
    return line


MIN_SPACED_LETTERS = 6
SPACED_SHARE = 0.8
