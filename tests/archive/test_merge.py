"""Merging and renaming people and departments (archive.merge), and what re-ingest
makes of it afterwards."""

import pytest

from archive import aliases
from archive.merge import merge_departments, merge_people, rename_department, rename_person
from archive.models import (
    ArticleChange,
    Credit,
    CreditRole,
    Department,
    DepartmentMention,
    Person,
    PersonMention,
)

from . import admin_fixtures
from .admin_fixtures import ingest, person
from .factories import (
    make_article,
    make_credit,
    make_department,
    make_department_mention,
    make_person,
    make_person_mention,
)

pytestmark = pytest.mark.django_db

# Fixtures the admin tests share (tests/archive/conftest.py serves the reader views).
announced = admin_fixtures.announced
seeds = admin_fixtures.seeds


def names(article):
    return sorted((c.person.name, c.role) for c in article.credits.all())


def test_merging_moves_credits_and_mentions_and_keeps_the_names(
    announced, django_capture_on_commit_callbacks
):
    keep = make_person("孙庆辉", aliases=["孙庆晖"])
    other = make_person("孙庆辉X", aliases=["孙老师"])
    first, second = make_article(), make_article()
    make_credit(first, other, CreditRole.REPORTER)
    make_person_mention(second, other, ["主任"])
    with django_capture_on_commit_callbacks(execute=True):
        result = merge_people(keep, [other])

    assert not Person.objects.filter(pk=other.pk).exists()
    keep.refresh_from_db()
    assert aliases.names(keep) == ["孙庆晖", "孙庆辉X", "孙老师"]
    assert names(first) == [("孙庆辉", "reporter")]
    assert second.person_mentions.get().person == keep
    assert (result.moved, result.folded, result.merged) == (2, 0, ["孙庆辉X"])
    assert announced == [([first.pk, second.pk], [])]
    # Plain moves need no lock: re-ingest resolves the old name to the kept person.
    first.refresh_from_db()
    assert first.locked_fields == []
    assert ArticleChange.objects.get(article=first, field="credits").new == "记者 孙庆辉"


def test_merging_folds_rows_the_kept_person_already_has_and_locks_them():
    keep, other = make_person("王玉红"), make_person("王王红")
    article = make_article()
    make_credit(article, keep, CreditRole.REPORTER, 0)
    make_credit(article, other, CreditRole.REPORTER, 1, verified=True)
    make_credit(article, other, CreditRole.PHOTOGRAPHER, 2)
    make_person_mention(article, keep, ["主任"])
    make_person_mention(article, other, ["书记", "主任"], organization="区委")
    result = merge_people(keep, [other])

    assert names(article) == [("王玉红", "photographer"), ("王玉红", "reporter")]
    assert article.credits.get(role="reporter").verified  # the folded one was verified
    mention = PersonMention.objects.get(article=article)
    assert (mention.titles, mention.organization) == (["主任", "书记"], "区委")
    article.refresh_from_db()
    # Re-parsing would credit and mention 王玉红 twice: the byline is staff's now.
    assert set(article.locked_fields) == {"credits", "people"}
    assert (result.moved, result.folded) == (1, 2)


def test_merging_into_itself_changes_nothing():
    keep = make_person("郭树勋")
    make_credit(make_article(), keep)
    result = merge_people(keep, [keep])
    assert Person.objects.filter(pk=keep.pk).exists() and result.merged == []


def test_renaming_keeps_the_old_name_as_an_alias(announced, django_capture_on_commit_callbacks):
    reporter = make_person("赵根志")
    article = make_article()
    make_credit(article, reporter)
    with django_capture_on_commit_callbacks(execute=True):
        rename_person(reporter, "赵根智")
    reporter.refresh_from_db()
    assert (reporter.name, aliases.names(reporter)) == ("赵根智", ["赵根志"])
    assert announced == [([article.pk], [])]
    change = ArticleChange.objects.get(article=article)
    assert (change.old, change.new, change.note) == (
        "记者 赵根志",
        "记者 赵根智",
        "更名：赵根志 → 赵根智",
    )


def test_merging_departments_moves_mentions_and_locks_them():
    keep = make_department("高新区市场监管局")
    other = make_department("区市场监管局", aliases=["市场监管局"])
    both, one = make_article(), make_article()
    make_department_mention(both, keep)
    make_department_mention(both, other)
    make_department_mention(one, other)
    merge_departments(keep, [other])

    keep.refresh_from_db()
    assert aliases.names(keep) == ["区市场监管局", "市场监管局"]
    assert not Department.objects.filter(pk=other.pk).exists()
    assert DepartmentMention.objects.filter(department=keep).count() == 2
    for article in (both, one):
        article.refresh_from_db()
        # ingest finds departments by (zone, name), not by alias: keep it off these.
        assert article.locked_fields == ["departments"]


def test_renaming_a_department(announced, django_capture_on_commit_callbacks):
    bureau = make_department("区财政局")
    article = make_article()
    make_department_mention(article, bureau)
    with django_capture_on_commit_callbacks(execute=True):
        rename_department(bureau, "高新区财政金融局")
    bureau.refresh_from_db()
    assert (bureau.name, aliases.names(bureau)) == ("高新区财政金融局", ["区财政局"])
    article.refresh_from_db()
    assert article.locked_fields == ["departments"]
    assert announced == [([article.pk], [])]


def test_reingesting_after_merges_does_not_bring_back_the_merged(seeds):
    # Say staff know the seed pages' 陈杨 is 陈伟, and 王桂丽 is 王玉红, whom one
    # article names beside her: the old names are printed on the pages and re-parsed.
    merge_people(person("陈伟"), [person("陈杨")])
    merge_people(person("王玉红"), [person("王桂丽")])
    # The pages name one group three ways; ingest made it one, under its full name.
    # Staff prefer the short name the paper prints most, and know the 交警二大队 the
    # pages name is the police bureau's.
    group = Department.objects.get(name="高新投资控股集团")
    rename_department(group, "高新投控集团")
    police = Department.objects.get(name="高新区公安分局")
    merge_departments(police, Department.objects.filter(name="交警二大队"))
    counts = (Credit.objects.count(), PersonMention.objects.count(), Person.objects.count())
    departments = Department.objects.count()

    ingest("--force")

    assert not Person.objects.filter(name__in=["陈杨", "王桂丽"]).exists()
    assert Credit.objects.filter(person__name="陈伟", role="correspondent").count() == 1
    assert (
        Credit.objects.count(),
        PersonMention.objects.count(),
        Person.objects.count(),
    ) == counts
    assert Department.objects.count() == departments
    assert not Department.objects.filter(name="交警二大队").exists()
    assert "交警二大队" in aliases.names(Department.objects.get(pk=police.pk))
    group.refresh_from_db()
    assert group.name == "高新投控集团"
    assert set(aliases.names(group)) == {"高新投控股集团", "高新投资控股集团"}
    assert set(group.mentions.values_list("article__title", flat=True)) >= {
        "高新投控集团召开深化国企改革专题研讨会议",
        "高新投控集团为患病职工爱心捐款",
    }
