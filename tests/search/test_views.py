import datetime
import re

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.archive.factories import make_issue

from .conftest import index_all, make_indexed_article

URL = reverse("search:search")


def titles(response):
    return [r["article"].pk for r in response.context["results"]]


def get(client, **params):
    return client.get(URL, params)


def test_results_show_title_date_paper_credits_and_marked_snippet(client, small_corpus):
    response = get(client, q="污染源普查")
    assert response.status_code == 200
    assert titles(response) == [small_corpus["pollution"].pk]
    html = response.content.decode()
    assert "<mark>污染源普查</mark>" in html
    assert "2021年7月1日" in html
    assert "郑州高新时报" in html
    assert "孙庆辉" in html and "王玲玲" in html
    assert small_corpus["pollution"].get_absolute_url() in html
    assert "找到 <strong>1</strong> 篇文章" in html


def test_a_word_inside_a_longer_word_is_found_and_marked(client, small_corpus):
    response = get(client, q="污染")
    assert titles(response) == [small_corpus["pollution"].pk]
    assert "<mark>污染</mark>源" in response.content.decode()


def test_page_text_is_escaped(client, small_corpus):
    html = get(client, q="焦裕禄").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_words_are_anded_and_exclusions_exclude(client, small_corpus):
    assert titles(get(client, q="预算 培训")) == [small_corpus["budget"].pk]
    both = set(titles(get(client, q="预算")))
    assert both == {small_corpus["budget"].pk, small_corpus["bonds"].pk}
    assert titles(get(client, q="预算 -债券")) == [small_corpus["budget"].pk]


def test_phrase_must_be_contiguous(client, small_corpus):
    assert titles(get(client, q='"预算绩效"')) == [small_corpus["budget"].pk]
    assert titles(get(client, q='"绩效预算"')) == []


def test_single_character_and_two_character_name(client, small_corpus):
    assert titles(get(client, q="焦")) == [small_corpus["jiao"].pk]
    assert titles(get(client, q="李飞")) == [small_corpus["pollution"].pk]
    assert titles(get(client, q="吕沛")) == [small_corpus["night_market"].pk]


def test_traditional_and_full_width_find_simplified(client, small_corpus):
    assert titles(get(client, q="預算績效")) == [small_corpus["budget"].pk]
    assert titles(get(client, q="夜市　-焦作日報")) == [small_corpus["night_market"].pk]


def test_credit_field_query_and_person_filter_find_every_credited_article(client, small_corpus):
    credited = {small_corpus[k].pk for k in ("pollution", "budget", "jiao")}
    assert set(titles(get(client, q="记者:孙庆辉"))) == credited
    assert set(titles(get(client, q="記者：孫慶輝"))) == credited
    assert set(titles(get(client, person="孙庆辉"))) == credited
    assert titles(get(client, q="通讯员:王玲玲")) == [small_corpus["pollution"].pk]


def test_empty_and_punctuation_only_queries_show_tips(client, small_corpus):
    for q in ("", "  ", "，。！？"):
        response = get(client, q=q)
        assert response.status_code == 200
        assert response.context["show_tips"]
        assert "怎样搜索" in response.content.decode()


@pytest.mark.parametrize(
    "q,message",
    [("夜" * 10_000, "查询太长"), ("夜市\x00\x07", "控制字符")],
)
def test_malformed_queries_get_a_clear_message(client, small_corpus, q, message):
    response = get(client, q=q)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_bad_filters_get_a_message_and_a_bad_page_is_404(client, small_corpus):
    assert get(client, q="预算", start="2021-13-01").status_code == 400
    assert get(client, q="预算", start="2022-01-01", end="2021-01-01").status_code == 400
    assert get(client, q="预算", year="21").status_code == 400
    assert get(client, q="预算", page="9").status_code == 404
    assert get(client, q="预算", page="x").status_code == 404


def test_sort_newest_and_oldest(client, small_corpus):
    # The page's date stands in for an article's own; with neither it goes last.
    undated = make_indexed_article(make_issue(date=None), title="本报讯", body="本报讯 无日期。")
    index_all()
    newest = titles(get(client, q="本报讯", sort="newest"))
    dated = [small_corpus[k].pk for k in ("night_market", "jiao", "budget", "pollution", "bonds")]
    assert newest == [*dated, undated.pk]
    oldest = titles(get(client, q="本报讯", sort="oldest"))
    assert oldest == [*reversed(dated), undated.pk]


def test_sort_by_page_number_then_newest(client, small_corpus):
    # small_corpus is all on 第2版; a page without a 版次, or an article without a date,
    # goes after the others of its kind.
    def on(label, day):
        return make_indexed_article(make_issue(date=day, page_label=label), body="本报讯 版次。")

    first_old, first_new = (
        on("第1版", datetime.date(2021, 7, 1)),
        on("第1版", datetime.date(2022, 1, 3)),
    )
    first_undated, third = on("第1版", None), on("第3版", datetime.date(2019, 1, 1))
    no_page = on("", datetime.date(2024, 1, 1))
    index_all()
    second = [small_corpus[k].pk for k in ("night_market", "jiao", "budget", "pollution", "bonds")]
    expected = [first_new.pk, first_old.pk, first_undated.pk, *second, third.pk, no_page.pk]
    response = get(client, q="本报讯", sort="page")
    assert titles(response) == expected
    assert [s["label"] for s in response.context["sorts"] if s["active"]] == ["版次"]
    assert "sort=page" in response.content.decode()
    # Without words the filters' articles sort the same way.
    assert titles(get(client, year="2021", sort="page")) == [
        first_old.pk,
        small_corpus["jiao"].pk,
        small_corpus["budget"].pk,
        small_corpus["pollution"].pk,
    ]


def test_search_within_results_ands_the_words_and_keeps_filters_and_sort(client, small_corpus):
    response = get(client, q="预算", year="2021", sort="oldest", page="2", within="培训")
    assert response.status_code == 302
    followed = client.get(response["Location"])
    assert followed.context["query"] == "预算 培训"
    assert titles(followed) == [small_corpus["budget"].pk]
    assert followed.context["kept"] == [("year", "2021"), ("sort", "oldest")]
    assert "within=" not in response["Location"] and "page=" not in response["Location"]
    # A leading OR (or |) would widen the search: it is dropped.
    for added in ("OR 培训", "| 培训", "｜培训"):
        location = get(client, q="预算", within=added)["Location"]
        assert titles(client.get(location)) == [small_corpus["budget"].pk], added
    # The box is on a page with more than one result, carrying the query and filters.
    html = get(client, q="本报讯", year="2021").content.decode()
    assert 'name="within"' in html and '<input type="hidden" name="q" value="本报讯">' in html
    assert 'name="within"' not in get(client, q="污染源普查").content.decode()


def test_search_within_an_empty_query_is_the_words_alone(client, small_corpus):
    location = get(client, year="2020", within="债券")["Location"]
    assert titles(client.get(location)) == [small_corpus["bonds"].pk]
    assert get(client, q="夜市", within="  ")["Location"].endswith("?q=%E5%A4%9C%E5%B8%82")


def test_facets_count_and_their_links_keep_query_and_other_filters(client, small_corpus):
    response = get(client, q="本报讯", publication="郑州高新时报", sort="oldest")
    facets = {f["name"]: f for f in response.context["facets"]}
    years = {i["value"]: i["count"] for i in facets["year"]["items"]}
    assert years == {"2021": 3, "2020": 1}
    people = {i["value"]: i["count"] for i in facets["person"]["items"]}
    assert people["孙庆辉"] == 3
    link = next(i["url"] for i in facets["year"]["items"] if i["value"] == "2021")
    assert "q=%E6%9C%AC%E6%8A%A5%E8%AE%AF" in link
    assert "publication=" in link and "sort=oldest" in link and "year=2021" in link
    followed = client.get(URL + link)
    assert set(titles(followed)) == {small_corpus[k].pk for k in ("pollution", "budget", "jiao")}
    # The active facet's link removes it again.
    active = next(
        i
        for f in followed.context["facets"]
        if f["name"] == "year"
        for i in f["items"]
        if i["active"]
    )
    assert "year=" not in active["url"]


def test_department_column_and_date_range_filters(client, small_corpus):
    assert titles(get(client, q="本报讯", department="高新区财政金融局")) == [
        small_corpus["budget"].pk
    ]
    assert titles(get(client, q="本报讯", column="高新区动态")) == [small_corpus["night_market"].pk]
    got = titles(get(client, q="本报讯", start="2021-07-01", end="2021-07-05"))
    assert set(got) == {small_corpus["pollution"].pk, small_corpus["budget"].pk}


def test_pagination(client, db, search_backend):
    for n in range(25):
        make_indexed_article(title=f"夜市第{n}号", body="本报讯 夜市开张。")
    index_all()
    first = get(client, q="夜市")
    assert first.context["total"] == 25
    assert len(first.context["results"]) == 20
    second = get(client, q="夜市", page="2")
    assert len(second.context["results"]) == 5
    assert not set(titles(first)) & set(titles(second))
    assert 'rel="next"' in first.content.decode()


def test_more_like_this_on_the_article_page(client, db, search_backend):
    from search.engine import more_like_this

    base = make_indexed_article(title="大沙河桥夜市", body="本报讯 大沙河桥夜市经营秩序安全管理。")
    close = make_indexed_article(title="夜市整治", body="本报讯 大沙河桥夜市经营摊点规范管理。")
    make_indexed_article(title="预算培训", body="本报讯 财政金融局举办预算绩效管理培训。")
    make_indexed_article(title="夜市开张", body="本报讯 夜市。")
    index_all()
    assert more_like_this(base)[0] == close
    assert base not in more_like_this(base)
    html = client.get(base.get_absolute_url()).content.decode()
    assert "相关文章" in html and close.get_absolute_url() in html


def test_more_like_this_leaves_out_words_in_much_of_the_archive(db, search_backend, monkeypatch):
    from search.whoosh import similar

    base = make_indexed_article(title="大沙河桥夜市", body="本报讯 大沙河桥夜市经营秩序。")
    for i in range(3):
        make_indexed_article(title=f"夜市{i}", body=f"本报讯 第{i}个夜市开张。")
    make_indexed_article(title="大沙河桥", body="本报讯 大沙河桥通车。")
    index_all()
    terms = {word for _weight, word in similar.key_terms(base, search_backend)}
    assert {"夜市", "大沙河"} <= terms
    # 夜市 is in 4 of 5 articles: over a 50 % share it no longer counts; 大沙河 (2) does.
    monkeypatch.setattr(similar, "COMMON_FLOOR", 0)
    monkeypatch.setattr(similar, "COMMON_SHARE", 0.5)
    terms = {word for _weight, word in similar.key_terms(base, search_backend)}
    assert "夜市" not in terms and "大沙河" in terms


def test_a_missing_index_is_no_server_error(client, db, search_backend):
    make_indexed_article(title="夜市", body="本报讯 夜市。")
    response = get(client, q="夜市")  # nothing indexed yet: an empty result, not a 500
    assert response.status_code == 200
    assert response.context["total"] == 0


def test_credit_only_search_lists_newest_first(client, small_corpus):
    response = get(client, person="孙庆辉")
    assert response.context["sorts"][0]["label"] == "最新"
    assert re.search(r"找到 <strong>3</strong>", response.content.decode())


def test_result_links_open_the_article(client, small_corpus):
    response = get(client, q="夜市")
    url = response.context["results"][0]["article"].get_absolute_url()
    assert client.get(url).status_code == 200


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    q=st.text(max_size=40) | st.text(alphabet='"-:： 记者夜市焦“”()*?~^', max_size=20),
    page=st.sampled_from(["1", "2", "0", "-1", "x", ""]),
)
def test_no_query_is_a_server_error(client, small_corpus, q, page):
    response = client.get(URL, {"q": q, "page": page})
    assert response.status_code in (200, 400, 404)


def test_the_search_box_keeps_valid_filters_for_the_next_query(client, small_corpus):
    html = get(client, q="预算", year="2021", sort="oldest").content.decode()
    assert '<input type="hidden" name="year" value="2021">' in html
    assert '<input type="hidden" name="sort" value="oldest">' in html
    html = get(client, q="预算", start="bad").content.decode()
    assert 'name="start" value="bad"' not in html


def test_reading_never_creates_an_index(client, db, search_backend):
    import os

    article = make_indexed_article(title="夜市", body="本报讯 夜市。")
    assert get(client, q="夜市").context["total"] == 0
    assert "相关文章" not in client.get(article.get_absolute_url()).content.decode()
    assert not os.path.exists(search_backend.path)


def test_a_damaged_index_answers_503_with_a_message(client, small_corpus, search_backend):
    from haystack import connections

    index_dir = connections["default"].options["PATH"]
    for path in __import__("pathlib").Path(index_dir).iterdir():
        if path.is_file() and not path.name.endswith(".lock"):
            path.write_bytes(b"\x00garbage" * 64)
    search_backend._searcher = None  # as a worker started after the damage would be
    response = client.get(reverse("search:search"), {"q": "污染"})
    assert response.status_code == 503
    assert "搜索索引暂时无法读取" in response.content.decode()
