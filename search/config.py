"""Which search engine holds the index, from one variable: `BAOKAN_SEARCH_URL`.

    (unset)                                   the embedded Whoosh index in BAOKAN_DATA_DIR
    whoosh:///srv/baokan/index                a Whoosh index somewhere else
    elasticsearch://host:9200/baokan          Elasticsearch 7, index `baokan`
    elasticsearch+https://user:pw@host/baokan the same over HTTPS, with a login
    elasticsearch://es1:9200,es2:9200/baokan  a cluster: the client asks the next node
                                              when one does not answer

Pure: reads no settings and imports no engine, so `archive/settings.py` can call it.
"""

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

VARIABLE = "BAOKAN_SEARCH_URL"
WHOOSH_ENGINE = "search.whoosh.backend.ChineseWhooshEngine"
ELASTICSEARCH_ENGINE = "search.elastic.ChineseElasticsearchEngine"
DEFAULT_INDEX_NAME = "baokan"
# Elasticsearch's rules for an index name: lowercase, none of \ / * ? " < > | , # : or
# space, not starting with - _ +.
INDEX_NAME_RE = re.compile(r'^(?![-_+])[^A-Z\\/*?"<>|,#:\s]{1,255}$')
SCHEMES = {
    "elasticsearch": "http",
    "elasticsearch+http": "http",
    "elasticsearch+https": "https",
}


def haystack_connections(url, data_dir):
    """HAYSTACK_CONNECTIONS for `url` (the value of BAOKAN_SEARCH_URL, maybe empty)."""
    url = (url or "").strip()
    if not url:
        return _whoosh(Path(data_dir) / "whoosh_index")
    scheme, sep, rest = url.partition("://")
    netloc, slash, path = rest.partition("/")
    if sep and "," in netloc and scheme in SCHEMES:
        # Several nodes of one cluster: each read as an address of its own.
        login, at, hosts = netloc.rpartition("@")
        configs = [
            haystack_connections(f"{scheme}://{login}{at}{host}{slash}{path}", data_dir)
            for host in hosts.split(",")
        ]
        config = configs[0]
        config["default"]["URL"] = [c["default"]["URL"] for c in configs]
        return config
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:  # an unparsable port or address
        raise _bad(url, str(exc)) from None
    if parts.scheme == "whoosh":
        if parts.netloc or not parts.path.startswith("/"):
            raise _bad(url, "a Whoosh index is a folder: whoosh:///absolute/path")
        return _whoosh(Path(unquote(parts.path)))
    if parts.scheme not in SCHEMES:
        raise _bad(url, "use elasticsearch://host:9200/index, or whoosh:///path, or unset it")
    if not parts.hostname:
        raise _bad(url, "no host: write elasticsearch://host:9200/index")
    index_name = parts.path.strip("/") or DEFAULT_INDEX_NAME
    if not INDEX_NAME_RE.match(index_name) or index_name in (".", ".."):
        raise _bad(
            url,
            f"{index_name!r} cannot name an Elasticsearch index (lowercase, no slashes, "
            'no \\ * ? " < > | , # : or spaces)',
        )
    login = ""
    if parts.username is not None or parts.password is not None:
        if not (parts.username and parts.password):
            raise _bad(url, "a login is user:password@ (percent-encode @ : / inside them)")
        login = f"{parts.username}:{parts.password}@"
    host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    return {
        "default": {
            "ENGINE": ELASTICSEARCH_ENGINE,
            "URL": f"{SCHEMES[parts.scheme]}://{login}{host}:{port or 9200}/",
            "INDEX_NAME": index_name,
            # haystack's default logs and swallows engine errors: the queue would then
            # drop updates it failed to send, and /healthz would say ok to a dead engine.
            "SILENTLY_FAIL": False,
            "TIMEOUT": 30,
        }
    }


def _whoosh(path):
    return {"default": {"ENGINE": WHOOSH_ENGINE, "PATH": str(path)}}


def _bad(url, reason):
    # The message may reach a log: never repeat a password.
    shown = re.sub(r"(//[^/:@]*:)[^/@]*@", r"\1***@", url)
    return ImproperlyConfigured(f"{VARIABLE}={shown!r} is not a search engine address: {reason}.")
