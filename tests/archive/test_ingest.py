import json
import re
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive import tallies
from archive.ingest import ingest
from archive.models import Article, Credit, Department, Issue, Person, Year
from archive.models.people import CreditSource

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
CONTRACT_PAGE_KEYS = {"source", "publication", "date", "date_source", "warnings", "articles"}
CONTRACT_ARTICLE_KEYS = {
    "title",
    "title_is_derived",
    "subtitle",
    "kicker",
    "column",
    "body",
    "date",
    "credits",
    "people",
    "departments",
}

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def search_index(tmp_path):
    """Ingest applies the index queue when it ends: give it an index of its own."""
    from tests.search.conftest import temporary_index

    with temporary_index(tmp_path / "index") as backend:
        yield backend


def run_ingest(*args):
    out, err = StringIO(), StringIO()
    call_command("ingest", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def snapshot():
    return (
        list(Issue.objects.values_list("pk", "sha256", "updated_at")),
        list(Article.objects.values_list("pk", "title", "body", "updated_at")),
        list(Credit.objects.values_list("pk", "person__name", "role")),
        Person.objects.count(),
    )


@pytest.fixture
def pages(tmp_path):
    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    return folder


def test_ingest_stores_the_seed_pages_and_ends_with_totals(pages):
    out, _ = run_ingest(pages)
    assert Issue.objects.count() == 5
    assert Article.objects.count() >= 30
    assert "5 pages" in out and "failures" in out
    issue = Issue.objects.get(source_name="000_ad1081d1cb05899c.txt")
    assert issue.raw_text == (pages / issue.source_name).read_text(encoding="utf-8")
    assert issue.date.year == 2021 and issue.year_source == "manifest"
    article = Article.objects.get(issue=issue, title="高新区财政金融局开展预算绩效管理培训")
    assert [(c.person.name, c.role) for c in article.credits.order_by("order")] == [
        ("孙庆辉", "reporter"),
        ("黄梦玮", "correspondent"),
    ]
    assert issue.raw_text[article.span_start : article.span_end].lstrip().startswith("本报讯")


def test_ingesting_the_same_files_twice_changes_nothing(pages):
    run_ingest(pages)
    before = snapshot()
    out, _ = run_ingest(pages)
    assert snapshot() == before
    assert "5 unchanged" in out


def test_staff_edits_survive_a_forced_reingest(pages):
    run_ingest(pages)
    article = Article.objects.get(title="高新区污染源普查工作获全省通报表扬")
    wrong = article.credits.get(person__name="王玲玲")
    wrong.person = Person.objects.create(name="王玲")
    wrong.source, wrong.verified = CreditSource.STAFF, True
    wrong.save()
    article.title = "高新区污染源普查获全省表扬"
    article.locked_fields = ["title", "credits"]
    article.save()
    run_ingest(pages, "--force")
    article.refresh_from_db()
    assert article.title == "高新区污染源普查获全省表扬"
    assert article.parsed_title == "高新区污染源普查工作获全省通报表扬"
    names = sorted(article.credits.values_list("person__name", flat=True))
    assert names == ["孙庆辉", "王玲"]
    assert Article.objects.filter(body=article.body).count() == 1


def test_a_changed_page_is_merged_and_locked_articles_kept(pages):
    run_ingest(pages)
    page = pages / "002_11e814b0cf7c5a9c.txt"
    article = Article.objects.filter(issue__source_name=page.name).order_by("position").last()
    article.title = "人工标题"
    article.locked_fields = ["title"]
    article.save()
    page.write_text(
        page.read_text(encoding="utf-8") + "\n\n本报讯 新增的一篇短讯。\n记者 张三\n",
        encoding="utf-8",
    )
    out, _ = run_ingest(pages)
    assert "1 updated" in out
    article.refresh_from_db()
    assert article.title == "人工标题"
    assert Article.objects.filter(
        issue__source_name=page.name, body__contains="新增的一篇短讯"
    ).exists()


def test_bad_files_are_reported_by_name_and_the_rest_still_load(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (folder / "gbk.txt").write_bytes(
        "标题在此\n\n本报讯 5月8日，区里召开会议。\n记者 王赛华\n".encode("gbk")
    )
    with pytest.raises(CommandError, match="2 of 3"):
        out, err = StringIO(), StringIO()
        try:
            call_command("ingest", str(folder), stdout=out, stderr=err)
        finally:
            messages = err.getvalue()
    assert "empty.txt: empty file" in messages
    assert "image.txt: binary file" in messages
    assert "Traceback" not in messages
    issue = Issue.objects.get(source_name="gbk.txt")
    assert issue.encoding == "gb18030"
    assert issue.articles.get().credits.get().person.name == "王赛华"


def test_a_page_with_no_articles_is_kept_with_a_warning(tmp_path):
    page = tmp_path / "banner.txt"
    page.write_text("第3版 广告\n\n2021年7月9日 星期五\n", encoding="utf-8")
    run_ingest(page)
    issue = Issue.objects.get()
    assert issue.articles.count() == 0
    assert "no articles found on this page" in issue.warnings
    assert {lo["kind"] for lo in issue.leftovers} == {"banner"}
    assert str(issue.date) == "2021-07-09" and issue.page_label == "第3版"


def test_dry_run_json_follows_the_contract_and_writes_nothing(pages):
    out, err = run_ingest("--dry-run", "--json", pages / "000_ad1081d1cb05899c.txt")
    data = json.loads(out)
    (page,) = data["pages"]
    assert CONTRACT_PAGE_KEYS <= set(page)
    assert page["date_source"] in {"manifest", "text", "file", None}
    assert all(CONTRACT_ARTICLE_KEYS <= set(a) for a in page["articles"])
    assert page["articles"][0]["credits"][0] == {
        "name": "孙庆辉",
        "role": "reporter",
        "organization": None,
    }
    assert Issue.objects.count() == 0
    assert "1 pages" in err  # totals go to stderr when stdout carries JSON


def test_a_missing_path_and_a_bad_manifest_are_clear_errors(tmp_path, pages):
    with pytest.raises(CommandError, match="1 of 1"):
        run_ingest(tmp_path / "nope.txt")
    bad = tmp_path / "manifest.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(CommandError, match="not a valid JSON manifest"):
        run_ingest("--manifest", bad, pages)


def test_a_merged_away_department_name_resolves_to_the_kept_one(pages):
    from archive.models import Department

    run_ingest(pages)
    kept = Department.objects.get(zone="郑州高新区", name="高新区市场监管局")
    other = Department.objects.exclude(pk=kept.pk).filter(zone="郑州高新区").first()
    for mention in other.mentions.all():
        mention.department = kept
        mention.save()
    kept.aliases.create(name=other.name)
    gone = other.name
    other.delete()
    run_ingest(pages, "--force")
    assert not Department.objects.filter(zone="郑州高新区", name=gone).exists()


def test_ingested_pages_are_searchable_when_the_command_ends(pages, client):
    from search.models import PendingIndexUpdate

    _, err = run_ingest(pages)
    assert "37 article(s) updated in the search index" in err
    assert not PendingIndexUpdate.objects.exists()
    response = client.get("/search/", {"q": "污染源普查"})
    text = re.sub(r"<[^>]+>", "", response.content.decode())  # drop highlight marks
    assert "高新区污染源普查工作获全省通报表扬" in text


def test_no_index_leaves_the_updates_queued_for_the_server(pages):
    from search.models import PendingIndexUpdate

    run_ingest(pages, "--no-index")
    # An article may be queued twice (a department it names was renamed by a later
    # page): duplicates cost nothing (PendingIndexUpdate).
    queued = set(PendingIndexUpdate.objects.values_list("article_id", flat=True))
    assert queued == set(Article.objects.values_list("pk", flat=True))


def test_a_rerun_skips_stored_pages_without_parsing_them(pages, monkeypatch):
    import archive.ingest

    run_ingest(pages)

    def must_not_parse(*args, **kwargs):
        raise AssertionError("an unchanged page was parsed again")

    monkeypatch.setattr(archive.ingest, "parse_page", must_not_parse)
    out, _ = run_ingest(pages)
    assert "5 unchanged" in out


def test_new_pages_insert_their_rows_at_once_and_read_nothing_back_to_count(pages, monkeypatch):
    # An INSERT an article, and the page's credits and mentions read back to know whom
    # to recount, were a good part of a bulk load's database time. What a new page
    # touched is what it made; the counts stay those of the rows (tests/archive/
    # test_tallies.py checks them all). The pages stored together insert their articles,
    # credits and mentions together, and add to the counts once.
    import archive.ingest

    monkeypatch.setattr(archive.ingest, "STORE_SECONDS", 3600)  # all five together
    with CaptureQueriesContext(connection) as run:
        ingest([pages])
    sql = [q["sql"] for q in run.captured_queries]
    pages_stored = Issue.objects.count()
    assert Article.objects.count() > pages_stored > 1
    for table in ("article", "credit", "personmention", "departmentmention"):
        assert sum(s.startswith(f'INSERT INTO "archive_{table}"') for s in sql) == 1, table
    assert sum(s.startswith('INSERT INTO "search_pendingindexupdate"') for s in sql) == 1
    years = Year.objects.count()  # an UPDATE a year (then an INSERT: none was there yet)
    assert sum(s.startswith('UPDATE "archive_year"') for s in sql) == years
    # and the people it named first, an INSERT a page (archive.resolvers, `flush`)
    assert Person.objects.count() > pages_stored
    assert sum(s.startswith('INSERT INTO "archive_person"') for s in sql) <= pages_stored
    # and its new departments together, at its end or before a rename (DepartmentResolver,
    # `batched`), not an INSERT each
    inserted = sum(s.startswith('INSERT INTO "archive_department" ') for s in sql)
    assert inserted * 2 < Department.objects.count(), (inserted, Department.objects.count())
    assert not [s for s in sql if s.startswith("SELECT") and 'FROM "archive_credit"' in s]
    assert not tallies.miscounted()["people"]
    pks = list(Article.objects.order_by("issue_id", "position").values_list("pk", flat=True))
    assert pks == sorted(pks)  # numbered in reading order, as one INSERT each numbered them
