"""Pages stored together (archive.ingest `_store`, archive.articlerows.NewPages) give the
archive that pages stored one at a time give, and a page the database refuses among them
costs only itself."""

import shutil
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import DatabaseError

import archive.ingest
from archive import tallies
from archive.models import (
    Article,
    Credit,
    Department,
    DepartmentAlias,
    DepartmentMention,
    Issue,
    Person,
    PersonMention,
    Year,
)
from search.models import PendingIndexUpdate

from .test_ingest import SEEDS, run_ingest

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def search_index(tmp_path):
    from tests.search.conftest import temporary_index

    with temporary_index(tmp_path / "index") as backend:
        yield backend


@pytest.fixture(autouse=True)
def never_by_time(monkeypatch):
    """Pages stored together by their number alone, however slow the machine."""
    monkeypatch.setattr(archive.ingest, "STORE_SECONDS", 3600)


def archive_rows():
    """Every row ingest writes, with its pk, timestamps left out; the queue as the set
    of articles it holds (a department renamed by a later page queues the articles that
    name it: those of a page stored together are queued with it instead)."""
    return {
        "issues": list(
            Issue.objects.order_by("pk").values_list(
                "pk", "source_key", "date", "page_label", "sha256", "article_count"
            )
        ),
        "articles": list(
            Article.objects.order_by("pk").values_list(
                "pk", "issue_id", "position", "title", "body", "date", "column"
            )
        ),
        "credits": list(
            Credit.objects.order_by("pk").values_list(
                "pk", "article_id", "person_id", "role", "order", "page_date"
            )
        ),
        "mentions": list(
            PersonMention.objects.order_by("pk").values_list(
                "pk", "article_id", "person_id", "titles", "page_date"
            )
        ),
        "departments' mentions": list(
            DepartmentMention.objects.order_by("pk").values_list(
                "pk", "article_id", "department_id", "page_date"
            )
        ),
        "people": list(
            Person.objects.order_by("pk").values_list(
                "pk", "name", "zones", "review_note", "credit_count", "mention_count"
            )
        ),
        "departments": list(
            Department.objects.order_by("pk").values_list("pk", "zone", "name", "mention_count")
        ),
        "aliases": list(
            DepartmentAlias.objects.order_by("pk").values_list("pk", "department_id", "name")
        ),
        "years": list(Year.objects.order_by("year").values_list("year", "issue_count")),
        "queued": set(PendingIndexUpdate.objects.values_list("article_id", flat=True)),
    }


def load_in_three_runs(tmp_path):
    """Three runs: two seed pages; then one of them changed (replaced: `updated`) among
    the other three, new, before and after it; then all five again (`unchanged`)."""
    folder = tmp_path / "pages"
    folder.mkdir(parents=True)
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    shutil.copy(SEEDS / "manifest.json", folder)
    for name in names[1:3]:
        shutil.copy(SEEDS / name, folder)
    out = [run_ingest(folder)[0]]
    for name in (names[0], *names[3:]):
        shutil.copy(SEEDS / name, folder)
    changed = folder / names[2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n补记：本版有改动。\n", "utf-8")
    out.append(run_ingest(folder)[0])
    out.append(run_ingest(folder)[0])
    return [line.split(" in ")[0] for line in out]  # the totals, not the times


def from_empty():
    call_command("flush", interactive=False, verbosity=0, stdout=StringIO())


# Committed as it goes: PostgreSQL refuses to empty tables (the flush) inside the
# test's transaction while checks of the rows inserted in it wait for its end.
@pytest.mark.django_db(transaction=True)
def test_pages_stored_together_give_the_rows_pages_stored_one_at_a_time_give(tmp_path, monkeypatch):
    from_empty()  # both loads start from an empty archive, every table's keys from 1
    monkeypatch.setattr(archive.ingest, "STORE_PAGES", 1)
    one_at_a_time = load_in_three_runs(tmp_path / "one")
    alone = archive_rows()
    from_empty()
    monkeypatch.setattr(archive.ingest, "STORE_PAGES", 16)
    together = load_in_three_runs(tmp_path / "together")
    assert "3 added" in together[1] and "1 updated" in together[1]
    assert "5 unchanged" in together[2]
    assert together == one_at_a_time  # the same totals, statuses and counts
    rows = archive_rows()
    assert rows["articles"] and rows["credits"] and rows["departments"]
    for table, stored in rows.items():
        assert stored == alone[table], table
    assert not any(tallies.miscounted().values())


def test_a_page_the_database_refuses_among_others_costs_only_itself(tmp_path, monkeypatch):
    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    earlier = names[0]
    (folder / earlier).rename(tmp_path / earlier)
    run_ingest(folder)  # four pages stored before
    before = archive_rows()
    for name in names[1:]:  # each changed: stored again, with the page stored anew
        page = folder / name
        page.write_text(page.read_text(encoding="utf-8") + "\n补记：本版有改动。\n", "utf-8")
    (tmp_path / earlier).rename(folder / earlier)
    bad = names[2]
    store = archive.ingest.store_page

    def refused(result, *args, key, **kwargs):
        status = store(result, *args, key=key, **kwargs)  # written, then refused
        if key == bad:
            raise DatabaseError("disk I/O error")
        return status

    monkeypatch.setattr(archive.ingest, "store_page", refused)
    out, err = StringIO(), StringIO()
    with pytest.raises(Exception) as failed:
        call_command("ingest", str(folder), stdout=out, stderr=err)
    assert "1 of 5 page(s) could not be read" in str(failed.value)
    assert f"failed: {bad}: database error: disk I/O error" in err.getvalue()
    assert "Traceback" not in err.getvalue()
    assert "1 added" in out.getvalue() and "3 updated" in out.getvalue()
    # The refused page is as it was; the others are stored, and the counts are the rows'.
    stored = {i.source_name: i for i in Issue.objects.all()}
    assert set(stored) == set(names)
    was = {row[1]: row for row in before["issues"]}
    assert stored[bad].sha256 == was[stored[bad].source_key][4]
    assert all(stored[n].sha256 != was[stored[n].source_key][4] for n in names[1:] if n != bad)
    assert not any(tallies.miscounted().values())
    assert not Person.objects.filter(credit_count=0, mention_count=0).exists()


@pytest.mark.parametrize("together", [1, 16])
def test_people_made_for_a_page_are_found_by_the_pages_stored_with_it(
    tmp_path, monkeypatch, together
):
    # Made for the first page, not inserted until the pages' end: the second page's
    # namesake in another zone is flagged for review, and the official named with the
    # same title is the same person, now of both zones, as when each page is stored alone.
    from .test_person_identity import ECONOMIC, HIGH_TECH, paper

    monkeypatch.setattr(archive.ingest, "STORE_PAGES", together)
    papers = [
        paper(tmp_path, "高新时报", "郑州高新区", HIGH_TECH, "2021-07-05"),
        paper(tmp_path, "经开时报", "郑州经开区", ECONOMIC, "2021-07-06"),
    ]
    run_ingest(*papers)
    reporters = Person.objects.filter(name="李敏").order_by("pk")
    assert [(p.zones, bool(p.review_note)) for p in reporters] == [
        (["郑州高新区"], False),
        (["郑州经开区"], True),
    ]
    (official,) = Person.objects.filter(name="王建新")
    assert official.zones == ["郑州高新区", "郑州经开区"]
    assert (official.mention_count, official.review_note) == (2, "")
