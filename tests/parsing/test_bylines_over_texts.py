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
