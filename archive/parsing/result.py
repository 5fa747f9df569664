"""What the parser returns: plain dataclasses, no Django.

`PageResult.to_json()` gives exactly the shape of `ingest --dry-run --json`
(shared/contracts/ingest-json.md); extra keys are allowed there, none renamed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

ROLES = ("reporter", "correspondent", "photographer", "author", "editor")


class PageError(Exception):
    """A page that cannot be read at all (binary, undetectable encoding, empty)."""


@dataclass(frozen=True)
class Credit:
    name: str
    role: str  # one of ROLES
    organization: str | None = None
    # False where no role word stood by the name (a bare name closing an item, 本报讯（X Y）):
    # the role is a guess that the same name's role said elsewhere on the page overrules.
    role_said: bool = field(default=True, compare=False)

    def to_json(self):
        return {"name": self.name, "role": self.role, "organization": self.organization}


@dataclass
class PersonMention:
    name: str
    titles: list[str] = field(default_factory=list)
    organization: str | None = None

    def to_json(self):
        return {"name": self.name, "titles": self.titles, "organization": self.organization}


@dataclass
class DepartmentMention:
    name: str  # canonical within the page's zone, e.g. 高新区市场监管局
    kind: str  # archive.models.DepartmentKind value
    zone: str | None = None  # "" for a body above any zone the name names (国家中医药局)
    level: str = "other"  # archive.models.DepartmentLevel value: national … district
    aliases: list[str] = field(default_factory=list)  # the forms printed, e.g. 区市场监管局


@dataclass
class ArticleResult:
    body: str  # reflowed paragraphs joined by "\n"
    title: str | None = None
    title_is_derived: bool = False
    kicker: str | None = None
    subtitle: str | None = None
    column: str | None = None
    date: dt.date | None = None
    date_confidence: str = "none"  # archive.models.DateConfidence value
    span: tuple[int, int] = (0, 0)  # character offsets into the decoded page text
    credits: list[Credit] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    departments: list[DepartmentMention] = field(default_factory=list)
    review_reasons: list[str] = field(default_factory=list)
    headline_score: float | None = None  # set when a headline printed apart was matched
    headline_spans: list[tuple[int, int]] = field(default_factory=list)  # where it was printed

    @property
    def paragraphs(self):
        return [p for p in self.body.split("\n") if p]

    def to_json(self):
        return {
            # Where the page prints no title, this is one made from the lead, flagged.
            "title": self.title,
            "title_is_derived": self.title_is_derived,
            "subtitle": self.subtitle,
            "kicker": self.kicker,
            "column": self.column,
            "body": self.body,
            "date": self.date.isoformat() if self.date else None,
            "date_confidence": self.date_confidence,
            "span": list(self.span),
            "headline_spans": [list(span) for span in self.headline_spans],
            "credits": [c.to_json() for c in self.credits],
            "people": [p.to_json() for p in self.people],
            "departments": [d.name for d in self.departments],
            "review_reasons": self.review_reasons,
        }


@dataclass
class Leftover:
    """Page text that belongs to no article, kept and reported."""

    text: str
    span: tuple[int, int]
    kind: str = "stray"  # banner | rubric | stray

    def to_json(self):
        return {"text": self.text, "span": list(self.span), "kind": self.kind}


@dataclass
class PageResult:
    source: str
    text: str  # the decoded page as read (an HTML page: the text it shows, markup.py)
    sha256: str
    encoding: str
    publication: str | None = None
    zone: str | None = None
    page_label: str | None = None
    date: dt.date | None = None
    date_source: str | None = None  # manifest | file | text | None: where the date came from
    year_source: str | None = None
    articles: list[ArticleResult] = field(default_factory=list)
    leftovers: list[Leftover] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_json(self):
        return {
            "source": self.source,
            "publication": self.publication,
            "zone": self.zone,
            "page": self.page_label,
            "date": self.date.isoformat() if self.date else None,
            "date_source": self.date_source,
            "year_source": self.year_source,
            "encoding": self.encoding,
            "sha256": self.sha256,
            "warnings": self.warnings,
            "leftovers": [lo.to_json() for lo in self.leftovers],
            "articles": [a.to_json() for a in self.articles],
        }
