"""The parser, stage by stage: bytes in, a PageResult out.

    decode → normalise/reflow (layout) → segment → headers and headlines
    → credits → dates → people and departments

Nothing of the source is lost: text that belongs to no article is returned in
`PageResult.leftovers` and named in the warnings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from . import dates
from .credits import parse_lead
from .decode import decode
from .departments import find_departments
from .headlines import derive_title, match_orphans, read_header, split_block, strip_rubric
from .layout import Line, Unit, body_text, build_units, split_lines
from .normalise import join_cjk
from .people import find_people
from .result import ArticleResult, Leftover, PageResult
from .segment import Draft, segment

LOW_CONFIDENCE_MARGIN = 0.15


@dataclass
class PageMeta:
    """What the manifest (or the caller) knows about a page before reading it."""

    source: str
    publication: str | None = None
    zone: str | None = None
    year: int | None = None
    date: dt.date | None = None
    page_label: str | None = None
    known_columns: tuple[str, ...] = field(default_factory=tuple)


def parse_page(data: bytes, meta: PageMeta) -> PageResult:
    """Parse one page. Raises result.PageError if the bytes are not a readable page."""
    text, encoding = decode(data)
    page = PageResult(
        source=meta.source,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        publication=meta.publication or meta.zone,
        zone=meta.zone,
        page_label=meta.page_label,
    )
    lines = split_lines(text)
    banners, banner_day = _take_banners(lines, page)
    known = _issue_date(meta, text, banner_day, page.warnings)
    page.date, page.date_source, page.year_source = known.day, known.source, known.year_source
    seg = segment(build_units(lines))

    articles = [_article(draft, meta) for draft in seg.drafts]
    articles, drafts, empty = _drop_empty(articles, seg.drafts)
    _inherit_columns(articles)
    leftovers = _attach_orphans(articles, seg.orphans, page)
    leftovers += empty + [_leftover(u, "stray") for u in seg.strays]
    page.leftovers = banners + leftovers
    _date_articles(articles, drafts, known)
    if not page.date:
        _date_from_events(page, known, articles)
    for article in articles:
        _finish(article, meta)
    page.articles = articles
    if not articles:
        page.warnings.append("no articles found on this page")
    for lo in leftovers:
        page.warnings.append(f"text belongs to no article ({lo.kind}): {lo.text[:40]}")
    return page


# --- page date ----------------------------------------------------------------


@dataclass
class IssueDate:
    """What the page's date is known to be: a day, or only a year, and from where."""

    day: dt.date | None = None  # exact: manifest, file name or masthead
    year: int | None = None
    source: str | None = None
    year_source: str | None = None

    @property
    def year_inferred(self):
        return self.day is None and self.year_source == "text"


def _take_banners(lines: list[Line], page: PageResult) -> tuple[list[Leftover], dt.date | None]:
    """Masthead lines (2021年7月9日 星期五, 第3版) tell the page's date and label."""
    found, banner_day = [], None
    for line in lines:
        if not line.text or len(line.text) > 40:
            continue
        day = dates.banner_date(line.text)
        label = dates.page_label(line.text)
        if day or (label and len(line.text) <= 16):
            found.append(Leftover(line.text, (line.start, line.end), "banner"))
            page.page_label = page.page_label or label
            banner_day = banner_day or day
            line.text = ""  # read, kept as a leftover, and out of the article flow
    return found, banner_day


def _issue_date(meta: PageMeta, text: str, banner_day, warnings: list[str]) -> IssueDate:
    file_day = dates.date_from_filename(meta.source)
    for day, source in ((meta.date, "manifest"), (file_day, "file"), (banner_day, "text")):
        if day:
            return IssueDate(day, day.year, source, source)
    if meta.year:
        return IssueDate(year=meta.year, year_source="manifest")
    year = dates.infer_year(join_cjk(text))
    if year:
        warnings.append(f"year {year} inferred from the years the page mentions")
        return IssueDate(year=year, year_source="text")
    warnings.append("no year: the manifest gives none and the page names none")
    return IssueDate()


def _date_from_events(page: PageResult, known: IssueDate, articles) -> None:
    """Without a known day, the issue is dated by its latest event (it cannot be older)."""
    days = [a.date for a in articles if a.date and a.date.year == known.year]
    if known.year and days:
        page.date, page.date_source = max(days), "text"
        page.warnings.append(
            f"issue date {page.date} is the latest event date in the text; "
            f"year from {known.year_source}"
        )


def _date_articles(articles, drafts, known: IssueDate) -> None:
    for article, draft in zip(articles, drafts, strict=True):
        lead = article.paragraphs[0] if article.paragraphs else ""
        if draft.body and draft.body[0].kind == "lead":
            info = parse_lead(draft.body[0].text)
            if info.month and info.day:  # a dateline: 本报北京1月9日电
                year = f"{info.year}年" if info.year else ""
                lead = f"{year}{info.month}月{info.day}日 {lead}"
        article.date, article.date_confidence = dates.lead_date(
            lead,
            issue_date=known.day,
            issue_year=known.year,
            year_inferred=known.year_inferred,
            exact_issue=known.day is not None,
        )
        if article.date_confidence == "inferred_year":
            article.review_reasons.append("inferred_year")


# --- articles -----------------------------------------------------------------


def _article(draft: Draft, meta: PageMeta) -> ArticleResult:
    header = read_header(draft.header, meta.known_columns)
    paragraphs, credits = [], list(header.credits)
    for i, unit in enumerate(draft.body):
        if i == 0 and unit.kind == "lead":
            lead = parse_lead(unit.text)
            credits = lead.credits + credits
            paragraphs.append(_lead_paragraph(unit.text, lead))
        else:
            paragraphs.append(body_text(unit))
    for unit in draft.bylines:
        credits.extend(unit.credits)
    article = ArticleResult(
        body="\n".join(p for p in paragraphs if p),
        title=header.title,
        kicker=header.kicker,
        subtitle=header.subtitle,
        column=header.column,
        span=(draft.start, draft.end),
        credits=_dedupe_credits(credits),
    )
    return article


def _lead_paragraph(text: str, lead) -> str:
    """Keep 本报讯 and the bracketed credit as printed; reflow the rest."""
    at = text.rfind(lead.rest) if lead.rest else len(text)
    if not lead.marker or at < 0:
        return join_cjk(text)
    return (text[:at] + join_cjk(lead.rest)).strip()


def _dedupe_credits(credits):
    seen, out = set(), []
    for credit in credits:
        key = (credit.name, credit.role)
        if key not in seen:
            seen.add(key)
            out.append(credit)
    return out


def _drop_empty(articles, drafts):
    """Drafts with no word in them (a lone 。) are no articles; their text stays a leftover."""
    kept, dropped = [], []
    for article, draft in zip(articles, drafts, strict=True):
        has_words = any(ch.isalnum() for ch in (article.title or "") + article.body)
        (kept if has_words else dropped).append((article, draft))
    leftovers = [_leftover(u, "stray") for _, d in dropped for u in d.units]
    return [a for a, _ in kept], [d for _, d in kept], leftovers


def _inherit_columns(articles: list[ArticleResult]) -> None:
    """A column name heads every article after it until the next column."""
    column = None
    for article in articles:
        if article.column:
            column = article.column
        elif column:
            article.column = column


def _attach_orphans(articles: list[ArticleResult], orphans: list[Unit], page) -> list[Leftover]:
    untitled = [a for a in articles if not a.title]
    candidates = [u for u in orphans if u.kind != "rubric"]
    matches = match_orphans(
        ["".join(split_block(u)) for u in candidates], [a.body for a in untitled]
    )
    assigned: dict[int, ArticleResult] = {}
    for m in matches:
        unit, article = candidates[m.unit_index], untitled[m.article_index]
        header = read_header([unit])
        article.title, article.kicker = header.title, header.kicker or article.kicker
        article.subtitle = header.subtitle or article.subtitle
        article.headline_score = round(m.score, 3)
        article.headline_spans.append((unit.start, unit.end))
        if m.margin < LOW_CONFIDENCE_MARGIN:
            article.review_reasons.append("headline_low_confidence")
            page.warnings.append(f"headline {article.title!r} matched with low confidence")
        assigned[id(unit)] = article
    leftovers = []
    for i, unit in enumerate(orphans):
        if id(unit) in assigned:
            continue
        prev = assigned.get(id(orphans[i - 1])) if i else None
        nxt = assigned.get(id(orphans[i + 1])) if i + 1 < len(orphans) else None
        if unit.kind != "rubric" and prev and not prev.subtitle:
            prev.subtitle = " ".join(split_block(unit))
            prev.headline_spans.append((unit.start, unit.end))
        elif unit.kind != "rubric" and nxt and not nxt.kicker:
            nxt.kicker = strip_rubric(unit.text)
            nxt.headline_spans.append((unit.start, unit.end))
        else:
            leftovers.append(_leftover(unit, "rubric" if unit.kind == "rubric" else "headline"))
    return leftovers


def _leftover(unit: Unit, kind: str) -> Leftover:
    return Leftover(
        unit.text or " ".join(ln.text for ln in unit.lines), (unit.start, unit.end), kind
    )


def _finish(article: ArticleResult, meta: PageMeta) -> None:
    if not article.title:
        article.title = derive_title(_lead_rest(article.body))
        article.title_is_derived = True
        article.review_reasons.append("derived_title")
    if not article.credits:
        article.review_reasons.append("no_credit")
    credited = {c.name for c in article.credits}
    text = "\n".join(
        filter(
            None,
            [
                article.kicker,
                article.title if not article.title_is_derived else None,
                article.subtitle,
                article.body,
            ],
        )
    )
    article.people = find_people(text, exclude=credited)
    article.departments = find_departments(text, zone=meta.zone)


def _lead_rest(body: str) -> str:
    first = body.split("\n", 1)[0]
    return join_cjk(parse_lead(first).rest or first)
