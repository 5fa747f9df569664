"""Correcting an article in the admin: text, bylines, mentions; locks, history, search."""

import pytest
from django.urls import reverse

from archive.models import Article, ArticleChange, Credit, CreditRole, Person
from archive.models.people import CreditSource

from . import admin_fixtures
from .admin_fixtures import alias_rows, form_data, inline_rows, person, seed_article
from .factories import make_article

pytestmark = pytest.mark.django_db

# Fixtures the admin tests share (tests/archive/conftest.py serves the reader views).
announced = admin_fixtures.announced
editor = admin_fixtures.editor
editor_client = admin_fixtures.editor_client
seeds = admin_fixtures.seeds


def change_url(article):
    return reverse("admin:archive_article_change", args=[article.pk])


def open_form(client, article):
    response = client.get(change_url(article))
    assert response.status_code == 200
    return form_data(response, "article_form")


def save(client, article, data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(change_url(article), data)
    assert response.status_code == 302, response.context and [
        response.context["adminform"].form.errors,
        [fs.errors for fs in response.context["inline_admin_formsets"]],
    ]
    return Article.objects.get(pk=article.pk)


def test_a_correction_is_queued_in_its_own_transaction(editor_client, seeds):
    # Whatever happens after the commit (a crash, a killed worker), the edit and its
    # queue row are in the database together: nothing here runs the on_commit hooks.
    from search.models import PendingIndexUpdate

    article = seed_article("由河南省纪委监委宣传部")
    PendingIndexUpdate.objects.all().delete()
    data = open_form(editor_client, article)
    data["title"] = "26集动画片《焦裕禄》在央视播出"
    assert editor_client.post(change_url(article), data).status_code == 302
    assert list(PendingIndexUpdate.objects.values_list("article_id", flat=True)) == [article.pk]


def test_the_change_form_shows_the_original_beside_the_fields(editor_client, seeds):
    article = seed_article("由河南省纪委监委宣传部")
    html = editor_client.get(change_url(article)).content.decode()
    assert 'class="correction-source"' in html
    assert "解析所得标题" in html and "版面原文" in html
    # The page's raw text is there, with this article's own span marked.
    span = article.issue.raw_text[article.span_start : article.span_end]
    assert f'<mark id="source-span">{span[:20]}' in html
    assert "修改记录" in html and "尚无人工修改" in html


def test_correcting_a_headline_locks_it_logs_it_and_queues_it_for_search(
    editor_client, editor, seeds, announced, django_capture_on_commit_callbacks
):
    article = seed_article("由河南省纪委监委宣传部")
    data = open_form(editor_client, article)
    data["title"] = "26集动画片《焦裕禄》在央视播出"
    fixed = save(editor_client, article, data, django_capture_on_commit_callbacks)

    assert fixed.title == "26集动画片《焦裕禄》在央视播出"
    assert fixed.parsed_title == article.parsed_title  # the original stays
    assert fixed.body == article.body
    assert fixed.locked_fields == ["title"]
    assert fixed.title_is_derived is False
    change = ArticleChange.objects.get(article=fixed)
    assert (change.field, change.old, change.new, change.user) == (
        "title",
        article.title,
        "26集动画片《焦裕禄》在央视播出",
        editor,
    )
    assert announced == [([article.pk], [])]


def test_saving_unchanged_text_from_a_browser_changes_nothing(
    editor_client, seeds, announced, django_capture_on_commit_callbacks
):
    article = seed_article("高新区召开党政联席会议")
    data = open_form(editor_client, article)
    data["body"] = data["body"].replace("\n", "\r\n") + "\r\n"  # as browsers send it
    fixed = save(editor_client, article, data, django_capture_on_commit_callbacks)
    assert fixed.body == article.body
    assert fixed.locked_fields == []
    assert not ArticleChange.objects.exists()
    assert announced == []


def test_correcting_the_body_keeps_the_parsed_body(
    editor_client, seeds, django_capture_on_commit_callbacks
):
    article = seed_article("由河南省纪委监委宣传部")
    data = open_form(editor_client, article)
    data["body"] = data["body"].replace("现已更播", "现已播出")
    fixed = save(editor_client, article, data, django_capture_on_commit_callbacks)
    assert "现已播出" in fixed.body and "现已更播" in fixed.parsed_body
    assert fixed.locked_fields == ["body"]
    response = editor_client.get(change_url(fixed))
    assert "已更正" in response.content.decode()  # the panel says the text differs


def test_fixing_a_credit_marks_it_staff_verified_and_locks_the_byline(
    editor_client, editor, seeds, announced, django_capture_on_commit_callbacks
):
    article = seed_article("高新区财政金融局开展预算绩效管理培训")
    wrong = article.credits.get(person__name="黄梦玮")
    right = Person.objects.create(name="黄梦炜")
    data = open_form(editor_client, article)
    row = inline_rows(data, "credits")[wrong.pk]
    data[f"credits-{row}-person"] = str(right.pk)
    fixed = save(editor_client, article, data, django_capture_on_commit_callbacks)

    credit = fixed.credits.get(role=CreditRole.CORRESPONDENT)
    assert credit.person == right
    assert (credit.source, credit.verified) == (CreditSource.STAFF, True)
    untouched = fixed.credits.get(role=CreditRole.REPORTER)
    assert (untouched.source, untouched.verified) == (CreditSource.PARSER, False)
    assert fixed.locked_fields == ["credits"]
    change = ArticleChange.objects.get(article=fixed, field="credits")
    assert change.old == "记者 孙庆辉、通讯员 黄梦玮"
    assert change.new == "记者 孙庆辉、通讯员 黄梦炜"
    assert announced == [([article.pk], [])]


def test_adding_and_deleting_credits(editor_client, seeds, django_capture_on_commit_callbacks):
    article = seed_article("郑大二附院周边道路")  # the parser found no byline
    data = open_form(editor_client, article)
    data.update(
        {
            "credits-0-person": str(person("王赛华").pk),
            "credits-0-role": CreditRole.REPORTER,
            "credits-0-order": "0",
        }
    )
    fixed = save(editor_client, article, data, django_capture_on_commit_callbacks)
    assert [(c.person.name, c.source) for c in fixed.credits.all()] == [("王赛华", "staff")]

    data = open_form(editor_client, fixed)
    data["credits-0-DELETE"] = "on"
    fixed = save(editor_client, fixed, data, django_capture_on_commit_callbacks)
    assert not fixed.credits.exists()
    assert [c.new for c in ArticleChange.objects.filter(article=fixed).order_by("pk")] == [
        "记者 王赛华",
        "",
    ]


def test_a_duplicate_credit_is_a_form_error_not_a_crash(editor_client, seeds):
    article = seed_article("高新区财政金融局开展预算绩效管理培训")
    data = open_form(editor_client, article)
    data.update(
        {
            "credits-2-person": str(person("孙庆辉").pk),
            "credits-2-role": CreditRole.REPORTER,
            "credits-2-order": "2",
        }
    )
    response = editor_client.post(change_url(article), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "请更正以下错误" in html and "同一人物以同一角色只能署名一次" in html
    assert article.credits.count() == 2


def test_editing_mentions_locks_people_and_departments(
    editor_client, seeds, django_capture_on_commit_callbacks
):
    article = seed_article("高新区财政金融局开展预算绩效管理培训")
    data = open_form(editor_client, article)
    mention = article.person_mentions.get(person__name="陈芳")
    row = inline_rows(data, "person_mentions")[mention.pk]
    data[f"person_mentions-{row}-titles"] = "郑州市财政局预算绩效管理处副处长、讲师"
    department = article.department_mentions.first()
    data[
        f"department_mentions-{inline_rows(data, 'department_mentions')[department.pk]}-DELETE"
    ] = "on"
    fixed = save(editor_client, article, data, django_capture_on_commit_callbacks)
    assert fixed.person_mentions.get(person__name="陈芳").titles == [
        "郑州市财政局预算绩效管理处副处长",
        "讲师",
    ]
    assert set(fixed.locked_fields) == {"people", "departments"}
    assert not fixed.department_mentions.filter(pk=department.pk).exists()


def test_a_person_is_added_on_the_spot_from_the_credit_row(editor_client, seeds):
    # The "+" beside the person box opens the person form as a popup.
    html = editor_client.get(change_url(seed_article("高新区财政金融局"))).content.decode()
    assert 'id="add_id_credits-0-person"' in html
    response = editor_client.post(
        reverse("admin:archive_person_add") + "?_to_field=id&_popup=1",
        {**alias_rows(), "name": "黄梦炜", "_popup": "1", "_to_field": "id"},
    )
    assert response.status_code == 200
    assert "popup_response" in response.templates[0].name
    assert Person.objects.filter(name="黄梦炜").exists()


def test_person_autocomplete_finds_by_alias(editor_client, seeds):
    person("孙庆辉").aliases.create(name="孙庆晖")
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "庆晖",
            "app_label": "archive",
            "model_name": "credit",
            "field_name": "person",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == ["孙庆辉"]


def test_history_page_lists_the_corrections(
    editor_client, seeds, django_capture_on_commit_callbacks
):
    article = seed_article("由河南省纪委监委宣传部")
    data = open_form(editor_client, article)
    data["title"] = "动画片《焦裕禄》多平台播出"
    save(editor_client, article, data, django_capture_on_commit_callbacks)
    html = editor_client.get(
        reverse("admin:archive_article_history", args=[article.pk])
    ).content.decode()
    assert "动画片《焦裕禄》多平台播出" in html and "bianji" in html
    html = editor_client.get(change_url(article)).content.decode()
    assert "动画片《焦裕禄》多平台播出" in html.split('id="correction-history-title"')[1]


def test_the_article_list_filters_by_column_paper_and_edits(editor_client, seeds):
    url = reverse("admin:archive_article_changelist")
    response = editor_client.get(url, {"column": "党建连连看"})
    titles = {a.title for a in response.context["cl"].result_list}
    assert titles == set(
        Article.objects.filter(column="党建连连看").values_list("title", flat=True)
    )
    assert len(titles) == 2
    response = editor_client.get(url, {"q": "孙庆辉"})
    assert (
        response.context["cl"].result_count == Credit.objects.filter(person__name="孙庆辉").count()
    )
    response = editor_client.get(url, {"edited": "yes"})
    assert response.context["cl"].result_count == 0


def test_an_untouched_field_is_kept_byte_for_byte(
    editor_client, django_capture_on_commit_callbacks
):
    # Forms strip edge whitespace; a save that edits nothing must not rewrite the text.
    article = make_article(title=" 标题 ", body="本报讯 正文。\n\n")
    data = open_form(editor_client, article)
    fixed = save(editor_client, article, data, django_capture_on_commit_callbacks)
    assert (fixed.title, fixed.body, fixed.locked_fields) == (" 标题 ", "本报讯 正文。\n\n", [])
