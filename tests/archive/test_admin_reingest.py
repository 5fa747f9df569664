"""Corrections stick: re-ingesting the seed pages after staff fixed them in the admin
keeps every fix and duplicates nothing."""

import pytest
from django.contrib.admin import helpers
from django.urls import reverse

from archive import aliases
from archive.models import (
    Article,
    ArticleChange,
    Credit,
    DepartmentMention,
    Issue,
    Person,
    PersonMention,
)

from . import admin_fixtures
from .admin_fixtures import alias_rows, form_data, ingest, inline_rows, person, seed_article

pytestmark = pytest.mark.django_db

# Fixtures the admin tests share (tests/archive/conftest.py serves the reader views).
editor = admin_fixtures.editor
editor_client = admin_fixtures.editor_client
seeds = admin_fixtures.seeds

HEADLINE = "26集动画片《焦裕禄》在央视播出"


def edit_article(client, article, change):
    url = reverse("admin:archive_article_change", args=[article.pk])
    data = form_data(client.get(url), "article_form")
    change(data)
    response = client.post(url, data)
    assert response.status_code == 302


def fix_everything(client):
    """What the browser test does, and a little more, through the admin."""
    budget = seed_article("高新区财政金融局开展预算绩效管理培训")
    wrong = budget.credits.get(person__name="黄梦玮")
    client.post(reverse("admin:archive_person_add"), {**alias_rows(), "name": "黄梦炜"})

    def fix_credit(data):
        data[f"credits-{inline_rows(data, 'credits')[wrong.pk]}-person"] = str(person("黄梦炜").pk)
        mention = budget.person_mentions.get(person__name="陈芳")
        data[f"person_mentions-{inline_rows(data, 'person_mentions')[mention.pk]}-titles"] = (
            "副处长"
        )

    edit_article(client, budget, fix_credit)

    cartoon = seed_article("由河南省纪委监委宣传部")

    def fix_text(data):
        data["title"] = HEADLINE
        data["body"] = data["body"].replace("现已更播", "现已播出")
        data["reviewed"] = "on"

    edit_article(client, cartoon, fix_text)

    no_byline = seed_article("郑大二附院周边道路")

    def add_credit(data):
        data.update({"credits-0-person": str(person("王赛华").pk), "credits-0-role": "reporter"})
        data["credits-0-order"] = "0"

    edit_article(client, no_byline, add_credit)

    response = client.post(
        reverse("admin:archive_person_changelist"),
        {
            "action": "merge_people",
            helpers.ACTION_CHECKBOX_NAME: [person("陈伟").pk, person("陈杨").pk],
            "keep": person("陈伟").pk,
            "confirm": "yes",
        },
    )
    assert response.status_code == 302
    url = reverse("admin:archive_person_change", args=[person("赵根志").pk])
    response = client.post(url, {**form_data(client.get(url), "person_form"), "name": "赵根智"})
    assert response.status_code == 302
    return budget, cartoon, no_byline


def snapshot():
    return {
        "articles": Article.objects.count(),
        "issues": Issue.objects.count(),
        "credits": sorted(
            Credit.objects.values_list("article_id", "person__name", "role", "source", "verified")
        ),
        "mentions": sorted(
            PersonMention.objects.values_list("article_id", "person__name", "titles")
        ),
        "departments": sorted(DepartmentMention.objects.values_list("article_id", "department_id")),
        "people": sorted((p.name, aliases.names(p)) for p in Person.objects.all()),
        "changes": ArticleChange.objects.count(),
    }


def test_reingesting_the_seeds_keeps_every_fix(editor_client, seeds):
    budget, cartoon, no_byline = fix_everything(editor_client)
    before = snapshot()

    ingest("--force")

    assert snapshot() == before  # nothing undone, nothing doubled
    budget.refresh_from_db()
    assert [(c.person.name, c.role) for c in budget.credits.order_by("order")] == [
        ("孙庆辉", "reporter"),
        ("黄梦炜", "correspondent"),
    ]
    assert budget.person_mentions.get(person__name="陈芳").titles == ["副处长"]
    cartoon.refresh_from_db()
    assert cartoon.title == HEADLINE and "现已播出" in cartoon.body
    assert cartoon.parsed_title.startswith("由河南省纪委监委宣传部")  # the original
    assert "现已更播" in cartoon.parsed_body
    assert cartoon.reviewed
    assert [c.person.name for c in no_byline.credits.all()] == ["王赛华"]
    # Pages that print the old names resolve to the kept and renamed people.
    assert not Person.objects.filter(name__in=["陈杨", "赵根志"]).exists()
    assert Credit.objects.filter(person__name="陈伟", article__title__contains="四季村晚").exists()
    assert Credit.objects.filter(person__name="赵根智").count() == 1


def test_reingesting_twice_more_changes_nothing(editor_client, seeds):
    fix_everything(editor_client)
    ingest("--force")
    after_first = snapshot()
    ingest("--force")
    ingest()
    assert snapshot() == after_first
