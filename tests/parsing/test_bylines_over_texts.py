"""Headlines gathered in one block over texts that each open under a byline
(repairs._bylines_over_texts). Invented pages."""

from archive.parsing import PageMeta, parse_page


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


def test_a_block_of_headlines_over_bylined_texts_heads_each_text():
    page = parse(
        "南岭晨报\n2024年4月9日 星期二 第A03版\n\n"
        "南湖公园樱花盛开\n"
        "城西新建三处口袋公园\n"
        "南岭茶文化节开幕\n\n"
        "■晨报记者 葛云舒  摄影 宁若溪\n"
        "四月的南湖公园樱花盛开，粉白\n"
        "相间，吸引了不少市民前来赏花\n"
        "拍照。公园共种植樱花八百余株。\n\n"
        "■晨报记者 何沁 通讯员 吴昊\n"
        "4月8日，城西街道三处口袋公园\n"
        "完工开放，新增绿地四千平方米，\n"
        "附近居民出门就能见绿。\n\n"
        "■晨报记者 韩梅\n"
        "4月7日，第十届南岭茶文化节开\n"
        "幕。今年全市茶园面积达六万亩，\n"
        "节会期间将举办采茶、品茶活动。\n"
    )
    assert [a.title for a in page.articles] == [
        "南湖公园樱花盛开",
        "城西新建三处口袋公园",
        "南岭茶文化节开幕",
    ]
    assert [[c.name for c in a.credits] for a in page.articles] == [
        ["葛云舒", "宁若溪"],
        ["何沁", "吴昊"],
        ["韩梅"],
    ]


def test_a_byline_over_a_lead_that_signs_itself_closes_the_text_above():
    page = parse(
        "南岭晨报\n2024年4月9日 星期二 第A03版\n\n"
        "■晨报记者 葛云舒\n"
        "四月的南湖公园樱花盛开，粉白\n"
        "相间，吸引了不少市民前来赏花\n"
        "拍照。公园共种植樱花八百余株。\n\n"
        "■晨报记者 何沁 通讯员 吴昊\n"
        "4月8日，市中心血站开展无偿献\n"
        "血活动，一百多名医护人员参与\n"
        "献血，献血总量达四万毫升。\n\n"
        "通讯员 甘雨 摄\n\n"
        "本报讯（记者 林思琪）4月7日，第\n"
        "十届南岭茶文化节开幕。今年全市\n"
        "茶园面积达六万亩。\n"
    )
    credits = [[(c.name, c.role) for c in a.credits] for a in page.articles]
    assert credits == [
        [("葛云舒", "reporter")],
        [("何沁", "reporter"), ("吴昊", "correspondent"), ("甘雨", "photographer")],
        [("林思琪", "reporter")],
    ]
