"""The load log: every ingest that writes leaves an IngestRun that staff read in the
admin, in Chinese, with each failed or warned page named (archive.loadlog)."""

import re
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.contrib import admin
from django.core.management import CommandError, call_command
from django.urls import reverse

from archive.hints import in_chinese
from archive.models import IngestRun

from . import admin_fixtures

pytestmark = pytest.mark.django_db

editor = admin_fixtures.editor
editor_client = admin_fixtures.editor_client

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


@pytest.fixture(autouse=True)
def search_index(tmp_path):
    from tests.search.conftest import temporary_index

    with temporary_index(tmp_path / "index") as backend:
        yield backend


@pytest.fixture
def batch(tmp_path):
    """Two seed pages and a binary file among them."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in ("000_ad1081d1cb05899c.txt", "001_c4740e32d0d06a7b.txt", "manifest.json"):
        shutil.copy(SEEDS / name, folder / name)
    (folder / "scan.txt").write_bytes(b"\x00\x01PNG\x00" * 20)
    return folder


def run_ingest(*args):
    call_command("ingest", *map(str, args), stdout=StringIO(), stderr=StringIO())


def test_an_ingest_with_a_bad_file_is_in_the_load_log(batch):
    with pytest.raises(CommandError):
        run_ingest(batch)
    run = IngestRun.objects.get()
    assert run.finished_at is not None
    assert run.sources == str(batch)
    assert (run.pages_added, run.pages_failed, run.pages_unchanged) == (2, 1, 0)
    assert run.counts["pages"] == 3 and run.counts["articles"] > 0
    assert run.warnings == run.counts["warnings"]
    assert {"parse", "database", "index"} <= set(run.seconds)
    failed = [entry for entry in run.log if entry["status"] == "failed"]
    assert [entry["source"] for entry in failed] == ["scan.txt"]
    assert "binary file" in failed[0]["message"]
    warned = [entry for entry in run.log if entry["warnings"]]
    assert sum(len(entry["warnings"]) for entry in warned) == run.warnings


def test_a_rerun_is_logged_as_unchanged_and_a_dry_run_not_at_all(batch):
    (batch / "scan.txt").unlink()
    run_ingest(batch)
    run_ingest(batch)
    run_ingest("--dry-run", batch)
    first, second = IngestRun.objects.order_by("pk")
    assert (second.pages_added, second.pages_unchanged, second.log) == (0, 2, [])
    assert IngestRun.objects.count() == 2


def test_staff_read_the_run_in_chinese(editor_client, batch):
    with pytest.raises(CommandError):
        run_ingest(batch)
    run = IngestRun.objects.get()
    changelist = editor_client.get(reverse("admin:archive_ingestrun_changelist"))
    assert changelist.status_code == 200
    failing = editor_client.get(reverse("admin:archive_ingestrun_changelist"), {"result": "failed"})
    assert list(failing.context["cl"].result_list) == [run]
    html = editor_client.get(reverse("admin:archive_ingestrun_change", args=[run.pk]))
    html = html.content.decode()
    assert "scan.txt" in html and "二进制文件，不是文本版面" in html
    assert "版面 3，文章" in html


def column_headers(html):
    """The texts of a changelist's column headers."""
    headers = re.findall(r'<th scope="col"[^>]*>(.*?)</th>', html, re.S)
    texts = (re.sub(r"<[^>]+>", "", header) for header in headers)
    return [text.strip() for text in texts if text.strip()]


def test_every_changelist_column_is_in_chinese(admin_client, batch):
    with pytest.raises(CommandError):
        run_ingest(batch)
    english = {}
    for model in admin.site._registry:
        if model._meta.app_label != "archive":
            continue
        url = reverse(f"admin:archive_{model._meta.model_name}_changelist")
        headers = column_headers(admin_client.get(url).content.decode())
        assert headers, url
        bad = [h for h in headers if not re.search(r"[\u4e00-\u9fff]", h) and h != "SHA-256"]
        if bad:
            english[url] = bad
    assert english == {}


@pytest.mark.parametrize(
    "message, chinese",
    [
        ("no articles found on this page", "这一版没有识别出文章"),
        ("text belongs to no article (banner): 高新时报", "不属于任何文章的文字（刊头）：高新时报"),
        ("year 2021 inferred from the years the page mentions", "年份 2021 由版面提到的年份推断"),
        (
            "issue date 2021-07-08 is the latest event date in the text; year from manifest",
            "版面日期 2021-07-08 取自正文中最晚的事件日期；年份来自清单",
        ),
        ("headline '夜市开张' matched with low confidence", "标题 '夜市开张' 与正文匹配的把握不大"),
        ("a/01.txt: empty file", "a/01.txt：空文件"),
        ("01.txt: database error: disk I/O error", "01.txt：数据库出错：disk I/O error"),
        ("something new", "something new"),  # unknown: shown as written
    ],
)
def test_hints_read_in_chinese(message, chinese):
    assert in_chinese(message) == chinese
