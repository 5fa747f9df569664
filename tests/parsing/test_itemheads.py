"""Headlines standing right under the text of the item before them (itemheads.py): under
its last sentence, or under the credit that closes it, with no byline between.
Invented pages."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.itemheads import a_headline_under_finished_text
from archive.parsing.layout import PageShape, split_lines


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


def heads(page):
    return [(a.column, a.title) for a in page.articles]


def names(article):
    return [c.name for c in article.credits]


def test_a_headline_under_the_last_sentence_heads_a_dated_lead_that_restates_it():
    # The lead opens with its day and says 社区 and 义诊 again: a new item, whose
    # byline is its own.
    page = parse(
        "南岭晚报 2024年5月9日 星期四\n\n"
        "生活小常识\n"
        "春季晾晒被褥有讲究\n"
        "晾晒被褥宜选上午十时至下午\n"
        "三时，时间不宜过长。羽绒被\n"
        "不要拍打，以免羽绒断裂，轻\n\n"
        "轻抖动即可。晒后要及时收起。\n\n"
        "名医进社区 义诊暖人心\n"
        "5月8日，市人民医院十二个科\n"
        "室的专家来到龙湾社区开展义\n"
        "诊，为三百余名居民免费检查。\n"
        "通讯员 宁若溪\n"
    )
    assert [a.title for a in page.articles] == ["春季晾晒被褥有讲究", "名医进社区 义诊暖人心"]
    assert [names(a) for a in page.articles] == [[], ["宁若溪"]]
    assert page.articles[1].body.startswith("5月8日，市人民医院")


def labelled(rows):
    """The rule's labels for (line, the model's label) rows; ("", None) is a blank line."""
    lines = split_lines("\n".join(text for text, _ in rows))
    content = [ln for ln in lines if not ln.blank]
    labels = [label for text, label in rows if text]
    return a_headline_under_finished_text(content, labels, PageShape.of(lines))


FINISHED = [
    ("城北新建口袋公园三处", "title-b"),
    ("本报讯（记者 葛云舒）5月7日，城北街道三处口袋公园完工开放，新增绿地四千平方米。", "open"),
    ("", None),
]


def test_a_section_heading_over_its_articles_story_stays_a_heading():
    # Under finished text, the paragraph under a heading opens with a day but says
    # nothing of the heading, or says it again but opens as no news does: the article
    # goes on.
    for text in (
        "5月初，街道把拆违腾出的空地列成清单，逐块设计方案。",
        "这些见缝插绿的公园，面积最小的只有三百平方米。",
    ):
        rows = [*FINISHED, ("见缝插绿", "subhead"), (text, "para")]
        assert labelled(rows)[-2:] == ["subhead", "para"]


def test_phrases_set_one_under_another_under_a_byline_head_a_section():
    # 第二站 / 湖畔书屋: two phrases, neither wrapping into the other, are a section's
    # heading (each section of a long report signed by its writer), not a headline.
    rows = [
        *FINISHED[:2],
        ("记者 葛云舒", "byline"),
        ("第二站", "para"),
        ("湖畔书屋", "subhead"),
        ("5月8日上午，湖畔书屋里坐满了前来借书的居民。", "para"),
    ]
    assert labelled(rows)[-3:] == ["para", "subhead", "para"]


def test_a_name_alone_between_two_texts_may_sign_either():
    # 葛云舒 alone may sign the text under it: its first line is no headline.
    rows = [
        *FINISHED[:2],
        ("葛云舒", "byline"),
        ("城北街道三处口袋公园的", "open"),
        ("建设经验，将在全区推广。", "body"),
    ]
    assert labelled(rows)[-2:] == ["open", "body"]


def test_a_boxs_label_under_finished_text_heads_the_box():
    page = parse(
        "南岭晚报 2024年5月9日 星期四\n\n"
        "医保电子凭证可在药店使用\n"
        "本报讯（记者 葛云舒）5月7日起，\n"
        "全市定点药店均可使用医保电子\n"
        "凭证结算，无需再带实体卡。\n\n"
        "温馨提示\n"
        "首次使用需在手机上完成实名认\n"
        "证并开通电子凭证。\n"
    )
    assert heads(page) == [(None, "医保电子凭证可在药店使用"), (None, "温馨提示")]
    assert names(page.articles[0]) == ["葛云舒"]


def test_a_boxs_label_over_a_headline_is_the_boxs_column():
    page = parse(
        "南岭晚报 2024年5月9日 星期四\n\n"
        "医保电子凭证可在药店使用\n"
        "本报讯（记者 葛云舒）5月7日起，全市定点药店均可使用医保电子凭证结算。\n\n"
        "相关链接\n"
        "定点药店名单\n"
        "目前，全市共有医保定点药店四百一十二家，名单可在市医保局网站查询。\n"
    )
    assert heads(page) == [(None, "医保电子凭证可在药店使用"), ("相关链接", "定点药店名单")]


def test_a_boxs_label_read_as_text_over_its_headline_is_the_boxs_column():
    rows = [
        *FINISHED,
        ("相关链接", "para"),
        ("定点药店名单", "subhead"),
        ("目前，全市共有医保定点药店四百一十二家，名单可在市医保局网站查询。", "para"),
    ]
    assert labelled(rows)[-3:] == ["column", "title-b", "open"]


def test_a_headline_under_a_closing_byline_is_no_lead():
    page = parse(
        "南岭晚报 2024年5月9日 星期四\n\n"
        "南湖大桥完成荷载试验\n"
        "5月6日，记者从市交通局获\n"
        "悉，南湖大桥荷载试验已全部\n"
        "完成，各项指标符合设计要求。\n"
        "记者 葛云舒\n\n"
        "旧城夜市每周五开到零点\n"
        "即日起，旧城夜市每周五营业\n"
        "至零点，新增摊位六十个。\n"
    )
    assert heads(page) == [(None, "南湖大桥完成荷载试验"), (None, "旧城夜市每周五开到零点")]
    assert page.articles[1].body.startswith("即日起")
    assert not page.articles[1].title_is_derived


def test_a_headline_under_a_credit_closing_the_last_sentence_heads_the_next_item():
    # The credit in brackets ends the item above; the next item's lead neither restates
    # its headline nor opens with its day.
    page = parse(
        "南岭晚报 2024年5月9日 星期四\n\n"
        "简讯\n"
        "东岗：山地自行车赛开赛\n"
        "5月5日，东岗镇首届山地自行车\n"
        "赛开赛，两百余名选手参赛。\n"
        "（通讯员 柏青禾）\n\n"
        "西岭：茶园用上滴灌\n"
        "5月6日，西岭乡八百亩茶园\n"
        "装上滴灌设备，每亩节水三成。\n"
        "（通讯员 宁若溪）\n\n"
        "南坪：老街铺上青石板\n"
        "南坪镇投资六十万元整修老\n"
        "街，路面全部换成青石板。\n"
        "（通讯员 柏青禾）\n"
    )
    assert [a.title for a in page.articles] == [
        "东岗：山地自行车赛开赛",
        "西岭：茶园用上滴灌",
        "南坪：老街铺上青石板",
    ]
    assert [names(a) for a in page.articles] == [["柏青禾"], ["宁若溪"], ["柏青禾"]]


def test_a_headline_wrapped_over_two_lines_under_finished_text():
    # 县农机站添置“北斗 / 导航”播种机: the quote left open runs the headline on, and
    # the lead under it opens with 今年以来，.
    page = parse(
        "南岭县报 2024年5月9日 星期四\n\n"
        "春 播 进 度 过 半\n"
        "本报讯 （记者 葛云舒）截至5月\n"
        "7日 ，全县春播面积达到 12万\n"
        "亩，进度过半。农机手们抢抓\n"
        "晴好天气 ，日夜在田间作业。\n\n"
        "县农机站添置“北斗\n"
        "导航”播种机\n"
        "今年以来 ，县农机站新购\n"
        "播种机 40 台，均装有北斗\n"
        "导航，播种行距误差不到\n"
        "两厘米。\n"
        "（通讯员 宁若溪）\n"
    )
    assert [a.title for a in page.articles] == ["春播进度过半", "县农机站添置“北斗导航”播种机"]
    assert [names(a) for a in page.articles] == [["葛云舒"], ["宁若溪"]]


def test_a_headline_under_a_credit_cut_over_two_lines():
    # （记者 / 韦晓岚）: the column wraps inside the closing credit's brackets; the
    # line under it, a full column wide over a dated lead, is the next brief's headline.
    page = parse(
        "南岭日报 2024年5月9日 星期四\n\n"
        "城南菜市场完成改造\n"
        "　　近日，城南菜市场改造完工，新\n"
        "增摊位八十个，周末恢复营业。（记者\n"
        " 韦晓岚）\n"
        "全市启动“五一”假期道路安全大检查\n"
        "　　5月8日起，市交警支队派出9\n"
        "个检查组，对各县区道路安全工作进\n"
        "行督导检查。（记者 柏青禾）\n"
    )
    assert [a.title for a in page.articles] == [
        "城南菜市场完成改造",
        "全市启动“五一”假期道路安全大检查",
    ]
    assert [names(a) for a in page.articles] == [["韦晓岚"], ["柏青禾"]]


def test_a_headline_stacked_short_of_its_column_under_finished_text():
    # 南岭：“菜篮”助力 / 菜农拓宽销路, read as text: a headline in larger type wraps
    # short of the text's column; the dated lead under it names 南岭 and 菜篮 again.
    rows = [
        *FINISHED,
        ("南岭：“菜篮”助力", "para"),
        ("菜农拓宽销路", "body"),
        ("5月6日，南岭县农业农村局上线“菜篮”助农平台，帮助菜农把蔬菜卖进社区。", "para"),
    ]
    assert labelled(rows)[-3:] == ["title-b", "title-i", "open"]


def test_phrases_set_one_under_another_under_a_sentence_head_a_section():
    # 第二站 / 湖畔书屋 under finished text: the dated paragraph takes up only the last
    # phrase, as a section does its heading's topic; the article goes on.
    rows = [
        *FINISHED,
        ("第二站", "para"),
        ("湖畔书屋", "subhead"),
        ("5月8日上午，湖畔书屋里坐满了前来借书的居民。", "para"),
    ]
    assert labelled(rows)[-3:] == ["para", "subhead", "para"]


def test_a_columns_label_between_a_closing_credit_and_a_headline():
    # 【简讯】 under a credit closing the item above, over a headline the text under it
    # says again: the label is the column of the brief it heads, not a subhead.
    rows = [
        *FINISHED[:1],
        ("本报讯 5月7日，城北街道三处口袋公园完工开放。（通讯员 韦晓岚）", "open"),
        ("", None),
        ("【简讯】", "subhead"),
        ("市少年宫新馆开放", "para"),
        ("市少年宫新馆日前对外开放，新馆设有十二间活动室。", "body"),
    ]
    assert labelled(rows)[-3:] == ["column", "title-b", "open"]


def test_a_lead_opening_with_a_period_or_a_day_in_words_opens_as_news():
    # 今年一季度，, 十二月五日，, 寒假以来，: a news lead's when, as much as 11月16日，;
    # 记者从…获悉，: where the reporter learnt it.
    for lead in (
        "今年一季度，城西水厂出厂水质合格率保持百分之百，管网水质同步提升。",
        "十二月五日，城西水厂的新沉淀池投入使用，出厂水质进一步提升。",
        "寒假以来，城西水厂迎来参观水质检测的学生，每天有两百余人。",
        "记者从市水务局获悉，城西水厂今年出厂水质合格率保持百分之百。",
    ):
        rows = [*FINISHED, ("城西水厂", "para"), ("水质持续提升", "subhead"), (lead, "para")]
        assert labelled(rows)[-3:] == ["title-b", "title-i", "open"], lead


def test_a_lead_opening_as_news_through_ocr_spaces_opens_as_news():
    # 日 前 ， as OCR spaces it is 日前，.
    rows = [
        *FINISHED,
        ("城西水厂水质持续提升", "para"),
        ("日 前 ， 城西水厂出厂水质合格率连续三年保持百分之百 。", "para"),
    ]
    assert labelled(rows)[-2:] == ["title-b", "open"]


def test_a_marked_head_a_narrow_column_wraps_like_text_is_a_head_like_the_pages_others():
    # Two marked headlines the model reads; a third, under a brief with no credit,
    # is as long as a line of the column and reads as text the brief runs on into.
    page = parse(
        "青禾晚报 2025.04.02 周三 A08 城区简讯\n"
        "■城西菜市场完成改造\n"
        "本报讯 经过三个月的改造，城西菜\n"
        "市场日前重新开业，增设了农残检\n"
        "测室和公共卫生间。（记者 袁青）\n"
        "■东湖公园举行义务植树\n"
        "本报讯 4月1日，东湖公园举行义务\n"
        "植树活动，六百余名市民共植下香\n"
        "樟、桂花等苗木三千余株。\n"
        "■一批“口袋公园”将动工\n"
        "今年，青禾市计划在老城区见缝插\n"
        "绿，新建“口袋公园”十二个。\n"
    )
    assert [a.title for a in page.articles] == [
        "城西菜市场完成改造",
        "东湖公园举行义务植树",
        "一批“口袋公园”将动工",
    ]


def test_two_phrases_a_space_apart_under_a_column_name_head_its_item():
    # Narrow columns: the headline is as wide as the column and the model reads it as
    # its text's first line; a lead with its byline under a column name stays text.
    page = parse(
        "青禾健康报 2023年8月15日 第4版\n\n"
        "健康提醒\n"
        "“三伏天”来袭 防暑也要防湿\n"
        "入伏以后，气温和湿度都在升高\n"
        "，专家提醒，这一时期既要注意防\n"
        "暑降温，也要防止湿气伤身，老人\n"
        "和儿童要少吃冷饮。（据省疾控中心）\n\n"
        "要闻\n"
        "本报讯（记者 韩立 通讯员 魏青\n"
        "）8月14日，全省基层医疗机构\n"
        "开展夏季健康义诊活动，服务群众\n"
        "两万余人次。\n"
    )
    assert [(a.column, a.title) for a in page.articles][0] == (
        "健康提醒",
        "“三伏天”来袭 防暑也要防湿",
    )
    assert page.articles[0].body.startswith("入伏以后")
    assert [c.name for c in page.articles[1].credits] == ["韩立", "魏青"]


def test_the_paired_headline_rule_reads_the_models_labels_under_a_column_name():
    from archive.parsing.itemheads import a_paired_headline_under_a_column_name

    rows = [
        ("健康提醒", "column"),
        ("“三伏天”来袭 防暑也要防湿", "open"),
        ("入伏以后，气温和湿度都在升高", "body"),
        ("", None),
        ("要闻", "column"),
        ("本报讯（记者 韩立 通讯员 魏青", "open"),
        ("）8月14日，全省基层医疗机构", "body"),
    ]
    lines = split_lines("\n".join(text for text, _ in rows))
    content = [ln for ln in lines if not ln.blank]
    labels = [label for text, label in rows if text]
    assert a_paired_headline_under_a_column_name(content, labels, PageShape.of(lines)) == [
        "column",
        "title-b",
        "open",
        "column",
        "open",
        "body",
    ]
