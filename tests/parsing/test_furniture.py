"""Page furniture: what a paper prints around its articles (its masthead, an e-paper's
controls, rule lines, column rubrics) is never an article's title or text.

Every page here is invented; each case is a general form, not one paper's page.
"""

import datetime as dt

import pytest

from archive.parsing import PageMeta, parse_page
from archive.parsing.mastheads import _name_and_issue


def parse(text, **meta):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt", **meta))


def credits(article):
    return [(c.name, c.role) for c in article.credits]


LEAD = "本报讯（记者 梅子涵）3月2日，南坪镇召开春季植树动员会，部署全年绿化任务。"


def test_a_masthead_with_an_edition_mark_is_no_headline():
    head, lead = (
        "“订单式”育苗占比超八成",
        (
            "本报讯（通讯员 柯一鸣　记者 梅子涵）3月2日，记者从南坪镇林业站获悉，"
            "今年以来该镇“订单式”育苗面积占比达到81.5%。"
        ),
    )
    page = parse(
        f"中国林业导报（地方版）\n2022年3月4日　星期五　第3版　林业服务\n\n{head}\n{lead}\n"
    )
    (article,) = page.articles
    assert article.title == head
    assert credits(article) == [("柯一鸣", "correspondent"), ("梅子涵", "reporter")]
    # One long running head: the paper, its edition, date, page, section and editor.
    page = parse(
        "中国林业导报（地方版）　2022年3月4日　星期五　第3版　林业服务　责任编辑　柯一鸣"
        f"\n\n{head}\n{lead}\n"
    )
    (article,) = page.articles
    assert article.title == head


def test_a_registration_and_organ_line_is_the_masthead_and_gives_the_issue_date():
    head = (
        "松林县报\nSONGLIN XIANBAO\n"
        "中共松林县委机关报　　国内统一连续出版物号 CN 99-0099　　邮发代号 99-99　　"
        "2022年3月4日　星期五　农历壬寅年二月初二　第1版　今日4版\n\n"
    )
    page = parse(head + f"南坪镇部署春季植树\n{LEAD}\n")
    (article,) = page.articles
    assert article.title == "南坪镇部署春季植树"
    assert credits(article) == [("梅子涵", "reporter")]
    assert page.date == dt.date(2022, 3, 4)
    # Under a two-line head the masthead's day is still the issue's, not the lead's.
    page = parse(head + f"南坪镇部署春季植树\n再造绿水青山\n{LEAD}\n")
    assert page.date == dt.date(2022, 3, 4)
    assert len(page.articles) == 1


def test_a_short_headline_under_a_masthead_stays_a_headline():
    page = parse(f"中共松林县委机关报　2022年3月4日　第1版\n春风绿南坪\n{LEAD}\n")
    (article,) = page.articles
    assert article.title == "春风绿南坪"


def test_an_e_papers_counters_and_share_controls_under_an_items_fields_are_no_headline():
    fields = "2024-04-09 08:15　来源：湖滨晚报　作者：记者 俞清和"
    lead = "晚报讯 4月8日下午，湖滨公园西门的立体停车库投入使用，新增车位260个。"
    for furniture in (
        "阅读　3.6万",
        "浏览次数：1288",
        "字号：大 中 小　　分享到：微信 微博 QQ空间",
        "【字体：大 中 小】【打印】【关闭】",
        "上一篇：湖滨街道举办邻里节",
        "阅读 1.6万  |  在看 213  |  分享到 ▸",  # an app's counters and its button's arrow
        "往期回顾 | 版面导航 | 标题导航",
    ):
        page = parse(f"湖滨公园立体停车库启用\n{fields}\n{furniture}\n{lead}\n")
        (article,) = page.articles
        assert article.title == "湖滨公园立体停车库启用", furniture
        assert credits(article) == [("俞清和", "reporter")]
        assert furniture not in article.body


def test_a_rule_line_parts_two_articles_and_is_no_text():
    for rule in ("~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~", "————————", "＊＊＊＊＊＊"):
        page = parse(
            "柳溪报　1986年4月2日　第208期\n\n"
            "柳 溪 乡 抢 修 水 渠\n"
            "    本报讯 3月30日，柳溪乡组织民工二百多人抢修东干渠，确保春灌用水。\n"
            f"{rule}\n"
            "县 医 院 派 员 下 乡 巡 诊\n"
            "    本报讯 3月31日，县医院组织医生到边远山村巡回诊疗。\n"
            "    (通讯员 卢 新 民)\n"
        )
        first, second = page.articles
        assert credits(first) == [], rule
        assert credits(second) == [("卢新民", "correspondent")]
        assert rule not in first.body and second.title == "县医院派员下乡巡诊"


def test_a_bracketed_label_over_a_headline_and_a_lead_is_that_articles_column():
    page = parse(
        "青湾区报　2023年5月9日　星期二　第3版　社区\n\n"
        "湖滨社区举办邻里节\n"
        "本报讯（记者 甘露萍）5月6日，湖滨社区举办第三届邻里节，居民自带菜肴同桌共餐。\n\n"
        "【社区动态】\n"
        "南苑小区新添充电桩\n"
        "本报讯　日前，南苑小区新建的40个电动车充电桩投入使用，解决了居民充电难题。（通讯员 邝晓岚）\n"
    )
    first, second = page.articles
    assert credits(first) == [("甘露萍", "reporter")]
    assert "社区动态" not in first.body
    assert (second.title, second.column) == ("南苑小区新添充电桩", "社区动态")
    assert credits(second) == [("邝晓岚", "correspondent")]
    # Over text, a bracketed label is the piece's own subhead.
    (article,) = parse(
        "邻里纠纷巧化解\n本报讯（记者 甘露萍）5月6日，湖滨社区调解了一起邻里纠纷。\n"
        "【调解经过】\n调解员先后三次上门，听取双方意见，最终促成和解。\n"
    ).articles
    assert "调解经过" in article.body


def test_a_bracketed_label_over_a_two_line_headline_is_its_column_not_its_title():
    page = "湖滨区报　2023年5月9日　第2版\n\n【街巷新貌】\n南苑老街区\n八条小巷完成改造\n{}（记者 甘露萍）\n"
    lead = "5月8日，记者从区住建局获悉，\n南苑老街区八条小巷改造完成。\n"
    longer = "5月8日，记者从区住建局获悉，\n南苑老街区内八条小巷的改造工程\n已全部完成，路面和管线焕然一新。\n"
    for text in (lead, longer):
        (article,) = parse(page.format(text)).articles
        assert (article.title, article.column) == ("南苑老街区八条小巷完成改造", "街巷新貌")
        assert article.body.startswith("5月8日")
        assert credits(article) == [("甘露萍", "reporter")]


def test_a_weather_boxs_forecast_lines_are_its_text_not_a_subtitle():
    page = parse(
        "柳溪县报　2024年11月5日　星期二　第1版\n\n"
        "柳溪县启动冬季送温暖活动\n"
        "本报讯（通讯员 庞思齐）11月3日，县民政局启动冬季送温暖活动，为困难群众送去棉被800床。\n\n"
        "天气预报\n"
        "今天：多云，6℃～13℃\n"
        "明天：小雨转多云，5℃～12℃\n"
    )
    weather = page.articles[-1]
    assert weather.title == "天气预报"
    assert weather.subtitle is None
    assert weather.body.startswith("今天：多云")


def test_a_line_that_only_says_when_over_a_headline_is_its_kicker():
    page = parse(
        "柳溪报　1986年4月2日　第208期\n\n"
        "柳 溪 乡 抢 修 水 渠\n"
        "    本报讯 3月30日，柳溪乡组织民工二百多人抢修东干渠，确保春灌用水。\n"
        "植树节前夕\n"
        "县机关干部义务植树\n"
        "    本报讯 3月10日，县直机关四百多名干部到城郊荒山义务植树一万余株。\n"
        "    (记者 谷 永 胜)\n"
    )
    first, second = page.articles
    assert (second.kicker, second.title) == ("植树节前夕", "县机关干部义务植树")
    assert credits(second) == [("谷永胜", "reporter")]


def test_a_related_links_box_in_print_is_no_web_control():
    # Its label and its text are kept: a box set beside an article is an item of its
    # own, headed by its label (itemheads.py; a 延伸阅读 box stays in its article).
    page = parse(
        "古镇游客倍增\n本报讯（记者 俞清和）4月8日，记者从白沙古镇获悉，一季度接待游客同比增长一倍。\n\n"
        "相关链接\n\n白沙古镇始建于清代，现存古建筑八十余栋。\n"
    )
    assert [(a.title, a.body) for a in page.articles][1:] == [
        ("相关链接", "白沙古镇始建于清代，现存古建筑八十余栋。")
    ]


def test_a_running_head_naming_its_staff_past_forty_characters_is_the_pages_head():
    text = (
        "东港晚报　2022年11月18日　星期五　A05　城事　责编　纪明川　美编　许小曼\n\n"
        "老城区新增公共停车位\n本报讯（记者 杭越）昨天，记者从市城管局获悉，老城区新增公共停车位800个。\n"
    )
    page = parse(text)
    (article,) = page.articles
    assert str(page.date) == "2022-11-18" and str(article.date) == "2022-11-17"
    assert article.title == "老城区新增公共停车位" and credits(article) == [("杭越", "reporter")]


def test_a_sites_name_and_breadcrumb_over_an_item_are_furniture():
    for crumb in (
        "当前位置：首页 > 本地新闻 > 社会民生",
        "首页 / 新闻 / 乡镇",
        "闽都新闻网 > 新闻中心 > 本地",
    ):
        text = (
            f"闽都新闻网\n{crumb}\n\n老街改造后首个周末迎客三万人次\n"
            "2025-12-02 09:15:32　来源：闽都日报　作者：甄一\n"
            "11月30日，修缮一新的老街迎来改造后的首个周末，游客络绎不绝。\n"
        )
        page = parse(text)
        (article,) = page.articles
        assert article.title == "老街改造后首个周末迎客三万人次"
        assert {"闽都新闻网", crumb} <= {lo.text for lo in page.leftovers}


@pytest.mark.parametrize("between", ["■", "· · · · · · · · · · · ·", "锦江晚报　　社会新闻　　6"])
def test_a_lone_mark_or_a_running_head_between_two_articles_parts_them(between):
    text = (
        "锦 江 晚 报　　2001年3月21日　　第6版\n七旬老汉义务护林二十年\n"
        "晚报讯（记者 严一）3月20日，记者在山脚下见到了七十一岁的护林员何大爷。\n"
        f"{between}\n出租车司机拾金不昧\n归还乘客三万元现金\n"
        "晚报讯 昨日下午，出租车司机黄某在车上拾到一个黑色提包。（实习生 于一）\n"
    )
    page = parse(text)
    forest, taxi = page.articles
    assert forest.title == "七旬老汉义务护林二十年" and credits(forest) == [("严一", "reporter")]
    assert credits(taxi) == [("于一", "reporter")] and between not in taxi.body


def test_a_section_name_with_a_dot_and_a_note_on_the_page_are_its_head():
    page = parse(
        "青川日报　2019年5月6日　星期一　第6版　建市三十周年·老街记忆　编辑：郝一舟\n\n"
        "本版刊登的是读者寄来的老照片，以记录城市变迁。\n\n"
        f"春季植树动员会召开\n{LEAD}\n"
    )
    (article,) = page.articles
    assert article.title == "春季植树动员会召开"
    assert page.date == dt.date(2019, 5, 6) and page.page_label == "第6版"


def test_an_internal_papers_head_with_its_publisher_gives_the_date():
    page = parse(
        "枫林中学报\n第27期（总第311期）　　2021年3月5日　　枫林中学团委主办　　内部资料　免费交流\n\n"
        f"春季植树动员会召开\n{LEAD}\n"
    )
    (article,) = page.articles
    assert page.date == dt.date(2021, 3, 5) and article.date == dt.date(2021, 3, 2)


def test_the_papers_name_beside_its_issue_is_no_kicker():
    page = parse(f"南溪学院报　第六百二十一期\n2017年9月15日\n春季植树动员会召开\n{LEAD}\n")
    (article,) = page.articles
    assert (article.kicker, article.title) == (None, "春季植树动员会召开")
    assert page.date == dt.date(2017, 9, 15)
    # the name alone is read with the lines under it, by the page head's own rules
    assert _name_and_issue("南溪学院报 第六百二十一期", first=True)
    assert not _name_and_issue("南溪学院报", first=True)


def test_the_papers_name_in_two_scripts_and_a_label_over_briefs_are_no_article():
    page = parse(
        "南溪区报    NANXI DISTRICT NEWS\n2023年11月8日  星期三\n第2版  编辑 柯一鸣\n\n"
        "【区内简讯】\n\n"
        "●南溪区启动冬季森林防火行动  11月6日，区里召开冬季森林防火部署会。（记者 梅子涵）\n\n"
        "●枫林街道开展消防演练  近日，枫林街道开展消防演练。（通讯员 宁若溪）\n"
    )
    assert [a.title for a in page.articles] == [
        "南溪区启动冬季森林防火行动",
        "枫林街道开展消防演练",
    ]
    assert page.articles[0].column == "区内简讯" and not page.warnings


def test_a_newsletters_head_over_several_lines_is_no_article():
    # a township's newsletter: its name, its notices bracketed, its two publishers spaced
    # as set, and the issue's number beside its date, each on a line of its own
    page = parse(
        "石桥乡讯\n（内部资料　免费交流）\n中共石桥乡委员会　石桥乡人民政府　主办\n"
        "2023年第2期（总第57期）　2023年2月28日\n\n"
        f"春季植树动员会召开\n{LEAD}\n"
    )
    (article,) = page.articles
    assert article.title == "春季植树动员会召开" and article.body == LEAD
    assert page.date == dt.date(2023, 2, 28)
    left = [lo.text for lo in page.leftovers]
    assert "石桥乡讯" in left and any(text.startswith("（内部资料") for text in left)
    assert not page.warnings


def test_a_web_pages_footer_and_its_recommended_links_are_no_article():
    page = parse(
        "春季植树动员会召开\n来源：南坪发布　　编辑：柳絮\n2022-03-03 09:12　　阅读 2.3万\n\n"
        f"{LEAD}\n\n点赞 51　　在看 9\n推荐阅读\n南坪镇启动油菜花节筹备\n全镇春耕备耕有序推进\n\n"
        "【责任编辑：柳絮】　　【打印本页】　　【关闭窗口】\n"
        "版权所有：南坪融媒体中心　　黔ICP备10000000号\n"
    )
    (article,) = page.articles
    assert article.body == LEAD
    assert page.date == dt.date(2022, 3, 3)


def test_a_web_letters_day_dates_its_yesterday_and_the_replies_date_the_page():
    page = parse(
        "菱湖网 > 网络问政 > 留言选登\n\n公交站台何时加装雨棚\n"
        "留言时间：2021-09-14　回复时间：2021-09-20\n"
        "【留言】昨天下雨，东门公交站台没有雨棚，候车的人都淋湿了。\n"
        "【回复】菱湖区交通局：已列入今年改造计划。\n"
    )
    (article,) = page.articles
    assert article.date == dt.date(2021, 9, 13)
    assert page.date == dt.date(2021, 9, 20)


def test_a_notices_salutation_does_not_hide_its_leads_date():
    page = parse(
        "枫林中学报\n2021年3月5日　星期五\n\n关于开展春季运动会报名的通知\n各班级：\n"
        "　　学校定于3月19日举行春季运动会，请各班于3月12日前报名。\n"
        "　　特此通知。\n"
    )
    (article,) = page.articles
    assert article.date == dt.date(2021, 3, 19)


def test_a_weekday_on_its_own_line_under_the_date_is_no_column():
    page = parse(
        f"青川电力报\n2019年5月6日\n星期一\n第2版　基层\n\n南坪镇召开\n春季植树动员会\n{LEAD}\n\n"
        "北山村修通\n进村公路\n本报讯 3月1日，北山村进村公路修通。\n"
    )
    assert [a.column for a in page.articles] == [None, None]
    assert page.date == dt.date(2019, 5, 6)
    # lower in the page's head, under its name in Latin letters, and the section's name
    page = parse(
        f"青川区报\nQINGCHUAN QUBAO\n2019年5月6日\n星期一\n第2版\n民生·社会\n\n"
        f"南坪镇召开春季植树动员会\n{LEAD}\n"
    )
    assert [(a.title, a.column) for a in page.articles] == [("南坪镇召开春季植树动员会", None)]


def test_an_outlets_name_over_a_headline_and_its_fields_leaves_the_headline_its_title():
    lead = "3月2日，南坪镇召开春季植树动员会，部署全年绿化任务。"
    page = parse(
        "南坪发布\n春季植树动员会召开\n"
        "来源：南坪发布　　作者：记者　梅子涵　通讯员　岑川　　编辑：柳絮　　审核：鲍平\n"
        f"2022-03-03 09:12　　阅读 2.3万\n\n　　{lead}\n　　今年全镇计划植树5万株。\n"
    )
    (article,) = page.articles
    assert article.title == "春季植树动员会召开" and article.body.startswith(lead)
    assert page.date == dt.date(2022, 3, 3)


def test_a_papers_name_page_and_section_on_its_first_line_is_no_kicker():
    page = parse(
        "晴川晚报 B07 文体\n2023年3月8日 星期三\n\n"
        "晴川市民健身季启动\n本报讯（记者 梅子涵）3月7日，晴川市民健身季在体育中心启动。\n"
    )
    (article,) = page.articles
    assert article.title == "晴川市民健身季启动" and article.kicker is None


def test_a_colophon_closing_the_page_however_long_is_no_article():
    page = parse(
        f"晴川市民健身季启动\n{LEAD}\n\n"
        "本报地址：晴川市解放路12号  邮编：430000  广告热线：027-88886666  零售价：1.00元\n"
    )
    assert len(page.articles) == 1 and "邮编" not in page.articles[0].body


def test_a_date_printed_with_dashes_beside_its_weekday_is_the_pages_head():
    page = parse(
        "南溪商报\n2021-03-06 星期六 A04\n晴川市民健身季启动\n"
        "本报讯（记者 梅子涵）3月5日，晴川市民健身季在体育中心启动。\n"
    )
    assert page.date == dt.date(2021, 3, 6)
    assert page.articles[0].title == "晴川市民健身季启动"


def test_the_papers_name_with_its_edition_and_the_pages_section_head_no_column():
    heads = (
        "南溪法治报·西部版\n2023年8月3日 第8版\n\n",
        "南溪法治报·西部版\n2023年8月3日 第8版\n广告热线：028-86661234\n\n",
        "南溪区报·社区\n第7版  2023年8月3日  星期四\n\n",  # its section after the dot
        "南溪晚报\n2023年8月3日 星期四\nA05 城事\n\n",
    )
    for head in heads:
        page = parse(f"{head}晴川市民健身季启动\n{LEAD}\n\n城西菜场完成提升改造\n{LEAD}\n")
        assert [(a.kicker, a.column) for a in page.articles] == [(None, None), (None, None)]


def test_a_notices_contacts_closing_the_page_stay_its_text():
    page = parse(
        "招聘启事\n南溪物流有限公司因业务发展，招聘仓库管理员2名，待遇面议。\n"
        "联系地址：南溪区物流大道88号  联系电话：028-86661234  邮箱：hr@nanxi.example.cn\n"
    )
    assert "物流大道88号" in page.articles[0].body


def test_a_lunar_date_alone_under_the_masthead_is_its_furniture():
    # 甲辰年二月初三 is 2024-03-12; the lead's day is the article's, not the issue's.
    for lunar in ("甲辰年二月初三", "农历甲辰年二月初三", "农历 二月初三"):
        page = parse(
            f"南坪日报\n2024年3月12日\n星期二\n{lunar}\n第3版\n\n春季植树动员会召开\n{LEAD}\n"
        )
        (article,) = page.articles
        assert article.title == "春季植树动员会召开", lunar
        assert credits(article) == [("梅子涵", "reporter")]
        assert article.date == dt.date(2024, 3, 2)
        assert lunar in [lo.text for lo in page.leftovers]


def test_the_publishers_line_under_a_mastheads_date_is_no_headline():
    for publisher in (
        "石岭县融媒体中心主办",
        "主办：中共石岭镇委员会",
        "石岭县融媒体中心出版 www.slxw.cn",
    ):
        page = parse(
            f"石岭新闻\n2021年3月5日　星期五　第2版\n{publisher}\n\n春季植树动员会召开\n{LEAD}\n"
        )
        (article,) = page.articles
        assert article.title == "春季植树动员会召开"
        assert publisher not in article.body and page.date == dt.date(2021, 3, 5)
    # Fourth among the head's fields, under the paper's owner and its date line.
    page = parse(
        "石岭新闻\n中共石岭县委主办\n2021年3月5日　星期五　今日4版\n"
        f"石岭县融媒体中心出版 www.slxw.cn\n\n{LEAD}\n春季植树动员会召开\n"
    )
    assert [a.title for a in page.articles] == ["春季植树动员会召开"]


def test_a_papers_name_and_its_edition_after_a_dot_is_the_masthead():
    # (Over a photo page, read as a writer's dotted name and credited otherwise.)
    page = parse(
        "雪域日报·朗县版\n2022年10月20日 星期四 第8版\n图片新闻\n\n"
        "金秋时节 青稞满仓\n10月18日，错高乡村民在晾晒青稞。\n记者 次仁 摄\n"
    )
    (article,) = page.articles
    assert credits(article) == [("次仁", "photographer")]
    assert "雪域日报·朗县版" in {lo.text for lo in page.leftovers}


def test_a_short_papers_name_over_its_spaced_publisher_credits_no_one():
    # OCR spaces a school paper's two-letter name as it does a byline's name; the line
    # under it, who publishes the paper, says it is the paper's name.
    # (林 苑, a surname and a letter, reads as a reporter's name set to a column's width.)
    page = parse(
        "林 苑\n南 坪 师 范 学 院 主 办\n2021年3月5日　第9期\n学院举行\n春季运动会\n"
        "本报讯（记者 梅子\n涵）3月2日，学院第\n十届春季运动会在\n东区体育场开幕。\n"
    )
    (article,) = page.articles
    assert article.title == "学院举行春季运动会"
    assert credits(article) == [("梅子涵", "reporter")]
    assert {"林 苑", "南 坪 师 范 学 院 主 办"} <= {lo.text for lo in page.leftovers}


def test_the_pages_staff_under_its_running_head_credit_no_article():
    page = parse(
        "石岭晚报\n2021年3月5日 星期五\nA04 本地新闻\n责编 程远 | 审读 梅岭\n\n"
        f"见习记者 柳溪\n春季植树动员会召开\n{LEAD}\n"
    )
    (article,) = page.articles
    assert sorted(c.name for c in article.credits) == sorted(["柳溪", "梅子涵"])


def test_a_contents_box_whose_entries_say_again_the_pages_headlines_is_no_article():
    page = parse(
        "汀江晚报\n2025年5月9日 星期五\n第6版 县区新闻\n\n"
        "【导读】\n●上杭：纪念馆“五一”接待游客12万人次\n●武平：百香果苗木实现县内繁育\n\n"
        "上杭：纪念馆“五一”接待游客12万人次\n"
        "本报讯（记者 廖春生）5月1日至5日，纪念馆共接待游客12.3万人次。\n\n"
        "武平：百香果苗木实现县内繁育\n"
        "本报讯（通讯员 钟华）县里建成3个种苗繁育基地，年可繁育种苗500万株。\n"
    )
    assert [(a.title, a.column) for a in page.articles] == [
        ("上杭：纪念馆“五一”接待游客12万人次", None),
        ("武平：百香果苗木实现县内繁育", None),
    ]


def test_todays_weather_under_the_masthead_is_the_pages():
    page = parse(
        "泗水晚报\n2024年12月3日 星期二\n\n今日天气：多云转晴 2℃～11℃ 北风3级\n\n"
        f"南坪镇召开春季植树动员会\n{LEAD}\n"
    )
    assert [a.title for a in page.articles] == ["南坪镇召开春季植树动员会"]


def test_an_e_papers_name_and_its_dashed_date_beside_the_page_are_the_pages_head():
    page = parse(
        "楚湾晚报电子版\n2025-03-06  第A06版：国内·综合\n\n"
        "我市两名运动员入选国家集训队\n作者：楚湾晚报记者 甘小雨 实习生 颜若楠\n"
        "本报讯 记者从市体育局获悉，我市两名运动员近日入选国家集训队。\n"
    )
    assert page.date == dt.date(2025, 3, 6)
    (article,) = page.articles
    assert (article.title, article.kicker, article.column) == (
        "我市两名运动员入选国家集训队",
        None,
        None,
    )
    # the paper's own name in the byline: its reporter, not another outlet's writer
    assert [(c.name, c.role) for c in article.credits][0] == ("甘小雨", "reporter")


def test_an_enterprise_papers_name_and_its_permit_lines_are_the_pages_head():
    for permit in (
        "江澄钢铁集团有限公司主办     内部资料 准印证号：（苏）0000-2019",
        "国网江澄供电公司主办  内部资料 免费交流",
    ):
        page = parse(
            f"江澄钢铁\n{permit}\n2023年7月20日  第14期（总第688期）  生产经营  第2版\n\n"
            f"南坪镇召开春季植树动员会\n{LEAD}\n"
        )
        (article,) = page.articles
        assert (article.title, article.kicker, article.column) == (
            "南坪镇召开春季植树动员会",
            None,
            None,
        ), permit


def test_a_newsletters_joint_publishers_and_its_contents_in_one_line_are_its_head():
    page = parse(
        "晚  晴\n（内部资料 免费交流）\n松林县关心下一代工作委员会  松林县老干部局  合办\n"
        "2021年第3期（总第57期）       2021年9月30日\n"
        "本期导读：五老宣讲进校园 / 银龄志愿者守护上学路 / 诗词园地\n"
        "县老干部局召开2022年第二季度工作例会\n"
        "本报讯 6月24日，县老干部局召开第二季度工作例会，各乡镇负责人参加。\n"
        "会议通报了前三季度工作开展情况，部署了下一步工作。\n"
        "（县关工委办公室 余淑华）\n"
    )
    (article,) = page.articles
    assert (article.title, article.subtitle) == ("县老干部局召开2022年第二季度工作例会", None)
