"""A report's subheads and its reporter's box stay in the report (archive/parsing/subheads.py)."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.assemble import Block, Story
from archive.parsing.layout import Line
from archive.parsing.subheads import subheads_go_on_the_report

REPORT = """一条老街的
“新生”之路
本报记者 莫晓川
3月5日，记者走进城南老街，青石板路两旁的
老铺子大多重新开了张，游客比往年多了不少。

{subhead}
前几年，老街上的店铺一家接一家关门，年轻
人都搬去了新城。如今，街道引进了十多家文
创小店，老手艺人也回来了。

木桥镇举办农民丰收节
本报讯（记者 莫晓川）9月23日，木桥镇举办
农民丰收节，村民们晒出了各自的好收成。
"""


def _read(subhead: str):
    return parse_page(REPORT.format(subhead=subhead).encode(), PageMeta(source="r.txt")).articles


def test_a_two_line_subhead_goes_on_the_report_above_it():
    report, fair = _read("店铺关了\n又开张了")
    assert report.title == "一条老街的“新生”之路"
    assert "前几年，老街上的店铺" in report.body and "店铺关了又开张了" in report.body
    assert fair.title == "木桥镇举办农民丰收节" and fair.column is None


def test_a_reporters_box_goes_on_the_report_above_it():
    report, fair = _read("记者手记")
    assert "前几年，老街上的店铺" in report.body
    assert fair.title == "木桥镇举办农民丰收节" and fair.column is None


def test_a_short_headline_over_an_item_signed_at_its_end_is_an_article_of_its_own():
    text = REPORT.format(subhead="老街夜市").replace("回来了。", "回来了。（通讯员 柯蓝）")
    articles = parse_page(text.encode(), PageMeta(source="r.txt")).articles
    assert [a.title for a in articles][1] == "老街夜市"


def test_a_box_or_a_columns_label_over_text_under_a_report_heads_an_item_of_its_own():
    for label in ("相关链接", "短 讯"):
        articles = _read(label)
        assert len(articles) == 3, label


def make_block(kind, index, *texts):
    lines = [
        Line(index + k, (index + k) * 40, (index + k) * 40 + len(t), t) for k, t in enumerate(texts)
    ]
    return Block(kind, lines, list(texts))


def make_stories(*head):
    report = Story(
        header=[make_block("title", 0, "一条老街的“新生”之路")],
        bylines=[make_block("byline", 1, "本报记者 莫晓川")],
        paragraphs=[make_block("para", 2, "3月5日，记者走进城南老街。")],
    )
    under = Story(
        header=[make_block(kind, 4 + k, text) for k, (kind, text) in enumerate(head)],
        paragraphs=[make_block("para", 7, "老街上的店铺又开了张，游客多了不少。")],
    )
    return [report, under]


def test_a_short_line_alone_or_a_name_over_an_uneven_title_is_not_taken_for_a_subhead():
    # One short line reads the same as a commentary's title; a column's name over a
    # longer title is no pair of phrases.
    for head in (
        [("title", "春风里的老街")],
        [("column", "街巷漫步"), ("title", "老街的新主人们")],
    ):
        assert len(subheads_go_on_the_report(make_stories(*head))) == 2, head
    pair = [("column", "店铺关了"), ("title", "又开张了")]
    assert len(subheads_go_on_the_report(make_stories(*pair))) == 1


def test_a_pair_of_phrases_read_as_a_paragraphs_first_lines_is_its_subhead():
    report, _ = make_stories(("title", "春风里的老街"))
    report.paragraphs.append(
        make_block("para", 4, "店铺关了", "又开张了", "前几年，老街上的店铺一家接一家关门，年轻")
    )
    (report, _) = subheads_go_on_the_report([report, _])
    kinds = [(b.kind, b.texts[0]) for b in report.paragraphs[1:]]
    assert kinds == [("subhead", "店铺关了"), ("para", "前几年，老街上的店铺一家接一家关门，年轻")]
