"""manage.py create_editor: an account in the 编辑 group with the editor's permissions."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command

from archive.admin.permissions import EDITOR_GROUP

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("create_editor", *args, stdout=out)
    return out.getvalue()


def test_creates_a_staff_account_in_the_editor_group():
    out = run("bianji", "--password", "bianji-pass-2021", "--email", "bj@example.org")
    user = get_user_model().objects.get(username="bianji")
    assert user.is_staff and not user.is_superuser
    assert user.check_password("bianji-pass-2021") and user.email == "bj@example.org"
    assert list(user.groups.values_list("name", flat=True)) == [EDITOR_GROUP]
    assert "created editor 'bianji'" in out


def test_the_group_may_correct_but_not_delete_pages_or_touch_users():
    run("bianji", "--password", "bianji-pass-2021")
    user = get_user_model().objects.get(username="bianji")
    for perm in [
        "change_article",
        "change_articleforreview",
        "add_credit",
        "delete_credit",
        "delete_personmention",
        "add_person",
        "change_person",
        "change_department",
        "view_issue",
        "change_issue",
        "view_articlechange",
        "view_issuechange",
    ]:
        assert user.has_perm(f"archive.{perm}"), perm
    for perm in [
        "archive.delete_issue",
        "archive.delete_article",
        "archive.delete_person",
        "archive.change_articlechange",
        "archive.change_issuechange",
        "auth.delete_user",
        "auth.change_user",
        "auth.view_user",
    ]:
        assert not user.has_perm(perm), perm


def test_running_again_updates_the_account_and_the_group():
    run("bianji", "--password", "first-pass-2021")
    group = Group.objects.get(name=EDITOR_GROUP)
    group.permissions.add(Permission.objects.get(codename="delete_issue"))
    out = run("bianji", "--password", "second-pass-2021")
    user = get_user_model().objects.get(username="bianji")
    assert user.check_password("second-pass-2021")
    assert not user.has_perm("archive.delete_issue")  # the group is put right again
    assert "updated editor" in out
    assert get_user_model().objects.count() == 1


def test_the_password_may_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("BAOKAN_EDITOR_PASSWORD", "env-pass-2021")
    run("bianji")
    assert get_user_model().objects.get(username="bianji").check_password("env-pass-2021")


def test_a_new_account_without_a_password_is_refused(monkeypatch):
    monkeypatch.delenv("BAOKAN_EDITOR_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", StringIO())  # not a terminal: no prompt
    with pytest.raises(CommandError, match="needs a password"):
        run("bianji")
    assert not get_user_model().objects.exists()


def test_an_empty_username_is_refused():
    with pytest.raises(CommandError, match="username"):
        run("  ", "--password", "x-pass-2021")


@pytest.mark.parametrize("weak", ["1", "bianji2021", "password123", "12345678901"])
def test_a_weak_password_is_refused(weak):
    with pytest.raises(CommandError):
        run("bianji", "--password", weak)
    assert not get_user_model().objects.exists()


def test_the_admin_refuses_a_weak_password(admin_client):
    from django.urls import reverse

    url = reverse("admin:auth_user_add")
    data = {"username": "bianji", "password1": "1", "password2": "1", "usable_password": "true"}
    response = admin_client.post(url, data)
    assert response.status_code == 200 and response.context["adminform"].form.errors
    assert not get_user_model().objects.filter(username="bianji").exists()
