"""A search that finds nothing never leaves the reader at a dead end (issue 16)."""

import pytest
from django.urls import reverse

from archive.models import CreditRole
from search.queries import parse
from search.spelling import mended, one_edit

from .conftest import index_all, make_indexed_article

URL = reverse("search:search")


def get(client, **params):
    return client.get(URL, params)


def test_zero_results_keep_the_query_the_filters_and_say_what_to_try(client, small_corpus):
    response = get(client, q="高新区", year="2020", publication="郑州高新时报")
    assert response.status_code == 200
    assert response.context["total"] == 0
    html = response.content.decode()
    assert "没有找到与“高新区”相符的文章" in html
    assert 'value="高新区"' in html  # the box keeps the query
    # Each chip stays, removable, and says what its removal gives back.
    chips = {f["label"]: f for f in response.context["active_filters"]}
    assert set(chips) == {"年份", "报纸"}
    assert chips["年份"]["given_back"] == 2  # 高新区 in 郑州高新时报, any year
    assert chips["报纸"]["given_back"] == 0  # 2020 has no other paper's 高新区
    assert "去掉 2020 年：2 篇" in html
    assert "去掉 报纸 郑州高新时报：也没有" in html
    assert 'aria-label="去掉年份 2020"' in html
    followed = client.get(URL + chips["年份"]["remove_url"])
    assert followed.context["total"] == 2


def test_a_nonsense_word_says_nothing_was_found(client, small_corpus):
    response = get(client, q="麒麟飞艇")
    assert response.context["total"] == 0
    html = response.content.decode()
    assert "没有找到与“麒麟飞艇”相符的文章" in html
    assert response_has_no_filters(html)


def response_has_no_filters(html):
    return 'class="given-back"' not in html and 'class="active-filters"' not in html


def pks(response):
    return {r["article"].pk for r in response.context["results"]}


def test_or_finds_either_word(client, small_corpus):
    either = {small_corpus["night_market"].pk, small_corpus["bonds"].pk}
    assert pks(get(client, q="夜市 OR 债券")) == either
    assert pks(get(client, q="夜市 | 债券")) == either
    assert pks(get(client, q="管理 夜市 OR 债券")) == either  # both have 管理
    assert pks(get(client, q="培训 夜市 OR 债券")) == set()


def test_a_role_prefix_matches_that_role_only(client, small_corpus):
    edited = make_indexed_article(
        title="孙庆辉编辑的版面", body="本报讯 版面。", credits=[("孙庆辉", CreditRole.EDITOR)]
    )
    index_all()
    reported = {small_corpus[k].pk for k in ("pollution", "budget", "jiao")}
    assert pks(get(client, q="编辑:孙庆辉")) == {edited.pk}
    assert pks(get(client, q="记者:孙庆辉")) == reported
    assert pks(get(client, q="署名:孙庆辉")) == reported | {edited.pk}


def test_a_byline_typed_as_printed_searches_the_credit_and_says_so(client, small_corpus):
    photo = make_indexed_article(
        title="夜市一角", body="本报讯 夜市。", credits=[("孙庆辉", CreditRole.PHOTOGRAPHER)]
    )
    index_all()
    response = get(client, q="记者 孙庆辉")
    assert pks(response) == {small_corpus[k].pk for k in ("pollution", "budget", "jiao")}
    assert "按署名搜索：<code>记者:孙庆辉</code>" in response.content.decode()
    response = get(client, q="孙庆辉 摄")
    assert pks(response) == {photo.pk}
    assert "按署名搜索：<code>摄影:孙庆辉</code>" in response.content.decode()
    assert "按署名搜索" not in get(client, q="孙庆辉").content.decode()


@pytest.mark.parametrize(
    "a,b,expected",
    [
        ("污染原普查", "污染源普查", True),
        ("孙庆辉", "孙辉", True),
        ("孙辉", "孙庆辉", True),
        ("孙庆辉", "孙庆辉", False),
        ("孙庆辉", "孙辉庆", False),
        ("污染", "污染源普查", False),
    ],
)
def test_one_edit(a, b, expected):
    assert one_edit(a, b) is expected


def test_a_typo_gets_a_correction_from_the_index_that_one_click_finds(client, small_corpus):
    response = get(client, q="污染原普查", publication="郑州高新时报")
    assert response.context["total"] == 0
    correction = response.context["correction"]
    assert (correction["query"], correction["total"]) == ("污染源普查", 1)
    html = response.content.decode()
    assert "您是不是要找：" in html and ">污染源普查</a>（1 篇）" in html
    assert "publication=" in correction["url"]  # the filters are kept
    followed = client.get(URL + correction["url"])
    assert pks(followed) == {small_corpus["pollution"].pk}
    assert followed.context["correction"] is None


def test_a_correction_found_only_without_the_filters_says_so(client, small_corpus):
    response = get(client, q="污染原普查", year="2023")
    correction = response.context["correction"]
    assert (correction["query"], correction["total"]) == ("污染源普查", 1)
    assert correction["unfiltered"] and "year=" not in correction["url"]
    assert "（不加筛选条件 1 篇）" in response.content.decode()
    assert pks(client.get(URL + correction["url"])) == {small_corpus["pollution"].pk}


@pytest.mark.parametrize(
    "typed,meant",
    [
        ("记者:孙庆会", "记者:孙庆辉"),  # a name field: the names indexed
        ("预算绩效管里", "预算绩效管理"),
        ("孙庆 预算", "孙庆辉 预算"),  # a character left out
        ("焦裕录 动画片", "焦裕禄 动画片"),
        ('"焦裕录 动画片"~3', '"焦裕禄 动画片"~3'),  # a word of a proximity clause
        ("同句:(吕沛 夜布)", "同句:(吕沛 夜市)"),
    ],
)
def test_corrections_come_from_the_index_and_must_find_something(
    client, small_corpus, typed, meant
):
    response = get(client, q=typed)
    assert response.context["total"] == 0
    assert response.context["correction"]["query"] == meant


def test_a_correction_mends_inside_a_word_never_across_the_space_between_two(small_corpus):
    # Two words: a stretch across the space ("算 绩") is never looked up or replaced.
    clause = parse('"预算 绩校"~3').leaves().__next__()
    got = [value for value, _count in mended(clause)]
    assert "预算 绩效" in got
    assert all(value.split()[0] == "预算" and len(value.split()) == 2 for value in got)


def test_no_correction_for_a_word_nothing_is_near(client, small_corpus):
    response = get(client, q="麒麟飞艇")
    assert response.context["correction"] is None
    assert "您是不是要找" not in response.content.decode()


@pytest.mark.parametrize("q", ["污染源普查", "麒麟飞艇"])
def test_every_results_page_folds_the_syntax_help_under_the_box(client, small_corpus, q):
    html = get(client, q=q).content.decode()
    help_ = html.split('<details class="syntax-help">')[1].split("</details>")[0]
    for example in ("单位:", "栏目:", "报纸:", "标题:", "夜市 OR 托管", "&quot;预算绩效管理&quot;"):
        assert example in help_


def test_words_no_article_has_all_of_offer_the_query_without_each(client, small_corpus):
    response = get(client, q="培训 夜市 高新区")
    assert response.context["total"] == 0
    fewer = {w["word"]: w for w in response.context["fewer_words"]}
    # Without 培训: the night market (高新区动态 is its column); without 夜市: the budget
    # training; without 高新区 nothing, so it is not offered.
    assert {word: w["total"] for word, w in fewer.items()} == {"培训": 1, "夜市": 1}
    assert "去掉“培训”：1 篇" in response.content.decode()
    followed = client.get(URL + fewer["培训"]["url"])
    assert pks(followed) == {small_corpus["night_market"].pk}
