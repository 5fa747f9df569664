"""Bad input is refused page by page, by name, with the reason, and costs no other page:
wrong manifest types, a manifest nested too deeply, a link to nothing, NUL bytes deep in
a page, and two papers whose names make the same slug."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from archive.models import Issue

from .test_ingest import run_ingest
from .test_ingest_identity import (
    FIRST,
    SECOND,
    day_folder,
    search_index,  # noqa: F401  (fixture)
)

pytestmark = pytest.mark.django_db


def failed_ingest(*paths, failures="1 of 1") -> str:
    err = StringIO()
    with pytest.raises(CommandError, match=failures):
        call_command("ingest", *map(str, paths), stdout=StringIO(), stderr=err)
    assert "Traceback" not in err.getvalue()
    return err.getvalue()


@pytest.mark.parametrize(
    "entry, problem",
    [
        ({"columns": "高新区动态"}, "columns must be a list of strings"),
        ({"publication": 7}, "publication must be a string"),
        ({"page": ["第1版"]}, "page must be a string"),
        ({"year": True}, "year must be a number in 1800–2100"),
    ],
)
def test_a_manifest_entry_of_the_wrong_type_is_refused(tmp_path, entry, problem):
    message = failed_ingest(day_folder(tmp_path, "day", FIRST, **entry))
    assert "manifest.json: entry '01.txt'" in message and problem in message
    assert not Issue.objects.exists()


def test_a_manifest_nested_too_deeply_is_refused_without_a_traceback(tmp_path):
    folder = day_folder(tmp_path, "day", FIRST)
    (folder / "manifest.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "manifest.json: not a manifest: nested too deeply" in failed_ingest(folder)


def test_a_link_to_nothing_is_named_not_skipped(tmp_path):
    folder = day_folder(tmp_path, "day", FIRST)
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    message = failed_ingest(folder, failures="1 of 2")
    assert "loop.txt: a symbolic link to nothing readable" in message
    assert Issue.objects.count() == 1


def test_nul_bytes_deep_in_a_page_are_refused(tmp_path):
    folder = day_folder(tmp_path, "day", FIRST)
    page = folder / "01.txt"
    page.write_bytes(page.read_bytes() + b"\x00" * 8)
    assert "01.txt: binary content (a NUL at character" in failed_ingest(folder)
    assert not Issue.objects.exists()


def test_two_papers_whose_names_slugify_alike_both_load(tmp_path):
    first = day_folder(tmp_path, "a", FIRST, publication="测试时报")
    second = day_folder(tmp_path, "b", SECOND, publication="测试时报!")
    run_ingest(first)
    out, _ = run_ingest(second)
    assert "1 added" in out
    papers = Issue.objects.values_list("publication__name", "publication__slug")
    assert sorted(papers) == [("测试时报", "测试时报"), ("测试时报!", "测试时报-2")]


def test_a_page_that_grows_while_it_is_read_is_refused(tmp_path, monkeypatch):
    folder = day_folder(tmp_path, "day", FIRST)
    page = folder / "01.txt"
    read_bytes = Path.read_bytes

    def read_then_grow(self):  # the copy into the folder goes on meanwhile
        data = read_bytes(self)
        if self == page:
            with open(self, "ab") as handle:
                handle.write("本报讯 后半页。\n".encode())
        return data

    monkeypatch.setattr(Path, "read_bytes", read_then_grow)
    assert "01.txt: changed while being read" in failed_ingest(folder)
    assert not Issue.objects.exists()
