"""People and departments: indexes with counts, pages with credits, mentions and titles."""

import datetime
import re

import pytest

from archive.models import Credit, CreditRole, DepartmentMention, PersonMention

from .factories import (
    make_article,
    make_credit,
    make_department_mention,
    make_issue,
    make_person,
    make_person_mention,
    make_publication,
)

pytestmark = pytest.mark.django_db


def test_person_index_puts_reporters_first_with_counts(client, small_archive):
    response = client.get("/people/")
    people = list(response.context["people"])
    assert people[0] == small_archive["sun"]
    assert (people[0].reporter_count, people[0].credit_count, people[0].mention_count) == (3, 4, 0)
    assert [p.name for p in people[1:]] == ["黄梦玮", "陈芳"]  # credited, then only mentioned
    assert people[2].mention_count == 2


def test_person_index_filters(client, small_archive):
    names = lambda show: [p.name for p in client.get(f"/people/?show={show}").context["people"]]  # noqa: E731
    assert names("reporter") == ["孙庆辉"]
    assert names("credited") == ["孙庆辉", "黄梦玮"]
    assert names("mentioned") == ["陈芳"]
    assert len(names("nonsense")) == 3


def test_person_index_is_paginated(client, small_archive):
    for n in range(70):
        make_person(f"人物{n:02d}")
    response = client.get("/people/")
    assert len(response.context["people"]) == 60
    assert len(client.get("/people/?page=2").context["people"]) == 13
    assert client.get("/people/?page=3").status_code == 404


def test_person_page_lists_credits_by_role(client, small_archive):
    sun = small_archive["sun"]
    response = client.get(sun.get_absolute_url())
    assert response.status_code == 200
    assert response.context["roles"] == [("reporter", "记者", 3), ("photographer", "摄影", 1)]
    credited = list(response.context["credited"])
    # newest page first; an article credited twice (文/图) is listed once
    assert credited == [
        small_archive["training"],
        small_archive["childcare"],
        small_archive["old_story"],
    ]
    photos = client.get(f"{sun.get_absolute_url()}?role=photographer").context["credited"]
    assert list(photos) == [small_archive["childcare"]]


def test_person_page_shows_mentions_and_titles_over_time(client, small_archive):
    chen = small_archive["chen"]
    response = client.get(chen.get_absolute_url())
    assert [m.article for m in response.context["mentions"]] == [
        small_archive["training"],
        small_archive["old_story"],
    ]
    titles = response.context["titles"]
    assert [(t["title"], t["first"]) for t in titles] == [
        ("郑州市财政局副处长", datetime.date(2020, 6, 5)),
        ("郑州市财政局预算绩效管理处副处长", datetime.date(2021, 7, 9)),
    ]
    html = response.content.decode()
    assert "见报职务" in html and small_archive["training"].get_absolute_url() in html
    # The career line: each title from the month it was first printed.
    line = html[html.index('<p class="career-line">') :]
    line = re.sub(r"<[^>]+>", "", line[: line.index("</p>")])
    assert line == "2020-06 郑州市财政局副处长 → 2021-07 郑州市财政局预算绩效管理处副处长"


def test_titles_keep_first_and_last_sighting(client, db):
    person = make_person("周爱荣")
    for year in (2019, 2021, 2020):
        article = make_article(make_issue(date=datetime.date(year, 1, 1)), 1)
        make_person_mention(article, person, ["办公室主任"])
    (row,) = client.get(person.get_absolute_url()).context["titles"]
    assert (row["first"].year, row["last"].year, row["count"]) == (2019, 2021, 3)


def test_person_credits_and_mentions_paginate_separately(client, small_archive):
    sun = small_archive["sun"]
    for n in range(25):
        issue = make_issue(
            small_archive["paper"], datetime.date(2019, 1, 1) + datetime.timedelta(days=n)
        )
        article = make_article(issue, 1)
        make_credit(article, sun, CreditRole.REPORTER)
        make_person_mention(article, sun)
    first = client.get(sun.get_absolute_url())
    assert len(first.context["credited"]) == 20 and len(first.context["mentions"]) == 20
    html = first.content.decode()
    assert "?page=2" in html and "?mentions=2" in html
    second = client.get(f"{sun.get_absolute_url()}?mentions=2&page=1")
    assert len(second.context["mentions"]) == 5 and len(second.context["credited"]) == 20
    assert client.get(f"{sun.get_absolute_url()}?mentions=7").status_code == 404


def test_a_busy_persons_articles_are_paged_newest_first_each_once(client, small_archive):
    sun = small_archive["sun"]
    paper = small_archive["paper"]
    made = []
    for n in range(40):
        article = make_article(make_issue(paper, datetime.date(2019, 1, 1) + datetime.timedelta(n)))
        make_credit(article, sun, CreditRole.REPORTER, 0)
        if n % 4 == 0:  # 文/图: credited twice, listed once
            make_credit(article, sun, CreditRole.PHOTOGRAPHER, 1)
        made.append(article)
    # 40 new articles and the 3 of small_archive, all older than July 2021 but two.
    expected = [small_archive["training"], small_archive["childcare"], small_archive["old_story"]]
    expected += made[::-1]
    first = client.get(sun.get_absolute_url())
    assert first.context["credited"].paginator.count == 43
    assert first.context["credited"].paginator.num_pages == 3
    pages = [
        list(client.get(f"{sun.get_absolute_url()}?page={n}").context["credited"])
        for n in (1, 2, 3)
    ]
    assert [len(page) for page in pages] == [20, 20, 3]
    assert pages[0] + pages[1] + pages[2] == expected
    photos = client.get(f"{sun.get_absolute_url()}?role=photographer").context["credited"]
    assert photos.paginator.count == 11 and len(photos) == 11  # 10 new and 爱心托管班
    assert client.get(f"{sun.get_absolute_url()}?page=4").status_code == 404


def test_a_departments_articles_are_paged_newest_first(client, small_archive):
    bureau = small_archive["bureau"]
    made = []
    for n in range(25):
        issue = make_issue(
            small_archive["paper"], datetime.date(2019, 1, 1) + datetime.timedelta(n)
        )
        made.append(make_article(issue))
        make_department_mention(made[-1], bureau)
    first = client.get(bureau.get_absolute_url()).context["articles"]
    assert first.paginator.count == 26
    assert list(first)[:2] == [small_archive["training"], made[-1]]
    second = client.get(f"{bureau.get_absolute_url()}?page=2").context["articles"]
    assert list(second) == made[5::-1]


def test_department_index_and_page(client, small_archive):
    bureau = small_archive["bureau"]
    response = client.get("/departments/")
    (listed,) = response.context["departments"]
    assert listed == bureau and listed.mention_count == 1
    assert client.get("/departments/?kind=school").context["departments"].count() == 0
    assert response.context["kinds"] == [("bureau", "局", 1)]  # only kinds the archive has
    response = client.get(bureau.get_absolute_url())
    assert list(response.context["articles"]) == [small_archive["training"]]
    assert "高新区财政金融局" in response.content.decode()


def test_publications(client, small_archive):
    response = client.get("/papers/")
    assert response.context["publications"][0].issue_count == 3
    response = client.get("/papers/zzgx/")
    assert response.status_code == 200
    assert len(response.context["issues"]) == 3
    assert client.get("/papers/none/").status_code == 404


@pytest.mark.parametrize(
    "url, bound",
    [("/people/", 2), ("/people/?show=reporter", 2), ("/departments/", 3), ("/papers/", 2)],
)
def test_indexes_take_a_bounded_number_of_queries(
    client, big_archive, django_assert_max_num_queries, url, bound
):
    with django_assert_max_num_queries(bound):
        assert client.get(url).status_code == 200


def test_person_page_takes_a_bounded_number_of_queries(
    client, big_archive, django_assert_max_num_queries
):
    prolific = big_archive["people"][0]  # 32 credits, 2 mentions
    mentioned = big_archive["people"][1]  # 32 mentions with titles
    # Four of the thirteen find the people they appear with (archive.views.people.appears_with:
    # the latest credits, the latest mentions, their people, who they are), one their aliases.
    for person in (prolific, mentioned):
        with django_assert_max_num_queries(13):
            assert client.get(person.get_absolute_url()).status_code == 200


def test_department_and_paper_pages_take_a_bounded_number_of_queries(
    client, big_archive, django_assert_max_num_queries
):
    with django_assert_max_num_queries(5):  # one of them its aliases
        assert client.get(big_archive["departments"][0].get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(3):
        assert client.get(big_archive["paper"].get_absolute_url()).status_code == 200


def test_titles_are_counted_across_the_lists_they_were_printed_in(client, db):
    person = make_person("周爱荣")
    paper = make_publication()
    for day, titles in [
        (datetime.date(2020, 3, 1), ["办公室主任"]),
        (datetime.date(2019, 5, 1), ["办公室主任"]),
        (datetime.date(2021, 1, 1), ["办公室主任", "党支部书记"]),
        (None, ["党支部书记"]),  # a page whose date is unknown
        (None, ["工会主席"]),
        (datetime.date(2022, 1, 1), []),
    ]:
        make_person_mention(make_article(make_issue(paper, day), 1), person, titles)
    titles = client.get(person.get_absolute_url()).context["titles"]
    assert [(t["title"], t["first"], t["last"], t["count"]) for t in titles] == [
        ("办公室主任", datetime.date(2019, 5, 1), datetime.date(2021, 1, 1), 3),
        ("党支部书记", datetime.date(2021, 1, 1), datetime.date(2021, 1, 1), 2),
        ("工会主席", None, None, 1),
    ]


def test_lists_of_articles_leave_the_pages_source_text_unread(client, small_archive):
    # A list shows titles and first lines; a page's whole text is the source view's.
    source = {"raw_text", "leftovers", "warnings"}
    sun, chen, bureau = small_archive["sun"], small_archive["chen"], small_archive["bureau"]
    listed = list(client.get(sun.get_absolute_url()).context["credited"])
    listed += client.get(bureau.get_absolute_url()).context["articles"]
    listed += [m.article for m in client.get(chen.get_absolute_url()).context["mentions"]]
    assert len(listed) == 6
    for article in listed:
        assert source <= article.issue.get_deferred_fields()
        assert "parsed_body" in article.get_deferred_fields()


def test_a_title_keeps_its_organisation(client, db):
    person = make_person("王玉红")
    paper = make_publication()
    for day, organization in [
        (datetime.date(2019, 11, 5), "市委第四指导组"),
        (datetime.date(2021, 7, 9), ""),
    ]:
        article = make_article(make_issue(paper, day), 1)
        make_person_mention(article, person, ["组长"], organization=organization)
    make_person_mention(
        make_article(), person, ["市委第四指导组组长"], organization="市委第四指导组"
    )
    titles = {
        row["title"]: row["count"]
        for row in client.get(person.get_absolute_url()).context["titles"]
    }
    assert titles == {"市委第四指导组组长": 2, "组长": 1}


def test_a_title_printed_with_its_own_body_is_not_given_another(client, db):
    person = make_person("王玉红")
    make_person_mention(make_article(), person, ["组长", "县妇联副主席"], organization="市委巡察组")
    make_person_mention(make_article(), person, ["市长"], organization="开封市")
    titles = [row["title"] for row in client.get(person.get_absolute_url()).context["titles"]]
    assert sorted(titles) == ["县妇联副主席", "市委巡察组组长", "开封市市长"]


def test_a_person_page_names_who_they_appear_with(client, small_archive):
    sun = small_archive["sun"]
    response = client.get(sun.get_absolute_url())
    assert response.context["companions"] == [
        (small_archive["chen"], 2),
        (small_archive["huang"], 1),
    ]
    assert "常一起见报的人" in response.content.decode()
    # Ties in name order.
    assert client.get(small_archive["huang"].get_absolute_url()).context["companions"] == [
        (sun, 1),
        (small_archive["chen"], 1),
    ]


def test_pages_past_the_middle_read_from_the_end_list_the_same_rows(client, big_archive):
    # The second half of a long list is read backwards (archive.views.base.paginate_keys):
    # every page holds what reading forwards gives, in the list's order, each row once.
    reporter, mentioned = big_archive["people"][0], big_archive["people"][1]
    department = big_archive["departments"][0]
    for url, param, name, expected in [
        (
            reporter.get_absolute_url(),
            "page",
            "credited",
            Credit.objects.filter(person=reporter)
            .first_of_each_article()
            .newest_first()
            .values_list("article", flat=True),
        ),
        (
            mentioned.get_absolute_url(),
            "mentions",
            "mentions",
            PersonMention.objects.filter(person=mentioned)
            .newest_first()
            .values_list("pk", flat=True),
        ),
        (
            department.get_absolute_url(),
            "page",
            "articles",
            DepartmentMention.objects.filter(department=department)
            .newest_first()
            .values_list("article", flat=True),
        ),
    ]:
        expected = list(expected)
        assert len(expected) > 30  # two pages, the second past the middle
        listed = []
        for number in (1, 2):
            page = client.get(f"{url}?{param}={number}").context[name]
            listed += [row.pk for row in page.object_list]
        assert listed == expected, url


def test_pages_in_the_middle_sought_by_their_dates_list_the_same_rows(
    client, big_archive, monkeypatch
):
    # Far from both ends a page of a list newest first is sought by its dates
    # (archive.views.base.seek_by_date): every page holds what stepping over the rows
    # before it gives, with several rows on one date, on one page and on two, and an
    # undated page (where the rows are stepped over, as before).
    from archive.views import base
    from archive.views.departments import DepartmentDetailView
    from archive.views.people import PersonDetailView

    reporter, mentioned = big_archive["people"][0], big_archive["people"][1]
    department = big_archive["departments"][0]
    paper, day = big_archive["paper"], datetime.date(2021, 7, 1)
    for issue in (make_issue(paper, day, "第7版"), make_issue(paper, None, "第8版")):
        for n in range(4):
            article = make_article(issue, title=f"{issue.page_label}第{n}篇")
            make_credit(article, reporter, CreditRole.REPORTER, 0)
            make_person_mention(article, mentioned, ["主任"])
            make_department_mention(article, department)
    monkeypatch.setattr(base, "SEEK_FROM", 0)
    monkeypatch.setattr(PersonDetailView, "paginate_by", 3)
    monkeypatch.setattr(DepartmentDetailView, "paginate_by", 3)
    sought = []

    def seek(*args):
        found = seek_by_date(*args)
        sought.append(found is not None)
        return found

    seek_by_date = base.seek_by_date
    monkeypatch.setattr(base, "seek_by_date", seek)
    for url, param, name, expected in [
        (
            reporter.get_absolute_url(),
            "page",
            "credited",
            Credit.objects.filter(person=reporter)
            .first_of_each_article()
            .newest_first()
            .values_list("article", flat=True),
        ),
        (
            mentioned.get_absolute_url(),
            "mentions",
            "mentions",
            PersonMention.objects.filter(person=mentioned)
            .newest_first()
            .values_list("pk", flat=True),
        ),
        (
            department.get_absolute_url(),
            "page",
            "articles",
            DepartmentMention.objects.filter(department=department)
            .newest_first()
            .values_list("article", flat=True),
        ),
    ]:
        expected = list(expected)
        pages = -(-len(expected) // 3)
        assert pages > 10
        listed = []
        for number in range(1, pages + 1):
            page = client.get(f"{url}?{param}={number}").context[name]
            listed += [row.pk for row in page.object_list]
        assert listed == expected, url
    assert sum(sought) >= 20 and not all(sought)  # sought, and stepped over where undated
