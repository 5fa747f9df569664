"""Pages parsed ahead in worker processes (archive.parsepool) are stored as a serial
ingest stores them."""

import multiprocessing
import os

import pytest

from archive import parsepool
from archive.ingest import ingest
from archive.models import Article, Credit, Issue
from bench import corpus


def whose(job):
    """A job's result and the process that made it (module level: workers import it)."""
    return job * 2, os.getpid()


def test_workers_parse_in_other_processes_and_results_come_back_in_order():
    jobs = list(range(parsepool.MIN_PAGES * 3))
    results = list(parsepool.parsed_in_order(whose, iter(jobs), workers=2, total=len(jobs)))
    assert [r for r, _ in results] == [j * 2 for j in jobs]
    assert os.getpid() not in {pid for _, pid in results}
    assert multiprocessing.active_children() == []  # the pool ended with the jobs


def test_few_pages_or_no_workers_are_parsed_here():
    few = list(range(parsepool.MIN_PAGES - 1))
    here = {os.getpid()}
    assert {p for _, p in parsepool.parsed_in_order(whose, few, workers=2, total=len(few))} == here
    many = list(range(parsepool.MIN_PAGES))
    assert {
        p for _, p in parsepool.parsed_in_order(whose, many, workers=0, total=len(many))
    } == here


def test_a_reader_that_stops_early_ends_the_workers():
    jobs = list(range(parsepool.MIN_PAGES * 3))
    results = parsepool.parsed_in_order(whose, iter(jobs), workers=2, total=len(jobs))
    assert next(results)[0] == 0
    results.close()  # what Ctrl-C or a failed store does to the ingest's loop
    assert multiprocessing.active_children() == []


@pytest.fixture
def many_pages(tmp_path):
    return corpus.generate(tmp_path / "pages", parsepool.MIN_PAGES + 4, seed=3)


def parsed(report):
    return [result.to_json() for result in report.results]


@pytest.mark.django_db
def test_an_ingest_with_parse_workers_stores_what_a_serial_one_does(many_pages, tmp_path):
    from tests.search.conftest import temporary_index

    serial = ingest([many_pages], dry_run=True, keep_results=True)
    ahead = ingest([many_pages], dry_run=True, keep_results=True, parse_workers=2)
    assert parsed(ahead) == parsed(serial)
    with temporary_index(tmp_path / "index"):
        report = ingest([many_pages], parse_workers=2)
    assert report.statuses == {"added": parsepool.MIN_PAGES + 4}
    assert Issue.objects.count() == parsepool.MIN_PAGES + 4
    assert len(serial.results) == parsepool.MIN_PAGES + 4
    assert Article.objects.count() == sum(len(r.articles) for r in serial.results)
    credits = {(c.name, c.role) for r in serial.results for a in r.articles for c in a.credits}
    assert len(credits) > 10
    assert set(Credit.objects.values_list("person__name", "role")) == credits


@pytest.mark.django_db
def test_a_bad_page_parsed_by_a_worker_fails_alone(many_pages, tmp_path):
    (many_pages / "0000-binary.txt").write_bytes(b"\x00\x01\x02 not text" * 50)
    report = ingest([many_pages], dry_run=True, parse_workers=2)
    assert [page.path.name for page in report.failures] == ["0000-binary.txt"]
    assert "0000-binary.txt" in report.failures[0].message
    assert report.statuses.get("parsed") == parsepool.MIN_PAGES + 4
