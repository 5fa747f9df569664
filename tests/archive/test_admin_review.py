"""The review queue: what the parser was unsure of, filterable, cleared by an action."""

import pytest
from django.contrib.admin import helpers
from django.urls import reverse

from archive.admin.filters import with_review_reason
from archive.models import Article, ArticleChange

from . import admin_fixtures
from .factories import make_article

pytestmark = pytest.mark.django_db

# Fixtures the admin tests share (tests/archive/conftest.py serves the reader views).
editor = admin_fixtures.editor
editor_client = admin_fixtures.editor_client
QUEUE = reverse("admin:archive_articleforreview_changelist")


@pytest.fixture
def unsure():
    """One article per review reason, one with two, one already reviewed, one sure."""
    return {
        "no_credit": make_article(title="无署名", review_reasons=["no_credit"]),
        "derived": make_article(title="标题生成", review_reasons=["derived_title"]),
        "two": make_article(title="两条原因", review_reasons=["inferred_year", "unknown_role"]),
        "low": make_article(title="把握不大", review_reasons=["headline_low_confidence"]),
        "done": make_article(title="已核过", review_reasons=["no_credit"], reviewed=True),
        "sure": make_article(title="没有疑问"),
    }


def titles(response):
    return {article.title for article in response.context["cl"].result_list}


def test_the_queue_opens_on_what_is_left_to_check(editor_client, unsure):
    response = editor_client.get(QUEUE)
    assert titles(response) == {"无署名", "标题生成", "两条原因", "把握不大"}
    assert "未找到署名" in response.content.decode()  # reasons in words, not codes


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"reason": "no_credit"}, {"无署名"}),
        ({"reason": "unknown_role"}, {"两条原因"}),
        ({"reason": "inferred_year"}, {"两条原因"}),
        ({"reason": "headline_low_confidence"}, {"把握不大"}),
        ({"reason": "no_credit", "state": "done"}, {"已核过"}),
        ({"state": "all"}, {"无署名", "标题生成", "两条原因", "把握不大", "已核过"}),
    ],
)
def test_the_queue_filters_by_reason_and_state(editor_client, unsure, query, expected):
    assert titles(editor_client.get(QUEUE, query)) == expected


def test_with_review_reason_matches_whole_codes_only(unsure):
    # Quoted codes: "year" alone is no reason and must not match inferred_year.
    assert not with_review_reason(Article.objects.all(), "year").exists()
    found = with_review_reason(Article.objects.all(), "no_credit")
    assert set(found.values_list("title", flat=True)) == {"无署名", "已核过"}


def test_mark_reviewed_clears_the_queue_and_logs_who(editor_client, editor, unsure):
    chosen = [unsure["no_credit"].pk, unsure["two"].pk]
    response = editor_client.post(
        QUEUE, {"action": "mark_reviewed", helpers.ACTION_CHECKBOX_NAME: chosen}
    )
    assert response.status_code == 302
    assert set(Article.objects.filter(reviewed=True).values_list("pk", flat=True)) == {
        *chosen,
        unsure["done"].pk,
    }
    assert titles(editor_client.get(QUEUE)) == {"标题生成", "把握不大"}
    logged = ArticleChange.objects.filter(field="reviewed")
    assert {(c.article_id, c.old, c.new, c.user) for c in logged} == {
        (pk, "否", "是", editor) for pk in chosen
    }


def test_the_article_list_filters_by_reason_too(editor_client, unsure):
    url = reverse("admin:archive_article_changelist")
    assert titles(editor_client.get(url, {"reason": "derived_title"})) == {"标题生成"}
    assert titles(editor_client.get(url, {"reviewed__exact": "1"})) == {"已核过"}


def test_opening_an_article_from_the_queue_shows_the_correction_form(editor_client, unsure):
    url = reverse("admin:archive_articleforreview_change", args=[unsure["no_credit"].pk])
    html = editor_client.get(url).content.decode()
    assert 'class="correction-source"' in html and "署名" in html


def post_review_next(client, article):
    url = reverse("admin:archive_articleforreview_change", args=[article.pk])
    data = admin_fixtures.form_data(client.get(url), "articleforreview_form")
    data["_review_next"] = "保存并审下一篇"
    return client.post(url, data)


def test_save_and_review_next_walks_the_queue_in_its_order(editor_client, editor, unsure):
    page = editor_client.get(
        reverse("admin:archive_articleforreview_change", args=[unsure["derived"].pk])
    )
    assert 'name="_review_next"' in page.content.decode()
    waiting = list(Article.objects.needing_review().order_by("issue__date", "issue", "position"))
    assert len(waiting) == 4
    seen = []
    article = waiting[0]
    while True:
        response = post_review_next(editor_client, article)
        assert response.status_code == 302
        seen.append(article.title)
        article.refresh_from_db()
        assert article.reviewed
        assert ArticleChange.objects.filter(article=article, field="reviewed", user=editor).exists()
        if response["Location"] == QUEUE:
            break
        article = Article.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-2]))
    assert seen == [a.title for a in waiting]  # each once, in the queue's order
    assert not Article.objects.needing_review().exists()


def test_the_plain_article_form_has_no_review_next(editor_client, unsure):
    url = reverse("admin:archive_article_change", args=[unsure["derived"].pk])
    assert "_review_next" not in editor_client.get(url).content.decode()


def test_the_admin_index_counts_the_queue(editor_client, unsure):
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert "待核队列：4 篇待核" in html
    unsure["derived"].reviewed = True
    unsure["derived"].save()
    assert "待核队列：3 篇待核" in editor_client.get(reverse("admin:index")).content.decode()
