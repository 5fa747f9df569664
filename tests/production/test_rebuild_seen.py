"""Every rebuild of the index is seen by every worker at its next search, even one that
ends at the same table-of-contents generation the worker has open (a rebuild starts
the generation again from nothing)."""

import pytest

from archive.models import Article
from search.indexcheck import rebuild_index
from search.whoosh.backend import ChineseWhooshSearchBackend
from tests.archive.factories import make_article
from tests.production.test_check_index import found
from tests.search.conftest import index_all

pytestmark = pytest.mark.django_db


def test_a_worker_sees_a_rebuild_that_ends_at_its_generation(search_backend):
    worker = search_backend  # the backend a web worker holds, its searcher open
    night = make_article(title="夜市开张", body="本报讯 大沙河桥夜市开张。")
    make_article(title="预算培训", body="本报讯 财政金融局举办预算绩效管理培训。")
    index_all()
    assert found(worker, "夜市") == {night.pk}
    generation = worker.searcher().reader().generation()

    # Another process (check_index --fix, restore) rebuilds from a database that
    # changed meanwhile without queueing (a restore, a loaddata).
    Article.objects.filter(pk=night.pk).update(title="早市开张", body="本报讯 早市开张。")
    other = ChineseWhooshSearchBackend("default", PATH=search_backend.path)
    rebuild_index(other)
    with other.index.refresh().searcher() as fresh:
        assert fresh.reader().generation() == generation  # the case that was missed

    assert found(worker, "夜市") == set()
    assert found(worker, "早市") == {night.pk}
