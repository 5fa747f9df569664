"""Pages an e-paper system exports with each part labelled (archive/parsing/labelled.py)."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.labelled import read_labelled_parts
from archive.parsing.layout import split_lines

EXPORT = """标题：南湖新区开出首班夜间公交
作者：通讯员 柯雨桐
来源：南湖日报
版次：A03
日期：2024-03-12
正文：
3月10日，南湖新区首条夜间公交线路开通，末班车延至晚上十一点。

标题：社区书屋延长开放时间
作者：本报记者 商子墨
来源：南湖日报
版次：A03
日期：2024-03-12
正文：
3月9日起，南湖街道六家社区书屋每天开放至晚上九点。
"""


def test_each_labelled_item_is_an_article_headed_by_its_title_field():
    page = parse_page(EXPORT.encode(), PageMeta(source="export.txt"))
    bus, books = page.articles
    assert bus.title == "南湖新区开出首班夜间公交"
    assert [(c.name, c.role) for c in bus.credits] == [("柯雨桐", "correspondent")]
    assert bus.body == "3月10日，南湖新区首条夜间公交线路开通，末班车延至晚上十一点。"
    assert books.title == "社区书屋延长开放时间"
    assert [(c.name, c.role) for c in books.credits] == [("商子墨", "reporter")]
    # The page's furniture is kept, as a masthead is.
    assert [lo.text for lo in page.leftovers if lo.kind == "banner"].count("版次：A03") == 2


def test_a_page_that_labels_no_text_is_left_as_printed():
    text = "标题：一行字\n会上，主持人说标题：要短。"
    lines, taken = read_labelled_parts(split_lines(text))
    assert [ln.text for ln in lines] == text.split("\n") and taken == []
