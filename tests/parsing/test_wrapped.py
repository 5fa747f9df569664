"""Bylines and numbers a narrow column cut in two are read whole (wrapped.py, layout.py)."""

import pytest

from archive.parsing import PageMeta, parse_page
from archive.parsing.layout import join_wrapped, split_lines
from archive.parsing.wrapped import rejoin_cut_lines


def _page(byline: list[str]) -> str:
    return "\n".join(
        [
            "东湖区报　2024年4月2日　星期二　第2版",
            *byline,
            "社区食堂开到家门口",
            "本报讯 近日，东湖区",
            "第三家社区食堂在枫林",
            "社区开业。",
        ]
    )


@pytest.mark.parametrize(
    ("byline", "credits"),
    [
        # cut after a role word: the name is the next line
        (["■记者 钱明远 通讯员 ", "叶青"], [("钱明远", "reporter"), ("叶青", "correspondent")]),
        # cut inside a name
        (["□晚报记者 邵", "一帆"], [("邵一帆", "reporter")]),
        # a credit in brackets cut inside a padded name
        (["（通讯员 欧 阳", "青）"], [("欧阳青", "correspondent")]),
        # cut inside a role word
        (["文/图 本报记", "者 白露"], [("白露", "reporter")]),
        # cut after the surname, the given name over the closing 摄
        (["本报记者　邵", "　　一帆　摄"], [("邵一帆", "photographer")]),
        # OCR's stray spaces inside its role words, cut inside the last name
        (
            ["本 报记者 钱明远 通 讯员 叶", "青"],
            [("钱明远", "reporter"), ("叶青", "correspondent")],
        ),
        # a marked unit's writer, cut before the name
        (["□ 区疾控中心", "邵一帆"], [("邵一帆", "author")]),
        # a closing credit's bracket pushed onto a line of its own
        (["（记者 钱明远 通讯员 叶青", "）"], [("钱明远", "reporter"), ("叶青", "correspondent")]),
        # a closing credit cut into three lines, inside its second name
        (
            ["（记者 钱 明 远", "通讯员 扎西", "顿珠）"],
            [("钱明远", "reporter"), ("扎西顿珠", "correspondent")],
        ),
    ],
)
def test_a_byline_cut_by_the_column_credits_the_article_under_it(byline, credits):
    (article,) = parse_page(_page(byline).encode(), PageMeta(source="p.txt")).articles
    assert article.title == "社区食堂开到家门口"
    assert [(c.name, c.role) for c in article.credits] == credits


def test_the_lines_after_a_join_keep_their_gaps():
    lines = rejoin_cut_lines(split_lines("■记者 钱明远 通讯员\n叶青\n标题一行\n\n正文一行。"))
    assert [(ln.index, ln.text) for ln in lines] == [
        (0, "■记者 钱明远 通讯员叶青"),
        (1, "标题一行"),
        (2, ""),
        (3, "正文一行。"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "本报记者 钱明远\n叶青",  # a whole byline over a short headline
        "记者探访\n新春集市",  # a headline that opens with a role word
        "区文化馆供图 本报记者 林\n青",  # a caption's own credit, left to the caption
        "驻外总领事馆供图 本报记者 林\n芮文",  # (spaces between words are no OCR split)
        "■ 区疾控中心\n健康提醒",  # a marked unit over no name
        "■ 健康东湖\n邵一帆",  # a marked rubric, no unit: a name under it is no writer of it
        "区疾控中心\n邵一帆",  # unmarked: a letter's signature, maybe, read as one later
        "◎记者 邵一帆\n◎叶青 摄",  # two marked bylines, each whole
        "（详见第三版\n）",  # a bracket closing no credit
        "投稿邮箱：abc@163.com\nnews",  # a whole address, then a word
        "详见 www.example.cn 网站\ncom",  # an address's line that goes on after it
    ],
)
def test_lines_that_are_no_cut_byline_stay_apart(text):
    assert [ln.text for ln in rejoin_cut_lines(split_lines(text))] == text.split("\n")


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("本报讯 3月1", "8日，全镇", "本报讯 3月18日，全镇"),  # a number cut among Chinese
        ("1", "1月2日，全县", "11月2日，全县"),
        ("投资1", "0万元", "投资10万元"),
        ("in 2023", "15 people", "in 2023 15 people"),  # two Latin words keep their space
        ("Windows", "10", "Windows 10"),
        ("GDP", "增长", "GDP增长"),
    ],
)
def test_a_number_the_column_cut_reads_whole(left, right, joined):
    assert join_wrapped(left, right) == joined


def test_a_lead_whose_date_the_column_cut_is_dated():
    page = parse_page(
        "西岭报 2022年9月27日 第2版\n\n厂区召开安全例会\n本报讯（记者 韦林）3月1\n8日，厂区召开安全例会。\n".encode(),
        PageMeta(source="p.txt"),
    )
    (article,) = page.articles
    assert str(article.date) == "2022-03-18"


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("来稿邮箱：tougao2024@163.\ncom", "来稿邮箱：tougao2024@163.com"),
        ("来稿请寄：bianji@qingheda\nily.cn。", "来稿请寄：bianji@qinghedaily.cn。"),
        (
            "详见 https://www.example.gov.cn/zw\ngk/index.html）",
            "详见 https://www.example.gov.cn/zwgk/index.html）",
        ),
    ],
)
def test_an_address_cut_by_the_column_is_one_line(text, joined):
    assert [ln.text for ln in rejoin_cut_lines(split_lines(text))] == [joined]


def test_a_cut_address_at_an_articles_end_is_no_headline():
    text = (
        "社区食堂开到家门口\n\n本报讯 7月5日，城南社区食堂开业，\n老人在家门口吃上热饭。\n"
        "投稿邮箱：tougao2024@163.\ncom\n\n城北新建停车场\n\n本报讯 7月6日，城北停车场启用。"
    )
    articles = parse_page(text.encode(), PageMeta(source="p.txt")).articles
    assert [a.title for a in articles] == ["社区食堂开到家门口", "城北新建停车场"]


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        ("城东新修水渠两千米。（城关水利站\n梅丽）", "梅丽"),  # cut between unit and name
        ("（县人武部 阮\n立 新）", "阮立新"),  # cut inside the name, OCR's spaces in it
        ("城东新修水渠两千米。\n(县供销社 覃\n秀 英)", "覃秀英"),
    ],
)
def test_a_units_closing_credit_cut_by_the_column_names_its_writer(lines, name):
    text = f"城东水渠完工\n\n本报讯 5月3日，城东水渠完工。\n{lines}\n\n城西新建公园\n\n本报讯 5月4日，城西公园开园。"
    first, second = parse_page(text.encode(), PageMeta(source="p.txt")).articles
    assert [c.name for c in first.credits] == [name]
    assert second.title == "城西新建公园" and not second.credits


def test_a_bracket_that_names_no_one_stays_two_lines():
    text = "城东新修水渠两千米。（县水利局\n供稿）"
    assert [ln.text for ln in rejoin_cut_lines(split_lines(text))] == text.split("\n")


def test_an_unbracketed_lead_byline_cut_inside_its_last_name_names_it_whole():
    text = "\n".join(
        [
            "东湖区报　2024年4月2日　星期二　第2版",
            "社区食堂开到家门口",
            "本报讯 通讯员 叶青 记者 邵一",
            "帆4月1日，东湖区第三家",
            "社区食堂在枫林社区开业。",
        ]
    )
    (article,) = parse_page(text.encode(), PageMeta(source="p.txt")).articles
    assert [(c.name, c.role) for c in article.credits] == [
        ("叶青", "correspondent"),
        ("邵一帆", "reporter"),
    ]
    assert article.body.startswith("4月1日，东湖区")


def test_a_lead_byline_over_text_opening_with_a_word_before_figures_stays_as_printed():
    # 近 opens the text (近3年来), it ends no name: 邵一近 is no reporter.
    lines = split_lines("本报讯 记者 邵一\n近3年来，东湖区新建社区食堂12家。")
    assert [line.text for line in rejoin_cut_lines(lines)] == [
        "本报讯 记者 邵一",
        "近3年来，东湖区新建社区食堂12家。",
    ]
