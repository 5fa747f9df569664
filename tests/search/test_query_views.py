"""The query language through the search page (issue 16, item 2): brackets, fields,
proximity. Run on Whoosh here and on OpenSearch by tests/search/external/test_views.py."""

from django.urls import reverse

URL = reverse("search:search")


def found(client, q):
    response = client.get(URL, {"q": q})
    assert response.status_code == 200
    return response, {r["article"].pk for r in response.context["results"]}


def test_brackets_group_words_and_a_minus_leaves_out_a_group(client, small_corpus):
    night, budget, bonds = (small_corpus[k].pk for k in ("night_market", "budget", "bonds"))
    assert found(client, "(夜市 OR 债券) 本报讯")[1] == {night, bonds}
    assert found(client, "(夜市 吕沛) OR (预算 培训)")[1] == {night, budget}
    # -( ) leaves out only the articles with every word of the group.
    assert found(client, "预算 -(绩效 培训)")[1] == {bonds}
    assert found(client, "预算 -(绩效 夜市)")[1] == {budget, bonds}


def test_a_bracket_left_open_says_what_to_fix_and_still_finds(client, small_corpus):
    response, pks = found(client, "(夜市 OR 债券 本报讯")
    assert pks == {small_corpus["night_market"].pk, small_corpus["bonds"].pk}
    html = response.content.decode()
    assert "缺少右括号" in html and 'class="search-notes"' in html
    response, pks = found(client, "夜市)")
    assert pks == {small_corpus["night_market"].pk}
    assert "多了一个右括号" in response.content.decode()
