"""jieba's dictionary, for the parser's short look-ups at line edges.

They run on every line of a page (the line-role model's features), so they use rjieba:
jieba's dictionary and tags in Rust, with no HMM guessing — about 100x faster than
jieba.posseg with its HMM (0.4 s a page, measured).
"""

import rjieba


def edge_flags(text: str) -> tuple[str, str]:
    """jieba's tags of the first and the last word of a line ('' where none): whether a
    line can open a headline or a sentence, or stops mid-phrase."""
    head = [t for w, t in rjieba.tag(text[:8], False) if w.strip()]
    tail = [t for w, t in rjieba.tag(text[-6:], False) if w.strip()] if len(text) > 8 else head
    return (head[0] if head else "", tail[-1] if tail else "")


def crosses(left: str, right: str) -> bool:
    """Does a dictionary word span the break between two lines (a wrap mid-word)?"""
    text = left[-4:] + right[:4]
    cut, pos = len(left[-4:]), 0
    for word in rjieba.cut(text, False):
        end = pos + len(word)
        if pos < cut < end:
            return True
        pos = end
    return False


def place_word(text: str) -> bool:
    """Is `text` one word jieba knows as a place's name (长沙, 宜昌)?"""
    words = rjieba.tag(text, False)
    return len(words) == 1 and words[0][1] == "ns"


def noun_word(text: str) -> bool:
    """Is `text` one word jieba tags as a noun (心理, 英语, 体育), not a rank (高级)?"""
    words = rjieba.tag(text, False)
    return len(words) == 1 and words[0][1] in ("n", "nz", "vn")


def topic_words(text: str) -> bool:
    """Is `text` made of common nouns or verbs alone (城事, 民生, 街区, 观察): a page's
    topic, where a transliterated name holds a name's or a sound's characters (阿博特)?"""
    words = rjieba.tag(text, False)
    return bool(words) and all(tag in ("n", "s", "vn", "v", "an") for _, tag in words)


def has_verb(text: str) -> bool:
    """A plain verb (v), not a verbal noun (vn: 工作, 检查) that heads a noun phrase."""
    return any(tag == "v" for _, tag in rjieba.tag(text, False))


def common_word(text: str) -> bool:
    """Is `text` one dictionary word other than a proper noun (表示, 新年, 手记), so no
    name however short a byline makes it?"""
    words = rjieba.tag(text, False)
    return len(words) == 1 and not words[0][1].startswith(("nr", "ns", "nz"))


def opens_with_word(text: str) -> bool:
    """Does `text` open with a dictionary word of two characters or more that is no
    name (介入后, 目前姚: a sentence going on after 记者, not a rare surname's name)?"""
    words = rjieba.tag(text, False)
    return (
        len(words) >= 2 and len(words[0][0]) >= 2 and not words[0][1].startswith(("nr", "ns", "nz"))
    )
