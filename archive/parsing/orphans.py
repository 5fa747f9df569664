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

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass

from .lexicon import CJK

MIN_SCORE = 0.3  # below this a headline shares too little with any article
PART_SCORE = 0.5  # each line of a stack this close to a story of its own: headlines apart
OWN_PHOTO = 0.2  # of a caption's character pairs that its article's text says too
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
    grams = [_units(t, unit) for t in articles]
    n = len(grams)
    owns = [_units(t, unit) for t in headlines]
    wanted = frozenset().union(*owns)
    df: Counter[str] = Counter()  # how many articles hold each of the headlines' units
    for article in grams:
        df.update(wanted & article)
    rows = []
    for own in owns:
        weight = {g: math.log((n + 1) / (max(df[g], 1) + 0.5)) for g in own}
        # fsum: a set's order changes with the hash seed, and a float sum with the order
        # (a tie between two articles went one way or the other from run to run).
        total = math.fsum(weight.values()) or 1.0
        rows.append([math.fsum(weight[g] for g in own & article) / total for article in grams])
    return rows


# A page's worth: split_points scores the same texts again for every cut it tries, but
# no page meets another's texts. Parsing 1 200 pages of real text, the cache held 76.5
# MB of article bodies' pairs at 4096 texts (1 740 cached, still filling) and 4.6 MB at
# 128, with 278 and 264 of its 2 018 calls answered from it.
@functools.lru_cache(maxsize=128)
def _units(text: str, unit: re.Pattern) -> frozenset[str]:
    return frozenset(unit.findall(text))


def pairs(text: str) -> frozenset[str]:
    """The text's pairs of neighbouring Chinese characters: what a headline shares with
    the text it announces."""
    return _units(text, _BIGRAM)


def pair_share(headline: str, text: str) -> float:
    """The share of the headline's character pairs that the text holds (0 for a headline
    with none): how far a text says again what a line above it announces."""
    own = pairs(headline)
    return len(own & pairs(text)) / len(own) if own else 0.0


def assign(headlines: list[str], articles: list[str]) -> list[Match]:
    """The best one-to-one pairing of headlines with articles, pairs under MIN_SCORE left out."""
    if not headlines or not articles:
        return []
    return pick(scores(headlines, articles))


LAST_SCORE = 0.15  # the one headline and the one article left: they share something


def assign_to_the_last(headlines: list[str], articles: list[str]) -> list[Match]:
    """`assign`, and the one headline printed apart that is left with the one untitled
    article left, as a reader pairs them: headlines gathered at a page's end are each an
    article's, and the others have found theirs. A commentary's headline says little
    of its text in words (小字典有大力量 over 《新华字典》是陪伴几代中国人成长的…), so the
    last pair is taken from LAST_SCORE, not MIN_SCORE (flagged for review, its margin
    being nil)."""
    if not headlines or not articles:
        return []
    table = scores(headlines, articles)
    matches = pick(table)
    heads = [h for h in range(len(headlines)) if h not in {m.headline for m in matches}]
    texts = [a for a in range(len(articles)) if a not in {m.article for m in matches}]
    if len(heads) == 1 and len(texts) == 1 and table[heads[0]][texts[0]] >= LAST_SCORE:
        matches.append(Match(heads[0], texts[0], table[heads[0]][texts[0]], 0.0))
    return matches


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


# --- articles run together ------------------------------------------------------
#
# With its headline printed apart, an article in a narrow column often has nothing
# over its lead to say where it starts: the line model reads its first line as one
# more paragraph of the article before it, and its headline is left with no article.
# Such a headline is itself the evidence of the missing start. A run of untitled text
# is cut where the cut lets the headlines, assigned all at once again, agree with the
# text more than MIN_SCORE better than before: the piece under the cut matches a
# headline that matched nothing (or matched it worse), and the piece above keeps its
# own. On the development pages articles run together this way were 43 of 165 missed;
# the cuts found 28 of them (articles recall 0.911 → 0.926, titles 0.889 → 0.896,
# precision 0.935 → 0.934).


def split_points(headlines: list[str], runs: list[list[str]], may_open) -> list[tuple[int, int]]:
    """Where to cut untitled runs of paragraphs so that more headlines find their text.

    `runs` are the untitled articles' paragraphs; `may_open(run, k)` says whether
    paragraph k of a run may begin an article (after a finished sentence, say).
    Returns (run, k) pairs: cut run before paragraph k. One cut at a time, the best
    first, while headlines outnumber the pieces and a cut gains at least MIN_SCORE."""
    pieces = [(r, 0, len(paras)) for r, paras in enumerate(runs) if paras]
    cuts: list[tuple[int, int]] = []

    def text(piece):
        r, lo, hi = piece
        return "".join(runs[r][lo:hi])

    def agreement(texts):
        return sum(m.score for m in assign(headlines, texts))

    while len(pieces) < len(headlines):
        texts = [text(p) for p in pieces]
        base = agreement(texts)
        best = None
        for n, (r, lo, hi) in enumerate(pieces):
            for k in range(lo + 1, hi):
                if not may_open(r, k):
                    continue
                trial = [*texts[:n], text((r, lo, k)), text((r, k, hi)), *texts[n + 1 :]]
                gain = agreement(trial) - base
                if best is None or gain > best[0]:
                    best = (gain, n, k)
        if best is None or best[0] < MIN_SCORE:
            break
        _, n, k = best
        r, lo, hi = pieces[n]
        pieces[n : n + 1] = [(r, lo, k), (r, k, hi)]
        cuts.append((r, k))
    return sorted(cuts)
