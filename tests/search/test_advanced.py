"""The advanced search form (search/advanced.py): the query it writes, and the search
page it leads to."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse

from search.advanced import build_query
from search.queries import parse

from .test_views import titles

URL = reverse("search:advanced")


@pytest.mark.parametrize(
    "rows, page_number, expected",
    [
        ([("AND", "", "污染源普查")], None, "污染源普查"),
        ([("AND", "标题", "夜市 培训")], None, "标题:夜市 标题:培训"),
        ([("AND", "引题", "学党史"), ("AND", "副题", "高新区")], None, "引题:学党史 副题:高新区"),
        ([("AND", "标题", "夜市"), ("OR", "标题", "托管")], None, "标题:夜市 OR 标题:托管"),
        ([("AND", "", "高新区"), ("OR", "", "夜市 托管")], None, "高新区 OR (夜市 托管)"),
        (
            [("AND", "", "高新区"), ("AND", "", "夜市"), ("OR", "", "托管")],
            None,
            "高新区 夜市 OR 托管",
        ),
        (
            [("AND", "", "夜市"), ("NOT", "报纸", "焦作日报 洛阳日报")],
            None,
            "夜市 -报纸:焦作日报 -报纸:洛阳日报",
        ),
        ([("AND", "正文", '"预算绩效 管理" 培训')], None, '正文:"预算绩效 管理" 正文:培训'),
        ([("AND", "标题", "夜市 OR 托管")], None, "标题:夜市 OR 标题:托管"),
        ([("AND", "记者", "孙庆辉"), ("AND", "", "")], 4, "记者:孙庆辉 版次:4"),
        ([("OR", "", "夜市")], None, "夜市"),  # the first row joins nothing
        ([("AND", "", "  ")], None, ""),
    ],
)
def test_rows_write_the_query_a_reader_could_type(rows, page_number, expected):
    assert build_query(rows, page_number) == expected


def test_what_it_writes_parses_as_the_rows_mean():
    parsed = parse(
        build_query([("AND", "", "高新区"), ("AND", "", "夜市"), ("OR", "标题", "托管")])
    )
    assert [[(c.field, c.text) for c in g] for g in parsed.groups()] == [
        [("text", "高新区")],
        [("text", "夜市"), ("title", "托管")],
    ]
    parsed = parse(build_query([("AND", "记者", "孙庆辉"), ("NOT", "", "焦作")]))
    assert [(c.field, c.role, c.negated) for c in parsed.clauses] == [
        ("credit", "reporter", False),
        ("text", "", True),
    ]


def _followed(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 302, response.content.decode()
    return response["Location"], client.get(response["Location"])


def test_the_form_leads_to_the_search_page_which_shows_the_query(client, small_corpus):
    location, page = _followed(
        client, field_1="记者", words_1="孙庆辉", op_2="NOT", field_2="", words_2="焦裕禄"
    )
    assert parse_qs(urlsplit(location).query) == {"q": ["记者:孙庆辉 -焦裕禄"], "adv": ["1"]}
    assert set(titles(page)) == {small_corpus["pollution"].pk, small_corpus["budget"].pk}
    html = page.content.decode()
    assert "高级检索写成的查询：<code>记者:孙庆辉 -焦裕禄</code>" in html
    # The links on that page (facets, sort) lead to plain searches: it is said once.
    assert all("adv=" not in sort["url"] for sort in page.context["sorts"])


def test_dates_and_sort_become_the_search_pages_filters(client, small_corpus):
    location, page = _followed(
        client, field_1="", words_1="本报讯", start="2021-01-01", end="2021-07-04", sort="oldest"
    )
    params = parse_qs(urlsplit(location).query)
    assert params["start"] == ["2021-01-01"] and params["sort"] == ["oldest"]
    assert titles(page) == [small_corpus["pollution"].pk]
    _location, page = _followed(
        client, field_1="标题", words_1="夜市", op_2="OR", field_2="栏目", words_2="党建连连看"
    )
    assert set(titles(page)) == {small_corpus["night_market"].pk, small_corpus["bonds"].pk}


def test_an_empty_form_is_shown_and_a_bad_one_says_what_to_fix(client, small_corpus):
    blank = client.get(URL)
    assert blank.status_code == 200
    html = blank.content.decode()
    for label in (
        "全部",
        "标题",
        "引题",
        "副题",
        "正文",
        "栏目",
        "版次",
        "报纸",
        "单位",
        "人物",
        "记者",
        "通讯员",
        "摄影",
        "编辑",
        "作者",
    ):
        assert f">{label}</option>" in html, label
    assert 'name="op_2"' in html and 'name="start"' in html and 'name="page_number"' in html
    # The selects are always sent: a form with no words or dates is not a search.
    empty = client.get(URL, {"op_2": "AND", "field_1": "", "words_1": ""})
    assert empty.status_code == 400
    assert "请至少填写一个检索词、版次或日期" in empty.content.decode()
    only_not = client.get(URL, {"op_1": "NOT", "words_1": "夜市"})
    assert only_not.status_code == 400 and "只有排除的词" in only_not.content.decode()
    backwards = client.get(URL, {"words_1": "夜市", "start": "2022-01-01", "end": "2021-01-01"})
    assert "起始日期晚于截止日期" in backwards.content.decode()
    bad = client.get(URL, {"words_1": "夜市", "field_1": "不存在", "page_number": "0"})
    assert bad.status_code == 400
    # What was typed stays in the form.
    assert 'value="夜市"' in bad.content.decode()


def test_every_search_box_links_to_the_help_and_the_advanced_form(client, small_corpus):
    help_url, advanced_url = reverse("search:help"), reverse("search:advanced")
    for url in (reverse("archive:home"), reverse("search:search") + "?q=夜市", help_url):
        html = client.get(url).content.decode()
        assert f'href="{help_url}"' in html, url
    for url in (reverse("archive:home"), reverse("search:search") + "?q=夜市"):
        assert f'href="{advanced_url}"' in client.get(url).content.decode(), url


def test_the_help_page_names_every_field_and_the_data_out(client, db):
    html = client.get(reverse("search:help")).content.decode()
    for prefix in (
        "标题:",
        "引题:",
        "副题:",
        "正文:",
        "栏目:",
        "版次:",
        "报纸:",
        "单位:",
        "人物:",
        "记者:",
        "署名:",
    ):
        assert f"<code>{prefix}" in html, prefix
    for path in ("/search.json", "/search.csv", "/search.atom"):
        assert path in html
