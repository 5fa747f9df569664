"""Headlines printed apart from their articles, given to untitled articles all at once.

A page that gathers its headlines in one place (all at its end, say) leaves each
headline to be matched with the article it announces by what both say. Matching one
headline at a time lets an early, greedy pick steal the article a later headline
needed; an optimal assignment over the whole score matrix (scipy's
`linear_sum_assignment`, the Hungarian method) maximises the total agreement instead.

The score is the share of the headline's character pairs, weighted by how rare they
are among the page's untitled articles, that the article's text contains. A pair no
article has weighs as one that a single article has: a headline rephrases its
article, and the words it adds must not drown the ones it shares. A short headline
shares characters where it shares no pair (桥与河 over a text of 石桥 and 河水): the
same share over single characters counts too, at 0.7 of its weight (titles on the
development pages 0.856 → 0.859).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .lexicon import CJK

MIN_SCORE = 0.3  # below this a headline shares too little with any article
LOW_MARGIN = 0.15  # a pick barely better than the runner-up is flagged for review
_BIGRAM = re.compile(rf"(?=([{CJK}]{{2}}))")
_CHAR = re.compile(rf"[{CJK}]")
CHAR_WEIGHT = 0.7  # a shared character says less than a shared pair


@dataclass
class Match:
    headline: int
    article: int
    score: float
    margin: float  # over the headline's best other article


def scores(headlines: list[str], articles: list[str]) -> list[list[float]]:
    pairs = _shares(headlines, articles, _BIGRAM)
    chars = _shares(headlines, articles, _CHAR)
    return [
        [max(p, CHAR_WEIGHT * c) for p, c in zip(prow, crow, strict=True)]
        for prow, crow in zip(pairs, chars, strict=True)
    ]


def _shares(headlines: list[str], articles: list[str], unit: re.Pattern) -> list[list[float]]:
    """For each headline and article, the idf-weighted share of the headline's units
    (character pairs, or characters) that the article holds."""
    grams = [set(unit.findall(t)) for t in articles]
    df: dict[str, int] = {}
    for g in grams:
        for gram in g:
            df[gram] = df.get(gram, 0) + 1
    n = len(grams)

    def idf(gram):
        return math.log((n + 1) / (max(df.get(gram, 0), 1) + 0.5))

    rows = []
    for text in headlines:
        own = set(unit.findall(text))
        total = sum(idf(g) for g in own) or 1.0
        rows.append([sum(idf(g) for g in own & article) / total for article in grams])
    return rows


def assign(headlines: list[str], articles: list[str]) -> list[Match]:
    """The best one-to-one pairing of headlines with articles, pairs under MIN_SCORE left out."""
    if not headlines or not articles:
        return []
    return pick(scores(headlines, articles))


def pick(table: list[list[float]]) -> list[Match]:
    """The pairs of rows (headlines) and columns (articles) with the highest total score."""
    from scipy.optimize import linear_sum_assignment

    rows, cols = linear_sum_assignment(table, maximize=True)
    matches = []
    for h, a in zip(rows.tolist(), cols.tolist(), strict=True):
        score = table[h][a]
        if score < MIN_SCORE:
            continue
        others = [s for j, s in enumerate(table[h]) if j != a]
        matches.append(Match(h, a, score, score - max(others, default=0.0)))
    return matches
