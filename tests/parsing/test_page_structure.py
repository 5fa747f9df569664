"""How the parser reads a page's structure: wrapped columns, headline stacks, bylines.

These cases were the unit tests of the rule-based reflow and header reader that the
line-role model replaced; they are kept, through the whole parser, as what the model
must get right on short pages it has never seen.
"""

import pytest

from archive.parsing import PageMeta, parse_page
from archive.parsing.headlines import derive_title, looks_like_column
from archive.parsing.layout import split_lines
from archive.parsing.mastheads import contents_line
from archive.parsing.repairs import _a_photo_credit_under_a_signed_text_closes_it

NARROW = """本报讯 7月5日，高新区财
政金融局举办预算绩效管理培
训班开班仪式。

高新区全面深化改革工作
领导小组副组长兼办公室主
任周爱荣提出，举办本次培训是
提升履职能力助推

“十四五”开好局的有效途径。
记者 孙庆辉
通讯员 黄梦玮
"""

WIDE = """本报讯 6月1日上午，督导组一行来到地铁3号线施工现场。武斌表示，施工单位要让辖区群众早日享受到便捷的

交通设施，助力区域发展。

后续项目将按照三部委要求，推动全区经济社会平稳健康发展。记者 王赛华

区统计局签订2020年个人目标责任书
"""


def parse(text, **meta):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt", **meta))


def credits(article):
    return [(c.name, c.role) for c in article.credits]


def test_split_lines_keeps_offsets_into_the_source():
    text = "甲乙\n\n## 丙丁\n"
    lines = split_lines(text)
    assert [(ln.start, ln.end) for ln in lines] == [(0, 2), (3, 3), (4, 9), (10, 10)]
    assert lines[2].level == 2 and lines[2].text == "丙丁"
    assert text[lines[2].start : lines[2].end] == "## 丙丁"


def test_narrow_columns_join_lines_and_bridge_column_breaks():
    (article,) = parse(NARROW).articles
    first, second = article.paragraphs
    assert first == "本报讯 7月5日，高新区财政金融局举办预算绩效管理培训班开班仪式。"
    # The blank line after 助推 is a column break: the sentence goes on.
    assert second.endswith("提升履职能力助推“十四五”开好局的有效途径。")
    assert credits(article) == [("孙庆辉", "reporter"), ("黄梦玮", "correspondent")]


def test_wide_lines_are_paragraphs_and_a_byline_glued_to_a_sentence_is_split_off():
    page = parse(WIDE)
    article = page.articles[0]
    assert article.paragraphs[0].endswith("便捷的交通设施，助力区域发展。")
    assert article.paragraphs[-1].endswith("平稳健康发展。")
    assert ("王赛华", "reporter") in credits(article)
    assert "区统计局签订2020年个人目标责任书" not in article.body


def test_headlines_gathered_at_the_end_go_to_their_articles():
    text = (
        "本报讯 高新投控集团发出倡议，为罹患重病的职工捐款。\n记者 孙庆辉\n\n"
        "本报讯 为保障嵩山北路和化肥东路全线贯通，石佛办事处成立工作专班。\n记者 孙庆辉\n\n"
        "高新投控集团\n为患病职工爱心捐款\n\n嵩山北路、化肥东路打通提速\n"
    )
    first, second = parse(text).articles
    assert first.title == "高新投控集团为患病职工爱心捐款"
    assert second.title == "嵩山北路、化肥东路打通提速"
    assert credits(first) == credits(second) == [("孙庆辉", "reporter")]


RUN_TOGETHER = """清晨六点，城东菜市场已经热
闹起来。摊主们忙着把新鲜的
蔬菜摆上货架，老顾客们提着
篮子挑挑拣拣。

市场管理方介绍，今年以来菜
市场完成了顶棚和排水改造，
地面不再积水，摊位也重新划
分，买菜的环境明显好了。

冬季来临，西山林场的护林员
开始了新一轮巡山。他们每天
要走二十多公里山路，检查防
火设施，清理林下枯枝。

林场负责人说，护林员们熟悉
每一条山沟，哪里容易起火，
哪里有水源，都记在心里。

菜市场改造后顾客多了

西山护林员冬季巡山忙
"""


def test_a_headline_printed_apart_cuts_the_articles_that_ran_together():
    # Nothing between the two articles says where the second starts; its headline,
    # printed at the page's end and matching nothing else, does.
    page = parse(RUN_TOGETHER)
    assert [(a.title, a.body[:4]) for a in page.articles] == [
        ("菜市场改造后顾客多了", "清晨六点"),
        ("西山护林员冬季巡山忙", "冬季来临"),
    ]
    assert not [w for w in page.warnings if "belongs to no article" in w]


def test_names_alone_under_finished_text_sign_it():
    text = (
        "守护乡村记忆\n\n"
        "村里的老祠堂修缮一新，成了村民议事和孩子们读书的地方。老人们说，祠堂修好了，"
        "乡愁也就有了寄托。\n\n"
        "周明轩 钱雨桐\n\n"
        "科技助力春耕\n\n"
        "本报讯 无人机在田间来回穿梭，半天就能完成上百亩农田的播种作业。\n"
    )
    first, second = parse(text).articles
    assert first.title == "守护乡村记忆" and second.title == "科技助力春耕"
    assert [c.name for c in first.credits] == ["周明轩", "钱雨桐"]
    assert not second.credits


def test_kicker_title_and_subtitle_over_an_article():
    text = (
        "您上班 我带娃\n高新区工会举办爱心托管班\n——解决职工“后顾之忧”\n\n"
        "本报讯 7月8日，区总工会到职工文化活动中心调研托管班开班情况。\n记者 孙庆辉\n"
    )
    (article,) = parse(text).articles
    assert (article.kicker, article.title) == ("您上班 我带娃", "高新区工会举办爱心托管班")
    assert article.subtitle == "解决职工“后顾之忧”"


def test_markdown_heading_and_the_lines_under_it():
    text = (
        "## 高新区召开环境污染防治工作会议\n\n尽职责，严分工，\n全力改善全区空气质量\n\n"
        "本报讯 近期，区里召开环境污染防治工作会议，各单位负责人参加会议。记者 孙庆辉\n"
    )
    (article,) = parse(text).articles
    assert article.title == "高新区召开环境污染防治工作会议"
    assert article.subtitle == "尽职责，严分工，全力改善全区空气质量"


def test_a_speaker_under_a_markdown_heading_opens_the_items_text():
    # A roundup's item under its heading: the speaker's line is text, not a subtitle.
    text = (
        "## 代表委员谈民生\n\n某某区人大代表王明远\n\n"
        "“小区的事，要听居民的意见。”王明远说。\n\n"
        "他建议，每年的民生实事项目都由居民投票选出。\n"
    )
    (article,) = parse(text).articles
    assert article.title == "代表委员谈民生"
    assert article.subtitle is None
    assert article.body.startswith("某某区人大代表王明远")


def test_a_name_and_a_mark_after_a_sentence_are_not_a_byline():
    (article,) = parse("本报讯 区里奠定\n了良好基础。连日来，文\n苑街道开展创建。\n").articles
    assert article.credits == []
    assert article.body.endswith("连日来，文苑街道开展创建。")


def test_known_columns_come_from_the_manifest():
    # A paper's own column is known from its manifest, not from a word list.
    assert not looks_like_column("高新区动态")
    assert looks_like_column("高新区动态", known=("高新区动态",))
    assert looks_like_column("经济快讯") and looks_like_column("图片新闻")
    assert not looks_like_column("高新区召开党政联席会议")


def test_derived_titles_come_from_the_first_sentence():
    title = derive_title("2月8日上午，高新投控集团召开深化国企改革专题研讨会议。会议围绕…")
    assert title == "高新投控集团召开深化国企改革专题研讨会议"
    assert len(derive_title("甲" * 100)) == 30
    # A text continued from another page says so first; its title is what it says.
    assert (
        derive_title("（上接第一版）各相关部门要压实监管责任，守牢底线。")
        == "各相关部门要压实监管责任"
    )


def test_a_column_of_one_line_items_each_closed_by_its_credit():
    text = (
        "北川日报 2021年8月3日 第4版\n一句话新闻\n\n"
        "●8月1日，县文化馆暑期公益课堂开班。（记者 杭一鸣）\n"
        "●8月2日，城南污水处理厂二期工程通水。（通讯员 蒲晓）\n"
    )
    classes, water = parse(text).articles
    assert classes.title == "县文化馆暑期公益课堂开班"  # the mark and the day are no title
    assert [(c.name, c.role) for c in classes.credits] == [("杭一鸣", "reporter")]
    assert water.body == "●8月2日，城南污水处理厂二期工程通水。"
    assert [(c.name, c.role) for c in water.credits] == [("蒲晓", "correspondent")]


@pytest.mark.parametrize("rubric", ["■ 简讯\n\n", ""])
def test_marked_briefs_after_an_article_are_items_of_their_own(rubric):
    # Each brief closes with its own writers: the article above ends at its last
    # sentence, and a marked rubric over the briefs (■ 简讯) names their column.
    text = (
        "南岭日报 2022年5月10日 第3版\n\n县城新增三处停车场\n"
        "本报讯（记者 郜文）记者5月9日获悉，县城新建的三处停车场投入使用，新增车位400个。\n\n"
        + rubric
        + "●5月8日，城关镇举办消防安全培训，200余人参加。（通讯员 牟青）\n"
        "●5月9日，县图书馆开展读书分享会。（记者 郜文）\n"
    )
    parking, training, books = parse(text).articles
    assert parking.body.endswith("新增车位400个。")
    assert [(c.name, c.role) for c in parking.credits] == [("郜文", "reporter")]
    assert training.body == "●5月8日，城关镇举办消防安全培训，200余人参加。"
    assert [(c.name, c.role) for c in training.credits] == [("牟青", "correspondent")]
    assert books.body == "●5月9日，县图书馆开展读书分享会。"
    assert training.column == books.column == ("简讯" if rubric else None)


def test_a_marked_headline_over_a_lead_heads_its_brief():
    # ▲ sets each brief's headline apart; the lead under it need not restate it.
    text = (
        "东溪报 2014年11月5日 第2版\n\n"
        "▲城南片区完成管网改造\n截至11月3日，城南片区完成老旧管网改造9公里。（通讯员 芮冬）\n\n"
        "▲县博物馆新增展厅两个\n日前，县博物馆新建的两个展厅对外开放。（记者 奚敏）\n\n"
        "县里召开秋冬季防火工作会\n本报讯 近日，全县秋冬季防火工作会召开。\n"
    )
    titles = [a.title for a in parse(text).articles]
    assert titles == ["城南片区完成管网改造", "县博物馆新增展厅两个", "县里召开秋冬季防火工作会"]


def test_a_briefs_headline_runs_on_into_its_text_in_a_narrow_column():
    text = (
        "东溪报 2014年11月5日 第2版\n乡镇传真\n\n"
        "▲龙湾镇举办农技培训班 11月\n3日，龙湾镇举办农技培训班，两\n百余名种植户参加。（通讯员\n 芮冬）\n"
        "▲白石乡新建村级文化广场 日\n前，白石乡投资八十万元建成三\n个村级文化广场。（记者 奚敏）\n"
    )
    first, second = parse(text).articles
    assert (first.title, first.body) == (
        "龙湾镇举办农技培训班",
        "11月3日，龙湾镇举办农技培训班，两百余名种植户参加。",
    )
    assert first.date.isoformat() == "2014-11-03"
    assert (second.title, second.body) == (
        "白石乡新建村级文化广场",
        "日前，白石乡投资八十万元建成三个村级文化广场。",
    )
    assert [c.name for c in first.credits] == ["芮冬"]
    assert [c.name for c in second.credits] == ["奚敏"]


def test_credit_lines_with_an_editor_close_the_item_above():
    # A media centre's items: writers, photographer, editor and checker under the text.
    text = (
        "石门县融媒体中心　2023年9月19日\n\n"
        "石门县召开秋季防汛工作会\n9月18日，石门县召开秋季防汛工作会，部署下阶段工作。\n"
        "记者：龚雅\n编辑：吕正\n审核：桑立\n\n"
        "稻田里的丰收节\n9月17日，石门县农民丰收节在城关镇举行，吸引上万名群众参与。\n"
        "文字：甘露\n摄影：麦子航\n编辑：吕正\n审核：桑立\n"
    )
    page = parse(text)
    assert page.date.isoformat() == "2023-09-19"
    meeting, harvest = page.articles
    assert ("龚雅", "reporter") in credits(meeting)
    assert [c for c in credits(harvest) if c[1] != "editor"] == [
        ("甘露", "author"),
        ("麦子航", "photographer"),
    ]
    assert not [lo for lo in page.leftovers if lo.kind == "stray"]


@pytest.mark.parametrize("mark", ["●", "■"])
def test_marked_briefs_under_a_column_name_are_items_of_their_own(mark):
    text = (
        "新城区报 2005年9月23日 星期五 第2版\n\n教育短讯\n"
        f"{mark}9月20日，区教育局召开新学期安全工作会议，部署校园安全排查。\n"
        f"{mark}日前，区图书馆新增图书一万册。\n"
    )
    meeting, books = parse(text).articles
    assert meeting.column == books.column == "教育短讯"
    assert meeting.body.endswith("部署校园安全排查。") and books.body.endswith("新增图书一万册。")
    assert str(meeting.date) == "2005-09-20"


def test_an_editor_named_alone_at_the_pages_foot_edited_the_page():
    text = (
        "双峰报　2011年11月4日　星期五　第2版　乡镇\n\n石桥镇举办农民运动会\n"
        "本报讯 11月2日，石桥镇第三届农民运动会开幕，来自全镇16个村的400余名农民运动员参加比赛。\n"
        "（通讯员 尤建平 包彩霞）\n\n编辑 欧晓梅\n"
    )
    page = parse(text)
    (article,) = page.articles
    assert credits(article) == [("尤建平", "correspondent"), ("包彩霞", "correspondent")]
    assert "编辑 欧晓梅" in [lo.text for lo in page.leftovers]


@pytest.mark.parametrize(
    "foot",
    [
        "编辑 龚晓岚　审核 柏青\n双峰县融媒体中心出品",
        "主编：范思齐\n责任编辑：龚晓岚\n校对：柏青",
        "编辑：龚晓岚\n版式：郑一川\n石桥镇报社出版",
        "编辑：龚晓岚\n版式：郑一川",
    ],
)
def test_the_pages_staff_one_a_line_at_its_foot_edited_the_page(foot):
    text = (
        "双峰报　2011年11月4日　星期五　第2版　乡镇\n\n石桥镇举办农民运动会\n"
        "本报讯 11月2日，石桥镇第三届农民运动会开幕，来自全镇16个村的400余名农民运动员参加比赛。\n"
        "（通讯员 尤建平 包彩霞）\n\n双语课堂进村小\n"
        "本报讯 近日，石桥镇中心小学开设双语课堂，全镇120名学生受益。\n（记者 葛青）\n\n"
        f"{foot}\n"
    )
    page = parse(text)
    games, school = page.articles
    assert credits(games) == [("尤建平", "correspondent"), ("包彩霞", "correspondent")]
    assert credits(school) == [("葛青", "reporter")]
    assert school.body.endswith("全镇120名学生受益。")


def test_a_page_head_printed_as_fields_is_furniture():
    text = (
        "版次：05\n版名：城乡新闻\n责任编辑：詹慧\n美　　编：柏　川\n校　　对：计　蓉\n\n"
        "泉溪日报\n二〇一九年三月五日　星期二\n农历己亥年正月廿九\n\n"
        "全区春季植树活动启动\n本报讯（记者 滕悦）3月4日，全区春季植树活动在白石镇启动。\n"
    )
    page = parse(text)
    (article,) = page.articles
    assert article.title == "全区春季植树活动启动"
    assert credits(article) == [("滕悦", "reporter")]
    banners = [lo.text for lo in page.leftovers if lo.kind == "banner"]
    assert "版名：城乡新闻" in banners and "校 对：计 蓉" in banners


def test_a_front_pages_contents_box_is_furniture():
    text = (
        "淇水报\n一九八九年三月七日　星期二\n\n今日要目\n"
        "●全县春耕备耕工作全面展开（一版）\n●城关供销社送化肥下乡（二版）\n"
        "●小麦返青期怎样管理（三版）\n\n县委部署春季植树造林\n"
        "本报讯　县委日前召开会议，部署春季植树造林工作。（县委办公室　邢立）\n"
    )
    page = parse(text)
    (article,) = page.articles
    assert article.title == "县委部署春季植树造林"
    assert "●城关供销社送化肥下乡（二版）" in [lo.text for lo in page.leftovers]
    # A book's edition is no page pointer.
    assert not contents_line("《现代汉语词典》（第7版）")


def test_a_guide_to_the_issue_pointing_to_pages_unbracketed_is_furniture():
    # Each entry a headline and 详见N版: no headline printed apart for the page's texts
    # (the last one had taken them as its kicker and title).
    text = (
        "河湾日报\n2024年3月5日 星期二\n第1版\n\n县里召开春耕生产推进会\n"
        "本报讯（记者 秦方）3月4日，县里召开春耕生产推进会，部署全县春耕备耕工作。\n\n"
        "老街口的便民菜场开门了\n"
        "本报讯（记者 秦方）3月3日，老街口便民菜场正式开业，摊位八十个。\n\n"
        "今日导读\n▲全县春季植树造林全面展开  详见2版\n▲返乡青年办起蘑菇合作社 见第3版\n"
    )
    page = parse(text)
    assert [a.title for a in page.articles] == ["县里召开春耕生产推进会", "老街口的便民菜场开门了"]
    banners = [lo.text for lo in page.leftovers if lo.kind == "banner"]
    assert "▲返乡青年办起蘑菇合作社 见第3版" in banners
    assert contents_line("▲全县春季植树造林全面展开  详见2版")
    # Unbracketed, only 见 says it points: a headline may end on its own 第2版.
    assert not contents_line("新版村规民约第2版")
    # …or a mark opening the entry and a space before its page; a heading set wide.
    assert contents_line("■ 返乡青年办起蘑菇合作社　3版") and contents_line("导　读")
    assert not contents_line("返乡青年办起蘑菇合作社　3版")


def test_verse_under_a_signed_title_is_the_poems_text():
    text = (
        "泾川报 2020年11月3日 第4版\n\n冬天的河\n□ 茹晓岚\n\n"
        "河水慢了下来\n芦苇白了头\n一只水鸟\n贴着冰面飞过\n把整个冬天\n轻轻叫醒\n"
    )
    (poem,) = parse(text).articles
    assert poem.title == "冬天的河"
    assert credits(poem) == [("茹晓岚", "author")]
    assert poem.body.startswith("河水慢了下来") and poem.body.endswith("轻轻叫醒")


def test_a_page_number_alone_in_the_running_head_is_no_headline():
    text = (
        "河阳日报\n2016年6月21日 星期二\n综合新闻\n2\n河阳日报 2016年6月21日 星期二 综合新闻 2\n"
        "县里召开森林防火工作会议\n"
        "本报讯（记者 阙明）6月19日，县里召开森林防火工作会议，分析当前形势，部署防火工作。\n"
    )
    page = parse(text)
    (article,) = page.articles
    assert article.title == "县里召开森林防火工作会议"
    assert credits(article) == [("阙明", "reporter")]


def test_a_pages_sponsor_line_is_furniture():
    text = (
        "安源报 2016年10月14日 第6版\n普惠金融　服务“三农”专版\n本版由安源县农村商业银行协办\n\n"
        "县农商行发放小额贷款\n10月12日，县农商行向养殖户发放小额贷款300万元。\n文/卢雪\n"
    )
    page = parse(text)
    (article,) = page.articles
    assert article.title == "县农商行发放小额贷款"
    assert "本版由安源县农村商业银行协办" in [lo.text for lo in page.leftovers]


def test_marked_briefs_under_a_column_of_briefs_are_items_uncredited_or_not():
    text = (
        "青石县报　1986年4月8日　星期二\n\n县粮站开展夏粮收购准备\n"
        "本报讯　县粮站提前检修仓库，做好夏粮收购准备。\n（本报记者　葛春）\n\n"
        "简　讯\n△县文化馆四月五日起举办农民书法培训班，每周两期。\n"
        "△城关镇四月六日召开植树造林表彰会，表彰了十个先进村。\n"
    )
    grain, calligraphy, trees = parse(text).articles
    assert credits(grain) == [("葛春", "reporter")]
    assert calligraphy.body.startswith("△县文化馆") and trees.body.startswith("△城关镇")
    assert calligraphy.column == trees.column == "简讯"


def test_a_units_writer_on_the_last_line_signs_the_text_above():
    text = (
        "河湾报　1988年5月17日　星期二　第3版\n\n专业户养鸭致富\n"
        "本报讯　石岭乡农民办起养鸭场，现存栏一千二百只。\n"
        "　　　　　　　　石岭乡广播站　童新\n"
    )
    (article,) = parse(text).articles
    assert credits(article) == [("童新", "author")]


def test_a_front_pages_masthead_block_is_furniture():
    text = (
        "西岭日报\nXILING DAILY\n国内统一连续出版物号 CN 99-0001\n"
        "2021年6月18日 星期五 今日8版\n西岭日报社出版 第10001期\n天气：多云 23℃～31℃\n\n"
        "市领导检查防汛工作\n本报讯（记者 柴云）6月16日，市领导检查沿江防汛工作。\n"
    )
    page = parse(text)
    (article,) = page.articles
    assert article.title == "市领导检查防汛工作"
    banners = [lo.text for lo in page.leftovers if lo.kind == "banner"]
    for line in ("XILING DAILY", "西岭日报社出版 第10001期", "天气：多云 23℃～31℃"):
        assert line in banners


def test_a_block_mark_before_a_headline_is_a_mark_not_the_titles():
    # E-papers and their OCR put ▍ or ▌ before a headline as others put ■.
    page = parse(
        "▍城东水渠完工\n本报讯 5月3日，城东水渠完工。\n\n▌城西新建公园\n本报讯 5月4日，城西公园开园。"
    )
    assert [a.title for a in page.articles] == ["城东水渠完工", "城西新建公园"]


def test_a_notice_among_the_news_is_an_item_of_its_own():
    page = parse(
        "城东水渠完工\n本报讯 5月3日，城东水渠完工。\n\n"
        "青河县交通运输局\n关于城区道路施工的通告\n因城区管网改造，中山路5月10日起封闭施工。\n特此通告。\n"
        "青河县交通运输局\n2021年5月6日\n\n"
        "遗失声明\n青河县顺达物流有限公司不慎遗失营业执照副本，特此声明作废。\n\n"
        "城西新建公园\n本报讯 5月4日，城西公园开园。"
    )
    titles = [(a.kicker, a.title) for a in page.articles]
    assert titles == [
        (None, "城东水渠完工"),
        ("青河县交通运输局", "关于城区道路施工的通告"),
        (None, "遗失声明"),
        (None, "城西新建公园"),
    ]
    # The issuer and the day that close the notice are its text, not headlines.
    body = page.articles[1].body
    assert "特此通告。" in body and body.endswith("2021年5月6日") and "交通运输局" in body
    assert not page.leftovers


def test_a_county_broadcasting_stations_item_opens_with_its_marker():
    page = parse(
        "苗圃乡桃农喜获丰收\n本报讯 苗圃乡今年种植的三千亩早熟桃上市，桃农增收。\n\n"
        "县广播站讯 县计生委近日举办健康知识讲座三场，听众九百余人。"
    )
    assert len(page.articles) == 2 and page.articles[1].body.startswith("县广播站讯")


def test_a_features_bracketed_section_heads_stay_in_it():
    page = parse(
        "一座桥 连起两个村\n特约记者 柯林\n\n记者沿着新修的公路来到桥头村。\n"
        "【果子卖得出去了】\n村民老杭家种了十亩梨，桥通以后，收购商的车直接开到地头。\n"
        "【孩子上学近了】\n过去孩子上学要绕二十里山路，如今过桥十分钟就到学校。"
    )
    (feature,) = page.articles
    assert feature.title == "一座桥 连起两个村"
    assert "【孩子上学近了】" in feature.body and [c.name for c in feature.credits] == ["柯林"]


def test_a_features_section_heads_that_echo_its_headline_stay_in_it():
    feature = (
        "一座桥　一条街　一个镇\n本报记者　缪田\n\n"
        "11月2日，记者驱车沿着新修的沿江公路来到江口镇，沿途是成片的茶园。\n\n"
    )
    page = parse(
        feature + "架起一座桥\n2019年，镇里争取资金架起了跨江大桥，两岸群众往来只需五分钟。\n\n"
        "改造一条街\n桥通了，镇里又引进企业改造老街，带动两百多户居民开店增收。\n"
    )
    (whole,) = page.articles
    assert "架起一座桥" in whole.body and "改造一条街" in whole.body
    # A news item after it, with its own lead, is an article of its own.
    page = parse(feature + "县图书馆延长开放时间\n本报讯 县图书馆从本月起每晚开放到九点。")
    assert [a.title for a in page.articles] == ["一座桥 一条街 一个镇", "县图书馆延长开放时间"]


def test_an_item_dated_by_its_day_alone_opens_and_its_lead_dates_it():
    # 本报8日讯: the paper's day-only marker opens an item; the lead's own first date
    # (5日至7日) is the event's, and the derived title skips the whole range.
    page = parse(
        "城东晚报　2016年3月9日　星期三　A05\n\n"
        "城区气温骤降八度\n"
        "晚报讯（记者 聂远）前天夜里的一场春雨，让城区最高气温降了八度。\n\n"
        "本报8日讯（记者 仲秋）3月5日至7日，第三届城东春季车展在会展中心举行。\n"
    )
    rain, show = page.articles
    assert show.title == "第三届城东春季车展在会展中心举行"
    assert show.date.isoformat() == "2016-03-05"
    assert [c.name for c in show.credits] == ["仲秋"]


def test_a_commentarys_label_and_its_unnamed_signature_are_no_title():
    short = parse("短评\n开局就要快起跑\n一年之计在于春，抢抓开局就要把劲头用在项目上。\n")
    (article,) = short.articles
    assert (article.column, article.title) == ("短评", "开局就要快起跑")
    signed = parse("以改革破解发展难题\n特约评论员\n发展历程告诉我们，改革是关键一招。\n")
    (article,) = signed.articles
    assert article.title == "以改革破解发展难题" and not article.credits


def test_marked_briefs_under_a_name_no_lexicon_knows_are_items_of_their_own():
    # Whatever a paper calls its briefs' column, two or more paragraphs that each open
    # with a mark and end a sentence under a short line are briefs, the line their column.
    text = (
        "桐川日报　2021年6月3日　星期四　第2版\n\n城厢点滴\n"
        "◆6月2日，市体育馆游泳池恢复对外开放，每天开放至晚上9时。\n"
        "◆市水务集团提醒，本月起新办用水业务可在网上办理。\n"
    )
    pool, water = parse(text).articles
    assert pool.column == water.column == "城厢点滴"
    assert "城厢点滴" not in (pool.title, water.title)
    assert water.body.startswith("◆市水务集团") and str(pool.date) == "2021-06-02"


def test_a_pupils_class_signs_a_school_papers_essay():
    text = (
        "三中校报　　2020年12月4日　　第9期　　编辑：霍明珠\n\n窗外的梧桐\n"
        "高二（3）班　尉迟晓雪\n指导老师：乔一帆\n"
        "放学时，梧桐叶落了满地，风一吹，沙沙作响。\n"
    )
    page = parse(text)
    (essay,) = page.articles
    assert str(page.date) == "2020-12-04"
    assert essay.title == "窗外的梧桐" and essay.kicker is None and essay.subtitle is None
    assert credits(essay) == [("尉迟晓雪", "author")]
    assert essay.body.startswith("放学时")


def test_a_marked_brief_after_one_closed_by_its_writer_opens_its_own_item():
    # A wide page whose first brief runs long: the mark after its closing credit opens
    # the next brief, not a wrapped line of it.
    text = (
        "电力报\n2021年1月14日　第3版\n\n一线传真\n"
        "●1月10日，某供电公司走访辖区重点企业，了解冬季用电需求，现场解决企业用电难题三项。（赖一齐）\n"
        "●11日，某县供电公司开展带电作业进乡村活动。（冉　一）\n"
    )
    visits, works = parse(text).articles
    assert credits(visits) == [("赖一齐", "author")] and credits(works) == [("冉一", "author")]
    assert works.body.startswith("●11日")


def test_headlines_set_together_over_their_texts_go_to_each_in_turn():
    # A PDF's text puts three headlines together over the three items they head: each
    # shares its words with one text, so none is a kicker or a deck of the first.
    text = (
        "河阳日报　2019年5月6日　星期一　第2版\n"
        "南湖两座人行桥建成通行\n北山公园樱花进入盛花期\n“小额贷款”帮了养鸡户大忙\n"
        "本报讯（记者 汪林）5月5日，南湖两座人行桥建成通行，方便市民环湖散步。\n"
        "本报讯（记者 祝青）5月5日，北山公园的樱花进入盛花期，游客明显增多。\n"
        "本报讯 今年以来，县农村信用联社向养鸡户发放小额贷款一点二亿元。（通讯员 车一）\n"
    )
    bridges, blossom, loans = parse(text).articles
    assert bridges.title == "南湖两座人行桥建成通行" and bridges.kicker is None
    assert blossom.title == "北山公园樱花进入盛花期"
    assert loans.title == "“小额贷款”帮了养鸡户大忙"


@pytest.mark.parametrize("mark", ["▶", "·"])
def test_briefs_marked_with_an_arrow_or_a_lists_dot_are_items_of_their_own(mark):
    text = (
        "临江新区报　2022年6月24日　第2版\n企业短波\n"
        f"{mark}6月20日，一家风电企业的第500台风机下线。\n"
        f"{mark}园区一家药企研发的新型疫苗佐剂获批临床试验。（记者 米一）\n"
    )
    wind, vaccine = parse(text).articles
    assert wind.body.startswith(f"{mark}6月20日") and vaccine.body.startswith(f"{mark}园区")
    assert credits(wind) == [] and credits(vaccine) == [("米一", "reporter")]


def test_a_headline_set_in_short_lines_over_its_lead_is_one_title():
    text = (
        "河阳日报　2019年5月6日　星期一　第2版\n"
        "货车司机\n突发疾病\n先停车再倒下\n"
        "本报讯（记者 欧阳一丹）5月5日下午，货车司机宋师傅突发心脏不适，他将车停稳后才趴在方向盘上。\n"
    )
    (article,) = parse(text).articles
    assert article.title == "货车司机突发疾病先停车再倒下"
    assert credits(article) == [("欧阳一丹", "reporter")] and str(article.date) == "2019-05-05"


def test_a_question_of_two_short_clauses_standing_apart_heads_its_text():
    text = (
        "闽北都市报\n2022年11月17日　第3版\n\n醉驾男子撞上护栏被查\n"
        "本报讯（记者 官一）昨日凌晨，一辆小轿车撞上道路护栏。\n\n"
        "耳机丢了，延保服务能赔吗？\n不少消费者加购了延保服务，用时却发现赔付门槛高。\n"
        "（都市报记者　官一　整理）\n"
    )
    crash, warranty = parse(text).articles
    assert warranty.title == "耳机丢了，延保服务能赔吗？"
    assert warranty.body.startswith("不少消费者") and crash.body.endswith("道路护栏。")


@pytest.mark.parametrize("series", ["红色足迹⑤", "老街记忆之三", "乡村新变化（五）"])
def test_a_series_label_with_its_number_over_a_headline_is_no_part_of_it(series):
    text = (
        "湘南日报\n2021年6月10日　第4版\n"
        f"{series}\n一座老渡口的百年记忆\n本报记者　聂一\n"
        "沿着江边的石阶往下走，青石板上的凹痕记录着老渡口的百年沧桑。\n"
    )
    (article,) = parse(text).articles
    assert article.title == "一座老渡口的百年记忆"
    assert credits(article) == [("聂一", "reporter")]


NARROW_PAGE = (
    "青溪报\n2022年4月8日　第2版\n\n"
    "城南新建\n两座口袋公园\n"
    "本报讯（记者 庞一舟）\n4月6日，城南街道\n新建的两座口袋公园\n向市民开放。\n"
    "公园种植乔木三百\n余株，设有健身步道。\n\n"
    "乡村客运\n开通新线路\n"
    "本报讯（通讯员 武小禾）\n4月7日，县城至石门\n乡的客运班线开通，\n沿线八个村的村民\n出行更方便了。\n"
)


def test_narrow_columns_copied_double_spaced_read_as_the_page_they_were():
    # A blank line after every line (a word processor's or a web page's copy): one
    # blank line is a line break, two a blank line; offsets stay the text's own.
    doubled = "".join(line + "\n\n" if line else "\n\n" for line in NARROW_PAGE.split("\n"))
    single, double = parse(NARROW_PAGE), parse(doubled)
    assert [(a.title, a.body, credits(a)) for a in double.articles] == [
        (a.title, a.body, credits(a)) for a in single.articles
    ]
    assert [a.title for a in double.articles] == ["城南新建两座口袋公园", "乡村客运开通新线路"]
    lines = split_lines(doubled)
    assert [doubled[ln.start : ln.end] for ln in lines[:3]] == ["青溪报", "2022年4月8日　第2版", ""]


def test_paragraphs_a_line_parted_by_blank_lines_keep_their_blank_lines():
    # One paragraph a line, a blank line between each: the paper's own spacing.
    text = "".join(
        f"第{n}段文字写得很长很长，足够超过一栏的宽度，是一整段话，不是栏中折行的一行。\n\n"
        for n in range(10)
    )
    assert len(split_lines(text)) == len(text.split("\n"))


def test_reporters_named_at_the_pages_foot_close_its_last_article():
    # Read as the page's furniture for ending it: a page's staff are its editors.
    text = (
        "南岭晚报\n2024年4月2日 第5版\n\n社区里的“配药小分队”\n"
        "昨天上午，城东街道配药小分队的\n队员们又一次来到各个小区，从驻\n"
        "点工作人员手中接过装满医保卡的\n袋子，为居民挂号、看诊、取药。\n"
        "目前小分队已有近十名队员，解决\n了封闭小区居民的配药需求。\n\n"
        "记者 葛云舒 通讯员 宁若溪\n"
    )
    (article,) = parse(text).articles
    assert credits(article) == [("葛云舒", "reporter"), ("宁若溪", "correspondent")]


@pytest.mark.parametrize(
    "head",
    [
        "东川晚报\n健康周刊\n主编 柯文远 责编 施小禾\n\n",  # read as a kicker
        "东川晚报\n健康周刊\n\n主编 柯文远 责编 施小禾\n\n健康讲堂\n",  # as the byline
    ],
)
def test_the_pages_editors_over_its_first_headline_edit_the_page(head):
    text = (
        f"{head}社区医院开设夜间门诊\n□记者 沈路 通讯员 岳宁\n"
        "5月6日起，城西社区医院开设夜间门诊，每晚开诊到九点。\n"
        "（供稿：城西社区医院 编辑：施小禾）\n\n"
        "流感疫苗开始接种\n本报讯（记者 沈路）10月8日，全市流感疫苗接种工作启动。\n"
    )
    clinic, vaccine = parse(text).articles
    assert clinic.kicker is None
    assert credits(clinic) == [
        ("沈路", "reporter"),
        ("岳宁", "correspondent"),
        ("施小禾", "editor"),
    ]
    assert credits(vaccine) == [("沈路", "reporter")]


def test_a_photo_credit_under_a_signed_item_is_that_items():
    lines = split_lines(
        "本报讯 6月8日，江口村家家户户包起了三色粽子，寓意五谷丰登。（通讯员 莫晓岚）\n\n"
        "韩志清/图\n\n县政府召开常务会议\n"
    )
    content = [ln for ln in lines if not ln.blank]
    labels = ["open", "byline-next", "title-b"]
    assert _a_photo_credit_under_a_signed_text_closes_it(content, labels)[1] == "byline"
    # Under a text nobody signed, or naming a writer, it credits the next item.
    unsigned = [
        ln
        for ln in split_lines(
            lines[0].text.replace("（通讯员 莫晓岚）", "") + "\n\n韩志清/图\n\n县政府召开常务会议\n"
        )
        if not ln.blank
    ]
    assert _a_photo_credit_under_a_signed_text_closes_it(unsigned, labels)[1] == "byline-next"
    writer = [
        ln
        for ln in split_lines(lines[0].text + "\n\n记者 韩志清\n\n县政府召开常务会议\n")
        if not ln.blank
    ]
    assert _a_photo_credit_under_a_signed_text_closes_it(writer, labels)[1] == "byline-next"
