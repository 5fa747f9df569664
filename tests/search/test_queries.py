import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import fields, query
from whoosh.filedb.filestore import RamStorage

from search.analyzer import ChineseAnalyzer
from search.queries import QueryError, parse, to_whoosh


def clauses(raw):
    return [(c.field, c.text, c.phrase, c.negated) for c in parse(raw).clauses]


def test_words_phrases_exclusions_and_fields():
    assert clauses('污染源普查 "预算绩效管理" -焦作 记者:孙庆辉') == [
        ("text", "污染源普查", False, False),
        ("text", "预算绩效管理", True, False),
        ("text", "焦作", False, True),
        ("credit", "孙庆辉", False, False),
    ]


def test_full_width_curly_quotes_and_traditional_are_folded():
    assert clauses("“預算績效”　記者：孫慶輝") == [
        ("text", "预算绩效", True, False),
        ("credit", "孙庆辉", False, False),
    ]


@pytest.mark.parametrize(
    "raw,field",
    [
        ("通讯员:王玲玲", "credit"),
        ("人物:吕沛", "person"),
        ("单位:区财政局", "department"),
        ("栏目:高新区动态", "column"),
        ("报纸:焦作日报", "publication"),
        ("标题:夜市", "title"),
    ],
)
def test_field_prefixes(raw, field):
    assert clauses(raw)[0][0] == field


def test_unknown_prefix_is_plain_text():
    assert clauses("10:30") == [("text", "10:30", False, False)]


@pytest.mark.parametrize("raw", ["", "   ", "，。！", '""', "- —— ……", "\u200b"])
def test_empty_or_punctuation_only_parses_to_nothing(raw):
    assert not parse(raw)
    assert to_whoosh(parse(raw)).match is None


@pytest.mark.parametrize(
    "raw,message",
    [
        ('"预算绩效', "引号不成对"),
        ("夜" * 10_000, "查询太长"),
        ("夜市\x00", "控制字符"),
        ("夜市\x1b[0m", "控制字符"),
        ("-焦作", "只有排除的词"),
    ],
)
def test_malformed_queries_raise_a_message(raw, message):
    with pytest.raises(QueryError, match=message):
        parse(raw)


def test_unknown_names_also_match_when_cut_differently():
    # jieba keeps 阿志强 whole in a query but cuts 阿/志强 in a sentence.
    text = str(to_whoosh(parse("孙庆辉")).match)
    assert "text:孙庆辉" in text
    assert 'text:"孙 庆辉"' in text
    assert 'text:"孙庆 辉"' in text


def test_title_words_boost_and_exclusions_are_kept_apart():
    got = to_whoosh(parse('夜市 预算绩效 -焦作 -"大沙河"'))
    assert isinstance(got.ranked, query.AndMaybe)
    assert "title:夜市" in str(got.ranked)
    assert str(got.match) == "(text:夜市 AND (text:预算 AND text:绩效))"
    assert str(got.exclude) == "(text:焦作 OR text:大沙河)"


def test_highlight_terms_are_the_words_typed_longest_first():
    assert parse("污染源普查 阿志强").highlight_terms() == [
        "污染源普查",
        "污染源",
        "阿志强",
        "志强",
        "普查",
    ]
    assert parse('"预算绩效" -焦作').highlight_terms() == ["预算绩效"]


_SCHEMA = fields.Schema(
    text=fields.TEXT(analyzer=ChineseAnalyzer()),
    title=fields.TEXT(analyzer=ChineseAnalyzer()),
    credit=fields.KEYWORD(commas=True),
    person=fields.KEYWORD(commas=True),
    department=fields.KEYWORD(commas=True),
    column=fields.ID(),
    publication=fields.ID(),
)
_IX = RamStorage().create_index(_SCHEMA)
with _IX.writer() as _w:
    _w.add_document(text="全国污染源普查 预算绩效 夜市", title="夜市", credit="孙庆辉")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60) | st.text(alphabet='"-: 记者污染源夜市：“”-abc', max_size=30))
def test_any_input_is_a_message_or_a_query_that_runs(raw):
    try:
        parsed = parse(raw)
    except QueryError as error:
        assert str(error)
        return
    got = to_whoosh(parsed)
    if got.match is not None:
        with _IX.searcher() as searcher:
            ranked = {hit.docnum for hit in searcher.search(got.ranked, limit=None)}
            assert ranked == set(searcher.docs_for_query(got.match))
            searcher.search(got.ranked, limit=5, mask=got.exclude)
