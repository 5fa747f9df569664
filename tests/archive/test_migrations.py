"""Migrations keep what an archive already holds."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE, AFTER = ("archive", "0004_narrow_sort_indexes"), ("archive", "0005_issue_source_key")


@pytest.mark.django_db(transaction=True)
def test_pages_stored_before_keys_existed_are_known_by_their_name():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    old = executor.loader.project_state([BEFORE]).apps
    paper = old.get_model("archive", "Publication").objects.create(name="高新时报", slug="gx")
    old.get_model("archive", "Issue").objects.create(
        publication=paper, source_name="01.txt", sha256="x", raw_text="本报讯 培训。"
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    from archive.models import Issue

    assert list(Issue.objects.values_list("source_name", "source_key")) == [("01.txt", "01.txt")]


def migrate_from(before, make):
    """Build rows with the models of migration `before`, then migrate to the newest."""
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    make(executor.loader.project_state([before]).apps)
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_pages_stored_before_page_numbers_get_their_number_and_url():
    import datetime

    day = datetime.date(2021, 7, 9)

    def make(old):
        Publication = old.get_model("archive", "Publication")
        Issue = old.get_model("archive", "Issue")
        old.get_model("archive", "IngestRun").objects.create(pages_added=3, pages_failed=1)
        ours = Publication.objects.create(name="高新时报", zone="郑州高新区", slug="gx")
        theirs = Publication.objects.create(name="郑州日报", zone="郑州市", slug="zzrb")
        for paper, label, source, warnings in [
            (ours, "第4版", "text", []),  # a masthead date: the parser said `text`
            (theirs, "第4版", "manifest", []),
            (ours, "", "text", ["issue date 2021-07-09 is the latest event date in the text"]),
        ]:
            Issue.objects.create(
                publication=paper,
                date=day,
                page_label=label,
                date_source=source,
                warnings=warnings,
                source_name=f"{paper.slug}{label}.txt",
                source_key=f"{paper.slug}{label}.txt",
                sha256=f"{paper.slug}{label}",
                raw_text="本报讯 培训。",
            )

    migrate_from(("archive", "0006_login_throttle"), make)
    from archive.models import IngestRun, Issue

    run = IngestRun.objects.get()  # an empty load log from before runs were written
    assert (run.pages_added, run.pages_failed, run.counts, run.log) == (3, 1, {}, [])
    ours, theirs, loose = Issue.objects.order_by("pk")
    assert [(i.page_number, i.page_label, i.date_source) for i in (ours, theirs, loose)] == [
        (4, "第4版", "masthead"),
        (4, "第4版", "manifest"),
        (None, "", "text"),
    ]
    assert ours.get_absolute_url() == "/2021/07/09/4/"
    assert theirs.get_absolute_url() == "/2021/07/09/4-zzrb/"
    assert loose.get_absolute_url() == f"/2021/07/09/p{loose.pk}/"
    assert loose.date_inferred and not ours.date_inferred


@pytest.mark.django_db(transaction=True)
def test_people_keep_their_rows_and_are_known_where_they_were_printed():
    import datetime

    def make(old):
        Publication = old.get_model("archive", "Publication")
        Issue = old.get_model("archive", "Issue")
        Article = old.get_model("archive", "Article")
        Person = old.get_model("archive", "Person")
        sun = Person.objects.create(name="孙庆辉", aliases=["孙庆晖"])
        Person.objects.create(name="无人提及")
        for n, zone in enumerate(["郑州高新区", "焦作高新区"]):
            paper = Publication.objects.create(name=f"报{n}", zone=zone, slug=f"b{n}")
            issue = Issue.objects.create(
                publication=paper,
                date=datetime.date(2021, 7, 9),
                page_label="第1版",
                source_name=f"{n}.txt",
                source_key=f"{n}.txt",
                sha256=str(n),
                raw_text="本报讯 培训。",
            )
            article = Article.objects.create(
                issue=issue, position=1, body="本报讯 培训。", title="改过", locked_fields=["title"]
            )
            old.get_model("archive", "Credit").objects.create(
                article=article, person=sun, role="reporter", order=0, source="staff"
            )
            old.get_model("archive", "ArticleChange").objects.create(
                article=article, field="title", old="原题", new="改过"
            )

    migrate_from(("archive", "0009_merge_redirects"), make)
    from archive import aliases
    from archive.models import Article, ArticleChange, Credit, Person

    # Staff corrections are kept as they were.
    assert sorted(Article.objects.values_list("title", "locked_fields")) == [
        ("改过", ["title"]),
        ("改过", ["title"]),
    ]
    assert ArticleChange.objects.filter(field="title", old="原题", new="改过").count() == 2
    assert set(Credit.objects.values_list("source", flat=True)) == {"staff"}
    sun = Person.objects.get(name="孙庆辉")
    assert (aliases.names(sun), sorted(sun.zones), sun.review_note) == (
        ["孙庆晖"],
        ["焦作高新区", "郑州高新区"],
        "",
    )
    assert Credit.objects.filter(person=sun).count() == 2
    assert Person.objects.get(name="无人提及").zones == []
    Person.objects.create(name="孙庆辉")  # a namesake may exist now


ALIAS_LISTS = ("archive", "0010_person_context")


@pytest.mark.django_db(transaction=True)
def test_alias_lists_become_rows_the_database_holds_to_the_rule_and_back():
    def make(old):
        Person = old.get_model("archive", "Person")
        Department = old.get_model("archive", "Department")
        Person.objects.create(name="孙庆辉", aliases=["孙庆晖", " 孙老师 ", "孙庆辉", "", "孙庆晖"])
        Person.objects.create(name="孙晓", aliases=["孙老师", "孙晓晓"], review_note="另有同名人物")
        Person.objects.create(name="无别名")
        for name, zone, printed in [
            ("高新区市场监管局", "郑州高新区", ["区市场监管局", "市场监管局"]),
            # A later department of the zone printed the same short name: the old
            # resolver took this one for it.
            ("高新区市场监督管理局", "郑州高新区", ["区市场监管局"]),
            ("经开区市场监管局", "郑州经开区", ["区市场监管局"]),
        ]:
            Department.objects.create(name=name, zone=zone, kind="bureau", aliases=printed)

    migrate_from(ALIAS_LISTS, make)
    from django.db import IntegrityError, transaction

    from archive import aliases
    from archive.models import Department, Person, PersonAlias

    sun, xiao = Person.objects.get(name="孙庆辉"), Person.objects.get(name="孙晓")
    assert aliases.names(sun) == ["孙庆晖", "孙老师"]
    assert aliases.names(xiao) == ["孙晓晓"]
    assert xiao.review_note == (
        f"另有同名人物；迁移时未能保留别名：“孙老师”已是人物 {sun.pk} 的别名。若是同一人，请合并"
    )
    assert aliases.names(Person.objects.get(name="无别名")) == []
    by_name = {d.name: d for d in Department.objects.all()}
    assert aliases.names(by_name["高新区市场监管局"]) == ["市场监管局"]
    assert Department.objects.aliased("郑州高新区", "区市场监管局").get().name == (
        "高新区市场监督管理局"
    )
    assert Department.objects.aliased("郑州经开区", "区市场监管局").get().name == (
        "经开区市场监管局"
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        PersonAlias.objects.create(person=xiao, name="孙庆晖")

    # Going back writes the rows into lists again.
    executor = MigrationExecutor(connection)
    try:
        executor.migrate([ALIAS_LISTS])
        old = executor.loader.project_state([ALIAS_LISTS]).apps
        people = old.get_model("archive", "Person").objects
        departments = old.get_model("archive", "Department").objects
        assert dict(people.values_list("name", "aliases")) == {
            "孙庆辉": ["孙庆晖", "孙老师"],
            "孙晓": ["孙晓晓"],
            "无别名": [],
        }
        assert dict(departments.values_list("name", "aliases")) == {
            "高新区市场监管局": ["市场监管局"],
            "高新区市场监督管理局": ["区市场监管局"],
            "经开区市场监管局": ["区市场监管局"],
        }
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_national_bodies_leave_the_districts_and_every_department_gets_a_level():
    import datetime

    def make(old):
        Publication = old.get_model("archive", "Publication")
        Department = old.get_model("archive", "Department")
        Mention = old.get_model("archive", "DepartmentMention")
        Alias = old.get_model("archive", "DepartmentAlias")
        articles = []
        for n, zone in enumerate(["郑州高新区", "焦作高新区"]):
            paper = Publication.objects.create(name=f"报{n}", zone=zone, slug=f"b{n}")
            issue = old.get_model("archive", "Issue").objects.create(
                publication=paper,
                date=datetime.date(2021, 7, 9),
                source_name=f"{n}.txt",
                source_key=f"{n}.txt",
                sha256=str(n),
                raw_text="本报讯 学习。",
            )
            article = old.get_model("archive", "Article").objects.create(
                issue=issue, position=1, body="本报讯 学习。"
            )
            articles.append(article)
            # What the parser did: a national body filed under the page's district.
            body = Department.objects.create(name="国务院办公厅", zone=zone, kind="other")
            for alias in (f"国务院办公厅{n}", "国办"):
                Alias.objects.create(department=body, zone=zone, name=alias)
            Mention.objects.create(article=article, department=body)
        for name, zone, aliases in [
            ("省教育厅", "郑州高新区", []),
            ("高新区民政局", "郑州高新区", ["区民政局"]),
            ("郑州市教育局", "郑州市", []),
            ("湖北省民政厅", "湖北省", []),
            ("国家级示范社", "郑州高新区", []),  # a description, not a national body
            # One body above the zones holds an alias already; a district's row of
            # another name that moves out cannot hold it too.
            ("国家发展改革委", "", ["国家发改委"]),
            ("国家发展和改革委员会", "郑州高新区", ["国家发改委", "发改委"]),
        ]:
            department = Department.objects.create(name=name, zone=zone, kind="bureau")
            for alias in aliases:
                Alias.objects.create(department=department, zone=zone, name=alias)

    migrate_from(("archive", "0011_alias_tables"), make)
    from archive.models import Department, DepartmentAlias, DepartmentMention, MergedDepartment

    levels = {(d.name, d.zone): d.level for d in Department.objects.all()}
    assert levels == {
        ("国务院办公厅", ""): "national",
        ("省教育厅", ""): "province",
        ("高新区民政局", "郑州高新区"): "district",
        ("郑州市教育局", "郑州市"): "city",
        ("湖北省民政厅", "湖北省"): "province",
        ("国家级示范社", "郑州高新区"): "district",
        ("国家发展改革委", ""): "national",
        ("国家发展和改革委员会", ""): "national",
    }
    body = Department.objects.get(name="国务院办公厅")
    assert DepartmentMention.objects.filter(department=body).count() == 2
    # The aliases of both rows, once each, under no zone.
    held = DepartmentAlias.objects.values_list("department__name", "zone", "name")
    assert list(held.filter(department=body)) == [
        ("国务院办公厅", "", "国务院办公厅0"),
        ("国务院办公厅", "", "国办"),
        ("国务院办公厅", "", "国务院办公厅1"),
    ]
    (merged,) = MergedDepartment.objects.all()  # the second row's URL leads to the first
    assert merged.department == body and merged.merged_id != body.pk
    # An alias a body of no zone held stays with it; the mover keeps the rest.
    assert set(held.exclude(department=body)) == {
        ("国家发展改革委", "", "国家发改委"),
        ("国家发展和改革委员会", "", "发改委"),
        ("高新区民政局", "郑州高新区", "区民政局"),
    }


@pytest.mark.django_db(transaction=True)
def test_counts_kept_on_the_rows_are_counted_from_what_the_archive_holds():
    import datetime

    def make(old):
        model = old.get_model
        paper = model("archive", "Publication").objects.create(name="高新时报", slug="gx")
        issue = model("archive", "Issue").objects.create(
            publication=paper,
            source_name="01.txt",
            source_key="01.txt",
            date=datetime.date(2021, 7, 9),
            sha256="x",
            raw_text="本报讯 培训。",
        )
        empty = model("archive", "Issue").objects.create(
            publication=paper,
            source_name="02.txt",
            source_key="02.txt",
            sha256="y",
            raw_text="广告",
        )
        sun = model("archive", "Person").objects.create(name="孙庆辉")
        model("archive", "Person").objects.create(name="黄梦玮")  # named nowhere
        bureau = model("archive", "Department").objects.create(name="财政金融局", kind="bureau")
        for position in (1, 2):
            article = model("archive", "Article").objects.create(
                issue=issue, position=position, body="本报讯 培训。"
            )
            model("archive", "Credit").objects.create(article=article, person=sun, role="reporter")
            model("archive", "PersonMention").objects.create(article=article, person=sun)
            model("archive", "DepartmentMention").objects.create(article=article, department=bureau)
        model("archive", "Credit").objects.create(article=article, person=sun, role="photographer")
        assert empty.pk

    migrate_from(("archive", "0012_department_level"), make)
    from archive import tallies
    from archive.models import (
        Credit,
        Department,
        DepartmentMention,
        Issue,
        Person,
        PersonMention,
        Year,
    )

    people = Person.objects.values_list("name", "credit_count", "reporter_count", "mention_count")
    assert sorted(people) == [("孙庆辉", 3, 2, 2), ("黄梦玮", 0, 0, 0)]
    assert list(Person.objects.reporters_first().values_list("name", flat=True)) == [
        "孙庆辉",
        "黄梦玮",
    ]
    assert list(Department.objects.values_list("mention_count", flat=True)) == [2]
    assert sorted(Issue.objects.values_list("article_count", flat=True)) == [0, 2]
    # Each credit and mention carries its page's date (migration 0014).
    for model in (Credit, PersonMention, DepartmentMention):
        assert set(model.objects.values_list("page_date", flat=True)) == {datetime.date(2021, 7, 9)}
    # A row a year, the undated pages' as year 0 (migration 0015).
    years = Year.objects.values_list("year", "issue_count", "article_count")
    assert sorted(years) == [(0, 1, 0), (2021, 1, 2)]
    assert not any(tallies.miscounted().values())
