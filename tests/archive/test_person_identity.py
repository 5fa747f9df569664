"""People are names within a context (archive.resolvers): namesakes on two papers stay
two people, across re-ingests; the same official printed with the same title is one."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from archive.merge import merge_people
from archive.models import Credit, Person, PersonMention

pytestmark = pytest.mark.django_db

HIGH_TECH = (
    "高新区召开优化营商环境推进会\n"
    "本报讯（记者 李敏）7月5日，高新区召开优化营商环境推进会，河南省副省长王建新出席会议并讲话。\n"
    "会议要求各部门抓好落实。\n"
)
ECONOMIC = (
    "经开区举办职工运动会\n"
    "本报讯（记者 李敏）7月6日，经开区举办职工运动会，河南省副省长王建新出席开幕式。\n"
    "运动会持续三天。\n"
)


@pytest.fixture(autouse=True)
def search_index(tmp_path):
    from tests.search.conftest import temporary_index

    with temporary_index(tmp_path / "index") as backend:
        yield backend


def paper(tmp_path, name, zone, text, day):
    folder = tmp_path / name
    folder.mkdir()
    (folder / "01.txt").write_text(text, "utf-8")
    manifest = {"defaults": {"publication": name, "zone": zone, "date": day, "page": "第1版"}}
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    return folder


@pytest.fixture
def papers(tmp_path):
    return [
        paper(tmp_path, "高新时报", "郑州高新区", HIGH_TECH, "2021-07-05"),
        paper(tmp_path, "经开时报", "郑州经开区", ECONOMIC, "2021-07-06"),
    ]


def ingest(*args):
    call_command("ingest", *map(str, args), stdout=StringIO(), stderr=StringIO())


def reporters():
    """{paper: (person pk, name)} of the 李敏 credited on each paper."""
    credits = Credit.objects.filter(person__name="李敏").select_related("person")
    return {
        c.article.issue.publication.name: (c.person_id, c.person.name)
        for c in credits.select_related("article__issue__publication")
    }


def test_namesakes_on_two_papers_are_two_people_across_reingests(papers):
    ingest(*papers)
    first = reporters()
    assert first["高新时报"] != first["经开时报"]
    high, economic = (Person.objects.get(pk=first[p][0]) for p in ("高新时报", "经开时报"))
    assert (high.zones, economic.zones) == (["郑州高新区"], ["郑州经开区"])
    # The second was made while the first existed: staff are asked whether they are one.
    assert high.review_note == ""
    assert "郑州高新区" in economic.review_note
    ingest("--force", *papers)
    ingest("--force", *reversed(papers))
    assert reporters() == first
    assert Person.objects.filter(name="李敏").count() == 2


def test_the_same_official_with_the_same_title_is_one_person(papers):
    ingest(*papers)
    officials = PersonMention.objects.filter(person__name="王建新")
    assert officials.count() == 2
    assert len({m.person_id for m in officials}) == 1
    official = officials.first().person
    assert sorted(official.zones) == ["郑州经开区", "郑州高新区"]
    assert official.review_note == ""


def test_a_title_without_its_body_is_no_evidence(tmp_path):
    ingest(
        paper(tmp_path, "甲报", "甲区", "甲区召开会议\n本报讯 会上，主任张伟讲话。\n", "2021-07-05")
    )
    ingest(
        paper(tmp_path, "乙报", "乙区", "乙区召开会议\n本报讯 会上，主任张伟讲话。\n", "2021-07-06")
    )
    assert Person.objects.filter(name="张伟").count() == 2


def test_staff_merging_namesakes_makes_later_pages_agree(papers):
    ingest(*papers)
    ids = reporters()
    keep, other = (Person.objects.get(pk=ids[p][0]) for p in ("高新时报", "经开时报"))
    merge_people(keep, [other])
    keep.refresh_from_db()
    assert sorted(keep.zones) == ["郑州经开区", "郑州高新区"] and keep.review_note == ""
    ingest("--force", *papers)
    assert {pk for pk, _ in reporters().values()} == {keep.pk}
