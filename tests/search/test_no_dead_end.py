"""A search that finds nothing never leaves the reader at a dead end (issue 16)."""

from django.urls import reverse

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
