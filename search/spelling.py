"""您是不是要找: a query one edit away, drawn from the index's own words.

A reader's typo (污染原普查) finds nothing. For each clause the page looks for an
indexed word one edit away (one character substituted, inserted or deleted) from a
stretch of what was typed that is not itself a word of the index, and offers the
query with that stretch replaced, if it finds articles. The words come through the
engine's door (`engine.vocabulary`), a prefix at a time: a stretch is compared with
the words that start with its first character (污染原普查 becomes 污染源普查 through
the words starting 污). A stretch's first character is mended only by a character it
is confused with (`confusables.py`: the same sound, 误染源 → 污染源, or a like shape,
千部 → 干部), each tried as a whole word. Where several words are one edit away, a
swap of a confused character comes first (原 → 源 before 原 → 区).
"""

from . import engine
from .analyzer import tokenize
from .confusables import confusables, confused
from .queries import NAME_QUERIED, TEXT_FIELDS, parse

FIELDS = (*TEXT_FIELDS, "credit", "person", "department")
# The index field whose words a clause's field is asked in: 正文 in the text field,
# names by every name they go by (aliases are words too).
ASKED = {"body": "text", **NAME_QUERIED}
LONGEST = 8  # indexed words are seldom longer; a name or a jieba word
CHECKED = 6  # candidates whose results are counted, most frequent word first
FIRST = 4  # the longest word whose first character is mended (most words are 2 to 4)


def one_edit(a, b):
    """Whether `b` is `a` with one character substituted, inserted or deleted."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _count(field, word):
    """How many articles hold `word` in `field` (0: not an indexed word)."""
    return next((n for term, n in engine.vocabulary(field, word, {len(word)}) if term == word), 0)


def mended(clause):
    """[(value, frequency)]: the clause's value with one stretch replaced by an indexed
    word one edit away; substitutions first (of a confused character before any
    other), then the most frequent word first."""
    value = clause.text
    if clause.field not in FIELDS or len(value) > 2 * LONGEST:
        return []  # a sentence pasted whole is not a typo
    names = clause.field not in TEXT_FIELDS
    field = ASKED.get(clause.field, clause.field)
    starts = [0] if names else range(len(value) - 1)
    word_starts = {0} if names else {start for _w, start, _e in tokenize(value)}
    found, tried, counted = {}, {}, {}

    def unknown(stretch):
        # Asked once a stretch: 不止 is one edit from some 500 words that start 不.
        if stretch not in counted:
            counted[stretch] = _count(field, stretch)
        return not counted[stretch]

    def offer(start, stretch, term, count):
        fixed = value[:start] + term + value[start + len(stretch) :]
        # A character mistyped is likelier than one left out or added, and a
        # confused one likeliest: 污染原普查 is 污染源普查 before it is 污染普查.
        rank = (abs(len(term) - len(stretch)), not confused(stretch, term), -count)
        found[fixed] = min(found.get(fixed, rank), rank)

    for start in starts:
        if value[start].isspace():
            continue
        # A stretch stays inside one typed word: a proximity clause ("党性 不止"~30,
        # 同句:(…)) is several, and stretches across its spaces cost a page that found
        # nothing 190 ms of CPU (600 listings of the vocabulary) on 30 037 articles.
        rest = value[start:] if names else value[start:].split(maxsplit=1)[0]
        sizes = {len(rest) - 1, len(rest), len(rest) + 1} if names else range(2, LONGEST + 1)
        for term, count in engine.vocabulary(field, rest[0], sizes):
            for size in (len(term) - 1, len(term), len(term) + 1):
                stretch = rest[:size]
                if len(stretch) < 2 or len(stretch) != size or (names and stretch != rest):
                    continue
                if one_edit(stretch, term) and unknown(stretch):
                    offer(start, stretch, term, count)
        # The first character, which the listing by prefix cannot mend: each character
        # it is confused with, the rest as typed, looked up as a word of the index
        # (all at once: a few hundred words), where jieba starts a word.
        if start in word_starts:
            sizes = [len(rest)] if names else range(2, min(FIRST, len(rest)) + 1)
            for size in sizes:
                stretch = rest[:size]
                for other in confusables(stretch[0]):
                    tried[other + stretch[1:]] = (start, stretch)
    known = engine.frequencies(field, [*tried, *(stretch for _s, stretch in tried.values())])
    for term, (start, stretch) in tried.items():
        if term in known and stretch not in known:
            offer(start, stretch, term, known[term])
    return [(fixed, -rank[2]) for fixed, rank in sorted(found.items(), key=lambda i: i[1])]


def suggestion(query, parsed, filters):
    """(corrected query, its total, whether the filters are kept) for the first clause
    that mends into a query that finds articles: under the same filters if it can,
    else with none; None when no correction finds anything."""
    for keep in (True, False) if filters else (True,):
        for clause in parsed.leaves():
            if not clause.raw or clause.raw not in query:
                continue
            for value, _count in mended(clause)[:CHECKED]:
                fixed = query.replace(clause.raw, value, 1)
                asked = filters if keep else {}
                total = engine.run_search(parse(fixed), asked, sort="newest", limit=0).total
                if total:
                    return fixed, total, keep
    return None
