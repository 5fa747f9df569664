"""Pages by 版次 from ingest, and staff corrections of a page (its paper, date, 版次 and
name) that are logged and kept by `ingest --force`, as article corrections are."""

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from archive.models import DateSource, Issue, IssueChange, Publication

from . import admin_fixtures
from .admin_fixtures import form_data

pytestmark = pytest.mark.django_db

editor = admin_fixtures.editor
editor_client = admin_fixtures.editor_client

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
BUDGET, CARTOON = "000_ad1081d1cb05899c.txt", "003_2faae2a4ae9c89fa.txt"


@pytest.fixture(autouse=True)
def search_index(tmp_path):
    from tests.search.conftest import temporary_index

    with temporary_index(tmp_path / "index") as backend:
        yield backend


def ingest(folder, *args):
    call_command("ingest", str(folder), *args, stdout=StringIO(), stderr=StringIO())


@pytest.fixture
def folder(tmp_path):
    """Two seed pages as 第4版 要闻 and 第5版 of one day of 高新时报."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in (BUDGET, CARTOON):
        shutil.copy(SEEDS / name, folder / name)
    manifest = {
        "defaults": {"publication": "高新时报", "zone": "郑州高新区", "date": "2021-07-09"},
        "pages": {BUDGET: {"page": "第4版 要闻"}, CARTOON: {"page": "5"}},
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    return folder


def page(name):
    return Issue.objects.select_related("publication").get(source_name=name)


def test_ingest_numbers_pages_from_the_manifest(folder):
    ingest(folder)
    budget, cartoon = page(BUDGET), page(CARTOON)
    assert (budget.page_number, budget.page_name, budget.page_label) == (4, "要闻", "第4版 要闻")
    assert (cartoon.page_number, cartoon.page_label) == (5, "第5版")
    assert budget.get_absolute_url() == "/2021/07/09/4/"
    assert budget.publication.name == "高新时报" and budget.publication.zone == "郑州高新区"


def test_ingest_reads_the_number_from_the_page_furniture(tmp_path):
    text = (SEEDS / BUDGET).read_text("utf-8")
    (tmp_path / "p.txt").write_text("2021年7月9日 星期五\n第3版\n" + text, "utf-8")
    ingest(tmp_path / "p.txt")
    issue = Issue.objects.get()
    assert (issue.page_number, issue.page_label) == (3, "第3版")
    assert issue.date.isoformat() == "2021-07-09"
    assert issue.date_source == DateSource.MASTHEAD and not issue.date_inferred


def test_a_page_naming_only_its_zone_joins_the_paper_staff_renamed(tmp_path):
    shutil.copy(SEEDS / BUDGET, tmp_path / BUDGET)
    ingest(tmp_path / BUDGET, "--manifest", SEEDS / "manifest.json")
    paper = Publication.objects.get()
    assert paper.name == "郑州高新区"  # all a zone-only manifest says
    paper.name = "高新时报"
    paper.save()
    other = "002_11e814b0cf7c5a9c.txt"
    shutil.copy(SEEDS / other, tmp_path / other)
    ingest(tmp_path / other, "--manifest", SEEDS / "manifest.json")
    assert list(Publication.objects.values_list("name", "zone")) == [("高新时报", "郑州高新区")]


def edit_issue(client, issue, **changes):
    url = reverse("admin:archive_issue_change", args=[issue.pk])
    data = form_data(client.get(url), "issue_form")
    data.update({k: str(v) for k, v in changes.items()})
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[-2000:]


def test_an_editor_corrects_a_page_and_ingest_force_keeps_it(editor, editor_client, folder):
    ingest(folder)
    budget = page(BUDGET)
    old_url = budget.get_absolute_url()
    article_url = budget.articles.get(position=1).get_absolute_url()
    daily = Publication.objects.create(name="郑州日报", zone="郑州市", slug="zzrb")
    edit_issue(
        editor_client,
        budget,
        date="2021-07-10",
        page_number=6,
        page_name="综合新闻",
        publication=daily.pk,
    )
    budget.refresh_from_db()
    changes = {
        c.field: (c.old, c.new, c.user)
        for c in IssueChange.objects.filter(issue=budget).select_related("user")
    }
    assert changes == {
        "date": ("2021-07-09", "2021-07-10", editor),
        "page_number": ("4", "6", editor),
        "page_name": ("要闻", "综合新闻", editor),
        "publication": ("高新时报", "郑州日报", editor),
    }
    assert budget.get_absolute_url() == "/2021/07/10/6/"
    assert budget.date_source == DateSource.STAFF

    ingest(folder, "--force")

    after = page(BUDGET)
    assert after.pk == budget.pk and Issue.objects.count() == 2  # moved, not doubled
    assert (after.date.isoformat(), after.page_label, after.publication.name) == (
        "2021-07-10",
        "第6版 综合新闻",
        "郑州日报",
    )
    assert IssueChange.objects.count() == 4
    # The page's old address and its article's lead to where the page is now.
    assert editor_client.get(old_url)["Location"] == "/2021/07/10/6/"
    assert editor_client.get(article_url)["Location"] == "/2021/07/10/6/1/"
    form = editor_client.get(reverse("admin:archive_issue_change", args=[budget.pk]))
    assert "改日期：2021-07-09 → 2021-07-10" in form.content.decode()


def test_an_unchanged_save_logs_and_locks_nothing(editor_client, folder):
    ingest(folder)
    budget = page(BUDGET)
    edit_issue(editor_client, budget)
    budget.refresh_from_db()
    assert budget.locked_fields == [] and not IssueChange.objects.exists()
