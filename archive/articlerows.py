"""The credits and mentions ingest writes for a page's articles: the rows of new ones
gathered for the page (`NewRows`, one INSERT a table), what a re-parse replaces deleted.
Staff's locks (`Article.locked_fields`) keep theirs as they are."""

from .models import Article, Credit, DepartmentMention, PersonMention
from .models.people import CreditSource


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
        for rows in (self.credits, self.people, self.departments):
            for row in rows:
                row.page_date = self.page_date
        for row, department in zip(self.departments, self.named_departments, strict=True):
            row.department_id = department.pk
        Credit.objects.bulk_create(self.credits)
        PersonMention.objects.bulk_create(self.people)
        DepartmentMention.objects.bulk_create(self.departments)


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
