"""Counts kept on the rows (archive.tallies): every change to credits, mentions or
articles leaves them equal to the rows, and `check_counts` finds and fixes drift.

Each test checks both that the change moved a count (so a test of a path that changed
nothing cannot pass) and that no count differs from its rows afterwards (so a path that
forgets to recount fails)."""

import datetime
import json
import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from archive import tallies
from archive.merge import merge_departments, merge_people
from archive.models import (
    Article,
    Credit,
    CreditRole,
    Department,
    DepartmentMention,
    Issue,
    Person,
    PersonMention,
    Year,
)
from archive.split import split_person

from . import admin_fixtures
from .admin_fixtures import SEEDS, form_data, inline_rows, person, seed_article

pytestmark = pytest.mark.django_db

editor = admin_fixtures.editor
editor_client = admin_fixtures.editor_client
seeds = admin_fixtures.seeds


@pytest.fixture(autouse=True)
def search_index(tmp_path):
    """Ingest applies the index queue when it ends: give it an index of its own."""
    from tests.search.conftest import temporary_index

    with temporary_index(tmp_path / "index") as backend:
        yield backend


def kept(name):
    """(credits, as reporter, mentions) kept on the person named `name`."""
    found = Person.objects.get(name=name)
    return found.credit_count, found.reporter_count, found.mention_count


def counted(name):
    """The same, counted from the rows."""
    found = Person.objects.get(name=name)
    return (
        found.credits.count(),
        found.credits.filter(role=CreditRole.REPORTER).count(),
        found.mentions.count(),
    )


def assert_all_kept():
    wrong = tallies.miscounted()
    assert set(wrong) == {
        "people",
        "departments",
        "pages",
        "years",
        "credits' dates",
        "mentions' dates",
        "departments' mentions' dates",
    }
    assert not any(wrong.values()), wrong


def years_kept():
    """{year: (pages, articles)} kept on the year rows (0: the undated pages)."""
    return {y.year: (y.issue_count, y.article_count) for y in Year.objects.all()}


def years_counted():
    """The same, counted from the pages and their articles."""
    found = {}
    for issue in Issue.objects.all():
        pages, articles = found.get(issue.date.year if issue.date else 0, (0, 0))
        found[issue.date.year if issue.date else 0] = (pages + 1, articles + issue.articles.count())
    return found


def assert_years_kept():
    assert years_kept() == years_counted()


def ingest(folder, *args):
    call_command("ingest", str(folder), *args, stdout=StringIO(), stderr=StringIO())


def test_ingest_counts_a_new_page(seeds):
    assert_all_kept()
    assert kept("孙庆辉") == counted("孙庆辉") and kept("孙庆辉")[0] >= 3
    assert Issue.objects.totals()["articles"] == Article.objects.count() > 0
    assert Department.objects.filter(mention_count__gt=0).exists()
    assert len(years_kept()) >= 3 and Year.objects.totals() == Issue.objects.totals()
    assert_years_kept()


def test_a_new_page_adds_to_the_counts_an_earlier_run_kept(tmp_path):
    """A new page's rows are added to the counts (tallies.count_new_page), not counted
    again: what the earlier run kept must be added to, for people, departments and years."""
    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    pages = [p for p in sorted(folder.glob("*.txt")) if "孙庆辉" in p.read_text()]
    assert len(pages) >= 2
    held = tmp_path / "held"
    held.mkdir()
    shutil.move(pages[-1], held / pages[-1].name)  # the manifest still names it: fine
    ingest(folder)
    before, years = kept("孙庆辉"), years_kept()
    shutil.move(held / pages[-1].name, pages[-1])
    ingest(folder)
    assert kept("孙庆辉")[0] > before[0] and years_kept() != years
    assert_all_kept()
    assert_years_kept()


def test_a_replaced_page_recounts_who_it_named_before_and_now(tmp_path):
    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    ingest(folder)
    page = next(p for p in sorted(folder.glob("*.txt")) if "孙庆辉" in p.read_text())
    before = kept("孙庆辉")

    page.write_text(page.read_text().replace("孙庆辉", "孙新名"))  # the page printed again
    ingest(folder)
    assert kept("孙庆辉")[0] < before[0] and kept("孙新名")[0] > 0
    assert_all_kept()

    issue = Issue.objects.get(source_key=page.name)
    articles = issue.article_count
    lines = page.read_text().splitlines()
    page.write_text("\n".join(lines[: len(lines) // 3]) + "\n")  # fewer articles
    ingest(folder)
    issue.refresh_from_db()
    assert issue.article_count < articles
    assert (
        Year.objects.get(year=issue.date.year).article_count == years_counted()[issue.date.year][1]
    )
    assert_all_kept()
    assert_years_kept()


def redate(folder, page, day):
    """Give `page` another date in the folder's manifest."""
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["pages"][page.name] = {**manifest["pages"][page.name], "date": day}
    manifest["pages"][page.name].pop("year", None)
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False))


def test_a_page_printed_again_with_another_date_moves_to_its_year(tmp_path):
    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    ingest(folder)
    page = sorted(folder.glob("*.txt"))[0]
    issue = Issue.objects.get(source_key=page.name)
    old, before = issue.date.year, years_kept()
    assert 2018 not in before

    redate(folder, page, "2018-03-04")
    page.write_text(page.read_text() + "\n本报讯 一篇新的短讯。\n")  # the page printed again
    ingest(folder)
    assert Issue.objects.get(pk=issue.pk).date.year == 2018
    assert years_kept()[2018][0] == 1
    assert years_kept().get(old, (0, 0))[0] == before[old][0] - 1
    assert_years_kept()


def test_a_forced_reingest_with_another_date_moves_the_page_to_its_year(tmp_path):
    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    ingest(folder)
    page = sorted(folder.glob("*.txt"))[0]
    old, before = Issue.objects.get(source_key=page.name).date.year, years_kept()

    redate(folder, page, "2018-03-04")
    ingest(folder, "--force")
    assert years_kept()[2018][0] == 1
    assert years_kept().get(old, (0, 0))[0] == before[old][0] - 1
    assert_years_kept()


def test_a_forced_reingest_of_the_same_pages_keeps_the_counts(seeds):
    people = dict(Person.objects.values_list("name", "credit_count"))
    years = years_kept()
    admin_fixtures.ingest("--force")
    assert dict(Person.objects.values_list("name", "credit_count")) == people
    assert years_kept() == years
    assert_all_kept()


def test_merging_people_counts_the_kept_one_again(seeds):
    before = kept("孙庆辉")
    merge_people(person("孙庆辉"), [person("黄梦玮")])
    assert kept("孙庆辉")[0] > before[0]  # 黄梦玮's credits are 孙庆辉's now
    assert kept("孙庆辉") == counted("孙庆辉")
    assert_all_kept()


def test_merging_departments_counts_the_kept_one_again(seeds):
    keep, *others = Department.objects.filter(mention_count__gt=0).order_by("pk")
    articles = set(keep.mentions.values_list("article", flat=True))
    other = next(o for o in others if not articles & {m.article_id for m in o.mentions.all()})
    merge_departments(keep, [other])
    merged = Department.objects.get(pk=keep.pk)
    assert merged.mention_count > keep.mention_count
    assert merged.mention_count == merged.mentions.count()
    assert_all_kept()


def test_splitting_a_person_counts_both(seeds):
    sun = person("孙庆辉")
    moved = list(sun.credits.values_list("pk", flat=True)[:1])
    before = kept("孙庆辉")
    new = split_person(sun, credits=moved, name="孙庆辉二")
    assert kept("孙庆辉")[0] == before[0] - 1
    new.refresh_from_db()
    assert new.credit_count == 1
    assert_all_kept()


def test_staff_moving_a_credit_to_someone_else_counts_both(
    editor_client, seeds, django_capture_on_commit_callbacks
):
    article = seed_article("高新区财政金融局开展预算绩效管理培训")
    credit = article.credits.get(person__name="孙庆辉")
    before = kept("孙庆辉"), kept("王赛华")
    url = reverse("admin:archive_article_change", args=[article.pk])
    data = form_data(editor_client.get(url), "article_form")
    data[f"credits-{inline_rows(data, 'credits')[credit.pk]}-person"] = str(person("王赛华").pk)
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(url, data).status_code == 302
    assert kept("孙庆辉")[0] == before[0][0] - 1
    assert kept("王赛华")[0] == before[1][0] + 1
    assert_all_kept()


def test_staff_removing_a_mention_counts_it_away(
    editor_client, seeds, django_capture_on_commit_callbacks
):
    article = seed_article("高新区财政金融局开展预算绩效管理培训")
    mention = article.department_mentions.first()
    department = mention.department
    url = reverse("admin:archive_article_change", args=[article.pk])
    data = form_data(editor_client.get(url), "article_form")
    data[f"department_mentions-{inline_rows(data, 'department_mentions')[mention.pk]}-DELETE"] = (
        "on"
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(url, data).status_code == 302
    assert Department.objects.get(pk=department.pk).mention_count == department.mention_count - 1
    assert_all_kept()


def test_deleting_an_article_counts_its_page_and_people_again(admin_client, seeds):
    article = seed_article("高新区财政金融局开展预算绩效管理培训")
    issue, before, years = article.issue, kept("孙庆辉"), years_kept()
    url = reverse("admin:archive_article_delete", args=[article.pk])
    assert admin_client.post(url, {"post": "yes"}).status_code == 302
    assert not Article.objects.filter(pk=article.pk).exists()
    assert Issue.objects.get(pk=issue.pk).article_count == issue.article_count - 1
    assert kept("孙庆辉")[0] == before[0] - 1
    assert years_kept()[issue.date.year][1] == years[issue.date.year][1] - 1
    assert_all_kept()
    assert_years_kept()


def test_deleting_articles_from_the_list_counts_them_away(admin_client, seeds):
    chosen = list(Credit.objects.filter(person__name="孙庆辉").values_list("article", flat=True))
    articles = Year.objects.totals()["articles"]
    response = admin_client.post(
        reverse("admin:archive_article_changelist"),
        {"action": "delete_selected", "_selected_action": chosen, "post": "yes"},
    )
    assert response.status_code == 302
    assert kept("孙庆辉")[0] == 0
    assert Year.objects.totals()["articles"] == articles - len(set(chosen))
    assert_all_kept()
    assert_years_kept()


def test_check_counts_finds_drift_and_fix_counts_again(seeds):
    Person.objects.filter(name="孙庆辉").update(credit_count=999)
    Issue.objects.filter(pk=Issue.objects.first().pk).update(article_count=0)
    err = StringIO()
    with pytest.raises(CommandError, match="--fix"):
        call_command("check_counts", stdout=StringIO(), stderr=err)
    assert "1 people, 0 departments, 1 pages" in err.getvalue()
    out = StringIO()
    call_command("check_counts", "--fix", stdout=out, stderr=StringIO())
    assert "recounted" in out.getvalue()
    assert kept("孙庆辉") == counted("孙庆辉")
    out = StringIO()
    call_command("check_counts", stdout=out, stderr=StringIO())
    assert "counts ok" in out.getvalue()


def test_staff_correcting_a_page_s_date_moves_its_credits_and_mentions(editor_client, seeds):
    from .test_admin_issues import edit_issue

    credit = Credit.objects.filter(person__name="孙庆辉").select_related("article__issue").first()
    issue = credit.article.issue
    assert credit.page_date == issue.date is not None
    years = years_kept()
    assert 2017 not in years
    edit_issue(editor_client, issue, date="2017-01-02")
    assert years_kept()[2017] == (1, issue.article_count)
    pages, articles = years[issue.date.year]
    assert years_kept().get(issue.date.year, (0, 0)) == (pages - 1, articles - issue.article_count)
    assert_years_kept()
    for model in (Credit, PersonMention, DepartmentMention):
        dates = set(model.objects.filter(article__issue=issue).values_list("page_date", flat=True))
        assert dates <= {datetime.date(2017, 1, 2)}
    assert Credit.objects.get(pk=credit.pk).page_date == datetime.date(2017, 1, 2)
    assert_all_kept()


def test_check_counts_finds_a_year_that_differs_from_its_pages_and_fix_counts_it(seeds):
    Year.objects.filter(pk=Year.objects.first().pk).update(article_count=0)
    Year.objects.create(year=1999, issue_count=3, article_count=5)  # no page of 1999
    Year.objects.filter(year=Issue.objects.last().date.year).delete()
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("check_counts", stdout=StringIO(), stderr=err)
    assert "3 years" in err.getvalue()
    call_command("check_counts", "--fix", stdout=StringIO(), stderr=StringIO())
    assert 1999 not in years_kept()
    assert_years_kept()
    assert_all_kept()


def test_merges_and_splits_move_no_page_nor_its_year(seeds):
    # Merging or splitting people and departments changes no page's articles or date:
    # the years are left as they were, and still right.
    years = years_kept()
    merge_people(person("孙庆辉"), [person("黄梦玮")])
    split_person(
        person("孙庆辉"), credits=list(person("孙庆辉").credits.values_list("pk", flat=True)[:1])
    )
    keep, other = Department.objects.filter(mention_count__gt=0).order_by("pk")[:2]
    merge_departments(keep, [other])
    assert years_kept() == years
    assert_years_kept()


def test_check_counts_finds_a_row_whose_page_date_differs_from_its_page(seeds):
    PersonMention.objects.filter(pk=PersonMention.objects.first().pk).update(page_date=None)
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("check_counts", stdout=StringIO(), stderr=err)
    assert "1 mentions' dates" in err.getvalue()
    call_command("check_counts", "--fix", stdout=StringIO(), stderr=StringIO())
    assert_all_kept()
