"""People and departments in the admin: rename, aliases, merge through the action."""

import pytest
from django.contrib.admin import helpers
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from archive import aliases
from archive.admin.people import PersonAdmin
from archive.models import ArticleChange, Department, Person, PersonAlias

from . import admin_fixtures
from .admin_fixtures import alias_rows, form_data
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
    data = alias_rows("赵老师", data=form_data(editor_client.get(url), "person_form"))
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, {**data, "name": "赵根智"})
    assert response.status_code == 302
    reporter.refresh_from_db()
    assert (reporter.name, aliases.names(reporter)) == ("赵根智", ["赵老师", "赵根志"])
    assert ArticleChange.objects.get(article=article).user == editor
    assert announced and announced[-1] == ([article.pk], [])


def test_an_alias_that_names_someone_else_asks_for_a_merge(editor_client):
    make_person("陈伟")
    chen = make_person("陈杨")
    url = reverse("admin:archive_person_change", args=[chen.pk])
    data = form_data(editor_client.get(url), "person_form")
    response = editor_client.post(url, alias_rows("陈伟", data=data))
    assert response.status_code == 200
    assert "请用“合并所选人物”" in response.content.decode()
    response = editor_client.post(url, {**data, "name": "陈伟"})
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
    own = make_article()
    make_credit(own, keep)
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
    assert [(p.name, aliases.names(p)) for p in Person.objects.all()] == [("陈伟", ["陈杨"])]
    assert credited.credits.get().person == keep
    assert mentioned.person_mentions.get().person == keep
    # The kept person's own article too: search finds it by the alias 陈杨 now.
    assert announced == [(sorted([credited.pk, mentioned.pk, own.pk]), [])]
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
    assert [(d.name, aliases.names(d)) for d in Department.objects.all()] == [
        ("高新投控股集团", ["高新投控集团"])
    ]
    assert article.department_mentions.get().department == keep
    assert editor_client.get(DEPARTMENTS, {"q": "投控集团"}).context["cl"].result_count == 1


def test_renaming_a_department_in_the_form(editor_client):
    bureau = make_department("区财政局", kind="bureau")
    article = make_article()
    make_department_mention(article, bureau)
    url = reverse("admin:archive_department_change", args=[bureau.pk])
    data = form_data(editor_client.get(url), "department_form")
    assert {"level", "aliases-TOTAL_FORMS"} <= set(data)  # the level beside the alias rows
    response = editor_client.post(url, {**data, "name": "高新区财政金融局", "level": "district"})
    assert response.status_code == 302
    bureau.refresh_from_db()
    assert (bureau.name, aliases.names(bureau)) == ("高新区财政金融局", ["区财政局"])
    assert bureau.level == "district"
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
        reverse("admin:archive_person_add"), {**alias_rows(), "name": "李敏", "review_note": ""}
    )
    assert response.status_code == 302
    assert Person.objects.filter(name="李敏").count() == 2
    flagged = make_person("李敏", zones=["郑州经开区"], review_note="另有同名人物（郑州高新区）")
    listed = editor_client.get(reverse("admin:archive_person_changelist"), {"namesake": "pending"})
    assert list(listed.context["cl"].result_list) == [flagged]
    assert "郑州经开区" in listed.content.decode()


def change_form(client, record):
    """What a browser posts back from the record's change page, unchanged."""
    url = reverse(f"admin:archive_{record._meta.model_name}_change", args=[record.pk])
    return url, form_data(client.get(url), f"{record._meta.model_name}_form")


def test_staff_add_and_remove_aliases_in_the_rows_and_the_history_says_so(
    editor_client, announced, django_capture_on_commit_callbacks
):
    sun = make_person("孙庆辉", aliases=["孙老师"])
    article = make_article()
    make_credit(article, sun)
    url, data = change_form(editor_client, sun)
    assert data["aliases-0-name"] == "孙老师"
    data["aliases-0-DELETE"] = "on"
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, alias_rows("孙庆晖", data=data))
    assert response.status_code == 302
    assert aliases.names(sun) == ["孙庆晖"]
    # Search indexes a byline's aliases: the articles are queued again.
    assert announced == [([article.pk], [])]
    logged = LogEntry.objects.get(object_id=str(sun.pk)).get_change_message()
    assert "孙庆晖" in logged and "孙老师" in logged


def test_an_alias_another_person_holds_is_a_form_error(editor_client):
    make_person("李敏", aliases=["李民"])
    chen = make_person("陈杨")
    url, data = change_form(editor_client, chen)
    for rows, error in [
        (["李民"], "“李民”已是人物“李敏”的别名：请用“合并所选人物”"),
        (["陈杨"], "别名与名称相同"),
    ]:
        response = editor_client.post(url, alias_rows(*rows, data=data))
        assert response.status_code == 200
        assert error in response.content.decode()
    response = editor_client.post(url, alias_rows("陈阳", "陈阳", data=data))
    assert response.status_code == 200
    assert aliases.names(chen) == []
    # A rename keeps the old name as an alias: not one that is someone else's.
    stray = make_person("李民", zones=["郑州经开区"])
    url, data = change_form(editor_client, stray)
    response = editor_client.post(url, {**data, "name": "李明"})
    assert response.status_code == 200
    assert "“李民”已是人物“李敏”的别名，改名后无法把原名留作别名" in response.content.decode()


def test_an_alias_is_a_department_s_within_its_zone(editor_client):
    make_department("高新区质监局", zone="郑州高新区", aliases=["区市场监管局"])
    here = make_department("高新区市场监管局", zone="郑州高新区")
    there = make_department("经开区市场监管局", zone="郑州经开区")
    url, data = change_form(editor_client, here)
    response = editor_client.post(url, alias_rows("区市场监管局", data=data))
    assert response.status_code == 200
    assert "“区市场监管局”已是同一地区的单位“高新区质监局”的别名" in response.content.decode()
    url, data = change_form(editor_client, there)
    assert editor_client.post(url, alias_rows("区市场监管局", data=data)).status_code == 302
    assert list(there.aliases.values_list("zone", "name")) == [("郑州经开区", "区市场监管局")]
    # Moving it where the alias is another's is refused; the aliases go along otherwise.
    response = editor_client.post(
        url, {**change_form(editor_client, there)[1], "zone": "郑州高新区"}
    )
    assert response.status_code == 200
    assert "“区市场监管局”已是同一地区的单位“高新区质监局”的别名" in response.content.decode()
    response = editor_client.post(
        url, {**change_form(editor_client, there)[1], "zone": "郑州航空港区"}
    )
    assert response.status_code == 302
    assert list(there.aliases.values_list("zone", flat=True)) == ["郑州航空港区"]


def test_an_editor_who_loses_a_race_for_an_alias_gets_a_message(editor_client, monkeypatch):
    li = make_person("李敏")
    chen = make_person("陈杨")
    url, data = change_form(editor_client, chen)
    checked = PersonAdmin.save_model

    def another_editor_saves_first(self, request, obj, form, change):
        # Between this form's checks and the save of its rows.
        PersonAlias.objects.create(person=li, name="李民")
        checked(self, request, obj, form, change)

    monkeypatch.setattr(PersonAdmin, "save_model", another_editor_saves_first)
    response = editor_client.post(
        url, {**alias_rows("李民", data=data), "review_note": "待核"}, follow=True
    )
    assert response.status_code == 200
    assert "本次修改未保存" in response.content.decode()
    chen.refresh_from_db()
    assert (chen.review_note, aliases.names(chen)) == ("", [])


def test_a_merge_whose_name_another_holds_says_so(editor_client):
    make_person("李敏", aliases=["李民"])
    keep, stray = make_person("李明"), make_person("李民")
    response = editor_client.post(
        PEOPLE,
        {
            "action": "merge_people",
            helpers.ACTION_CHECKBOX_NAME: [keep.pk, stray.pk],
            "keep": keep.pk,
            "confirm": "yes",
        },
        follow=True,
    )
    assert "未合并：“李民”已是人物“李敏”的别名" in response.content.decode()
    assert Person.objects.filter(pk=stray.pk).exists()


def test_a_namesake_s_note_can_be_cleared(editor_client):
    make_person("李敏", zones=["郑州高新区"])
    flagged = make_person("李敏", zones=["郑州经开区"], review_note="另有同名人物（郑州高新区）")
    url, data = change_form(editor_client, flagged)
    assert editor_client.post(url, {**data, "review_note": ""}).status_code == 302
    flagged.refresh_from_db()
    assert flagged.review_note == ""


@pytest.mark.parametrize("model", ["person", "department"])
def test_the_lists_show_aliases_without_a_query_per_row(editor_client, model):
    make = make_person if model == "person" else make_department
    url = reverse(f"admin:archive_{model}_changelist")

    def queries():
        with CaptureQueriesContext(connection) as run:
            assert editor_client.get(url).status_code == 200
        return len(run)

    make(f"甲{model}", aliases=[f"甲{model}别名"])
    few = queries()
    for n in range(5):
        make(f"乙{model}{n}", aliases=[f"乙{model}别名{n}", f"丙{model}别名{n}"])
    assert queries() == few
    assert f"乙{model}别名4、丙{model}别名4" in editor_client.get(url).content.decode()


def test_a_rename_may_type_the_old_name_as_an_alias_or_take_one_as_the_name(editor_client):
    reporter = make_person("赵根志", aliases=["赵根智"])
    url, data = change_form(editor_client, reporter)
    # The old name kept by hand as well as by the rename: recorded once.
    response = editor_client.post(url, {**alias_rows("赵根志", data=data), "name": "赵根智"})
    assert response.status_code == 302
    reporter.refresh_from_db()
    assert (reporter.name, aliases.names(reporter)) == ("赵根智", ["赵根志"])
    url, data = change_form(editor_client, reporter)
    response = editor_client.post(url, {**alias_rows("赵老师", data=data), "name": "赵老师"})
    assert response.status_code == 200
    assert "别名与名称相同" in response.content.decode()
