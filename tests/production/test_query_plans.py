"""On SQLite, the lists a busy person's or department's page shows newest first read
their rows in the order of an index on the page date each row carries (migration
0014), and each article's issue and position, and each issue's date and page, in the
narrow indexes of migration 0004, not in the rows that hold their text (a page's whole
source, an article's body): thousands of those rows per page made these pages the
slowest. The indexes of people and departments are read in order, not sorted.

Asked of SQLite in a subprocess, as in production: the suite may run on PostgreSQL,
whose planner keeps its own statistics."""

import re

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
from archive import tallies
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
tallies.recount_all()  # rows made here, not through ingest


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


def test_lists_newest_first_are_read_in_the_order_of_the_page_date_indexes(data_dir):
    person, department = manage(data_dir, "shell", "-c", PLANS).stdout.split("--- department")
    plans = (person + department).splitlines()

    def having(*parts):
        return [plan for plan in plans if all(part in plan for part in parts)]

    # A page of a person's mentions, of their credited articles and of a
    # department's articles: their rows read newest first from the index on (person or
    # department, page_date), only the rows of one date sorted by page, through the
    # narrow indexes of migration 0004.
    for index in (
        "USING INDEX person_mention_date_idx (person_id=?)",
        "USING INDEX credit_person_date_idx (person_id=?)",
        "USING INDEX department_mention_date_idx (department_id=?)",
    ):
        found = having(index, "LIST SUBQUERY", "TEMP B-TREE FOR RIGHT PART OF ORDER BY")
        assert len(found) == 1, (index, plans)
        assert "COVERING INDEX article_place_idx" in found[0], found
        assert "COVERING INDEX issue_order_idx" in found[0], found
    # An article credited twice is listed by one credit, asked of the unique index.
    assert having("credit_1 (article_id=? AND person_id=? AND role<?)", "LIST SUBQUERY")
    # The latest credits and mentions whose people the person appears with.
    for index in (
        "archive_credit USING INDEX credit_person_date_idx",
        "archive_personmention USING INDEX person_mention_date_idx",
    ):
        latest = [p for p in having("RIGHT PART OF ORDER BY") if p.startswith(f"SEARCH {index}")]
        partial = "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY"
        assert latest and all("ORDER BY" not in p.replace(partial, "") for p in latest), latest
    # The titles' first and last dates: every titled mention, in the order rows are stored.
    assert having("person_mention_person_idx (person_id=? AND article_id>?)", "GROUP BY")


SEEK = (
    PLANS.replace(
        "in run.captured_queries:",  # not the plans asked below
        'in run.captured_queries if not query["sql"].startswith("EXPLAIN")]:',
    )
    .replace("for query in run", "for query in [query for query in run", 1)
    .replace(
        "plans(PersonDetailView",
        """
from archive.views import base
base.SEEK_FROM = 0  # the middle page of three, one row a page, is sought by its dates
PersonDetailView.paginate_by = DepartmentDetailView.paginate_by = 1
seek = base.seek_by_date


def seek_by_date(keys, start, end):  # its own queries' plans, marked
    with CaptureQueriesContext(connection) as run:
        found = seek(keys, start, end)
    with connection.cursor() as cursor:
        for query in run.captured_queries:
            plan = cursor.execute("EXPLAIN QUERY PLAN " + query["sql"]).fetchall()
            print("seek:", " | ".join(row[-1] for row in plan))
    return found


base.seek_by_date = seek_by_date
plans(PersonDetailView""",
    )
    .replace('RequestFactory().get("/")', 'RequestFactory().get("/?page=2&mentions=2")')
)


def test_a_page_in_the_middle_is_sought_by_dates_read_from_the_page_date_index(data_dir):
    # archive.views.base.seek_by_date: the dates of the rows before the page are stepped
    # over, and those after its first date counted, in the index on (person or
    # department, page_date) alone, with no join and no sort; then the page is one
    # date range of it, loaded as the other pages are.
    person, department = manage(data_dir, "shell", "-c", SEEK).stdout.split("--- department")
    plans = (person + department).splitlines()
    seeks = [plan.removeprefix("seek: ") for plan in plans if plan.startswith("seek: ")]
    assert len(seeks) == 6, plans  # the dates and those before, for each of three lists
    for index in (
        "person_mention_date_idx",
        "credit_person_date_idx",
        "department_mention_date_idx",
    ):
        # (A credit's row is read for its role: one credit an article.)
        covering = "USING INDEX" if index.startswith("credit") else "USING COVERING INDEX"
        dates, before = [plan for plan in seeks if f"INDEX {index} (" in plan]
        assert re.search(rf"{covering} {index} \(\w+_id=\?\)", dates), dates
        assert f"{covering} {index} (" in before and "_id=? AND page_date>?)" in before, before
        for plan in (dates, before):
            assert "TEMP B-TREE" not in plan and "archive_article" not in plan, plan
        page = [plan for plan in plans if f"{index} (" in plan and "page_date<?" in plan]
        assert len(page) == 1 and "LIST SUBQUERY" in page[0], (page, plans)
        assert "page_date>? AND page_date<?" in page[0] and "article_place_idx" in page[0], page


RANKS = """
from django.db import connection
from archive.models import Department, Issue, Person

def plan(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        rows = cursor.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    print(" | ".join(row[-1] for row in rows))

plan(Person.objects.reporters_first()[:60])
plan(Person.objects.reporters().reporters_first()[:60])
plan(Department.objects.most_mentioned()[:60])
plan(Issue.objects.filter(date__year=2021).order_by().values("article_count"))
"""


def test_the_indexes_of_people_and_departments_are_read_in_order_not_sorted(data_dir):
    # Their counts are kept on the rows (archive.tallies): an index holds the order.
    people, reporters, departments, year = manage(
        data_dir, "shell", "-v0", "-c", RANKS
    ).stdout.split("\n")[:4]
    for plan in (people, reporters):
        assert "USING INDEX person_rank_idx" in plan and "TEMP B-TREE" not in plan, plan
    assert "USING INDEX department_rank_idx" in departments and "TEMP B-TREE" not in departments
    # A year's pages and their articles, summed from one index.
    assert "COVERING INDEX issue_date_articles_idx" in year, year


YEARS = """
import datetime
from django.db import connection
from django.test.utils import CaptureQueriesContext
from archive.models import Issue, Publication, Year

paper = Publication.objects.create(name="高新时报", slug="gx")
for n, day in enumerate([datetime.date(2021, 7, 1), datetime.date(2022, 1, 3), None]):
    Issue.objects.create(
        publication=paper, date=day, source_name=f"{n}.txt", sha256=str(n), raw_text="本报讯"
    )
with CaptureQueriesContext(connection) as run:
    Year.objects.recount([2021, 0])  # what every stored page asks, for its year
    Year.objects.recount()  # check_counts --fix
    list(Year.objects.listed())
    Year.objects.totals()
with connection.cursor() as cursor:
    for query in run.captured_queries:
        plan = cursor.execute("EXPLAIN QUERY PLAN " + query["sql"]).fetchall()
        print("plan:", " | ".join(row[-1] for row in plan))
"""


def test_a_year_is_counted_from_one_index_range_of_its_pages(data_dir):
    # The year rows are recounted from their pages by every stored page (archive.tallies):
    # each year a range of the index on (date, article_count), never the pages' rows.
    plans = [
        line.removeprefix("plan: ")
        for line in manage(data_dir, "shell", "-v0", "-c", YEARS).stdout.splitlines()
        if line.startswith("plan: ")
    ]
    pages = [plan for plan in plans if "archive_issue" in plan]
    counted = [p for p in pages if "COVERING INDEX issue_date_articles_idx (date" in p]
    assert len(counted) >= 3, plans  # 2021, the undated (date IS NULL), and each year
    # The first and last page's dates, for every year: one end of the index on the date.
    ends = [p for p in pages if p not in counted]
    assert ends and all(p.startswith("SEARCH archive_issue USING COVERING INDEX") for p in ends)


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
