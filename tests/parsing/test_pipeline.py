"""The whole parser on pages unlike the seeds: forms other papers print."""

import datetime as dt

import pytest

from archive.parsing import PageError, PageMeta, parse_page

NATIONAL = """2022年1月10日 星期一
第2版 要闻

冬奥会筹备工作进入冲刺阶段
本报北京1月9日电（记者 张晓明 见习记者 李华）记者从北京冬奥组委获悉，各项筹备工作已进入冲刺阶段，场馆运行测试全面展开。

北京冬奥组委新闻发言人赵卫东介绍，目前各场馆已完成全部测试活动。

新华社北京1月9日电（记者 王敏 刘洋）国家统计局9日发布数据，2021年全国居民消费价格同比上涨0.9%。

物价运行总体平稳，核心通胀保持稳定。

雪后初晴
昨日，市民在人民公园赏雪游玩。
拍友 陈光明 摄

老街新颜
经过半年改造，城区老街焕然一新，吸引不少游客前来打卡。
周涛/图
"""

NARROW = """本报讯 3月2日，区
教育局召开全区中小学安
全工作会议。局党组书记、
局长刘建国出席会议并

讲话。
见习记者 马丽
通讯员 孔 凡

本报讯 3月3日，区
卫健委开展义诊活动，
惠及群众300余人。
记者 许 强

区教育局召开安全工作会议

区卫健委开展义诊
"""

STACKED = """凝心聚力谋发展
高新区召开2024年
经济工作会议
——全年地区生产总值增长6.5%

本报讯（记者 宋佳）1月8日上午，高新区召开2024年经济工作会议，部署今年任务。区委书记张志强出席并讲话。

会议强调，要坚持稳中求进工作总基调。

（责任编辑：韩梅）

区市场监管局开展
食品安全专项检查
本报讯 1月6日，区市场监管局对辖区餐饮单位开展食品安全专项检查，共检查商户56家。
通讯员 黄磊
"""


LOCAL = """■ 记者 张伟 通讯员 李娜
城东新区开展夏季消防安全大检查
本报讯 6月12日，城东新区应急管理局联合消防大队，对辖区商场、学校和养老机构开展消防安全大检查，共排查隐患23处，已整改21处。

检查组要求各单位压实主体责任，确保隐患动态清零。

老旧小区改造惠及三千户居民
□晚报记者 王强
今年以来，市住建局持续推进老旧小区改造，已完成管网更新、外墙保温等工程，惠及居民三千余户。
居民赵大妈说，改造后楼道亮了，出门方便多了。

江南晚报讯 6月13日，市图书馆举办“书香进社区”活动，为社区居民送去图书两千余册。（刘洋 陈晨）

编者按：乡村振兴，人才是关键。本报从今天起连续刊发返乡创业青年的故事。
返乡青年的“新农活”
本报记者 孙丽 通讯员 周杰
本报6月13日 清晨五点，青年农场主吴刚已经在大棚里忙碌开了。他说，用手机就能控制温度和湿度。
如今，他的合作社带动了周边四十多户村民增收。记者 孙丽 通讯员 周杰 文/图

荷塘月色
6月11日，市民在湿地公园赏荷。
本报记者 钱多多 摄
"""


PDF_DUMP = """东城日报  2024年3月8日  星期五  第2版  要闻  责任编辑：刘芳
区政府召开第一季度经济运行分析会
本报讯（记者 陈明 通讯员 王丽）3月7日，区政府召开第一季度经济运行分
析会，听取各部门关于经济运行情况的汇报，研究部署下一阶段重点工作。
会议指出，今年以来全区经济运行总体平稳，主要指标好于预期。会议要求，各
部门要紧盯目标任务，抓好项目建设，确保一季度实现良好开局。
春季植树活动在城北公园举行
本报讯 3月6日，区林业局在城北公园组织开展春季义务植树活动，共栽植各类
苗木两千余株。（张华）
"""


EPAPER = """聚焦高质量发展——
我市制造业增加值同比增长8.2%
前三季度规上工业企业利润增长12%
本报记者 赵敏
市统计局10月20日发布数据显示，前三季度全市规模以上工业增加值同比增长8.2%，高于全省平均水平1.5个百分点。
其中，装备制造业增长11.3%，高技术制造业增长14.6%。
统计局有关负责人表示，四季度将继续做好企业服务，推动经济稳中向好。

新华社北京10月20日电（记者 李强）国家统计局20日发布，前三季度国内生产总值同比增长5.0%。
分产业看，第一产业增加值同比增长3.4%，第二产业增长5.3%。（完）

秋收时节
10月19日，农民在田间收获水稻。
本报记者 钱亮 摄
10月19日，农机手驾驶收割机在田间作业。
本报记者 钱亮 摄
"""


BYLINES_ABOVE = """■ 记者 周强 通讯员 吴敏

城南街道开展垃圾分类
入户宣传活动

本报讯 连日来，城南街道组
织志愿者深入辖区小区，开展
垃圾分类入户宣传活动，发放
宣传资料三千余份，引导居民
养成分类投放的好习惯。

街道相关负责人表示，下一
步将持续推进垃圾分类工作，
让绿色生活方式深入人心。

■ 记者 周强

区人民医院开展
义诊进社区活动

本报讯 3月5日，区人民医院
组织专家团队走进阳光社区，
为居民免费测量血压、血糖，
提供健康咨询服务，受到居民
欢迎。
"""


def parse(text, **meta):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt", **meta))


def credits(article):
    return [(c.name, c.role, c.organization) for c in article.credits]


def test_datelines_other_outlets_and_photo_items():
    page = parse(NATIONAL, zone="北京")
    assert page.date == dt.date(2022, 1, 10) and page.date_source == "text"
    assert page.page_label == "第2版"
    assert {lo.kind for lo in page.leftovers} == {"banner"}
    first, xinhua, snow, street = page.articles
    assert first.title == "冬奥会筹备工作进入冲刺阶段"
    assert first.date == dt.date(2022, 1, 9)
    assert credits(first) == [("张晓明", "reporter", None), ("李华", "reporter", None)]
    assert [p.name for p in first.people] == ["赵卫东"]
    assert xinhua.title_is_derived and "derived_title" in xinhua.review_reasons
    assert credits(xinhua) == [("王敏", "author", "新华社"), ("刘洋", "author", "新华社")]
    assert xinhua.paragraphs[1] == "物价运行总体平稳，核心通胀保持稳定。"
    assert (snow.title, credits(snow)) == ("雪后初晴", [("陈光明", "photographer", None)])
    # 昨日 resolves against the masthead date, and says so.
    assert (snow.date, snow.date_confidence) == (dt.date(2022, 1, 9), "relative")
    assert (street.title, credits(street)) == ("老街新颜", [("周涛", "photographer", None)])


def test_narrow_columns_with_padded_names_and_headlines_at_the_end():
    page = parse(NARROW, zone="某某区", year=2023)
    school, clinic = page.articles
    assert school.title == "区教育局召开安全工作会议"
    assert clinic.title == "区卫健委开展义诊"
    assert school.body.endswith("局长刘建国出席会议并讲话。")
    assert credits(school) == [("马丽", "reporter", None), ("孔凡", "correspondent", None)]
    assert credits(clinic) == [("许强", "reporter", None)]
    assert school.date == dt.date(2023, 3, 2) and school.date_confidence == "issue_year"
    assert [p.name for p in school.people] == ["刘建国"]
    assert page.date == dt.date(2023, 3, 3) and page.year_source == "manifest"


def test_header_blocks_in_wide_text_kicker_wrapped_title_and_dash_subtitle():
    page = parse(STACKED, zone="郑州高新区", year=2024)
    meeting, inspection = page.articles
    assert meeting.kicker == "凝心聚力谋发展"
    assert meeting.title == "高新区召开2024年经济工作会议"
    assert meeting.subtitle == "全年地区生产总值增长6.5%"
    assert credits(meeting) == [("宋佳", "reporter", None), ("韩梅", "editor", None)]
    assert [p.name for p in meeting.people] == ["张志强"]
    assert inspection.title == "区市场监管局开展食品安全专项检查"
    assert [d.name for d in inspection.departments] == ["高新区市场监管局"]


def test_without_a_year_the_page_says_so_and_dates_take_the_latest_possible_year():
    page = parse("本报讯 3月2日，区里召开会议。\n记者 许强\n")
    assert page.date is None
    assert any("no year" in w for w in page.warnings)
    (article,) = page.articles
    today = dt.date.today()
    assert (article.date.month, article.date.day) == (3, 2)
    assert today - dt.timedelta(days=366) < article.date <= today
    assert article.date_confidence == "inferred_year"
    assert "inferred_year" in article.review_reasons


def test_an_inferred_year_is_flagged_for_review():
    page = parse("本报讯 3月2日，区里总结2022年工作。\n记者 许强\n")
    (article,) = page.articles
    assert article.date == dt.date(2022, 3, 2)
    assert article.date_confidence == "inferred_year"
    assert "inferred_year" in article.review_reasons


@pytest.mark.parametrize("text", [NARROW, NATIONAL, STACKED])
def test_every_character_of_the_source_is_in_an_article_or_a_leftover(text):
    page = parse(text, zone="某某区", year=2023)
    spans = [lo.span for lo in page.leftovers]
    for article in page.articles:
        spans += [article.span, *article.headline_spans]
    covered = set()
    for start, end in spans:
        covered.update(range(start, end))
    lost = "".join(ch for i, ch in enumerate(page.text) if i not in covered and not ch.isspace())
    assert lost == ""


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02binary"])
def test_unreadable_pages_raise_page_error(data):
    with pytest.raises(PageError):
        parse_page(data, PageMeta(source="x.txt"))


def test_local_paper_forms_bylines_above_and_under_headlines_briefs_and_notes():
    page = parse(LOCAL, year=2024)
    titles = [a.title for a in page.articles]
    assert titles == [
        "城东新区开展夏季消防安全大检查",
        "老旧小区改造惠及三千户居民",
        "市图书馆举办“书香进社区”活动",  # a brief: its title is made from its lead
        "返乡青年的“新农活”",
        "荷塘月色",
    ]
    fire, homes, brief, youth, photo = page.articles
    # ■ 记者 X above the headline is the article's below it.
    assert credits(fire) == [("张伟", "reporter", None), ("李娜", "correspondent", None)]
    assert credits(homes) == [("王强", "reporter", None)]  # □晚报记者: the paper's own
    assert brief.title_is_derived and brief.body.startswith("江南晚报讯")
    assert credits(brief) == [("刘洋", "reporter", None), ("陈晨", "reporter", None)]
    # The editor's note printed over the headline opens its article; the date is the lead's.
    assert youth.body.startswith("编者按") and youth.date == dt.date(2024, 6, 13)
    assert ("孙丽", "reporter", None) in credits(youth)
    assert credits(photo) == [("钱多多", "photographer", None)]
    assert photo.date == dt.date(2024, 6, 11)


def test_a_pdf_text_dump_wrapped_at_forty_characters():
    page = parse(PDF_DUMP)
    assert page.date == dt.date(2024, 3, 8) and page.page_label == "第2版"
    meeting, trees = page.articles
    assert meeting.title == "区政府召开第一季度经济运行分析会"
    assert meeting.paragraphs[0].endswith(
        "经济运行分析会，听取各部门关于经济运行情况的汇报，研究部署下一阶段重点工作。"
    )
    assert len(meeting.paragraphs) == 2
    assert trees.title == "春季植树活动在城北公园举行" and not trees.title_is_derived
    assert credits(trees) == [("张华", "reporter", None)]
    assert trees.date == dt.date(2024, 3, 6)


HEADLINES_UNDER_THEIR_TEXT = """西桥日报  2023/06/14  周三  第3版

本报讯（记者 龙海燕）6月12日，西桥市第二届杨梅文化节在东岙村开幕，游客可进园采摘。
西桥杨梅文化节开幕

本报讯（通讯员 裘建）6月9日，南岭镇与三家企业签订农产品冷链物流合作协议。
南岭镇签下冷链物流协议

本报讯 6月10日，市图书馆少儿分馆开放夜间阅读区，每晚开放至九点。
少儿图书馆开放夜间阅读区
"""


def test_a_pdf_dump_that_prints_every_headline_under_its_text():
    fair, deal, library = parse(HEADLINES_UNDER_THEIR_TEXT).articles
    assert fair.title == "西桥杨梅文化节开幕" and credits(fair) == [("龙海燕", "reporter", None)]
    assert deal.title == "南岭镇签下冷链物流协议"
    assert library.title == "少儿图书馆开放夜间阅读区"
    assert library.body == "本报讯 6月10日，市图书馆少儿分馆开放夜间阅读区，每晚开放至九点。"


def test_e_paper_items_headline_stack_wire_story_and_a_run_of_captions():
    stats, wire, photos = parse(EPAPER, year=2024).articles
    assert stats.kicker == "聚焦高质量发展——"
    assert stats.title == "我市制造业增加值同比增长8.2%"
    assert stats.subtitle == "前三季度规上工业企业利润增长12%"
    assert credits(stats) == [("赵敏", "reporter", None)]
    assert credits(wire) == [("李强", "author", "新华社")]
    # Two captions with their credits under one headline are one photo item.
    assert photos.title == "秋收时节" and len(photos.paragraphs) == 2
    assert credits(photos) == [("钱亮", "photographer", None)]


def test_a_page_that_prints_bylines_above_its_headlines_prints_them_all_so():
    sorting, clinic = parse(BYLINES_ABOVE, year=2024).articles
    assert sorting.title == "城南街道开展垃圾分类入户宣传活动"
    assert credits(sorting) == [("周强", "reporter", None), ("吴敏", "correspondent", None)]
    assert clinic.title == "区人民医院开展义诊进社区活动"
    assert credits(clinic) == [("周强", "reporter", None)]


DATELINES_APART = """\
本报6月13日 （记者 何文静）
市图书馆夜间开放延至晚十点
市图书馆自下周起将夜间开放时间延长至晚上十点，方便上班族借阅。
馆方表示，延长开放期间将增加志愿者值守，并开放自助借还设备。

区里开展防汛应急演练
近日，区里在沿江大堤开展防汛应急演练，十余个部门参加。
演练结束后，区防汛指挥部对各环节进行了点评。
（本报东湖6月5日电 记者 林晓峰）

江滩公园荷花盛开
6月12日，游客在江滩公园赏荷拍照。
（孙悦摄）
"""


def test_a_dateline_over_the_headline_or_closing_the_text_dates_and_credits_its_article():
    library, drill, photo = parse(DATELINES_APART, year=2024).articles
    assert (library.date, credits(library)) == (
        dt.date(2024, 6, 13),
        [("何文静", "reporter", None)],
    )
    # A closing dateline in a paragraph of its own is a credit, not text.
    assert (drill.date, credits(drill)) == (dt.date(2024, 6, 5), [("林晓峰", "reporter", None)])
    assert "林晓峰" not in drill.body
    # A photo item: headline, a one-sentence caption, the photographer.
    assert (photo.title, photo.body) == ("江滩公园荷花盛开", "6月12日，游客在江滩公园赏荷拍照。")
    assert credits(photo) == [("孙悦", "photographer", None)]


LABEL_AND_HEADLINE_APART = """\
街坊故事
本报讯 老李退休后在社区
办起了义务修车铺，每周三
下午为居民免费修理自行车，
五年来修车三千余辆。

本报讯 区图书馆近日推出
夜间阅读服务，每晚开放
至十点，方便上班族借阅。

退休老李义务修车五年

图书馆推出夜间阅读服务
"""


def test_a_headline_printed_apart_titles_the_article_under_a_column_label():
    repair, library = parse(LABEL_AND_HEADLINE_APART, year=2024).articles
    assert (repair.title, repair.column) == ("退休老李义务修车五年", "街坊故事")
    assert library.title == "图书馆推出夜间阅读服务"
    assert library.column == "街坊故事"  # the column heads what follows it


def test_a_commentary_signed_with_a_pen_name_credits_it():
    page = parse(
        "敢于担当才能干成事\n□禾田客\n担当是干部的必备素质。敢于担当，才能干成事。\n", year=2024
    )
    (commentary,) = page.articles
    assert commentary.title == "敢于担当才能干成事"
    assert credits(commentary) == [("禾田客", "author", None)]


EPAPER_FIELDS = """\
城南片区老旧管网改造完工
来源：江城晚报　作者：周明远　2024-06-14 08:30
6月13日，城南片区老旧供水管网改造工程全部完工，惠及居民一万二千余户。
据介绍，此次改造共更换管道三十八公里，新建加压泵站两座。

市图书馆夜间开放延至晚十点
发布时间：2024年06月14日　来源：江城晚报
记者 何文静 通讯员 张敏
市图书馆自下周起将夜间开放时间延长至晚上十点，方便上班族借阅。
【编辑：王强】
"""


def test_e_paper_fields_credit_and_date_their_items_and_are_no_text():
    pipes, library = parse(EPAPER_FIELDS).articles
    assert credits(pipes) == [("周明远", "author", None)]
    assert pipes.date == dt.date(2024, 6, 13)  # the lead's day, in the item's year
    assert pipes.body.startswith("6月13日")
    assert library.title == "市图书馆夜间开放延至晚十点" and library.subtitle is None
    assert credits(library) == [
        ("何文静", "reporter", None),
        ("张敏", "correspondent", None),
        ("王强", "editor", None),
    ]
    assert library.date == dt.date(2024, 6, 14)  # no day in the lead: the item's own


# A page copied from an e-paper: paragraphs one under the other, a blank line between
# items, bylines above the headlines, a photo item whose caption carries its credit.
COPIED_EPAPER = """青江日报
2024年3月12日 星期二 第3版
责任编辑：刘明 美术编辑：张华

■ 本报记者 王立新 通讯员 陈晓
河堤加固工程提前完工
本报讯 3月10日，城北段河堤加固工程通过验收，比原计划提前二十天完工。
据区水利局介绍，工程采用生态护坡技术，种植了两万余株灌木。

□晚报记者 李敏
老街夜市重新开张
3月9日晚，老街夜市在改造后重新开张，六十余家摊位吸引了大批市民。
夜市由区商务局牵头改造，增设了公共卫生间和停车位。

春耕备耕忙
（图）近日，东湖镇农民在田间整地，准备春播。本报记者 赵强 摄
"""


def test_an_epaper_page_with_bylines_over_headlines_and_a_photo_item():
    page = parse(COPIED_EPAPER)
    dyke, market, photo = page.articles
    assert credits(dyke) == [("王立新", "reporter", None), ("陈晓", "correspondent", None)]
    assert (market.title, credits(market)) == ("老街夜市重新开张", [("李敏", "reporter", None)])
    assert market.paragraphs[0].startswith("3月9日晚")
    assert (photo.title, credits(photo)) == ("春耕备耕忙", [("赵强", "photographer", None)])
    assert photo.paragraphs == ["（图）近日，东湖镇农民在田间整地，准备春播。"]


# OCR of a narrow page: headlines gathered at its end with no blank line between
# them, a byline wrapped at a name (罗文 / 通讯员 joined as 罗文通讯员).
GATHERED_TOUCHING = """南川日报
2023年11月8日 星期三

本报讯 (记者 罗文
通讯员 向 阳) 11月6日,
南川区2023年秋冬季森
林防火工作会议召开。会
议要求,各乡镇要落实防
火责任, 加强巡山护林。

本报讯 (通讯员 马 兰)
近日, 南川区东湖街道
开展“垃圾分类进小区”
宣传活动, 发放宣传资料
2000余份。

南川区部署秋冬季森林防火工作
东城街道开展垃圾分类宣传
"""


def test_headlines_gathered_without_a_blank_line_each_find_their_article():
    fire, sorting = parse(GATHERED_TOUCHING).articles
    assert (fire.title, sorting.title) == (
        "南川区部署秋冬季森林防火工作",
        "东城街道开展垃圾分类宣传",
    )
    assert credits(fire) == [("罗文", "reporter", None), ("向阳", "correspondent", None)]
    assert credits(sorting) == [("马兰", "correspondent", None)]


def test_a_lead_spaced_out_by_ocr_opens_its_article_and_credits_it():
    spaced = GATHERED_TOUCHING.replace("本报讯 (记者 罗文", "本 报 讯 (记 者  罗 文")
    fire, _ = parse(spaced).articles
    assert fire.paragraphs[0].startswith("本报讯")
    assert credits(fire) == [("罗文", "reporter", None), ("向阳", "correspondent", None)]


# A narrow page: a masthead with no weekday, a headline stack over its byline with
# no blank line under the stack, the stack's lines read as text before.
STACK_OVER_BYLINE = """东湖日报 2024年4月2日 第5版

“小网格”撬动
基层治理“大变化”
——东湖区网格化管理
工作见闻
记者 宋佳 通讯员 胡杨
今年以来，东湖区把全区
划分为320个网格，每个网
格配备1名网格员，
推动服务管理力量下沉。
"""


def test_a_headline_stack_over_its_byline_and_a_masthead_with_no_weekday():
    page = parse(STACK_OVER_BYLINE)
    assert (page.date, page.page_label) == (dt.date(2024, 4, 2), "第5版")
    (grid,) = page.articles
    assert (grid.title, grid.subtitle) == (
        "“小网格”撬动基层治理“大变化”",
        "东湖区网格化管理工作见闻",
    )
    assert credits(grid) == [("宋佳", "reporter", None), ("胡杨", "correspondent", None)]
    assert grid.paragraphs[0].startswith("今年以来")
    # A date alone at the page's head is its date; further down it is text.
    assert parse(
        STACK_OVER_BYLINE.replace("东湖日报 2024年4月2日 第5版", "2024年4月2日")
    ).date == dt.date(2024, 4, 2)
    late = STACK_OVER_BYLINE.replace("东湖日报 2024年4月2日 第5版\n", "") + "\n2024年4月2日\n"
    assert parse(late).date is None


# Items copied from websites one after the other: each headline over its fields line.
FIELDED_ITEMS = """江城首条跨江隧道贯通
来源：江城晚报　作者：周明远　2024-06-14 08:30
6月13日上午，随着最后一块管片拼装完成，江城首条跨江隧道全线贯通。隧道全长3.6公里。
隧道建成后，从江北到江南的车程将由40分钟缩短至8分钟。

西湖区举办夏季招聘会
发布时间：2023年07月02日　来源：西湖区融媒体中心
7月1日，西湖区2023年夏季人才招聘会在区文体中心举行，86家企业提供岗位1500余个。

青山镇荷花节开幕
2022-08-05 10:12:36 来源：青山新闻网
8月4日，青山镇第五届荷花节开幕，吸引了周边游客近万人次。
"""


def test_items_each_under_its_fields_line_keep_their_headline_and_year():
    tunnel, jobs, lotus = parse(FIELDED_ITEMS).articles
    assert (tunnel.title, credits(tunnel)) == ("江城首条跨江隧道贯通", [("周明远", "author", None)])
    assert tunnel.paragraphs[0].startswith("6月13日上午")
    assert (jobs.title, jobs.date) == ("西湖区举办夏季招聘会", dt.date(2023, 7, 1))
    assert (lotus.title, lotus.date) == ("青山镇荷花节开幕", dt.date(2022, 8, 4))


SERIES_OPENING = """奋进新征程 建功新时代
【编者按】今年以来，我区各部门聚焦重点任务，真抓实干。即日起，本报推出专栏，敬请关注。
区交通运输局：打通群众出行“最后一公里”
本报记者 陈思远
今年以来，区交通运输局新开通公交线路5条，优化调整线路12条，实现建制村通公交全覆盖。
“现在出门就能坐上公交，去县城方便多了。”马岭村村民老杨说。
"""


def test_a_series_name_and_its_editors_note_belong_to_the_article_under_them():
    (article,) = parse(SERIES_OPENING).articles
    assert (article.column, article.title) == (
        "奋进新征程 建功新时代",
        "区交通运输局：打通群众出行“最后一公里”",
    )
    assert article.paragraphs[0].startswith("【编者按】")
    assert credits(article) == [("陈思远", "reporter", None)]


MIXED_ISSUES = """江城日报 2023年5月4日 星期四 第2版
城南新建口袋公园开放
本报讯（记者 周洋）5月3日，城南街道新建的3座口袋公园正式向市民开放。

江城日报 2024年9月10日 星期二 第3版
全市教师节表彰大会召开
本报讯（记者 郑晓）9月9日，全市教师节表彰大会召开，100名优秀教师受到表彰。
优秀教师代表作了发言。
"""


def test_items_of_a_page_mixed_from_several_issues_take_their_own_issues_year():
    page = parse(MIXED_ISSUES)
    park, teachers = page.articles
    assert page.date == dt.date(2023, 5, 4)  # the page's first masthead
    assert (park.date, teachers.date) == (dt.date(2023, 5, 3), dt.date(2024, 9, 9))
    # A manifest's date is the page's: every item is read against it.
    assert parse(MIXED_ISSUES, date=dt.date(2024, 9, 10)).articles[0].date == dt.date(2024, 5, 3)


def test_names_the_text_lists_are_no_credits():
    page = parse(
        "我市表彰一批优秀教师\n"
        "本报讯（记者 郑晓）9月9日，全市教师节表彰大会召开，以下同志被评为优秀教师：\n"
        "王建国 李秀英 张卫东 刘志强\n"
        "陈丽华 杨明 赵雪梅 黄海涛\n"
        "希望受表彰的同志珍惜荣誉，再接再厉。\n"
    )
    (article,) = page.articles
    assert credits(article) == [("郑晓", "reporter", None)]
    assert "刘志强" in article.body


def test_a_pages_colophon_and_staff_line_are_no_article_and_no_credit():
    page = parse(
        "滨海区报\n2023年6月14日 星期三\n\n"
        "区政协委员走进企业问需解难\n"
        "本报讯（记者 黄海燕）6月12日，区政协组织部分委员走进滨海经济开发区，调研企业发展情况。\n"
        "委员们先后来到3家企业，详细了解企业生产中的难题。\n\n"
        "本版编辑：王磊  美编：刘洁  校对：陈平\n"
        "新闻热线：0571-88889999  投稿邮箱：bhqb@163.com\n"
        "地址：滨海区海景路88号  邮编：315000  零售价：1.00元\n"
        "滨海区报社出版  国内统一连续出版物号：CN33-0000\n"
    )
    (article,) = page.articles
    assert credits(article) == [("黄海燕", "reporter", None)]
    assert any("新闻热线" in lo.text for lo in page.leftovers)


def test_a_column_of_briefs_each_under_its_run_in_headline():
    page = parse(
        "短讯\n"
        "●江城区开展防汛应急演练　5月16日，江城区在江滨公园开展防汛应急演练，300余人参加。（周峰）\n"
        "●市图书馆推出夜间借阅服务　即日起，市图书馆每周五、周六开放至晚上9时。（林晓）\n"
        "●全区春耕生产有序推进\n"
    )
    drill, library = page.articles[:2]
    assert (drill.title, drill.column, credits(drill)) == (
        "江城区开展防汛应急演练",
        "短讯",
        [("周峰", "author", None)],
    )
    assert drill.paragraphs[0].startswith("5月16日")
    assert (library.title, credits(library)) == (
        "市图书馆推出夜间借阅服务",
        [("林晓", "author", None)],
    )


def test_headlines_in_brackets_on_their_own_line_or_run_in():
    page = parse(
        "【区图书馆新增图书5000册】\n"
        "近日，区图书馆新增各类图书5000余册，涵盖文学、历史、科普等类别。（王芳）\n\n"
        "【区妇联开展“三八”节慰问活动】近日，区妇联走访慰问困难妇女30户，送去慰问金。（李娟）\n"
    )
    books, visits = page.articles
    assert (books.title, credits(books)) == ("区图书馆新增图书5000册", [("王芳", "author", None)])
    assert (visits.title, credits(visits)) == (
        "区妇联开展“三八”节慰问活动",
        [("李娟", "author", None)],
    )
    assert visits.paragraphs[0].startswith("近日")


def test_a_first_line_read_as_a_title_gives_way_to_its_headline_printed_apart():
    # A narrow column under a column label, its headline among those gathered at the
    # page's end: the column's first line, as wide as the column, was read as the title.
    page = parse(
        "本报讯 5月7日，区图书馆在城西新\n区开设的第一家分馆正式对外开放，\n"
        "馆内藏书两万余册，设有少儿阅览\n区和自习室，市民凭读者证即可免\n"
        "费借阅。图书馆负责人介绍，分馆\n每周开放六天，周一闭馆。\n□林雨\n\n"
        "专题深思\n区委书记上周专门对旧小区改造\n\n作出部署，强调“让居民住得更舒\n"
        "心”，为今年的民生实事指明方向。\n今年以来，城东街道把老旧小区改\n"
        "造列为民生实事，先后完成了十二\n个小区的屋面防水、管网更换和外\n"
        "墙保温，惠及居民三千余户。街道\n还在改造中增设了充电桩和无障碍\n"
        "坡道，方便老年人出行。\n□王平\n\n"
        "让老旧小区住得更舒心\n\n区图书馆城西分馆开放\n"
    )
    library, homes = page.articles
    assert library.title == "区图书馆城西分馆开放"
    assert homes.title == "让老旧小区住得更舒心"
    assert homes.paragraphs[0].startswith("区委书记上周专门对旧小区改造作出部署")


def test_a_photo_items_headline_as_wide_as_the_column_is_not_the_text_above():
    # Headline, a caption over a column break, the photographer's credit: a photo item
    # after an article's finished text, not that article's last paragraph.
    page = parse(
        "本报讯（记者 林雨）5月6日，\n区人大常委会组织执法检查组，\n深入辖区学校食堂、农贸市场\n"
        "开展食品安全法执法检查。\n检查组要求，各部门要压实监\n管责任，守牢食品安全底线，\n"
        "让群众吃得放心、吃得安心。\n\n滨江步道建成迎来首批市民游客\n5月1日，市民在新建成的滨江\n\n"
        "步道上散步、骑行，享受假日。\n\n本报记者 赵强摄\n"
    )
    check, walk = page.articles
    assert credits(check) == [("林雨", "reporter", None)]
    assert walk.title == "滨江步道建成迎来首批市民游客"
    assert walk.paragraphs == ["5月1日，市民在新建成的滨江步道上散步、骑行，享受假日。"]
    assert credits(walk) == [("赵强", "photographer", None)]


def test_headlines_gathered_apart_read_as_a_headline_and_its_text(monkeypatch):
    # The model may read two headlines of a gathered stack, each alone between blank
    # lines, as the text of the headline over them (as it did on a development page);
    # lines that say no sentence and each announce an untitled text are headlines.
    from archive.parsing import pipeline

    read = pipeline.tag_lines
    misread = {
        "区图书馆城西新区第一家分馆正式开放": "open",
        "城东街道十二个老旧小区改造惠及三千户": "para",
    }

    def tag_lines(lines, known_columns=()):
        labels = read(lines, known_columns)
        content = [line for line in lines if line.text]
        return [misread.get(line.text, lab) for line, lab in zip(content, labels, strict=True)]

    monkeypatch.setattr(pipeline, "tag_lines", tag_lines)
    page = parse(
        "5月7日，区图书馆在城西新\n区开设的第一家分馆正式对外开放，\n馆内藏书两万余册，设有少儿阅览\n"
        "区和自习室，市民凭读者证即可免\n费借阅。\n\n今年以来，城东街道把老旧\n"
        "小区改造列为民生实事，先后完成\n了十二个小区的屋面防水、管网更\n换和外墙保温，惠及居民三千余户。\n\n"
        "5月6日，区人民医院新建的\n儿科门诊楼投入使用，门诊楼共五\n层，设有诊室四十间，可满足每日\n"
        "一千五百人次的就诊需求。\n\n邻里守望见证“近邻胜过远亲”\n——社区互助故事之五\n\n"
        "区图书馆城西新区第一家分馆正式开放\n\n城东街道十二个老旧小区改造惠及三千户\n"
    )
    assert [a.title for a in page.articles][:2] == [
        "区图书馆城西新区第一家分馆正式开放",
        "城东街道十二个老旧小区改造惠及三千户",
    ]


def test_a_wire_item_under_a_headline_read_as_a_subhead_is_an_article():
    page = parse(
        "西北首条光伏治沙示范带全线贯通\n\n"
        "新华社兰州3月4日电（记者 王川 李悦）记者4日从有关部门获悉，一条光伏治沙示范带日前全线贯通。\n\n"
        "据介绍，示范带采用“板上发电、板下种草”模式。\n\n"
        "春季候鸟北飞高峰提前到来\n\n"
        "据新华社电 今年春季候鸟北迁高峰比往年提前约一周，多地湿地监测站记录到的候鸟明显增多。\n\n"
        "专家提示，公众观鸟时应保持安全距离。\n"
    )
    assert [a.title for a in page.articles] == [
        "西北首条光伏治沙示范带全线贯通",
        "春季候鸟北飞高峰提前到来",
    ]


def test_a_note_in_brackets_closes_an_item_and_the_line_under_it_heads_the_next():
    page = parse(
        "滨海都市报 2024年6月12日 星期三 A08 天下\n\n多地推出暑期托管服务\n\n"
        "近日，多个城市教育部门发布通知，暑期将在中小学开展托管服务，主要面向双职工家庭的小学生。\n\n"
        "托管内容以看护为主，并提供阅读、体育、艺术等活动。\n\n"
        "（来源：人民网）\n\n"
        "高温天气持续 专家提醒防中暑\n\n"
        "据中国气象局消息，未来一周，华北、黄淮等地将持续高温天气，最高气温可达38至40摄氏度。\n\n"
        "专家提醒，高温时段应减少户外活动，注意补充水分。\n\n（综合新华社、央视新闻）\n"
    )
    assert [a.title for a in page.articles] == [
        "多地推出暑期托管服务",
        "高温天气持续 专家提醒防中暑",
    ]


def test_the_pages_staff_lines_credit_no_article():
    # Under the masthead, before any headline: the page's editor, not the first
    # article's; between articles, staff labels set apart by spaces, not colons.
    page = parse(
        "2024年4月18日 星期四 第3版 校园新闻\n\n责任编辑：郑晓雯\n\n"
        "我校学子获结构设计竞赛一等奖\n\n本报讯（记者 林可欣）4月12日，我校代表队获得一等奖。\n\n"
        "本版编辑 柯岩　校对 钟灵　美编 石磊\n\n"
        "图书馆新增自习座位两百个\n\n本报讯（记者 李明）4月15日，图书馆新增自习座位两百个。\n"
    )
    contest, library = page.articles
    assert credits(contest) == [("林可欣", "reporter", None)]
    assert credits(library) == [("李明", "reporter", None)]


def test_one_paragraph_items_in_a_very_narrow_column():
    # Eight or nine characters a line: the lead's first line (its day and a comma) is no
    # headline, and a headline its lead restates heads the next item even where the
    # lead's first line is no longer than the headline.
    page = parse(
        "江澜日报 2025年3月6日 星期四 第4版 城区\n\n江澜大桥正式通车运营\n\n"
        "3月3日，江澜大桥\n正式开通，两岸通\n行时间由40分钟缩\n短至5分钟。\n\n"
        "城南新建三所幼儿园\n\n3月4日，记者从区\n教育局获悉，城南\n片区今年将新建三\n"
        "所公办幼儿园，新\n增学位1080个。\n"
    )
    bridge, schools = page.articles
    assert bridge.title == "江澜大桥正式通车运营"
    assert bridge.paragraphs == ["3月3日，江澜大桥正式开通，两岸通行时间由40分钟缩短至5分钟。"]
    assert bridge.date == dt.date(2025, 3, 3)
    assert schools.title == "城南新建三所幼儿园"
    assert schools.date == dt.date(2025, 3, 4)


def test_a_page_ocr_spaced_out_character_by_character():
    page = parse(
        "桂 岭 日 报   2023 年 8 月 11 日   星期五   第 3 版\n\n"
        "桂 岭 荔 枝 “ 坐 上 ” 冷 链 专 机\n\n"
        "本 报 讯 （ 记 者  韦 青  通 讯 员  蓝 天 ） 8 月 9 日 ， 满 载 12 吨 荔 枝 的 冷 链 "
        "货 运 专 机 从 桂 岭 机 场 起 飞 。\n\n"
        "老 街 改 造 留 住 “ 乡 愁 ”\n\n"
        "本 报 讯 （ 记 者  莫 然 ） 8 月 10 日 ， 桂 岭 骑 楼 老 街 改 造 一 期 工 程 完 工 。\n"
    )
    fruit, street = page.articles
    assert (fruit.title, credits(fruit)) == (
        "桂岭荔枝“坐上”冷链专机",
        [("韦青", "reporter", None), ("蓝天", "correspondent", None)],
    )
    assert (street.title, credits(street)) == ("老街改造留住“乡愁”", [("莫然", "reporter", None)])
    assert street.date == dt.date(2023, 8, 10)


def test_a_headline_standing_apart_over_its_byline_after_another_article():
    page = parse(
        "临江日报 2024年10月16日 星期三 第3版\n\n临江港货柜吞吐量首次过百万标箱\n\n"
        "本报讯 记者江涛报道：10月14日，临江港吞吐量首次超过100万标准箱。\n\n"
        "县城首个“15分钟健身圈”建成\n\n记者 洪波 通讯员 邱丽 报道\n\n"
        "10月15日，临江县城西片区“15分钟健身圈”建成开放。\n"
    )
    port, gym = page.articles
    assert credits(port) == [("江涛", "reporter", None)]
    assert (gym.title, credits(gym)) == (
        "县城首个“15分钟健身圈”建成",
        [("洪波", "reporter", None), ("邱丽", "correspondent", None)],
    )


def test_a_photo_items_credit_closing_its_caption():
    page = parse(
        "江澜日报 2025年3月6日 星期四 第4版\n\n古镇迎来大批游客\n\n"
        "本报讯（记者 赵晴）3月4日，古镇迎来大批游客。\n\n湿地迎春\n\n"
        "3月4日，游客在一处湿地公园观赏越冬的白天鹅。（新华社记者 赵晴 摄）\n"
    )
    town, swans = page.articles
    assert credits(town) == [("赵晴", "reporter", None)]
    assert (swans.title, credits(swans)) == ("湿地迎春", [("赵晴", "photographer", "新华社")])


def test_briefs_each_closed_by_its_writers_in_brackets():
    page = parse(
        "临溪报 2024年11月8日 星期五 第2版 乡镇动态\n\n简  讯\n\n"
        "11月5日，石门镇举办秋季农民丰收节，现场展销本地土特产品40余种，销售额达12万元。（王慧 李晨阳）\n\n"
        "近日，桥头乡投入资金80万元，对辖区内6座危旧桥梁进行加固改造，预计年底前全部完工。（刘春生）\n\n"
        "11月6日，县人民医院组织15名医务人员到柳坪村开展义诊，为村民测量血压200余人次。（通讯员 黄静）\n"
    )
    assert [credits(a) for a in page.articles] == [
        [("王慧", "author", None), ("李晨阳", "author", None)],
        [("刘春生", "author", None)],
        [("黄静", "correspondent", None)],
    ]
    assert {a.column for a in page.articles} == {"简讯"}
    assert page.articles[1].paragraphs[0].startswith("近日，桥头乡")


def test_a_pdf_dump_prints_each_headline_under_its_lead():
    page = parse(
        "江北时报 2024年3月22日 星期五 第1版\n"
        "本报讯（记者 高远）3月20日，江北区首个“口袋公园”群落——滨河口袋公园群正式向市民开放。"
        "该群落由沿河的9个小型公园组成，总面积约3.2公顷。\n"
        "江北区9个口袋公园连成串\n"
        "公园内设置了儿童游乐区、健身步道和休憩廊架，并保留了原有的12棵百年香樟。\n"
        "“下楼走几步就能到公园，孩子放学后有地方玩了。”家住滨河小区的居民乔丽说。\n"
        "本报讯（记者 聂小川 通讯员 计红）3月21日，江北区政务服务中心“跨省通办”专窗正式启用，"
        "首批可办理社保转移、户籍迁移等58个事项。\n"
        "“跨省通办”专窗启用\n"
        "据了解，专窗实行“一窗受理、限时办结”，群众不必再往返两地。\n"
    )
    parks, office = page.articles
    assert parks.title == "江北区9个口袋公园连成串"
    assert parks.paragraphs[1].startswith("公园内设置了")
    assert office.title == "“跨省通办”专窗启用"


def test_a_short_line_over_a_lead_the_model_opened_is_its_headline():
    page = parse(
        "江澜日报 2025年3月6日 星期四 第4版\n\n古镇迎来大批游客\n\n"
        "本报讯（记者 赵晴）3月4日，古镇迎来大批游客，客流量同比增长三成。\n\n"
        "相关链接\n\n古镇始建于明代，现存明清建筑120余栋。\n\n江澜大桥开通\n\n"
        "本报讯（记者 钱多）3月3日，江澜大桥正式开通。\n"
    )
    # The 相关链接 box beside the first article is an item of its own (itemheads.py).
    town, box, bridge = page.articles
    assert "江澜大桥开通" not in town.body and "江澜大桥开通" not in box.body
    assert (box.title, bridge.title) == ("相关链接", "江澜大桥开通")


def test_a_running_head_repeated_mid_column_is_no_part_of_the_text():
    page = parse(
        "西山晚报 2024年5月14日 星期二 A06\n\n老城墙根下的修鞋摊\n　　本报记者 苗青\n"
        "　　5月12日清晨，蒋宝林来到了西门城墙根下。“以前一天\n要修几十双鞋，现在少了，但\n\n"
        "A06 城事  西山晚报  2024年5月14日\n\n老街坊还认我这儿。”蒋宝林说。\n"
    )
    (cobbler,) = page.articles
    assert cobbler.paragraphs == [
        "5月12日清晨，蒋宝林来到了西门城墙根下。“以前一天要修几十双鞋，现在少了，但老街坊还认我这儿。”蒋宝林说。"
    ]


def test_headlines_over_a_byline_line_on_a_page_of_one_paragraph_a_line():
    # Paragraphs touch, a line each: a headline and its byline after an article's
    # finished text head the next article; a commentary's bare-name signature too.
    page = parse(
        "中国建材信息报　2022年6月10日　星期五　第5版\n玻璃行业上半年价格走势分析\n本报记者 聂长青\n"
        "今年以来，受下游房地产需求偏弱影响，浮法玻璃价格整体呈震荡下行走势。"
        "据行业协会监测，5月份全国浮法玻璃均价较年初下降约百分之十五。\n"
        "业内人士认为，随着部分生产线冷修停产，供需关系有望在三季度逐步改善。\n"
        "瓷砖企业结伴出海\n本报通讯员 童家伟\n"
        "6月初，来自南川陶瓷产区的十二家瓷砖企业组团赴东南亚参加建材展，现场签订意向订单逾一千万美元。\n"
    )
    glass, tiles = page.articles
    assert credits(glass) == [("聂长青", "reporter", None)]
    assert (tiles.title, credits(tiles)) == (
        "瓷砖企业结伴出海",
        [("童家伟", "correspondent", None)],
    )
    page = parse(
        "东江日报　2021年8月18日　星期三　第2版　评论\n让“口袋公园”多起来\n□林晓峰\n"
        "最近，市区新建的十几处“口袋公园”成了市民茶余饭后的好去处。\n"
        "希望有关部门多算民生账，让更多“口袋公园”嵌进城市的街头巷尾。\n"
        "莫让“打卡”变“打扰”\n黄一鸣\n暑期以来，一些网红景点周边的居民区成了游客“打卡”的地方。\n"
    )
    parks, visits = page.articles
    assert credits(parks) == [("林晓峰", "author", None)]
    assert (visits.title, credits(visits)) == ("莫让“打卡”变“打扰”", [("黄一鸣", "author", None)])


def test_headlines_gathered_at_the_end_of_a_page_of_one_paragraph_a_line():
    page = parse(
        "丰原日报　2020年7月8日　星期三　第4版\n"
        "本报讯（记者 苏婉）近日，丰原市第三人民医院与省肿瘤医院签订合作协议，省里专家将每周来丰原坐诊。\n"
        "本报讯（通讯员 柴丽萍）7月5日，丰原市北关小学举行“红领巾跳蚤市场”活动。\n"
        "省里专家每周来丰原坐诊\n北关小学办起“跳蚤市场”\n"
    )
    doctors, market = page.articles
    assert doctors.title == "省里专家每周来丰原坐诊"
    assert market.title == "北关小学办起“跳蚤市场”"
    assert market.paragraphs == [
        "本报讯（通讯员 柴丽萍）7月5日，丰原市北关小学举行“红领巾跳蚤市场”活动。"
    ]


def test_a_kicker_and_title_over_a_lead_after_finished_text_head_its_article():
    page = parse(
        "松原日报　2024年1月26日　星期五　第1版\n查干湖冬捕吸引游客超四十万人次\n"
        "本报讯（记者 邵俊峰）1月24日，第二十届查干湖冰雪渔猎文化旅游节闭幕。据统计，节庆期间共接待游客四十二万人次。\n"
        "稳岗扩就业\n市人社局“春风行动”提前启动\n"
        "本报讯（记者 万丽娜）1月25日，市人社局召开会议，部署2024年“春风行动”，比往年提前半个月启动。\n"
    )
    lake, jobs = page.articles
    assert credits(lake) == [("邵俊峰", "reporter", None)]
    assert (jobs.kicker, jobs.title, credits(jobs)) == (
        "稳岗扩就业",
        "市人社局“春风行动”提前启动",
        [("万丽娜", "reporter", None)],
    )


def test_notices_one_after_another_each_under_its_heading():
    page = parse(
        "安平日报　2024年6月18日　星期二　第8版\n\n遗失启事\n\n"
        "安平县顺达运输有限公司遗失营业执照副本一份，声明作废。\n\n寻人启事\n\n"
        "邓秀梅，女，七十二岁，于2024年6月15日上午在县城南关市场走失。\n"
    )
    assert [a.title for a in page.articles] == ["遗失启事", "寻人启事"]


def test_a_line_under_a_byline_that_closed_its_article_heads_the_next():
    page = parse(
        "桂林湾新闻　2023年4月25日　星期二　第2版\n\n潮田乡新修产业路通车\n\n"
        "近日，潮田乡太平村至古定村的产业路建成通车，全长六点五公里。\n\n韦　丽\n\n"
        "海洋乡：万亩桃花引客来\n\n3月以来，海洋乡万亩桃花进入盛花期，周末每天接待游客上万人次。\n"
    )
    road, peaches = page.articles
    assert credits(road) == [("韦丽", "author", None)]
    assert peaches.title == "海洋乡：万亩桃花引客来"


def test_a_headline_whose_lead_restates_two_pairs_in_five_of_it():
    page = parse(
        "江城理工大学报　2023年10月15日\n\n图书馆新增研讨空间\n\n"
        "本报讯（通讯员 谷雨菲）新学期，学校图书馆三楼改造完成，新增小组研讨间十二个。\n\n"
        "化学学院举办学术讲座\n\n10月11日，化学学院邀请中科院研究员夏明远作学术报告，两百余名师生参加。\n\n"
        "（化学学院 程诺）\n"
    )
    library, talk = page.articles
    assert credits(library) == [("谷雨菲", "correspondent", None)]
    assert (talk.title, credits(talk)) == ("化学学院举办学术讲座", [("程诺", "author", "化学学院")])


MARKED_SECTIONS = """柏林报 2022年10月14日 第3版

一条老街的新生
本报记者 戚文

10月12日，老街游人如织，青石板路两旁的铺子都开了门。

■ 从“拆不拆”到“怎么改”
2019年，街道请来规划团队，留下了四十多栋老屋。

■ 从“守摊子”到“开新店”
老字号重新开张，年轻人也回来开了咖啡馆。

区图书馆开放夜间阅读区
本报讯（通讯员 许言）10月10日，区图书馆开放夜间阅读区。
"""


def test_marked_section_heads_stay_in_the_feature_signed_under_its_headline():
    street, library = parse(MARKED_SECTIONS).articles
    assert street.title == "一条老街的新生" and credits(street) == [("戚文", "reporter", None)]
    assert street.body.endswith("年轻人也回来开了咖啡馆。")
    assert any(p.startswith("■ 从“守摊子”到“开新店”") for p in street.paragraphs)
    assert library.title == "区图书馆开放夜间阅读区"


TWO_HEADLINES_OVER_TWO_TEXTS = """2023年5月8日  星期一    03  综合新闻
全区夏粮收购工作全面启动
千名志愿者进社区清洁家园
本报讯（记者 韦光）5月6日，记者从区粮食局获悉，全区夏粮收购工作全面启动。
本报讯（记者 苗禾）5月7日，区文明办组织1000名志愿者走进社区开展清洁家园活动。
"""


def test_two_headlines_printed_together_before_two_texts_head_one_each():
    grain, cleanup = parse(TWO_HEADLINES_OVER_TWO_TEXTS).articles
    assert grain.title == "全区夏粮收购工作全面启动" and grain.kicker is None
    assert cleanup.title == "千名志愿者进社区清洁家园"


PHOTO_AFTER_THE_TEXT = """县医院开通夜间门诊
本报讯（通讯员 郝一）近日，县医院开通夜间门诊，方便上班族就医。

4月23日，读者在县图书馆少儿阅览室阅读绘本。
本报记者 邵二 摄

县城新增停车泊位
本报讯（记者 杜三）近日，县城新增公共停车泊位三百个，其中医院周边一百个。

4月22日，县城新建的医院停车场投入使用，新增停车泊位一百个。
本报记者 邵二 摄
"""


def test_a_photo_after_an_article_is_an_item_of_its_own_unless_it_shows_the_articles_story():
    clinic, photo, parking = parse(PHOTO_AFTER_THE_TEXT, year=2024).articles
    assert credits(clinic) == [("郝一", "correspondent", None)]
    assert photo.body.startswith("4月23日，读者在县图书馆") and photo.title_is_derived
    assert credits(photo) == [("邵二", "photographer", None)]
    # The second photo shows what its article tells: the article's own.
    assert ("邵二", "photographer", None) in credits(parking)
    assert parking.body.endswith("新增停车泊位一百个。")


def test_a_leads_own_date_beats_its_datelines_which_is_the_day_it_counts_from():
    page = parse(
        "南湖日报 2021年9月14日 星期二 第3版 综合\n\n"
        "全省旅游推介会在省城举行\n"
        "本报省城9月13日电（记者 夏明川）9月11日，全省旅游推介会在省城开幕，百余家企业参展。\n\n"
        "秋粮收购工作启动\n"
        "本报省城9月13日电 昨天，省粮食局召开秋粮收购工作会议。\n\n"
        "首批新生入学\n"
        "本报9月13日讯 12日，县职业学校迎来首批新生。\n\n"
        "农民丰收节筹备就绪\n"
        "本报省城9月13日电 记者从省农业农村厅获悉，农民丰收节各项筹备工作已经就绪。\n\n"
        "新版物业条例公布\n"
        "本报省城9月13日电 省人大常委会审议通过新修订的物业管理条例，新条例将于11月1日施行。\n\n"
        "老年人运动会下周举行\n"
        "本报省城9月13日电 9月20日至22日，全省老年人运动会将在省体育中心举行。\n"
    )
    assert [a.date for a in page.articles] == [
        dt.date(2021, 9, 11),
        dt.date(2021, 9, 12),  # 昨天 of the dispatch, not of the issue
        dt.date(2021, 9, 12),
        dt.date(2021, 9, 13),  # no date of its own: the dateline's
        dt.date(2021, 9, 13),  # a date further on is not the lead's own (a law's start)
        dt.date(2021, 9, 13),  # nor a day after the dispatch's: a plan's
    ]


def test_a_dateline_in_chinese_numerals_is_read_and_the_leads_own_date_beats_it():
    page = parse(
        "岷江日报\n1983年6月12日　第2版\n\n"
        "我省夏粮开镰\n"
        "新华社雅州六月十日电　记者方一舟报道：六月九日，省农牧厅负责人说，今年夏粮丰收在望。\n\n"
        "水库开闸放水\n"
        "新华社雅州六月十一日电　记者方一舟报道：省水利厅说，各地水库开闸放水抗旱。\n"
    )
    assert [a.date for a in page.articles] == [dt.date(1983, 6, 9), dt.date(1983, 6, 11)]


def test_an_as_of_date_dates_a_lead_but_not_one_under_a_dispatchs_day():
    page = parse(
        "临川日报 2022年7月6日 星期三 第2版\n\n"
        "全县早稻收获过半\n"
        "本报讯 截至7月4日，全县早稻收获面积达十二万亩。\n\n"
        "全省夏粮入库进度加快\n"
        "本报省城7月5日电 截至7月3日，全省已收购夏粮八十万吨。\n"
    )
    assert [a.date for a in page.articles] == [dt.date(2022, 7, 4), dt.date(2022, 7, 5)]


def test_a_dateline_alone_in_brackets_closing_the_text_dates_an_item_whose_lead_states_none():
    page = parse(
        "西江晚报 2022年8月3日 星期三 第6版 国内\n\n"
        "草原上的流动图书车\n"
        "新华社记者 白云鹤\n"
        "每到周末，一辆装满图书的面包车就开进牧区，牧民们围拢过来挑选喜欢的书。\n"
        "（新华社呼和浩特8月2日电）\n\n"
        "边境口岸迎来通关高峰\n"
        "为满足暑期出行需求，口岸7月30日起延长通关时间，当天通关旅客超过八千人次。\n"
        "（新华社满洲里8月1日电）\n"
    )
    bus, port = page.articles
    assert bus.date == dt.date(2022, 8, 2)
    # A dateline printed apart leaves the lead to read as any lead: its date wins.
    assert port.date == dt.date(2022, 7, 30)


def test_a_day_a_datelined_lead_names_by_the_dispatchs_day_is_its_event():
    page = parse(
        "东坪日报　　2016年7月8日　星期五　　第3版\n\n"
        "全市高考录取今日启动\n"
        "本报7月7日　记者柯文远报道：明天，本省本科一批录取工作正式开始。\n\n"
        "暑期游泳培训班开班\n"
        "本报7月7日　记者柯文远报道：7月10日至20日，市体育馆将举办游泳培训班。\n"
    )
    tomorrow, plan = page.articles
    assert tomorrow.date == dt.date(2016, 7, 8)  # 明天 from the 7th
    assert plan.date == dt.date(2016, 7, 7)  # a plan's dates: the dispatch's day


def test_old_items_reprinted_each_take_the_year_of_the_issue_named_under_them():
    page = parse(
        "西河晚报　·　老报纸里的故事\n\n"
        "【1983年】\n"
        "县城第一家照相馆开业\n"
        "本报讯　5月2日，县城东街的红星照相馆开门营业，当天拍照的群众排起长队。\n"
        "（原载本报1983年5月4日第二版）\n\n"
        "【1999年】\n"
        "环城公路建成通车\n"
        "本报讯（记者 钱立明）11月20日上午，全长18公里的环城公路建成通车。\n"
        "（原载本报1999年11月21日第一版）\n"
    )
    studio, road = page.articles
    assert (studio.date, road.date) == (dt.date(1983, 5, 2), dt.date(1999, 11, 20))
    assert page.date != dt.date(1983, 5, 4)  # a reprint's issue is not the page's


def test_a_bulletins_head_with_its_name_issue_and_date_dates_the_page():
    page = parse(
        "青禾农技  第14期  2022年5月20日\n\n"
        "县农技站开展小麦病虫害统防统治\n"
        "5月18日，县农技站组织植保专业队深入各乡镇，\n"
        "开展小麦赤霉病统防统治。\n"
    )
    assert page.date == dt.date(2022, 5, 20)
    (article,) = page.articles
    assert (article.title, article.date) == ("县农技站开展小麦病虫害统防统治", dt.date(2022, 5, 18))


def test_an_old_item_under_a_label_that_is_a_year_takes_that_year():
    page = parse(
        "南湖晚报　·　那年今日\n\n"
        "【1984年】\n"
        "城南菜市场开业\n"
        "本报讯　4月21日，城南菜市场开业，八十多个摊位全部租出。\n\n"
        "【2011年】\n"
        "南湖公园免费开放\n"
        "本报讯（记者 齐文斌）4月20日起，南湖公园取消门票，市民可免费入园。\n"
    )
    market, park = page.articles
    assert (market.date, park.date) == (dt.date(1984, 4, 21), dt.date(2011, 4, 20))


def test_a_wire_credit_and_dateline_closing_an_item_date_it():
    page = parse(
        "临江晚报　2021年9月3日　星期五\n\n远洋货轮首航北极航线\n"
        "一艘国产远洋货轮从港口启航，首次经北极航线驶往欧洲。\n"
        "（中新社记者　蓝启明　9月2日电）\n"
    )
    (article,) = page.articles
    assert credits(article) == [("蓝启明", "author", "中新社")]
    assert article.date == dt.date(2021, 9, 2)


def test_a_running_head_with_a_dashed_date_is_no_kicker():
    page = parse_page(
        "南湖都市报 2024-06-11 A05\n"
        "外卖小哥雨中救起落水儿童\n"
        "6月10日傍晚，外卖骑手覃立在湖边救起一名落水儿童。\n"
        "本报通讯员 宁远 记者 黎川\n\n"
        "本版热线：12345\n".encode(),
        PageMeta(source="page.txt"),
    )
    assert page.date == dt.date(2024, 6, 11)
    (article,) = page.articles
    assert article.kicker is None
    assert [(c.name, c.role) for c in article.credits] == [
        ("宁远", "correspondent"),
        ("黎川", "reporter"),
    ]


def test_a_columns_label_on_its_titles_line_is_the_column():
    page = parse_page(
        "【校园风采】把课堂搬进稻田里\n"
        "本报讯（记者 韦一苇）9月20日，农学院师生走进试验田，现场讲授水稻栽培。\n".encode(),
        PageMeta(source="page.txt"),
    )
    (article,) = page.articles
    assert (article.column, article.title) == ("校园风采", "把课堂搬进稻田里")


def test_a_lead_opening_on_its_writers_byline_with_no_marker_credits_them():
    # A township paper prints no 本报讯: the byline, closed by 报道：, opens the lead.
    page = parse(
        "青溪镇报\n2023年7月31日 第1版\n\n湖头溪防洪堤加固工程完工\n"
        "　　见习记者 何丽珍 报道：青溪镇湖头溪防洪堤加固工程日前通过验收。\n\n"
        "镇里召开防汛工作会\n"
        "　　记者从镇政府获悉，据县气象台报道：本周将有强降雨，镇里召开防汛工作会部署。\n"
    )
    dyke, meeting = page.articles
    assert credits(dyke) == [("何丽珍", "reporter", None)]
    assert dyke.body.startswith("青溪镇湖头溪防洪堤")
    # 报道： inside a sentence of text is no byline.
    assert credits(meeting) == [] and meeting.body.startswith("记者从镇政府获悉")
