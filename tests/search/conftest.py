"""A fresh Whoosh index in a temporary directory for every test that asks for one."""

import datetime
from contextlib import contextmanager

import pytest
from django.test import override_settings
from haystack import connections

from archive.models import Article, CreditRole
from search.queue import enqueue, process_queue
from tests.archive.factories import (
    make_article,
    make_credit,
    make_department,
    make_department_mention,
    make_issue,
    make_person,
    make_person_mention,
    make_publication,
)


@contextmanager
def haystack_pointed_at(config):
    """haystack's default connection on `config` for the block, then back as it was."""
    saved = connections.connections_info
    with override_settings(HAYSTACK_CONNECTIONS=config):
        connections.connections_info = config
        connections.reload("default")
        try:
            yield connections["default"].get_backend()
        finally:
            connections.connections_info = saved
            connections.reload("default")


@contextmanager
def temporary_index(path):
    """Point haystack's default connection at a Whoosh index in `path` (never var/)."""
    config = {"default": {"ENGINE": "search.whoosh.backend.ChineseWhooshEngine", "PATH": str(path)}}
    with haystack_pointed_at(config) as backend:
        yield backend


@pytest.fixture
def search_backend(tmp_path):
    """The search backend, writing to an index under `tmp_path`."""
    with temporary_index(tmp_path / "ix") as backend:
        yield backend


def index_all():
    """Queue every article and apply the queue, as the single writer does."""
    enqueue(Article.objects.values_list("pk", flat=True))
    return process_queue(wait=True)


def make_indexed_article(
    issue=None, *, credits=(), people=(), departments=(), index=False, **fields
):
    """An article with its byline and mentions; `credits` is [(name, role)]."""
    article = make_article(issue, **fields)
    for name, role in credits:
        make_credit(article, person=_person(name), role=role)
    for name in people:
        make_person_mention(article, person=_person(name))
    for name in departments:
        make_department_mention(article, department=_department(name))
    return article


def _person(name):
    from archive.models import Person

    return Person.objects.filter(name=name).first() or make_person(name)


def _department(name):
    from archive.models import Department

    return Department.objects.filter(name=name).first() or make_department(name)


@pytest.fixture
def small_corpus(db, search_backend):
    """Five articles over two papers and two years, indexed."""
    zz = make_publication(name="郑州高新时报", slug="zz")
    jz = make_publication(name="焦作日报", slug="jz")
    page = make_issue(zz, datetime.date(2021, 7, 9))
    older = make_issue(zz, datetime.date(2020, 6, 5))
    jz_page = make_issue(jz, datetime.date(2023, 6, 27))
    articles = {
        "pollution": make_indexed_article(
            page,
            title="高新区污染源普查工作获全省通报表扬",
            body="本报讯 近日，河南省第二次全国污染源普查领导小组办公室下发决定，"
            "阿志强、宋恩民、李飞获评表现突出个人。",
            date=datetime.date(2021, 7, 1),
            credits=[("孙庆辉", CreditRole.REPORTER), ("王玲玲", CreditRole.CORRESPONDENT)],
            people=["阿志强", "宋恩民", "李飞"],
            departments=["高新区环保安监局"],
        ),
        "budget": make_indexed_article(
            page,
            title="高新区财政金融局开展预算绩效管理培训",
            body="本报讯 7月5日，高新区财政金融局举办预算绩效管理培训班开班仪式。",
            date=datetime.date(2021, 7, 5),
            credits=[("孙庆辉", CreditRole.REPORTER), ("黄梦玮", CreditRole.CORRESPONDENT)],
            people=["周爱荣", "陈芳"],
            departments=["高新区财政金融局"],
        ),
        "bonds": make_indexed_article(
            older,
            title="积极申报专项债券 助力经开快速发展",
            body="本报讯 区财政局强化职责，做好专项债券申报管理工作，预算资金用好用活。",
            date=datetime.date(2020, 5, 25),
            column="党建连连看",
            credits=[("王赛华", CreditRole.REPORTER)],
        ),
        "night_market": make_indexed_article(
            jz_page,
            title="吕沛调研大沙河桥夜市经营秩序安全管理等工作",
            body="本报讯 吕沛到民主路大沙河桥调研夜市经营秩序、安全管理等工作。",
            date=datetime.date(2023, 6, 26),
            column="高新区动态",
            credits=[("付凯明", CreditRole.REPORTER)],
            people=["吕沛"],
        ),
        "jiao": make_indexed_article(
            page,
            title="",
            body="本报讯 26集《焦裕禄》动画片在中央电视台播出，弘扬焦裕禄精神。<script>alert(1)</script>",
            date=None,
            credits=[("孙庆辉", CreditRole.REPORTER)],
        ),
    }
    index_all()
    return articles
