"""The cases of tests/search/seed_queries.json, through the search page, on OpenSearch:
the same articles as on Whoosh for every query, or an entry in search/README.md's
"what differs" list."""

from io import StringIO

import pytest
from django.core.management import call_command
from haystack.query import SearchQuerySet

from archive.models import Article
from search.queue import process_queue
from tests.search.test_seed_queries import CASES, SEEDS, answers

from .conftest import external_index

pytestmark = [
    pytest.mark.filterwarnings("ignore:The 'body' parameter is deprecated"),
    # pytest-django makes the test database only for a run that holds a test using it.
    pytest.mark.django_db,
]


@pytest.fixture(scope="module")
def seed_archive(django_db_setup, django_db_blocker, opensearch):
    """The seed pages ingested once for the module, indexed through the queue."""
    with django_db_blocker.unblock(), external_index(opensearch, "seeds") as backend:
        try:
            call_command("ingest", str(SEEDS), stdout=StringIO(), stderr=StringIO())
            assert process_queue(wait=True) == 0
            assert SearchQuerySet().models(Article).count() == Article.objects.count()
            yield backend
        finally:
            call_command("flush", interactive=False, verbosity=0)


@pytest.mark.parametrize("case", CASES, ids=[c["query"] or str(c.get("params")) for c in CASES])
def test_seed_query(case, seed_archive, client):
    response = answers(client, case)
    if "correction" in case:  # Whoosh's only (README: what differs): none offered here
        assert response.context["correction"] is None
