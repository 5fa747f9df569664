"""Photo items on a page: captions closed by their photographers, with or without a
title of their own. Invented pages."""

from archive.parsing import PageMeta, parse_page


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


def names(article):
    return [(c.name, c.role) for c in article.credits]


def test_a_short_line_between_credited_captions_titles_the_next_photo():
    page = parse(
        "山城晚报　2024年5月2日　星期四　A06　图片　　编辑：甘小满\n\n"
        "劳动者之歌\n"
        "5月1日，环卫工人在滨江路清扫落叶，保持道路整洁。（本报记者 邱白露 摄）\n"
        "节日期间，高铁站客流攀升，志愿者为旅客指引方向。（本报记者 祁晓松 摄）\n"
        "麦浪金黄\n"
        "4月30日，城郊农场的农机手驾驶收割机收割小麦，田间一片繁忙。（通讯员 冉秋实 摄）\n"
        "“小小志愿者”\n"
        "劳动节当天，一名小学生在公园门口分发垃圾袋。（本报记者 邱白露 摄）\n"
    )
    assert [a.title for a in page.articles] == ["劳动者之歌", "麦浪金黄", "“小小志愿者”"]
    assert [c.name for c in page.articles[1].credits] == ["冉秋实"]


def test_a_photo_story_by_one_photographer_stays_one_item():
    page = parse(
        "山乡春耕\n"
        "4月2日，农民在田间移栽烟苗。（本报记者 邱白露 摄）\n"
        "4月2日，农技人员在田头指导春耕。（本报记者 邱白露 摄）\n"
    )
    assert [a.title for a in page.articles] == ["山乡春耕"]


def test_a_caption_under_a_blank_line_after_a_credited_caption_is_its_own_photo():
    page = parse(
        "春日校园\n"
        "3月18日，学生在校园里观察海棠花开。（通讯员　封雨 摄）\n\n"
        "3月17日，城关小学学生在老师带领下参观古民居。\n"
        "图/通讯员　郁小禾\n"
    )
    assert [[c.name for c in a.credits] for a in page.articles] == [["封雨"], ["郁小禾"]]


def test_captions_each_closed_by_its_photographer_on_consecutive_lines_are_items():
    # No blank line between them, but no caption wraps on after its credit: each line
    # a photo item of its own (under a headline they stay one photo story, above).
    page = parse(
        "溪口晚报　2021年9月3日　A06\n"
        "9月1日，溪口镇一所小学的新生在老师带领下认识校园。（记者　柯小满　摄）\n"
        "9月2日，志愿者在城南菜场帮助老人挑选蔬菜。（通讯员　甘一舟　摄）\n"
    )
    assert [(a.body[:5], names(a)) for a in page.articles] == [
        ("9月1日，", [("柯小满", "photographer")]),
        ("9月2日，", [("甘一舟", "photographer")]),
    ]


def test_a_dated_caption_by_a_photographer_the_article_never_credits_is_its_own_item():
    # After an item closed by its writers, and after one signed 文/图 by another.
    page = parse(
        "乡道通到家门口\n本报讯 1月8日，县交通运输局公布今年第一批农村公路提档升级项目。\n"
        "（黎一帆　贺小桐）\n\n"
        "1月9日，养护工人在县道上开展除冰演练。　阙小川　摄\n"
    )
    assert [[c.name for c in a.credits] for a in page.articles] == [
        ["黎一帆", "贺小桐"],
        ["阙小川"],
    ]
    signed = parse(
        "护林员老周\n文/图　通讯员　莘一鸣\n每天一早，周德顺都会走进林场巡查。\n\n"
        "8月10日，技术人员在林场苗圃检测土壤墒情。（巩晓雨　摄）\n"
    )
    assert [[c.name for c in a.credits] for a in signed.articles] == [["莘一鸣"], ["巩晓雨"]]


def test_an_articles_own_picture_stays_in_it():
    # 图为… shows a scene of the story: its picture, whoever took it; and a caption
    # by the article's own photographer (文/图) is the article's.
    page = parse(
        "老街换新颜\n本报讯（记者 阮清）城南老街改造完工，街面铺上了青石板。\n\n"
        "图为改造后的老街一角。　鄢晓松　摄\n"
    )
    assert len(page.articles) == 1
    own = parse(
        "护林员老周\n文/图　通讯员　莘一鸣\n每天一早，周德顺都会走进林场巡查。\n\n"
        "8月10日，周德顺在林场苗圃检查树苗。（莘一鸣　摄）\n"
    )
    assert len(own.articles) == 1


def test_a_compound_surname_signs_a_caption():
    page = parse("9月24日，小朋友在公园观赏菊花展。　拍友　羊舌晓棠　摄\n")
    assert [(c.name, c.role) for c in page.articles[0].credits] == [("羊舌晓棠", "photographer")]


def test_a_caption_credited_in_its_own_line_after_a_signed_article_is_its_own_item():
    # The article closes with its byline; a blank line, then a photo's caption closed
    # by its photographer on the same line (or in brackets): a photo item of its own.
    for credit in ("　郝　一　摄", "（通讯员　郝一　摄）"):
        text = (
            "山河文旅报\n2024年5月3日　第3版\n\n一根竹篾编出新花样\n"
            "在竹帘非遗工坊，传承人正在教年轻人编织竹帘。\n（特约记者　龚一凡）\n\n"
            f"游客在古镇体验扎染技艺。{credit}\n"
        )
        article, photo = parse(text).articles
        assert names(article) == [("龚一凡", "reporter")]
        assert photo.body == "游客在古镇体验扎染技艺。" and names(photo) == [
            ("郝一", "photographer")
        ]


def test_a_caption_on_the_line_under_a_feature_closed_by_another_photographer_is_an_item():
    page = parse(
        "秋茶开采\n文/图　本报记者　柯南星\n"
        "9月3日，在白岭乡千亩茶园，采茶工人穿行在茶垄间，一片忙碌。\n"
        "9月2日，茶农在竹坪村晾晒新采的茶青。　阙子墨　摄\n"
    )
    feature, photo = page.articles
    assert names(feature) == [("柯南星", "reporter")]
    assert photo.body == "9月2日，茶农在竹坪村晾晒新采的茶青。"
    assert names(photo) == [("阙子墨", "photographer")]


def test_a_caption_under_a_titled_photos_credit_line_with_its_own_photographer_is_an_item():
    page = parse(
        "灯会迎新春\n"
        "2月9日，市民在江心公园观赏彩灯。\n"
        "记者　闵一舟　摄\n"
        "2月10日，孩子们在文化广场猜灯谜。\n"
        "通讯员　訾小禾　摄\n"
    )
    assert [names(a) for a in page.articles] == [
        [("闵一舟", "photographer")],
        [("訾小禾", "photographer")],
    ]


def test_captions_after_a_numbered_group_photo_are_items_of_their_own():
    page = parse(
        "童趣满园\n"
        "①　昨天，小朋友在科技馆体验机器人编程。\n"
        "②　讲解员为小朋友演示天文望远镜。\n"
        "本报记者　穆清远　摄\n\n"
        "3月11日，园林工人在东湖公园修剪樱花树。（通讯员　邝一鸣　摄）\n\n"
        "日前，北街社区举办跳蚤市场，居民们交换闲置物品。拍友　皮晓岚　摄\n"
    )
    group, first, second = page.articles
    assert "②" in group.body and names(group) == [("穆清远", "photographer")]
    assert names(first) == [("邝一鸣", "photographer")]
    assert names(second) == [("皮晓岚", "photographer")]


def test_a_numbered_group_caption_set_apart_after_a_feature_is_an_item():
    page = parse(
        "守山人\n本报记者　蒯明轩\n"
        "　　二十年来，护林员老蒙走遍了林区的每一条山路。\n"
        "　　今年，他又带出了三名年轻护林员。\n\n"
        "　　①游客在山顶观景台远眺云海。②志愿者在步道旁捡拾垃圾。\n"
        "　　本报记者　岳小满　摄\n"
    )
    feature, photo = page.articles
    assert names(feature) == [("蒯明轩", "reporter")]
    assert photo.body.startswith("①") and names(photo) == [("岳小满", "photographer")]


def test_a_photo_between_a_headline_and_its_text_is_the_articles():
    page = parse_page(
        (
            "西原日报\n2024年10月17日\n\n"
            "任务圆满完成。\n\n"
            "通讯员 聂青 曾凡\n"
            "金秋时节采摘忙\n"
            "丹阳猕猴桃俏销粤港澳\n"
            "丹阳市石门镇果农在采摘猕猴桃。\n"
            "本报记者 黄一鸣 摄\n"
            "　　10月15日，丹阳市18万亩猕猴\n"
            "桃进入采收旺季。在石门镇万亩\n"
            "猕猴桃基地，果农们穿梭在果园\n"
            "中采摘、分拣、装箱，一派繁忙\n"
            "景象。今年全市猕猴桃产量预计\n"
            "达到二十万吨，销往粤港澳。\n"
        ).encode(),
        PageMeta(source="p.txt"),
    )
    article = page.articles[-1]
    assert article.title.endswith("丹阳猕猴桃俏销粤港澳")  # (its kicker over it or not)
    assert [(c.name, c.role) for c in article.credits] == [
        ("聂青", "correspondent"),
        ("曾凡", "correspondent"),
        ("黄一鸣", "photographer"),
    ]
    assert article.body.startswith("10月15日") and "果农在采摘猕猴桃。" in article.body
    assert article.date.month == 10 and article.date.day == 15
