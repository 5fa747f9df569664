"""Headlines printed right under the last sentence of a signed item, no blank line
between (gluedheads.py). Invented pages."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.gluedheads import (
    a_headline_glued_under_a_signed_item,
    a_headline_read_as_its_texts_first_line,
)
from archive.parsing.layout import PageShape, split_lines


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


def names(article):
    return [c.name for c in article.credits]


def labelled(rows):
    """The rule's labels for (line, the model's label) rows; ("", None) is a blank line."""
    lines = split_lines("\n".join(text for text, _ in rows))
    content = [ln for ln in lines if not ln.blank]
    labels = [label for text, label in rows if text]
    return a_headline_glued_under_a_signed_item(content, labels, PageShape.of(lines))


SIGNED = [
    ("城北新建口袋公园三处", "title-b"),
    ("本报记者 葛云舒", "byline"),
    ("城北街道三处口袋公园完工开放，新增绿地四千平方米。", "open"),
]
FEATURE = [
    ("楼道里的“爱心书架”", "subhead"),
    ("一排旧木书架靠在三楼的楼梯拐角，上面摆着童话、菜谱和旧杂志，谁都能拿走一本。", "para"),
]


def test_a_feature_glued_under_a_signed_item_is_an_item_of_its_own():
    # The lead opens on a scene, not a day; the text above was signed under its
    # headline and the text under the line signs again: two items.
    page = parse(
        "南岭晚报 2024年5月9日 星期四\n"
        "城北新建口袋公园三处\n"
        "本报记者 葛云舒\n"
        "城北街道三处口袋公园完工开放，新增绿地四千平方米，周边居民多了休闲去处。\n"
        "楼道里的“爱心书架”\n"
        "一排旧木书架靠在三楼的楼梯拐角，上面摆着童话、菜谱和旧杂志，谁都能拿走一本。"
        "书架是退休教师老周搭起来的，如今已有邻居捐出的图书三百多册。\n"
        "（通讯员 宁若溪）\n"
    )
    assert [a.title for a in page.articles] == ["城北新建口袋公园三处", "楼道里的“爱心书架”"]
    assert [names(a) for a in page.articles] == [["葛云舒"], ["宁若溪"]]
    assert page.articles[1].body.startswith("一排旧木书架")


def test_under_a_credit_in_the_lead_or_over_the_headline():
    # 本报讯（记者 X）in the lead, or a byline over the headline, signs the item too.
    for head in (
        [
            ("城北新建口袋公园三处", "title-b"),
            ("本报讯（记者 葛云舒）城北街道三处口袋公园完工。", "open"),
        ],
        [("本报记者 葛云舒", "byline-next"), ("城北新建口袋公园三处", "title-b"), SIGNED[2]],
    ):
        rows = [*head, *FEATURE, ("（通讯员 宁若溪）", "byline")]
        assert labelled(rows)[-3:] == ["title-b", "open", "byline"]


def test_a_kicker_and_its_title_glued_under_a_signed_item():
    rows = [*SIGNED, ("邻里互助", "para"), *FEATURE, ("通讯员 宁若溪", "byline")]
    assert labelled(rows)[-4:] == ["kicker-b", "title-b", "open", "byline"]


def test_a_credit_closing_the_last_sentence_signs_the_item_under_the_line():
    rows = [*SIGNED, FEATURE[0], (FEATURE[1][0] + "（宁若溪）", "para")]
    assert labelled(rows)[-2:] == ["title-b", "open"]


def test_a_subhead_of_an_article_signed_only_at_its_end_stays():
    # No byline under the headline: the credit under the section signs the whole article.
    rows = [
        ("城北新建口袋公园三处", "title-b"),
        ("城北街道三处口袋公园完工开放，新增绿地四千平方米。", "open"),
        *FEATURE,
        ("（通讯员 宁若溪）", "byline"),
    ]
    assert labelled(rows)[-3:] == ["subhead", "para", "byline"]


def test_a_subhead_whose_section_is_not_signed_stays():
    # A signed article's section runs on to its end unsigned, or to the next subhead.
    for tail in ([], [("书架旁的留言本", "subhead"), ("留言本上写满了感谢的话。", "para")]):
        rows = [*SIGNED, *FEATURE, *tail]
        assert labelled(rows)[3:5] == ["subhead", "para"]


def test_the_last_section_of_an_article_with_sections_stays():
    # A text that already has a section heading is a long article: its last section may
    # close with a credit (a photographer's, a second writer's) and stays its own.
    rows = [
        *SIGNED,
        ("新绿地", "subhead"),
        ("新增的绿地里种了二十多种花木，四季都有景可看。", "para"),
        *FEATURE,
        ("（通讯员 宁若溪）", "byline"),
    ]
    assert labelled(rows)[-3:] == ["subhead", "para", "byline"]


def test_a_line_under_text_that_runs_on_is_no_headline():
    # The line above ends no sentence: the line goes on with it.
    rows = [
        *SIGNED[:2],
        ("城北街道三处口袋公园完工开放，新增绿地四千平方米，", "open"),
        *FEATURE,
        ("（通讯员 宁若溪）", "byline"),
    ]
    assert labelled(rows)[-3:] == ["subhead", "para", "byline"]


def test_a_line_breaking_a_word_into_the_next_is_text():
    # 花 / 草: the line runs on inside a word, whatever it looks like alone.
    rows = [
        *SIGNED,
        ("馆长：请大家爱护城市绿地里的花", "para"),
        ("草树木，不要踩踏草坪，也不要攀折花枝。", "body"),
        ("（通讯员 宁若溪）", "byline"),
    ]
    assert labelled(rows)[-3:] == ["para", "body", "byline"]


def test_a_byline_over_a_headline_whose_item_signs_itself_closes_the_text_above():
    # The page prints its bylines over the headlines, but the last item closes with its
    # own credit: the byline between the two texts signs the one above it.
    page = parse(
        "南岭晚报 2024年5月9日 星期四\n"
        "■本报记者 葛云舒\n"
        "城北新建口袋公园三处\n"
        "城北街道三处口袋公园完工开放，新增绿地四千平方米，周边居民多了休闲去处。\n"
        "旧书市集周末开张\n"
        "■本报记者 宁若溪 通讯员 方一鸣\n"
        "本周六起，市图书馆门前的旧书市集每周末开张，市民可以带旧书来交换。\n"
        "楼道里的“爱心书架”\n"
        "一排旧木书架靠在三楼的楼梯拐角，上面摆着童话、菜谱和旧杂志，谁都能拿走一本。\n"
        "■本报记者 柯岚\n"
        "老街夜市重新开张\n"
        "本报讯 城西老街夜市重新开张，八十余个摊位一字排开。（通讯员 方一鸣）\n"
    )
    titles = [a.title for a in page.articles]
    assert titles[-2:] == ["楼道里的“爱心书架”", "老街夜市重新开张"]
    assert [names(a) for a in page.articles[-2:]] == [["柯岚"], ["方一鸣"]]


def test_a_photographers_credit_under_the_next_item_signs_only_its_photo():
    # 方一鸣 摄 under the last item credits its photo: the byline over its headline
    # is still that item's, as the page prints them.
    page = parse(
        "南岭晚报 2024年5月9日 星期四\n"
        "■本报记者 葛云舒\n"
        "城北新建口袋公园三处\n"
        "城北街道三处口袋公园完工开放，新增绿地四千平方米，周边居民多了休闲去处。\n"
        "■本报记者 柯岚\n"
        "老街夜市重新开张\n"
        "本周五晚，城西老街夜市重新开张，八十余个摊位一字排开。\n"
        "方一鸣 摄\n"
    )
    assert [a.title for a in page.articles] == ["城北新建口袋公园三处", "老街夜市重新开张"]
    assert names(page.articles[1])[:1] == ["柯岚"]


ESSAY = [
    ("山间秋色", "title-b"),
    ("◎ 林远舟", "byline"),
    ("山里的秋天来得早，九月一过，满坡的枫叶就红了，像是谁把晚霞铺在了山上。", "open"),
    ("", None),
]
OPENS = [
    ("江畔旧事", "open"),
    ("江边的老渡口，曾经是镇上最热闹的地方，祖父在那里摆了三十年的渡船。", "para"),
    ("（作者 宁若溪）", "byline"),
]


def read_essays(rows):
    lines = split_lines("\n".join(text for text, _ in rows))
    content = [ln for ln in lines if not ln.blank]
    labels = [label for text, label in rows if text]
    return a_headline_read_as_its_texts_first_line(content, labels, PageShape.of(lines))


def test_a_short_line_over_a_full_one_under_a_signed_item_is_its_headline():
    # On a page of wide paragraphs a short line over a full one is no line of the same
    # paragraph: set apart above and closing with its own credit, it heads that text.
    assert read_essays([*ESSAY, *OPENS])[3:] == ["title-b", "open", "byline"]
    # A subhead: the article above was not signed at its head, it signs once at its end…
    unsigned = [ESSAY[0], *ESSAY[2:]]
    assert read_essays([*unsigned, *OPENS])[2:] == ["open", "para", "byline"]
    # …and with no blank line over it the short line is the text above's.
    assert read_essays([*ESSAY[:3], *OPENS])[3:] == ["open", "para", "byline"]
