"""The bulk evaluation (search/whoosh/matching.py) against Whoosh's own matchers.

An archive of articles dealt from a few sentences, so that words, phrases and
scores repeat, indexed in several segments with some articles deleted. For each
query the backend's page, total and facet counts must equal what Whoosh finds: the
ranking Whoosh's exhaustive search gives (no block skipping), everything else what
the Whoosh path (`_execute_whoosh`) returns.
"""

import datetime
import random

import numpy as np
import pytest
from haystack import connections
from haystack.constants import ID
from hypothesis import given
from hypothesis import strategies as st
from whoosh import query as wq
from whoosh.collectors import FilterCollector, TopCollector

from archive.models import Article, CreditRole
from search import engine, queries
from search.forms import SearchForm
from search.queries import parse
from search.whoosh import bitsets, matching
from search.whoosh.scores import Scores
from search.whoosh.translate import filter_queries, to_whoosh
from tests.archive.factories import make_issue, make_publication

from ..conftest import make_indexed_article

SENTENCES = [
    "高新区召开安全生产工作会议。",
    "会议要求各单位落实安全生产责任。",
    "预算绩效管理培训班开班。",
    "财政金融局开展预算绩效管理工作。",
    "夜市经营秩序安全管理等工作。",
    "污染源普查工作获全省通报表扬。",
    "阿志强表示，工作要做实做细。",
    "建设局和住建局联合检查工地。",
    "生产安全，安全生产，人人有责。",
    "党工委委员调研营商环境。",
]
PEOPLE = ["孙庆辉", "王玲玲", "阿志强", "吕沛", "李飞"]
DEPARTMENTS = ["高新区财政金融局", "高新区住建局", "高新区环保安监局"]
QUERIES = [
    "安全",
    "安全 生产",
    "生产 -夜市",
    '"安全生产"',
    '"预算绩效管理"',
    '"生产安全"',
    "阿志强",
    "李飞",
    "住建局",
    "做实",
    '工作 -"安全生产"',
    "记者:孙庆辉",
    "人物:吕沛",
    "单位:高新区住建局",
    "標題:安全",
    "預算績效",
    "的",
    "不存在的词语",
    # Brackets, and fields asked by position (正文: before the body's end mark).
    "(安全 OR 夜市) 生产",
    "安全 -(生产 夜市)",
    '(工作 -"安全生产") OR 夜市',
    "正文:安全",
    '正文:"安全生产"',
    "正文:阿志强 OR 正文:李飞",
    # Proximity: Whoosh's SpanNear2 matchers, judging windows by positional.near_window.
    '"安全 工作"~2',
    '"工作 安全"~0',
    '"安全 工作"~10',  # two words: positional._near_pair, in C
    '"安全生产 生产"~0',  # a word and its sub-word, at one position
    '"安全 生产 工作"~5',  # three: a document at a time
    "同句:(安全 工作)",
    "同段:(预算 夜市) -同句:(预算 夜市)",
]
FILTERS = [
    {},
    {"year": "2021"},
    {"publication": "焦作日报"},
    {"person": "王玲玲"},
    {"start": "2021-01-01", "end": "2022-06-30"},
]


def _build(rng):
    papers = [make_publication(name="郑州高新时报"), make_publication(name="焦作日报")]
    articles = []
    for n in range(48):
        day = datetime.date(2020 + n % 4, 1 + n % 12, 1 + n % 27)
        issue = make_issue(rng.choice(papers), day)
        body = "本报讯 " + "".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 6)))
        articles.append(
            make_indexed_article(
                issue,
                title=rng.choice(SENTENCES).rstrip("。") if n % 3 else "",
                body=body,
                date=None if n % 7 == 0 else day,
                column=rng.choice(["", "高新区动态"]),
                credits=[(rng.choice(PEOPLE), CreditRole.REPORTER)],
                people=rng.sample(PEOPLE, rng.randint(0, 2)),
                departments=rng.sample(DEPARTMENTS, rng.randint(0, 1)),
            )
        )
    return articles


def _write(backend, objects, removed=()):
    """Index a batch as its own segment (no merge), as a busy queue leaves it."""
    index = connections["default"].get_unified_index().get_index(Article)
    with backend.writing():
        backend.index = backend.index.refresh()
        writer = backend.index.writer()
        for identifier in removed:
            writer.delete_by_term(ID, identifier)
        for obj in index.load(Article.objects.filter(pk__in=[a.pk for a in objects])):
            doc = index.full_prepare(obj)
            doc.pop("boost", None)
            writer.add_document(**{k: backend._from_python(v) for k, v in doc.items()})
        writer.commit(merge=False)


@pytest.fixture
def segmented(db, search_backend):
    articles = _build(random.Random(5))
    _write(search_backend, articles[:20])
    _write(search_backend, articles[20:40])
    gone = articles[5], articles[25]
    _write(
        search_backend,
        articles[40:],
        removed=[engine.identifier(Article, a.pk) for a in gone],
    )
    searcher = search_backend.searcher()
    assert len(searcher.leaf_searchers()) == 3
    assert searcher.doc_count() == 46
    return search_backend


def _request(q, filters, sort="relevance", page=1):
    form = SearchForm({"q": q, **filters})
    assert form.is_valid(), form.errors
    got = to_whoosh(form.cleaned_data["q"])
    ranked = got.ranked if got.ranked is not None else wq.Every()
    facets = list(queries.FILTERS)
    return (
        ranked,
        got.match,
        got.exclude,
        filter_queries(form.filters()),
        sort,
        (page - 1) * 5,
        5,
        facets,
    )


def _exhaustive(searcher, backend, request):
    """Whoosh's top documents scoring every match, without block-max skipping."""
    ranked, match, exclude, filters, _sort, offset, limit, _facets = request
    allowed = set(searcher.docs_for_query(match if match is not None else ranked))
    for f in filters:
        allowed &= set(searcher.docs_for_query(f))
    if exclude is not None:
        allowed -= set(searcher.docs_for_query(exclude))
    top = TopCollector(limit=offset + limit, usequality=False, replace=0)
    searcher.search_with_collector(ranked, FilterCollector(top, allow=allowed))
    pks = backend.values(searcher)["django_id"]
    return [pks[hit.docnum] for hit in top.results()][offset:]


@pytest.mark.parametrize("filters", FILTERS)
def test_pages_totals_and_facets_are_whooshs(segmented, filters):
    backend = segmented
    searcher = backend.searcher()
    state = backend.state(searcher)
    checked = 0
    for q in QUERIES:
        for sort, page in (
            ("relevance", 1),
            ("relevance", 2),
            ("newest", 1),
            ("oldest", 2),
            ("page", 2),
        ):
            request = _request(q, filters, sort, page)
            bulk = backend._execute(
                matching.Evaluation(searcher, state.cache, dates=state.values["date"]),
                state,
                *request,
            )
            whoosh = backend._execute_whoosh(searcher, state.values, *request)
            assert (bulk.total, bulk.facets) == (whoosh.total, whoosh.facets), q
            if sort == "relevance":
                assert bulk.pks == _exhaustive(searcher, backend, request), q
                # Without `match` the documents come from the ranked query itself.
                alone = backend._execute(
                    matching.Evaluation(searcher, state.cache, dates=state.values["date"]),
                    state,
                    request[0],
                    None,
                    *request[2:],
                )
                assert (alone.pks, alone.total) == (bulk.pks, bulk.total), q
            else:
                assert bulk.pks == whoosh.pks, (q, sort)
            checked += bool(bulk.total)
    assert checked > len(QUERIES)  # most queries find something


def test_scores_are_whooshs_to_the_last_bit(segmented):
    searcher = segmented.searcher()
    state = segmented.state(searcher)
    for q in ("安全 生产", '"安全生产"', "住建局 安全", "阿志强"):
        ranked = to_whoosh(parse(q)).ranked
        ours = matching.Evaluation(searcher, state.cache).scores(ranked)
        top = TopCollector(limit=100, usequality=False, replace=0)
        searcher.search_with_collector(ranked, top)
        theirs = {hit.docnum: hit.score for hit in top.results()}
        live = bitsets.members(matching.Evaluation(searcher, state.cache).live(), 48)
        assert theirs and theirs == {d: s for d, s in ours.items() if d in live}, q


@pytest.mark.parametrize("batch", [3, 8192])
def test_a_phrase_needs_its_words_in_a_row(segmented, monkeypatch, batch):
    monkeypatch.setattr(matching, "PHRASE_BATCH", batch)
    searcher = segmented.searcher()
    state = segmented.state(searcher)
    evaluation = matching.Evaluation(searcher, state.cache)
    for words in (["安全", "生产"], ["生产", "安全"], ["安全", "安全"], ["预算", "绩效", "管理"]):
        phrase = wq.Phrase("text", words)
        expected = bitsets.to_bits(searcher.docs_for_query(phrase), evaluation.size)
        assert evaluation.docs(phrase) == expected, words
    assert evaluation.docs(wq.Phrase("text", ["安全", "不存在"])) == 0


def test_a_query_it_does_not_know_goes_through_whoosh(segmented):
    everything = segmented.execute(wq.Prefix("text", "安"), facets=["year"])
    assert everything.total == len(
        set(segmented.searcher().docs_for_query(wq.Prefix("text", "安")))
    )
    assert sum(count for _year, count in everything.facets["year"]) <= everything.total


@pytest.mark.parametrize("docs", [[], [0], [3, 64, 65], list(range(0, 1000, 7)), list(range(1000))])
def test_bitsets_round_trip(docs):
    bits = bitsets.to_bits(docs, 1000)
    assert bits.bit_count() == len(docs)
    assert bitsets.members(bits, 1000) == docs
    marks = bitsets.to_marks(bits, 1000)
    assert [d for d in range(1000) if marks[d]] == docs
    assert bitsets.DocSet(bits, 1000).members() == docs


def test_ties_go_to_the_lower_document_number():
    scores = {9: 1.0, 2: 3.0, 5: 1.0, 7: 3.0, 1: 0.5}
    docs = sorted(scores)
    found = Scores(np.array(docs), np.array([scores[d] for d in docs]))
    assert found.top(3) == [2, 7, 5]
    assert found.top(10) == [2, 7, 5, 9, 1]


@given(st.lists(st.sampled_from([0.5, 1.0, 1.5, 2.0]), max_size=300), st.integers(1, 40))
def test_the_top_of_many_ties_is_the_whole_ranking_cut(values, count):
    # As Whoosh ranks: every score, by score and then the lower document first.
    found = Scores(np.arange(len(values), dtype=np.int64), np.array(values, dtype=np.float64))
    expected = sorted(range(len(values)), key=lambda d: (-values[d], d))[:count]
    assert found.top(count) == expected


def test_more_like_this_ranks_as_whoosh_does(segmented):
    searcher = segmented.searcher()
    pks = segmented.values(searcher)["django_id"]
    article = Article.objects.filter(pk__in=pks).order_by("pk").first()
    query = wq.AndNot(
        wq.Or(
            [wq.Term("text", w, boost=b) for w, b in (("安全", 1.0), ("预算", 0.5), ("夜市", 0.3))]
        ),
        wq.Term("django_id", str(article.pk)),
    )
    top = TopCollector(limit=5, usequality=False, replace=0)
    searcher.search_with_collector(query, top)
    assert segmented.execute(query, limit=5).pks == [pks[hit.docnum] for hit in top.results()]
    assert article.pk not in segmented.execute(query, limit=50).pks


def test_columns_read_in_one_piece_are_whooshs(segmented):
    from search.whoosh.columns import _column

    for leaf, _offset in segmented.searcher().leaf_searchers():
        reader = leaf.reader()
        for name in ("django_id", "date", "year", "publication", "column", "person", "credit"):
            assert _column(reader, name) == list(reader.column_reader(name, translate=False))
