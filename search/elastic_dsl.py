"""A parsed query as OpenSearch's query DSL: what `search.whoosh.translate` asks Whoosh,
clause for clause (search/elastic.py sends it).

Words are `match_phrase` queries whose text the field's `baokan_terms` analyzer reads
back position by position (POSITION_SEPARATOR between positions), so a phrase is its
words at consecutive positions; names, columns, papers and pages are `term`s of their
keyword fields; 正文: is a `span_near` before the body's end mark, proximity an
unordered `span_near`, and 同句/同段 a `span_not` around the unit's marks
(`search.analyzer` leaves them in the text).
"""

from .analyzer import BODY, in_dictionary, is_cjk
from .queries import ANYWHERE, NAME_QUERIED, TEXT_FIELDS, UNIT_MARKS, Group, credit_term

# What separates positions in a pre-analysed field or query (search/elastic.py).
POSITION_SEPARATOR = " "


def items_dsl(items):
    """What a query's or a bracket's items ask: each OR-group, less what is excluded;
    None when they hold no word."""
    must = []
    for group in items.groups():
        found = [q for q in map(clause_dsl, group) if q is not None]
        if found:
            must.append(found[0] if len(found) == 1 else _either(found))
    if not must:
        return None
    excluded = [q for q in map(clause_dsl, items.negative) if q is not None]
    return {"bool": {"must": must, "must_not": excluded}}


def _either(queries):
    return {"bool": {"should": queries, "minimum_should_match": 1}}


def _halves(word):
    """A short name jieba does not know (阿志强) may have been cut 阿/志强 in a
    sentence: its halves, as `search.whoosh.translate.word_query` asks for them."""
    if 2 <= len(word) <= 4 and all(is_cjk(c) for c in word) and not in_dictionary(word):
        return [[word[:i], word[i:]] for i in range(1, len(word))]
    return []


def word_dsl(field, word):
    """`word` however jieba cut the text around it: whole, or in halves in a row. The
    query is read by the field's `baokan_terms` analyzer: positions are separated by
    POSITION_SEPARATOR, so a phrase is its words at consecutive positions."""
    found = [
        {"match_phrase": {field: POSITION_SEPARATOR.join(w)}} for w in [[word], *_halves(word)]
    ]
    return found[0] if len(found) == 1 else _either(found)


def _span(field, parts):
    terms = [{"span_term": {field: part}} for part in parts]
    if len(terms) == 1:
        return terms[0]
    return {"span_near": {"clauses": terms, "slop": 0, "in_order": True}}


def body_dsl(clause, parts):
    """正文: each word (or the phrase) before the body's end mark, as
    `search.whoosh.translate.body_query` asks Whoosh."""
    end = {"span_term": {"text": BODY}}
    if clause.phrase and len(parts) > 1:
        spans = [_span("text", parts)]
    else:
        spans = [
            {"span_or": {"clauses": [_span("text", w) for w in [[word], *_halves(word)]]}}
            for word in parts
        ]
    found = [
        {"span_near": {"clauses": [span, end], "slop": ANYWHERE, "in_order": True}}
        for span in spans
    ]
    return found[0] if len(found) == 1 else {"bool": {"must": found}}


def near_dsl(clause):
    """Proximity, as `search.whoosh.translate.near_query` asks Whoosh: span_near in any
    order within the slop; for 同句 and 同段, a span_near no unit mark falls inside."""
    field = "text" if clause.field == "body" else clause.field
    parts = list(dict.fromkeys(clause.terms()))
    if len(parts) < 2:
        return word_dsl(field, parts[0]) if parts else None
    slop = clause.slop if clause.slop is not None else ANYWHERE
    terms = [{"span_term": {field: word}} for word in parts]
    near = {"span_near": {"clauses": terms, "slop": slop, "in_order": False}}
    if not clause.unit:
        return near
    return {
        "span_not": {"include": near, "exclude": {"span_term": {field: UNIT_MARKS[clause.unit]}}}
    }


def clause_dsl(clause):
    """The query for one clause (or a bracketed `Group`); None when it holds no word.

    Unquoted text needs each of its words somewhere, a quoted phrase all in a row;
    the words are cut here (`search.analyzer.words`), as for Whoosh."""
    if isinstance(clause, Group):
        return items_dsl(clause)
    if clause.near:
        return near_dsl(clause)
    if clause.field in TEXT_FIELDS:
        parts = clause.terms()
        if not parts:
            return None
        if clause.field == "body":
            return body_dsl(clause, parts)
        if clause.phrase and len(parts) > 1:
            return {"match_phrase": {clause.field: POSITION_SEPARATOR.join(parts)}}
        found = [word_dsl(clause.field, part) for part in parts]
        return found[0] if len(found) == 1 else {"bool": {"must": found}}
    if clause.field == "page":  # 版次:4, a number (search_indexes.py, page_number)
        return {"term": {"page_number": int(clause.text)}}
    if clause.field in ("column", "publication"):
        # Indexed as printed: what was typed, or its folded form.
        values = dict.fromkeys((clause.raw, clause.text))
        return _either([{"term": {clause.field: value}} for value in values])
    if clause.role:
        return {"term": {"credit": credit_term(clause.role, clause.text)}}
    return {"term": {NAME_QUERIED.get(clause.field, clause.field): clause.text}}
