"""The readers' query language, parsed by hand and turned into Whoosh queries.

    污染源普查            words: every word must be found (AND)
    "预算绩效管理"        a phrase: its words contiguous, in order
    夜市 -焦作            -word or -"phrase": leave out articles that have it
    记者:孙庆辉           a field: credited person (记者 通讯员 摄影 作者 编辑 署名),
                          人物 (credited or mentioned), 单位/部门, 栏目, 报纸, 标题

Full-width forms, curly quotes and traditional characters are folded as the index
folds them. Input that cannot mean anything (unbalanced quotes, control characters,
a page of text) raises `QueryError` with a message for the reader; whatever parses
builds a valid Whoosh query, so the backend never sees raw user syntax.
"""

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from whoosh import query as wq

from .analyzer import fold, in_dictionary, is_cjk, is_word, words

MAX_LENGTH = 200
MAX_CLAUSES = 24

# Chinese readers type “” 「」 『』 as often as ASCII quotes.
_QUOTES = str.maketrans({c: '"' for c in "“”„‟「」『』〝〞＂"})
_INVISIBLE = dict.fromkeys(ord(c) for c in "\u200b\u200c\u200d\u2060\ufeff")

CREDIT_PREFIXES = ("记者", "通讯员", "摄影", "摄", "作者", "编辑", "署名", "credit")
FIELD_PREFIXES = {
    **dict.fromkeys(CREDIT_PREFIXES, "credit"),
    **dict.fromkeys(("人物", "人名", "person"), "person"),
    **dict.fromkeys(("单位", "部门", "department"), "department"),
    **dict.fromkeys(("栏目", "column"), "column"),
    **dict.fromkeys(("报纸", "报刊", "publication"), "publication"),
    **dict.fromkeys(("标题", "title"), "title"),
}
NAME_FIELDS = ("credit", "person", "department", "column", "publication")
TOKEN_RE = re.compile(r'(-?)(?:([^\s":]+):)?(?:"([^"]*)"|([^\s"]+))')


class QueryError(ValueError):
    """A query that cannot be run; `str(error)` is the message for the reader."""


@dataclass(frozen=True)
class Clause:
    text: str  # folded
    field: str = "text"
    phrase: bool = False
    negated: bool = False
    raw: str = ""  # as typed, for exact fields (column, publication) indexed unfolded


@dataclass(frozen=True)
class ParsedQuery:
    clauses: tuple[Clause, ...] = ()

    @property
    def positive(self):
        return [c for c in self.clauses if not c.negated]

    @property
    def negative(self):
        return [c for c in self.clauses if c.negated]

    def __bool__(self):
        return bool(self.clauses)

    def highlight_terms(self):
        """The strings to mark in titles and snippets, longest first."""
        terms = set()
        for clause in self.positive:
            if clause.field in ("text", "title", "credit", "person", "department"):
                terms.add(clause.text)
                if not clause.phrase and clause.field in ("text", "title"):
                    # 污染源 and 普查 of 污染源普查, but not every 阿 of 阿志强.
                    terms.update(w for w in words(clause.text) if len(w) > 1)
        terms = {t for t in terms if is_word(t)}
        return sorted(terms, key=lambda t: (-len(t), t))


def _check(raw):
    if len(raw) > MAX_LENGTH:
        raise QueryError(
            f"查询太长：最多 {MAX_LENGTH} 个字，这次有 {len(raw)} 个。请只留下关键词。"
        )
    for char in raw:
        if unicodedata.category(char) == "Cc" and char not in "\t\n\r":
            raise QueryError(f"查询里有看不见的控制字符（U+{ord(char):04X}），请删去后再搜索。")
    if raw.count('"') % 2:
        raise QueryError('引号不成对：短语要用一对引号括起来，例如 "预算绩效管理"。')


def parse(raw):
    """Parse what the reader typed. Empty or punctuation-only input parses to no clauses."""
    # Both steps keep one character for one, so offsets in `text` are offsets in `typed`.
    typed = (raw or "").translate(_INVISIBLE).translate(_QUOTES)
    text = fold(typed)
    _check(text)
    clauses = []
    for match in TOKEN_RE.finditer(text):
        minus, prefix, quoted, bare = match.groups()
        group = 3 if quoted is not None else 4
        field = "text"
        if prefix is not None:
            field = FIELD_PREFIXES.get(prefix)
            if field is None:  # "10:30" or "http:..." is text, not a field
                field, quoted, group = "text", None, 0
        start, end = match.span(group)
        if group == 0 and minus:
            start += 1
        value = text[start:end].strip()
        if not is_word(value):
            continue  # punctuation alone, "-" alone, an empty pair of quotes
        clauses.append(
            Clause(
                text=value,
                field=field,
                phrase=quoted is not None and field in ("text", "title"),
                negated=bool(minus),
                raw=typed[start:end].strip(),
            )
        )
    if len(clauses) > MAX_CLAUSES:
        raise QueryError(f"查询的词太多：最多 {MAX_CLAUSES} 个，这次有 {len(clauses)} 个。")
    parsed = ParsedQuery(tuple(clauses))
    if parsed and not parsed.positive:
        raise QueryError("只有排除的词：请再写一个要找的词，例如 夜市 -焦作。")
    return parsed


# -- building Whoosh queries ----------------------------------------------------------


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
    parts = words(clause.text)
    if not parts:
        return None
    if len(parts) == 1:
        return word_query(fieldname, parts[0])
    if clause.phrase:
        return wq.Phrase(fieldname, parts)
    # Unquoted 污染源普查 needs both words, anywhere. (Ranking adjacent words higher
    # with an optional phrase doubled the cost of every such query.)
    return wq.And([word_query(fieldname, w) for w in parts])


def clause_query(clause):
    if clause.field in ("text", "title"):
        return text_query(clause.field, clause)
    if clause.field in ("column", "publication"):
        values = dict.fromkeys((clause.raw, clause.text))
        return wq.Or([wq.Term(clause.field, v) for v in values])
    return wq.Term(clause.field, clause.text)


def _all(queries):
    queries = [q for q in queries if q is not None]
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else wq.And(queries)


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
    match = _all(clause_query(c) for c in parsed.positive)
    if match is None:
        return WhooshQueries()
    ranked = match
    # A title that holds the words ranks above a body that does.
    title_words = [
        wq.Term("title", w, boost=2.0)
        for clause in parsed.positive
        if clause.field == "text"
        for w in words(clause.text)
    ]
    if title_words:
        ranked = wq.AndMaybe(ranked, wq.Or(title_words))
    negative = [q for q in map(clause_query, parsed.negative) if q is not None]
    exclude = (negative[0] if len(negative) == 1 else wq.Or(negative)) if negative else None
    return WhooshQueries(ranked, match, exclude)


def filter_queries(filters):
    """Whoosh queries for the filters a `SearchForm` accepted."""
    result = []
    for name in ("year", "publication", "column", "person", "department"):
        if filters.get(name):
            value = filters[name]
            folded = fold(value) if name in ("person", "department") else value
            result.append(wq.Term(name, folded))
    start, end = filters.get("start"), filters.get("end")
    if start or end:
        result.append(wq.DateRange("date", _midnight(start), _midnight(end)))
    return result


def _midnight(day):
    # Dates are indexed as midnight datetimes, so both ends of the range include the day.
    return dt.datetime(day.year, day.month, day.day) if day else None
