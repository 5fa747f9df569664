"""Storing one parsed page (archive.ingest reads, parses and hands them here): its row,
its articles matched to those stored before, their credits and mentions, the counts.

A page stored for the first time leaves its articles and their rows to the caller's
`NewPages` (archive.articlerows), written for all the pages the caller stores in one
transaction; a page stored before is merged at once (`_sync_articles`): its articles
matched by their opening text, what staff edited kept as it is.
"""

import re

from django.db.models import F
from django.utils.text import slugify

from .articlerows import NewPages, NewRows, sync_credits, sync_mentions
from .models import Article, Issue, Publication
from .pagefacts import apply_page_facts, stored_issue
from .parsing import PageResult
from .signals import articles_changed
from .tallies import recounting

_KEY_STRIP = re.compile(r"^\s*本报讯\s*(?:[（(][^）)]{0,40}[）)])?")
_NOT_WORD = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff]")


def store_page(
    result: PageResult, people, departments, *, key: str, force=False, new: NewPages | None = None
) -> str:
    """Store a parsed page (in the caller's transaction). A page stored for the first time
    leaves its articles and their rows to `new` (archive.articlerows.NewPages), which the
    caller writes before its transaction ends; without `new` they are written here."""
    publication = _publication(result, {} if new is None else new.publications)
    issue = stored_issue(publication, key)
    if issue and issue.sha256 == result.sha256 and not force:
        return "unchanged"
    if issue is None and Issue.objects.filter(sha256=result.sha256).exists():
        return "duplicate"
    status = "updated" if issue else "added"
    dated = [issue.date] if issue else []  # a new date moves the page to another year
    issue = issue or Issue(publication=publication, source_key=key)
    issue.source_name = result.source
    apply_page_facts(issue, result)
    issue.sha256, issue.encoding, issue.raw_text = result.sha256, result.encoding, result.text
    issue.warnings = result.warnings
    issue.leftovers = [lo.to_json() for lo in result.leftovers]
    if status == "added":  # each of its articles is new (_sync_articles)
        issue.article_count = len(result.articles)
    issue.save()
    if status == "added":
        # A new page touched only what it made: its new rows are added to the counts of
        # whom they name, and its year's (its credits and mentions carry its date).
        alone = new is None
        new = NewPages(people, departments) if alone else new
        new.add(issue, *_new_articles(issue, result, people, departments))
        if alone:
            new.write()
        return status
    if new is not None:  # the pages before it first: it recounts from the rows
        new.write()
    # The people and departments the page credited or mentioned before, and those it
    # does now, are recounted: a replaced page's old names lose what it took away.
    with recounting(issue.articles.all(), issues=[issue.pk], dates=dated):
        changed, removed = _sync_articles(issue, result, people, departments)
    articles_changed.send(sender=Issue, changed=changed, removed=removed)
    return status


def paper_name(publication: str | None, zone: str | None) -> str:
    """The paper a page is stored under: its manifest's publication, else its zone."""
    return publication or zone or "未知报纸"


def _publication(result: PageResult, known: dict) -> Publication:
    """The page's paper; `known`: those found for the pages stored with it, by name and
    zone (nothing else writes while their transaction holds the write lock)."""
    name = paper_name(result.publication, result.zone)
    found = known.get((name, result.zone))
    if found is None:
        found = known[name, result.zone] = _find_publication(name, result)
    return found


def _find_publication(name, result):
    publication = Publication.objects.filter(name=name).first()
    if publication is None and result.zone and name == result.zone:
        # A page that names only its zone belongs to the paper of that zone, whatever
        # staff renamed it to (郑州高新区 → 高新时报).
        publication = Publication.objects.filter(zone=result.zone).order_by("pk").first()
    if publication is None:
        publication = Publication.objects.create(
            name=name, zone=result.zone or "", slug=_free_slug(name)
        )
    return publication


def _free_slug(name: str) -> str:
    """A slug no paper has yet: 测试时报 and 测试时报! slugify alike, and the second paper
    must not fail every page it prints on the unique slug."""
    base = slugify(name, allow_unicode=True)[:90] or "publication"
    taken = set(Publication.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def article_key(body: str) -> str:
    """The opening words of an article: stable across re-parses, unlike its position."""
    return _NOT_WORD.sub("", _KEY_STRIP.sub("", body))[:32]


def _new_articles(issue, result, people, departments):
    """The articles of a page stored for the first time, and their rows (NewRows), made
    but not inserted (archive.articlerows.NewPages), nor the people and departments they
    name that the resolvers made (NewPages flushes them first)."""
    zone = _prefetch(issue, result, people, departments)
    articles, rows = [], NewRows(issue.date)
    for position, parsed in enumerate(result.articles, start=1):
        article = Article(issue=issue)
        _apply(article, parsed, position)
        articles.append(article)
        sync_credits(article, parsed, people, zone, rows, new=True)
        sync_mentions(article, parsed, people, departments, zone, rows, new=True)
    return articles, rows


def _prefetch(issue, result, people, departments) -> str:
    """Read the people and departments the page names; returns its zone."""
    zone = result.zone or issue.publication.zone
    people.prefetch(
        [c.name for a in result.articles for c in a.credits]
        + [m.name for a in result.articles for m in a.people],
        zone,
    )
    departments.prefetch([d for a in result.articles for d in a.departments], zone)
    return zone


def _sync_articles(issue, result, people, departments):
    """Store the parse's articles on a page stored before, matched to its articles by
    their opening words; returns (changed pks, removed pks)."""
    existing = {article_key(a.parsed_body or a.body): a for a in issue.articles.all()}
    issue.articles.update(position=F("position") + 100000)  # free the positions
    rows = NewRows(issue.date)  # one INSERT per table for the page, not three per article
    zone = _prefetch(issue, result, people, departments)
    placed = []
    for position, parsed in enumerate(result.articles, start=1):
        article = existing.pop(article_key(parsed.body), None) or Article(issue=issue)
        _apply(article, parsed, position)
        placed.append(article)
    fresh = [article for article in placed if article.pk is None]
    for article in placed:
        if article.pk is not None:
            article.save()
    # The new articles in one INSERT, in reading order: the pks come back in the order
    # one save each gave them (an INSERT an article was a tenth of a bulk load's time).
    Article.objects.bulk_create(fresh)
    fresh = {id(article) for article in fresh}
    for article, parsed in zip(placed, result.articles, strict=True):
        new_article = id(article) in fresh
        sync_credits(article, parsed, people, zone, rows, new=new_article)
        sync_mentions(article, parsed, people, departments, zone, rows, new=new_article)
    people.flush()  # the page's new people and departments, before the rows that name them
    departments.flush()
    rows.create()
    changed = [article.pk for article in placed]
    removed = []
    next_position = len(result.articles) + 1
    for article in existing.values():
        if article.locked_fields:  # staff worked on it: keep it, after the others
            article.position = next_position
            next_position += 1
            article.save(update_fields=["position"])
        else:
            removed.append(article.pk)
            article.delete()
    return changed, removed


def _apply(article: Article, parsed, position: int) -> None:
    article.position = position
    article.parsed_title = parsed.title or ""
    article.parsed_body = parsed.body
    values = {
        "title": parsed.title or "",
        "title_is_derived": parsed.title_is_derived,
        "kicker": parsed.kicker or "",
        "subtitle": parsed.subtitle or "",
        "column": parsed.column or "",
        "body": parsed.body,
        "date": parsed.date,
        "date_confidence": parsed.date_confidence,
    }
    locks = {"title_is_derived": "title"}
    for name, value in values.items():
        if not article.is_locked(locks.get(name, name)):
            setattr(article, name, value)
    article.span_start, article.span_end = parsed.span
    article.review_reasons = parsed.review_reasons
