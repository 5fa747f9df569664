"""Archives to browse: a small realistic one, and a big one for query-count bounds."""

import datetime

import pytest

from archive.models import CreditRole, DepartmentKind

from .factories import (
    make_article,
    make_credit,
    make_department,
    make_department_mention,
    make_issue,
    make_person,
    make_person_mention,
    make_publication,
)

RAW_PAGE = (
    "高新区财政金融局开展预算绩效管理培训\n"
    "本报讯 7月5日，高新区财\n政金融局举办预算绩效管理培\n训班开班仪式。\n记者 孙庆辉\n通讯员 黄梦玮\n"
    "您上班 我带娃\n高新区工会举办爱心托管班\n本报讯 7月8日，爱心托管班开班。\n记者 孙庆辉\n"
)


@pytest.fixture
def small_archive(db):
    """One paper, two pages on 2021-07-09 and one in 2020, a reporter, a mention."""
    paper = make_publication(name="郑州高新时报", zone="郑州高新区", slug="zzgx")
    page = make_issue(paper, datetime.date(2021, 7, 9), "第2版", raw_text=RAW_PAGE)
    front = make_issue(paper, datetime.date(2021, 7, 9), "第1版")
    older = make_issue(paper, datetime.date(2020, 6, 5), "第1版")
    first_start = RAW_PAGE.index("本报讯 7月5日")
    training = make_article(
        page,
        1,
        title="高新区财政金融局开展预算绩效管理培训",
        body="本报讯 7月5日，高新区财政金融局举办预算绩效管理培训班开班仪式。\n郑州市财政局副处长陈芳授课。",
        date=datetime.date(2021, 7, 5),
        span_start=first_start,
        span_end=RAW_PAGE.index("您上班"),
    )
    childcare = make_article(
        page,
        2,
        title="高新区工会举办爱心托管班",
        kicker="您上班 我带娃",
        subtitle="解决职工“后顾之忧”",
        column="高新区动态",
        body="本报讯 7月8日，爱心托管班开班。",
        span_start=RAW_PAGE.index("您上班"),
        span_end=len(RAW_PAGE),
    )
    front_story = make_article(front, 1, title="高新区召开优化营商环境推进会")
    old_story = make_article(older, 1, title="经开区领导带队开展综合调研")
    sun = make_person("孙庆辉")
    huang = make_person("黄梦玮")
    chen = make_person("陈芳")
    make_credit(training, sun, CreditRole.REPORTER, 0)
    make_credit(training, huang, CreditRole.CORRESPONDENT, 1)
    make_credit(childcare, sun, CreditRole.REPORTER, 0)
    make_credit(childcare, sun, CreditRole.PHOTOGRAPHER, 1)
    make_credit(old_story, sun, CreditRole.REPORTER, 0)
    make_person_mention(training, chen, ["郑州市财政局预算绩效管理处副处长"])
    make_person_mention(old_story, chen, ["郑州市财政局副处长"])
    bureau = make_department("高新区财政金融局", kind=DepartmentKind.BUREAU)
    make_department_mention(training, bureau)
    return {
        "paper": paper,
        "page": page,
        "front": front,
        "older": older,
        "training": training,
        "childcare": childcare,
        "front_story": front_story,
        "old_story": old_story,
        "sun": sun,
        "huang": huang,
        "chen": chen,
        "bureau": bureau,
    }


@pytest.fixture
def big_archive(db):
    """Enough rows that a per-row query would show: 60 articles on one page and 30 more
    across 30 days, 30 people each credited and mentioned many times, 12 departments."""
    paper = make_publication(name="高新时报", slug="gx")
    day = datetime.date(2021, 7, 9)
    page = make_issue(paper, day, "第1版")
    people = [make_person(f"记者{n:02d}") for n in range(30)]
    departments = [make_department(f"高新区第{n}局") for n in range(12)]
    articles = []
    for n in range(60):
        article = make_article(page, n + 1, title=f"第{n + 1}篇报道", column="高新区动态")
        make_credit(article, people[n % 30], CreditRole.REPORTER, 0)
        make_credit(article, people[(n + 1) % 30], CreditRole.CORRESPONDENT, 1)
        make_person_mention(article, people[(n + 2) % 30], ["主任", f"第{n % 3}组组长"])
        make_department_mention(article, departments[n % 12])
        articles.append(article)
    for n in range(30):
        other = make_issue(paper, day - datetime.timedelta(days=n + 1), f"第{n % 4 + 1}版")
        article = make_article(other, 1, title=f"往日报道{n}")
        make_credit(article, people[0], CreditRole.REPORTER, 0)
        make_person_mention(article, people[1], [f"职务{n % 5}"])
        make_department_mention(article, departments[0])
        articles.append(article)
    return {
        "paper": paper,
        "page": page,
        "people": people,
        "departments": departments,
        "articles": articles,
    }


@pytest.fixture
def similar_articles(monkeypatch):
    """Stand in for the search app's similarity lookup (tested in tests/search/):
    the reader views are tested here, not the index. Records what it was asked."""
    from unittest import mock

    from search import engine

    stub = mock.Mock(return_value=[])
    monkeypatch.setattr(engine, "more_like_this", stub)
    return stub
