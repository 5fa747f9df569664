"""The search benchmark's anchors (bench/anchors.py): tantivy and SQLite FTS5 given
Baokan's own terms and positions find exactly the articles Baokan finds, for every
kind of query the benchmark asks."""

import pytest

from bench import anchor_queries, anchors
from bench.query_mix import Query
from search.queries import parse
from tests.search.conftest import search_backend, small_corpus  # noqa: F401  (fixtures)

QUERIES = [
    Query("word", "污染源普查"),
    Query("word", "预算"),
    Query("phrase", '"预算绩效管理"'),
    Query("phrase", '"绩效预算"'),  # words that are there, not in this order
    Query("exclusion", "培训 -预算"),
    Query("exclusion", "本报讯 -孙庆辉"),
    Query("name", "阿志强"),  # not in jieba's dictionary: its halves in a row count
    Query("or", "夜市 OR 托管"),
    Query("credit", "记者:孙庆辉"),
    Query("person", "人物:吕沛"),
    Query("department", "单位:高新区财政金融局"),
    Query("traditional", "預算績效"),
    Query("filtered", "本报讯", year="2021"),
    Query("filtered", "本报讯", publication="焦作日报"),
    Query("filtered", "本报讯", column="党建连连看"),
    Query("filtered", "本报讯", person="孙庆辉"),
    Query("sorted", "本报讯", sort="newest"),
    Query("nothing", "不存在的词语"),
    Query("or", "夜市 | 托管"),
    Query("brackets", "(夜市 OR 托管) 高新区"),
    Query("brackets", "本报讯 -(孙庆辉 预算)"),
    Query("field", "标题:夜市"),
    Query("field", "正文:孙庆辉"),  # a byline only, in no body: nothing
    Query("field", "正文:预算"),
    Query("field", "版次:1 本报讯"),
    Query("proximity", '"培训 高新区"~10'),
    Query("proximity", '"高新区 培训"~3'),
    Query("proximity", '"孙庆辉 黄梦玮"~1'),  # two credits: two parts, never near
    Query("same sentence", "同句:(吕沛 工作)"),
]
# What each anchor cannot ask, by kind (bench/anchor_queries.py says why).
SKIPPED = {"tantivy": {"same sentence": 1}, "fts5": {"proximity": 3, "same sentence": 1}}


@pytest.mark.django_db
def test_both_anchors_find_what_baokan_finds(small_corpus, tmp_path):  # noqa: F811
    said = []
    got = anchors.run(QUERIES, tmp_path, passes=1, log=said.append)
    assert got["missing"] == {}
    assert got["queries"] == len(QUERIES) and got["left_out"] == 0
    assert got["skipped"] == SKIPPED
    asked = {name: len(QUERIES) - sum(kinds.values()) for name, kinds in SKIPPED.items()}
    assert got["answered"] == {"baokan": len(QUERIES), "baokan_facets": len(QUERIES), **asked}
    assert got["hits_agree"] == asked
    assert set(got["ratios"]) == {"tantivy", "fts5"}
    assert set(got["engines"]) == {"baokan", "baokan_facets", "tantivy", "fts5"}
    assert any(line.startswith("Baokan ÷ tantivy") for line in said)
    assert got["per_kind"]["proximity"]["tantivy"]["n"] == 3
    assert "fts5" not in got["per_kind"]["proximity"]


def test_a_phrase_an_exclusion_and_a_filter_in_fts5_syntax():
    positive, negative = anchor_queries.tree(parse('"预算绩效" -焦作'), {"column": "要 闻"})
    assert anchor_queries.fts5_match(positive, negative) == (
        '(text : "预算 绩效" AND col : "要_闻") NOT text : "焦作"'
    )


def test_a_name_jieba_does_not_know_also_matches_as_its_halves():
    assert anchor_queries.word("text", "阿志强") == (
        "or",
        [
            ("term", "text", "阿志强"),
            ("phrase", "text", ["阿", "志强"]),
            ("phrase", "text", ["阿志", "强"]),
        ],
    )


def test_brackets_proximity_fields_and_exclusions_inside_a_bracket_as_nodes():
    positive, negative = anchor_queries.tree(
        parse('(夜市 OR 托管 -焦作) "高新区 培训"~3 正文:预算 版次:2 同句:(夜市 托管)'), {}
    )
    assert negative == []
    assert positive == (
        "and",
        [
            (
                "not",
                ("or", [("term", "text", "夜市"), ("term", "text", "托管")]),
                [("term", "text", "焦作")],
            ),
            ("near", "text", ["高新区", "培训"], 3),
            ("term", "body", "预算"),
            ("term", "page_number", "2"),
            ("unit", "text", ["夜市", "托管"], "sentence"),
        ],
    )
    with pytest.raises(anchor_queries.Unsupported):
        anchor_queries.fts5(positive)
