"""The queries in seed_queries.json, run through the search page on the ingested seeds.

Each case names the articles it must return, and no others, by the first twelve
letters and digits of their body (after 本报讯 and a bracketed byline), which stay
put when the parser's positions or titles change.
"""

import json
import re
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from archive.models import Article
from search.queue import process_queue

from .conftest import temporary_index

CASES = json.loads((Path(__file__).parent / "seed_queries.json").read_text(encoding="utf-8"))
SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"
_LEAD_STRIP = re.compile(r"^\s*本报讯\s*(?:[（(][^）)]*[）)])?")


def lead(body):
    return re.sub(r"\W", "", _LEAD_STRIP.sub("", body))[:12]


@pytest.fixture(scope="module")
def seed_archive(django_db_setup, django_db_blocker, tmp_path_factory):
    """The seed pages ingested once for the module, indexed through the queue."""
    with django_db_blocker.unblock(), temporary_index(tmp_path_factory.mktemp("ix")) as backend:
        try:
            # ingest applies the queue itself when it ends; nothing may be left over.
            call_command("ingest", str(SEEDS), stdout=StringIO(), stderr=StringIO())
            assert process_queue(wait=True) == 0
            assert backend.searcher().doc_count() == Article.objects.count()
            yield backend
        finally:
            call_command("flush", interactive=False, verbosity=0)


def test_the_cases_are_enough_and_cover_the_issue(seed_archive):
    queries = [case["query"] for case in CASES]
    assert len(CASES) >= 30
    for required in ("污染源普查", "预算绩效", "孙庆辉", "夜市", "焦裕禄"):
        assert required in queries
    assert any(q.startswith('"') for q in queries)
    assert any(" -" in q for q in queries)


def test_every_expected_article_exists_once(seed_archive, db):
    leads = [lead(a.body) for a in Article.objects.all()]
    assert len(leads) == len(set(leads))
    for case in CASES:
        for key in case["expect"]:
            assert key in leads, f"{case['query']}: no seed article starts {key}"


def answers(client, case):
    """The search page's answer to `case`, checked: exactly the articles it expects."""
    response = client.get("/search/", {"q": case["query"], **case.get("params", {})})
    assert response.status_code == 200
    got = sorted(lead(r["article"].body) for r in response.context["results"])
    assert got == sorted(case["expect"]), case["why"]
    assert response.context["total"] == len(case["expect"])
    if "note" in case:  # a query mended and run anyway says what was mended
        assert any(case["note"] in note for note in response.context["notes"]), case["why"]
    return response


@pytest.mark.parametrize("case", CASES, ids=[c["query"] or str(c.get("params")) for c in CASES])
def test_seed_query(case, seed_archive, client):
    response = answers(client, case)
    if "correction" in case:  # 您是不是要找, and its link finds articles
        correction = response.context["correction"]
        assert correction["query"] == case["correction"], case["why"]
        assert client.get("/search/" + correction["url"]).context["total"] == correction["total"]


def test_a_filter_that_empties_the_page_says_what_its_removal_gives_back(seed_archive, client):
    wide = client.get("/search/", {"q": "高新区"}).context["total"]
    narrow = client.get("/search/", {"q": "高新区", "year": "2020"})
    assert narrow.context["total"] == 0 < wide
    [chip] = narrow.context["active_filters"]
    assert chip["given_back"] == wide
    assert f"去掉 2020 年：{wide} 篇" in narrow.content.decode()
