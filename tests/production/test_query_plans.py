"""On SQLite, the lists a busy person's or department's page sorts by printing date find
each article's issue and position, and each issue's date and page, in the narrow
indexes of migration 0004, not in the rows that hold their text (a page's whole source,
an article's body): thousands of those rows per page made these pages the slowest.

Asked of SQLite in a subprocess, as in production: the suite may run on PostgreSQL,
whose planner keeps its own statistics."""

from .conftest import manage

PLANS = """
import datetime
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from archive.models import (
    Article, Credit, CreditRole, Department, DepartmentMention, Issue, Person, PersonMention,
    Publication,
)
from archive.views.departments import DepartmentDetailView
from archive.views.people import PersonDetailView

paper = Publication.objects.create(name="高新时报", slug="gx")
person = Person.objects.create(name="孙庆辉")
department = Department.objects.create(name="高新区财政金融局", kind="bureau")
for n in range(3):
    issue = Issue.objects.create(
        publication=paper, date=datetime.date(2021, 7, 1 + n), source_name=f"{n}.txt",
        sha256=str(n), raw_text="本报讯 培训。",
    )
    article = Article.objects.create(issue=issue, position=1, title="培训", body="本报讯 培训。")
    Credit.objects.create(article=article, person=person, role=CreditRole.REPORTER)
    PersonMention.objects.create(article=article, person=person, titles=["主任"])
    DepartmentMention.objects.create(article=article, department=department)


def plans(view, pk):
    with CaptureQueriesContext(connection) as run:
        response = view(RequestFactory().get("/"), pk=pk)
        for value in response.context_data.values():
            if hasattr(value, "paginator"):
                list(value)
    with connection.cursor() as cursor:
        for query in run.captured_queries:
            plan = cursor.execute("EXPLAIN QUERY PLAN " + query["sql"]).fetchall()
            print(" | ".join(row[-1] for row in plan))


plans(PersonDetailView.as_view(), person.pk)
print("--- department")
plans(DepartmentDetailView.as_view(), department.pk)
"""


def test_lists_sorted_by_printing_date_read_the_narrow_indexes(data_dir):
    person, department = manage(data_dir, "shell", "-c", PLANS).stdout.split("--- department")
    # The keys of a page of credited articles, of mentions, of a department's articles
    # (sorted in a subquery), the titles' first and last dates (grouped), and the latest
    # articles whose people the person appears with (sorted in a subquery).
    sorted_or_grouped = [
        plan
        for plan in (person + department).splitlines()
        if "LIST SUBQUERY" in plan or "GROUP BY" in plan
    ]
    assert len(sorted_or_grouped) == 5
    for plan in sorted_or_grouped:
        assert "COVERING INDEX article_place_idx" in plan, plan
        assert "COVERING INDEX issue_order_idx" in plan, plan


PAGE_LOOKUP = """
from django.db import connection
from django.test.utils import CaptureQueriesContext
from archive.models import Publication
from archive.pagefacts import stored_issue

paper = Publication.objects.create(name="高新时报", slug="gx")
with CaptureQueriesContext(connection) as run:
    stored_issue(paper, "2021-07-09/01.txt")
with connection.cursor() as cursor:
    for query in run.captured_queries:
        plan = cursor.execute("EXPLAIN QUERY PLAN " + query["sql"]).fetchall()
        print("plan:", " | ".join(row[-1] for row in plan))
"""


def test_an_ingest_finds_a_stored_page_by_its_key_without_a_scan(data_dir):
    # Every page an ingest stores is looked up by its key first: by the key alone
    # SQLite read the whole unique index (publication, source_key), growing with the
    # archive.
    output = manage(data_dir, "shell", "-c", PAGE_LOOKUP).stdout
    (plan,) = [line for line in output.splitlines() if line.startswith("plan:")]
    assert "SEARCH archive_issue USING INDEX sqlite_autoindex_archive_issue_1" in plan
    assert "(publication_id=? AND source_key=?)" in plan
    assert "SCAN archive_issue" not in plan
