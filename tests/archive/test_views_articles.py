"""The issue page, the article page, the source view, and the URLs that lead to them."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings

from archive.models import Issue

from .factories import make_article, make_issue

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("similar_articles")]


def test_readable_urls(small_archive):
    page, training = small_archive["page"], small_archive["training"]
    # 第2版 of 9 July 2021, and its first article.
    assert page.get_absolute_url() == "/2021/07/09/2/"
    assert training.get_absolute_url() == "/2021/07/09/2/1/"
    assert small_archive["sun"].get_absolute_url() == f"/people/{small_archive['sun'].pk}/"
    assert small_archive["paper"].get_absolute_url() == "/papers/zzgx/"


def test_issue_lists_articles_in_reading_order(client, small_archive):
    page = small_archive["page"]
    response = client.get(page.get_absolute_url())
    assert response.status_code == 200
    assert [a.position for a in response.context["articles"]] == [1, 2]
    html = response.content.decode()
    # kicker, title, column, first lines and credits of each article
    for text in (
        "您上班 我带娃",
        "高新区工会举办爱心托管班",
        "高新区动态",
        "爱心托管班开班",
        "通讯员",
    ):
        assert text in html
    assert html.index("预算绩效管理培训") < html.index("爱心托管班")
    assert small_archive["huang"].get_absolute_url() in html
    # the other page printed that day is one tab away
    assert small_archive["front"].get_absolute_url() in html


def test_article_page_has_everything_a_reader_needs(client, small_archive, similar_articles):
    training = small_archive["training"]
    response = client.get(training.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 id="article-title">高新区财政金融局开展预算绩效管理培训' in html
    assert "<p>本报讯 7月5日，高新区财政金融局举办预算绩效管理培训班开班仪式。</p>" in html
    assert "<p>郑州市财政局副处长陈芳授课。</p>" in html
    assert "郑州高新时报" in html and "2021年7月9日" in html and "第2版" in html
    for person in ("sun", "huang", "chen"):
        assert small_archive[person].get_absolute_url() in html
    assert "郑州市财政局预算绩效管理处副处长" in html
    assert small_archive["bureau"].get_absolute_url() in html
    assert response.context["previous"] is None
    assert response.context["next"] == small_archive["childcare"]
    assert small_archive["childcare"].get_absolute_url() in html
    assert f"{training.get_absolute_url()}source/" in html
    similar_articles.assert_called_once_with(training, limit=5)


def test_article_kicker_subtitle_column(client, small_archive):
    childcare = small_archive["childcare"]
    html = client.get(childcare.get_absolute_url()).content.decode()
    assert "您上班 我带娃" in html and "解决职工“后顾之忧”" in html and "高新区动态" in html
    assert "摄影" in html  # 孙庆辉 is credited twice, as reporter and photographer


def test_article_citation_line(client, small_archive):
    training = small_archive["training"]
    html = client.get(training.get_absolute_url()).content.decode()
    # The paper's name and the 版次 number; the permanent URL, not the positional one.
    assert (
        "孙庆辉, 黄梦玮. 高新区财政金融局开展预算绩效管理培训[N/OL]. 郑州高新时报, 2021-07-09(2)"
        in html
    )
    assert f"http://testserver/articles/{training.pk}/." in html


def test_derived_titles_are_marked(client, small_archive):
    article = make_article(
        small_archive["front"], 2, title="2月11日上午洛阳高新区管委会考察组", title_is_derived=True
    )
    assert "拟题" in client.get(article.get_absolute_url()).content.decode()
    assert "拟题" not in client.get(small_archive["training"].get_absolute_url()).content.decode()


@override_settings(ROOT_URLCONF="tests.archive.urls_with_admin")
def test_staff_see_an_admin_link_readers_do_not(client, small_archive):
    url = small_archive["training"].get_absolute_url()
    admin_url = f"/admin/archive/article/{small_archive['training'].pk}/change/"
    assert admin_url not in client.get(url).content.decode()
    staff = get_user_model().objects.create_user("editor", password="x", is_staff=True)
    client.force_login(staff)
    assert admin_url in client.get(url).content.decode()


def test_source_view_marks_the_articles_span(client, small_archive):
    training = small_archive["training"]
    response = client.get(f"{training.get_absolute_url()}source/")
    assert response.status_code == 200
    html = response.content.decode()
    marked = html.split('<mark id="marked">')[1].split("</mark>")[0]
    assert marked.startswith("本报讯 7月5日，高新区财\n政金融局")
    assert "您上班" not in marked
    assert "您上班 我带娃" in html  # the rest of the page is shown too


def test_source_view_escapes_the_page_text(client, small_archive):
    issue = make_issue(
        small_archive["paper"], datetime.date(2021, 7, 10), raw_text="<script>x</script>正文"
    )
    make_article(issue, 1, body="正文", span_start=17, span_end=19)
    html = client.get(f"{issue.get_absolute_url()}1/source/").content.decode()
    assert "<script>x</script>" not in html and "&lt;script&gt;" in html


def test_issue_source_shows_raw_text_and_leftovers(client, small_archive):
    page = small_archive["page"]
    Issue.objects.filter(pk=page.pk).update(leftovers=["本版责编 王丽"])
    html = client.get(f"{page.get_absolute_url()}source/").content.decode()
    assert "记者 孙庆辉\n通讯员 黄梦玮" in html
    assert "本版责编 王丽" in html


def test_permalinks_redirect_to_dated_urls(client, small_archive):
    page, training = small_archive["page"], small_archive["training"]
    response = client.get(f"/issues/{page.pk}/")
    assert response.status_code == 302 and response["Location"] == page.get_absolute_url()
    response = client.get(f"/articles/{training.pk}/")
    assert response.status_code == 302 and response["Location"] == training.get_absolute_url()
    assert client.get("/articles/99999/").status_code == 404


def test_a_wrong_date_redirects_permanently_to_the_right_one(client, small_archive):
    page = small_archive["page"]
    response = client.get(f"/2020/01/01/{page.pk}/1/?utm=x")
    assert response.status_code == 301
    assert response["Location"] == f"{small_archive['training'].get_absolute_url()}?utm=x"
    assert client.get(f"/2020/01/01/{page.pk}/").status_code == 301


def test_missing_article_or_issue_is_404(client, small_archive):
    page = small_archive["page"]
    assert client.get(f"/2021/07/09/{page.pk}/9/").status_code == 404
    assert client.get("/2021/07/09/99999/").status_code == 404


@pytest.mark.parametrize(
    "path, bound",
    # the article page's own queries; "more like this" is the search app's (stubbed here).
    # The issue page: itself, its articles, their credits, the day's pages, 上一期, 下一期.
    [("", 6), ("1/", 6), ("30/", 6), ("source/", 1), ("1/source/", 1)],
)
def test_issue_and_article_pages_take_a_bounded_number_of_queries(
    client, big_archive, django_assert_max_num_queries, path, bound
):
    url = big_archive["page"].get_absolute_url() + path
    with django_assert_max_num_queries(bound):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    ("warning", "said"),
    [
        ("an HTML page: read as the text it shows (tags dropped)", "源文件是网页（HTML）"),
        ("two columns side by side on each line: read one after the other", "先左栏、后右栏"),
    ],
)
def test_source_view_says_when_the_text_is_read_from_the_file_not_the_file(
    client, small_archive, warning, said
):
    # Not "unchanged": the text kept is what the parser read (tags dropped, columns parted).
    issue = make_issue(small_archive["paper"], datetime.date(2021, 7, 10), raw_text="# 标题\n正文")
    Issue.objects.filter(pk=issue.pk).update(warnings=[warning])
    make_article(issue, 1, body="正文", span_start=5, span_end=7)
    for url in (f"{issue.get_absolute_url()}source/", f"{issue.get_absolute_url()}1/source/"):
        html = client.get(url).content.decode()
        assert said in html and "未经改动" not in html
    html = client.get(f"{small_archive['page'].get_absolute_url()}source/").content.decode()
    assert "未经改动" in html and said not in html
