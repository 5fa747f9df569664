"""Another search engine by configuration: how BAOKAN_SEARCH_URL is read.

What the Elasticsearch backend then does is tested against a real OpenSearch node, in
tests/search/external/.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from search.config import haystack_connections

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


def test_an_elasticsearch_url_may_name_every_node_of_a_cluster(tmp_path):
    url = "elasticsearch+https://baokan:pw@es1.example,es2.example:9243/news"
    got = haystack_connections(url, tmp_path)["default"]
    assert got["URL"] == [
        "https://baokan:pw@es1.example:9200/",
        "https://baokan:pw@es2.example:9243/",
    ]
    assert got["INDEX_NAME"] == "news"


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
