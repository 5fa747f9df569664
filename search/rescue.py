"""What a search page offers so that a reader is never at a dead end.

`bylines`: how a byline typed as printed (记者 孙庆辉) was read.
`given_back`: for each filter set, how many articles the same search finds without it.
Each is a count-only search (no page, no facets), run only when a page is empty.
"""

from archive.models import CreditRole

from . import engine


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
    return [f"{labels[c.role]}:{c.text}" for c in parsed.positive if c.role]
