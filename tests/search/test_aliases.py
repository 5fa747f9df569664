"""A byline's aliases are indexed with it (ArticleIndex.prepare_credit): after a merge or
a rename the old name still finds the person's articles."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from haystack import connections

from archive.merge import merge_departments, merge_people, rename_person
from archive.models import Article, CreditRole, Department, Person
from search.queue import process_queue

from .conftest import index_all, make_indexed_article
from .test_views import get, titles


def test_an_old_name_finds_the_articles_after_a_merge_and_a_rename(client, db, search_backend):
    village = make_indexed_article(title="四季村晚", credits=[("陈杨", CreditRole.CORRESPONDENT)])
    other = make_indexed_article(title="夜市开张", credits=[("陈伟", CreditRole.REPORTER)])
    index_all()
    assert titles(get(client, q="通讯员:陈杨")) == [village.pk]

    merge_people(Person.objects.get(name="陈伟"), [Person.objects.get(name="陈杨")])
    rename_person(Person.objects.get(name="陈伟"), "陈炜")
    process_queue(wait=True)  # what the merge and the rename queued, as the writer does

    # Every article of the person kept answers to each of their names; a role prefix
    # to the credits in that role, under any of the names.
    assert set(titles(get(client, q="署名:陈杨"))) == {village.pk, other.pk}
    assert titles(get(client, q="通讯员:陈杨")) == [village.pk]
    assert titles(get(client, q="记者:陈杨")) == [other.pk]
    assert set(titles(get(client, q="署名:陈伟"))) == {village.pk, other.pk}
    assert set(titles(get(client, person="陈炜"))) == {village.pk, other.pk}


def test_indexing_reads_aliases_without_a_query_per_article(db):
    index = connections["default"].get_unified_index().get_index(Article)

    def queries():
        with CaptureQueriesContext(connection) as run:
            credits = [index.prepare_credit(a) for a in index.load(Article.objects.all())]
        return len(run), credits

    def article(n):
        make_indexed_article(credits=[(f"记者{n}", CreditRole.REPORTER)])
        Person.objects.get(name=f"记者{n}").aliases.create(name=f"笔名{n}")

    article(0)
    few, _ = queries()
    for n in range(1, 6):
        article(n)
    many, credits = queries()
    assert many == few
    assert sorted(credits)[-1] == ["记者5", "笔名5", "reporter:记者5", "reporter:笔名5"]


def test_an_old_department_or_person_name_finds_the_mentions_after_a_merge(
    client, db, search_backend
):
    old = make_indexed_article(title="区财政局开展培训", departments=["区财政局"], people=["陈杨"])
    new = make_indexed_article(
        title="财政金融局召开会议", departments=["高新区财政金融局"], people=["陈伟"]
    )
    index_all()
    assert titles(get(client, q="单位:区财政局")) == [old.pk]

    merge_departments(
        Department.objects.get(name="高新区财政金融局"), [Department.objects.get(name="区财政局")]
    )
    merge_people(Person.objects.get(name="陈伟"), [Person.objects.get(name="陈杨")])
    process_queue(wait=True)

    both = {old.pk, new.pk}
    assert set(titles(get(client, q="单位:区财政局"))) == both
    assert set(titles(get(client, q="单位:高新区财政金融局"))) == both
    assert set(titles(get(client, q="人物:陈杨"))) == both
    # The facets and filters name each only by its current name.
    response = get(client, q="培训 OR 会议")
    facets = {f["name"]: [i["value"] for i in f["items"]] for f in response.context["facets"]}
    assert facets["department"] == ["高新区财政金融局"]
    assert facets["person"] == ["陈伟"]
