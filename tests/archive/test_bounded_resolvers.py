"""The resolvers forget what they keep beyond a bound (archive.resolvers, `trim` after
each page), and read it back from the database: an ingest with a bound of one resolves
every credit and mention to the same person and department as one that keeps
everything. The pages mix generated papers (bench/corpus.py: several zones, their
reporters and departments) with invented ones for each rule a forgetful resolver could
break: namesakes of one zone chosen by their titles, the same official in two zones
found by title, a staff alias, and a body printed short, in full and short again."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from archive import resolvers
from archive.models import (
    Article,
    Credit,
    Department,
    DepartmentAlias,
    DepartmentMention,
    IngestRun,
    Issue,
    Person,
    PersonAlias,
    PersonMention,
    Publication,
)
from archive.split import split_person
from bench import corpus

pytestmark = pytest.mark.django_db

HIGH_TECH, ECONOMIC = "郑州高新区", "郑州经开区"

# Before the run: one 王建新 printed with two titles, whom staff split into two people
# of one zone; a reporter staff know by another name too.
BEFORE = {
    "01.txt": (HIGH_TECH, "本报讯 7月1日，河南省副省长王建新出席会议并讲话。"),
    "02.txt": (HIGH_TECH, "本报讯 7月2日，郑州市副市长王建新出席开幕式。"),
}

# The run: each zone's pages between another zone's, so that a bound of one forgets.
RUN = {
    "11.txt": (HIGH_TECH, "本报讯（记者 李民）7月5日，郑州市副市长王建新调研区文化和旅游局。"),
    "12.txt": (ECONOMIC, "本报讯（记者 赵刚）7月5日，河南省副省长王建新出席经开区运动会。"),
    "13.txt": (HIGH_TECH, "本报讯（记者 李敏）7月6日，区文旅局召开会议。"),
    "14.txt": (ECONOMIC, "本报讯（记者 赵刚）7月6日，经开区财政局召开会议。"),
    "15.txt": (HIGH_TECH, "本报讯 7月7日，区文物保护和旅游局成立。区城管局开展执法检查。"),
    "16.txt": (ECONOMIC, "本报讯（记者 赵刚）7月7日，经开区财政局举办培训。"),
    "17.txt": (
        HIGH_TECH,
        "本报讯（记者 李民）7月8日，河南省副省长王建新在区文旅局调研，区城市管理局参加。",
    ),
    "18.txt": (ECONOMIC, "本报讯 7月8日，河南省副省长王建新出席经开区财政局会议。"),
}


@pytest.fixture(autouse=True)
def search_index(tmp_path):
    from tests.search.conftest import temporary_index

    with temporary_index(tmp_path / "index") as backend:
        yield backend


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return corpus.generate(tmp_path_factory.mktemp("generated"), pages=24, seed=5)


def write_pages(folder, pages, month):
    """Each page on a day of its own (a page of the same day and 版次 would replace it)."""
    folder.mkdir()
    entries = {}
    for i, (name, (zone, text)) in enumerate(pages.items()):
        (folder / name).write_text(text + "\n", encoding="utf-8")
        entries[name] = {"zone": zone, "date": f"2021-{month:02d}-{i + 1:02d}", "page": "第1版"}
    (folder / "manifest.json").write_text(json.dumps({"pages": entries}), encoding="utf-8")
    return folder


def ingest(*folders):
    call_command("ingest", "--no-index", *map(str, folders), stdout=StringIO(), stderr=StringIO())


def archive_before_the_run(folder):
    ingest(write_pages(folder, BEFORE, month=6))
    first = Person.objects.get(name="王建新")
    split_person(first, mentions=[first.mentions.get(article__issue__source_name="02.txt").pk])
    reporter = Person.objects.create(name="李敏", zones=[HIGH_TECH])
    PersonAlias.objects.create(person=reporter, name="李民")


def resolved():
    """Who each credit and mention names, the people and departments known by the order
    they were first named in (primary keys differ from one archive to the other), and
    what each is called, where, and by which aliases."""
    rows = []
    for model, field in (
        (Credit, "person"),
        (PersonMention, "person"),
        (DepartmentMention, "department"),
    ):
        found = model.objects.order_by(
            "article__issue__publication__name",
            "article__issue__source_name",
            "article__position",
            "pk",
        ).values_list(
            "article__issue__source_name", "article__position", f"{field}_id", f"{field}__name"
        )
        rows += [(model.__name__, key, position, pk, name) for key, position, pk, name in found]
    numbers: dict[tuple[str, int], int] = {}
    for kind, _key, _position, pk, _name in rows:
        numbers.setdefault((kind == "DepartmentMention", pk), len(numbers))

    def number(kind, pk):
        return numbers[(kind, pk)]

    people = {
        number(False, p.pk): (p.name, sorted(p.zones), p.review_note)
        for p in Person.objects.filter(pk__in=[pk for (d, pk) in numbers if not d])
    }
    departments = {
        number(True, d.pk): (d.zone, d.name, sorted(a.name for a in d.aliases.all()))
        for d in Department.objects.filter(pk__in=[pk for (d, pk) in numbers if d])
    }
    named = [
        (kind, key, position, number(kind == "DepartmentMention", pk), name)
        for kind, key, position, pk, name in rows
    ]
    return named, people, departments


def clear_archive():
    for model in (Article, Issue, Publication, IngestRun, PersonAlias, DepartmentAlias):
        model.objects.all().delete()
    Person.objects.all().delete()
    Department.objects.all().delete()


def run_with_bound(tmp_path, generated, size, monkeypatch):
    monkeypatch.setattr(resolvers, "PEOPLE_KEPT", size)
    monkeypatch.setattr(resolvers, "DEPARTMENTS_KEPT", size)
    monkeypatch.setattr(resolvers, "ZONES_KEPT", size)
    archive_before_the_run(tmp_path / f"before-{size}")
    ingest(write_pages(tmp_path / f"run-{size}", RUN, month=7), generated)
    return resolved()


def test_a_bound_of_one_resolves_every_name_as_keeping_everything(tmp_path, generated, monkeypatch):
    kept_all = run_with_bound(tmp_path, generated, 10**9, monkeypatch)
    named, people, departments = kept_all
    assert len(named) > 300 and len(people) > 40 and len(departments) > 40
    # The rules the invented pages are there for held in the run that keeps everything:
    officials = {n for kind, key, _, n, name in named if name == "王建新" and key >= "11"}
    assert len(officials) == 2  # namesakes of one zone, each found by their title
    assert {("李敏", (HIGH_TECH,))} <= {(name, tuple(z)) for name, z, _ in people.values()}
    assert any(
        name == "高新区文化和旅游局" and "高新区文旅局" in aliases
        for _zone, name, aliases in departments.values()
    )

    clear_archive()
    assert run_with_bound(tmp_path, generated, 1, monkeypatch) == kept_all
