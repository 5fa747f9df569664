"""Headline stacks whose parts the page labels or marks (archive/parsing/headstack_marks.py)."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.headstack_marks import read_marked_stack


def _only_article(text: str):
    (article,) = parse_page(text.encode(), PageMeta(source="marks.txt")).articles
    return article


def test_a_labelled_kicker_is_the_kicker_and_the_line_under_it_the_title():
    article = _only_article(
        "肩题：冬季供暖 温暖到家\n"
        "市热力公司提前十天试运行供暖管网\n"
        "■本报记者 陶一鸣\n"
        "　　10月28日，市热力公司对城区主干管网开始注水试压，比往年提前十天。\n"
    )
    assert article.kicker == "冬季供暖 温暖到家"
    assert article.title == "市热力公司提前十天试运行供暖管网"


def test_a_deck_under_its_dash_is_not_the_title_when_a_column_stands_over_the_stack():
    article = _only_article(
        "【乡村振兴】\n"
        "小木耳 大产业\n"
        "——西岭镇木耳年产值突破两千万元\n"
        "　　本报讯（通讯员 包星河）今年以来，西岭镇新建木耳大棚40座，带动农户增收。\n"
    )
    assert article.title == "小木耳 大产业"
    assert article.column == "乡村振兴"


def test_a_stack_without_labels_or_a_deck_is_left_as_read():
    assert read_marked_stack("引子", "标题", None) == ("引子", "标题", None)
    assert read_marked_stack("——一说", "——又一说", None) == ("——一说", "——又一说", None)
