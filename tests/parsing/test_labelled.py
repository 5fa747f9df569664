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


WEB_PAGE = """标题导航
· 社区托管班让家长省心
· 本周晴热天气持续
社区托管班让家长省心
作者：本报记者 皮一
发布时间：2022年08月09日
8月8日上午，东城区社区托管班开班。
【打印】 【关闭】 分享到：
上一篇  下一篇
本周晴热天气持续
作者：本报记者 齐二
发布时间：2022年08月09日
据市气象台预报，本周我市将持续晴热天气。
"""


def test_a_web_pages_controls_and_list_of_titles_are_furniture_and_its_fields_part_items():
    page = parse_page(WEB_PAGE.encode(), PageMeta(source="web.txt"))
    classes, heat = page.articles
    assert classes.title == "社区托管班让家长省心"
    assert [(c.name, c.role) for c in classes.credits] == [("皮一", "reporter")]
    assert classes.body == "8月8日上午，东城区社区托管班开班。"
    assert heat.title == "本周晴热天气持续"
    assert [(c.name, c.role) for c in heat.credits] == [("齐二", "reporter")]
    banners = [lo.text for lo in page.leftovers if lo.kind == "banner"]
    assert "· 本周晴热天气持续" in banners and "上一篇 下一篇" in banners


def test_parts_labelled_in_brackets_read_as_labelled_with_a_colon():
    text = (
        "清河日报数字报\n\n【引题】开学季\n【标题】公交开通通学专线\n【作者】本报记者 宁一帆\n【正文】\n"
        "9月12日，市公交集团开通两条通学专线，方便学生上下学。\n"
    )
    (bus,) = parse_page(text.encode(), PageMeta(source="export.txt")).articles
    assert bus.title == "公交开通通学专线"
    assert [(c.name, c.role) for c in bus.credits] == [("宁一帆", "reporter")]
    assert bus.body.startswith("9月12日") and "【" not in bus.body


NO_TEXT_LABEL = """标题：港区新开两条集装箱航线
作者：记者 温若川
来源：东港日报  2023-04-18  第2版
　　本报讯 4月17日，港区新开通两条外贸集装箱航线，每周各一班。
"""


def test_an_export_with_fields_under_its_title_but_no_text_label_is_read_by_its_labels():
    # Many exports print 作者：/来源： under 标题： and the text with no 正文： label.
    (article,) = parse_page(NO_TEXT_LABEL.encode(), PageMeta(source="export.txt")).articles
    assert article.title == "港区新开两条集装箱航线"
    assert [(c.name, c.role) for c in article.credits] == [("温若川", "reporter")]


def test_a_labelled_kicker_stays_apart_from_its_title_and_empty_fields_say_nothing():
    # An export in brackets: the first item's kicker and title are two elements; the
    # second's kicker, subtitle and writer fields are empty, and no text of its.
    page = parse_page(
        (
            "【引题】县域医疗改革观察\n"
            "【标题】一张“处方”连起县乡村\n"
            "【副题】\n"
            "【作者】本报记者 闻秋\n"
            "【正文】\n"
            "　　今年以来，青川县把慢病患者的处方延伸到乡镇卫生院和村卫生室。\n\n"
            "【引题】\n"
            "【标题】省卫健委部署医院消防安全检查\n"
            "【副题】\n"
            "【作者】\n"
            "【正文】\n"
            "　　本报讯 日前，省卫生健康委员会印发通知，在全省医院开展消防安全检查。\n"
        ).encode(),
        PageMeta(source="export.txt"),
    )
    assert [(a.kicker, a.title, a.subtitle) for a in page.articles] == [
        ("县域医疗改革观察", "一张“处方”连起县乡村", None),
        (None, "省卫健委部署医院消防安全检查", None),
    ]
    assert page.articles[1].body.startswith("本报讯 日前")
    assert page.articles[1].credits == []
