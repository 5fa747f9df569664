"""What a search page offers so that a reader is never at a dead end.

`bylines`: how a byline typed as printed (记者 孙庆辉) was read.
`given_back`: for each filter set, how many articles the same search finds without it;
`fewer_words`: for each word of several ANDed, how many it finds without that word.
Each is a count-only search (no page, no facets), run only when a page is empty.
"""

from archive.models import CreditRole

from . import engine
from .queries import Clause, QueryError, parse


def given_back(parsed, filters):
    """{filter name: total without that one filter} for each filter in `filters`."""
    counts = {}
    for name in filters:
        others = {key: value for key, value in filters.items() if key != name}
        if not parsed.has_terms and not others:
            continue  # without it nothing is asked: the whole archive, not a count
        counts[name] = engine.run_search(parsed, others, sort="newest", limit=0).total
    return counts


def bylines(parsed):
    """The field queries words typed as a byline were read as (记者:孙庆辉), or []."""
    if not parsed.bylines:
        return []
    labels = dict(CreditRole.choices)
    return [f"{labels[c.role]}:{c.text}" for c in parsed.leaves() if c.role]


def fewer_words(query, parsed, filters):
    """[(word, query without it, its total)] for each plain word of a query whose words,
    ANDed, no article has all of: the articles that have all but one. (A word with a
    field, quotes or OR is left in: taking it out of what was typed is not a word.)"""
    groups = parsed.groups()
    if len(groups) < 2:
        return []
    found = []
    for group in groups:
        [clause] = group if len(group) == 1 else [None]
        if not isinstance(clause, Clause) or clause.field != "text" or clause.phrase:
            continue
        words = query.split()
        if not clause.raw or clause.raw not in words:
            continue
        words.remove(clause.raw)
        shorter = " ".join(words)
        try:
            rest = parse(shorter)
        except QueryError:  # only exclusions left
            continue
        total = engine.run_search(rest, filters, sort="newest", limit=0).total
        if total:
            found.append((clause.raw, shorter, total))
    return found
