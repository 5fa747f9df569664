"""A credit closing a brief signs it off (archive.parsing.signoffs)."""

from archive.parsing import PageMeta, parse_page

from .test_repairs import repaired


def test_a_line_opening_as_news_under_a_closing_credit_and_a_blank_line_opens_the_next_item():
    rows = [
        ("近日，县档案馆新增查阅终端6台。", "open"),
        ("（记者 柯岩）", "byline"),
        ("", None),
        ("5月14日，县人民医院走进城关二小开展义诊。", "caption"),
        ("（通讯员 钟灵）", "byline"),
    ]
    assert repaired(rows)[2] == "open"


def test_a_caption_under_a_photo_credit_or_text_without_a_day_stays_in_its_article():
    under = [
        ("近日，县档案馆新增查阅终端6台。", "open"),
        ("（记者 柯岩 摄）", "byline"),
        ("", None),
    ]
    assert repaired([*under, ("5月14日，市民在档案馆查阅资料。", "caption")])[2] == "caption"
    under[1] = ("（记者 柯岩）", "byline")
    assert repaired([*under, ("档案馆每周一闭馆。", "para")])[2] != "open"


def test_untitled_briefs_each_closed_by_its_credit_are_articles_of_their_own():
    page = parse_page(
        (
            "南坪报\n2023年5月16日\n星期二\n第 2 版\n要闻简报\n\n"
            "近日，县档案馆新增查阅终端6台，市民\n可预约查阅家谱和地方志。\n（记者 柯岩）\n\n"
            "5月14日，县人民医院走进城关二小，\n开展春季义诊活动，500余名师生\n参加。\n（通讯员 钟灵）\n\n"
            "5月12日至13日，南坪县首届乡村\n足球赛在城关镇举行，来自全县\n9个乡镇的12支球队参赛。\n"
        ).encode(),
        PageMeta(source="page.txt"),
    )
    assert [[(c.name, c.role) for c in a.credits] for a in page.articles] == [
        [("柯岩", "reporter")],
        [("钟灵", "correspondent")],
        [],
    ]
