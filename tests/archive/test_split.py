"""Splitting a person in the admin (archive.split): the chosen bylines and mentions go
to a new person, and a re-ingest of the pages keeps them there."""

import pytest
from django.test import Client
from django.urls import reverse

from archive.merge import merge_people
from archive.models import ArticleChange, Credit, Person

from . import admin_fixtures
from .factories import make_article, make_credit, make_person
from .test_person_identity import ECONOMIC, HIGH_TECH, ingest, paper, reporters

pytestmark = pytest.mark.django_db

editor = admin_fixtures.editor
editor_client = admin_fixtures.editor_client


@pytest.fixture(autouse=True)
def search_index(tmp_path):
    from tests.search.conftest import temporary_index

    with temporary_index(tmp_path / "index") as backend:
        yield backend


def test_a_split_survives_a_reingest(editor_client, editor, tmp_path):
    high = paper(tmp_path, "高新时报", "郑州高新区", HIGH_TECH, "2021-07-05")
    economic = paper(tmp_path, "经开时报", "郑州经开区", ECONOMIC, "2021-07-06")
    ingest(high, economic)
    ids = reporters()
    keep = Person.objects.get(pk=ids["高新时报"][0])
    merge_people(keep, [Person.objects.get(pk=ids["经开时报"][0])])  # a mistake
    assert {pk for pk, _ in reporters().values()} == {keep.pk}

    url = reverse("admin:archive_person_split", args=[keep.pk])
    page = editor_client.get(url).content.decode()
    wrong = Credit.objects.get(person=keep, article__issue__publication__name="经开时报")
    assert f'name="credit" value="{wrong.pk}"' in page
    response = editor_client.post(url, {"credit": [wrong.pk], "name": "李敏"})
    assert response.status_code == 302

    after = reporters()
    new = Person.objects.get(pk=after["经开时报"][0])
    assert after["高新时报"][0] == keep.pk and new.pk != keep.pk and new.name == "李敏"
    keep.refresh_from_db()
    assert (keep.zones, new.zones) == (["郑州高新区"], ["郑州经开区"])
    assert ArticleChange.objects.get(article=wrong.article, field="credits").user == editor

    ingest("--force", high, economic)
    assert reporters() == after
    # A later page of that paper credits the person split off, by zone.
    later = paper(
        tmp_path, "later", "郑州经开区", ECONOMIC.replace("7月6日", "7月9日"), "2021-07-09"
    )
    ingest(later)
    credited = Credit.objects.filter(person__name="李敏", article__issue__date__day=9)
    assert [c.person_id for c in credited] == [new.pk]


def test_a_split_needs_a_choice_and_the_right(editor_client):
    person = make_person("李敏")
    make_credit(make_article(), person)
    url = reverse("admin:archive_person_split", args=[person.pk])
    response = editor_client.post(url, {"name": "李敏"})
    assert response.status_code == 200 and "选择至少一条署名或提及" in response.content.decode()
    assert Person.objects.count() == 1
    assert Client().get(url).status_code == 302  # not logged in: to the login page
