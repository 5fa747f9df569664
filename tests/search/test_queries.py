"""The readers' query language (search/queries.py): what parses to what, and the
messages for what cannot. How Whoosh is asked: tests/search/whoosh/test_translate.py."""

import pytest

from search.queries import FILTERS, QueryError, filter_terms, parse


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
    assert not parse(raw).has_terms


@pytest.mark.parametrize(
    "raw,message",
    [
        ("夜" * 10_000, "查询太长"),
        ("夜市\x00", "控制字符"),
        ("夜市\x1b[0m", "控制字符"),
        ("-焦作", "只有排除的词"),
    ],
)
def test_malformed_queries_raise_a_message(raw, message):
    with pytest.raises(QueryError, match=message):
        parse(raw)


def test_highlight_terms_are_the_words_typed_longest_first():
    assert parse("污染源普查 阿志强").highlight_terms() == [
        "污染源普查",
        "污染源",
        "阿志强",
        "志强",
        "普查",
    ]
    assert parse('"预算绩效" -焦作').highlight_terms() == ["预算绩效"]


def test_what_each_clause_looks_for():
    parsed = parse('污染源普查 "预算绩效" 记者:孙庆辉 -焦作')
    assert [c.terms() for c in parsed.clauses] == [
        ["污染源", "普查"],
        ["预算", "绩效"],  # a phrase: the same words, in a row
        ["孙庆辉"],
        ["焦作"],
    ]
    assert parsed.has_terms and parse("人物:吕沛").has_terms


def test_filters_are_in_one_order_and_names_are_folded_as_indexed():
    filters = {"department": "財政局", "year": "2021", "person": "孫慶輝", "column": "動態"}
    assert filter_terms(filters) == [
        ("year", "2021"),
        ("column", "動態"),  # papers and columns are indexed as printed
        ("person", "孙庆辉"),
        ("department", "财政局"),
    ]
    assert list(FILTERS) == ["year", "publication", "column", "person", "department"]


def groups(raw):
    return [[c.text for c in group] for group in parse(raw).groups()]


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("夜市 OR 托管", [["夜市", "托管"]]),
        ("夜市 | 托管", [["夜市", "托管"]]),
        ("夜市|托管", [["夜市", "托管"]]),
        ("夜市｜托管", [["夜市", "托管"]]),
        ("高新区 夜市 OR 托管", [["高新区"], ["夜市", "托管"]]),
        ("OR 夜市", [["夜市"]]),
        ("夜市 OR", [["夜市"]]),
        ("夜市 or 托管", [["夜市"], ["or"], ["托管"]]),  # only upper-case OR joins
        ("夜市 OR -托管", [["夜市"]]),
    ],
)
def test_or_joins_the_words_beside_it(raw, expected):
    assert groups(raw) == expected


def test_role_prefixes_name_their_role_and_署名_any():
    roles = [
        (c.field, c.role) for c in parse("编辑:孙庆辉 记者:孙庆辉 摄:李飞 署名:王玲玲").clauses
    ]
    assert roles == [
        ("credit", "editor"),
        ("credit", "reporter"),
        ("credit", "photographer"),
        ("credit", ""),
    ]


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("记者 孙庆辉", [("credit", "孙庆辉", "reporter")]),
        ("孙庆辉 摄", [("credit", "孙庆辉", "photographer")]),
        (
            "记者 孙庆辉 通讯员 王玲玲",
            [("credit", "孙庆辉", "reporter"), ("credit", "王玲玲", "correspondent")],
        ),
        ("夜市 记者 孙庆辉", [("text", "夜市", ""), ("credit", "孙庆辉", "reporter")]),
    ],
)
def test_a_byline_typed_as_printed_reads_as_its_field(raw, expected):
    parsed = parse(raw)
    assert [(c.field, c.text, c.role) for c in parsed.clauses] == expected
    assert parsed.bylines


@pytest.mark.parametrize("raw", ["记者", "记者 节能减排工作会议", '记者 "孙庆辉"', "记者 -孙庆辉"])
def test_a_role_word_beside_no_name_stays_a_word(raw):
    parsed = parse(raw)
    assert all(c.field == "text" for c in parsed.clauses)
    assert not parsed.bylines


def shape(items):
    """A parsed query's items as nested lists: a word as text ("-" before an excluded
    one, "|" before one joined by OR), a bracket as a list (its marks before it)."""
    out = []
    for item in items:
        mark = ("-" if item.negated else "") + ("|" if item.either else "")
        if hasattr(item, "text"):
            out.append(mark + item.text)
        else:
            out.append([mark, *shape(item.clauses)] if mark else shape(item.clauses))
    return out


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("(夜市 OR 托管) 高新区", [["夜市", "|托管"], "高新区"]),
        ("（夜市 OR 托管）高新区", [["夜市", "|托管"], "高新区"]),  # full-width brackets
        ("((a b) OR c) d", [[["a", "b"], "|c"], "d"]),
        ("高新区 -(夜市 托管)", ["高新区", ["-", "夜市", "托管"]]),
        ("夜市 OR (托管 高新区)", ["夜市", ["|", "托管", "高新区"]]),
        ('"a(b)" c', ["a(b)", "c"]),  # inside quotes a bracket is a character
        ("() 夜市", ["夜市"]),
    ],
)
def test_brackets_group_nest_and_take_a_minus(raw, expected):
    parsed = parse(raw)
    assert shape(parsed.clauses) == expected
    assert parsed.notes == ()


def test_a_field_before_a_bracket_is_each_word_s_unless_it_names_its_own():
    parsed = parse("记者:(孙庆辉 OR 通讯员:王玲玲) 标题:(夜市 托管)")
    assert [(c.field, c.role, c.text) for c in parsed.leaves()] == [
        ("credit", "reporter", "孙庆辉"),
        ("credit", "correspondent", "王玲玲"),
        ("title", "", "夜市"),
        ("title", "", "托管"),
    ]


@pytest.mark.parametrize(
    "raw,expected,note",
    [
        ("(夜市 OR 托管 高新区", [["夜市", "|托管", "高新区"]], "缺少右括号"),
        ("((夜市) 托管", [[["夜市"], "托管"]], "缺少右括号"),
        ("夜市) 托管", ["夜市", "托管"], "多了一个右括号"),
        (")", [], "多了一个右括号"),
        ("夜市 (-托管)", ["夜市"], "只有排除的词"),
    ],
)
def test_a_bracket_left_open_or_stray_is_mended_and_said(raw, expected, note):
    parsed = parse(raw)
    assert shape(parsed.clauses) == expected
    [message] = parsed.notes
    assert note in message


def test_words_excluded_in_brackets_are_not_highlighted_nor_bylines():
    parsed = parse("夜市 -(托管 高新区) (记者 孙庆辉)")
    assert parsed.highlight_terms() == ["孙庆辉", "夜市"]
    assert parsed.bylines and [c.role for c in parsed.leaves()] == ["", "reporter"]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ('"高新区 夜市"~10', ("高新区 夜市", 10, "")),
        ('"高新区 夜市"~0', ("高新区 夜市", 0, "")),
        ('"高新区 夜市"~99999', ("高新区 夜市", 1000, "")),
        ("同句:(高新区 夜市)", ("高新区 夜市", None, "sentence")),
        ('同句:"高新区 夜市"', ("高新区 夜市", None, "sentence")),
        ("同段:高新区夜市", ("高新区夜市", None, "paragraph")),
    ],
)
def test_proximity_is_a_clause_s_slop_or_unit(raw, expected):
    [clause] = parse(raw).clauses
    assert (clause.text, clause.slop, clause.unit) == expected
    assert clause.near and not clause.phrase
    assert clause.terms() == ["高新区", "夜市"]


def test_proximity_needs_plain_words_of_text():
    [group] = parse("同句:(高新区 OR 夜市)").clauses
    assert shape(group.clauses) == ["高新区", "|夜市"]  # a bracket as any other
    assert "同句:(…) 里只写要找的词" in parse("同句:(高新区 -夜市)").notes[0]
    [credit] = parse('记者:"孙庆辉"~3').clauses
    assert (credit.field, credit.near) == ("credit", False)


@pytest.mark.parametrize(
    "raw, field, text",
    [
        ("引题:加压奋进", "kicker", "加压奋进"),
        ("副题:严分工", "subtitle", "严分工"),
        ("正文:夜市", "body", "夜市"),
        ("版次:4", "page", "4"),
        ("版次:第04版", "page", "4"),
        ("版:12", "page", "12"),
    ],
)
def test_every_part_of_an_article_is_a_field(raw, field, text):
    [clause] = parse(raw).clauses
    assert (clause.field, clause.text) == (field, text)


def test_a_field_that_does_not_exist_is_said_and_its_words_searched():
    parsed = parse("作家:王某 夜市")
    assert [(c.field, c.text) for c in parsed.clauses] == [("text", "王某"), ("text", "夜市")]
    [note] = parsed.notes
    assert "没有“作家:”这个字段" in note and "正文" in note and "版次" in note
    for raw in ("版次:头版", "版次:123456"):  # no number, or none a paper prints
        assert parse(raw).clauses[0].field == "text"
        assert "版次要写数字" in parse(raw).notes[0]


@pytest.mark.parametrize(
    "raw, expected",
    [('"预算绩效', ["预算绩效"]), ('"预算" 绩效"', ["预算", "绩效"]), ('夜市 "', ["夜市"])],
)
def test_a_quote_without_its_pair_is_left_out_and_said(raw, expected):
    parsed = parse(raw)
    assert [c.text for c in parsed.clauses] == expected
    [note] = parsed.notes
    assert "引号不成对" in note


def test_proximity_is_highlighted_word_by_word():
    assert parse('"高新区 夜市"~10').highlight_terms() == ["高新区", "夜市"]
    assert parse("同句:(吕沛 工作)").highlight_terms() == ["吕沛", "工作"]
