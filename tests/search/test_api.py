"""A search as data (search/api.py, search/feeds.py): JSON, CSV and Atom take the search
page's parameters and limits, and a bad parameter is a 400 with a message."""

import csv
import datetime
import io
import json
import xml.etree.ElementTree as ET

from django.urls import reverse

from search.views import PER_PAGE
from tests.archive.factories import make_issue

from .conftest import index_all, make_indexed_article

JSON, CSV, ATOM = (reverse(f"search:{name}") for name in ("json", "csv", "atom"))
ATOM_NS = "{http://www.w3.org/2005/Atom}"


def as_json(client, **params):
    response = client.get(JSON, params)
    assert response["Content-Type"] == "application/json"
    return response.status_code, json.loads(response.content)


def test_json_gives_each_hit_with_its_fields(client, small_corpus):
    status, data = as_json(client, q="污染源普查")
    assert status == 200
    assert (data["query"], data["total"], data["page"], data["pages"]) == ("污染源普查", 1, 1, 1)
    assert (data["per_page"], data["next"], data["previous"]) == (PER_PAGE, None, None)
    [hit] = data["results"]
    article = small_corpus["pollution"]
    assert hit["id"] == article.pk
    assert hit["url"] == f"http://testserver/articles/{article.pk}/"
    assert (hit["date"], hit["paper"], hit["page"]) == ("2021-07-01", "郑州高新时报", "第2版")
    assert hit["title"] == "高新区污染源普查工作获全省通报表扬"
    assert (hit["kicker"], hit["subtitle"]) == (None, None)
    assert [(c["name"], c["role"]) for c in hit["credits"]] == [
        ("孙庆辉", "reporter"),
        ("王玲玲", "correspondent"),
    ]
    assert hit["credits"][0]["person_url"].startswith("http://testserver/people/")
    # The snippet as text: the words the page marks, unmarked.
    assert "全国污染源普查领导小组" in hit["snippet"] and "<" not in hit["snippet"]
    # The permanent URL leads to the article.
    assert client.get(hit["url"]).status_code in (301, 302)


def test_json_takes_the_search_pages_filters_and_sort(client, small_corpus):
    _status, data = as_json(client, q="本报讯", publication="郑州高新时报", sort="oldest")
    order = [small_corpus[k].pk for k in ("bonds", "pollution", "budget", "jiao")]
    assert [hit["id"] for hit in data["results"]] == order
    assert (data["filters"], data["sort"]) == ({"publication": "郑州高新时报"}, "oldest")
    assert data["facets"]["year"] == [["2021", 3], ["2020", 1]]  # as the page counts them
    assert ["孙庆辉", 3] in data["facets"]["person"]
    html = client.get(
        reverse("search:search"), {"q": "本报讯", "publication": "郑州高新时报", "sort": "oldest"}
    )
    assert [r["article"].pk for r in html.context["results"]] == order
    # A person's articles without a word: newest first, as on the page.
    _status, data = as_json(client, person="孙庆辉")
    assert data["sort"] == "newest" and data["total"] == 3
    _status, data = as_json(client, q="夜市", start="2023-01-01", end="2023-12-31")
    assert [hit["id"] for hit in data["results"]] == [small_corpus["night_market"].pk]


def test_json_pages_as_the_search_page_does(client, db, search_backend):
    issue = make_issue(date=datetime.date(2022, 3, 1))
    made = [
        make_indexed_article(issue, title=f"夜市第{n}号", body="本报讯 夜市开张。")
        for n in range(PER_PAGE + 5)
    ]
    index_all()
    _status, first = as_json(client, q="夜市", sort="oldest")
    assert (first["total"], first["pages"], len(first["results"])) == (PER_PAGE + 5, 2, PER_PAGE)
    assert first["next"] == "http://testserver/search.json?q=%E5%A4%9C%E5%B8%82&sort=oldest&page=2"
    status, second = as_json(client, q="夜市", sort="oldest", page="2")
    assert status == 200 and len(second["results"]) == 5 and second["next"] is None
    assert second["previous"].endswith("page=1")
    ids = [hit["id"] for hit in first["results"] + second["results"]]
    assert sorted(ids) == sorted(a.pk for a in made)
    status, past = as_json(client, q="夜市", page="3")
    assert status == 404 and "没有第 3 页" in past["error"]


def test_bad_parameters_answer_400_with_a_message(client, small_corpus):
    cases = [
        ({"q": "夜市\x00"}, "控制字符"),
        ({"q": "夜市", "year": "21"}, "四位数字"),
        ({"q": "夜市", "start": "2021-13-01"}, "2021-07-05"),
        ({"q": "夜市", "sort": "best"}, "best"),
        ({"q": "夜市", "page": "x"}, "正整数"),
        ({"q": "夜市", "page": "0"}, "正整数"),
        ({"q": ""}, "没有要找的词"),
        ({"q": "-夜市"}, "只有排除的词"),
        ({"q": "夜市" * 200}, "查询太长"),
    ]
    for params, message in cases:
        status, data = as_json(client, **params)
        assert status == 400 and message in data["error"], params
        for url in (CSV, ATOM):
            response = client.get(url, params)
            assert response.status_code == 400, (url, params)
            assert response["Content-Type"] == "text/plain; charset=utf-8"
            assert message in response.content.decode(), (url, params)


def test_a_mended_query_runs_and_says_what_was_mended(client, small_corpus):
    status, data = as_json(client, q='"预算')  # a quote without its pair, left out
    assert status == 200 and data["total"] == 2
    [note] = data["notes"]
    assert "引号不成对" in note
    assert as_json(client, q="预算")[1]["notes"] == []


def test_csv_has_a_header_a_bom_and_a_row_per_hit(client, small_corpus):
    response = client.get(CSV, {"q": "记者:孙庆辉", "sort": "newest"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="baokan-search-1.csv"'
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())  # so Excel reads the Chinese as UTF-8
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == [
        "编号",
        "网址",
        "日期",
        "报纸",
        "版次",
        "标题",
        "引题",
        "副题",
        "署名",
        "摘要",
    ]
    expected = [small_corpus[k].pk for k in ("jiao", "budget", "pollution")]
    assert [int(row[0]) for row in rows[1:]] == expected
    budget = rows[2]
    assert budget[1:6] == [
        f"http://testserver/articles/{expected[1]}/",
        "2021-07-05",
        "郑州高新时报",
        "第2版",
        "高新区财政金融局开展预算绩效管理培训",
    ]
    assert budget[8] == "记者 孙庆辉；通讯员 黄梦玮"
    assert "预算绩效管理培训班" in budget[9]


def test_atom_follows_a_query_newest_first(client, small_corpus):
    response = client.get(ATOM, {"q": "记者:孙庆辉", "sort": "oldest", "page": "2"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.find(f"{ATOM_NS}title").text == "报刊档案 · 搜索：记者:孙庆辉"
    entries = feed.findall(f"{ATOM_NS}entry")
    # Always the newest first, from the first: a feed has no pages and one order.
    expected = [small_corpus[k] for k in ("jiao", "budget", "pollution")]
    links = [e.find(f"{ATOM_NS}link").get("href") for e in entries]
    assert links == [f"http://testserver/articles/{a.pk}/" for a in expected]
    assert entries[1].find(f"{ATOM_NS}author/{ATOM_NS}name").text == "孙庆辉、黄梦玮"
    assert entries[1].find(f"{ATOM_NS}updated") is not None
    alternate = feed.find(f"{ATOM_NS}link[@rel='alternate']").get("href")
    assert (
        alternate == "http://testserver/search/?q=%E8%AE%B0%E8%80%85%3A%E5%AD%99%E5%BA%86%E8%BE%89"
    )


def test_the_results_page_links_to_its_data_and_feed(client, small_corpus):
    html = client.get(
        reverse("search:search"), {"q": "本报讯", "year": "2021", "sort": "oldest", "page": "1"}
    ).content.decode()
    query = "q=%E6%9C%AC%E6%8A%A5%E8%AE%AF&amp;year=2021"
    assert f'href="/search.json?{query}&amp;sort=oldest"' in html
    assert f'href="/search.csv?{query}&amp;sort=oldest"' in html
    assert f'href="/search.atom?{query}"' in html
    assert (
        f'<link rel="alternate" type="application/atom+xml" title="检索结果订阅" href="/search.atom?{query}">'
        in html
    )
