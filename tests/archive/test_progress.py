"""A long ingest says on the terminal where it is and how long the rest will take, at
the pace of its latest pages; an interrupted one, run again, skips what it stored and
finishes (archive/progress.py, the ingest command)."""

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from archive.models import Article, IngestRun, Issue
from archive.progress import Progress, duration

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_durations_read_as_a_person_says_them():
    assert duration(4.4) == "4 s"
    assert duration(125) == "2 min"
    assert duration(3 * 3600 + 5 * 60 + 10) == "3 h 05 min"


def test_time_left_follows_the_latest_pages_not_the_whole_run():
    clock = Clock()
    progress = Progress(1000, clock=clock, window=10)
    assert progress.seconds_left() is None
    for _ in range(100):  # a resumed run: the pages stored before pass in a blink
        clock.now += 0.001
        progress.page("unchanged")
    for _ in range(20):  # then every page is parsed, two seconds each
        clock.now += 2
        progress.page("added", articles=7)
    assert progress.seconds_left() == pytest.approx(880 * 2)
    line = progress.line()
    assert line.startswith("[120/1000] pages read (100 already stored), 140 articles")
    assert "0.5 pages/s" in line and "about 29 min left" in line


def test_the_last_page_says_done():
    clock = Clock()
    progress = Progress(2, clock=clock)
    for _ in range(2):
        clock.now += 1
        progress.page("added", articles=1)
    assert progress.line().endswith("done")


@pytest.fixture
def pages(tmp_path):
    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def search_index(tmp_path):
    from tests.search.conftest import temporary_index

    with temporary_index(tmp_path / "index") as backend:
        yield backend


def ingest(pages):
    out, err = StringIO(), StringIO()
    call_command("ingest", str(pages), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_the_command_prints_the_pace_and_the_time_left(pages, search_index, monkeypatch):
    monkeypatch.setattr("archive.management.commands.ingest.PROGRESS_EVERY", 2)
    _, err = ingest(pages)
    lines = [line for line in err.splitlines() if "pages read" in line]
    assert [line.split("]")[0] for line in lines] == ["[2/5", "[4/5"]
    assert all("pages/s" in line and " left" in line for line in lines)
    _, err = ingest(pages)  # again: every page is already stored
    assert "[4/5] pages read (4 already stored), 0 articles" in err


@pytest.mark.django_db
def test_an_interrupted_ingest_run_again_skips_what_it_stored_and_finishes(
    pages, search_index, monkeypatch
):
    import archive.ingest
    import archive.pagestore

    # Pages are stored two at a time (1 and 2, 3 and 4, 5), each two in one transaction.
    monkeypatch.setattr(archive.ingest, "STORE_PAGES", 2)
    monkeypatch.setattr(archive.ingest, "STORE_SECONDS", 3600)
    store, stored = archive.ingest.store_page, []

    def interrupted_at_the_fourth_page(result, *args, key, **kwargs):
        if len(stored) == 3:
            raise KeyboardInterrupt  # Ctrl-C, as the fourth page is being stored
        stored.append(key)
        return store(result, *args, key=key, **kwargs)

    monkeypatch.setattr(archive.ingest, "store_page", interrupted_at_the_fourth_page)
    with pytest.raises(CommandError) as interrupted:  # a sentence, not a traceback
        ingest(pages)
    assert str(interrupted.value) == (
        "interrupted after 2 of 5 page(s); every page stored is kept: run the same "
        "command again to store the rest"
    )
    # The first two pages whole; the third, stored with the fourth, not at all.
    assert Issue.objects.count() == 2
    assert not IngestRun.objects.get().finished_at  # the log says it did not finish
    monkeypatch.setattr(archive.ingest, "store_page", store)
    out, _ = ingest(pages)
    assert "3 added, 2 unchanged" in out
    assert Issue.objects.count() == 5
    # The same archive as one uninterrupted run gives.
    articles = sorted(Article.objects.values_list("issue__source_key", "position", "title"))
    Issue.objects.all().delete()
    ingest(pages)
    assert sorted(Article.objects.values_list("issue__source_key", "position", "title")) == (
        articles
    )
