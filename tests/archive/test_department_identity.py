"""Which department a printed name is (archive.resolvers.DepartmentResolver): one body
abbreviated on one page and printed in full on another is one department, named in
full; a national body is filed under no zone, whichever district's paper printed it.
The pages here are invented."""

import json
import logging
from pathlib import Path

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from archive import aliases
from archive.models import Department, DepartmentAlias, DepartmentLevel
from archive.parsing.result import DepartmentMention
from archive.resolvers import DepartmentResolver
from search.models import PendingIndexUpdate

from .factories import make_article, make_department, make_department_mention
from .test_ingest import run_ingest

pytestmark = pytest.mark.django_db

PAGES = {
    "01.txt": ("郑州高新区", "本报讯 7月5日，区文旅局召开会议。国家统计局有关负责人介绍情况。"),
    "02.txt": ("郑州高新区", "本报讯 7月6日，区文化和旅游局举办培训。"),
    "03.txt": ("焦作高新区", "本报讯 7月7日，高新区学习国家统计局发布的数据。"),
}


@pytest.fixture(autouse=True)
def search_index(tmp_path):
    from tests.search.conftest import temporary_index

    with temporary_index(tmp_path / "index") as backend:
        yield backend


def write_pages(folder: Path, pages) -> Path:
    folder.mkdir()
    entries = {}
    for name, (zone, text) in pages.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
        entries[name] = {"zone": zone, "year": 2021}
    (folder / "manifest.json").write_text(json.dumps({"pages": entries}), encoding="utf-8")
    return folder


@pytest.mark.parametrize("together", [1, 16])
def test_pages_that_abbreviate_a_body_and_name_it_in_full_make_one_department(
    tmp_path, monkeypatch, together
):
    import archive.ingest

    monkeypatch.setattr(archive.ingest, "STORE_PAGES", together)  # pages a transaction
    monkeypatch.setattr(archive.ingest, "STORE_SECONDS", 3600)
    run_ingest(write_pages(tmp_path / "pages", PAGES), "--no-index")
    bureau = Department.objects.get(zone="郑州高新区", name="高新区文化和旅游局")
    assert "高新区文旅局" in aliases.names(bureau)
    assert not Department.objects.filter(name="高新区文旅局").exists()
    assert bureau.mentions.count() == 2
    # The article printed before the full name was known is indexed again under it: its
    # page stored before the rename was queued, and is queued again; stored with the page
    # that renamed, it is queued once, in the transaction that renamed.
    first = bureau.mentions.get(article__body__contains="文旅局").article_id
    queued = PendingIndexUpdate.objects.filter(article_id=first).count()
    assert queued == (2 if together == 1 else 1)


def test_a_national_body_is_one_department_above_every_zone(tmp_path):
    run_ingest(write_pages(tmp_path / "pages", PAGES), "--no-index")
    (bureau,) = Department.objects.filter(name="国家统计局")
    assert (bureau.zone, bureau.level) == ("", DepartmentLevel.NATIONAL)
    assert bureau.mentions.count() == 2


def test_pages_go_on_when_a_rename_would_take_an_alias_another_department_holds(tmp_path):
    # Staff recorded the short name as another department's alias (before ingest knew
    # the two forms are one body): it stays theirs, and the abbreviated department
    # keeps its name, known by the full one from now on.
    short = make_department("高新区文旅局")
    other = make_department("高新区文物局", aliases=["高新区文旅局"])
    run_ingest(write_pages(tmp_path / "pages", PAGES), "--no-index")
    short.refresh_from_db()
    assert short.name == "高新区文旅局"
    assert "高新区文化和旅游局" in aliases.names(short)
    assert aliases.names(other) == ["高新区文旅局"]
    assert not Department.objects.filter(name="高新区文化和旅游局").exists()
    assert short.mentions.count() == 2


def resolve(resolver, name, zone="郑州高新区", kind="bureau", printed=None):
    mention = DepartmentMention(name, kind, zone, "district", [printed or name])
    return resolver.get(mention, zone)


def test_an_abbreviation_joins_the_full_name_and_the_full_name_renames_it():
    resolver = DepartmentResolver()
    short = resolve(resolver, "高新区城管局")
    full = resolve(resolver, "高新区城市管理局")
    again = resolve(DepartmentResolver(), "高新区城管局")
    assert short.pk == full.pk == again.pk
    full.refresh_from_db()
    assert (full.name, aliases.names(full)) == ("高新区城市管理局", ["高新区城管局"])


def test_the_fullest_name_is_kept_whatever_the_order():
    resolver = DepartmentResolver()
    for name in ("高新投控集团", "高新投资控股集团", "高新投控股集团"):
        resolve(resolver, name, kind="group")
    (group,) = Department.objects.all()
    assert group.name == "高新投资控股集团"
    assert sorted(aliases.names(group)) == ["高新投控股集团", "高新投控集团"]


def test_every_printed_form_becomes_an_alias():
    resolver = DepartmentResolver()
    resolve(resolver, "高新区民政局")
    bureau = resolve(resolver, "高新区民政局", printed="区民政局")
    bureau.refresh_from_db()
    assert aliases.names(bureau) == ["区民政局"]


def test_a_renamed_department_keeps_its_old_name_when_printed_again():
    resolver = DepartmentResolver()
    resolve(resolver, "高新区文旅局", printed="区文旅局")
    resolve(resolver, "高新区文化和旅游局")
    resolve(resolver, "高新区文旅局", printed="文旅局")
    (bureau,) = Department.objects.all()
    assert bureau.name == "高新区文化和旅游局"
    assert set(aliases.names(bureau)) == {"区文旅局", "高新区文旅局", "文旅局"}


def test_a_name_staff_chose_is_kept():
    """Staff renamed the full name to the short one: the full one is an alias now, and
    a page printing it resolves to the department without renaming it back."""
    kept = make_department("高新区城管局", aliases=["高新区城市管理局"])
    assert resolve(DepartmentResolver(), "高新区城市管理局").pk == kept.pk
    kept.refresh_from_db()
    assert kept.name == "高新区城管局"


def test_a_rename_refused_for_an_alias_another_holds_is_logged_and_skipped(caplog):
    short = make_department("高新区城管局")
    other = make_department("高新区城管执法大队", aliases=["高新区城管局"])
    with caplog.at_level(logging.WARNING, logger="archive.resolvers"):
        found = resolve(DepartmentResolver(), "高新区城市管理局")
    assert found.pk == short.pk and found.name == "高新区城管局"
    assert "未改名为“高新区城市管理局”" in caplog.text
    assert "“高新区城管局”已是单位“高新区城管执法大队”的别名" in caplog.text
    short.refresh_from_db()
    assert (short.name, aliases.names(short)) == ("高新区城管局", ["高新区城市管理局"])
    assert aliases.names(other) == ["高新区城管局"]
    # A later run finds it by the full name without trying again.
    caplog.clear()
    assert resolve(DepartmentResolver(), "高新区城市管理局").pk == short.pk
    assert not caplog.records


def test_bodies_of_other_zones_or_other_bodies_stay_apart():
    resolver = DepartmentResolver()
    ours = resolve(resolver, "高新区城管局")
    theirs = resolve(resolver, "高新区城市管理局", zone="焦作高新区")
    other = resolve(resolver, "高新区教育体育局")
    also = resolve(resolver, "高新区教育局")
    assert len({ours.pk, theirs.pk, other.pk, also.pk}) == 4


def test_a_rename_is_announced_for_the_articles_of_earlier_runs(announced_articles):
    department = make_department("高新区文旅局")
    make_department_mention(make_article(), department)
    resolve(DepartmentResolver(), "高新区文化和旅游局")
    assert announced_articles == [department.mentions.get().article_id]


@pytest.fixture
def announced_articles():
    from archive.signals import articles_changed

    calls = []

    def receive(sender, changed=(), removed=(), **kwargs):
        calls.extend(changed)

    articles_changed.connect(receive, dispatch_uid="department-identity")
    yield calls
    articles_changed.disconnect(dispatch_uid="department-identity")


# Names of one zone's bodies, full, abbreviated and with the zone's words, and bodies
# that share only a head (局, 集团) or nothing with them.
ZONE_NAMES = [
    "高新区城市管理局",
    "高新区城管局",
    "高新投资控股集团",
    "高新投控集团",
    "高新投控股集团",
    "投控集团",
    "高新区文化和旅游局",
    "高新区文旅局",
    "高新区教育体育局",
    "高新区教育局",
    "石佛办事处",
    "枫杨办事处",
    "高新区住房和城乡建设局",
    "高新区住建局",
    "郑州大学第一附属医院",
    "王庄村",
    "王小庄村",
    "高新区",
]


def test_a_zone_offers_every_department_that_may_be_the_same_body():
    """`_Zone.bodies_like` narrows the names `same_body` is asked about: it must offer
    every department `same_body` holds one body with the name, either way round, in
    the order the zone holds them (the resolver takes the first or the longest)."""
    from archive.parsing.departments import same_body
    from archive.resolvers import _Zone

    zone = _Zone("郑州高新区")
    for pk, name in enumerate(ZONE_NAMES, 1):
        zone.named(pk, name)
    zone.named(2, "高新区城管执法局")  # a rename files the department anew
    order = list(zone.names)
    joined = 0
    for name in [*ZONE_NAMES, "高新区城管局", "高新区文化旅游局", "投资控股集团"]:
        offered = zone.bodies_like(name)
        same = [
            pk
            for pk, other in zone.names.items()
            if same_body(name, other, zone.zone) or same_body(other, name, zone.zone)
        ]
        assert set(same) <= set(offered), name
        assert offered == sorted(offered, key=order.index)
        assert len(offered) < len(order)  # it does narrow them
        joined += bool(same)
    assert joined >= 8  # the list holds bodies printed two ways


def test_a_department_another_writer_made_during_the_run_is_found_not_duplicated():
    resolver = DepartmentResolver()
    resolve(resolver, "高新区民政局")  # the run has read the zone's departments
    theirs = make_department("高新区信访局")  # staff, or another ingest, meanwhile
    found = resolve(resolver, "高新区信访局")
    assert found.pk == theirs.pk
    assert Department.objects.filter(name="高新区信访局").count() == 1
    # The page's transaction goes on after the failed insert.
    assert resolve(resolver, "高新区财政局").name == "高新区财政局"


def test_a_page_s_zones_are_read_together_and_resolve_as_read_one_by_one():
    # Real text names several small zones a page, most of them once: read zone by zone
    # they cost two queries each.
    make_department("中原区民政局", zone="中原区")
    make_department("金水区民政局", zone="金水区", aliases=["金水民政局"])
    printed = [
        DepartmentMention("中原区民政局", "bureau", "中原区", "district", ["中原区民政局"]),
        DepartmentMention("金水民政局", "bureau", "金水区", "district", ["金水民政局"]),
        DepartmentMention("二七区民政局", "bureau", "二七区", "district", ["二七区民政局"]),
    ]
    one_by_one = [DepartmentResolver().get(mention, "郑州高新区").pk for mention in printed]
    resolver = DepartmentResolver()
    with CaptureQueriesContext(connection) as run:
        resolver.prefetch(printed, "郑州高新区")
        together = [resolver.get(mention, "郑州高新区").pk for mention in printed]
    assert together == one_by_one
    read = [q["sql"] for q in run.captured_queries if q["sql"].startswith("SELECT")]
    assert len(read) == 2


# (name, printed form) in a page's order: abbreviations before and after their full
# names, renames, printed forms that become aliases, a name printed twice.
A_PAGE = [
    ("高新区文旅局", "区文旅局"),
    ("高新区城管局", None),
    ("高新区文化和旅游局", None),
    ("高新区城市管理局", "市城管局"),
    ("高新区文旅局", "文旅局"),
    ("高新投控集团", None),
    ("高新投资控股集团", "投资控股集团"),
    ("高新区教育局", "区教育局"),
    ("高新区教育局", None),
    ("高新区民政局", None),
]


def _resolved_and_stored(batched):
    """The departments `A_PAGE` resolves to, and the rows it leaves: pks as their rank
    (a rolled-back run's sequence is not reused on PostgreSQL)."""
    make_department("高新区财政局", aliases=["区财政局"])  # one the zone has already
    resolver = DepartmentResolver(batched=batched)
    got = [resolve(resolver, name, printed=printed) for name, printed in A_PAGE]
    resolver.flush()
    ranks = {
        pk: i for i, pk in enumerate(Department.objects.order_by("pk").values_list("pk", flat=True))
    }
    rows = [
        (ranks[pk], name, kind)
        for pk, name, kind in Department.objects.order_by("pk").values_list("pk", "name", "kind")
    ]
    named = DepartmentAlias.objects.order_by("pk").values_list("name", "department_id", "zone")
    return [ranks[d.pk] for d in got], rows, [(name, ranks[pk], zone) for name, pk, zone in named]


def test_a_batched_page_makes_the_departments_and_aliases_one_at_a_time_would():
    # ingest's resolver inserts a page's new departments and aliases at its end
    # (`batched`, `flush`): the same rows, numbered in the same order.
    with transaction.atomic():
        one_by_one = _resolved_and_stored(batched=False)
        transaction.set_rollback(True)
    with CaptureQueriesContext(connection) as run:
        together = _resolved_and_stored(batched=True)
    assert together == one_by_one
    assert len(one_by_one[1]) > 5 and len(one_by_one[2]) > 3
    inserts = [q["sql"] for q in run.captured_queries if q["sql"].startswith("INSERT")]
    # the zone's one department and its alias, a rename's alias; then the page's
    # departments before the rename, and after it, in one INSERT each
    assert len(inserts) < len(one_by_one[1]) + len(one_by_one[2])


def test_a_batched_page_takes_the_department_another_writer_made_meanwhile():
    resolver = DepartmentResolver(batched=True)
    resolve(resolver, "高新区民政局")  # the run has read the zone's departments
    theirs = make_department("高新区信访局")  # staff, or another ingest, meanwhile
    found = resolve(resolver, "高新区信访局")
    other = resolve(resolver, "高新区财政局")
    assert found.pk is not None and found.pk < 0  # a stand-in until the page's end
    resolver.flush()
    assert found.pk == theirs.pk
    assert Department.objects.filter(name="高新区信访局").count() == 1
    assert Department.objects.get(pk=other.pk).name == "高新区财政局"
    assert resolve(resolver, "高新区信访局").pk == theirs.pk


def test_a_batched_page_skips_an_alias_another_writer_took_meanwhile():
    other = make_department("高新区质监局")
    resolver = DepartmentResolver(batched=True)
    resolve(resolver, "高新区质监局")  # the zone is read
    other.aliases.create(name="区市场监管局")
    printed = DepartmentMention(
        "高新区市场监管局", "bureau", "郑州高新区", "district", ["区市场监管局", "监管局"]
    )
    department = resolver.get(printed, "郑州高新区")
    resolver.flush()
    assert aliases.names(department) == ["监管局"]
    assert aliases.names(other) == ["区市场监管局"]
