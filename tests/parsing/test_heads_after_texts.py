"""Headlines a PDF printed after their own texts (itemheads.headlines_under_their_own_texts,
headblocks.headlines_dumped_under_each_lead). Invented pages."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.itemheads import headlines_under_their_own_texts
from archive.parsing.layout import PageShape, split_lines

PAGE = (
    "南岭铁道\nNANLING TIEDAO\n2024年3月5日\n星期二\n\n"
    "本报讯 记者 葛云舒 报道：3月4\n"
    "日，集团公司今年首趟冷链班列从南\n"
    "岭站开出，满载蔬菜水果发往北方。\n"
    "冷链班列全程温控，比公路运输节省\n"
    "一天时间。\n\n"
    "首趟冷链班列开出\n\n"
    "本报讯（通讯员 宁若溪）近日，城南\n"
    "车务段在候车室设立“暖心驿站”，为\n"
    "旅客免费提供热水、充电和雨具。截\n"
    "至目前，“暖心驿站”已服务旅客两千\n"
    "余人次。\n\n"
    "城南车务段设立“暖心驿站”\n\n"
    "3月2日，机务段组织司机开展应急处\n"
    "置演练，检验乘务人员的应急处置能\n"
    "力。（通讯员 何沁）\n\n"
    "机务段开展应急处置演练\n\n\n"
    "3\n"
    "2024年3月5日  责任编辑 吴昊\n"
)


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


def test_every_headline_printed_after_its_text_heads_that_text():
    # Each headline says again what the text above it says, not the text under it:
    # the masthead's 星期二 heads nothing, and the page's foot is no article.
    page = parse(PAGE)
    assert [a.title for a in page.articles] == [
        "首趟冷链班列开出",
        "城南车务段设立“暖心驿站”",
        "机务段开展应急处置演练",
    ]
    assert [[c.name for c in a.credits] for a in page.articles] == [
        ["葛云舒"],
        ["宁若溪"],
        ["何沁"],
    ]
    assert page.articles[-1].body.endswith("应急处置能力。")


def labelled(rows):
    """The rule's labels for (line, the model's label) rows; ("", None) is a blank line."""
    lines = split_lines("\n".join(text for text, _ in rows))
    content = [ln for ln in lines if not ln.blank]
    labels = [label for text, label in rows if text]
    return headlines_under_their_own_texts(content, labels, PageShape.of(lines))


TEXT_A = ("本报讯（记者 葛云舒）3月4日，首趟冷链班列从南岭站开出，满载蔬菜发往北方。", "open")
TEXT_B = ("本报讯（通讯员 宁若溪）近日，城南车务段在候车室设立暖心驿站，服务旅客。", "open")
TEXT_C = ("3月2日，机务段组织司机开展应急处置演练，检验乘务人员的能力。", "para")
BLANK = ("", None)


def test_two_lines_under_their_own_texts_make_the_pages_pattern():
    rows = [
        TEXT_A,
        BLANK,
        ("首趟冷链班列开出", "para"),
        BLANK,
        TEXT_B,
        BLANK,
        ("城南车务段设立暖心驿站", "subhead"),
        BLANK,
        TEXT_C,
    ]
    assert labelled(rows) == ["open", "title-b", "open", "title-b", "para"]
    # One such line alone may sum its text up: no pattern.
    assert labelled(rows[:6] + rows[8:]) == ["open", "para", "open", "para"]


def test_a_page_whose_first_text_is_under_its_headline_keeps_its_subheads():
    rows = [
        ("首趟冷链班列从南岭站开出", "title-b"),
        TEXT_A,
        BLANK,
        ("首趟冷链班列开出", "subhead"),
        BLANK,
        TEXT_B,
        BLANK,
        ("城南车务段设立暖心驿站", "subhead"),
        BLANK,
        TEXT_C,
    ]
    assert labelled(rows) == ["title-b", "open", "subhead", "open", "subhead", "para"]


def test_a_quote_left_open_or_a_list_is_no_headline():
    for first in ("“首趟冷链班列开出", "首趟冷链班列、开出"):
        rows = [
            TEXT_A,
            BLANK,
            (first, "para"),
            BLANK,
            TEXT_B,
            BLANK,
            ("城南车务段设立暖心驿站", "subhead"),
            BLANK,
            TEXT_C,
        ]
        assert labelled(rows)[1] == "para", first
