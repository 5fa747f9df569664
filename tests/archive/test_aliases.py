"""Aliases are rows the database holds to the rule (archive.aliases): an alias names one
person, and one department within its zone; merges, renames and ingest live with it."""

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from archive import aliases
from archive.merge import merge_departments, merge_people, rename_person
from archive.models import Credit, Department, DepartmentAlias, Person, PersonAlias
from archive.parsing.result import DepartmentMention as PrintedDepartment
from archive.resolvers import DepartmentResolver, PersonResolver

from .factories import (
    make_article,
    make_credit,
    make_department,
    make_department_mention,
    make_person,
)

pytestmark = pytest.mark.django_db


def test_two_people_cannot_hold_one_alias():
    sun = make_person("孙庆辉", aliases=["孙庆晖"])
    other = make_person("孙晓")
    with pytest.raises(IntegrityError), transaction.atomic():
        PersonAlias.objects.create(person=other, name="孙庆晖")
    with pytest.raises(IntegrityError), transaction.atomic():
        PersonAlias.objects.create(person=sun, name="孙庆晖")  # nor one person twice
    assert list(PersonAlias.objects.values_list("person", "name")) == [(sun.pk, "孙庆晖")]


def test_an_alias_names_one_department_within_its_zone():
    bureau = make_department("高新区市场监管局", zone="郑州高新区", aliases=["区市场监管局"])
    other = make_department("高新区市场监督管理所", zone="郑州高新区")
    with pytest.raises(IntegrityError), transaction.atomic():
        DepartmentAlias.objects.create(department=other, name="区市场监管局")
    # Another zone's bureau goes by the same short name.
    elsewhere = make_department("经开区市场监管局", zone="郑州经开区", aliases=["区市场监管局"])
    assert sorted(DepartmentAlias.objects.values_list("department", "zone")) == [
        (bureau.pk, "郑州高新区"),
        (elsewhere.pk, "郑州经开区"),
    ]


def test_an_alias_moves_with_its_department_to_another_zone():
    bureau = make_department("市场监管局", zone="郑州高新区", aliases=["监管局"])
    make_department("经开区市场监管局", zone="郑州经开区", aliases=["监管局"])
    bureau.zone = "郑州航空港区"
    bureau.save()
    assert bureau.aliases.get().zone == "郑州航空港区"
    bureau.zone = "郑州经开区"  # where another department goes by it
    with pytest.raises(IntegrityError), transaction.atomic():
        bureau.save()


def test_the_resolver_finds_a_person_by_an_alias():
    sun = make_person("孙庆辉", aliases=["孙庆晖"], zones=["郑州高新区"])
    make_person("孙庆晖", zones=["郑州经开区"])  # a namesake of the alias elsewhere
    resolver = PersonResolver()
    assert resolver.get("孙庆晖", "郑州高新区") == sun
    assert Person.objects.named("孙庆晖").count() == 2


def test_the_resolver_finds_a_department_by_an_alias_and_keeps_others_aliases():
    kept = make_department("高新区市场监管局", aliases=["高新区工商局"])
    other = make_department("高新区质监局", aliases=["区市场监管局"])
    resolver = DepartmentResolver()
    printed = PrintedDepartment("高新区工商局", "bureau", aliases=["区市场监管局", "工商局"])
    assert resolver.get(printed, "郑州高新区") == kept
    # 区市场监管局 was another department's already: it stays theirs, ingest goes on.
    assert aliases.names(kept) == ["高新区工商局", "工商局"]
    assert aliases.names(other) == ["区市场监管局"]


def test_the_resolver_gives_way_when_another_writer_takes_an_alias_first():
    other = make_department("高新区质监局")
    resolver = DepartmentResolver()
    resolver.get(PrintedDepartment("高新区质监局", "bureau"), "郑州高新区")  # the zone is read
    # Another writer records an alias after the run read the zone: the run does not know.
    other.aliases.create(name="区市场监管局")
    printed = PrintedDepartment("高新区市场监管局", "bureau", aliases=["区市场监管局", "监管局"])
    department = resolver.get(printed, "郑州高新区")
    assert aliases.names(department) == ["监管局"]
    assert aliases.names(other) == ["区市场监管局"]


def test_the_resolver_records_a_printed_form_without_asking_who_holds_it():
    # The zone's every alias was read with it: a form it does not know is nobody's, and
    # is inserted without the two look-ups `add_free` makes otherwise.
    department = make_department("高新区市场监管局")
    resolver = DepartmentResolver()
    resolver.get(PrintedDepartment("高新区市场监管局", "bureau"), "郑州高新区")
    printed = PrintedDepartment("高新区市场监管局", "bureau", aliases=["区市场监管局"])
    with CaptureQueriesContext(connection) as run:
        assert resolver.get(printed, "郑州高新区") == department
    assert aliases.names(department) == ["区市场监管局"]
    read = [q["sql"] for q in run.captured_queries if q["sql"].startswith("SELECT")]
    assert read == []


def test_a_merge_whose_name_another_holds_is_refused_whole():
    # 李民 was printed in two zones: one is 李敏's alias, the other a record of its own.
    li = make_person("李敏", aliases=["李民"], zones=["郑州高新区"])
    stray = make_person("李民", zones=["郑州经开区"])
    keep = make_person("李明", zones=["郑州经开区"])
    article = make_article()
    make_credit(article, stray)
    with pytest.raises(aliases.AliasTaken, match="“李民”已是人物“李敏”的别名"):
        merge_people(keep, [stray])
    # Nothing moved, nothing deleted.
    assert Credit.objects.get(article=article).person == stray
    assert aliases.names(keep) == [] and aliases.names(li) == ["李民"]
    with pytest.raises(aliases.AliasTaken):
        rename_person(stray, "李明明")


@pytest.mark.parametrize("kind", ["person", "department"])
def test_a_merge_that_loses_a_race_for_an_alias_is_refused_whole(monkeypatch, kind):
    article = make_article()
    if kind == "person":
        make_person("李敏", aliases=["李民"])
        keep, other = make_person("李明"), make_person("李民")
        make_credit(article, other)
        merge = merge_people
    else:
        make_department("高新区质监局", aliases=["区市场监管局"])
        keep, other = make_department("高新区市场监管局"), make_department("区市场监管局")
        make_department_mention(article, other)
        merge = merge_departments
    # As if another editor recorded it between the merge's look-up and its insert.
    monkeypatch.setattr(aliases, "holders", lambda record, names: {})
    with pytest.raises(aliases.AliasTaken, match="刚被另一处修改占用"):
        merge(keep, [other])
    assert type(other).objects.filter(pk=other.pk).exists()
    assert aliases.names(keep) == []


def test_merged_aliases_move_and_the_department_ones_take_the_kept_zone():
    keep = make_department("高新区市场监管局", zone="郑州高新区")
    other = make_department("市场监管局", zone="", aliases=["监管局"])
    merge_departments(keep, [other])
    assert list(keep.aliases.values_list("zone", "name")) == [
        ("郑州高新区", "市场监管局"),
        ("郑州高新区", "监管局"),
    ]
    assert Department.objects.aliased("郑州高新区", "监管局").get() == keep


def test_a_rename_keeps_the_old_name_as_an_alias_or_changes_nothing():
    bureau = make_department("高新区城管局", aliases=["高新区城市管理局"])
    aliases.rename(bureau, "高新区城市管理局")  # an alias becomes the name
    bureau.refresh_from_db()
    assert (bureau.name, aliases.names(bureau)) == ("高新区城市管理局", ["高新区城管局"])
    # Its old name is another department's alias: refused whole.
    squad = make_department("高新区城管大队")
    make_department("高新区执法局", aliases=["高新区城管大队"])
    with pytest.raises(aliases.AliasTaken, match="“高新区城管大队”已是单位“高新区执法局”的别名"):
        aliases.rename(squad, "高新区城市管理大队")
    assert squad.name == "高新区城管大队"
    squad.refresh_from_db()
    assert (squad.name, aliases.names(squad)) == ("高新区城管大队", [])
    # The new name is another department's of the zone: the database refuses it.
    with pytest.raises(IntegrityError):
        aliases.rename(squad, "高新区执法局")
    assert squad.name == "高新区城管大队"
    squad.refresh_from_db()
    assert (squad.name, aliases.names(squad)) == ("高新区城管大队", [])
