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


def test_the_papers_name_between_columns_inside_a_sentence_heads_nothing():
    page = parse(
        "城东乡举办农民运动会\n"
        "本报讯（通讯员 宁若溪）5月8日，城东乡第三届农民运动会开幕。\n\n"
        "南坪县查处一起非法采砂案\n"
        "本报讯（记者 葛云舒）近日，县水利局查处一起非法采砂案，没收\n\n"
        "南坪日报\n\n"
        "采砂船两艘，罚款十二万元。\n"
    )
    assert [a.title for a in page.articles] == ["城东乡举办农民运动会", "南坪县查处一起非法采砂案"]
    assert page.articles[1].body.endswith("没收采砂船两艘，罚款十二万元。")
    assert "南坪日报" in [lo.text for lo in page.leftovers]
