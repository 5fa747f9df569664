"""A benchmark corpus of real text: articles recombined from ../shared/corpus/.

    articles(load(), n, seed)   # n RealArticles, the same for the same seed

The seed pages' sentences (bench/corpus.py) give a vocabulary of a few thousand
words, so a word like 高新区 is in most articles and search is timed on text no
paper prints. This module deals whole paragraphs, titles, kickers, subtitles and
bylines of the ~10 000 real articles in ../shared/corpus/articles.jsonl into new
articles on new dates, so that a million of them keep a real vocabulary, its long
tail of names and places, and phrases as printed. Local papers' forms are mixed
in: leads opened `本报讯（记者X 通讯员Y）`, `某某讯`, `本报6月13日讯` with a paper's own
staff (archive/parsing/devcorpus/credits.py), and some leads in the seed pages'
words (a zone's department doing what the seeds' departments do).

The records are read from ../shared/ when the benchmark runs and never written
anywhere in the project: only the numbers measured on them are.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

from archive.parsing.devcorpus import load_records
from archive.parsing.devcorpus.article import prepare
from archive.parsing.devcorpus.bylines import NamePool
from archive.parsing.devcorpus.credits import lead_opener
from bench import corpus as seeds

ROOT = Path(__file__).resolve().parent.parent
# BAOKAN_CORPUS names it for a checkout whose ../shared/ is not the shared folder (a
# worktree in /tmp).
SHARED_CORPUS = Path(
    os.environ.get("BAOKAN_CORPUS") or ROOT.parent / "shared" / "corpus" / "articles.jsonl"
)

# How a recombined article is credited: the corpus's own byline (its real shapes and
# names), or a local paper's lead with its own staff, or nothing.
CREDIT_FORMS = {"byline": 0.35, "benbao_bracket": 0.3, "paper": 0.1, "dated": 0.1, "none": 0.15}
SEED_LEAD_SHARE = 0.1  # leads in the seed pages' words
STAFF_PER_PAPER = 40  # a county paper's reporters: 记者:X finds hundreds of articles
PARAGRAPHS_CAP = 40  # a 转版 package can run to a hundred paragraphs; few do


def available(path: Path | None = None) -> bool:
    return Path(path or SHARED_CORPUS).is_file()


def load(path: Path | None = None) -> list[dict]:
    return load_records(str(path or SHARED_CORPUS))


@dataclass
class RealArticle:
    date: dt.date
    publication: str
    zone: str
    page: int
    title: str
    kicker: str = ""
    subtitle: str = ""
    column: str = ""
    paragraphs: list[str] = field(default_factory=list)
    credits: list[tuple[str, str]] = field(default_factory=list)  # (name, CreditRole value)

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass
class Parts:
    """What the records give, each kept whole: the pieces articles are dealt from."""

    titles: list[str]
    kickers: list[str]
    subtitles: list[str]
    sections: list[str]
    leads: list[str]  # first paragraphs, the dateline and its bracket credit cut off
    paragraphs: list[str]  # every other running paragraph
    lengths: list[int]  # paragraphs per article, to draw from
    bylines: list[list[tuple[str, str]]]  # the credits each readable byline names
    pool: NamePool

    @classmethod
    def from_records(cls, records: list[dict]) -> Parts:
        parts = cls([], [], [], [], [], [], [], [], NamePool(records))
        for record in records:
            prep = prepare(record)
            if prep is None:
                continue
            parts.titles.append("".join(prep.title))
            parts.kickers += ["".join(prep.kicker)] if prep.kicker else []
            parts.subtitles += ["".join(prep.subtitle)] if prep.subtitle else []
            parts.sections += [prep.section] if prep.section else []
            running = [text for role, text in prep.paras if role == "body"]
            parts.leads.append(running[0])
            parts.paragraphs += running[1:]
            parts.lengths.append(len(running))
            credits = [(n, g.role) for g in prep.groups for n in g.names]
            parts.bylines += [credits] if credits else []
        if not parts.titles or not parts.paragraphs:
            raise ValueError("no article in the records can be recombined")
        return parts


def _pick(rng: random.Random, weights: dict) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _papers(rng: random.Random, pool: NamePool):
    """Three local papers (name, zone, zone kind) and each one's staff of reporters."""
    papers = []
    for city in rng.sample(seeds.CITIES, 3):
        kind = rng.choice(seeds.ZONE_KINDS)
        staff = pool.draw_many(rng, STAFF_PER_PAPER)
        papers.append((f"{city}{kind[:2]}报", city + kind, kind, staff))
    return papers


def _seed_lead(rng: random.Random, kind: str, day: dt.date) -> str:
    """A lead as the seed pages write one: a zone's department did something."""
    verb, obj = rng.choice(seeds.ACTIONS)
    dept = kind + rng.choice(seeds.BUREAUS)
    return f"{day.month}月{day.day}日，{dept}{verb}{obj}。{rng.choice(seeds.SENTENCES)}"


def articles(records: list[dict], n: int, seed: int = 1, start_year=2015, years=10):
    """Yield `n` RealArticles dealt from `records`; the same seed deals the same ones."""
    rng = random.Random(seed)
    parts = Parts.from_records(records)
    papers = _papers(rng, parts.pool)
    start = dt.date(start_year, 1, 1)
    for _ in range(n):
        paper, zone, kind, staff = rng.choice(papers)
        day = start + dt.timedelta(days=rng.randrange(365 * years))
        article = RealArticle(day, paper, zone, rng.randint(1, 8), rng.choice(parts.titles))
        if rng.random() < len(parts.kickers) / len(parts.titles):
            article.kicker = rng.choice(parts.kickers)
        if rng.random() < len(parts.subtitles) / len(parts.titles):
            article.subtitle = rng.choice(parts.subtitles)
        if parts.sections and rng.random() < 0.5:
            article.column = rng.choice(parts.sections)
        if rng.random() < SEED_LEAD_SHARE:
            lead = _seed_lead(rng, kind, day)
        else:
            lead = rng.choice(parts.leads)
        count = min(rng.choice(parts.lengths), PARAGRAPHS_CAP) - 1
        others = [rng.choice(parts.paragraphs) for _ in range(count)]
        form = _pick(rng, CREDIT_FORMS)
        if form == "byline" and parts.bylines:
            article.credits = list(rng.choice(parts.bylines))
        elif form in ("benbao_bracket", "paper", "dated"):
            reporters = rng.sample(staff, rng.choice((1, 1, 2)))
            corrs = parts.pool.draw_many(rng, rng.choice((0, 1, 1, 2)), avoid=reporters)
            md = f"{day.month:02d}-{day.day:02d}"
            opener, printed, _md = lead_opener(rng, form, md, reporters, corrs, paper)
            lead = opener + lead
            article.credits = [(name, roles[0]) for name, roles in printed]
        article.paragraphs = [lead, *others]
        yield article
