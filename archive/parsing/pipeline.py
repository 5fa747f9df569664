"""The parser, stage by stage: bytes in, a PageResult out.

    decode → an HTML page's shown text (markup) → two columns side by side read
    one after the other (sidebyside) → normalise lines
    → parts an export labels (labelled) → mastheads
    → bylines cut by the column (wrapped) → line roles (linemodel)
    → stories (assemble) → what stories say side by side (stories)
    → headlines printed apart (orphans) → credits → dates → people and departments

Nothing of the source is lost: text that belongs to no article is returned in
`PageResult.leftovers` and named in the warnings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace

from . import dates, items, orphans
from .assemble import Block, Story, assemble, block_text
from .continued import continued_apart
from .credits import (
    Lead,
    as_own_paper,
    byline_credits,
    dateline,
    parse_lead,
    photo_set_apart,
    place_tag,
    split_closing_credit,
)
from .decode import decode
from .departments import find_departments
from .headblocks import headline_stacks, stack_text
from .headlines import derive_title, looks_like_column, strip_continued, strip_rubric
from .headorder import text_first
from .headstack_marks import read_marked_stack
from .labelled import read_labelled_parts
from .layout import display_width, ends_sentence, join_wrapped, split_lines
from .lexicon import is_editors_note, is_salutation, opens_with_mark
from .linemodel.tagger import tag_lines
from .markup import as_shown, has_markup
from .mastheads import take_mastheads
from .metadata import read_fields
from .normalise import close_lone_gaps, join_cjk
from .people import find_people
from .result import ArticleResult, Leftover, PageResult
from .sidebyside import read_columns
from .stories import repair_stories
from .wrapped import rejoin_cut_lines

# The warnings that say the text kept is not the file's text as received: the page's
# source view says so (archive.models.Issue.text_read_from).
READ_AS_SHOWN = "an HTML page: read as the text it shows (tags dropped)"
READ_COLUMNWISE = "two columns side by side on each line: read one after the other"
HEADS_UNDER_TEXTS = "headlines printed under their own texts: each read over its text"


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
    html = has_markup(text)
    if html:
        text = as_shown(text)  # an e-paper's HTML: its text from here on
    page = PageResult(
        source=meta.source,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        publication=meta.publication or meta.zone,
        zone=meta.zone,
        page_label=meta.page_label,
    )
    if html:
        page.warnings.append(READ_AS_SHOWN)
    if (columns := read_columns(text)) is not None:
        page.text = text = columns  # a PDF's two columns side by side: one after the other
        page.warnings.append(READ_COLUMNWISE)
    lines, labelled = read_labelled_parts(split_lines(text))
    lines = rejoin_cut_lines(lines)  # before the furniture is taken: it may be cut too
    banners, banner_day, label = take_mastheads(lines)
    banners += labelled
    page.page_label = page.page_label or label
    known = _issue_date(meta, text, banner_day, page.warnings)
    page.date, page.date_source, page.year_source = known.day, known.source, known.year_source
    labels = tag_lines(lines, meta.known_columns)
    in_order = text_first(lines, labels, lambda ls: tag_lines(ls, meta.known_columns))
    if in_order is not None:
        lines, labels = in_order  # headlines printed under their texts, now over them
        page.warnings.append(HEADS_UNDER_TEXTS)
    story_of = assemble(lines, labels, meta.known_columns)
    repair_stories(story_of, meta.known_columns)
    story_of.stories = continued_apart(story_of.stories, banners)
    heads = _own_names(banners, story_of, meta)
    reads, empty = _drop_empty(
        [_article(s, meta.known_columns, heads, text) for s in story_of.stories],
        story_of.stories,
    )
    articles = [r.article for r in reads]
    story_of.orphans += [[r.head_beside] for r in reads if r.head_beside]
    labelled = [r.article for r in reads if r.title_from_label]
    run_on = [r.article for r in reads if r.title_runs_on]
    leftovers = _attach_orphans(articles, story_of.orphans, page, labelled, run_on)
    _inherit_columns(articles, [r.article for r in reads if r.column_its_own])
    _roles_said_on_the_page(articles)
    leftovers += empty + [_leftover(b, "stray") for b in story_of.strays]
    banners += [_leftover(b, "banner") for b in story_of.furniture]
    page.leftovers = banners + leftovers
    _issues_of_a_mixed_page(reads, banners, known)
    _date_articles(reads, known)
    if not page.date:
        _date_from_events(page, known, articles, [r.stamped for r in reads if r.stamped])
    for read in reads:
        _finish(read, meta)
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
    warnings.append(
        "no year: the manifest gives none and the page names none; article dates take "
        "the latest year their month and day can have fallen in, flagged for review"
    )
    return IssueDate()


def _date_from_events(page: PageResult, known: IssueDate, articles, stamped) -> None:
    """Without a known day, the issue is dated by its latest event (it cannot be older),
    or the latest day its items' fields print (发布时间：…, 回复时间：…)."""
    days = [a.date for a in articles if a.date and a.date.year == known.year]
    days += [day for day in stamped if day.year == known.year]
    if known.year and days:
        page.date, page.date_source = max(days), "text"
        page.warnings.append(
            f"issue date {page.date} is the latest event date in the text; "
            f"year from {known.year_source}"
        )


def _issues_of_a_mixed_page(reads: list[_Read], banners: list[Leftover], known: IssueDate) -> None:
    """A page made of items from several issues prints each under its own masthead
    (江城日报 2023年5月4日 … 江城日报 2024年9月10日 …): an item is of the issue whose
    masthead is the nearest above it, not of the page's first. An old item reprinted
    names its issue under it (（原载本报1996年9月28日第一版）): it is of that one."""
    days = [(b.span[0], day, b.text) for b in banners if (day := dates.banner_date(b.text))]
    for start, day, _ in (d for d in days if dates.reprinted(d[2])):
        above = [read for read in reads if read.article.span[0] < start]
        if above and not above[-1].published:
            above[-1].published = day
    if known.source != "text":
        return  # the manifest or the file name dates the page
    days = [(start, day) for start, day, text in days if not dates.reprinted(text)]
    if len({day for _, day in days}) < 2:
        return
    for read in reads:
        above = [day for start, day in days if start <= read.article.span[0]]
        if above and not read.published:
            read.published = above[-1]


def _date_articles(reads: list[_Read], known: IssueDate) -> None:
    for read in reads:
        article = read.article
        info = read.lead if read.lead and read.lead.marker else read.dateline or read.lead
        # The lead is under an editor's note and a notice's salutation (各科室：).
        paragraphs = [
            p for p in article.paragraphs if not is_editors_note(p) and not is_salutation(p)
        ]
        lead = paragraphs[0] if paragraphs else ""
        # An item that gives its own publication day reads its dates against that day.
        day = read.published or known.day
        against = {
            "issue_date": day,
            "issue_year": day.year if day else known.year,
            "year_inferred": known.year_inferred and not read.published,
            "exact_issue": day is not None,
            "today": None if day or known.year else dt.date.today(),
        }
        labelled = _year_label(article.column)
        if labelled and labelled != against["issue_year"] and not read.published:
            # 【1985年】 over an old item on a page of several years: the item's year
            against = {"issue_year": labelled}
        sent = None
        if info and info.day:  # a dateline: 本报北京1月9日电, 本报8日讯 (the issue's month)
            year = f"{info.year}年" if info.year else ""
            month = info.month or (_month_of_day(day, int(info.day)) if day else None)
            if month:
                sent = dates.lead_date(f"{year}{month}月{info.day}日", **against)
        if sent and sent[0]:
            article.date, article.date_confidence = _dated_from(sent, info, lead, read)
        else:
            article.date, article.date_confidence = dates.lead_date(lead, **against)
        if article.date is None and read.published:
            article.date, article.date_confidence = read.published, "printed"
        if article.date_confidence == "inferred_year":
            article.review_reasons.append("inferred_year")


def _month_of_day(issue: dt.date, day: int) -> int:
    """The month a day of the month names, printed in the issue of that date: this
    month's, or the last month's for a day still to come."""
    return issue.month if day <= issue.day else (issue.month - 2) % 12 + 1


_YEAR_LABEL = re.compile(r"((?:19|20)\d{2})年")


def _year_label(column: str | None) -> int | None:
    """The year a column label that is only a year names (【1996年】 → 1996)."""
    m = _YEAR_LABEL.fullmatch(column or "")
    return int(m[1]) if m else None


_CLAUSE_END = re.compile(r"[，。；！？,;!?]")


def _dated_from(sent: tuple[dt.date, str], info: Lead, lead: str, read: _Read):
    """(date, confidence) of a lead under a dateline (本报北京3月5日电 3月4日，…): the day
    its first clause states, counted from the day it was sent (4日, 昨天 are the
    dispatch's); else the dispatch's day. A date further into a wire lead is mostly
    not its event's (a plan's day, a law's start): on the 300 development pages the
    whole lead's first date dated 13 more items otherwise than the first clause's.
    (The development pages' gold dates every datelined item by its dispatch, the
    reviewers' sets by its event: 44 development items differ for that alone.)"""
    own = lead  # a dateline printed apart (closing the text): the lead reads as any lead
    if info is read.lead:
        own = join_cjk(info.rest)  # the lead after its marker, to its first clause's end
        own = own[: clause_end.end()] if (clause_end := _CLAUSE_END.search(own)) else own
    found, confidence = dates.lead_date(
        own,
        issue_date=sent[0],
        issue_year=sent[0].year,
        exact_issue=True,
        as_of=False,
    )
    if found is None or (found > sent[0] and confidence != "relative"):
        return sent  # a day after the dispatch's is a plan's (9月20日至22日，…将举行)
    # …unless the lead names it by the dispatch's own day (明天，考生将走进考场): the
    # event is then that day, and the dispatch's day tells which.
    if sent[1] == "inferred_year" and confidence != "printed":
        confidence = "inferred_year"  # counted from a day whose year was guessed
    return found, confidence


# --- articles -----------------------------------------------------------------


@dataclass
class _Read:
    """An article as read from its story, with its lead parsed once."""

    article: ArticleResult
    lead: Lead | None
    # A dateline printed apart from the lead: over the headline (本报6月13日 （记者 X）)
    # or closing the text (（本报北京1月9日电 记者 X）). It dates a lead that has none.
    dateline: Lead | None = None
    # The title is the short line over the text (雪后初晴, or a column's name): a
    # headline printed apart that matches the text takes its place.
    title_from_label: bool = False
    # The title is the column's first line, run on into the text under it (a lead whose
    # headline is printed apart, read as a headline): a headline printed apart that
    # matches the text takes its place, and the line goes back to the text.
    title_runs_on: bool = False
    # The day an e-paper item says it was published: its own issue date.
    published: dt.date | None = None
    # The latest day its fields print (发布时间, 回复时间): the page is no older.
    stamped: dt.date | None = None
    # The column is a label printed right over this article's headline and not as
    # columns print (经济观察, 【…】, ■…): it heads this article alone.
    column_its_own: bool = False
    # A second headline printed on the title's line after a wide gap (…办税辅导      城东
    # 派出所破获一起电诈案): another article's, printed apart from its text.
    head_beside: Block | None = None


def _own_names(banners: list[Leftover], story_of, meta: PageMeta) -> tuple[str, ...]:
    """Where the page names its own paper: its masthead lines, the lines above its
    first article that no article took (三湘都市报 A08), and the manifest's publication.
    A byline's outlet named there is the paper's own."""
    first = min((s.start for s in story_of.stories), default=None)
    above = [
        block
        for block in [*story_of.furniture, *(b for stack in story_of.orphans for b in stack)]
        if first is not None and block.start < first
    ]
    heads = [b.text for b in banners] + [" ".join(b.texts) for b in above]
    return tuple(heads) + ((meta.publication,) if meta.publication else ())


# A column's label printed on its title's line: 【师生风采】把论文写在长江大堤上.
_LABEL_ON_A_TITLE = re.compile(r"[【〖]([^】〗]{2,8})[】〗]\s*")


def _article(
    story: Story, known_columns=(), heads: tuple[str, ...] = (), printed: str = ""
) -> _Read:
    kicker, title, subtitle = (_element(story, role) for role in ("kicker", "title", "subtitle"))
    if title and title.startswith("【") and title.endswith("】"):
        title = title[1:-1].strip()  # 【区图书馆新增图书5000册】: the brackets set it apart
    label = None
    if title and (glued := _LABEL_ON_A_TITLE.match(title)) and glued.end() < len(title):
        label, title = glued[1].strip(), title[glued.end() :].strip()  # 【师生风采】把论文…
    if title:
        title = strip_rubric(title) or title  # ▲县城新增公厕12座: the mark sets it apart
        title = strip_continued(title) or title
    if kicker:
        kicker = strip_rubric(kicker)
    kicker, title, subtitle = read_marked_stack(kicker, title, subtitle)
    column = story.column
    rubric = column is not None and items.printed_as_a_label(column)
    if column and column[:1] in "【〖" and column[-1:] in "】〗":
        column = column[1:-1].strip()  # 【街道动态】: the column's name, set apart
    column = items.without_its_telephone(column) if column else column
    column = column or label
    from_label = False
    if title is None and (subtitle or (kicker and not _is_rubric(story))):
        # A headline with no line read as its title: its main line is the title.
        title, subtitle, kicker = (subtitle, None, kicker) if subtitle else (kicker, None, None)
    elif (
        title is None
        and column
        and not looks_like_column(column, known_columns)
        and not rubric
        and not (story.paragraphs and opens_with_mark(block_text(story.paragraphs[0])))
    ):
        # A short line over an article with no headline (雪后初晴 over a photo's
        # caption) is its title, unless the paper prints it as a column (its name, in
        # brackets, with the column's telephone), or it names marked briefs (城事速览 /
        # ◆…).
        title, column, from_label = column, None, True
    # A photo printed between the headline and the text: its caption goes after the
    # text, which the lead opens (its day, its credit).
    photo = 0
    while photo < len(story.paragraphs) - 1 and story.paragraphs[photo].kind == "caption":
        photo += 1
    if photo and story.paragraphs[photo].kind == "para" and _credited_between(story, photo):
        story.paragraphs = story.paragraphs[photo:] + story.paragraphs[:photo]
    texts = [block_text(block) for block in story.paragraphs]
    # The lead is the first paragraph that is not an editor's note (编者按) over it.
    first = next((i for i, t in enumerate(texts) if not is_editors_note(t)), 0)
    lead = parse_lead(texts[first]) if texts else None
    if lead and lead.credits and (own := as_own_paper(texts[first], heads)) != texts[first]:
        lead.credits = parse_lead(own).credits  # （三湘都市报记者 X） on its own page
    news = bool(lead and lead.marker)
    credits = list(lead.credits) if lead else []
    closing_text = ""
    if texts:  # read before OCR gaps close: （刘洋 陈晨） names two people
        last = texts[-1]
        texts[-1], closing = split_closing_credit(last, news=news)
        closing_text = last[len(texts[-1]) :] if closing else ""
        credits += closing
    paragraphs, heading = [], ""
    for i, (block, text) in enumerate(zip(story.paragraphs, texts, strict=True)):
        text = _lead_paragraph(text, lead) if i == first else join_cjk(text)
        if block.kind == "subhead" and i + 1 < len(story.paragraphs):
            # A section heading (小标题) opens the paragraph under it: alone, it would be
            # a paragraph that ends in no sentence.
            heading += text + "\u3000"
            continue
        paragraphs.append(heading + text)
        heading = ""
    dateline, published, stamped = None, None, None
    for block in story.header + story.bylines:
        if block.kind == "byline":
            text = " ".join(block.texts)
            own = as_own_paper(text, heads)
            apart = _photo_set_apart(block, printed)
            if place_tag(text, "".join(paragraphs)):
                continue  # ■舒城: where the item comes from, no signature
            credits += apart or block.credits or byline_credits(own, news=news) or []
            dateline = dateline or _dateline(text)
            fields = read_fields(text)
            published = published or (fields.date if fields else None)
            if fields and fields.last:
                stamped = max(stamped or fields.last, fields.last)
    article = ArticleResult(
        body="\n".join(p for p in paragraphs if p),
        title=title,
        kicker=kicker,
        subtitle=subtitle.lstrip("—－-").strip() if subtitle else None,
        column=column,
        span=(story.start, story.end),
        credits=_dedupe_credits(credits),
    )
    dateline = dateline or (_dateline(closing_text) if closing_text else None)
    dateline = dateline or (_closing_dateline(last) if texts else None)
    runs_on = not news and not from_label and _title_runs_on(story)
    own = bool(column) and story.column_on_its_headline and not rubric
    own = own and not looks_like_column(column, known_columns) and not opens_with_mark(column)
    read = _Read(article, lead, dateline, from_label, runs_on, published, stamped, own)
    read.head_beside = _a_headline_beside(story, read, printed)
    return read


def _a_headline_beside(story: Story, read: _Read, printed: str) -> Block | None:
    """Two headlines on one line, a wide gap between (how a PDF's text puts two columns'
    headlines side by side): the first is this article's title, the second another's,
    left to be matched to its text as a headline printed apart is."""
    heads = [b for b in story.header if b.kind == "title"]
    article = read.article
    if len(heads) != 1 or len(heads[0].lines) != 1 or not article.title or not printed:
        return None
    line = heads[0].lines[0]
    parts = _WIDE_GAP.split(printed[line.start : line.end].strip())  # (its gaps as printed)
    if len(parts) != 2 or not all(6 <= len(p) <= 30 and not ends_sentence(p) for p in parts):
        return None
    article.title = parts[0].strip()
    return Block("title", [line], [parts[1].strip()])


_WIDE_GAP = re.compile(r"(?:\s{4,}|\u3000{2,})")


def _photo_set_apart(block: Block, printed: str) -> list | None:
    """A one-line byline as the page prints it, its gaps as wide as printed."""
    if len(block.lines) != 1 or not printed:
        return None
    line = block.lines[0]
    return photo_set_apart(printed[line.start : line.end])


def _title_runs_on(story: Story) -> bool:
    """Is the title only the first line of the text under it? One line, no other
    headline element, set as wide as the column it stands on (a headline rarely fills
    a narrow column to the character) and over its first paragraph (a blank line
    between them may be a column's break), which the line's end does not close. A
    headline wider than the column is a headline."""
    header = [b for b in story.header if b.kind != "column"]
    if len(header) != 1 or not story.paragraphs:
        return False
    (head,), first = header, story.paragraphs[0]
    if any(b.start < first.start for b in story.bylines):
        return False  # a byline between them: the line is a headline
    if head.kind != "title" or len(head.lines) != 1 or first.kind != "para":
        return False
    line, below = head.lines[0], first.lines
    if below[0].index - line.index > 2 or ends_sentence(line.text) or len(below) < 3:
        return False
    # Widths as printed: digits and Latin letters take half a character (从2015年… is
    # no wider than the column for its fourteen characters).
    widths = sorted(display_width(ln.text) for ln in below[:-1])
    typical = widths[len(widths) // 2]
    narrow = 8 <= typical and widths[-1] <= 20  # a column of text, not verse
    return narrow and typical - 1 <= display_width(line.text) <= widths[-1]


def _dateline(text: str) -> Lead | None:
    """A byline line that is a dateline (本报北京1月9日电 记者 X), bracketed or not."""
    return dateline(text)


def _closing_dateline(paragraph: str) -> Lead | None:
    """A dateline alone in brackets closing the text (…。（新华社昆明6月3日电）): it
    names no one, so it is no credit, but it is the day the item was sent."""
    tail = paragraph.rstrip()
    start = max(tail.rfind("（"), tail.rfind("("))
    return _dateline(tail[start:]) if start >= 0 and tail.endswith(("）", ")")) else None


def _element(story: Story, role: str) -> str | None:
    texts = [_unspaced(block_text(b).strip()) for b in story.header if b.kind == role]
    return " ".join(texts) if texts else None


def _unspaced(headline: str) -> str:
    """A headline OCR spaced out character by character (桂 岭 荔 枝 “ 坐 上 ”), or a
    notice's word set letter-spaced (公　告), read closed; the spaces of one set between
    phrases (守正创新 欢乐过年) kept."""
    words = headline.split()
    if len(words) >= 4 and sum(len(w) == 1 for w in words) >= 0.6 * len(words):
        return join_cjk(headline)
    if len(words) >= 2 and all(len(w) == 1 for w in words):
        return join_cjk(headline)
    return headline


def _is_rubric(story: Story) -> bool:
    return any(b.kind == "kicker" and opens_with_mark(b.texts[0]) for b in story.header)


def _lead_paragraph(text: str, lead: Lead) -> str:
    """Keep 本报讯 and the bracketed credit as printed (but OCR's spaces beside a lone
    character: 本 报 讯); reflow the rest. A byline that opens the paragraph with no
    marker (见习记者 X 报道：) is credited and left out, as a byline on its own line is."""
    at = text.rfind(lead.rest) if lead.rest else len(text)
    if not lead.marker and lead.credits and not lead.bracket and at > 0:
        return join_cjk(lead.rest)  # 见习记者 X 报道：…: the byline, credited, is no text
    if not lead.marker or at < 0:
        return join_cjk(text)
    return (close_lone_gaps(text[:at]) + join_cjk(lead.rest)).strip()


def _roles_said_on_the_page(articles) -> None:
    """A name credited with no role word (…颗粒归仓。（黎静）) takes the role a role word
    gives the same name elsewhere on the page (本报讯（记者 X 通讯员 黎静）): a paper's
    correspondent signs its briefs with a bare name, and the guess (reporter) is wrong."""
    said: dict[str, set[str]] = {}
    for article in articles:
        for c in article.credits:
            if c.role_said and c.role != "photographer":  # 摄 credits one picture
                said.setdefault(c.name, set()).add(c.role)
    for article in articles:
        article.credits = _dedupe_credits(
            [
                replace(c, role=next(iter(said[c.name])), role_said=True)
                if not c.role_said and len(said.get(c.name, ())) == 1
                else c
                for c in article.credits
            ]
        )


def _credited_between(story: Story, k: int) -> bool:
    """Is a photographer credited between the story's paragraphs k - 1 and k (a
    caption, 庞琳 摄, the text)?"""
    above, below = story.paragraphs[k - 1].end, story.paragraphs[k].start
    return any(
        above <= block.start
        and block.end <= below
        and (credits := byline_credits(block.texts[0]))
        and all(c.role == "photographer" for c in credits)
        for block in story.bylines
        if block.texts
    )


def _dedupe_credits(credits):
    seen, out = set(), []
    for credit in credits:
        key = (credit.name, credit.role)
        if key not in seen:
            seen.add(key)
            out.append(credit)
    return out


def _drop_empty(reads: list[_Read], stories: list[Story]):
    """Stories with no word in them (a lone 。) are no articles; their text stays a leftover."""
    kept, dropped = [], []
    for read, story in zip(reads, stories, strict=True):
        a = read.article
        has_words = any(ch.isalnum() for ch in (a.title or "") + a.body)
        (kept if has_words else dropped).append((read, story))
    leftovers = [_leftover(b, "stray") for _, s in dropped for b in s.blocks]
    return [r for r, _ in kept], leftovers


def _inherit_columns(articles: list[ArticleResult], own=()) -> None:
    """A column name heads every article after it until the next column; one printed
    right over an article's headline as no column is (稻田养鱼 / 一水两用, a headline's
    half the stack reader left) heads that article alone."""
    column = None
    for article in articles:
        if article.column and not any(article is a for a in own):
            column = article.column
        elif column and not article.column:
            article.column = column


def _attach_orphans(
    articles: list[ArticleResult], stacks, page, labelled=(), run_on=()
) -> list[Leftover]:
    """Give headline stacks printed apart to the untitled articles they announce, and to
    those titled only by the short line over them (a column's name, 基层动态): a
    headline that matches the text is the title, the line goes back to being the column
    (on the development pages 33 titles were such a label)."""
    weak = [*labelled, *run_on]
    untitled = [a for a in articles if not a.title or any(a is b for b in weak)]
    stacks = headline_stacks(stacks)
    texts = [stack_text(stack) for stack in stacks]
    matched = set()
    for m in orphans.assign_to_the_last(texts, [a.body for a in untitled]):
        story = Story(header=stacks[m.headline])
        article = untitled[m.article]
        if any(article is b for b in run_on):  # its first line goes back to the text
            article.body = join_wrapped(article.title, article.body)
        elif article.title:  # the label it was titled by goes back to being its column
            article.column = article.column or article.title
        read = _article(story)  # the headline's elements, read as any header is
        article.title = read.article.title
        article.kicker = read.article.kicker or article.kicker
        article.subtitle = read.article.subtitle or article.subtitle
        article.headline_score = round(m.score, 3)
        article.headline_spans.extend((b.start, b.end) for b in stacks[m.headline])
        if m.margin < orphans.LOW_MARGIN:
            article.review_reasons.append("headline_low_confidence")
            page.warnings.append(f"headline {article.title!r} matched with low confidence")
        matched.add(m.headline)
    return [
        _leftover(block, "headline")
        for i, stack in enumerate(stacks)
        if i not in matched
        for block in stack
    ]


def _leftover(block: Block, kind: str) -> Leftover:
    return Leftover(" ".join(block.texts), (block.start, block.end), kind)


def _finish(read: _Read, meta: PageMeta) -> None:
    article = read.article
    if not article.title:
        first = article.paragraphs[0] if article.paragraphs else ""
        article.title = derive_title(
            join_cjk(read.lead.rest if read.lead and read.lead.rest else first)
        )
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
