"""Columns of briefs: a column's name over short items, marked or not, each an article
of its own. Invented pages."""

from archive.parsing import PageMeta, parse_page


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


_ARTICLE = "老城供水管网改造完工\n本报讯（记者 祁望舒）截至9月8日，老城区供水管网改造全部完工。\n\n"


def test_unmarked_briefs_a_line_each_under_a_column_name_are_items():
    for name in ("本周要闻简报", "简讯"):
        page = parse(
            _ARTICLE + f"{name}\n"
            "9月8日，区委理论学习中心组举行读书交流会。\n"
            "日前，区卫健委组织医生到山区开展义诊。\n"
            "本周二，区第三批援藏干部启程赴岗，将在高原工作三年。（记者 祁望舒）\n"
        )
        article, *briefs = page.articles
        assert article.title == "老城供水管网改造完工"
        assert [b.body[:5] for b in briefs] == ["9月8日，", "日前，区卫", "本周二，区"]
        assert [c.name for c in briefs[2].credits] == ["祁望舒"]


def test_a_bracketed_or_spaced_column_name_heads_marked_briefs():
    for name in ("【农技快讯】", "简　讯"):
        page = parse(
            _ARTICLE + f"{name}\n"
            "▲ 县农科所培育出一种耐旱玉米新品种，亩产比老品种高出一成。（荀若溪）\n"
            "▲ 9月6日，全县秋季农机安全检修活动启动。\n"
        )
        article, first, second = page.articles
        assert [c.name for c in article.credits] == ["祁望舒"]
        assert [c.name for c in first.credits] == ["荀若溪"]
        assert second.body.startswith("▲ 9月6日")


def test_marked_briefs_under_a_short_name_with_the_last_credited_are_three_items():
    page = parse(
        "镇情一览\n"
        "◆ 3月2日，镇便民服务中心开通夜间窗口。\n"
        "◆ 镇里今年新建高标准农田1200亩，超过年初计划。\n"
        "◆ 东街社区为辖区孤寡老人送去棉被和米面。（贺晴川）\n"
    )
    assert len(page.articles) == 3
    assert [c.name for c in page.articles[2].credits] == ["贺晴川"]


def test_a_brief_opening_with_its_day_in_figures_has_no_headline_of_it():
    page = parse(
        "行业动态\n"
        "▲2023-09-04　市水务集团召开汛后检修工作会议，部署冬季供水保障。\n"
        "▲2023.9.5　城北水厂完成滤池改造，日供水能力提高一成。\n"
    )
    first, second = page.articles
    assert first.body.startswith("▲2023-09-04") and "水务集团" in first.title
    assert "城北水厂" in second.title and str(second.date) == "2023-09-05"


def test_marked_one_line_heads_right_over_one_line_briefs_head_them():
    page = parse(
        "■城东公园新增健身步道\n"
        "昨天，城东公园健身步道建成开放，全长三公里。（记者 邬星河）\n"
        "■公交三路延长末班时间\n"
        "前天起，公交三路末班车发车时间推迟至晚上十点。\n"
    )
    assert [a.title for a in page.articles] == ["城东公园新增健身步道", "公交三路延长末班时间"]
    assert page.articles[1].body.startswith("前天起")


def test_a_listings_rows_under_its_head_are_its_text():
    page = parse(
        "全民健身赛收官\n本报讯（记者 容若川）昨天，全民健身羽毛球赛在区体育馆收官。\n\n"
        "■ 区运会昨日赛果\n"
        "篮球女子组决赛　南湖街道　68∶61　北苑街道\n"
        "排球男子组半决赛　第二中学　3∶2　实验中学\n"
        "象棋团体决赛　西塘镇　4∶2　东岭镇\n"
    )
    article, box = page.articles
    assert box.title == "区运会昨日赛果"
    assert box.body.startswith("篮球女子组决赛") and "东岭镇" in box.body


def test_a_marked_brief_opening_on_its_day_wrapped_by_ocr_is_one_text():
    # The day misread (1O for 10) and a comma after it: a brief's first line, not a
    # headline over the line it wraps onto.
    page = parse(
        "青河报\n2024年9月12日 第3版 简讯\n\n"
        "◆ 9月1O日 ，县第三届农民丰收节暨特色农产品展销会在河湾\n"
        "乡开幕 ，展销特色农产品200余种 。\n"
        "( 记者 马 海 英 )\n\n"
        "◆ 9月11曰，县总工会为60名困难职工子女发放金秋助学金\n"
        "12万元 。 (记者 马海英)\n"
    )
    first = page.articles[0]
    assert first.body.replace(" ", "").endswith("在河湾乡开幕，展销特色农产品200余种。")
    assert [c.name for c in first.credits] == ["马海英"]
