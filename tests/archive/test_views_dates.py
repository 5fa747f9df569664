"""Home and browsing by date: years, months, the calendar, a day's pages."""

import datetime
from unittest import mock

import pytest
from django.urls import reverse

from .factories import make_article, make_issue

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("similar_articles")]


def test_home_shows_newest_pages_counts_and_search(client, small_archive):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="zh-CN">' in html
    assert 'action="/search/"' in html and 'name="q"' in html
    newest = list(response.context["newest_issues"])
    assert [issue.date for issue in newest] == [datetime.date(2021, 7, 9)] * 2 + [
        datetime.date(2020, 6, 5)
    ]
    assert newest[0].article_count + newest[1].article_count == 3
    assert response.context["counts"] == {"issues": 3, "articles": 4, "people": 3}
    assert small_archive["training"].get_absolute_url() in html


def test_home_same_day_in_earlier_years(client, small_archive):
    with mock.patch(
        "archive.views.home.timezone.localdate", return_value=datetime.date(2024, 7, 9)
    ):
        response = client.get("/")
    on_this_day = list(response.context["on_this_day"])
    assert {issue.pk for issue in on_this_day} == {
        small_archive["page"].pk,
        small_archive["front"].pk,
    }
    assert "往年今日" in response.content.decode()


def test_home_offers_this_month_when_nothing_on_this_day(client, small_archive):
    with mock.patch(
        "archive.views.home.timezone.localdate", return_value=datetime.date(2024, 6, 30)
    ):
        response = client.get("/")
    assert list(response.context["on_this_day"]) == []
    assert reverse("archive:month-detail", args=[2020, 6]) in response.content.decode()


def test_home_on_29_february_finds_the_leap_years_only(client, small_archive):
    leap = make_issue(small_archive["paper"], datetime.date(2020, 2, 29), "第1版")
    make_issue(small_archive["paper"], datetime.date(2019, 2, 28), "第1版")
    with mock.patch(
        "archive.views.home.timezone.localdate", return_value=datetime.date(2024, 2, 29)
    ):
        response = client.get("/")
    assert [issue.pk for issue in response.context["on_this_day"]] == [leap.pk]


def test_home_offers_only_earlier_years_that_have_this_month(client, small_archive):
    make_issue(small_archive["paper"], datetime.date(2018, 6, 30), "第1版")
    make_issue(small_archive["paper"], datetime.date(2019, 7, 1), "第1版")  # not June
    with mock.patch(
        "archive.views.home.timezone.localdate", return_value=datetime.date(2024, 6, 1)
    ):
        response = client.get("/")
    assert list(response.context["on_this_day"]) == []
    assert [day.year for day in response.context["earlier_years"]] == [2020, 2018]


def test_home_when_the_archive_is_empty(client, db):
    response = client.get("/")
    assert response.status_code == 200
    assert "还没有版面" in response.content.decode()


def test_year_list_counts_issues_and_articles(client, small_archive):
    response = client.get(reverse("archive:year-list"))
    assert response.context["years"] == [
        {"year": 2021, "issues": 2, "articles": 3},
        {"year": 2020, "issues": 1, "articles": 1},
    ]
    assert 'href="/2021/"' in response.content.decode()


def test_year_shows_twelve_months_with_article_counts(client, small_archive):
    response = client.get("/2021/")
    months = response.context["months"]
    assert len(months) == 12
    assert months[6]["articles"] == 3 and months[6]["issues"] == 2
    assert months[5]["articles"] == 0
    assert response.context["previous"] == 2020 and response.context["next"] is None
    assert 'href="/2021/07/"' in response.content.decode()


def test_year_and_month_without_pages_are_404(client, small_archive):
    assert client.get("/1999/").status_code == 404
    assert client.get("/2021/08/").status_code == 404
    assert client.get("/2021/13/").status_code == 404


def test_month_calendar_links_days_with_pages(client, small_archive):
    response = client.get("/2021/07/")
    assert response.status_code == 200
    cells = [cell for week in response.context["weeks"] for cell in week]
    ninth = next(c for c in cells if c["date"] == datetime.date(2021, 7, 9))
    assert ninth["issues"] == 2 and ninth["articles"] == 3
    html = response.content.decode()
    assert 'href="/2021/07/09/"' in html
    assert 'href="/2021/07/08/"' not in html
    assert response.context["previous"] == datetime.date(2020, 6, 5)
    assert response.context["weeks"][0][0]["date"].weekday() == 0  # weeks start on Monday


def test_day_lists_its_pages_with_headlines_and_credits(client, small_archive):
    response = client.get("/2021/07/09/")
    assert response.status_code == 200
    assert {i.pk for i in response.context["issues"]} == {
        small_archive["page"].pk,
        small_archive["front"].pk,
    }
    html = response.content.decode()
    assert "高新区工会举办爱心托管班" in html
    assert small_archive["sun"].get_absolute_url() in html
    assert response.context["previous"] == datetime.date(2020, 6, 5)


def test_day_without_pages_and_impossible_dates_are_404(client, small_archive):
    assert client.get("/2021/07/10/").status_code == 404
    assert client.get("/2021/02/30/").status_code == 404


def test_undated_pages_have_their_own_day(client, small_archive):
    issue = make_issue(small_archive["paper"], None, "第3版")
    article = make_article(issue, 1, title="无日期的文章")
    assert issue.get_absolute_url() == "/undated/3/"
    assert article.get_absolute_url() == "/undated/3/1/"
    response = client.get("/undated/")
    assert response.status_code == 200
    assert article.get_absolute_url() in response.content.decode()
    assert client.get(article.get_absolute_url()).status_code == 200
    assert "日期不详" in client.get("/dates/").content.decode()


def test_day_pages_are_paginated(client, small_archive):
    for n in range(25):
        make_issue(small_archive["paper"], datetime.date(2021, 7, 9), f"第{n + 3}版")
    first = client.get("/2021/07/09/")
    assert len(first.context["issues"]) == 20
    assert "?page=2" in first.content.decode()
    assert len(client.get("/2021/07/09/?page=2").context["issues"]) == 7
    assert client.get("/2021/07/09/?page=9").status_code == 404


@pytest.mark.parametrize(
    "url, bound",
    [("/", 7), ("/dates/", 4), ("/2021/", 4), ("/2021/07/", 3), ("/2021/07/09/", 7)],
)
def test_date_pages_take_a_bounded_number_of_queries(
    client, big_archive, django_assert_max_num_queries, url, bound
):
    with django_assert_max_num_queries(bound):
        assert client.get(url).status_code == 200


def test_year_list_reads_two_queries_however_many_years_and_articles(
    client, big_archive, django_assert_num_queries
):
    # The years' counts are kept on a row a year (archive.tallies): the listed years,
    # and the undated pages' count.
    with django_assert_num_queries(2):
        client.get("/dates/")
    paper = big_archive["paper"]
    for year in (2015, 2019):
        for n in range(3):
            make_article(make_issue(paper, datetime.date(year, 3, n + 1), "第1版"), 1)
    with django_assert_num_queries(2):
        response = client.get("/dates/")
    assert [row["year"] for row in response.context["years"]] == [2021, 2019, 2015]
    assert response.context["years"][1] == {"year": 2019, "issues": 3, "articles": 3}
