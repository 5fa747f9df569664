"""Headlines a page prints apart from their texts, as PDF text and narrow columns give
them: in one block over the texts, gathered at the page's end, or with the texts'
bylines over each text instead of a headline. Invented pages."""

from archive.parsing import PageMeta, parse_page


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


def test_a_block_of_headlines_over_untitled_items_is_dealt_to_them():
    # A PDF's text: the page's headlines in one block, wrapped ones over two lines and a
    # deck under its dash, then the items, each opening with its lead marker.
    page = parse(
        "东湖日报　2019年6月5日　星期三　第4版　城区\n\n"
        "南门菜场\n改造完工重新开业\n——新增摊位八十个\n"
        "暑期托管班\n报名开始\n"
        "西街公园夜间开放\n\n"
        "本报讯（记者 苗远航）6月3日，南门菜场改造完工重新开业，新增摊位八十个，"
        "顶棚和排水全部翻新。\n"
        "本报讯（通讯员 车雨晴）6月4日，区教育局发布通知，今年暑期托管班报名开始，"
        "全区二十所小学提供托管服务。\n"
        "本报讯 从本月起，西街公园夜间开放至22时，园内增设照明和座椅。（柏立新）\n"
    )
    assert [(a.title, a.subtitle) for a in page.articles] == [
        ("南门菜场改造完工重新开业", "新增摊位八十个"),
        ("暑期托管班报名开始", None),
        ("西街公园夜间开放", None),
    ]


def test_bylines_over_texts_with_their_headlines_at_the_end():
    # No headline over any text: each opens under its byline, and the page's headlines
    # follow at its end, one a line.
    page = parse(
        "本报记者　卜雨生\n"
        "1月19日一早，城西社区的暖心驿站里已经坐满了环卫工人和快递小哥，"
        "热水、热饭和充电插座一应俱全。\n\n"
        "本报记者　籍明月\n"
        "1月20日，市长途汽车站发送旅客一万六千人次，比去年同期增长一成，"
        "车站加开了夜班车。\n\n"
        "城西社区暖心驿站温暖环卫工人\n"
        "长途汽车站发送旅客一万六千人次\n"
    )
    assert [(a.title, [c.name for c in a.credits]) for a in page.articles] == [
        ("城西社区暖心驿站温暖环卫工人", ["卜雨生"]),
        ("长途汽车站发送旅客一万六千人次", ["籍明月"]),
    ]


def test_the_last_headline_at_the_end_heads_the_last_untitled_text():
    # A commentary's headline says little of its text in words; the others at the
    # page's end have found their texts, so it is the one left's.
    page = parse(
        "本报记者　卜雨生\n"
        "1月19日一早，城西社区的暖心驿站里已经坐满了环卫工人和快递小哥，"
        "热水、热饭和充电插座一应俱全。\n\n"
        "本报记者　籍明月\n"
        "1月20日，市长途汽车站发送旅客一万六千人次，比去年同期增长一成，"
        "车站加开了夜班车。\n\n"
        "□柯望舒\n"
        "老王退休后在自家屋后开了一片地，种菜养花，邻居们常来请教。"
        "他说，种地也有门道，急不得，也懒不得。\n\n"
        "城西社区暖心驿站温暖环卫工人\n\n"
        "长途汽车站发送旅客一万六千人次\n\n"
        "退休老人的小园子\n"
    )
    assert [a.title for a in page.articles] == [
        "城西社区暖心驿站温暖环卫工人",
        "长途汽车站发送旅客一万六千人次",
        "退休老人的小园子",
    ]
    assert "headline_low_confidence" in page.articles[2].review_reasons
    assert not [w for w in page.warnings if "belongs to no article" in w]


def test_a_subject_and_its_verb_over_the_rest_of_a_headline_is_one_title():
    # 县法院开展 wants its object: the line under it ends the title, no kicker over it.
    page = parse(
        "县法院开展\n“法治进校园”活动\n"
        "本报讯 5月8日，县法院法官走进城关二小，为六百余名学生上了一堂法治课。（温晓雨）\n"
    )
    (article,) = page.articles
    assert (article.kicker, article.title) == (None, "县法院开展“法治进校园”活动")


def test_a_kicker_over_a_documents_name_stays_its_kicker():
    page = parse(
        "省政府印发\n关于加快发展县域经济的意见\n"
        "本报讯 省政府日前印发意见，提出到2027年县域经济总量占全省比重明显提高。\n"
    )
    (article,) = page.articles
    assert (article.kicker, article.title) == ("省政府印发", "关于加快发展县域经济的意见")


def test_a_running_head_naming_the_pages_staff_is_furniture():
    page = parse(
        "平川县报\n2025年3月14日　星期五\n第2版　经济　责任编辑：韦晓　校对：庞悦\n\n"
        "县里新建冷链物流中心\n"
        "本报讯（记者 蓝天宇）3月12日，县冷链物流中心建成投用，可储存果蔬一万吨。\n"
    )
    (article,) = page.articles
    assert article.title == "县里新建冷链物流中心"
    assert [c.name for c in article.credits] == ["蓝天宇"]
    assert "责任编辑" not in article.body


NARROW_GATHERED = """从2019年第一届全县农民运
动会上的拔河比赛，到今年的
插秧接力和背篓投球，村民们
一年比一年玩得起劲，参赛的
村子也从十个增加到三十个。

本报讯 5月8日，县农业农村
局印发《高标准农田建设规划
（2025—2030年）》，提出新
建和改造农田二十万亩，改善
灌溉条件，提高粮食产量。

本报讯 5月9日，县文化馆在
东湖广场举办非遗展演，剪纸、
皮影、花灯等十余个项目同台
亮相，吸引市民驻足观看。

农民运动会越办越红火

《高标准农田建设规划（20
25—2030年）》印发

非遗展演走进东湖广场
"""


def test_the_first_of_headlines_gathered_at_a_narrow_pages_end_is_found_too():
    # The first headline of the block (one line alone) and a wrapped one (broken inside
    # a year, its halves alone between blank lines) are headlines like the last; the
    # first text's first line, digits and all, is no wider than its column.
    page = parse(NARROW_GATHERED)
    assert [(a.title, a.body[:4]) for a in page.articles] == [
        ("农民运动会越办越红火", "从201"),
        ("《高标准农田建设规划（2025—2030年）》印发", "本报讯 "),
        ("非遗展演走进东湖广场", "本报讯 "),
    ]
    assert not [w for w in page.warnings if "belongs to no article" in w]


def test_a_signed_features_numbered_section_heads_stay_in_it():
    # 一、 right under the headline and its byline, 二、 after it: the feature's sections,
    # not articles of their own.
    page = parse(
        "高山上的茶园（之二）\n本报记者　甘雨农\n\n"
        "一、一条茶路修到山顶\n云雾村的茶园在海拔九百米的山坡上，前年，运茶的机耕路修到了山顶。\n\n"
        "二、一批新茶走出大山\n路修好了，村里的新茶第一次卖到了省城。\n"
    )
    (feature,) = page.articles
    assert feature.title == "高山上的茶园（之二）"
    assert [c.name for c in feature.credits] == ["甘雨农"]
    assert feature.body.startswith("一、一条茶路修到山顶")
    assert "二、一批新茶走出大山" in feature.body


def test_a_numbered_section_after_a_features_first_paragraph_stays_in_it():
    page = parse(
        "一座老桥的新生\n本报记者　池远山\n在河湾村口，一座三孔石桥横跨清水河，已有两百年历史。\n\n"
        "一、修旧如旧，老桥重现\n前年起，县里启动老桥修缮，石料全部取自本地。\n\n"
        "二、桥头热闹，游客多了\n老桥修好了，桥头办起了集市。\n"
    )
    (feature,) = page.articles
    assert feature.title == "一座老桥的新生"
    assert "一、修旧如旧，老桥重现" in feature.body


def test_bylines_over_texts_under_a_pages_editors_note():
    # The page's 编者按 opens it: the first text still opens under its byline, and so
    # does each after it.
    page = parse(
        "编者按　年关将近，本报记者走进社区和车站，记录身边的暖心事。\n\n"
        "本报记者　卜雨生\n"
        "1月19日一早，城西社区的暖心驿站里已经坐满了环卫工人和快递小哥。\n\n"
        "本报记者　籍明月\n"
        "1月20日，市长途汽车站发送旅客一万六千人次，车站加开了夜班车。\n\n"
        "城西社区暖心驿站温暖环卫工人\n"
        "长途汽车站发送旅客一万六千人次\n"
    )
    assert [[c.name for c in a.credits] for a in page.articles][-2:] == [["卜雨生"], ["籍明月"]]


def test_three_one_line_headlines_over_three_texts_head_one_each():
    # Three headlines, a line each, over three items: read as one stack, the first two
    # would make one title over the first item and the third its deck.
    page = parse(
        "北岭日报　2022年9月6日　第3版　综合\n\n"
        "城北新建三座口袋公园\n"
        "秋季运动会开幕\n"
        "镇卫生院获评示范单位\n\n"
        "本报讯（记者 钟小岚）9月5日，城北新建的三座口袋公园向市民开放，园内种植乔木两百余株。\n"
        "本报讯（记者 钟小岚）9月5日，全县中小学秋季运动会开幕，两千余名学生参赛。\n"
        "本报讯 近日，东坪镇卫生院获评省级示范单位。\n"
    )
    assert [a.title for a in page.articles] == [
        "城北新建三座口袋公园",
        "秋季运动会开幕",
        "镇卫生院获评示范单位",
    ]


def test_a_kicker_and_a_deck_in_a_block_of_headlines_go_with_their_own():
    # The block: a kicker, its title and its deck, a line for the second text's
    # headline (a quoted phrase over it), and a place leading into the third's.
    page = parse(
        "北岭日报　2022年9月6日　第3版　区县\n\n"
        "撸起袖子加油干\n"
        "河口县签约重点项目21个\n"
        "——合同金额超过60亿元\n"
        "“稻渔共生”\n"
        "让水田多收一季鱼\n"
        "青坪：\n"
        "“乡村书屋”开进村委会\n\n"
        "本报讯（记者 钟小岚）9月5日，河口县举行重点项目签约仪式，21个重点项目现场签约。\n"
        "本报讯（记者 钟小岚）入秋以来，北岭镇的水田迎来收获，稻田里放养的鱼也上了市。\n"
        "本报讯（通讯员 田小禾）9月2日，青坪县第8家“乡村书屋”在村委会开放。\n"
    )
    assert [(a.kicker, a.title, a.subtitle) for a in page.articles] == [
        ("撸起袖子加油干", "河口县签约重点项目21个", "合同金额超过60亿元"),
        ("“稻渔共生”", "让水田多收一季鱼", None),
        ("青坪：", "“乡村书屋”开进村委会", None),
    ]


def test_headlines_at_the_end_of_a_dump_one_wrapped_head_their_texts():
    # Two texts, then their headlines, the second over two lines.
    page = parse(
        "北岭日报　2022年9月6日　第2版　经济\n\n"
        "本报讯（记者 钟小岚）9月5日，我县首条冷链物流专线开通运行。\n"
        "本报讯（记者 钟小岚）今年前8个月，全县规上工业产值达86.4亿元，同比增长12.3%。\n\n"
        "首条冷链物流专线开通\n"
        "前8个月规上工业产值\n"
        "同比增长12.3%\n"
    )
    assert [a.title for a in page.articles] == [
        "首条冷链物流专线开通",
        "前8个月规上工业产值同比增长12.3%",
    ]


def test_a_headline_wrapped_over_short_lines_in_a_narrow_column_opens_an_article():
    # After a finished item and a blank line, a headline over two short lines, then a
    # lead marker: a new article, not more of the item above.
    page = parse(
        "北岭晚报\n2022年9月6日　星期二\n\n"
        "城西菜场\n夜市开张\n晚报讯（记者\n钟小岚）昨\n晚，城西菜\n场夜市开张\n迎客。\n\n"
        "滨江绿道\n全线贯通\n晚报讯（记者\n钟小岚）9月\n5日，滨江绿\n道全线贯通\n开放。\n"
    )
    assert [a.title for a in page.articles] == ["城西菜场夜市开张", "滨江绿道全线贯通"]


def test_a_headline_over_four_lines_under_a_section_line_is_one_title():
    page = parse(
        "北岭晚报\n2022年9月6日　星期二\nB03　城事新闻\n\n"
        "秋游踏青\n新去处：\n城北湿地\n公园开园\n晚报讯（记者\n钟小岚）昨\n天，城北湿\n地公园正式\n开园迎客。\n"
    )
    assert [a.title for a in page.articles] == ["秋游踏青新去处：城北湿地公园开园"]


def test_a_headline_over_two_lines_after_a_one_line_text_heads_the_next_lead():
    page = parse(
        "北岭报 2022年9月6日 星期二 第2版\n"
        "我县举行教师节表彰大会\n"
        "本报讯（记者 钟小岚）9月5日，我县举行教师节表彰大会，表彰优秀教师一百二十名。\n"
        "“从教40年”纪念册\n"
        "发到退休教师手中\n"
        "本报讯 9月1日至4日，县教育局为全县312名退休教师送去纪念册。（通讯员 田小禾）\n"
    )
    assert [a.title for a in page.articles] == [
        "我县举行教师节表彰大会",
        "“从教40年”纪念册发到退休教师手中",
    ]


def test_a_wrapped_headline_after_a_credit_wrapped_in_its_column_opens_an_article():
    # The item above closes with its credit in brackets, wrapped over two lines.
    page = parse(
        "北岭晚报\n2022年9月6日　星期二\n\n"
        "城西菜场\n夜市开张\n晚报讯 昨晚，\n城西菜场夜\n市开张迎客。\n（实习生\n田小禾　记\n者 钟小岚）\n\n"
        "滨江绿道\n全线贯通\n晚报讯（记者\n钟小岚）9月\n5日，滨江绿\n道全线贯通\n开放。\n"
    )
    assert [a.title for a in page.articles] == ["城西菜场夜市开张", "滨江绿道全线贯通"]


def test_a_further_reading_box_under_an_article_is_part_of_it():
    page = parse(
        "北岭日报　2022年9月6日　第3版　民生\n\n"
        "一条“暖心专线”的开通\n"
        "本报记者　钟小岚\n"
        "9月5日，家住城南的老周拨通“暖心专线”，十分钟后社区医生就上门了。\n"
        "延伸阅读\n"
        "今年以来，我市已开通便民服务专线12条。\n\n"
        "城北新增充电桩800个\n"
        "本报讯（记者 钟小岚）9月5日，记者从市发改委获悉，城北今年新增充电桩800个。\n"
    )
    assert [a.title for a in page.articles] == ["一条“暖心专线”的开通", "城北新增充电桩800个"]
    assert "今年以来" in page.articles[0].body


def test_a_headline_ending_on_a_quoted_word_over_a_dated_lead_is_one_title():
    page = parse(
        "北岭日报　2022年9月6日　第3版　民生\n\n"
        "秋雨连绵\n"
        "菜农这样\n"
        "“保苗”\n"
        "9月5日，记者走访城郊多个蔬菜基地，菜农们正忙着开沟排水、加盖大棚。\n"
        "（记者 钟小岚）\n"
    )
    (article,) = page.articles
    assert article.title == "秋雨连绵菜农这样“保苗”"


def test_a_deck_without_its_dash_over_the_byline_stays_with_its_title():
    page = parse(
        "北岭科技报\n2022年9月6日　星期二　　第3版\n\n"
        "新型极地科考船完成首次冰区航行\n"
        "在北冰洋海域连续作业48小时，获取冰芯样品10余份\n\n"
        "　　本报记者　钟小岚\n\n"
        "　　9月5日，“雪鹰三号”极地科考船返回青岛，标志着首次冰区航行顺利完成。\n"
        "　　航行期间，科考船先后穿越3片浮冰区。\n"
    )
    (article,) = page.articles
    assert (article.title, article.subtitle) == (
        "新型极地科考船完成首次冰区航行",
        "在北冰洋海域连续作业48小时，获取冰芯样品10余份",
    )
    assert [c.name for c in article.credits] == ["钟小岚"]


def test_a_dated_lead_wrapped_under_a_title_is_no_deck():
    page = parse(
        "北岭报 2022年9月6日 星期二 第2版 综合\n"
        "县文化馆开展“非遗周”活动\n"
        "9月1日至5日，县文化馆开展“非遗周”系列活动，举\n"
        "办展览2场、手工体验课6场，吸引市民3000余人次。（田小禾）\n"
    )
    (article,) = page.articles
    assert article.subtitle is None
    assert article.body.startswith("9月1日至5日，县文化馆")


def test_two_headlines_on_one_line_a_wide_gap_between_head_two_articles():
    page = parse_page(
        (
            "鹿鸣区报\n2024年5月16日\n\n"
            "区税务局开展“春风”办税辅导          城东派出所破获一起电诈案\n"
            "本报讯 5月14日，区税务局组织业务骨干走进工业园，为中小企业讲解税费优惠政策。\n"
            "（通讯员 邝明）\n\n"
            "本报讯 近日，城东派出所成功破获一起冒充电商客服实施诈骗的案件，抓获嫌疑人3名。\n"
            "（通讯员 聂文涛）\n"
        ).encode(),
        PageMeta(source="p.txt"),
    )
    assert [a.title for a in page.articles] == [
        "区税务局开展“春风”办税辅导",
        "城东派出所破获一起电诈案",
    ]
    # a headline of two short phrases set apart is one headline (守正创新    欢乐过年)
    page = parse_page(
        "守正创新    欢乐过年\n本报讯 1月20日，城东社区举办迎新春文艺演出。\n".encode(),
        PageMeta(source="p.txt"),
    )
    assert page.articles[0].title.replace(" ", "") == "守正创新欢乐过年"
