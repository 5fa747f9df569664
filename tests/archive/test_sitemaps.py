"""sitemap.xml: an index of every file of every section, each file at most `limit` URLs,
and every URL the one its object names (archive/sitemaps.py)."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from archive.models import Article, Department, Issue, Person, Publication
from archive.sitemaps import ArticleSitemap, IssueSitemap, PersonSitemap

from .factories import make_article, make_department, make_issue, make_person, make_publication

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ORIGIN = "http://testserver"


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml"
    assert response["X-Robots-Tag"] == "noindex, noodp, noarchive"
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return ET.fromstring(body)


def locs(tree):
    return [loc.text for loc in tree.iter(f"{SITEMAP}loc")]


def every_url(client):
    """{section file URL: [URLs]} for every file the index names."""
    return {
        url: locs(fetch(client, url.removeprefix(ORIGIN)))
        for url in locs(fetch(client, "/sitemap.xml"))
    }


def test_sitemap_index_and_sections(client, small_archive):
    sections = locs(fetch(client, "/sitemap.xml"))
    assert "http://testserver/sitemap-articles.xml" in sections
    articles = set(locs(fetch(client, "/sitemap-articles.xml")))
    assert f"http://testserver{small_archive['training'].get_absolute_url()}" in articles
    assert len(articles) == 4
    assert len(locs(fetch(client, "/sitemap-people.xml"))) == 3


def test_every_url_is_the_one_its_object_names(client, small_archive):
    # A page whose address carries its paper's slug (another paper's 第2版 that day),
    # a page without a date, a page without a 版次.
    other = make_publication(name="测试时报", slug="测试时报")
    make_article(make_issue(other, datetime.date(2021, 7, 9), "第2版"))
    make_article(make_issue(other, None, "第3版"))
    make_article(make_issue(other, datetime.date(2021, 7, 10), ""))
    make_department()
    found = every_url(client)
    listed = sorted(url for urls in found.values() for url in urls)
    objects = [Article, Issue, Person, Department, Publication]
    named = [ORIGIN + obj.get_absolute_url() for model in objects for obj in model.objects.all()]
    pages = [ORIGIN + path for path in ("/", "/dates/", "/people/", "/departments/", "/papers/")]
    assert listed == sorted(named + pages)
    assert any("%E6%B5%8B" in url for url in listed)  # 测试时报, quoted as reverse() quotes it
    assert any("/undated/" in url for url in listed)


def test_files_split_at_the_limit(client, small_archive, monkeypatch):
    for n in range(7):
        make_article(small_archive["training"].issue, position=10 + n)
    Article.objects.filter(pk=Article.objects.order_by("pk")[3].pk).delete()  # a gap
    monkeypatch.setattr(ArticleSitemap, "limit", 3)
    found = every_url(client)
    files = [url for url in found if "sitemap-articles" in url]
    first, last = Article.objects.order_by("pk")[0].pk, Article.objects.order_by("-pk")[0].pk
    assert len(files) == (last - first) // 3 + 1 >= 3
    assert files[0] == f"{ORIGIN}/sitemap-articles.xml"
    assert files[1] == f"{ORIGIN}/sitemap-articles.xml?p=2"
    assert all(len(found[url]) <= 3 for url in files)
    listed = [url for url in files for url in found[url]]
    assert sorted(listed) == sorted(ORIGIN + a.get_absolute_url() for a in Article.objects.all())
    # the other sections keep their own limit: one file each
    assert sum("sitemap-people" in url for url in found) == 1


@pytest.mark.parametrize("page", ["0", "3", "x", "-1", "1.0", "99999999999999999999"])
def test_a_file_past_the_last_or_not_a_number_is_404(client, small_archive, monkeypatch, page):
    monkeypatch.setattr(IssueSitemap, "limit", 2)  # three pages: two files
    assert client.get(f"/sitemap-issues.xml?p={page}").status_code == 404
    assert client.get("/sitemap-issues.xml?p=2").status_code == 200
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_an_empty_archive_has_a_sitemap(client, db):
    assert locs(fetch(client, "/sitemap-articles.xml")) == []
    assert f"{ORIGIN}/sitemap-articles.xml" in locs(fetch(client, "/sitemap.xml"))


@pytest.mark.parametrize(
    "url, bound",
    [
        ("/sitemap.xml", 8),  # two a section of rows: its first and last key
        ("/sitemap-articles.xml", 5),
        ("/sitemap-issues.xml", 5),
        ("/sitemap-people.xml", 5),
    ],
)
def test_sitemaps_take_a_bounded_number_of_queries(
    client, big_archive, django_assert_max_num_queries, url, bound
):
    with django_assert_max_num_queries(bound):
        fetch(client, url)


def test_people_split_into_files_too(client, db, monkeypatch):
    people = [make_person() for _ in range(5)]
    monkeypatch.setattr(PersonSitemap, "limit", 2)
    urls = every_url(client)
    assert sorted(u for f, us in urls.items() if "people" in f for u in us) == sorted(
        ORIGIN + p.get_absolute_url() for p in people
    )
