"""`/healthz` says whether the database and the search index answer, cheaply and
without writing anything."""

import shutil
from pathlib import Path

import pytest
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext

from search.queue import enqueue
from tests.archive.factories import make_article
from tests.search.conftest import index_all

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(search_backend):
    article = make_article(title="夜市开张", body="本报讯 大沙河桥夜市开张。")
    index_all()
    return article


def test_healthy_answers_200_with_the_queue_length_and_writes_nothing(client, indexed):
    enqueue([indexed.pk])
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "search_index": "ok", "pending_index_updates": 1}
    assert len(queries) <= 2
    assert all(q["sql"].lstrip().upper().startswith("SELECT") for q in queries)
    assert "no-cache" in response["Cache-Control"]


def test_a_missing_index_answers_503(client, search_backend):
    shutil.rmtree(search_backend.path, ignore_errors=True)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["search_index"].startswith("error: no index")
    assert response.json()["database"] == "ok"


@pytest.mark.parametrize("damage", ["*", "*.trm", "*.col"])
def test_a_corrupt_index_answers_503_without_telling_where_it_lives(
    client, indexed, search_backend, damage
):
    # Every file, the term table, or the columns a search reads.
    for path in Path(search_backend.path).glob(damage):
        path.write_bytes(b"\x00garbage" * 512)
    search_backend.setup_complete = False  # as in a worker that has not opened it yet
    response = client.get("/healthz")
    assert response.status_code == 503
    status = response.json()["search_index"]
    assert status.startswith("error: ") and search_backend.path not in status


def test_a_database_that_does_not_answer_gives_503(client, indexed, monkeypatch):
    def fail(*args, **kwargs):
        raise OperationalError("unable to open database file")

    monkeypatch.setattr(connection, "cursor", fail)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {
        "database": "error: OperationalError",
        "search_index": "ok",
        "pending_index_updates": None,
    }
