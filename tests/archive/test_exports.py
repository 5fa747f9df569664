"""Data out: JSON for each article, page, day and person; CSV of a page or a person."""

import csv
import io
import json

import pytest

from .factories import make_article, make_credit, make_issue, make_person_mention

pytestmark = pytest.mark.django_db


def get_json(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert b"\\u" not in response.content  # Chinese as UTF-8, not \\u-escapes
    return json.loads(response.content)


def get_csv(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")  # so spreadsheets read the Chinese as UTF-8
    return list(csv.reader(io.StringIO(text[1:])))


def json_url(obj):
    return obj.get_absolute_url().rstrip("/") + ".json"


def test_article_json(client, small_archive):
    training = small_archive["training"]
    data = get_json(client, json_url(training))
    assert data["title"] == "高新区财政金融局开展预算绩效管理培训"
    assert data["paragraphs"] == [
        "本报讯 7月5日，高新区财政金融局举办预算绩效管理培训班开班仪式。",
        "郑州市财政局副处长陈芳授课。",
    ]
    assert data["date"] == "2021-07-05"
    assert [(c["name"], c["role"]) for c in data["credits"]] == [
        ("孙庆辉", "reporter"),
        ("黄梦玮", "correspondent"),
    ]
    assert (
        data["credits"][0]["person_url"]
        == f"http://testserver{small_archive['sun'].get_absolute_url()}"
    )
    assert data["people"] == [
        {
            "name": "陈芳",
            "titles": ["郑州市财政局预算绩效管理处副处长"],
            "organization": None,
            "person_url": f"http://testserver{small_archive['chen'].get_absolute_url()}",
        }
    ]
    assert data["departments"][0]["name"] == "高新区财政金融局"
    assert data["issue"]["date"] == "2021-07-09" and data["issue"]["page"] == "第2版"
    assert (data["issue"]["page_number"], data["issue"]["page_name"]) == (2, None)
    assert data["issue"]["date_inferred"] is False
    assert data["url"] == f"http://testserver{training.get_absolute_url()}"
    assert data["source_span"] == [training.span_start, training.span_end]


def test_issue_json_has_its_articles_in_order(client, small_archive):
    data = get_json(client, json_url(small_archive["page"]))
    assert data["publication"] == "郑州高新时报" and data["zone"] == "郑州高新区"
    assert [a["position"] for a in data["articles"]] == [1, 2]
    assert data["articles"][1]["kicker"] == "您上班 我带娃"
    assert data["articles"][1]["column"] == "高新区动态"


def test_day_json(client, small_archive):
    data = get_json(client, "/2021/07/09.json")
    assert data["date"] == "2021-07-09"
    assert sorted(issue["page"] for issue in data["issues"]) == ["第1版", "第2版"]
    titles = [a["title"] for issue in data["issues"] for a in issue["articles"]]
    assert "高新区工会举办爱心托管班" in titles
    assert client.get("/2021/07/10.json").status_code == 404


def test_person_json_pages_credits_and_mentions(client, small_archive):
    sun = small_archive["sun"]
    data = get_json(client, f"/people/{sun.pk}.json")
    assert data["name"] == "孙庆辉"
    assert data["credits_by_role"] == {"reporter": 3, "photographer": 1}
    assert len(data["credits"]) == 4 and data["pages"] == 1
    chen = get_json(client, f"/people/{small_archive['chen'].pk}.json")
    assert [m["titles"] for m in chen["mentions"]] == [
        ["郑州市财政局预算绩效管理处副处长"],
        ["郑州市财政局副处长"],
    ]
    assert client.get(f"/people/{sun.pk}.json?page=2").status_code == 404
    assert client.get(f"/people/{sun.pk}.json?page=x").status_code == 404


def test_person_json_is_paginated(client, small_archive):
    chen = small_archive["chen"]
    for _ in range(101):
        make_person_mention(make_article(make_issue(small_archive["paper"]), 1), chen)
    first = get_json(client, f"/people/{chen.pk}.json")
    assert first["pages"] == 2 and len(first["mentions"]) == 100
    second = get_json(client, f"/people/{chen.pk}.json?page=2")
    assert len(second["mentions"]) == 3 and second["credits"] == []


def test_issue_csv(client, small_archive):
    rows = get_csv(client, small_archive["page"].get_absolute_url().rstrip("/") + ".csv")
    assert rows[0] == ["序号", "引题", "标题", "副题", "栏目", "日期", "署名", "正文", "网址"]
    assert rows[1][:3] == ["1", "", "高新区财政金融局开展预算绩效管理培训"]
    assert rows[1][6] == "记者 孙庆辉；通讯员 黄梦玮"
    assert rows[1][7].split("\n")[1] == "郑州市财政局副处长陈芳授课。"
    assert rows[2][1] == "您上班 我带娃"
    assert rows[2][8] == f"http://testserver{small_archive['childcare'].get_absolute_url()}"


def test_csv_cells_a_spreadsheet_would_run_as_formulas_start_with_a_quote(client, db):
    issue = make_issue()
    make_article(issue, position=1, title='=HYPERLINK("http://x.example","点此")', body="@SUM(A1)")
    rows = get_csv(client, issue.get_absolute_url().rstrip("/") + ".csv")
    assert rows[1][2] == '\'=HYPERLINK("http://x.example","点此")'
    assert rows[1][7] == "'@SUM(A1)"
    assert rows[1][0] == "1"


def test_person_csv_lists_credits_and_mentions(client, small_archive):
    sun, chen = small_archive["sun"], small_archive["chen"]
    make_credit(small_archive["front_story"], sun, "reporter", organization="高新时报")
    rows = get_csv(client, f"/people/{sun.pk}.csv")
    assert rows[0] == ["日期", "报纸", "版次", "标题", "关系", "单位", "职务", "网址"]
    assert len(rows) == 1 + 5
    assert ["记者", "高新时报"] in [row[4:6] for row in rows]
    assert ["摄影", ""] in [row[4:6] for row in rows]
    rows = get_csv(client, f"/people/{chen.pk}.csv")
    assert [row[4] for row in rows[1:]] == ["提及", "提及"]
    assert rows[1][6] == "郑州市财政局预算绩效管理处副处长"


def test_exports_of_wrong_dates_redirect(client, small_archive):
    page = small_archive["page"]
    response = client.get(f"/2000/01/01/{page.pk}.json")
    assert response.status_code == 301 and response["Location"] == json_url(page)


@pytest.mark.parametrize(
    "path, bound", [(".json", 3), (".csv", 3), ("/1.json", 5), ("/30.json", 5)]
)
def test_issue_and_article_exports_take_a_bounded_number_of_queries(
    client, big_archive, django_assert_max_num_queries, path, bound
):
    url = big_archive["page"].get_absolute_url().rstrip("/") + path
    with django_assert_max_num_queries(bound):
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
        assert response.status_code == 200


def test_day_and_person_exports_take_a_bounded_number_of_queries(
    client, big_archive, django_assert_max_num_queries
):
    with django_assert_max_num_queries(7):
        assert client.get("/2021/07/09.json").status_code == 200
    for person in big_archive["people"][:2]:
        # The person, their aliases, role counts, two counts and two pages.
        with django_assert_max_num_queries(7):
            assert client.get(f"/people/{person.pk}.json").status_code == 200
        with django_assert_max_num_queries(3):
            b"".join(client.get(f"/people/{person.pk}.csv").streaming_content)
