"""The external search engine, for real: one OpenSearch 2.19 node for the whole test
session (bench/opensearch_node.py), and haystack's default connection pointed at an index of its own
there, as `BAOKAN_SEARCH_URL=elasticsearch://127.0.0.1:PORT/NAME` sets it.

`search_backend` is overridden here, so tests collected in this folder that use it,
or the `small_corpus` built on it, run on OpenSearch instead of Whoosh.
"""

import itertools
from contextlib import contextmanager

import pytest

from bench.opensearch_node import OpenSearchNode
from search.config import haystack_connections

from ..conftest import haystack_pointed_at

_names = itertools.count(1)


@pytest.fixture(scope="session")
def opensearch():
    """One node for the session: started on first use, stopped at the end."""
    node = OpenSearchNode()
    try:
        node.start()
        yield node
    finally:
        node.stop()


def search_url(node, index_name):
    return f"elasticsearch://127.0.0.1:{node.http_port}/{index_name}"


@contextmanager
def external_index(node, index_name=None):
    """haystack's default connection on a fresh index of `node`; the index is deleted
    afterwards."""
    index_name = index_name or f"test-{next(_names)}"
    config = haystack_connections(search_url(node, index_name), "/nonexistent")
    with haystack_pointed_at(config) as backend:
        try:
            yield backend
        finally:
            node.request("DELETE", f"/{index_name}")


@pytest.fixture
def search_backend(opensearch):
    """The search backend, writing to an index of its own on the session's node."""
    with external_index(opensearch) as backend:
        yield backend
