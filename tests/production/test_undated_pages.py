"""A batch of pages nobody could date leaves every search answering: sorted by newest
or oldest (the undated last either way) and limited by dates; `check_index` runs those
searches and reports an index they fail on."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

import search.whoosh.columns
from search.queue import enqueue, process_queue
from tests.archive.factories import make_issue
from tests.search.conftest import make_indexed_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def dated_then_undated(search_backend):
    """A dated article indexed, then a batch of one undated article (its own segment)."""
    dated = make_indexed_article(
        make_issue(date=datetime.date(2021, 7, 9)), title="夜市开张", body="本报讯 夜市开张。"
    )
    enqueue([dated.pk])
    process_queue(wait=True)
    undated = make_indexed_article(
        make_issue(date=None), title="夜市关闭", body="本报讯 夜市关闭。", date=None
    )
    enqueue([undated.pk])
    process_queue(wait=True)
    return dated, undated


def titles(client, **params):
    response = client.get("/search/", {"q": "夜市", **params})
    assert response.status_code == 200
    return [result["article"].title for result in response.context["results"]]


def test_an_undated_batch_leaves_date_sorts_and_ranges_answering(client, dated_then_undated):
    assert titles(client, sort="newest") == ["夜市开张", "夜市关闭"]
    assert titles(client, sort="oldest") == ["夜市开张", "夜市关闭"]
    assert titles(client, start="2021-01-01", end="2021-12-31") == ["夜市开张"]


def test_check_index_reports_an_index_the_date_searches_fail_on(dated_then_undated, monkeypatch):
    # What undated batches once did: no date column in a segment read as None dates.
    made = search.whoosh.columns.SegmentValues.__init__

    def none_dates_without_a_column(self, reader):
        made(self, reader)
        if not reader.has_column("date"):
            self.values["date"] = [None] * self.size

    monkeypatch.setattr(
        search.whoosh.columns.SegmentValues, "__init__", none_dates_without_a_column
    )
    err = StringIO()
    with pytest.raises(CommandError, match="1 problem"):
        call_command("check_index", stdout=StringIO(), stderr=err)
    assert "corrupt" in err.getvalue() and "searches fail" in err.getvalue()
    out = StringIO()
    call_command("check_index", "--fix", stdout=out, stderr=StringIO())
    assert "rebuilt the search index" in out.getvalue() and "search index ok" in out.getvalue()
