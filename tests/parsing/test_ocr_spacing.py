"""Pages OCR spaced out letter by letter: the date line and a two-line headline."""

import datetime as dt

from archive.parsing import PageMeta, parse_page


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


def test_a_spaced_date_line_under_the_masthead_dates_the_page():
    page = parse(
        "松 江 县 报\n"
        "2 0 2 4 年 5 月 9 日 星 期 四\n"
        "县城新建三座口袋公园\n"
        "本报讯（记者 包雅琴）5月8日，县城新建的三座口袋公园向市民开放。\n"
    )
    assert page.date == dt.date(2024, 5, 9)
    (article,) = page.articles
    assert article.title == "县城新建三座口袋公园"
    assert article.kicker is None
    assert article.date == dt.date(2024, 5, 8)


def test_a_year_misread_with_a_letter_o_in_a_spaced_date_line():
    page = parse(
        "松 江 县 报\n"
        "2 O 2 4 年 5 月 9 日\n"
        "县城新建三座口袋公园\n"
        "本报讯 5月8日，县城新建的三座口袋公园向市民开放。\n"
    )
    assert page.date == dt.date(2024, 5, 9)


def test_a_title_over_two_lines_one_of_them_spaced_is_one_title():
    # 续建配套工程 runs across the break; OCR's spaces do not make the lines longer.
    page = parse(
        "某县水利局续建配套\n"
        "工 程 全 面 开 工\n"
        "本报讯 3月2日，某县大型灌区续建配套工程全面开工，总投资三亿元。\n"
    )
    (article,) = page.articles
    assert article.title == "某县水利局续建配套工程全面开工"
    assert article.kicker is None


def test_a_stray_space_inside_a_word_of_a_headline_line_makes_no_slogan():
    # 高级中学 runs across the space: OCR's, not two phrases of a slogan over a title
    # (in a narrow column, where two long lines are no two headlines of their own).
    page = parse(
        "城关报　2024年5月30日\n"
        "县第二高 级中学\n"
        "举行高考考前减压活动\n"
        "本报讯 5月29日，县第二\n高级中学在操场举行考\n前减压活动，高三学生\n放飞了心愿卡。\n"
    )
    (article,) = page.articles
    assert article.kicker is None
    assert article.title.replace(" ", "") == "县第二高级中学举行高考考前减压活动"
