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


def test_decks_behind_diamonds_under_a_title_are_its_subtitles_not_an_article():
    page = parse_page(
        (
            "【园区经济观察】\n"
            "临港芦笋产业年产值突破20亿元\n"
            "◆全区种植面积达到2.5万亩，带动4万余人就业\n"
            "◆“临港芦笋”入选国家地理标志产品保护示范区\n"
            "　　本报讯（记者 晏秋实）4月2日，记者从临港区农业农村局获悉，"
            "2023年临港芦笋全产业链产值突破20亿元。\n"
        ).encode(),
        PageMeta(source="decks.txt"),
    )
    (article,) = page.articles
    assert article.title == "临港芦笋产业年产值突破20亿元"
    assert article.column == "园区经济观察"
    assert "入选国家地理标志" in article.subtitle
    assert article.body.startswith("本报讯")
