"""A parsed query as Whoosh queries (search/whoosh/translate.py): every word however
jieba cut the text, the title ranked higher, exclusions apart, and anything a reader
types either a message or queries Whoosh runs."""

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import fields, query
from whoosh.filedb.filestore import RamStorage

from search.analyzer import ChineseAnalyzer
from search.queries import QueryError, parse
from search.whoosh.translate import to_whoosh


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
@given(st.text(max_size=60) | st.text(alphabet='"-: 记者污染源夜市：“”-abc()（）|', max_size=30))
def test_any_input_is_a_message_or_a_query_that_runs(raw):
    try:
        parsed = parse(raw)
    except QueryError as error:
        assert str(error)
        return
    got = to_whoosh(parsed)
    assert (got.match is not None) == parsed.has_terms
    if got.match is not None:
        with _IX.searcher() as searcher:
            ranked = {hit.docnum for hit in searcher.search(got.ranked, limit=None)}
            assert ranked == set(searcher.docs_for_query(got.match))
            searcher.search(got.ranked, limit=5, mask=got.exclude)
