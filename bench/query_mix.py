"""The search benchmark's queries: drawn from the archive, deterministically by seed.

    queries = query_mix.make_queries(200, seed=7, searcher=whoosh_searcher)

The issue's sixteen (`QUERIES`), then `MIX`: words from a sample of articles spread
over frequencies from rare to very common (single words and pairs), quoted phrases,
`-word` exclusions, traditional-character spellings, the people and departments the
archive holds (bare and as `记者:` `人物:` `单位:` fields), the query language of issue
#16 (`a OR b`, `a | b`, brackets, `标题:` `引题:` `正文:` `栏目:` `版次:`, proximity
`"a b"~N`, `同句:(a b)`, `同段:(a b)`), and a few with a year, paper, column or person
filter or sorted by date. Words for proximity come from one sentence, paragraph or
stretch of an article, as a reader who remembers a passage would type them.
"""

from __future__ import annotations

import random
import re
import urllib.parse

# The issue's queries: always in the set.
QUERIES = [
    "污染源普查",
    "预算绩效",
    "孙庆辉",
    "夜市",
    "焦裕禄",
    '"预算绩效管理"',
    "培训 -预算",
    "預算績效",
    "焦",
    "李飞",
    "王德敏",
    "高新区",
    "安全 生产",
    "记者:孙庆辉",
    "主题教育 -五星",
    "营商环境",
]

# How many of each kind of generated query, per 200 (the rest are QUERIES). The
# query language's forms take 40; before them words were 50, pairs 30, phrases 20,
# exclusions 15, traditional 15, people 12, credit fields 8, departments 10, filters 20.
MIX = {
    "word": 38,
    "two words": 24,
    "phrase": 16,
    "exclusion": 12,
    "traditional": 10,
    "person": 10,
    "credit field": 7,
    "person field": 4,
    "department": 8,
    "filtered": 15,
    "or": 8,
    "brackets": 6,
    "field": 8,
    "proximity": 10,
    "same sentence": 5,
    "same paragraph": 3,
}
# Document-frequency bands (share of articles holding the word), rare to very common.
BANDS = [(0, 0.001), (0.001, 0.01), (0.01, 0.1), (0.1, 0.4), (0.4, 1.01)]
SAMPLE_ARTICLES = 400
SLOPS = (2, 5, 10, 30)  # "a b"~N: how far apart, in words, the two are drawn
SENTENCE_END = re.compile(r"(?<=[。！？；])")
CLAUSE_BREAK = re.compile(r"[\s，。、；：！？“”（）《》,.;:!?()]+")


class Query:
    """One search page request: its kind, its parameters and its URL path."""

    def __init__(self, kind, q, **filters):
        self.kind = kind
        self.params = {"q": q, **filters}
        self.path = "/search/?" + urllib.parse.urlencode(self.params)

    def __str__(self):
        extra = " ".join(f"{k}={v}" for k, v in self.params.items() if k != "q")
        return f"{self.params['q']} {extra}".strip()


def _traditional():
    """Simplified character -> one traditional spelling that folds back to it."""
    from search.analyzer import FOLD_TABLE, is_cjk

    table = {}
    for code in sorted(FOLD_TABLE):
        simplified = FOLD_TABLE[code]
        if is_cjk(chr(code)) and len(simplified) == 1 and is_cjk(simplified):
            table.setdefault(simplified, chr(code))
    return table


def _vocabulary(rng, searcher):
    """Words of a sample of articles: {word: share of articles}, the sample's texts
    (title and body), their words, and their rows (title, kicker, body, column, 版次)."""
    from archive.models import Article
    from search.analyzer import is_cjk, words

    pks = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    sample = sorted(rng.sample(pks, min(SAMPLE_ARTICLES, len(pks))))
    rows = list(
        Article.objects.filter(pk__in=sample)
        .order_by("pk")
        .values_list("title", "kicker", "body", "column", "issue__page_number")
    )
    texts = ["\n".join(filter(None, (title, body))) for title, _k, body, _c, _p in rows]
    total = max(searcher.doc_count(), 1)
    share, per_text = {}, []
    for text in texts:
        found = sorted({w for w in words(text) if len(w) >= 2 and all(map(is_cjk, w))})
        per_text.append(found)
        for word in found:
            if word not in share:
                share[word] = searcher.doc_frequency("text", word) / total
    return share, texts, per_text, rows


def _banded(share):
    bands = [[] for _ in BANDS]
    for word in sorted(share):
        for i, (low, high) in enumerate(BANDS):
            if low <= share[word] < high:
                bands[i].append(word)
                break
    return bands


def _apart(a, b):
    """Two words a query can ask near each other: neither inside the other, so that
    no engine finds them at one position (a word and its sub-word)."""
    return a != b and a not in b and b not in a


def make_queries(count=200, seed=7, searcher=None):
    """`count` queries drawn from the archive in the current Django database."""
    from django.db.models import Count

    from archive.models import Article, Department, Issue, Person, Publication
    from search.analyzer import is_cjk, words

    rng = random.Random(seed)
    share, texts, per_text, rows = _vocabulary(rng, searcher)
    bands = [b for b in _banded(share) if b]
    to_traditional = _traditional()
    people = list(Person.objects.annotate(n=Count("credits")).filter(n__gt=0).order_by("name"))
    mentioned = list(Person.objects.annotate(n=Count("mentions")).filter(n__gt=0).order_by("name"))
    departments = list(
        Department.objects.annotate(n=Count("mentions")).filter(n__gt=0).order_by("name")
    )
    years = sorted({d.year for d in Issue.objects.dates("date", "year")})
    papers = list(Publication.objects.order_by("name").values_list("name", flat=True))
    columns = sorted(
        set(Article.objects.exclude(column="").values_list("column", flat=True).distinct()[:50])
    )

    out, seen = [], set()

    def add(kind, q, **filters):
        query = Query(kind, q, **filters)
        if q and query.path not in seen:
            seen.add(query.path)
            out.append(query)
            return True
        return False

    for q in QUERIES:
        add("issue", q)

    def word(band=None):
        return rng.choice(bands[rng.randrange(len(bands)) if band is None else band])

    def article_words():
        i = rng.randrange(len(texts))
        return texts[i], per_text[i] or [word()]

    def run_of_words(text):
        """The words of `text` a reader would type: two or more Chinese characters."""
        return [w for w in words(text) if len(w) > 1 and all(map(is_cjk, w))]

    def phrase():
        text, _found = article_words()
        clauses = [c for c in CLAUSE_BREAK.split(text) if c]
        parts = [w for w in words(rng.choice(clauses))] if clauses else []
        runs = [
            parts[i : i + n]
            for n in (2, 3)
            for i in range(len(parts) - n + 1)
            if all(len(w) > 1 and all(map(is_cjk, w)) for w in parts[i : i + n])
        ]
        return '"' + "".join(rng.choice(runs)) + '"' if runs else None

    def two_words():
        found = article_words()[1]
        return " ".join(rng.sample(found, 2)) if len(found) > 1 else None

    def traditional():
        for _ in range(20):
            w = word()
            spelled = "".join(to_traditional.get(c, c) for c in w)
            if spelled != w:
                return spelled
        return None

    def pair_within(stretches, reach):
        """Two words at most `reach` words apart in one of `stretches`, in either order."""
        found = run_of_words(rng.choice(stretches)) if stretches else []
        pairs = [
            (a, b)
            for i, a in enumerate(found)
            for b in found[i + 1 : i + 1 + reach]
            if _apart(a, b)
        ]
        if not pairs:
            return None
        a, b = rng.choice(pairs)
        return (b, a) if rng.random() < 0.5 else (a, b)

    def proximity(i):
        slop = SLOPS[i % len(SLOPS)]
        pair = pair_within([article_words()[0]], slop)
        return f'"{pair[0]} {pair[1]}"~{slop}' if pair else None

    def same(unit):
        text = article_words()[0]
        if unit == "同句":
            stretches = [s for s in SENTENCE_END.split(text) if s.strip()]
        else:
            stretches = [p for p in text.split("\n") if p.strip()]
        pair = pair_within(stretches, 40)
        return f"{unit}:({pair[0]} {pair[1]})" if pair else None

    def either(i):
        a, b = word(), word()
        return f"{a} {'OR' if i % 2 else '|'} {b}" if a != b else None

    def brackets(i):
        found = article_words()[1]
        if len(found) < 2:
            return None
        a, c = rng.sample(found, 2)
        if i % 3 == 2:  # a word, less the articles holding both of two others
            return f"{a} -({word()} {c})"
        return f"({a} OR {word()}) {c}"

    def field(i):
        title, kicker, body, column, page = rows[rng.randrange(len(rows))]
        choice = i % 5
        if choice == 0:
            found = run_of_words(title)
            return f"标题:{rng.choice(found)}" if found else None
        if choice == 1:
            found = run_of_words(body)
            return f"正文:{rng.choice(found)}" if found else None
        if choice == 2 and kicker:
            found = run_of_words(kicker)
            return f"引题:{rng.choice(found)}" if found else None
        if choice == 3 and column:
            return f"栏目:{column} {word()}"
        if page:
            return f"版次:{page} {word()}"
        return None

    makers = {
        "word": lambda i: word(i % len(bands)),
        "two words": lambda i: two_words(),
        "phrase": lambda i: phrase(),
        "exclusion": lambda i: f"{word(max(0, len(bands) - 1 - i % 3))} -{word()}",
        "traditional": lambda i: traditional(),
        "person": lambda i: rng.choice(people).name if people else None,
        "credit field": lambda i: f"记者:{rng.choice(people).name}" if people else None,
        "person field": lambda i: f"人物:{rng.choice(mentioned).name}" if mentioned else None,
        "department": lambda i: (
            ("单位:" if i % 2 else "") + rng.choice(departments).name if departments else None
        ),
        "or": either,
        "brackets": brackets,
        "field": field,
        "proximity": proximity,
        "same sentence": lambda i: same("同句"),
        "same paragraph": lambda i: same("同段"),
    }

    def filtered(i):
        # Of ten: four years, two papers, two columns, a person, a date order.
        q, choice = word(min(i % len(bands) + 2, len(bands) - 1)), i % 10
        if 4 <= choice < 6 and papers:
            return q, {"publication": rng.choice(papers)}
        if 6 <= choice < 8 and columns:
            return q, {"column": rng.choice(columns)}
        if choice == 8 and people:
            return q, {"person": rng.choice(people).name}
        if choice == 9:
            return q, {"sort": "newest"}
        return q, {"year": str(rng.choice(years))} if years else {}

    scale = count / 200
    for kind, share_of_200 in MIX.items():
        wanted, made, tries = round(share_of_200 * scale), 0, 0
        while made < wanted and tries < wanted * 20:
            tries += 1
            if kind == "filtered":
                q, filters = filtered(made)
                made += add(kind, q, **filters)
            else:
                made += add(kind, makers[kind](tries))  # tries: a full band is skipped
    while len(out) < count:  # a small archive without people or columns: more words
        add("word", word() if rng.random() < 0.5 else f"{word()} {word()}")
    return out[:count]
