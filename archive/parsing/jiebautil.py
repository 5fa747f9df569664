"""jieba, loaded once and quietly. The parser uses it only for short look-ups."""

import functools
import logging


@functools.cache
def _posseg():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.posseg


def first_word_flag(text: str) -> str:
    """jieba's part-of-speech tag of the first word of `text` ('' if none)."""
    for pair in _posseg().cut(text[:12]):
        if pair.word.strip():
            return pair.flag
    return ""


def crosses(left: str, right: str) -> bool:
    """Does jieba read a word across the boundary of left+right (a line wrap mid-word)?"""
    text = left[-4:] + right[:4]
    cut = len(left[-4:])
    pos = 0
    for pair in _posseg().cut(text):
        end = pos + len(pair.word)
        if pos < cut < end:
            return True
        pos = end
    return False


def has_verb(text: str) -> bool:
    """A plain verb (v), not a verbal noun (vn: 工作, 检查) that heads a noun phrase."""
    return any(pair.flag == "v" for pair in _posseg().cut(text))


def ends_with_verb(text: str) -> bool:
    words = [pair for pair in _posseg().cut(text[-6:]) if pair.word.strip()]
    return bool(words) and words[-1].flag == "v"


# Particles, prepositions and conjunctions: a text ending in one stops mid-phrase.
_DANGLING_FLAGS = {"u", "uj", "ul", "uz", "ud", "ug", "uv", "p", "c"}


def ends_with_particle(text: str) -> bool:
    words = [pair for pair in _posseg().cut(text[-6:]) if pair.word.strip()]
    return bool(words) and len(words[-1].word) == 1 and words[-1].flag in _DANGLING_FLAGS


# The line-role model asks these of every line of a page, so they use rjieba (jieba's
# dictionary and tags in Rust, no HMM guessing): ~100x faster than jieba.posseg.
def edge_flags(text: str) -> tuple[str, str]:
    """jieba's dictionary tags of the first and the last word of a line ('' where none):
    whether a line can open a headline or a sentence, or stops mid-phrase."""
    import rjieba

    head = [t for w, t in rjieba.tag(text[:8], False) if w.strip()]
    tail = [t for w, t in rjieba.tag(text[-6:], False) if w.strip()] if len(text) > 8 else head
    return (head[0] if head else "", tail[-1] if tail else "")


def crosses_quick(left: str, right: str) -> bool:
    """`crosses` by jieba's dictionary alone: a known word spans the line break."""
    import rjieba

    text = left[-4:] + right[:4]
    cut, pos = len(left[-4:]), 0
    for word in rjieba.cut(text, False):
        end = pos + len(word)
        if pos < cut < end:
            return True
        pos = end
    return False


def has_plain_verb(text: str) -> bool:
    """`has_verb` by jieba's dictionary alone (a plain verb, not a verbal noun)."""
    import rjieba

    return any(tag == "v" for _, tag in rjieba.tag(text, False))
