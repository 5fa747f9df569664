import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from whoosh import fields, query
from whoosh.filedb.filestore import RamStorage

from search.analyzer import (
    BODY,
    BODY_END,
    MARKS,
    PARAGRAPH,
    PART_END,
    PART_GAP,
    SENTENCE,
    ChineseAnalyzer,
    ChineseTokenizer,
    fold,
    index_positions,
    is_word,
    words,
)
from search.queries import MAX_SLOP

SEED_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


def tokens(text, **kwargs):
    return [
        (t.text, t.pos, t.startchar, t.endchar)
        for t in ChineseAnalyzer()(text, positions=True, chars=True, **kwargs)
    ]


def test_words_get_consecutive_positions_and_subwords_share_them():
    got = tokens("高新区污染源普查")
    assert ("高新区", 0, 0, 3) in got
    assert ("污染源", 1, 3, 6) in got
    assert ("普查", 2, 6, 8) in got
    # 污染 inside 污染源, and each character, sit at the word's position.
    assert ("污染", 1, 3, 5) in got
    assert ("源", 1, 5, 6) in got
    assert ("新区", 0, 1, 3) in got
    assert max(pos for _t, pos, _s, _e in got) == 2


def test_query_mode_yields_only_the_words():
    got = [t.text for t in ChineseAnalyzer()("高新区污染源普查", mode="query")]
    assert got == ["高新区", "污染源", "普查"]


def test_punctuation_leaves_a_gap_so_phrases_do_not_bridge_it():
    got = {text: pos for text, pos, _s, _e in tokens("污染源，普查")}
    assert got["普查"] - got["污染源"] == 2


def test_tokenize_false_yields_the_folded_value_whole():
    got = [t.text for t in ChineseAnalyzer()("預算 ＡＢ", tokenize=False)]
    assert got == ["预算 ab"]


def test_folding_traditional_full_width_and_case():
    assert fold("預算績效") == "预算绩效"
    assert fold("ＰＭ２．５　Ｃ") == "pm2.5 c"
    assert words("預算績效") == ["预算", "绩效"]


def test_character_offsets_point_into_the_original_text():
    text = "記者：孫慶輝，高新區"
    for piece, _pos, start, end in tokens(text):
        assert fold(text[start:end]) == piece


def test_analyzer_pickles_into_a_schema():
    schema = fields.Schema(text=fields.TEXT(analyzer=ChineseAnalyzer()))
    restored = pickle.loads(pickle.dumps(schema))
    assert [t.text for t in restored["text"].analyzer("夜市", mode="query")] == ["夜市"]


def _ram_index(*docs):
    schema = fields.Schema(n=fields.ID(stored=True), text=fields.TEXT(analyzer=ChineseAnalyzer()))
    ix = RamStorage().create_index(schema)
    with ix.writer() as writer:
        for n, text in enumerate(docs):
            writer.add_document(n=str(n), text=text)
    return ix


def _found(ix, q):
    with ix.searcher() as searcher:
        return sorted(int(hit["n"]) for hit in searcher.search(q, limit=None))


def test_phrases_single_characters_and_inner_words_match_in_whoosh():
    ix = _ram_index("全国污染源普查领导小组", "普查污染源", "焦裕禄同志")
    assert _found(ix, query.Phrase("text", ["污染源", "普查"])) == [0]
    assert _found(ix, query.Term("text", "污染")) == [0, 1]
    assert _found(ix, query.Term("text", "焦")) == [2]
    # A phrase of characters across a word boundary: 源 ends 污染源, 普 starts 普查.
    assert _found(ix, query.Phrase("text", ["源", "普"])) == [0]


def test_whooshs_own_query_parser_uses_the_analyzer():
    from whoosh.qparser import QueryParser

    ix = _ram_index("全国污染源普查领导小组", "预算绩效管理")
    parser = QueryParser("text", ix.schema)
    assert _found(ix, parser.parse('"污染源普查"')) == [0]
    assert _found(ix, parser.parse("預算")) == [1]


@given(st.text(max_size=80))
def test_any_text_tokenizes_with_offsets_inside_it(text):
    for piece, pos, start, end in tokens(text):
        assert piece
        assert pos >= 0
        assert 0 <= start < end <= len(text)


def _token_positions(text):
    found = {}
    for token in ChineseTokenizer()(text, positions=True, mode="index"):
        found.setdefault(token.text, []).append(token.pos)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "",
        "，。",
        "高新区开展污染源普查工作，焦裕禄精神永放光芒。",
        "  记者 孙庆辉\n通讯员 李亚芬 摄 COVID-19 3.5%",
        "預算績效管理，，——夜市！！ＡＢＣ１２３",
        f"夜市{BODY_END}标题{PART_END}引题\n{PART_END}，{PART_END}孙庆辉{PART_END}",
    ],
)
def test_index_positions_match_the_tokens(text):
    # The indexing shortcut (no Token objects) must give exactly the tokenizer's terms.
    assert index_positions(text) == _token_positions(text)


def test_index_positions_match_the_tokens_on_the_seed_pages():
    for page in sorted(SEED_DIR.glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        assert index_positions(text) == _token_positions(text), page.name


def test_compact_positions_word_values_match_whoosh_positions():
    from whoosh.formats import Positions

    from search.whoosh.formats import CompactPositions

    text = "污染源普查：普查污染源，普查！" * 40
    ours = sorted(CompactPositions().word_values(text, ChineseTokenizer(), mode="index"))
    stock = sorted(Positions().word_values(text, ChineseTokenizer(), mode="index"))
    assert [(w, f, wt) for w, f, wt, _v in ours] == [(w, f, wt) for w, f, wt, _v in stock]
    fmt = CompactPositions()
    for (_w, _f, _wt, value), (_w2, _f2, _wt2, stock_value) in zip(ours, stock, strict=True):
        assert fmt.decode_positions(value) == Positions().decode_positions(stock_value)


@given(st.text(max_size=80))
def test_index_positions_match_the_tokens_on_any_text(text):
    assert index_positions(text) == _token_positions(text)


@given(st.text(alphabet="孙庆辉污染源普查夜市 ，。\n\ue000\ue001ab12", max_size=60))
def test_index_positions_list_terms_in_the_order_the_tokenizer_first_yields_them(text):
    # search/elastic.py and the bench's anchors read the terms of a position in this
    # order: the same terms in another order would send other text to OpenSearch.
    assert list(index_positions(text).items()) == list(_token_positions(text).items())


def test_index_positions_are_the_same_once_the_table_of_known_words_is_full(monkeypatch):
    from search import analyzer

    text = "污染源普查，夜市。\n孙庆辉 污染源"
    expected = list(index_positions(text).items())
    monkeypatch.setattr(analyzer, "_KNOWN_MAX", 2)
    monkeypatch.setattr(analyzer, "_KNOWN", {})
    assert list(index_positions(text).items()) == expected
    assert len(analyzer._KNOWN) <= 2


def marks(text):
    positions = index_positions(text)
    return {mark: positions.get(mark, []) for mark in MARKS}


def test_sentence_paragraph_and_body_ends_are_marked_at_the_gap_they_leave():
    text = f"夜市开张，市民点赞。摊位整齐\n高新区夜市{BODY_END}夜市标题"
    positions = index_positions(text)
    # 夜市 0 开张 1 (，) 市民 3 点赞 4 (。) 摊位 6 整齐 7 (\n) 高新区 9 夜市 10 (end) and
    # PART_GAP empty positions, 夜市 12 + PART_GAP
    assert positions["夜市"] == [0, 10, 12 + PART_GAP]
    assert marks(text) == {SENTENCE: [5, 8, 11], PARAGRAPH: [8, 11], BODY: [11]}
    assert not any(is_word(mark) for mark in MARKS)  # no query word is a mark
    assert words(text) == [
        "夜市",
        "开张",
        "市民",
        "点赞",
        "摊位",
        "整齐",
        "高新区",
        "夜市",
        "夜市",
        "标题",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"{BODY_END}夜市", {BODY: [0]}),  # an empty body
        (f"夜市{BODY_END}", {BODY: [1]}),  # nothing after the body
        ("。夜市\n", {}),  # breaks before the first word or after the last mark nothing
    ],
)
def test_a_body_s_end_is_marked_even_at_either_end(text, expected):
    got = {mark: found for mark, found in marks(text).items() if found}
    assert got == expected
    assert index_positions(text) == _token_positions(text)


def test_a_phrase_does_not_bridge_a_line_break():
    positions = index_positions("市民\n点赞")
    assert positions["点赞"][0] - positions["市民"][0] == 2


def test_an_article_s_parts_stand_further_apart_than_any_proximity_reaches():
    # The body, the title and each name: a part's last word and the next part's first
    # are PART_GAP empty positions apart (more than queries.MAX_SLOP), with a sentence's
    # and a paragraph's marks in the gap, however many breaks come between.
    text = f"市民点赞{BODY_END}夜市标题{PART_END}孙庆辉\n{PART_END}。{PART_END}李亚芬"
    positions = index_positions(text)
    assert positions["点赞"] == [1]
    assert positions["夜市"] == [3 + PART_GAP]  # 点赞 1, the body's marks 2
    assert positions["孙庆辉"] == [positions["标题"][0] + 2 + PART_GAP]
    assert positions["李亚芬"] == [positions["孙庆辉"][0] + 2 + PART_GAP]
    assert marks(text) == {
        SENTENCE: [2, 5 + PART_GAP, 7 + 2 * PART_GAP],
        PARAGRAPH: [2, 5 + PART_GAP, 7 + 2 * PART_GAP],
        BODY: [2],
    }
    assert index_positions(text) == _token_positions(text)
    assert MAX_SLOP < PART_GAP


def test_a_part_break_before_the_first_word_moves_nothing():
    assert index_positions(f"{PART_END}夜市{PART_END}") == {"夜市": [0], "夜": [0], "市": [0]}
