"""Characters a reader types for one another: of the same sound (pinyin input offers
原 for 源) or of like shape (已 for 己), for 您是不是要找 (`spelling.py`).

Same sound: pypinyin's table of every reading of a character, tones left out (an
input method shows 原 and 愿 for "yuan" alike), kept to the characters jieba's
dictionary counts as words of their own (and simplified: queries are folded), the
commonest first: rare characters of a syllable are not what anyone meant. Like shape: `confusables.txt`, written by hand.
Both are built on first use (a page with no results), not at start-up.
"""

import functools
import importlib.resources
import importlib.util
import json
import unicodedata
from pathlib import Path

from .analyzer import fold, frequency, in_dictionary, is_cjk

SAME_SOUND = 40  # the commonest characters of a syllable offered for a character
_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0304\u030c"))  # pinyin's tone marks


def _syllable(reading):
    # yuán → yuan, lǜ → lü (the diaeresis is a letter's, not a tone).
    bare = unicodedata.normalize("NFD", reading).translate(_TONES)
    return unicodedata.normalize("NFC", bare)


def _pinyin_table() -> dict[str, str]:
    """pypinyin's table of readings (~40 000 characters), read from its data file.
    Importing any module of pypinyin runs its package's __init__, which loads its
    phrase dictionary and trains a segmenter: 50 MB more in each worker and 0.3 s on
    the first query that asked for a correction (measured on the search benchmark);
    the table alone is 0.8 MB of JSON."""
    spec = importlib.util.find_spec("pypinyin")  # a top-level package: not imported
    path = Path(spec.origin).parent / "pinyin_dict.json"
    return json.loads(path.read_text("utf-8"))


@functools.cache
def _sounds():
    """({character: its syllables}, {syllable: characters, commonest first})."""
    syllables, chars = {}, {}
    for code, readings in _pinyin_table().items():
        char = chr(int(code))
        if not (is_cjk(char) and in_dictionary(char)) or fold(char) != char:
            continue
        found = tuple(dict.fromkeys(_syllable(r) for r in readings.split(",")))
        syllables[char] = found
        for syllable in found:
            chars.setdefault(syllable, []).append(char)
    for syllable, group in chars.items():
        group.sort(key=lambda c: (-frequency(c), c))
        chars[syllable] = group[:SAME_SOUND]
    return syllables, chars


@functools.cache
def _shapes():
    """{character: the characters of like shape}, from confusables.txt."""
    text = (importlib.resources.files("search") / "confusables.txt").read_text("utf-8")
    found = {}
    for line in text.splitlines():
        group = line.split("#")[0].strip()
        for char in group:
            found.setdefault(char, []).extend(c for c in group if c != char)
    return {char: tuple(dict.fromkeys(others)) for char, others in found.items()}


@functools.cache
def confusables(char):
    """The characters `char` may have been typed for: like shape first, then the same
    sound, commonest first; never `char` itself."""
    syllables, chars = _sounds()
    found = list(_shapes().get(char, ()))
    for syllable in syllables.get(char, ()):
        found.extend(chars.get(syllable, ()))
    return tuple(c for c in dict.fromkeys(found) if c != char)


def confused(a, b):
    """Whether `b` is `a` with one character swapped for one it is confused with."""
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(differ) == 1 and differ[0][1] in confusables(differ[0][0])
