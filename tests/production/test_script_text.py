"""A page whose text holds `<script>` is shown as text everywhere: reader pages, the
page's source, search results with their marked snippets, the feed, the admin. The
JSON and CSV exports carry the text exactly, as data that no browser renders."""

import csv
import io
import json
import xml.etree.ElementTree as ET
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from archive.models import Article, Person
from tests.search.conftest import index_all

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
PAGE = f"""2021年7月9日 星期五
高新区召开营商环境推进会{SCRIPT}
本报讯 7月8日，高新区召开优化营商环境推进会{SCRIPT}，部署下半年重点工作。会议要求各部门提高服务效率。
记者 孙庆辉 通讯员 黄梦玮
"""


@pytest.fixture
def article(tmp_path, search_backend):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    manifest = {"defaults": {"publication": f"高新时报{SCRIPT}", "zone": "郑州高新区"}}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    call_command("ingest", str(tmp_path / "page.txt"), stdout=StringIO())
    index_all()
    article = Article.objects.select_related("issue__publication").get()
    assert SCRIPT in article.title and SCRIPT in article.body  # stored as printed
    return article


def html_pages(article):
    issue, day = article.issue, article.issue.date
    at = {"day": day, "page": issue.page_slug}
    return [
        reverse("archive:home"),
        reverse("archive:day-detail", kwargs={"day": day}),
        issue.get_absolute_url(),
        reverse("archive:issue-source", kwargs=at),
        article.get_absolute_url(),
        reverse("archive:article-source", kwargs={**at, "position": article.position}),
        Person.objects.get(name="孙庆辉").get_absolute_url(),
        issue.publication.get_absolute_url(),
        reverse("archive:publication-list"),
        reverse("search:search") + "?q=推进会",
        reverse("search:search") + "?q=alert",
        reverse("search:search") + f"?q={SCRIPT}",
    ]


def test_reader_pages_and_search_results_show_it_as_text(client, article):
    for url in html_pages(article):
        response = client.get(url)
        body = response.content.decode()
        assert response.status_code == 200, url
        assert SCRIPT not in body, url
        assert ESCAPED in body, url


def test_a_marked_snippet_escapes_around_the_marks(client, article):
    body = client.get(reverse("search:search"), {"q": "alert"}).content.decode()
    assert "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;" in body
    body = client.get(reverse("search:search"), {"q": "推进会"}).content.decode()
    assert f"<mark>推进会</mark>{ESCAPED}" in body


def test_the_feed_escapes_it_and_reads_back_as_the_text(client, article):
    response = client.get(reverse("archive:feed"))
    body = response.content.decode()
    assert SCRIPT not in body and ESCAPED in body
    atom = "{http://www.w3.org/2005/Atom}"
    entry = ET.fromstring(response.content).find(f"{atom}entry")
    assert SCRIPT in entry.find(f"{atom}title").text


def test_json_and_csv_carry_the_exact_text_as_data(client, article):
    issue, day = article.issue, article.issue.date
    at = {"day": day, "page": issue.page_slug}
    response = client.get(
        reverse("archive:article-json", kwargs={**at, "position": article.position})
    )
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert json.loads(response.content)["title"] == article.title

    response = client.get(reverse("archive:issue-csv", kwargs=at))
    assert response["Content-Type"].startswith("text/csv")
    assert response["X-Content-Type-Options"] == "nosniff"
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert article.title in [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_the_admin_shows_it_as_text(admin_client, article):
    for url in (
        reverse("admin:archive_article_changelist"),
        reverse("admin:archive_article_change", args=[article.pk]),
        reverse("admin:archive_issue_change", args=[article.issue.pk]),
    ):
        response = admin_client.get(url)
        body = response.content.decode()
        assert response.status_code == 200, url
        assert SCRIPT not in body, url
        assert ESCAPED in body, url
