"""A running head a PDF dropped inside a sentence (mastheads.py). Invented pages."""

from archive.parsing import PageMeta, parse_page


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


def test_an_editions_name_inside_a_sentence_is_furniture():
    page = parse(
        "城东乡举办农民运动会\n\n"
        "本报讯（通讯员 宁若溪）5月8日\n\n"
        "城东版\n\n"
        "，城东乡第三届农民运动会开幕，拔河、挑担等项目吸引千余名村民参加。\n"
    )
    assert page.articles[0].body.endswith(
        "5月8日，城东乡第三届农民运动会开幕，拔河、挑担等项目吸引千余名村民参加。"
    )
    assert "城东版" in [lo.text for lo in page.leftovers]


def test_a_headline_ending_in_ban_over_its_own_text_stays():
    # Under a finished sentence and over text that opens a sentence: a headline.
    page = parse(
        "城东乡举办农民运动会\n\n"
        "本报讯（通讯员 宁若溪）5月8日，城东乡第三届农民运动会开幕。\n\n"
        "乡村振兴升级版\n\n"
        "本报讯（记者 葛云舒）5月7日，城东乡召开乡村振兴工作推进会。\n"
    )
    assert [a.title for a in page.articles] == ["城东乡举办农民运动会", "乡村振兴升级版"]
