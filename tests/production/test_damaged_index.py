"""A postings file cut short (a full disk, an interrupted copy): searches answer 503,
article pages still answer (without "more like this"), `/healthz` says the index is
damaged, and `check_index` finds it without `--deep` and `--fix` rebuilds it."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.archive.factories import make_article, make_issue
from tests.search.conftest import index_all

pytestmark = pytest.mark.django_db

SENTENCES = [
    "高新区财政金融局举办预算绩效管理培训班",
    "大沙河桥夜市经营秩序安全管理工作",
    "污染源普查工作获全省通报表扬",
    "专项债券申报管理工作助力经开快速发展",
]


@pytest.fixture
def truncated(search_backend):
    """Twenty articles sharing words, indexed, then every postings file cut to a third."""
    issue = make_issue()
    articles = [
        make_article(
            issue,
            position=n + 1,
            title=SENTENCES[n % 4],
            body=f"本报讯 {SENTENCES[n % 4]}，{SENTENCES[(n + 1) % 4]}。第{n}期。",
        )
        for n in range(20)
    ]
    index_all()
    files = list(Path(search_backend.path).glob("*.pst"))
    assert files
    for path in files:
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    search_backend.setup()  # as a worker opening the damaged files would
    return articles


def test_article_pages_answer_and_health_reports_the_damage(client, truncated):
    client.raise_request_exception = False
    for article in truncated:
        assert client.get(article.get_absolute_url()).status_code == 200
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["search_index"].startswith("error: damaged")


def test_check_index_without_deep_finds_a_truncated_postings_file(truncated):
    err = StringIO()
    with pytest.raises(CommandError, match="1 problem"):
        call_command("check_index", stdout=StringIO(), stderr=err)
    assert "corrupt:" in err.getvalue() and ".pst" in err.getvalue()
    out = StringIO()
    call_command("check_index", "--fix", stdout=out, stderr=StringIO())
    assert "rebuilt the search index" in out.getvalue() and "search index ok" in out.getvalue()
