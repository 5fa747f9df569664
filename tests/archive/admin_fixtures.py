"""Fixtures and helpers for the admin tests: an editor, the seed pages, form posting.

Used by tests/archive/test_admin*.py and test_merge.py, which name the fixtures they use
at module level (tests/archive/conftest.py belongs to the reader views).
"""

from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from archive.models import Article, Person
from archive.signals import articles_changed

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
EDITOR_PASSWORD = "bianji-pass-2021"


@pytest.fixture
def editor(db):
    call_command("create_editor", "bianji", "--password", EDITOR_PASSWORD, stdout=StringIO())
    return get_user_model().objects.get(username="bianji")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def seeds(db):
    """The five seed pages, ingested as `make serve` does."""
    ingest()


def ingest(*args):
    call_command("ingest", str(SEEDS), *args, stdout=StringIO(), stderr=StringIO())


@pytest.fixture
def announced():
    """Every `articles_changed` sent while the test runs, as (changed, removed) lists."""
    calls = []

    def receive(sender, changed=(), removed=(), **kwargs):
        calls.append((sorted(changed), sorted(removed)))

    articles_changed.connect(receive, dispatch_uid="admin-tests")
    yield calls
    articles_changed.disconnect(dispatch_uid="admin-tests")


def seed_article(title_start):
    return Article.objects.get(title__startswith=title_start)


def person(name):
    return Person.objects.get(name=name)


class _FormReader(HTMLParser):
    """What a browser would submit from one <form>: inputs, checked boxes, selected
    options, textareas; the admin's empty inline templates (`__prefix__`) left out."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside = form_id, False
        self.data, self._select, self._textarea, self._options = [], None, None, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data.append((name, attrs.get("value", "on")))
            else:
                self.data.append((name, attrs.get("value", "")))
        elif tag == "select" and name:
            self._select, self._options = name, []
        elif tag == "option" and self._select:
            self._options.append((attrs.get("value", ""), "selected" in attrs))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self._select:
            chosen = [value for value, selected in self._options if selected]
            if chosen or self._options:
                self.data.append((self._select, chosen[0] if chosen else self._options[0][0]))
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            name, value = self._textarea
            self.data.append((name, value[1:] if value.startswith("\n") else value))
            self._textarea = None


def form_data(response, form_id):
    """The rendered form `form_id` as a dict of what a browser would post back."""
    reader = _FormReader(form_id)
    reader.feed(response.content.decode())
    return {name: value for name, value in reader.data if "__prefix__" not in name}


def inline_rows(data, prefix):
    """Index of each existing row of inline `prefix`, keyed by its object's pk."""
    count = int(data[f"{prefix}-INITIAL_FORMS"])
    return {int(data[f"{prefix}-{i}-id"]): i for i in range(count)}


def alias_rows(*names, data=None):
    """`data` (a form read by `form_data`, or an add form's) with `names` as new alias
    rows after the existing ones (the person and department admins' inline)."""
    data = dict(data or {"aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0"})
    first = int(data["aliases-INITIAL_FORMS"])
    for n, name in enumerate(names):
        data[f"aliases-{first + n}-name"] = name
    data["aliases-TOTAL_FORMS"] = str(max(int(data["aliases-TOTAL_FORMS"]), first + len(names)))
    return data
