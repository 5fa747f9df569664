"""A search as the anchors (tantivy, SQLite FTS5) are asked it: Baokan's parsed query
and filters as a small tree, then as each engine's query.

The tree asks what `search.elastic.search_query_set` asks Elasticsearch, which is what
`search.whoosh.translate` asks Whoosh: each group of positive clauses must match (any
clause of a group), no negative clause may; a word matches however jieba cut the text
around it (a short name jieba does not know also as its two halves in a row); a phrase
is its words at consecutive positions; a filter is its field's exact value; a bracket
is its own items. Nodes: ("term", field, token), ("phrase", field, [tokens]),
("and", [nodes]), ("or", [nodes]), ("not", node, [nodes]): the first less the others,
("near", field, [tokens], slop): the words in any order with at most `slop` other
positions among them (`search.whoosh.positional.Near`), and ("unit", field, [tokens],
unit) for 同句/同段.

What an engine cannot ask raises `Unsupported`, and that query is left out of its
figures, by kind: FTS5 asks no proximity (NEAR counts the tokens of its rows, which
hold one gap token where Baokan leaves PART_GAP empty positions between an article's
parts, so a NEAR would join them), and neither anchor asks 同句/同段 (no mark may lie
between the words: neither has Lucene's span_not).
"""

from __future__ import annotations

from itertools import permutations

from search.analyzer import in_dictionary, is_cjk
from search.queries import NAME_QUERIED, TEXT_FIELDS, Group, credit_term, filter_terms


class Unsupported(Exception):
    """A query an anchor cannot ask; `str()` says why."""


NO_NEAR = "FTS5's NEAR counts its rows' tokens: one gap token stands for PART_GAP"
NO_UNIT = "同句/同段: no mark between the words (span_not) in tantivy or FTS5"

# Exact values are indexed as one token: what would split them is replaced.
_ONE_TOKEN = str.maketrans({" ": "_", "|": "_", "\t": "_", "\n": "_"})


def one_token(value: str) -> str:
    return value.translate(_ONE_TOKEN)


def word(field, text):
    node = ("term", field, text)
    if 2 <= len(text) <= 4 and all(map(is_cjk, text)) and not in_dictionary(text):
        halves = [("phrase", field, [text[:i], text[i:]]) for i in range(1, len(text))]
        return ("or", [node, *halves])
    return node


def near_node(clause):
    """Proximity, as `search.whoosh.translate.near_query` asks it (each word whole)."""
    field = "text" if clause.field == "body" else clause.field
    parts = list(dict.fromkeys(clause.terms()))
    if len(parts) < 2:
        return word(field, parts[0]) if parts else None
    if clause.unit:
        return ("unit", field, parts, clause.unit)
    return ("near", field, parts, clause.slop)


def items_node(items):
    """A bracket's (or a query's) items: every group, less what is excluded."""
    must = []
    for group in items.groups():
        nodes = [n for n in map(clause_node, group) if n is not None]
        if nodes:
            must.append(nodes[0] if len(nodes) == 1 else ("or", nodes))
    if not must:
        return None
    node = must[0] if len(must) == 1 else ("and", must)
    negative = [n for n in map(clause_node, items.negative) if n is not None]
    return ("not", node, negative) if negative else node


def clause_node(clause):
    """One clause as a node; None when it holds no word (punctuation alone)."""
    if isinstance(clause, Group):
        return items_node(clause)
    if clause.near:
        return near_node(clause)
    if clause.field == "page":  # 版次:4
        return ("term", "page_number", clause.text)
    if clause.field in TEXT_FIELDS:
        parts = clause.terms()
        if not parts:
            return None
        if len(parts) == 1:
            return word(clause.field, parts[0])
        if clause.phrase:
            return ("phrase", clause.field, parts)
        return ("and", [word(clause.field, part) for part in parts])
    if clause.field in ("column", "publication"):  # indexed as printed
        values = dict.fromkeys((clause.raw, clause.text))
        return ("or", [("term", clause.field, one_token(v)) for v in values if v])
    if clause.role:
        return ("term", "credit", one_token(credit_term(clause.role, clause.text)))
    return ("term", NAME_QUERIED.get(clause.field, clause.field), one_token(clause.text))


def tree(parsed, filters):
    """(positive node or None, [negative nodes]); dates ranges are not asked (the
    benchmark's queries have none)."""
    must = []
    for group in parsed.groups():
        nodes = [n for n in map(clause_node, group) if n is not None]
        if nodes:
            must.append(nodes[0] if len(nodes) == 1 else ("or", nodes))
    must += [("term", name, one_token(value)) for name, value in filter_terms(filters)]
    negative = [n for n in map(clause_node, parsed.negative) if n is not None]
    if not must:
        return None, negative
    return (must[0] if len(must) == 1 else ("and", must)), negative


# -- SQLite FTS5 -----------------------------------------------------------------------

FTS_COLUMN = {"column": "col"}  # `column` is SQL's word


def _quoted(tokens):
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def fts5(node) -> str:
    kind = node[0]
    if kind == "term":
        return f"{FTS_COLUMN.get(node[1], node[1])} : {_quoted([node[2]])}"
    if kind == "phrase":
        return f"{FTS_COLUMN.get(node[1], node[1])} : {_quoted(node[2])}"
    if kind == "not":
        return "(" + fts5(node[1]) + "".join(f" NOT {fts5(n)}" for n in node[2]) + ")"
    if kind in ("near", "unit"):
        raise Unsupported(NO_NEAR if kind == "near" else NO_UNIT)
    joiner = " AND " if kind == "and" else " OR "
    return "(" + joiner.join(fts5(child) for child in node[1]) + ")"


def fts5_match(positive, negative) -> str:
    return fts5(positive) + "".join(f" NOT {fts5(n)}" for n in negative)


# -- tantivy -------------------------------------------------------------------------


def tantivy_query(tantivy, schema, positive, negative):
    def build(node):
        kind = node[0]
        if kind == "term":
            return tantivy.Query.term_query(schema, node[1], node[2])
        if kind == "phrase":
            return tantivy.Query.phrase_query(schema, node[1], node[2])
        if kind == "not":
            return tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, build(node[1]))]
                + [(tantivy.Occur.MustNot, build(n)) for n in node[2]]
            )
        if kind == "near":
            # A sloppy phrase keeps its words' order, and its slop is the other positions
            # among them, as Near counts: every order of the words, any of them.
            _, field, words, slop = node
            orders = [
                tantivy.Query.phrase_query(schema, field, list(order), slop=slop)
                for order in permutations(words)
            ]
            return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in orders])
        if kind == "unit":
            raise Unsupported(NO_UNIT)
        occur = tantivy.Occur.Must if kind == "and" else tantivy.Occur.Should
        return tantivy.Query.boolean_query([(occur, build(child)) for child in node[1]])

    if not negative:
        return build(positive)
    return tantivy.Query.boolean_query(
        [(tantivy.Occur.Must, build(positive))]
        + [(tantivy.Occur.MustNot, build(n)) for n in negative]
    )
