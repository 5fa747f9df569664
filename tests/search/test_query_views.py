"""The query language through the search page (issue 16, item 2): brackets, fields,
proximity. Run on Whoosh here and on OpenSearch by tests/search/external/test_views.py."""

from django.urls import reverse

from tests.archive.factories import make_issue, make_publication

from .conftest import index_all, make_indexed_article

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


def test_a_quote_without_its_pair_says_so_and_still_finds(client, small_corpus):
    response, pks = found(client, '"预算绩效')
    assert pks == {small_corpus["budget"].pk}
    assert "引号不成对" in response.content.decode()


def test_each_part_of_an_article_is_a_field(client, small_corpus):
    budget, night, bonds = (small_corpus[k].pk for k in ("budget", "night_market", "bonds"))
    # 预算 is in the budget article's title and body, in the bonds article's body only.
    assert found(client, "标题:预算")[1] == {budget}
    assert found(client, "正文:预算")[1] == {budget, bonds}
    assert found(client, '正文:"预算资金"')[1] == {bonds}
    assert found(client, "正文:吕沛 -标题:吕沛")[1] == set()
    assert found(client, "正文:民主路")[1] == {night}
    # A name jieba cuts in the body (阿志强) is found there too, not in the names after it.
    assert found(client, "正文:阿志强")[1] == {small_corpus["pollution"].pk}
    assert found(client, "正文:孙庆辉")[1] == set()  # a credit, not in a body


def test_kicker_subtitle_and_page_number(client, small_corpus):
    page4 = make_issue(make_publication(name="高新时报", slug="gx"), page_label="第4版")
    lines = make_indexed_article(
        page4,
        kicker="铆足了劲 加压奋进",
        title="夜市开张",
        subtitle="尽职责 严分工",
        body="本报讯 夜市。",
    )
    index_all()
    assert found(client, "引题:加压奋进")[1] == {lines.pk}
    assert found(client, "副题:加压奋进")[1] == set()
    assert found(client, "副题:严分工")[1] == {lines.pk}
    assert found(client, "标题:严分工")[1] == {lines.pk}  # the headline's three lines
    assert found(client, "版次:4")[1] == {lines.pk}
    assert found(client, "版次:第04版 夜市")[1] == {lines.pk}
    assert found(client, "夜市 -版次:4")[1] == {small_corpus["night_market"].pk}
    response, pks = found(client, "版次:头版")
    assert "版次要写数字" in response.content.decode()


def test_a_field_that_does_not_exist_names_the_known_ones_and_searches_the_words(
    client, small_corpus
):
    response, pks = found(client, "作家:吕沛")
    assert pks == {small_corpus["night_market"].pk}
    html = response.content.decode()
    assert "没有“作家:”这个字段" in html
    for known in ("标题", "引题", "副题", "正文", "栏目", "版次", "报纸", "记者"):
        assert known in response.context["notes"][0]
    # Not every colon is a field: a time is searched as typed, and nothing is said.
    assert found(client, "10:30")[0].context["notes"] == []


def test_proximity_and_one_sentence_or_paragraph(client, small_corpus):
    budget, bonds = small_corpus["budget"].pk, small_corpus["bonds"].pk
    lines = make_indexed_article(
        title="",
        body="本报讯 高新区夜市开张。市民点赞。\n高新区召开预算会议，部署工作。",
    )
    index_all()
    # 高新区 召开 预算 here; 高新区 财政金融 局 开展 预算 in the budget article.
    assert found(client, '"高新区 预算"~1')[1] == {lines.pk}
    assert found(client, '"预算 高新区"~2')[1] == {lines.pk}
    assert found(client, '"预算 高新区"~3')[1] == {budget, lines.pk}
    assert found(client, "同句:(夜市 市民)")[1] == set()  # two sentences
    assert found(client, "同段:(夜市 市民)")[1] == {lines.pk}  # one paragraph
    assert found(client, "同段:(夜市 预算)")[1] == set()  # two paragraphs
    # A comma ends no sentence (…管理工作，预算资金… in the bonds article).
    assert found(client, "同句:(预算 工作)")[1] == {bonds, lines.pk}
    assert found(client, "预算 -同句:(预算 工作)")[1] == {budget}
    response, pks = found(client, "同句:(夜市 OR 市民)")
    assert pks == {lines.pk, small_corpus["night_market"].pk}
    assert "同句:(…) 里只写要找的词" in response.content.decode()
