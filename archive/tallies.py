"""Counts kept on the rows: a person's credits and mentions, a department's mentions, an
issue's articles, a year's pages and articles (`Year`); and each credit's and mention's
copy of its page's date.

The index of people, the departments, the years and the home page read them instead of
counting every row (at 150 037 articles `/people/` counted and sorted 21 488 people in
47 ms; a million articles is 5–7 times as many rows). Every change to credits, mentions
or articles recounts what it touched, inside its own transaction: ingest (a page new,
replaced or re-ingested), merges and splits, staff edits, deletions, a restore.

A recount counts the rows again rather than adding or subtracting one: it cannot drift
from a change it did not foresee, and a change that touched a row twice counts it once.
The one exception is a page stored for the first time (`count_new_page`): every row it
made is new, so its rows are added.
The page dates let a person's or department's page list its newest rows from an index
(66 ms at 17 539 mentions sorted whole); a recount of a page copies its date again to
the credits and mentions of its articles, so a page whose date staff or a re-ingest
corrected moves them too. `manage.py check_counts` finds what differs from the rows,
`--fix` recounts.
"""

from collections import Counter
from contextlib import contextmanager

from django.db import IntegrityError, transaction
from django.db.models import F

from .models import (
    Credit,
    CreditRole,
    Department,
    DepartmentMention,
    Issue,
    Person,
    PersonMention,
    Year,
)
from .models.years import year_of

# What each kept count is counted from: model → its rows' names in `check_counts`.
KEPT = {Person: "people", Department: "departments", Issue: "pages"}
# The rows that copy their page's date.
DATED = {
    Credit: "credits' dates",
    PersonMention: "mentions' dates",
    DepartmentMention: "departments' mentions' dates",
}


def _touched(articles):
    """The people, departments and issues of `articles` (a QuerySet of Article)."""
    keys = articles.order_by().values("pk")

    def of(model, field):  # unordered: read into a set
        return set(model.objects.filter(article__in=keys).order_by().values_list(field, flat=True))

    return (
        of(Credit, "person") | of(PersonMention, "person"),
        of(DepartmentMention, "department"),
        set(articles.order_by().values_list("issue", flat=True)),
    )


@contextmanager
def recounting(articles, *, issues=(), dates=()):
    """Recount, when the block ends without an error, the people, departments and issues
    of `articles` (a QuerySet of Article, read before and after the block: the rows a
    change removes and those it adds), the issues in `issues`, and the years of all
    those issues and of `dates` (the dates the block's pages had before it). Use inside
    the transaction that makes the change.

    A page stored for the first time needs none of this reading: ingest recounts what
    its new rows name (`recount(..., restamp=False)`), made with their page's date."""
    before = _touched(articles)
    yield
    after = _touched(articles)
    recount(
        people=before[0] | after[0],
        departments=before[1] | after[1],
        issues=before[2] | after[2] | set(issues),
        dates=dates,
    )


def recount(*, people=(), departments=(), issues=(), dates=(), restamp=True):
    """Recount these people, departments and issues (primary keys); the credits and
    mentions of the issues' articles copy their page's date again (unless `restamp` is
    False: the caller created them with it); the years of the issues' dates and of
    `dates` (a page's dates before a change moved it: None for undated) are counted
    again from their pages."""
    if people:
        Person.objects.filter(pk__in=sorted(people)).recount()
    if departments:
        Department.objects.filter(pk__in=sorted(departments)).recount()
    if issues:
        Issue.objects.filter(pk__in=sorted(issues)).recount()
    if issues and restamp:
        for model in DATED:  # only the rows whose copy differs: no write for the others
            model.objects.of_issues(sorted(issues)).misdated().restamp()
    now = Issue.objects.filter(pk__in=sorted(issues)).values_list("date", flat=True)
    years = {year_of(day) for day in [*dates, *(now if issues else ())]}
    if years:
        Year.objects.recount(years)  # after the issues: a year sums their counts


def count_new_page(issue, rows):
    """Add a page stored for the first time to the counts: its new credits and mentions
    (`rows`, archive.articlerows.NewRows) to whom they name, the page and its articles
    (`issue.article_count`, set by ingest as it stored them) to its year.

    Added rather than counted again: the rows are all new, so the counts before plus
    these are the rows. A recount counts every row of each person and department named,
    and of the year: at a million articles the busiest department is in some 80 000,
    each page of a bulk load counted them all again (a fifth of the ingest's database
    time at 22 000 articles already). An addition in the database (`n = n + ?`) is also
    right beside another writer, where a count read before its commit is not."""
    count_new_pages([(issue, rows)])


def count_new_pages(pages):
    """`count_new_page` for several (issue, rows), their additions summed: an UPDATE for
    each set of additions of all of them, not of each (ingest stores pages together)."""
    people, departments = Counter(), Counter()
    years: dict[int, Counter] = {}  # in the pages' order: a year's row made as before
    for issue, rows in pages:
        for credit in rows.credits:
            people[credit.person_id, "credit_count"] += 1
            if credit.role == CreditRole.REPORTER:
                people[credit.person_id, "reporter_count"] += 1
        for mention in rows.people:
            people[mention.person_id, "mention_count"] += 1
        departments.update((row.department_id, "mention_count") for row in rows.departments)
        year = years.setdefault(year_of(issue.date), Counter())
        year.update(issue_count=1, article_count=issue.article_count)
    _add(Person, ("credit_count", "reporter_count", "mention_count"), people)
    _add(Department, ("mention_count",), departments)
    for year, added in years.items():
        _add_year(year, added["issue_count"], added["article_count"])


def _add_year(year, issues, articles):
    counts = {"issue_count": F("issue_count") + issues}
    counts["article_count"] = F("article_count") + articles
    if not Year.objects.filter(year=year).update(**counts):
        try:
            with transaction.atomic():
                Year.objects.create(year=year, issue_count=issues, article_count=articles)
        except IntegrityError:  # another writer made the row meanwhile
            Year.objects.filter(year=year).update(**counts)


def _add(model, fields, added):
    """`added[pk, field]` onto each row's `field`: an UPDATE for each set of additions
    (a page's people get a few: a credit, a mention, a reporter's credit), not one a
    row, each `n = n + k` in the database."""
    pks = {pk for pk, _field in added}
    together: dict[tuple, list[int]] = {}
    for pk in sorted(pks):
        together.setdefault(tuple(added[pk, name] for name in fields), []).append(pk)
    for amounts, rows in together.items():
        model.objects.filter(pk__in=rows).update(
            **{name: F(name) + n for name, n in zip(fields, amounts, strict=True) if n}
        )


def recount_all():
    """Recount every row; returns {name: rows whose count was wrong before}."""
    wrong = miscounted()
    for model in KEPT:
        model.objects.recount()
    for model in DATED:
        model.objects.restamp()
    Year.objects.recount()  # after the issues: a year sums their counts
    return wrong


def miscounted():
    """{name: how many rows' kept counts or dates differ from their rows}, e.g.
    {"people": 0, …}."""
    return {
        **{name: model.objects.miscounted().count() for model, name in KEPT.items()},
        "years": len(Year.objects.miscounted()),
        **{name: model.objects.misdated().count() for model, name in DATED.items()},
    }


def describe(counts):
    """`3 people, 0 departments, 1 pages` from {name: n}."""
    return ", ".join(f"{n} {name}" for name, n in counts.items())
