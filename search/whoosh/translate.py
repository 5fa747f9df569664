"""A `ParsedQuery` and its filters as Whoosh queries: how our Whoosh index is asked.

Each word is matched however jieba cut the text around it (`word_query`); words in
the title rank higher; exclusions are kept apart from what is ranked (`WhooshQueries`).
"""

import datetime as dt
from dataclasses import dataclass

from whoosh import query as wq

from search.analyzer import BODY, in_dictionary, is_cjk, words
from search.queries import (
    ANYWHERE,
    NAME_QUERIED,
    TEXT_FIELDS,
    UNIT_MARKS,
    Group,
    credit_term,
    filter_terms,
)

from .positional import Before, Near


def _halves(word):
    """Every way to cut `word` in two: 阿/志强 and 阿志/强 for 阿志强."""
    return [[word[:i], word[i:]] for i in range(1, len(word))]


def word_query(fieldname, word):
    """Match `word` however jieba cut the text around it.

    The index holds each word, the dictionary words inside it and its characters, all
    at the word's position. A name jieba does not know (阿志强) may have been cut
    阿/志强 in a sentence though it stays whole in the query, or glued to the word
    before it (记者孙/庆辉), so for short unknown words either half at consecutive
    positions matches too. (Cuts into three pieces are left out: rare, and a phrase
    of three common characters is slow to check.)
    """
    term = wq.Term(fieldname, word)
    if not (2 <= len(word) <= 4 and all(is_cjk(c) for c in word)) or in_dictionary(word):
        return term
    return wq.Or([term, *(wq.Phrase(fieldname, pieces) for pieces in _halves(word))])


def text_query(fieldname, clause):
    parts = clause.terms()
    if not parts:
        return None
    if len(parts) == 1:
        return word_query(fieldname, parts[0])
    if clause.phrase:
        return wq.Phrase(fieldname, parts)
    # Unquoted 污染源普查 needs both words, anywhere. (Ranking adjacent words higher
    # with an optional phrase doubled the cost of every such query.)
    return wq.And([word_query(fieldname, w) for w in parts])


def body_query(clause):
    """正文: each word (or the phrase) before the body's end mark in the text field,
    where search_indexes.py puts the body first."""
    parts = clause.terms()
    if not parts:
        return None
    end = wq.Term("text", BODY)
    if clause.phrase and len(parts) > 1:
        return Before(wq.Phrase("text", parts), end)
    return _all(Before(word_query("text", word), end) for word in parts)


def near_query(clause):
    """Proximity ("高新区 夜市"~10, 同句:(…), 同段:(…)): each word as jieba cut it,
    in the text field for 正文 too (its marks end every sentence at the body's end)."""
    fieldname = "text" if clause.field == "body" else clause.field
    parts = list(dict.fromkeys(clause.terms()))
    if len(parts) < 2:
        return word_query(fieldname, parts[0]) if parts else None
    unit = UNIT_MARKS.get(clause.unit)
    slop = clause.slop if clause.slop is not None else ANYWHERE
    return Near(
        [wq.Term(fieldname, word) for word in parts],
        slop=slop,
        unit=wq.Term(fieldname, unit) if unit else None,
    )


def clause_query(clause):
    if isinstance(clause, Group):
        return items_query(clause)
    if clause.near:
        return near_query(clause)
    if clause.field == "body":
        return body_query(clause)
    if clause.field in TEXT_FIELDS:
        return text_query(clause.field, clause)
    if clause.field == "page":  # 版次:4, a number (search_indexes.py, page_number)
        return wq.Term("page_number", int(clause.text))
    if clause.field in ("column", "publication"):
        values = dict.fromkeys((clause.raw, clause.text))
        return wq.Or([wq.Term(clause.field, v) for v in values])
    if clause.role:
        return wq.Term("credit", credit_term(clause.role, clause.text))
    return wq.Term(NAME_QUERIED.get(clause.field, clause.field), clause.text)


def _any(queries):
    queries = [q for q in queries if q is not None]
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else wq.Or(queries)


def _all(queries):
    queries = [q for q in queries if q is not None]
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else wq.And(queries)


def items_query(items):
    """What a query's or a bracket's items ask: each OR-group, less what is excluded."""
    match = _all(_any(map(clause_query, group)) for group in items.groups())
    negative = _any(map(clause_query, items.negative))
    if match is None or negative is None:
        return match
    return wq.AndNot(match, negative)


@dataclass(frozen=True)
class WhooshQueries:
    """What a parsed query asks of the index.

    `ranked` scores the results (words found in the title count double); `match`
    selects the same documents without that optional part, which is cheaper to
    count; `exclude` is what no result may match. Exclusions are kept apart
    because Whoosh's unscored matching of AndNot mishandles a phrase on its right
    (it lets through documents the phrase matches); the backend subtracts them.
    """

    ranked: object = None
    match: object = None
    exclude: object = None


def to_whoosh(parsed):
    """The `WhooshQueries` for `parsed`; all None when it has nothing to look for."""
    match = _all(_any(map(clause_query, group)) for group in parsed.groups())
    if match is None:
        return WhooshQueries()
    ranked = match
    # A title that holds the words ranks above a body that does.
    title_words = [
        wq.Term("title", w, boost=2.0)
        for clause in parsed.leaves()
        if clause.field == "text"
        for w in words(clause.text)
    ]
    if title_words:
        ranked = wq.AndMaybe(ranked, wq.Or(title_words))
    return WhooshQueries(ranked, match, _any(map(clause_query, parsed.negative)))


def filter_queries(filters):
    """Whoosh queries for the filters a `SearchForm` accepted."""
    result = [wq.Term(name, value) for name, value in filter_terms(filters)]
    start, end = filters.get("start"), filters.get("end")
    if start or end:
        result.append(wq.DateRange("date", _midnight(start), _midnight(end)))
    return result


def _midnight(day):
    # Dates are indexed as midnight datetimes, so both ends of the range include the day.
    return dt.datetime(day.year, day.month, day.day) if day else None
