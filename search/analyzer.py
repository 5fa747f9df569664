"""The jieba analyzer that the Whoosh index and the query builder share.

Stock Whoosh analyzers split on spaces and stem English, so Chinese text becomes one
token per clause and nothing is ever found. jieba's own `ChineseAnalyzer` emits its
overlapping search-mode pieces at *character* offsets, which breaks phrase queries.
This tokenizer instead:

- folds the text first (traditional to simplified, full-width to half-width, upper to
  lower case), one character for one character, so offsets into the folded text are
  offsets into the original and 預算 finds 预算;
- numbers jieba's words 0, 1, 2, ... so a phrase is a run of consecutive positions;
  punctuation leaves a gap, so a phrase never bridges a comma;
- at index time adds, at the *same* position as the word, the dictionary words inside
  it (jieba's search-mode parts: 污染 in 污染源) and each of its Chinese characters, so
  a one-character query and a word inside a longer word both match;
- marks where a sentence ends (。！？；), where a paragraph ends (a line break) and
  where an article's body ends (`BODY_END`, written after it by search_indexes.py),
  each with a term no query can type, at the gap the break leaves: 同句, 同段 and 正文:
  are asked by position against these marks (`MARKS`);
- leaves `PART_GAP` empty positions after the body's end and after each `PART_END`
  (which search_indexes.py writes between the headline lines, the column and the
  names after the body), so that no proximity query joins the last words of one part
  to the first of the next;
- with `tokenize=False` yields the folded value as one token, as Whoosh expects.

It is a module-level class with no state, because Whoosh pickles the schema (and with
it the analyzer) into the index's table of contents.
"""

import collections
import logging
import re
from sys import intern

import jieba
from whoosh.analysis import Token, Tokenizer

from archive.parsing.normalise import simplified_table

jieba.setLogLevel(logging.WARNING)
# Loading the dictionary takes ~0.7 s and ~80 MB: do it once at import, which the app
# config triggers before gunicorn forks its workers (`--preload`).
jieba.initialize()

try:  # a wheel for most platforms; without it the same words come from jieba alone
    import rjieba
except ImportError:  # pragma: no cover
    rjieba = None
else:
    rjieba.cut("预热")  # loads its own copy of the dictionary now, before the fork

_FREQ = jieba.dt.FREQ


def _fold_table():
    # Traditional to simplified, one for one (預 → 预): the parser's table of OpenCC's.
    table = dict(simplified_table())
    # Full-width ASCII (Ａ１：) to half-width, and the ideographic space to a space.
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0)
    table[0x3000] = " "
    # Lower case last, so full-width Ａ becomes a as well.
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code + 32)
    for code in range(0xFF21, 0xFF3B):
        table[code] = chr(code - 0xFEE0 + 32)
    return table


FOLD_TABLE = _fold_table()


def fold(text):
    """Return `text` folded for matching; always the same length as `text`."""
    return text.translate(FOLD_TABLE)


def is_cjk(char):
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x3134F
        or 0xF900 <= code <= 0xFAFF
    )


def is_word(text):
    """A token worth indexing: it holds a letter, a digit or a Chinese character."""
    return any(char.isalnum() for char in text)


def in_dictionary(word):
    return bool(_FREQ.get(word))


def frequency(word):
    """How often jieba's dictionary counts `word` (0 if it is none of its words)."""
    return _FREQ.get(word) or 0


# jieba cuts text into blocks of Han characters, letters, digits and +#&._%- (its
# `re_han_default`), segments each block with its dictionary and HMM, and yields what
# lies between blocks one character (or one whitespace run) at a time. rjieba, the Rust
# port with the same dictionary and HMM, segments a block ~5-20x faster and gives the
# same words for a block of Han characters and digits (2021年7月9日上午); on letters
# and marks it differs (COVID-19 is one word to it, three to jieba), and it treats CJK
# extension characters as Han. So rjieba gets exactly the blocks of Han and digits and
# jieba the rest: the words are jieba's (tests/search/test_segmenter.py proves it on
# the seed pages, a generated corpus and random strings), at close to rjieba's speed
# on newspaper text.
_BLOCK = jieba.re_han_default
_SKIP = jieba.re_skip_default
_HAN_AND_DIGITS = re.compile("[\\u4e00-\\u9fd50-9]+")
_cut_han = rjieba.cut if rjieba is not None else None


def cut(text):
    """jieba.cut(text, HMM=True), word for word, as a list."""
    words = []
    append, extend = words.append, words.extend
    # `_BLOCK` has one group, so split() alternates what lies between blocks (even
    # items) and the blocks (odd): no second regex to tell which is which. Most of what
    # lies between is one mark, which jieba yields as it is.
    for i, part in enumerate(_BLOCK.split(text)):
        if not part:
            continue
        if i & 1:
            if _cut_han is not None and _HAN_AND_DIGITS.fullmatch(part):
                extend(_cut_han(part, True))
            else:
                extend(jieba.dt.cut(part, HMM=True))
        elif len(part) == 1:
            append(part)
        else:
            for piece in _SKIP.split(part):
                if _SKIP.match(piece):
                    append(piece)
                else:
                    extend(piece)
    return words


def tokenize(text):
    """jieba.tokenize(text, HMM=True): (word, start, end) in order."""
    start = 0
    for word in cut(text):
        end = start + len(word)
        yield word, start, end
        start = end


_tokenize = tokenize  # ChineseTokenizer's own argument of that name hides it


def segment(text):
    """Yield (word, start, end) for the words of already folded `text`, in order.

    Whitespace is dropped; punctuation is yielded with `word` = None so callers can
    leave a gap in the positions.
    """
    for word, start, end in tokenize(text):
        if word.isspace():
            continue
        yield (word if is_word(word) else None), start, end


def words(text):
    """The folded query words of `text`, as the index numbers them (no sub-words)."""
    return [word for word, _start, _end in segment(fold(text)) if word]


def subwords(word):
    """(piece, offset) for what is indexed at a word's position besides the word."""
    pieces = []
    length = len(word)
    # jieba's search mode: dictionary bigrams and trigrams inside a longer word.
    for size in (2, 3):
        if length > size:
            for i in range(length - size + 1):
                gram = word[i : i + size]
                if _FREQ.get(gram):
                    pieces.append((gram, i))
    if length > 1:
        pieces.extend((char, i) for i, char in enumerate(word) if is_cjk(char))
    seen = {word}
    for piece, offset in pieces:
        if piece not in seen:
            seen.add(piece)
            yield piece, offset


def pieces(word):
    """What is indexed at a word's position: the word, then its sub-words; () for
    punctuation (which leaves a gap). Worked out once a word (`_learn`), each sub-word
    interned: the characters and short words inside a batch's words are a few thousand
    strings, which a copy in each word's pieces had held 160 000 times over."""
    if not is_word(word):
        return ()
    return (word, *(intern(piece) for piece, _offset in subwords(word)))


# The marks' terms: none holds a letter, digit or Chinese character, so no query word
# is one (`is_word`), and none a space or bar (search/elastic.py's separators).
SENTENCE = "。"
PARAGRAPH = "¶"
BODY = "§"
MARKS = (SENTENCE, PARAGRAPH, BODY)
BODY_END = "\ue000"  # a private-use character: what search_indexes.py writes after a body
PART_END = "\ue001"  # and between the parts after it (a headline line, a name)
# Empty positions after a part: more than any "A B"~N allows (queries.MAX_SLOP is one
# less), so a name at the end of the title and the first credit are not "near". Lucene
# calls this position_increment_gap (100 by default); search/elastic.py gives
# OpenSearch the same, so both engines number every position alike.
PART_GAP = 1001
_SENTENCE_ENDS = frozenset("。！？；!?;")
_PART, _BODY = 3, 4
# A break's strength (a body's end ends its part, a part its paragraph, a paragraph its
# sentence) and the marks it leaves.
_MARKS_OF = {0: (), 1: (SENTENCE,), 2: (SENTENCE, PARAGRAPH), _PART: (SENTENCE, PARAGRAPH)}
_MARKS_OF[_BODY] = MARKS


def _strength(piece):
    """How strong a break `piece` (what jieba yields that is no word) makes: 0 none."""
    if piece in _SENTENCE_ENDS:
        return 1
    if BODY_END in piece:
        return _BODY
    if PART_END in piece:
        return _PART
    return 2 if "\n" in piece else 0


def _skip(pos, gap, brk):
    """How far the next word's position moves past what a break leaves: the gap's one
    position (which holds its marks), and after a part PART_GAP more; a body's end
    before any word (an empty body) takes one position for its mark."""
    if pos and (gap or brk):
        return 1 + PART_GAP if brk >= _PART else 1
    return int(brk == _BODY)


def index_positions(value):
    """{term: [positions]} for indexing `value`: exactly the terms and positions that
    `ChineseTokenizer` yields in index mode, in the order it first yields each term,
    without a Token per term (a third of the indexing time went to them)."""
    found = collections.defaultdict(list)
    known = _KNOWN  # this dict even if a word learned below starts a new one
    pos = 0
    gap = False
    brk = 0
    for word in cut(fold(value)):
        terms = known.get(word)
        if terms is None:
            terms = _learn(word)
        if terms.__class__ is int:  # no word: the break it makes (`_learn`)
            if terms:
                gap = gap or terms & 1
                brk = max(brk, terms >> 1)
            continue
        if gap or brk:  # most words follow a word: no mark, no gap
            for mark in _marks_before(pos, gap, brk):
                found[mark].append(pos)
            pos += _skip(pos, gap, brk)
            gap, brk = False, 0
        for term in terms:
            found[term].append(pos)
        pos += 1
    if brk == _BODY:  # a body with nothing after it
        found[BODY].append(pos)
    return dict(found)


# What each piece jieba yields is to `index_positions`, worked out once: a word's terms
# (`pieces`), or for whitespace and marks an int, the break's strength times two plus
# one if it leaves a gap (whitespace leaves none). One dict lookup a piece instead of
# `isspace()` and `pieces()`'s cache: a tenth of the analyzer's loop (that cache, which
# only this table asked, held the same words again: some 25 MB at 160 000 words of
# real text). Dropped whole when full.
_KNOWN = {}
_KNOWN_MAX = 200_000


def _learn(word):
    global _KNOWN
    space = word.isspace()
    what = () if space else pieces(word)
    if not what:
        what = _strength(word) * 2 + (not space)
    if len(_KNOWN) >= _KNOWN_MAX:
        _KNOWN = {}
    _KNOWN[word] = what
    return what


def _marks_before(pos, gap, brk):
    """The marks at the gap before a word at `pos`: a break between words leaves one
    position empty (punctuation) or marked; a body's end before any word (an empty
    body) is marked too."""
    if pos and (gap or brk):
        return _MARKS_OF[brk]
    return (BODY,) if brk == _BODY else ()


class ChineseTokenizer(Tokenizer):
    """Whoosh tokenizer: jieba words at word positions, sub-words at the same place."""

    def __eq__(self, other):
        return self.__class__ is other.__class__

    def __hash__(self):
        return hash(self.__class__.__name__)

    @staticmethod
    def index_positions(value):
        return index_positions(value)

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        options = {"positions": positions, "chars": chars, "keep": keeporiginal, "at": start_char}
        text = fold(value)
        if not tokenize:
            token.original = token.text = text
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar = start_char
                token.endchar = start_char + len(value)
            yield token
            return

        with_subwords = mode != "query"
        pos = start_pos
        gap = False
        brk, where = 0, (0, 0)  # the strongest break since the last word, and its text
        for word, start, end in _tokenize(text):
            if word.isspace() or not is_word(word):
                gap = gap or not word.isspace()
                if _strength(word) >= brk:
                    brk, where = _strength(word), (start, end)
                continue
            emitted = [(mark, *where) for mark in _marks_before(pos - start_pos, gap, brk)]
            for piece, piece_start, piece_end in emitted:
                yield self._token(token, piece, pos, piece_start, piece_end, value, **options)
            pos += _skip(pos - start_pos, gap, brk)
            gap, brk = False, 0
            emitted = [(word, start, end)]
            if with_subwords:
                emitted.extend(
                    (piece, start + offset, start + offset + len(piece))
                    for piece, offset in subwords(word)
                )
            for piece, piece_start, piece_end in emitted:
                yield self._token(token, piece, pos, piece_start, piece_end, value, **options)
            pos += 1
        if brk == _BODY:
            yield self._token(token, BODY, pos, *where, value, **options)

    @staticmethod
    def _token(token, piece, pos, piece_start, piece_end, value, positions, chars, keep, at):
        token.text = piece
        token.boost = 1.0
        token.stopped = False
        if keep:
            token.original = value[piece_start:piece_end]
        if positions:
            token.pos = pos
        if chars:
            token.startchar = at + piece_start
            token.endchar = at + piece_end
        return token


def ChineseAnalyzer():
    """The analyzer for every full-text field of the index."""
    return ChineseTokenizer()
