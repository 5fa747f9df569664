"""The Elasticsearch backend (search/elastic.py) against a real OpenSearch 2.19 node:
the index it makes, the terms it sends, searches, more like this, deep pages, the
queue, and an engine that does not answer."""

import datetime
import threading
from io import StringIO

import elasticsearch
import pytest
from django.core.management import CommandError, call_command
from haystack import connections

from archive.models import Article, CreditRole
from search import engine
from search.analyzer import BODY_END, PART_END, index_positions
from search.elastic import MAX_RESULT_WINDOW, ChineseElasticsearchBackend, pre_analysed
from search.models import PendingIndexUpdate
from search.queries import parse
from search.queue import enqueue, process_queue
from tests.archive.factories import make_issue
from tests.search.conftest import index_all, make_indexed_article, temporary_index

from .conftest import external_index

pytestmark = [
    pytest.mark.filterwarnings("ignore:The 'body' parameter is deprecated"),
    pytest.mark.django_db,
]

FACETS = ["year", "publication", "column", "person", "department"]
PAGE = (
    "本报讯（记者 孙庆辉 通讯员 王玲玲）近日，河南省第二次全国污染源普查领导小组办公室"
    "下发决定，阿志强、宋恩民获评表现突出个人。預算績效管理、ＰＭ２．５、COVID-19、C++。"
)


def _doc(node, index_name, article):
    return node.request("GET", f"/{index_name}/_doc/archive.article.{article.pk}")["_source"]


def test_the_index_reads_back_the_terms_search_analyzer_gives_whoosh(opensearch, search_backend):
    """The engine cuts nothing itself: each term at each position is Whoosh's."""
    assert isinstance(search_backend, ChineseElasticsearchBackend)
    search_backend.setup()
    name = search_backend.index_name
    mapping = opensearch.request("GET", f"/{name}/_mapping")[name]["mappings"]["properties"]
    for field in ("text", "title"):
        assert mapping[field] == {"type": "text", "analyzer": "baokan_terms"}
    for field in ("year", "publication", "column", "credit", "person", "department"):
        assert mapping[field] == {"type": "keyword"}
    assert mapping["date"] == {"type": "date"}
    assert mapping["page_number"] == {"type": "long"}  # sorted by, never searched as text
    settings = opensearch.request("GET", f"/{name}/_settings")[name]["settings"]["index"]
    assert settings["max_result_window"] == str(MAX_RESULT_WINDOW)

    analysed = opensearch.request(
        "POST", f"/{name}/_analyze", {"analyzer": "baokan_terms", "text": pre_analysed(PAGE)}
    )
    got = {}
    for token in analysed["tokens"]:
        got.setdefault(token["token"], []).append(token["position"])
    expected = index_positions(PAGE)
    assert got == expected
    assert {"污染源", "污染", "污", "预算", "covid", "c++"} <= set(got)


def test_an_article_s_parts_stand_as_far_apart_as_in_whoosh(opensearch, search_backend):
    """Each part after the body is a value of its own, and the engine leaves as many
    empty positions between values as the analyzer does between parts."""
    search_backend.setup()
    text = f"{PAGE}{BODY_END}高新区污染源普查{PART_END}孙庆辉{PART_END}高新区财政金融局"
    sent = pre_analysed(text)
    assert isinstance(sent, list) and len(sent) == 4
    analysed = opensearch.request(
        "POST", f"/{search_backend.index_name}/_analyze", {"analyzer": "baokan_terms", "text": sent}
    )
    got = {}
    for token in analysed["tokens"]:
        got.setdefault(token["token"], []).append(token["position"])
    assert got == index_positions(text)


def test_update_sends_each_article_pre_analysed_in_one_bulk_request(opensearch, db, search_backend):
    article = make_indexed_article(
        title="高新区污染源普查",
        body="本报讯 預算绩效管理培训，ＡＢＣ公司参加。",
        date=datetime.date(2021, 7, 1),
        column="高新区动态",
        credits=[("孙庆辉", CreditRole.REPORTER)],
        people=["阿志强"],
        departments=["高新区财政金融局"],
    )
    index = connections["default"].get_unified_index().get_index(Article)
    search_backend.update(index, list(index.load(Article.objects.all())))

    doc = _doc(opensearch, search_backend.index_name, article)
    assert doc["django_id"] == str(article.pk)
    assert doc["django_ct"] == "archive.article"
    assert doc["title"] == pre_analysed("高新区污染源普查")
    body, *parts = doc["text"]  # the body, then each part after it (pre_analysed)
    assert "预算|预|算 绩效|绩|效 管理|管|理 培训|培|训 | abc 公司|公|司 参加|参|加" in body
    names = ("高新区污染源普查", "高新区动态", "孙庆辉", "阿志强", "高新区财政金融局")
    assert all(part.endswith(" 。|¶") for part in parts[:-1])  # the marks at the gap
    assert [p.removesuffix(" 。|¶") for p in parts] == [pre_analysed(n) for n in names]
    assert doc["date"] == "2021-07-01T00:00:00"
    assert doc["year"] == "2021"
    assert doc["column"] == "高新区动态"
    assert doc["credit"] == ["孙庆辉", "reporter:孙庆辉"]  # names, and names by role
    assert doc["person"] == ["孙庆辉", "阿志强"]
    assert doc["department"] == ["高新区财政金融局"]


QUERIES = [
    ("污染源普查", {}),
    ('"预算绩效管理"', {}),
    ("本报讯 -焦作", {}),
    ("记者:孫慶輝", {}),
    ("栏目:高新区动态", {}),
    ("报纸:郑州高新时报 预算", {}),
    ("标题:夜市", {}),
    ("单位:高新区财政金融局", {}),
    ("阿志强", {}),
    ("", {"year": "2021"}),
    ("本报讯", {"publication": "郑州高新时报", "person": "孙庆辉"}),
    ("本报讯", {"start": datetime.date(2021, 1, 1), "end": datetime.date(2021, 7, 1)}),
    # Reserved characters are words, never query syntax.
    ('"a+b(c)"', {}),
    ('"10:30 AND x"', {}),
    ("C++ 夜市", {}),
    ('"x\\\\"', {}),
    ("夜市 OR 预算", {}),
    ("高新区 夜市 OR 托管", {}),
    ("夜市 | 预算", {}),
    # A role prefix matches that role only; a byline typed as printed is its field.
    ("编辑:孙庆辉", {}),
    ("记者 孙庆辉", {}),
    # Brackets: nested, excluded, left open.
    ("(夜市 OR 预算) 本报讯", {}),
    ("本报讯 -(预算 培训)", {}),
    ('(高新区 (预算 OR "污染源普查")) OR 焦裕禄', {}),
    ("(夜市 OR 预算", {}),
    # Every part of an article; 正文: by position, before the body's end.
    ("标题:预算 OR 引题:预算 OR 副题:预算", {}),
    ("正文:预算", {}),
    ('正文:"预算资金"', {}),
    ("正文:阿志强", {}),
    ("本报讯 -正文:吕沛", {}),
    ("版次:2", {}),
    ("作家:吕沛", {}),
    # Proximity: span_near (in any order) and span_not around a unit's marks.
    ('"高新区 预算"~1', {}),
    ('"预算 高新区"~5', {}),
    ('"培训 预算"~0', {}),
    ("同句:(高新区 预算)", {}),
    ("同段:(本报讯 预算) -同句:(本报讯 预算)", {}),
    ("同句:(阿志强 宋恩民)", {}),
    ("*", {}),
]


@pytest.mark.parametrize("q, filters", QUERIES, ids=[q or str(f) for q, f in QUERIES])
@pytest.mark.parametrize("sort", ["newest", "oldest", "page"])
def test_run_search_answers_what_whoosh_answers(
    opensearch, small_corpus, tmp_path, q, filters, sort
):
    """The same page, total and facet counts from both engines (sorted by date or 版次,
    as relevance scores differ: search/README.md)."""
    parsed = parse(q)
    on_opensearch = engine.run_search(parsed, filters, sort=sort, facets=FACETS)
    with temporary_index(tmp_path / "ix"):
        index_all()
        on_whoosh = engine.run_search(parsed, filters, sort=sort, facets=FACETS)
    assert on_opensearch.pks == on_whoosh.pks
    assert on_opensearch.total == on_whoosh.total
    for name in FACETS:
        assert sorted(on_opensearch.facets[name]) == sorted(on_whoosh.facets[name]), name


def test_relevance_finds_the_same_articles(small_corpus):
    outcome = engine.run_search(parse("本报讯"), {}, limit=20)
    assert sorted(outcome.pks) == sorted(a.pk for a in small_corpus.values())
    assert outcome.total == 5


def test_an_index_from_before_page_numbers_sorts_by_page_as_newest(opensearch, db, search_backend):
    """An index made before 版次 was indexed has no mapping for it (a missing value maps
    nothing), which Elasticsearch refuses to sort by unless told its type."""
    search_backend.setup()
    name = search_backend.index_name
    mappings = opensearch.request("GET", f"/{name}/_mapping")[name]["mappings"]
    del mappings["properties"]["page_number"]
    opensearch.request("DELETE", f"/{name}")
    opensearch.request("PUT", f"/{name}", {**search_backend.DEFAULT_SETTINGS, "mappings": mappings})
    for year in (2021, 2023, 2022):
        issue = make_issue(date=datetime.date(year, 1, 1), page_label="")
        make_indexed_article(issue, title=f"{year}年夜市", body="本报讯 夜市开张。")
    index_all()
    now = opensearch.request("GET", f"/{name}/_mapping")[name]["mappings"]["properties"]
    assert "page_number" not in now
    newest = engine.run_search(parse("夜市"), {}, sort="newest").pks
    assert engine.run_search(parse("夜市"), {}, sort="page").pks == newest
    assert len(newest) == 3


def test_deep_pages(db, search_backend):
    """Whoosh pages as deep as its results go; Elasticsearch refuses a page past its
    max_result_window, set to MAX_RESULT_WINDOW (search/README.md)."""
    for n in range(30):
        make_indexed_article(title=f"夜市第{n}号", body="本报讯 夜市开张。")
    index_all()
    everything = engine.run_search(parse("夜市"), {}, sort="oldest", limit=30).pks
    assert (
        engine.run_search(parse("夜市"), {}, sort="oldest", offset=25, limit=10).pks
        == (everything[25:])
    )
    past_the_end = engine.run_search(parse("夜市"), {}, offset=MAX_RESULT_WINDOW - 20, limit=20)
    assert (past_the_end.pks, past_the_end.total) == ([], 30)
    beyond_the_window = engine.run_search(parse("夜市"), {}, offset=MAX_RESULT_WINDOW, limit=20)
    assert (beyond_the_window.pks, beyond_the_window.total) == ([], 30)


def test_more_like_this_takes_the_articles_sharing_its_words(db, search_backend):
    base = make_indexed_article(title="大沙河桥夜市", body="本报讯 大沙河桥夜市经营秩序安全管理。")
    close = make_indexed_article(title="夜市整治", body="本报讯 大沙河桥夜市经营摊点规范管理。")
    other = make_indexed_article(title="预算培训", body="本报讯 财政金融局举办预算绩效管理培训。")
    index_all()
    similar = engine.more_like_this(base, limit=4)
    assert similar[0] == close
    assert base not in similar
    assert engine.more_like_this(other) == [] or other not in engine.more_like_this(other)


def test_the_queue_updates_and_deletes_through_the_engine(opensearch, db, search_backend):
    kept = make_indexed_article(title="夜市开张", body="本报讯 夜市开张。")
    gone = make_indexed_article(title="夜市关门", body="本报讯 夜市关门。")
    enqueue([kept.pk, gone.pk])
    assert process_queue(wait=True) == 2
    assert sorted(engine.run_search(parse("夜市"), {}).pks) == sorted([kept.pk, gone.pk])

    gone_pk = gone.pk
    gone.delete()
    kept.title = "夜市整修"
    kept.save()
    enqueue([kept.pk, gone_pk])
    assert process_queue(wait=True) == 2

    assert PendingIndexUpdate.objects.count() == 0
    assert engine.run_search(parse("夜市"), {}).pks == [kept.pk]
    assert engine.run_search(parse("整修"), {}).pks == [kept.pk]
    missing = opensearch.request(
        "GET", f"/{search_backend.index_name}/_doc/archive.article.{gone_pk}"
    )
    assert missing["found"] is False


def test_one_writer_applies_the_queue_at_a_time(db, search_backend):
    make_indexed_article(title="夜市开张", body="本报讯 夜市开张。")
    enqueue(Article.objects.values_list("pk", flat=True))
    holding, release = threading.Event(), threading.Event()

    def writer():  # another worker, applying the queue
        with search_backend.writing():
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert holding.wait(10)
        assert process_queue(wait=False) is None  # gives way at once
        assert PendingIndexUpdate.objects.count() == 1
    finally:
        release.set()
        thread.join(10)
    assert process_queue(wait=False) == 1


def test_healthz_asks_the_engine(client, small_corpus):
    response = client.get("/healthz")
    assert response.status_code == 200, response.json()
    assert response.json()["search_index"] == "ok"


def _check_index(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command("check_index", *args, stdout=out, stderr=err)
    except CommandError as exc:
        return False, out.getvalue() + err.getvalue() + str(exc)
    return True, out.getvalue() + err.getvalue()


def test_check_index_finds_and_repairs_a_stale_or_missing_external_index(
    opensearch, db, search_backend
):
    articles = [
        make_indexed_article(title=f"夜市第{n}号", body="本报讯 夜市开张。") for n in range(4)
    ]
    index_all()
    ok, report = _check_index()
    assert ok and "search index ok: it matches the 4 article(s)" in report

    # One article gone from the index, one deleted from the database behind its back.
    name = search_backend.index_name
    opensearch.request("DELETE", f"/{name}/_doc/archive.article.{articles[0].pk}?refresh=true")
    articles[1].delete()
    PendingIndexUpdate.objects.all().delete()
    ok, report = _check_index()
    assert not ok
    assert "stale: 2 article(s) missing from the index or deleted but still in it" in report
    ok, report = _check_index("--fix")
    assert ok, report
    assert "2 article(s) queued for the search index" in report
    assert sorted(engine.run_search(parse("夜市"), {}).pks) == sorted(
        a.pk for a in (articles[0], *articles[2:])
    )

    opensearch.request("DELETE", f"/{name}")
    ok, report = _check_index()
    assert not ok and f"missing: no search index in index '{name}' at http://127.0.0.1:" in report
    ok, report = _check_index("--fix")
    assert ok and "rebuilt the search index from the database: 3 article(s)" in report
    assert engine.run_search(parse("夜市"), {}).total == 3


def test_rebuild_index_fills_the_engine(db, search_backend):
    for n in range(3):
        make_indexed_article(title=f"夜市第{n}号", body="本报讯 夜市开张。")
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert engine.run_search(parse("夜市"), {}).total == 3


# -- an engine that does not answer -------------------------------------------------------


@pytest.fixture
def dead_engine(opensearch):
    """A connection to a port where nothing listens (the node's HTTP port stays its
    own; this is another loopback port, closed)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    class Closed:
        http_port = port

        @staticmethod
        def request(*args, **kwargs):
            return None

    with external_index(Closed, "nowhere") as backend:
        backend.conn.transport.max_retries = 0
        yield backend


def test_an_engine_that_does_not_answer_gives_503(db, dead_engine, client):
    response = client.get("/search/", {"q": "夜市"})
    assert response.status_code == 503
    health = client.get("/healthz")
    assert health.status_code == 503
    assert health.json()["search_index"] == "error: ConnectionError"


def test_more_like_this_is_empty_while_the_engine_is_down(db, dead_engine):
    assert engine.more_like_this(make_indexed_article(title="夜市开张")) == []


def test_check_index_says_the_engine_does_not_answer(db, dead_engine):
    ok, report = _check_index("--fix")
    assert not ok
    assert report.startswith("the search engine does not answer (ConnectionError")
    assert report.endswith("nothing was checked")


def test_a_failed_write_keeps_the_queue(db, dead_engine):
    article = make_indexed_article(title="夜市开张", body="本报讯 夜市开张。")
    enqueue([article.pk])
    with pytest.raises(elasticsearch.ConnectionError):
        process_queue(wait=True)
    assert PendingIndexUpdate.objects.count() == 1


def test_the_queue_command_says_in_a_sentence_that_the_engine_is_down(db, dead_engine, caplog):
    article = make_indexed_article(title="夜市开张", body="本报讯 夜市开张。")
    enqueue([article.pk])
    with pytest.raises(CommandError) as error:
        call_command("process_index_queue", stdout=StringIO(), stderr=StringIO())
    assert str(error.value).startswith("the search engine did not take the updates")
    assert "1 update(s) stay queued" in str(error.value)
    # The client's log lines name the failure without a traceback.
    client_records = [r for r in caplog.records if r.name == "elasticsearch"]
    assert client_records and all(r.exc_info is None for r in client_records)
    assert "Connection refused" in client_records[-1].getMessage()


def test_an_ingest_while_the_engine_is_down_keeps_its_pages(db, dead_engine):
    from tests.search.test_seed_queries import SEEDS

    stderr = StringIO()
    call_command("ingest", str(SEEDS), stdout=StringIO(), stderr=stderr)
    assert "the pages are stored, but not yet searchable" in stderr.getvalue()
    # Every article waits in the queue (some twice: a department renamed by a later
    # page queues its earlier articles again).
    queued = set(PendingIndexUpdate.objects.values_list("article_id", flat=True))
    assert queued == set(Article.objects.values_list("pk", flat=True)) and queued
