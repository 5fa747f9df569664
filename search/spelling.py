"""您是不是要找: a query one edit away, drawn from the index's own words.

A reader's typo (污染原普查) finds nothing. For each clause the page looks for an
indexed word one edit away (one character substituted, inserted or deleted) from a
stretch of what was typed that is not itself a word of the index, and offers the
query with that stretch replaced, if it finds articles. The words come through the
engine's door (`engine.vocabulary`), a prefix at a time: a stretch is compared with
the words that start with its first character, so an edit in a stretch's first character
is not found (污染原普查 becomes 污染源普查 through the words starting 污; a name typed
with its first character wrong is not mended). No same-sound or same-shape table yet:
pypinyin is not a dependency.
"""

from . import engine
from .queries import NAME_QUERIED, TEXT_FIELDS, parse

FIELDS = (*TEXT_FIELDS, "credit", "person", "department")
# The index field whose words a clause's field is asked in: 正文 in the text field,
# names by every name they go by (aliases are words too).
ASKED = {"body": "text", **NAME_QUERIED}
LONGEST = 8  # indexed words are seldom longer; a name or a jieba word
CHECKED = 6  # candidates whose results are counted, most frequent word first


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


def _known(field, word):
    return any(term == word for term, _n in engine.vocabulary(field, word, {len(word)}))


def mended(clause):
    """[(value, frequency)]: the clause's value with one stretch replaced by an indexed
    word one edit away; substitutions first, then the most frequent word first."""
    value = clause.text
    if clause.field not in FIELDS or len(value) > 2 * LONGEST:
        return []  # a sentence pasted whole is not a typo
    names = clause.field not in TEXT_FIELDS
    field = ASKED.get(clause.field, clause.field)
    starts = [0] if names else range(len(value) - 1)
    found = {}
    for start in starts:
        rest = value[start:]
        sizes = {len(rest) - 1, len(rest), len(rest) + 1} if names else range(2, LONGEST + 1)
        for term, count in engine.vocabulary(field, rest[0], sizes):
            for size in (len(term) - 1, len(term), len(term) + 1):
                stretch = rest[:size]
                if len(stretch) < 2 or len(stretch) != size or (names and stretch != rest):
                    continue
                if one_edit(stretch, term) and not _known(field, stretch):
                    fixed = value[:start] + term + value[start + size :]
                    # A character mistyped is likelier than one left out or added:
                    # 污染原普查 is 污染源普查 before it is 污染普查.
                    rank = (abs(len(term) - size), -count)
                    found[fixed] = min(found.get(fixed, rank), rank)
    return [(fixed, -rank[1]) for fixed, rank in sorted(found.items(), key=lambda i: i[1])]


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
