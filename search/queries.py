"""The readers' query language, parsed by hand: what every engine is asked.

    污染源普查            words: every word must be found (AND)
    "预算绩效管理"        a phrase: its words contiguous, in order
    夜市 -焦作            -word or -"phrase": leave out articles that have it
    夜市 OR 托管          either (also 夜市 | 托管); OR binds tighter than the AND
                          between words: 高新区 夜市 OR 托管 is 高新区 and (夜市 or 托管)
    (夜市 OR 托管) 高新区  brackets group, nest, and take a - or a field before them:
                          -(夜市 托管), 标题:(夜市 OR 托管)
    "高新区 夜市"~10      proximity: the words in any order, at most 10 other words
                          in the stretch that holds them all
    同句:(高新区 夜市)    the words in one sentence; 同段:(…) in one paragraph
    记者:孙庆辉           a field: a credited person in that role (记者 通讯员 摄影/摄
                          作者 编辑; 署名 any role), 人物 (credited or mentioned),
                          单位/部门, 栏目, 报纸, 版次 (a number), 标题 (the three
                          headline lines), 引题, 副题, 正文; a field that does not
                          exist (作家:王某) searches its words and says so
    记者 孙庆辉, 孙庆辉 摄  a byline typed as it is printed reads as 记者:孙庆辉, 摄影:孙庆辉

Full-width forms, curly quotes and traditional characters are folded as the index
folds them. Input that cannot mean anything (control characters, a page of text)
raises `QueryError` with a message for the reader; input that can be mended (a
bracket left open, a stray ")", a quote without its pair, a field that does not
exist) is, and `ParsedQuery.notes` says how. What parses is a `ParsedQuery` (a tree:
a bracket is a `Group` of clauses), which each engine translates itself
(`search.whoosh.translate`, `search.elastic_dsl`): no engine ever sees raw user syntax.

Besides its words a search may set filters (`FILTERS`, and a date range), and each
engine answers with an `Outcome`.
"""

import re
import unicodedata
from dataclasses import dataclass, field, replace

from archive.models import CreditRole

from .analyzer import PARAGRAPH, PART_GAP, SENTENCE, fold, is_cjk, is_word, words

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
    **dict.fromkeys(("引题", "kicker"), "kicker"),
    **dict.fromkeys(("副题", "subtitle"), "subtitle"),
    **dict.fromkeys(("正文", "body"), "body"),
    **dict.fromkeys(("版次", "版", "page"), "page"),
}
# What a message about a field that does not exist lists, in this order.
KNOWN_FIELDS = "标题 引题 副题 正文 栏目 版次 报纸 人物 单位 署名 记者 通讯员 摄影 作者 编辑"
# A credit prefix that names a role matches that role only (search_indexes.py indexes
# each credit as "role:name" too); 署名 matches any.
ROLE_PREFIXES = {label: value for value, label in CreditRole.choices} | {
    "摄": CreditRole.PHOTOGRAPHER.value
}
# A byline as printed: the role before the name (记者 孙庆辉), or 摄 after it.
ROLES_BEFORE = {label: value for value, label in CreditRole.choices}
ROLES_AFTER = {"摄": CreditRole.PHOTOGRAPHER.value, "摄影": CreditRole.PHOTOGRAPHER.value}
OR_WORDS = ("OR", "|")


def credit_term(role, name):
    """How a credit in `role` is indexed beside the bare name: "editor:孙庆辉"."""
    return f"{role}:{name}"


NAME_FIELDS = ("credit", "person", "department", "column", "publication")
# The index field a name clause asks: people and departments by every name they go by,
# aliases too (search_indexes.py). The credit field holds aliases itself.
NAME_QUERIED = {"person": "person_names", "department": "department_names"}
# Fields of words. 标题 is the headline's three lines together, 引题 and 副题 one each;
# 正文 is the body, asked inside the text field (search_indexes.py, prepare_text).
TEXT_FIELDS = ("text", "title", "kicker", "subtitle", "body")
# A word, a phrase, a field before either or before a bracket, "(" and ")".
TOKEN_RE = re.compile(
    r'(?P<minus>-?)(?:(?P<prefix>[^\s":()]+):)?'
    r'(?:"(?P<quoted>[^"]*)"(?:~(?P<slop>\d+))?|(?P<open>\()|(?P<bare>[^\s"()]+))'
    r"|(?P<close>\))"
)
# 同句:(高新区 夜市), 同段:(…): the words in one sentence or one paragraph (the marks
# search.analyzer leaves where they end).
UNITS = {"同句": "sentence", "同段": "paragraph"}
UNIT_MARKS = {"sentence": SENTENCE, "paragraph": PARAGRAPH}  # what no window may hold
MAX_SLOP = PART_GAP - 1  # 1000: the analyzer keeps an article's parts further apart
# A span's slop no article reaches: "anywhere before" (正文:), "anywhere in one sentence".
ANYWHERE = 1_000_000


class QueryError(ValueError):
    """A query that cannot be run; `str(error)` is the message for the reader."""


@dataclass(frozen=True)
class Clause:
    text: str  # folded
    field: str = "text"
    phrase: bool = False
    negated: bool = False
    raw: str = ""  # as typed, for exact fields (column, publication) indexed unfolded
    role: str = ""  # a credit clause's CreditRole value; "" for any role
    either: bool = False  # joined to the positive item before it by OR
    # Proximity, for words of text: at most `slop` other words in the window that holds
    # them all, in any order ("高新区 夜市"~10); or all in one `unit` (同句, 同段).
    slop: int | None = None
    unit: str = ""

    @property
    def near(self):
        return self.slop is not None or bool(self.unit)

    def terms(self):
        """What the clause looks for: the words of text (as the index numbers them; none
        for a clause of punctuation), else its field's one value."""
        return words(self.text) if self.field in TEXT_FIELDS else [self.text]


class _Items:
    """What a query and a bracketed group share: `clauses`, each a `Clause` or a
    `Group`, ANDed, but OR binds the items it joins."""

    def groups(self):
        """The positive items as [[a, b], [c]]: every group must match, and a group
        matches when any of its items does (a OR b)."""
        groups = []
        for item in self.positive:
            if item.either and groups:
                groups[-1].append(item)
            else:
                groups.append([item])
        return groups

    @property
    def positive(self):
        return [c for c in self.clauses if not c.negated]

    @property
    def negative(self):
        return [c for c in self.clauses if c.negated]

    def leaves(self):
        """The clauses an article is found by: those not excluded, inside groups too."""
        for item in self.positive:
            yield from item.leaves() if isinstance(item, Group) else (item,)


@dataclass(frozen=True)
class Group(_Items):
    """A bracketed part of a query: (夜市 OR 托管), -(a b)."""

    clauses: tuple = ()
    negated: bool = False
    either: bool = False


@dataclass(frozen=True)
class ParsedQuery(_Items):
    clauses: tuple = ()
    bylines: bool = False  # words typed as a byline were read as credit fields
    notes: tuple[str, ...] = ()  # what was mended in the query, for the reader

    def __bool__(self):
        return bool(self.clauses)

    @property
    def has_terms(self):
        """Whether it looks for anything: without, a search lists what its filters leave
        (newest first), and there is nothing to rank by relevance."""
        return any(clause.terms() for clause in self.leaves())

    def highlight_terms(self):
        """The strings to mark in titles and snippets, longest first."""
        terms = set()
        for clause in self.leaves():
            if clause.field in (*TEXT_FIELDS, "credit", "person", "department"):
                if not clause.near:  # "高新区 夜市"~10 is marked word by word
                    terms.add(clause.text)
                if not clause.phrase and clause.field in TEXT_FIELDS:
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


def parse(raw):
    """Parse what the reader typed. Empty or punctuation-only input parses to no clauses.

    A bracket left open is closed at the end, a stray ")" and a quote without its
    pair are left out; the query runs and `notes` says what to fix."""
    # Each step keeps one character for one, so offsets in `text` are offsets in `typed`.
    typed = (raw or "").translate(_INVISIBLE).translate(_QUOTES)
    typed = typed.replace("｜", "|").replace("|", " | ")
    _check(typed)
    notes = []
    if typed.count('"') % 2:
        last = typed.rindex('"')
        typed = f"{typed[:last]} {typed[last + 1 :]}"
        notes.append(
            '引号不成对：已略去最后一个引号。短语要用一对引号括起来，例如 "预算绩效管理"。'
        )
    text = fold(typed)
    reader = _Reader(typed, text, notes)
    items, _closed = reader.items(top=True)
    count = sum(1 for _ in _all_leaves(items))
    if count > MAX_CLAUSES:
        raise QueryError(f"查询的词太多：最多 {MAX_CLAUSES} 个，这次有 {count} 个。")
    items, bylines = _read_bylines(items)
    parsed = ParsedQuery(tuple(items), bylines=bylines, notes=tuple(reader.notes))
    if parsed and not parsed.positive:
        raise QueryError("只有排除的词：请再写一个要找的词，例如 夜市 -焦作。")
    return parsed


def _all_leaves(items):
    for item in items:
        yield from _all_leaves(item.clauses) if isinstance(item, Group) else (item,)


class _Reader:
    """Reads the tokens of a folded query into items, a bracketed group at a time."""

    def __init__(self, typed, text, notes):
        self.typed, self.text = typed, text
        self.tokens = list(TOKEN_RE.finditer(text))
        self.at = 0
        self.notes = notes

    def _note(self, message):
        if message not in self.notes:
            self.notes.append(message)

    def items(self, top=False, field=None, role=""):
        """(items, closed): the items up to the ")" that closes this level, and whether
        one did (else the input ended). `field` and `role` are a prefix before the
        bracket, which its words take unless they name their own."""
        items, either = [], False
        while self.at < len(self.tokens):
            match = self.tokens[self.at]
            self.at += 1
            minus, prefix = match["minus"], match["prefix"]
            if match["close"]:
                if not top:
                    return items, True
                self._note("多了一个右括号“)”：已略去。括号要成对，例如 (夜市 OR 托管) 高新区。")
                continue
            if not minus and prefix is None and self.typed[slice(*match.span("bare"))] in OR_WORDS:
                either = any(not c.negated for c in items)  # a leading OR joins nothing
                continue
            here, here_role = field, role
            if prefix in FIELD_PREFIXES:
                here, here_role = FIELD_PREFIXES[prefix], ROLE_PREFIXES.get(prefix, "")
            elif prefix is not None and match["open"] and prefix not in UNITS:
                self._unknown(prefix)
            if match["open"]:
                item = self._group(match, here, here_role)
            else:
                item = self._clause(match, here, here_role)
            if item is not None:
                items.append(replace(item, either=either and not minus))
                either = False
            elif match["open"]:
                either = False
        return items, False

    def _group(self, match, field, role):
        inner, closed = self.items(field=field, role=role)
        if not closed:
            self._note(
                "缺少右括号“)”：已当作在查询末尾补上。括号要成对，例如 (夜市 OR 托管) 高新区。"
            )
        unit = UNITS.get(match["prefix"])
        if unit and inner:
            if all(_plain_words(c) for c in inner):
                fields = {c.field for c in inner}
                return Clause(
                    text=" ".join(c.text for c in inner),
                    field=fields.pop() if len(fields) == 1 else "text",
                    negated=bool(match["minus"]),
                    raw=" ".join(c.raw for c in inner),
                    unit=unit,
                )
            self._note(
                f"{match['prefix']}:(…) 里只写要找的词（不用 OR、减号、引号或字段），"
                f"例如 {match['prefix']}:(高新区 夜市)：这次已按普通括号搜索。"
            )
        group = Group(tuple(inner), negated=bool(match["minus"]))
        if group.positive:
            return group
        if inner:
            self._note("括号里只有排除的词：这一组已略去。括号里要有要找的词。")
        return None

    def _unknown(self, prefix):
        if all(map(is_cjk, prefix)):  # 作家:王某 meant a field; 10:30 did not
            self._note(
                f"没有“{prefix}:”这个字段：已把后面的词当普通词搜索。"
                f"可用的字段：{KNOWN_FIELDS}；同句:(…) 同段:(…)（例如 标题:夜市）。"
            )
            return True
        return False

    def _clause(self, match, field, role):
        prefix, quoted = match["prefix"], match["quoted"]
        group = "quoted" if quoted is not None else "bare"
        unit = UNITS.get(prefix, "")
        if prefix is not None and prefix not in FIELD_PREFIXES and not unit:
            if not self._unknown(prefix):  # "10:30" or "http:..." is text
                quoted, group = None, 0
        field = field or "text"
        start, end = match.span(group)
        if group == 0 and match["minus"]:
            start += 1
        value = self.text[start:end].strip()
        if not is_word(value):
            return None  # punctuation alone, "-" alone, an empty pair of quotes
        raw = self.typed[start:end].strip()
        if field == "page":
            number = re.search(r"\d+", value)
            if number is None or int(number.group()) > 9999:  # no paper prints more pages
                self._note(f"版次要写数字，例如 版次:4：已把“{raw}”当普通词搜索。")
                field = "text"
            else:
                value = raw = str(int(number.group()))  # 第04版 is 4
        slop = match["slop"]
        if (slop is not None or unit) and field not in TEXT_FIELDS:
            slop, unit = None, ""  # a name or a paper has no words to be near
        return Clause(
            text=value,
            field=field,
            phrase=quoted is not None and field in TEXT_FIELDS and not (slop or unit),
            negated=bool(match["minus"]),
            raw=raw,
            role=role if field == "credit" else "",
            slop=min(int(slop), MAX_SLOP) if slop is not None else None,
            unit=unit,
        )


def _plain_words(item):
    """Words 同句:(…) can hold: text typed plain, not excluded or joined by OR."""
    return (
        isinstance(item, Clause)
        and item.field in TEXT_FIELDS
        and not (item.phrase or item.negated or item.either or item.near)
    )


def _bare(clause):
    """A plain word as typed alone: no field, quotes, minus or OR."""
    return (
        isinstance(clause, Clause)
        and clause.field == "text"
        and not (clause.phrase or clause.negated or clause.either)
    )


def _name_shaped(clause):
    return _bare(clause) and 2 <= len(clause.text) <= 4 and all(map(is_cjk, clause.text))


def _read_bylines(clauses):
    """Read a role word beside a name as the credit field it means: 记者 孙庆辉 is
    记者:孙庆辉 and 孙庆辉 摄 is 摄影:孙庆辉, as bylines are printed (in brackets too)."""
    result, found, i = [], False, 0
    while i < len(clauses):
        here, after = clauses[i], clauses[i + 1] if i + 1 < len(clauses) else None
        if isinstance(here, Group):
            inner, inner_found = _read_bylines(here.clauses)
            result.append(replace(here, clauses=tuple(inner)))
            found = found or inner_found
            i += 1
            continue
        if after is not None and _bare(here) and here.text in ROLES_BEFORE:
            name, role = after, ROLES_BEFORE[here.text]
        elif after is not None and _bare(after) and after.text in ROLES_AFTER:
            name, role = here, ROLES_AFTER[after.text]
        else:
            name = None
        if name is not None and _name_shaped(name) and name.text not in ROLE_PREFIXES:
            result.append(Clause(text=name.text, field="credit", raw=name.raw, role=role))
            found = True
            i += 2
        else:
            result.append(here)
            i += 1
    return result, found


# -- filters and outcomes -------------------------------------------------------------

# What a search can be narrowed to besides its words, each a field of the index with one
# value per article (names: any of several), and how a reader sees it named. A facet
# link sets one; `SearchForm` takes them all, and a date range (start, end).
FILTERS = {
    "year": "年份",
    "publication": "报纸",
    "column": "栏目",
    "person": "人物",
    "department": "单位",
}
# Names are indexed folded (search_indexes.py), so 孫慶輝 typed in a filter finds 孙庆辉;
# papers and columns as printed.
FOLDED_FILTERS = ("person", "department")


def filter_terms(filters):
    """[(field, value as the index holds it)] for the filters set in `filters` (a
    `SearchForm`'s), in the order of FILTERS."""
    return [
        (name, fold(filters[name]) if name in FOLDED_FILTERS else filters[name])
        for name in FILTERS
        if filters.get(name)
    ]


@dataclass
class Outcome:
    """One page of results: article pks in order, the total, and facet counts."""

    pks: list[int]
    total: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
