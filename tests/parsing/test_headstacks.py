"""A headline's lines as kicker, title and subtitle (headstacks.py), and what is no part
of it. Invented pages."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.headstacks import (
    a_fact_under_a_news_title_is_its_subtitle,
    a_lead_restating_its_headline_is_no_title,
    a_theme_over_a_title_is_its_kicker,
)
from archive.parsing.layout import PageShape, split_lines


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


def labelled(rows):
    """The rule's labels for (line, label) rows; ("", None) is a blank line."""
    lines = split_lines("\n".join(text for text, _ in rows))
    content = [ln for ln in lines if not ln.blank]
    labels = [label for text, label in rows if text]
    return a_theme_over_a_title_is_its_kicker(content, labels, PageShape.of(lines))


def test_a_kicker_opening_with_a_themes_verb_is_not_glued_to_its_title():
    page = parse(
        "江北工人报\n2024年5月1日 第1版\n\n"
        "礼赞建设者\n焊枪下的“毫米功夫”\n本报记者 葛云舒\n"
        "凌晨五点，江北机电厂的焊接车间已经亮起了灯。柏青禾戴上面罩，焊枪迸出一串蓝白色的火花。\n"
    )
    (article,) = page.articles
    assert (article.kicker, article.title) == ("礼赞建设者", "焊枪下的“毫米功夫”")


def test_a_days_name_over_a_title_is_its_kicker():
    page = parse(
        "江北日报\n2024年9月23日 第4版\n\n"
        "中国农民丰收节\n稻浪金黄映笑脸\n本报记者 葛云舒\n"
        "金秋时节，城郊万亩稻田迎来收割季，收割机在田间来回穿梭。\n"
    )
    (article,) = page.articles
    assert (article.kicker, article.title) == ("中国农民丰收节", "稻浪金黄映笑脸")


def test_a_columns_name_repeated_over_a_title_is_its_kicker():
    rows = [
        ("蹲点新春", "column"),
        ("", None),
        ("蹲点新春", "title-b"),
        ("值守在万家团圆时", "title-i"),
        ("本报记者 葛云舒", "byline"),
    ]
    assert labelled(rows) == ["column", "kicker-b", "title-b", "byline"]


def test_a_line_the_next_goes_on_from_stays_the_titles_first_line():
    # A day's name as the subject of the line under it (啤酒节 / 吸引…), a theme's verb
    # whose line breaks inside a word (乡村振 / 兴), a line ending on 、: one title.
    for first, second in (
        ("江北啤酒节", "吸引游客十万人次"),
        ("聚焦乡村振", "兴的新路径探索"),
        ("喜迎新春、", "共度佳节活动多"),
    ):
        rows = [(first, "title-b"), (second, "title-i"), ("本报记者 葛云舒", "byline")]
        assert labelled(rows) == ["title-b", "title-i", "byline"], first


def test_a_continuation_mark_is_no_part_of_the_headline():
    # （上接第1版） says where the text came from; the headline is what follows it.
    page = parse(
        "江北工人报\n2023年5月1日 第3版\n\n"
        "（上接第1版）塔吊上的“空中绣花”人\n"
        "其中两项获得国家实用新型专利。\n"
        "“吊装差一厘米，整栋楼就可能出问题。”这是柏青禾常说的一句话。\n"
    )
    (article,) = page.articles
    assert article.title == "塔吊上的“空中绣花”人"


def test_a_lead_saying_its_wide_headline_again_is_no_title():
    # 南岭县农科所发布新一代抗旱玉米品种, wider than the column, read as the kicker; the
    # line under it says half of it again and runs on into the text: the lead opens there.
    rows = [
        ("南岭县农科所发布新一代抗旱玉米品种", "kicker-b"),
        ("南岭县农科所日前发布新一代", "title-b"),
        ("抗旱玉米品种，可在少雨年份保产。", "body"),
    ]
    lines = split_lines("\n".join(text for text, _ in rows))
    labels = [label for _, label in rows]
    got = a_lead_restating_its_headline_is_no_title(lines, labels, PageShape.of(lines))
    assert got == ["title-b", "open", "body"]


def test_a_kicker_over_a_title_that_does_not_say_it_again_stays():
    rows = [
        ("喜迎丰收节 礼赞新农人", "kicker-b"),
        ("南岭县秋粮收获过半", "title-b"),
        ("9月18日，全县秋粮收获面积过半，", "open"),
    ]
    lines = split_lines("\n".join(text for text, _ in rows))
    labels = [label for _, label in rows]
    got = a_lead_restating_its_headline_is_no_title(lines, labels, PageShape.of(lines))
    assert got == ["kicker-b", "title-b", "open"]


def test_a_headline_wider_than_its_column_keeps_its_leads_first_line():
    page = parse(
        "南岭农垦报 2024年9月19日 星期四\n\n"
        "南岭县秋粮收获过半\n本报讯 9月18日，全县秋粮收获面积过半。\n\n"
        "南岭县农科所发布新一代抗旱玉米品种\n"
        "南岭县农科所日前发布新一代\n"
        "抗旱玉米品种，可在少雨年份保\n"
        "产，亩产比老品种高一成。\n"
    )
    article = page.articles[-1]
    assert (article.kicker, article.title) == (None, "南岭县农科所发布新一代抗旱玉米品种")
    assert article.body.startswith("南岭县农科所日前发布新一代抗旱玉米品种，")


def test_a_marked_county_name_over_each_item_is_its_rubric_not_its_titles_first_words():
    page = parse(
        "南岭日报 2024年9月19日 星期四\n\n"
        "■桐溪\n茶叶出口额\n前8月突破3亿元\n"
        "本报讯（记者 贺岚）9月18日，记者从桐溪县商务局获悉，今年以来茶叶出口持续增长。\n\n"
        "■枫林\n“稻渔小镇”\n带动百户增收\n"
        "本报讯（通讯员 吕青）近日，枫林县“稻渔小镇”迎来丰收，百余户农户增收。\n"
    )
    titles = [(a.kicker, a.title) for a in page.articles]
    assert [t for _, t in titles] == ["茶叶出口额前8月突破3亿元", "“稻渔小镇”带动百户增收"]
    assert all(k and k.endswith(("桐溪", "枫林")) for k, _ in titles)


def test_only_a_mark_and_a_short_name_make_a_rubric():
    from archive.parsing.headlines import marked_name

    assert marked_name("■桐溪") and marked_name("● 城建")
    assert not marked_name("桐溪县")  # no mark: a place's name over what happened there
    assert not marked_name("■桐溪县茶叶出口额突破3亿元")  # a marked title


def _as_read(rows):
    lines = split_lines("\n".join(text for text, _ in rows))
    content = [ln for ln in lines if not ln.blank]
    return a_fact_under_a_news_title_is_its_subtitle(content, [label for _, label in rows if _])


def test_a_figure_under_a_whole_piece_of_news_is_its_subtitle_not_its_title():
    lead = ("本报讯 今年以来，城西街道完成老旧小区改造十八个。", "open")
    assert _as_read(
        [
            ("城西老旧小区改造全面完工", "kicker-b"),
            ("今年改造小区18个 惠及居民3200户", "title-b"),
            lead,
        ]
    ) == ["title-b", "subtitle-b", "open"]
    # A call to act, or a line that leads into the title with a dash, is a kicker.
    assert _as_read(
        [("守住耕地保护红线不放松", "kicker-b"), ("全省开展12项耕地保护专项检查", "title-b"), lead]
    ) == ["kicker-b", "title-b", "open"]
    assert _as_read(
        [("市公安局交警支队提醒——", "kicker-b"), ("雨天开车，这5件事很重要", "title-b"), lead]
    ) == ["kicker-b", "title-b", "open"]
