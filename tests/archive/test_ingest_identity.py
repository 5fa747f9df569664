"""A page is known by its path inside the folder given to ingest, or by its manifest
entry (paper, date and 版次), never by its bare file name: archives laid out as one
folder per day with 01.txt … 08.txt inside keep every day."""

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from archive.models import Issue

from .test_ingest import SEEDS, run_ingest

pytestmark = pytest.mark.django_db

FIRST, SECOND = "000_ad1081d1cb05899c.txt", "001_c4740e32d0d06a7b.txt"


@pytest.fixture(autouse=True)
def search_index(tmp_path):
    from tests.search.conftest import temporary_index

    with temporary_index(tmp_path / "index") as backend:
        yield backend


def day_folder(root: Path, day: str, seed: str, **entry) -> Path:
    """root/day/01.txt holding a seed page, with a manifest beside it."""
    folder = root / day
    folder.mkdir(parents=True)
    shutil.copy(SEEDS / seed, folder / "01.txt")
    manifest = {"pages": {"01.txt": {"zone": "郑州高新区", "year": 2021, **entry}}}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def test_same_file_name_in_two_folders_is_two_pages_and_a_rerun_updates_none(tmp_path):
    tree = tmp_path / "archive"
    day_folder(tree, "2021-07-09", FIRST)
    day_folder(tree, "2021-07-10", SECOND)
    out, _ = run_ingest(tree)
    assert "2 added" in out
    assert sorted(Issue.objects.values_list("source_key", flat=True)) == [
        "2021-07-09/01.txt",
        "2021-07-10/01.txt",
    ]
    assert set(Issue.objects.values_list("source_name", flat=True)) == {"01.txt"}
    out, _ = run_ingest(tree)
    assert "2 unchanged" in out and "updated" not in out
    assert Issue.objects.count() == 2


def test_later_batches_with_the_same_names_keep_earlier_pages_by_manifest_entry(tmp_path):
    first = day_folder(tmp_path / "batch1", "p", FIRST, date="2021-07-09", page="第1版")
    second = day_folder(tmp_path / "batch2", "p", SECOND, date="2021-07-10", page="第1版")
    run_ingest(first)
    out, _ = run_ingest(second)
    assert "1 added" in out
    assert Issue.objects.count() == 2
    assert sorted(Issue.objects.values_list("source_key", flat=True)) == [
        "2021-07-09/第1版",
        "2021-07-10/第1版",
    ]
    out, _ = run_ingest(first)
    assert "1 unchanged" in out and Issue.objects.count() == 2


def test_dry_run_json_still_names_the_file_by_its_name(tmp_path):
    tree = tmp_path / "archive"
    day_folder(tree, "2021-07-09", FIRST)
    out, _ = run_ingest("--dry-run", "--json", tree)
    assert [page["source"] for page in json.loads(out)["pages"]] == ["01.txt"]


def test_a_bad_page_is_named_by_its_path_in_the_folder(tmp_path):
    tree = tmp_path / "archive"
    day_folder(tree, "2021-07-09", FIRST)
    (tree / "2021-07-10").mkdir()
    (tree / "2021-07-10" / "01.txt").write_bytes(b"")
    err = StringIO()
    with pytest.raises(CommandError, match="1 of 2"):
        call_command("ingest", str(tree), stdout=StringIO(), stderr=err)
    assert "2021-07-10/01.txt: empty file" in err.getvalue()
    assert Issue.objects.get().source_key == "2021-07-09/01.txt"


def test_two_folders_named_with_the_same_file_names_do_not_replace_each_other(tmp_path):
    first = day_folder(tmp_path, "a", FIRST)
    second = day_folder(tmp_path, "b", SECOND)
    err = StringIO()
    with pytest.raises(CommandError, match="1 of 2"):
        call_command("ingest", str(first), str(second), stdout=StringIO(), stderr=err)
    assert f"{second / '01.txt'}: stored as '01.txt', like {first / '01.txt'}" in err.getvalue()
    assert Issue.objects.get().raw_text == (first / "01.txt").read_text(encoding="utf-8")


def test_a_date_and_page_shared_by_the_manifest_defaults_do_not_make_one_page(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(SEEDS / FIRST, folder / "01.txt")
    shutil.copy(SEEDS / SECOND, folder / "02.txt")
    defaults = {"zone": "郑州高新区", "date": "2021-07-09", "page": "第1版"}
    (folder / "manifest.json").write_text(json.dumps({"defaults": defaults}), encoding="utf-8")
    out, _ = run_ingest(folder)
    assert "2 added" in out
    assert sorted(Issue.objects.values_list("source_key", flat=True)) == ["01.txt", "02.txt"]


def test_an_html_page_in_a_folder_is_ingested_like_a_text_page(tmp_path):
    folder = tmp_path / "epaper"
    folder.mkdir()
    (folder / "02.html").write_text(
        "<html><body>清河日报&nbsp;2012年5月8日&nbsp;第02版\n<h1>城东新建两座人行天桥</h1>\n"
        "<p>本报讯（记者&nbsp;邬桐）5月6日，城东两座人行天桥建成通行。</p></body></html>",
        encoding="utf-8",
    )
    call_command("ingest", str(folder), stdout=StringIO(), stderr=StringIO())
    issue = Issue.objects.get()
    assert issue.source_key == "02.html"
    assert [a.title for a in issue.articles.all()] == ["城东新建两座人行天桥"]


def test_a_folder_with_no_page_among_its_files_is_named_not_passed_over(tmp_path):
    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / "01.pdf").write_bytes(b"%PDF-1.4")
    (scans / "02.pdf").write_bytes(b"%PDF-1.4")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(scans), stdout=StringIO(), stderr=err)
    assert (
        f"{scans}: no page among its 2 file(s) (pages end in .txt, .text, .md, .html, .htm)"
        in err.getvalue()
    )
    assert not Issue.objects.exists()
