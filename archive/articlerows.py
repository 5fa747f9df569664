"""The credits and mentions ingest writes for a page's articles: the rows of new ones
gathered for the page (`NewRows`, one INSERT a table), what a re-parse replaces deleted;
and the new pages an ingest stores together (`NewPages`). Staff's locks
(`Article.locked_fields`) keep theirs as they are."""

from .models import Article, Credit, DepartmentMention, Issue, PersonMention
from .models.people import CreditSource
from .signals import articles_changed
from .tallies import count_new_pages


class NewRows:
    """The credits and mentions of a page's articles, inserted together at its end, each
    with its copy of the page's date (archive.tallies)."""

    def __init__(self, page_date):
        self.page_date = page_date
        self.credits, self.people, self.departments = [], [], []
        # The department of each of `departments`, as the resolver gave it: one it made
        # for this page has its pk only once inserted (DepartmentResolver.flush).
        self.named_departments = []

    def create(self):
        insert([self])

    def _stamp(self):
        for rows in (self.credits, self.people, self.departments):
            for row in rows:
                row.page_date = self.page_date
        for row, department in zip(self.departments, self.named_departments, strict=True):
            row.department_id = department.pk


def insert(pages: list[NewRows]) -> None:
    """The credits and mentions of these pages, an INSERT a table (in the pages' order)."""
    for rows in pages:
        rows._stamp()
    Credit.objects.bulk_create([row for rows in pages for row in rows.credits])
    PersonMention.objects.bulk_create([row for rows in pages for row in rows.people])
    DepartmentMention.objects.bulk_create([row for rows in pages for row in rows.departments])


class NewPages:
    """Pages stored for the first time, whose rows go in together: their articles, then
    their credits and mentions, an INSERT a table for all of them; their rows added to
    the counts (tallies.count_new_pages); their articles queued for the index
    (`articles_changed`), all in the transaction that stored the pages (ingest).

    A page's own row is inserted as it is stored. Its other rows wait here, and the
    people and departments the resolvers made for it wait in them (their `flush`, here
    first): on real text a page's INSERTs, count UPDATEs, queue INSERT and COMMIT, each
    built by Django, were most of the ingest's database time, and their cost is per
    statement more than per row. The resolvers find what they made for an earlier page
    as they would find it inserted, and keep what they read until the pages are written
    (archive.resolvers). The rows are numbered as pages stored one by one number them:
    in the order of the pages, and nothing else inserts them meanwhile (a department
    renamed has what was made before inserted first; a replaced page, which recounts
    from the rows, has `write` called first)."""

    def __init__(self, people, departments):
        self.people, self.departments = people, departments  # their resolvers
        self.publications = {}  # the pages' papers, as found (archive.pagestore)
        self.pages: list[tuple[Issue, list[Article], NewRows]] = []

    def add(self, issue, articles, rows) -> None:
        """A new page: its `articles` (unsaved, in reading order) and their `rows`."""
        self.pages.append((issue, articles, rows))

    def write(self) -> None:
        pages, self.pages = self.pages, []
        if not pages:
            return
        self.people.flush()  # before the rows that name them
        self.departments.flush()
        # Each credit and mention takes its article's pk once it is inserted (Django
        # reads it from the instance as it inserts the row).
        Article.objects.bulk_create([a for _issue, articles, _rows in pages for a in articles])
        insert([rows for _issue, _articles, rows in pages])
        count_new_pages([(issue, rows) for issue, _articles, rows in pages])
        changed = [a.pk for _issue, articles, _rows in pages for a in articles]
        articles_changed.send(sender=Issue, changed=changed, removed=[])


def sync_credits(article: Article, parsed, people, zone: str, rows, *, new=False) -> None:
    if article.is_locked("credits"):
        return
    kept = set()
    if not new:  # a new article has nothing to replace or keep
        article.credits.filter(source=CreditSource.PARSER, verified=False).delete()
        kept = set(article.credits.values_list("person__name", "role"))
    rows.credits.extend(
        Credit(
            article=article,
            person=people.get(c.name, zone),
            role=c.role,
            organization=c.organization or "",
            order=order,
        )
        for order, c in enumerate(parsed.credits)
        if (c.name, c.role) not in kept
    )


def sync_mentions(article: Article, parsed, people, departments, zone: str, rows, *, new=False):
    if not article.is_locked("people"):
        if not new:
            article.person_mentions.all().delete()
        rows.people.extend(
            PersonMention(
                article=article,
                person=people.get(m.name, zone, m.titles, m.organization or ""),
                titles=m.titles,
                organization=m.organization or "",
            )
            for m in parsed.people
        )
    if not article.is_locked("departments"):
        if not new:
            article.department_mentions.all().delete()
        # In the text's order, once each: the index reads mentions in the order stored.
        # Once each instance: the resolver gives one a department within a page, and one
        # it made has a stand-in key until the page's end (or sooner: its pk changes).
        found = {}
        for printed in parsed.departments:
            department = departments.get(printed, zone)
            found.setdefault(id(department), department)
        rows.departments.extend(
            DepartmentMention(article=article, department_id=d.pk) for d in found.values()
        )
        rows.named_departments.extend(found.values())
