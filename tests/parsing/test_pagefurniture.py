"""Page furniture known by its shape (archive/parsing/pagefurniture.py and the
publisher's field in mastheads.py): an issue line, a page's name with its number, the
desk's editor and contacts are never a title or an article's text, at the page's head
or between two articles. Every page here is invented."""

import pytest

from archive.parsing import PageMeta, parse_page
from archive.parsing.pagefurniture import issue_alone, page_name_and_number, staff_and_contacts


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


def banners(page):
    return [lo.text for lo in page.leftovers if lo.kind == "banner"]


FIRST = "北湖学院为新生开设劳动教育课"
FIRST_LEAD = "9月12日，北湖学院为两千余名新生开设劳动教育课，课程共十六学时。"
SECOND = "图书馆延长自习室开放时间"
SECOND_LEAD = "本报讯 从本周起，学校图书馆自习室每晚开放至十一点，方便学生备考。"


def test_a_university_papers_issue_line_with_its_publisher_is_no_title():
    page = parse(
        "北湖学院报\n第412期 2021年9月17日 综合新闻 主办：北湖学院党委宣传部\n"
        f"{FIRST}\n{FIRST_LEAD}\n（学生记者 柏一帆）\n"
    )
    (article,) = page.articles
    assert article.title == FIRST
    assert article.body.startswith("9月12日")
    assert str(article.date) == "2021-09-12"


def test_an_issue_number_alone_under_the_papers_name_is_no_title():
    page = parse(f"北湖学院报\n第412期\n{FIRST}\n{FIRST_LEAD}\n（学生记者 柏一帆）\n")
    (article,) = page.articles
    assert article.title == FIRST
    assert "第412期" in banners(page)
    # A monthly's issue month alone on its line, over its issue's numbers.
    page = parse(f"北湖学院报\n2021年12月\n第12期（总第86期）\n{FIRST}\n{FIRST_LEAD}\n")
    (article,) = page.articles
    assert article.title == FIRST
    assert {"2021年12月", "第12期（总第86期）"} <= set(banners(page))


@pytest.mark.parametrize("furniture", ["农资·市场 7", "B03 城事", "07版 湖城视点", "湖城日报 B03"])
def test_a_pages_name_and_number_between_two_articles_is_furniture(furniture):
    page = parse(
        f"{FIRST}\n{FIRST_LEAD}\n（学生记者 柏一帆）\n{furniture}\n{SECOND}\n{SECOND_LEAD}\n"
    )
    first, second = page.articles
    assert first.title == FIRST and second.title == SECOND
    assert second.kicker is None and furniture not in second.body
    assert furniture in banners(page)


def test_the_shapes_are_furniture_and_headlines_are_not():
    assert page_name_and_number("市场·流通 5") and page_name_and_number("5　市场·流通")
    # At the head a letter code and its section are the line model's (its column).
    assert page_name_and_number("A05 城事") and not page_name_and_number("A05 城事", at_head=True)
    assert page_name_and_number("市场·流通 5", at_head=True)
    assert issue_alone("第1123期") and issue_alone("总第 3219 期")
    assert issue_alone("第12期（总第86期）")  # the issue of the year, and its running count
    assert staff_and_contacts("编辑：甘一舟 电话：010-12345678")
    # A desk's line of staff and contacts, with the page or the paper beside them.
    assert staff_and_contacts("主编 柯远 责任编辑 甘一舟 电话 0739-52XXXXX")
    assert staff_and_contacts("第 4 版 · 监管 责任编辑：甘一舟 电话：010-6552XXXX")
    assert staff_and_contacts("编辑 / 甘一舟 北湖晚报")
    assert staff_and_contacts("天气 晴 -3℃～8℃ 西北风3级")
    # Staff alone are the page foot's to read (pagefoot.py), where they stand.
    assert not staff_and_contacts("本版编辑：甘一舟  组版：柯远")
    for headline in (
        FIRST,
        "5G基站覆盖全部乡镇",
        "第3届农民运动会开幕",
        "编辑：甘一舟",
        "今年最低气温-3℃～8℃",
        "记者 甘一舟 北湖晚报",
    ):
        assert not page_name_and_number(headline)
        assert not issue_alone(headline)
        assert not staff_and_contacts(headline)


def test_the_desks_editor_and_phone_under_a_headline_are_no_part_of_it():
    # A PDF's text flow puts the page's foot under the last headline it printed.
    foot = "编辑：甘一舟 电话：88886666"
    page = parse(f"{FIRST}\n{FIRST_LEAD}\n（学生记者 柏一帆）\n\n{SECOND}\n{foot}\n{SECOND_LEAD}\n")
    first, second = page.articles
    assert second.title == SECOND
    assert foot not in second.body and "甘一舟" not in [c.name for c in second.credits]


def test_a_running_date_over_a_headline_is_no_part_of_it():
    # A PDF's text flow sets the page's date between a credit and the next headline.
    page = parse(
        f"北湖学院报\n\n{FIRST}\n{FIRST_LEAD}\n（学生记者 柏一帆）\n2021年9月17日\n"
        f"{SECOND}\n{SECOND_LEAD}\n"
    )
    first, second = page.articles
    assert second.title == SECOND


def test_an_advert_under_its_label_between_two_briefs_is_no_headline():
    page = parse(
        "青禾晚报 2025.04.02 周三 A08 简讯\n"
        "■城西菜市场完成改造\n"
        "本报讯 经过三个月的改造，城西菜市场\n"
        "日前重新开业，增设了农残检测室和公\n"
        "共卫生间。（记者 袁青）\n"
        "■东湖公园举行义务植树\n"
        "本报讯 4月1日，东湖公园举行义务植\n"
        "树活动，六百余名市民共植下香樟、桂\n"
        "花等苗木三千余株。（记者 袁青）\n"
        "\n"
        "广告\n"
        "青禾农商银行 存款保险标识\n"
        "■社区卫生中心开设夜间门诊\n"
        "本报讯 从4月1日起，东湖街道社区卫\n"
        "生服务中心开设夜间门诊，每天开诊至\n"
        "晚上八点。（通讯员 闵秋）\n"
    )
    assert [a.title for a in page.articles] == [
        "城西菜市场完成改造",
        "东湖公园举行义务植树",
        "社区卫生中心开设夜间门诊",
    ]
    assert "存款保险" not in page.articles[2].body
