"""What every page shares, and the site-wide files: the feed, error pages (the sitemap:
test_sitemaps.py)."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.template.loader import render_to_string
from django.test import override_settings

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_every_page_has_the_shared_frame(client, small_archive):
    html = client.get("/2021/").content.decode()
    assert '<html lang="zh-CN">' in html
    assert '<a class="skip-link" href="#content">' in html and '<main id="content"' in html
    assert '<nav class="site-nav" aria-label="主导航">' in html
    assert (
        '<form class="site-search" role="search" aria-label="站内搜索" action="/search/" method="get">'
        in html
    )
    assert '<label for="site-search-q"' in html and 'name="q"' in html
    assert "/static/css/baokan.css" in html
    # everything the page loads comes from this site: it works offline (its canonical
    # link names the page itself, loading nothing)
    loaded = re.findall(
        r'<(?:link(?! rel="canonical")|script|img)[^>]+(?:href|src)="([^"]+)"', html
    )
    assert loaded and all(url.startswith("/") and not url.startswith("//") for url in loaded)


def test_404_uses_the_site_design(client, db):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "找不到这个页面" in html and "/static/css/baokan.css" in html


def test_500_page_renders_without_a_request_or_database():
    html = render_to_string("500.html")
    assert "服务器出了点问题" in html and "/static/css/baokan.css" in html


@override_settings(DEBUG=False)
def test_500_is_served_in_the_site_design(client, db, monkeypatch):
    from archive.views import home

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(home.HomeView, "get_context_data", broken)
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 500
    assert "服务器出了点问题" in response.content.decode()


def test_atom_feed_lists_newest_articles(client, small_archive):
    response = client.get("/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    # newest day first, then the later-loaded page, then reading order
    assert [e.find(f"{ATOM}title").text for e in entries] == [
        "高新区召开优化营商环境推进会",
        "高新区财政金融局开展预算绩效管理培训",
        "高新区工会举办爱心托管班",
        "经开区领导带队开展综合调研",
    ]
    links = {e.find(f"{ATOM}link").get("href") for e in entries}
    assert f"http://testserver{small_archive['training'].get_absolute_url()}" in links
    training = next(e for e in entries if e.find(f"{ATOM}title").text.endswith("管理培训"))
    assert training.find(f"{ATOM}author/{ATOM}name").text == "孙庆辉、黄梦玮"
    assert training.find(f"{ATOM}published").text == "2021-07-09T00:00:00+08:00"


def test_feed_takes_a_bounded_number_of_queries(client, big_archive, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        assert client.get("/feed/").status_code == 200
