"""Issue 14's done-when for departments: the seed pages' departments contain no generic
phrase and no national body under a district, and the search facet shows only them."""

import json
import re

import pytest

from archive import aliases
from archive.models import Department, DepartmentLevel
from archive.parsing.departments import zone_short_name, zone_words
from archive.parsing.orgnames import head, names_a_body

from .test_ingest import SEEDS, run_ingest

pytestmark = pytest.mark.django_db

ZONES = {
    entry["zone"] for entry in json.loads((SEEDS / "manifest.json").read_text())["pages"].values()
}
# The examples of what the archive stored as departments and should not have.
GENERIC = ("综合性三甲医院", "村改居社区", "供水公司", "二级集团")
# How a national body's name begins, and a province's that does not say which.
NATIONAL = re.compile(r"^(?:中共中央|中央|国务院|全国|国家(?!级)|中国)")
PROVINCIAL = re.compile(r"^省(?!级)")


@pytest.fixture(autouse=True)
def search_index(tmp_path):
    from tests.search.conftest import temporary_index

    with temporary_index(tmp_path / "index") as backend:
        yield backend


@pytest.fixture
def departments():
    run_ingest(SEEDS)
    return list(Department.objects.all())


def test_every_department_has_a_head_and_a_place_or_a_name_before_it(departments):
    assert len(departments) > 40
    for department in departments:
        own = zone_words(department.zone) | {department.zone} if department.zone else set()
        assert head(department.name), department.name
        assert names_a_body(department.name, frozenset(own)), department.name
    assert not {d.name for d in departments} & set(GENERIC)


def test_no_national_or_provincial_body_is_filed_under_a_district(departments):
    above = [d for d in departments if NATIONAL.match(d.name) or PROVINCIAL.match(d.name)]
    assert {d.name for d in above} >= {"中共中央政治局", "国家中医药局", "省财政厅"}
    for department in above:
        assert department.zone not in ZONES, department.name
        assert department.level in (DepartmentLevel.NATIONAL, DepartmentLevel.PROVINCE)
    for department in departments:
        if department.zone in ZONES:
            assert department.level == DepartmentLevel.DISTRICT, department.name


def test_a_body_s_names_within_a_zone_are_one_department(departments):
    names = {(d.zone, d.name): d for d in departments}
    group = names["郑州高新区", "高新投资控股集团"]
    assert {"高新投控集团", "高新投控股集团"} <= set(aliases.names(group))
    bureau = names["焦作高新区", "高新区文化和旅游局"]
    assert "高新区文旅局" in aliases.names(bureau)
    # No two departments of a zone are one name with and without the zone's name.
    for zone in ZONES:
        short = zone_short_name(zone)
        mine = {name for z, name in names if z == zone}
        assert not {name for name in mine if short + name in mine}, zone


def test_the_search_facet_shows_only_the_stored_departments(departments):
    from search import engine, queries

    outcome = engine.run_search(queries.parse(""), {}, limit=1, facets=["department"])
    shown = {value for value, _count in outcome.facets["department"]}
    assert shown == {d.name for d in departments if d.mentions.exists()}
    assert not shown & set(GENERIC)
    assert "中共中央政治局" in shown
