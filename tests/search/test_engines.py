"""Another search engine by configuration: BAOKAN_SEARCH_URL, the Elasticsearch backend,
the engine-neutral search and queue.

No Elasticsearch runs here. The backend is haystack's, with our settings, and its real
client; only the client's transport is replaced, so the tests see each HTTP request
(method, path, body) that would reach the engine and answer it as Elasticsearch 7 would.
"""

import datetime
import json
import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from io import StringIO
from pathlib import Path

import elasticsearch
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.test import override_settings
from haystack import connections

from archive.models import Article, CreditRole
from search import engine
from search.config import haystack_connections
from search.elastic import FACET_SIZE, ChineseElasticsearchBackend
from search.models import PendingIndexUpdate
from search.queries import parse
from search.queue import enqueue, process_queue

from .conftest import make_indexed_article

# haystack 3.4 calls the Elasticsearch 7 client the old way (a `body=`): still supported.
pytestmark = pytest.mark.filterwarnings("ignore:The 'body' parameter is deprecated")

ROOT = Path(__file__).resolve().parents[2]
ES_URL = "elasticsearch://es.test:9200/baokan"
FACETS = ["year", "publication", "column", "person", "department"]


# -- BAOKAN_SEARCH_URL ----------------------------------------------------------------


def test_unset_is_the_embedded_whoosh_index(tmp_path):
    expected = {
        "default": {
            "ENGINE": "search.whoosh.backend.ChineseWhooshEngine",
            "PATH": str(tmp_path / "whoosh_index"),
        }
    }
    assert haystack_connections(None, tmp_path) == expected
    assert haystack_connections("  ", tmp_path) == expected


def test_a_whoosh_url_names_the_folder(tmp_path):
    got = haystack_connections("whoosh:///srv/baokan/index", tmp_path)
    assert got["default"] == {
        "ENGINE": "search.whoosh.backend.ChineseWhooshEngine",
        "PATH": "/srv/baokan/index",
    }


@pytest.mark.parametrize(
    "url, server, index_name",
    [
        ("elasticsearch://es.example:9201/news", "http://es.example:9201/", "news"),
        ("elasticsearch://es.example", "http://es.example:9200/", "baokan"),
        ("elasticsearch+http://10.0.0.5/", "http://10.0.0.5:9200/", "baokan"),
        (
            "elasticsearch+https://baokan:s%40cret@es.example:9243/archive-2024",
            "https://baokan:s%40cret@es.example:9243/",
            "archive-2024",
        ),
        ("elasticsearch://[::1]:9200/baokan", "http://[::1]:9200/", "baokan"),
    ],
)
def test_an_elasticsearch_url(tmp_path, url, server, index_name):
    got = haystack_connections(url, tmp_path)["default"]
    assert got["ENGINE"] == "search.elastic.ChineseElasticsearchEngine"
    assert (got["URL"], got["INDEX_NAME"]) == (server, index_name)
    # Errors must reach the queue (to retry) and /healthz, not only the log.
    assert got["SILENTLY_FAIL"] is False


@pytest.mark.parametrize(
    "url, reason",
    [
        ("solr://solr.example:8983/solr/baokan", "use elasticsearch://host:9200/index"),
        ("es.example:9200", "use elasticsearch://host:9200/index"),
        ("elasticsearch:///baokan", "no host"),
        ("elasticsearch://es.example:92x0/baokan", "Port could not be cast"),
        ("elasticsearch://es.example/Baokan", "'Baokan' cannot name an Elasticsearch index"),
        ("elasticsearch://es.example/a/b", "'a/b' cannot name an Elasticsearch index"),
        ("elasticsearch://es.example/_baokan", "cannot name an Elasticsearch index"),
        ("whoosh://relative/path", "whoosh:///absolute/path"),
        ("elasticsearch://baokan@es.example/baokan", "a login is user:password@"),
    ],
)
def test_a_bad_url_says_which_variable_and_why(tmp_path, url, reason):
    with pytest.raises(ImproperlyConfigured) as error:
        haystack_connections(url, tmp_path)
    message = str(error.value)
    assert message.startswith(f"BAOKAN_SEARCH_URL={url!r} is not a search engine address")
    assert reason in message


def test_a_bad_url_never_repeats_the_password(tmp_path):
    with pytest.raises(ImproperlyConfigured) as error:
        haystack_connections("elasticsearch://admin:hunter2@es.example/Bad", tmp_path)
    assert "hunter2" not in str(error.value)
    assert "elasticsearch://admin:***@es.example/Bad" in str(error.value)


def _settings_process(tmp_path, args, **env):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "BAOKAN_"))}
    full_env.update(DJANGO_SETTINGS_MODULE="archive.settings", BAOKAN_DATA_DIR=str(tmp_path))
    full_env.update(env)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=full_env, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    "url, expected",
    [
        (
            None,
            {"ENGINE": "search.whoosh.backend.ChineseWhooshEngine", "PATH": "{data}/whoosh_index"},
        ),
        (
            ES_URL,
            {
                "ENGINE": "search.elastic.ChineseElasticsearchEngine",
                "URL": "http://es.test:9200/",
                "INDEX_NAME": "baokan",
                "SILENTLY_FAIL": False,
                "TIMEOUT": 30,
            },
        ),
    ],
)
def test_the_settings_read_the_variable(tmp_path, url, expected):
    code = "import json, archive.settings as s; print(json.dumps(s.HAYSTACK_CONNECTIONS))"
    env = {"BAOKAN_SEARCH_URL": url} if url else {}
    result = _settings_process(tmp_path, ["-c", code], **env)
    assert result.returncode == 0, result.stderr
    expected = {k: v.format(data=tmp_path) if k == "PATH" else v for k, v in expected.items()}
    assert json.loads(result.stdout) == {"default": expected}


def test_a_bad_url_stops_start_up_with_its_message(tmp_path):
    result = _settings_process(tmp_path, ["manage.py", "check"], BAOKAN_SEARCH_URL="redis://x")
    assert result.returncode != 0
    assert "BAOKAN_SEARCH_URL='redis://x' is not a search engine address" in result.stderr


# -- Elasticsearch, its transport faked ------------------------------------------------


class FakeElasticsearch:
    """Stands in for the HTTP transport: records requests, answers like Elasticsearch 7."""

    def __init__(self):
        self.requests = []
        self.params = []
        self.matches = []  # the django_ids every search matches, best first
        self.buckets = {}
        self.fail = None

    def __call__(self, method, url, headers=None, params=None, body=None):
        if self.fail:
            raise self.fail
        if isinstance(body, str):  # the bulk API's newline-delimited JSON
            body = [json.loads(line) for line in body.splitlines() if line]
        self.requests.append((method, url, body))
        self.params.append(params or {})
        if url.endswith("/_mapping") and method == "GET":
            raise elasticsearch.NotFoundError(404, "index_not_found_exception", {})
        if url.endswith("/_bulk"):
            return {"errors": False, "items": [{"index": {"status": 201}} for _ in body[::2]]}
        if url.endswith("/_search"):
            return self.search_response(body, params or {})
        return {"acknowledged": True}

    def search_response(self, body, params):
        # A search sends its page in the body, a "more like this" in the parameters.
        start = int(body.get("from", params.get("from", 0)))
        size = int(body.get("size", params.get("size", 10)))
        hits = [
            {
                "_index": "baokan",
                "_id": f"archive.article.{pk}",
                "_score": 1.0,
                "_source": {"django_ct": "archive.article", "django_id": str(pk)},
            }
            for pk in self.matches[start : start + size]
        ]
        aggregations = {
            name: {
                "meta": {"_type": "terms"},
                "buckets": [{"key": k, "doc_count": n} for k, n in self.buckets.get(name, [])],
            }
            for name in body.get("aggs", {})
        }
        return {"hits": {"total": {"value": len(self.matches), "relation": "eq"}, "hits": hits}} | (
            {"aggregations": aggregations} if aggregations else {}
        )

    def sent(self, method, suffix):
        return [body for m, url, body in self.requests if m == method and url.endswith(suffix)]


@contextmanager
def elasticsearch_index():
    """haystack's default connection on Elasticsearch, as BAOKAN_SEARCH_URL sets it."""
    config = haystack_connections(ES_URL, "/nonexistent")
    fake = FakeElasticsearch()
    saved = connections.connections_info
    with override_settings(HAYSTACK_CONNECTIONS=config):
        connections.connections_info = config
        connections.reload("default")
        try:
            backend = connections["default"].get_backend()
            backend.conn.transport.perform_request = fake
            yield backend, fake
        finally:
            connections.connections_info = saved
            connections.reload("default")


@pytest.fixture
def es():
    with elasticsearch_index() as (backend, fake):
        yield backend, fake


def test_haystack_builds_our_backend_with_the_chinese_analyzer(es):
    backend, fake = es
    assert isinstance(backend, ChineseElasticsearchBackend)
    assert backend.index_name == "baokan"
    backend.setup()
    [settings] = fake.sent("PUT", "/baokan")
    analysis = settings["settings"]["analysis"]
    index_analyzer = analysis["analyzer"]["baokan_cjk_index"]
    search_analyzer = analysis["analyzer"]["baokan_cjk_search"]
    assert index_analyzer["tokenizer"] == search_analyzer["tokenizer"] == "standard"
    unigrams = analysis["filter"][index_analyzer["filter"][-1]]
    bigrams = analysis["filter"][search_analyzer["filter"][-1]]
    assert unigrams == {"type": "cjk_bigram", "output_unigrams": True}
    assert bigrams == {"type": "cjk_bigram", "output_unigrams": False}

    [mapping] = fake.sent("PUT", "/baokan/_mapping")
    fields = mapping["properties"]
    for name in ("text", "title"):
        assert fields[name] == {
            "type": "text",
            "analyzer": "baokan_cjk_index",
            "search_analyzer": "baokan_cjk_search",
        }
    for name in ("year", "publication", "column", "credit", "person", "department"):
        assert fields[name] == {"type": "keyword"}
    assert fields["date"] == {"type": "date"}


def test_update_sends_each_article_as_a_bulk_document(db, es):
    backend, fake = es
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
    backend.update(index, list(index.load(Article.objects.all())))

    [actions] = fake.sent("PUT", "/baokan/_bulk") or fake.sent("POST", "/baokan/_bulk")
    action, doc = actions
    assert action == {"index": {"_id": f"archive.article.{article.pk}"}}
    assert doc["django_id"] == str(article.pk)
    assert doc["django_ct"] == "archive.article"
    assert doc["title"] == "高新区污染源普查"
    # Folded as the reader's query is: traditional and full-width characters.
    assert "本报讯 预算绩效管理培训,abc公司参加。" in doc["text"]
    assert doc["date"] == "2021-07-01T00:00:00"
    assert doc["year"] == "2021"
    assert doc["column"] == "高新区动态"
    assert doc["credit"] == ["孙庆辉", "reporter:孙庆辉"]
    assert doc["person"] == ["孙庆辉", "阿志强"]
    assert doc["department"] == ["高新区财政金融局"]
    assert fake.sent("POST", "/baokan/_refresh")


def test_run_search_asks_elasticsearch_what_it_asks_whoosh(db, es):
    backend, fake = es
    fake.matches = list(range(101, 143))
    fake.buckets = {"year": [("2021", 30), ("2020", 12)], "person": [("孙庆辉", 5)]}
    parsed = parse('污染源普查 "预算绩效管理" -焦作 记者:孫慶輝 栏目:高新区动态')
    filters = {
        "publication": "郑州高新时报",
        "person": "王玲玲",
        "start": datetime.date(2021, 1, 1),
        "end": datetime.date(2021, 12, 31),
    }

    outcome = engine.run_search(parsed, filters, sort="newest", offset=20, limit=20, facets=FACETS)

    assert outcome.pks == list(range(121, 141))
    assert outcome.total == 42
    assert outcome.facets["year"] == [("2021", 30), ("2020", 12)]
    assert outcome.facets["person"] == [("孙庆辉", 5)]
    assert outcome.facets["department"] == []
    [body] = fake.sent("POST", "/baokan/_search")  # one request: page, total and facets
    query = body["query"]["bool"]["must"]["query_string"]
    assert query["default_field"] == "text"
    assert query["default_operator"] == "AND"
    assert query["query"] == (
        '((("污染源") AND ("普查")) AND ("预算绩效管理") AND credit:("reporter\\:孙庆辉") '
        'AND column:("高新区动态") AND NOT (("焦作")) AND publication:("郑州高新时报") '
        'AND person:("王玲玲") AND date:(["2021-01-01T00:00:00" TO *]) '
        'AND date:([* TO "2021-12-31T00:00:00"]))'
    )
    assert body["query"]["bool"]["filter"] == {"terms": {"django_ct": ["archive.article"]}}
    assert body["sort"] == [{"date": {"order": "desc"}}]
    assert (body["from"], body["size"], body["track_total_hits"]) == (20, 20, True)
    assert body["aggs"]["year"]["terms"] == {"field": "year", "size": FACET_SIZE}
    assert set(body["aggs"]) == set(FACETS)


@pytest.mark.parametrize(
    "q, fragment",
    [
        # Reserved characters are escaped, never parsed as query syntax.
        ('"a+b(c)"', r'("a\+b\(c\)")'),
        ('"10:30 AND x"', r'("10\:30 and x")'),
        ("C++ 夜市", r'(("c\+\+") AND ("夜市"))'),
        ('"x\\"', r'("x\\")'),
        ("报纸:郑州高新時報", 'publication:("郑州高新時報") OR publication:("郑州高新时报")'),
        ("标题:夜市", 'title:("夜市")'),
        ("单位:高新区财政金融局", 'department_names:("高新区财政金融局")'),
    ],
)
def test_run_search_escapes_what_readers_type(db, es, q, fragment):
    backend, fake = es
    engine.run_search(parse(q), {}, limit=20)
    [body] = fake.sent("POST", "/baokan/_search")
    assert fragment in body["query"]["bool"]["must"]["query_string"]["query"]


def test_filters_alone_match_everything_they_allow(db, es):
    backend, fake = es
    engine.run_search(parse(""), {"year": "2021"}, sort="oldest")
    [body] = fake.sent("POST", "/baokan/_search")
    assert body["query"]["bool"]["must"]["query_string"]["query"] == 'year:("2021")'
    assert body["sort"] == [{"date": {"order": "asc"}}]


def test_the_search_page_reads_results_from_elasticsearch(db, es, client):
    backend, fake = es
    article = make_indexed_article(title="吕沛调研大沙河桥夜市", body="本报讯 夜市经营秩序。")
    fake.matches = [article.pk, 999_999]  # one the database no longer has: skipped
    fake.buckets = {"year": [("2021", 2)]}
    response = client.get("/search/", {"q": "夜市"})
    assert response.status_code == 200
    assert [r["article"] for r in response.context["results"]] == [article]
    assert response.context["total"] == 2
    assert response.context["facets"][0]["items"][0]["value"] == "2021"


def test_an_engine_that_does_not_answer_gives_503(db, es, client):
    backend, fake = es
    fake.fail = elasticsearch.ConnectionError("N/A", "refused", None)
    response = client.get("/search/", {"q": "夜市"})
    assert response.status_code == 503
    health = client.get("/healthz")
    assert health.status_code == 503
    assert health.json()["search_index"] == "error: ConnectionError"


def test_healthz_asks_elasticsearch(db, es, client):
    backend, fake = es
    response = client.get("/healthz")
    assert response.status_code == 200, response.json()
    assert fake.sent("POST", "/baokan/_search")


def test_more_like_this_asks_elasticsearch(db, es):
    backend, fake = es
    article, other = (make_indexed_article(title="夜市开张") for _ in range(2))
    fake.matches = [other.pk, 999_999]
    assert engine.more_like_this(article, limit=4) == [other]
    [body] = fake.sent("POST", "/baokan/_search")
    like = body["query"]["bool"]["must"]["more_like_this"]
    assert like["like"] == [{"_index": "baokan", "_id": f"archive.article.{article.pk}"}]
    assert like["fields"] == ["text"]
    assert fake.params[-1]["size"] == "4"


def test_more_like_this_is_empty_while_the_engine_is_down(db, es):
    backend, fake = es
    fake.fail = elasticsearch.ConnectionError("N/A", "refused", None)
    assert engine.more_like_this(make_indexed_article(title="夜市开张")) == []


def test_check_index_says_to_rebuild_instead(db, es):
    with pytest.raises(CommandError, match="rebuild_index"):
        call_command("check_index", stdout=StringIO(), stderr=StringIO())


# -- the queue through another engine --------------------------------------------------


def test_the_queue_updates_and_deletes_through_elasticsearch(db, es):
    backend, fake = es
    kept = make_indexed_article(title="夜市开张", body="本报讯 夜市开张。")
    gone = make_indexed_article(title="夜市关门", body="本报讯 夜市关门。")
    gone_pk = gone.pk
    gone.delete()
    enqueue([kept.pk, gone_pk])

    assert process_queue(wait=True) == 2

    assert PendingIndexUpdate.objects.count() == 0
    bulk = fake.sent("PUT", "/baokan/_bulk") or fake.sent("POST", "/baokan/_bulk")
    assert [doc["django_id"] for actions in bulk for doc in actions[1::2]] == [str(kept.pk)]
    assert [url for m, url, _b in fake.requests if m == "DELETE"] == [
        f"/baokan/_doc/archive.article.{gone_pk}"
    ]


def test_a_failed_write_keeps_the_queue(db, es):
    backend, fake = es
    article = make_indexed_article(title="夜市开张", body="本报讯 夜市开张。")
    enqueue([article.pk])
    fake.fail = elasticsearch.ConnectionError("N/A", "refused", None)
    with pytest.raises(elasticsearch.ConnectionError):
        process_queue(wait=True)
    assert PendingIndexUpdate.objects.count() == 1


def test_one_writer_applies_the_queue_at_a_time(db, es):
    backend, fake = es
    make_indexed_article(title="夜市开张", body="本报讯 夜市开张。")
    enqueue(Article.objects.values_list("pk", flat=True))
    holding, release = threading.Event(), threading.Event()

    def writer():  # another worker, applying the queue
        with backend.writing():
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
