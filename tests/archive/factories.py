"""Small `make_*` helpers that build archive rows with plausible Chinese defaults.

Each keeps what is kept on the rows it touches as the archive's own changes do
(archive.tallies): a page's articles, a year's pages and articles, a person's credits
and mentions, a department's mentions, the page date a credit or mention carries."""

import datetime
import hashlib
import itertools

from archive import tallies
from archive.models import (
    Article,
    Credit,
    CreditRole,
    Department,
    DepartmentKind,
    DepartmentMention,
    Issue,
    Person,
    PersonMention,
    Publication,
    Year,
)
from archive.models.years import year_of
from archive.pagelabels import read_label

_serial = itertools.count(1)


def make_publication(name=None, zone="郑州高新区", slug=None):
    n = next(_serial)
    name = name or f"高新时报{n}"
    return Publication.objects.create(name=name, zone=zone, slug=slug or f"paper-{n}")


def make_issue(
    publication=None, date=datetime.date(2021, 7, 9), page_label="第2版", raw_text=None, **fields
):
    n = next(_serial)
    raw_text = raw_text if raw_text is not None else f"本报讯 版面原文第{n}页。\n"
    number, name = read_label(page_label)
    fields.setdefault("page_number", number)
    fields.setdefault("page_name", name if number else "")
    issue = Issue.objects.create(
        publication=publication or make_publication(),
        date=date,
        page_label=page_label,
        source_name=fields.pop("source_name", f"{n:03d}_page.txt"),
        sha256=hashlib.sha256(raw_text.encode()).hexdigest(),
        raw_text=raw_text,
        **fields,
    )
    Year.objects.recount([year_of(issue.date)])
    return issue


def make_article(
    issue=None,
    position=None,
    title=None,
    body="本报讯 7月5日，高新区举办培训班。\n培训持续两天。",
    **fields,
):
    issue = issue or make_issue()
    if position is None:
        position = issue.articles.count() + 1
    article = Article.objects.create(
        issue=issue,
        position=position,
        title=f"高新区开展第{position}项工作" if title is None else title,
        body=body,
        **fields,
    )
    Issue.objects.filter(pk=issue.pk).recount()  # a new article has no credits to date yet
    Year.objects.recount([year_of(issue.date)])
    return article


def make_person(name=None, aliases=(), **fields):
    person = Person.objects.create(name=name or f"记者{next(_serial)}", **fields)
    for alias in aliases:
        person.aliases.create(name=alias)
    return person


def make_credit(article, person=None, role=CreditRole.REPORTER, order=None, **fields):
    if order is None:
        order = article.credits.count()
    fields.setdefault("page_date", article.issue.date)  # as a recount of its page copies it
    credit = Credit.objects.create(
        article=article, person=person or make_person(), role=role, order=order, **fields
    )
    tallies.recount(people=[credit.person_id])
    return credit


def make_person_mention(article, person=None, titles=(), **fields):
    fields.setdefault("page_date", article.issue.date)
    mention = PersonMention.objects.create(
        article=article, person=person or make_person(), titles=list(titles), **fields
    )
    tallies.recount(people=[mention.person_id])
    return mention


def make_department(name=None, zone="郑州高新区", kind=DepartmentKind.BUREAU, aliases=(), **fields):
    department = Department.objects.create(
        name=name or f"高新区第{next(_serial)}局", zone=zone, kind=kind, **fields
    )
    for alias in aliases:
        department.aliases.create(name=alias)
    return department


def make_department_mention(article, department=None):
    mention = DepartmentMention.objects.create(
        article=article, department=department or make_department(), page_date=article.issue.date
    )
    tallies.recount(departments=[mention.department_id])
    return mention
