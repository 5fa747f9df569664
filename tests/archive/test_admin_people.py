"""People and departments in the admin: rename, aliases, merge through the action."""

import pytest
from django.contrib.admin import helpers
from django.urls import reverse

from archive.models import ArticleChange, Department, Person

from . import admin_fixtures
from .factories import (
    make_article,
    make_credit,
    make_department,
    make_department_mention,
    make_person,
    make_person_mention,
)

pytestmark = pytest.mark.django_db

# Fixtures the admin tests share (tests/archive/conftest.py serves the reader views).
announced = admin_fixtures.announced
editor = admin_fixtures.editor
editor_client = admin_fixtures.editor_client
PEOPLE = reverse("admin:archive_person_changelist")
DEPARTMENTS = reverse("admin:archive_department_changelist")


def test_renaming_in_the_form_keeps_the_old_name(
    editor_client, editor, announced, django_capture_on_commit_callbacks
):
    reporter = make_person("赵根志")
    article = make_article()
    make_credit(article, reporter)
    url = reverse("admin:archive_person_change", args=[reporter.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, {"name": "赵根智", "aliases": "赵老师"})
    assert response.status_code == 302
    reporter.refresh_from_db()
    assert (reporter.name, reporter.aliases) == ("赵根智", ["赵老师", "赵根志"])
    assert ArticleChange.objects.get(article=article).user == editor
    assert announced and announced[-1] == ([article.pk], [])


def test_an_alias_that_names_someone_else_asks_for_a_merge(editor_client):
    make_person("陈伟")
    chen = make_person("陈杨")
    url = reverse("admin:archive_person_change", args=[chen.pk])
    response = editor_client.post(url, {"name": "陈杨", "aliases": "陈伟"})
    assert response.status_code == 200
    assert "请用“合并所选人物”" in response.content.decode()
    response = editor_client.post(url, {"name": "陈伟", "aliases": ""})
    assert response.status_code == 200
    assert Person.objects.filter(name="陈杨").exists()


def test_people_are_found_by_alias_and_list_their_articles(editor_client):
    sun = make_person("孙庆辉", aliases=["孙庆晖"])
    make_credit(make_article(), sun)
    make_credit(make_article(), sun)
    make_person("孙璐")
    response = editor_client.get(PEOPLE, {"q": "庆晖"})
    assert [p.name for p in response.context["cl"].result_list] == ["孙庆辉"]
    html = response.content.decode()
    assert f"?credits__person__id__exact={sun.pk}" in html and "2 篇" in html
    articles = editor_client.get(
        reverse("admin:archive_article_changelist"), {"credits__person__id__exact": sun.pk}
    )
    assert articles.context["cl"].result_count == 2


def test_the_merge_action_asks_whom_to_keep_then_merges(
    editor_client, editor, announced, django_capture_on_commit_callbacks
):
    keep, other = make_person("陈伟"), make_person("陈杨")
    credited, mentioned = make_article(), make_article()
    make_credit(credited, other)
    make_credit(make_article(), keep)
    make_person_mention(mentioned, other)
    chosen = {"action": "merge_people", helpers.ACTION_CHECKBOX_NAME: [keep.pk, other.pk]}

    response = editor_client.post(PEOPLE, chosen)
    assert response.status_code == 200
    html = response.content.decode()
    assert "保留哪一个" in html and "陈伟" in html and "陈杨" in html
    assert Person.objects.count() == 2  # nothing merged yet

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(PEOPLE, {**chosen, "keep": keep.pk, "confirm": "yes"})
    assert response.status_code == 302
    assert list(Person.objects.values_list("name", "aliases")) == [("陈伟", ["陈杨"])]
    assert credited.credits.get().person == keep
    assert mentioned.person_mentions.get().person == keep
    assert announced == [(sorted([credited.pk, mentioned.pk]), [])]
    assert {c.user for c in ArticleChange.objects.all()} == {editor}


def test_an_editor_cannot_merge_more_than_a_handful_at_once(editor_client, admin_client):
    people = [make_person(f"张{n}") for n in range(6)]
    chosen = {
        "action": "merge_people",
        helpers.ACTION_CHECKBOX_NAME: [p.pk for p in people],
        "keep": people[0].pk,
        "confirm": "yes",
    }
    response = editor_client.post(PEOPLE, chosen, follow=True)
    assert "一次最多合并 5 个人物" in response.content.decode()
    assert Person.objects.count() == 6
    assert (
        editor_client.post(
            PEOPLE, {**chosen, helpers.ACTION_CHECKBOX_NAME: [p.pk for p in people[:5]]}
        ).status_code
        == 302
    )
    assert Person.objects.count() == 2
    # An administrator, who may delete people, merges any number.
    more = [make_person(f"李{n}") for n in range(6)]
    everyone = {**chosen, helpers.ACTION_CHECKBOX_NAME: [p.pk for p in more], "keep": more[0].pk}
    assert admin_client.post(PEOPLE, everyone).status_code == 302
    assert Person.objects.count() == 3


def test_merging_one_person_is_refused(editor_client):
    only = make_person("高亢")
    response = editor_client.post(
        PEOPLE,
        {"action": "merge_people", helpers.ACTION_CHECKBOX_NAME: [only.pk], "confirm": "yes"},
        follow=True,
    )
    assert "请至少选择两个人物" in response.content.decode()
    assert Person.objects.filter(pk=only.pk).exists()


def test_merging_departments_through_the_action(editor_client):
    keep = make_department("高新投控股集团")
    other = make_department("高新投控集团")
    article = make_article()
    make_department_mention(article, other)
    response = editor_client.post(
        DEPARTMENTS,
        {
            "action": "merge_departments",
            helpers.ACTION_CHECKBOX_NAME: [keep.pk, other.pk],
            "keep": keep.pk,
            "confirm": "yes",
        },
    )
    assert response.status_code == 302
    assert list(Department.objects.values_list("name", "aliases")) == [
        ("高新投控股集团", ["高新投控集团"])
    ]
    assert article.department_mentions.get().department == keep
    assert editor_client.get(DEPARTMENTS, {"q": "投控集团"}).context["cl"].result_count == 1


def test_renaming_a_department_in_the_form(editor_client):
    bureau = make_department("区财政局", kind="bureau")
    article = make_article()
    make_department_mention(article, bureau)
    url = reverse("admin:archive_department_change", args=[bureau.pk])
    response = editor_client.post(
        url,
        {
            "name": "高新区财政金融局",
            "zone": bureau.zone,
            "level": "district",
            "kind": "bureau",
            "aliases": "",
        },
    )
    assert response.status_code == 302
    bureau.refresh_from_db()
    assert (bureau.name, bureau.aliases) == ("高新区财政金融局", ["区财政局"])
    article.refresh_from_db()
    assert article.locked_fields == ["departments"]


@pytest.mark.parametrize("model", ["person", "department"])
def test_the_add_forms_open_also_as_popups(editor_client, model):
    url = reverse(f"admin:archive_{model}_add")
    assert editor_client.get(url).status_code == 200
    assert editor_client.get(url, {"_popup": "1", "_to_field": "id"}).status_code == 200


def test_an_editor_may_add_a_namesake_and_find_the_flagged_ones(editor_client):
    make_person("李敏", zones=["郑州高新区"])
    response = editor_client.post(
        reverse("admin:archive_person_add"), {"name": "李敏", "aliases": "", "review_note": ""}
    )
    assert response.status_code == 302
    assert Person.objects.filter(name="李敏").count() == 2
    flagged = make_person("李敏", zones=["郑州经开区"], review_note="另有同名人物（郑州高新区）")
    listed = editor_client.get(reverse("admin:archive_person_changelist"), {"namesake": "pending"})
    assert list(listed.context["cl"].result_list) == [flagged]
    assert "郑州经开区" in listed.content.decode()
