"""Who reaches the admin, and what the editor group may do there."""

import pytest
from django.contrib.admin import helpers
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse

from archive import throttle
from archive.models import Article, Issue

from . import admin_fixtures
from .admin_fixtures import EDITOR_PASSWORD
from .factories import make_article, make_credit, make_issue

pytestmark = pytest.mark.django_db

# Fixtures the admin tests share (tests/archive/conftest.py serves the reader views).
editor = admin_fixtures.editor
editor_client = admin_fixtures.editor_client
LOGIN = reverse("admin:login")
FORGET = throttle.FORGET_AFTER


@pytest.fixture(autouse=True)
def fresh_throttle():
    cache.clear()
    yield
    cache.clear()


def test_readers_are_sent_to_the_login(client):
    for url in ["/admin/", reverse("admin:archive_article_changelist")]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(f"{LOGIN}?next=")


def test_a_user_who_is_not_staff_cannot_enter(client):
    get_user_model().objects.create_user("reader", password="reader-pass-2021")
    response = client.post(LOGIN, {"username": "reader", "password": "reader-pass-2021"})
    assert response.status_code == 200
    assert "请输入一个正确的" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_an_editor_logs_in_and_edits_articles(client, editor):
    response = client.post(
        LOGIN, {"username": "bianji", "password": EDITOR_PASSWORD, "next": "/admin/"}
    )
    assert response.status_code == 302
    article = make_article()
    assert client.get(reverse("admin:archive_article_change", args=[article.pk])).status_code == 200


def test_an_editor_cannot_delete_an_issue(editor_client):
    issue = make_issue()
    make_article(issue)
    url = reverse("admin:archive_issue_delete", args=[issue.pk])
    assert editor_client.get(url).status_code == 403
    assert editor_client.post(url, {"post": "yes"}).status_code == 403
    response = editor_client.post(
        reverse("admin:archive_issue_changelist"),
        {"action": "delete_selected", helpers.ACTION_CHECKBOX_NAME: [issue.pk], "post": "yes"},
    )
    assert Issue.objects.filter(pk=issue.pk).exists()
    # Its paper, date, 版次 and name can be corrected; its text is the file's.
    html = editor_client.get(reverse("admin:archive_issue_change", args=[issue.pk])).content
    assert b'name="_save"' in html and b"deletelink" not in html
    assert b'name="date"' in html and b'name="raw_text"' not in html
    assert response.status_code in (200, 302)


def test_an_editor_cannot_delete_articles_but_can_delete_credits(editor_client, editor):
    article = make_article()
    make_credit(article)
    assert not editor.has_perm("archive.delete_article")
    assert editor.has_perm("archive.delete_credit")
    assert editor.has_perm("archive.change_person") and editor.has_perm("archive.add_person")
    url = reverse("admin:archive_article_delete", args=[article.pk])
    assert editor_client.post(url, {"post": "yes"}).status_code == 403
    assert Article.objects.filter(pk=article.pk).exists()


def test_an_editor_has_no_user_admin(editor_client, editor):
    User = get_user_model()
    other = User.objects.create_user("someone", password="x-pass-2021")
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    delete = reverse("admin:auth_user_delete", args=[other.pk])
    assert editor_client.post(delete, {"post": "yes"}).status_code == 403
    assert User.objects.filter(pk=other.pk).exists()
    assert "auth" not in editor_client.get("/admin/").content.decode().split("nav-sidebar")[0]


def test_the_login_is_csrf_protected(editor):
    client = Client(enforce_csrf_checks=True)
    response = client.post(LOGIN, {"username": "bianji", "password": EDITOR_PASSWORD})
    assert response.status_code == 403
    page = client.get(LOGIN)
    token = page.cookies["csrftoken"].value
    response = client.post(
        LOGIN,
        {"username": "bianji", "password": EDITOR_PASSWORD, "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302


@override_settings(
    BAOKAN_LOGIN_FREE_ATTEMPTS=3, BAOKAN_LOGIN_BASE_DELAY=30, BAOKAN_LOGIN_MAX_DELAY=600
)
def test_repeated_wrong_passwords_slow_the_login_down(client, editor, monkeypatch):
    now = [1_000_000.0]
    monkeypatch.setattr(throttle.time, "time", lambda: now[0])

    def login(password):
        return client.post(LOGIN, {"username": "bianji", "password": password})

    for _ in range(2):
        assert "请输入一个正确的" in login("wrong").content.decode()
    login("wrong")  # the third: from now on each failure earns a wait
    refused = login(EDITOR_PASSWORD)  # even the right password waits
    assert refused.status_code == 200
    assert "请 30 秒后再试" in refused.content.decode()

    now[0] += 30
    login("wrong")  # another failure doubles the wait
    assert "请 60 秒后再试" in login(EDITOR_PASSWORD).content.decode()
    now[0] += 45
    assert "请 15 秒后再试" in login(EDITOR_PASSWORD).content.decode()
    now[0] += 15
    assert login(EDITOR_PASSWORD).status_code == 302  # and a success clears the count
    client.logout()
    assert "请输入一个正确的" in login("wrong").content.decode()


def test_the_throttle_is_per_username_and_address():
    for _ in range(5):
        throttle.failed("bianji", "10.0.0.1", now=0)
    assert throttle.wait_seconds("bianji", "10.0.0.1", now=0) == 30
    assert throttle.wait_seconds("BianJi ", "10.0.0.1", now=0) == 30  # same name
    assert throttle.wait_seconds("bianji", "10.0.0.2", now=0) == 0
    assert throttle.wait_seconds("other", "10.0.0.1", now=0) == 0
    for _ in range(20):
        throttle.failed("bianji", "10.0.0.1", now=0)
    assert throttle.wait_seconds("bianji", "10.0.0.1", now=0) == 900  # capped


def test_the_counts_outlive_the_worker_that_made_them():
    for _ in range(5):
        throttle.failed("bianji", "10.0.0.1", now=0)
    cache.clear()  # all a replaced gunicorn worker's memory held
    assert throttle.wait_seconds("bianji", "10.0.0.1", now=0) == 30
    assert throttle.wait_seconds("bianji", "10.0.0.1", now=FORGET + 30) == 0
    throttle.failed("bianji", "10.0.0.1", now=FORGET + 31)  # an hour on: counting anew
    assert throttle.wait_seconds("bianji", "10.0.0.1", now=FORGET + 31) == 0


@override_settings(BAOKAN_PROXY_COUNT=1, BAOKAN_LOGIN_FREE_ATTEMPTS=3)
def test_behind_a_proxy_a_guesser_locks_out_only_their_own_address(editor):
    def login(forwarded, password):
        # What nginx passes on: the client's X-Forwarded-For, then the address it saw.
        return Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded).post(
            LOGIN, {"username": "bianji", "password": password}
        )

    for _ in range(3):
        login("203.0.113.9", "wrong")
    assert "秒后再试" in login("203.0.113.9", EDITOR_PASSWORD).content.decode()
    # Claiming the editor's address in front of its own changes nothing.
    login("198.51.100.7, 203.0.113.9", "wrong")
    assert login("198.51.100.7", EDITOR_PASSWORD).status_code == 302
    assert throttle.client_address(None) == ""


def test_administrators_see_who_is_refused(admin_client):
    for _ in range(5):
        throttle.failed("bianji", "10.0.0.1")
    page = admin_client.get(reverse("admin:archive_loginthrottle_changelist"))
    assert page.status_code == 200 and "10.0.0.1" in page.content.decode()
