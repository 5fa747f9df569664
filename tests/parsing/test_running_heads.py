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


def test_the_papers_name_printed_again_between_columns_is_furniture():
    # The name over the page's date comes again between two paragraphs: the running
    # head of the next column, not the headline of a new article.
    page = parse(
        "青溪教育周报\n"
        "2024年3月8日  第2版\n"
        "\n"
        "城关小学开设书法课\n"
        "本报讯（记者 柯文静）3月5日，城关小学书法课开课，\n"
        "全校学生每周练字一节。\n"
        "\n"
        "青溪教育周报\n"
        "\n"
        "今年以来，全县二十所小学\n"
        "开设书法课，每周不少于1节课。\n"
    )
    assert [a.title for a in page.articles] == ["城关小学开设书法课"]
    assert page.articles[0].body.endswith("开设书法课，每周不少于1节课。")
    assert [lo.text for lo in page.leftovers].count("青溪教育周报") == 2


def test_a_headline_that_is_not_the_head_line_stays():
    # Only what the head printed is known again: another short line is a headline.
    page = parse(
        "青溪教育周报\n"
        "2024年3月8日  第2版\n"
        "\n"
        "城关小学开设书法课\n"
        "本报讯（记者 柯文静）3月5日，城关小学书法课开课。\n"
        "\n"
        "城西中学举行演讲赛\n"
        "\n"
        "本报讯（通讯员 林涛）3月6日，城西中学举行演讲比赛。\n"
    )
    assert [a.title for a in page.articles] == ["城关小学开设书法课", "城西中学举行演讲赛"]


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


def test_a_running_head_with_the_papers_name_date_section_and_bare_page_number_is_furniture():
    page = parse(
        "城东乡举办农民运动会\n"
        "5月8日，城东乡第三届农民运动\n会开幕，拔河、挑担等项目吸引\n千余名村民参加。\n"
        "（记者 宋立群）\n\n"
        "宁州日报　2023年5月9日　要闻　2\n\n"
        "首批“宁州工匠”名单揭晓\n"
        "日前，市总工会、市人社局联\n合发布首批“宁州工匠”名单\n，来自装备制造、建筑等行业\n"
        "的30名一线职工入选。\n"
    )
    assert [a.title for a in page.articles] == ["城东乡举办农民运动会", "首批“宁州工匠”名单揭晓"]
    assert "宁州日报 2023年5月9日 要闻 2" in [lo.text for lo in page.leftovers]
