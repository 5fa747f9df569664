"""Pages by 版次: `/2021/07/09/2/` is 第2版; row-id URLs from before answer 301; a day's
pages in order; 上一版/下一版 and 上一期/下一期; a date the parser inferred says so."""

import datetime
import re

import pytest

from archive.models import DateSource

from .factories import make_article, make_issue, make_publication

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("similar_articles")]

DAY = datetime.date(2021, 7, 9)


def nav_links(html):
    """{data-nav name: href} of the page's 翻版 navigation."""
    return dict(
        (name, href) for href, name in re.findall(r'href="([^"]+)" data-nav="([a-z-]+)"', html)
    )


def test_row_id_urls_from_before_answer_301_to_the_page_by_its_number(client, small_archive):
    page = make_issue(small_archive["paper"], datetime.date(2022, 3, 1), "")
    page.page_number = page.pk + 1  # the row id and the 版次 differ
    page.save()
    article = make_article(page, 1)
    n, old = page.page_number, f"/2022/03/01/{page.pk}"
    for path, new in [
        (f"{old}/", f"/2022/03/01/{n}/"),
        (f"{old}/1/", f"/2022/03/01/{n}/1/"),
        (f"{old}/source/", f"/2022/03/01/{n}/source/"),
        (f"{old}/1/source/", f"/2022/03/01/{n}/1/source/"),
        (f"{old}.json", f"/2022/03/01/{n}.json"),
        (f"{old}.csv", f"/2022/03/01/{n}.csv"),
        (f"{old}/1.json", f"/2022/03/01/{n}/1.json"),
        (f"/2020/01/01/{page.pk}/1/", f"/2022/03/01/{n}/1/"),  # a date since corrected
    ]:
        response = client.get(path)
        assert (path, response.status_code, response.get("Location")) == (path, 301, new)
    assert client.get(f"/2022/03/01/{n}/").context["issue"] == page
    assert client.get(f"/2022/03/01/{n}/1/").context["article"] == article
    nothing = n + 1  # neither a 版次 of the day nor a row
    assert client.get(f"/2022/03/01/{nothing}/").status_code == 404


def test_a_number_the_day_has_as_a_page_is_that_page_not_a_row_id(client, small_archive):
    # The one case a row-id URL cannot be told apart: the 版次 wins.
    front = small_archive["front"]
    response = client.get(f"/2021/07/09/{front.page_number}/")
    assert response.status_code == 200
    assert response.context["issue"] == front


def test_two_papers_with_the_same_page_on_one_day_get_two_urls(client, small_archive):
    other = make_publication(name="郑州日报", zone="郑州市", slug="zzrb")
    theirs = make_issue(other, DAY, "第1版")
    ours = small_archive["front"]
    assert ours.get_absolute_url() == "/2021/07/09/1/"
    assert theirs.get_absolute_url() == "/2021/07/09/1-zzrb/"
    assert client.get(theirs.get_absolute_url()).context["issue"] == theirs
    theirs.page_name = "要闻"
    theirs.save()  # an unrelated edit never moves a page's URL
    assert theirs.get_absolute_url() == "/2021/07/09/1-zzrb/"
    assert theirs.page_label == "第1版 要闻"


def test_unnumbered_pages_are_addressed_by_their_row(client, small_archive):
    loose = make_issue(small_archive["paper"], DAY, "")
    assert loose.page_number is None
    assert loose.get_absolute_url() == f"/2021/07/09/p{loose.pk}/"
    assert client.get(loose.get_absolute_url()).status_code == 200


def test_the_day_lists_its_pages_by_number(client, small_archive):
    paper = small_archive["paper"]
    make_issue(paper, DAY, "第10版 文化")
    make_issue(paper, DAY, "第3版")
    response = client.get("/2021/07/09/")
    labels = [issue.page_label for issue in response.context["issues"]]
    assert labels == ["第1版", "第2版", "第3版", "第10版 文化"]
    html = response.content.decode()
    tabs = html[html.index('aria-label="本日各版"') :]
    assert tabs.index("第1版") < tabs.index("第2版") < tabs.index("第3版") < tabs.index("第10版")


def test_a_page_links_to_the_pages_and_issues_beside_it(client, small_archive):
    paper, page, front = small_archive["paper"], small_archive["page"], small_archive["front"]
    third = make_issue(paper, DAY, "第3版")
    later = make_issue(paper, datetime.date(2021, 7, 12), "第2版")
    later_front = make_issue(paper, datetime.date(2021, 7, 12), "第1版")
    make_issue(make_publication(slug="other"), datetime.date(2021, 7, 10), "第1版")  # not ours
    links = nav_links(client.get(page.get_absolute_url()).content.decode())
    assert links == {
        "previous-page": front.get_absolute_url(),
        "next-page": third.get_absolute_url(),
        # The paper's nearest other days, at their first page, whatever was stored first.
        "previous-issue": small_archive["older"].get_absolute_url(),
        "next-issue": later_front.get_absolute_url(),
    }
    links = nav_links(client.get(later.get_absolute_url()).content.decode())
    assert set(links) == {"previous-page", "previous-issue"}  # the newest issue's last page
    assert links["previous-issue"] == front.get_absolute_url()


def test_a_date_the_parser_inferred_says_so(client, small_archive):
    page = small_archive["page"]
    notice = "根据正文提到的日期推断"
    assert notice not in client.get(page.get_absolute_url()).content.decode()
    page.date_source = DateSource.TEXT
    page.save()
    article = make_article(page, 3, title="推断日期的文章")
    for url in (page.get_absolute_url(), article.get_absolute_url(), "/2021/07/09/"):
        assert notice in client.get(url).content.decode(), url
