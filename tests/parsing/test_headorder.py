"""Pages whose headlines come after their own texts (headorder.py). Invented pages."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.headorder import Segment, _kinds, _one_by_one, _reordered, _segments
from archive.parsing.layout import PageShape, split_lines
from archive.parsing.pipeline import HEADS_UNDER_TEXTS


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


def titles_and_writers(text):
    """The page read text first, each article as its title and its credits' names."""
    page = parse(text)
    assert HEADS_UNDER_TEXTS in page.warnings
    return [(a.title, [c.name for c in a.credits]) for a in page.articles], page


# A PDF's text: each item's headline box comes out under the column it heads, with no
# blank line round it; the second item's lead opens on a scene, not on 本报讯.
TEXT_FIRST = (
    "云岭农民报　2023年9月14日　第2版\n"
    "本报讯（记者 邵一帆）9月12日，某县三万亩高山茶园开始采摘秋茶，茶农忙着上山。\n"
    "高山茶园秋茶开采\n"
    "清晨六点，村口的集市已经热闹起来，摊主们把刚摘的菌子摆上竹筐。\n"
    "（通讯员 蓝小溪）\n"
    "菌子上市 集市热闹\n"
    "本报讯 9月13日，县城至乡镇的客运班线新增两趟夜班车，方便务工人员返乡。\n"
    "客运班线新增夜班车\n"
    "■记者 房立\n"
)


def test_each_headline_heads_the_text_above_it():
    page = parse(TEXT_FIRST)
    assert HEADS_UNDER_TEXTS in page.warnings
    assert [a.title for a in page.articles] == [
        "高山茶园秋茶开采",
        "菌子上市 集市热闹",
        "客运班线新增夜班车",
    ]
    assert page.articles[1].body.startswith("清晨六点")
    credits = [[(c.name, c.role) for c in a.credits] for a in page.articles]
    assert credits == [
        [("邵一帆", "reporter")],
        [("蓝小溪", "correspondent")],
        [("房立", "reporter")],
    ]
    assert [lo.kind for lo in page.leftovers] == ["banner"]


def test_the_same_items_with_headlines_over_their_texts_are_left_as_they_are():
    lines = TEXT_FIRST.split("\n")
    over = [
        lines[0],
        lines[2],
        lines[1],
        lines[5],
        lines[3],
        lines[4],
        lines[7],
        lines[8],
        lines[6],
    ]
    page = parse("\n".join(over) + "\n")
    assert HEADS_UNDER_TEXTS not in page.warnings
    assert [a.title for a in page.articles] == [
        "高山茶园秋茶开采",
        "菌子上市 集市热闹",
        "客运班线新增夜班车",
    ]


def test_headlines_gathered_at_the_page_end_are_not_read_as_under_each_text():
    # All the headlines in one block after all the texts: they are paired by content
    # (orphans.py), not moved one over each text.
    page = parse(
        "本报讯 9月12日，某县三万亩高山茶园开始采摘秋茶，茶农忙着上山。\n\n"
        "本报讯 9月13日，县城至乡镇的客运班线新增两趟夜班车，方便务工人员返乡。\n\n"
        "客运班线新增夜班车\n\n"
        "高山茶园秋茶开采\n"
    )
    assert HEADS_UNDER_TEXTS not in page.warnings
    assert page.articles[0].title == "高山茶园秋茶开采"
    assert len(page.articles) == 2


def test_a_subhead_inside_a_text_first_article_stays_in_it():
    # 集市 says nothing of the lead above it: a section's subhead, not a headline.
    page = parse(
        "本报讯（记者 邵一帆）9月12日，某县三万亩高山茶园开始采摘秋茶，茶农忙着上山。\n"
        "茶园里，采茶工人手脚麻利，一上午就摘满了背篓。\n"
        "集市上的新鲜事\n"
        "清晨六点，村口的集市已经热闹起来，摊主们把刚摘的菌子摆上竹筐。\n"
        "高山茶园秋茶开采\n"
        "本报讯 9月13日，县城至乡镇的客运班线新增两趟夜班车，方便务工人员返乡。\n"
        "客运班线新增夜班车\n"
    )
    assert [a.title for a in page.articles] == ["高山茶园秋茶开采", "客运班线新增夜班车"]
    assert "清晨六点" in page.articles[0].body


def test_narrow_columns_with_each_headline_under_its_text():
    page = parse(
        "南岭农民报　2023年9月14日　第2版\n"
        "本报讯（记者 邵一帆）9月12日，\n"
        "某县三万亩高山茶园开始采摘秋茶，\n"
        "茶农们天不亮就背着竹篓上山。\n"
        "据介绍，今年秋茶产量预计比去年\n"
        "增加两成，收购价格保持稳定。\n"
        "高山茶园秋茶开采\n"
        "清晨六点，村口的集市已经热闹起\n"
        "来，摊主们把刚摘的菌子摆上竹筐，\n"
        "前来采购的客商挤满了街道。\n"
        "菌子上市 集市热闹\n"
        "■ 通讯员 蓝小溪\n"
    )
    assert HEADS_UNDER_TEXTS in page.warnings
    assert [a.title for a in page.articles] == ["高山茶园秋茶开采", "菌子上市 集市热闹"]
    assert page.articles[1].body.startswith("清晨六点")
    assert [c.name for c in page.articles[1].credits] == ["蓝小溪"]


def test_a_page_that_prints_some_headlines_over_their_texts_and_some_under():
    # The first headline stands over its text; the next two come after theirs. Each
    # text takes one headline: the one that says what its lead says.
    page = parse(
        "云岭农民报　2023年9月14日　第2版\n"
        "高山茶园秋茶开采\n"
        "本报讯（记者 邵一帆）9月12日，某县三万亩高山茶园开始采摘秋茶，茶农忙着上山。\n\n"
        "本报讯（记者 房立）9月13日，县城至乡镇的客运班线新增两趟夜班车，方便务工人员返乡。\n"
        "客运班线新增夜班车\n\n"
        "本报讯（记者 蓝小溪）9月13日，县图书馆在三个乡镇新设自助借阅点，村民借书不用进城。\n"
        "乡镇新设自助借阅点\n"
    )
    assert HEADS_UNDER_TEXTS in page.warnings
    assert [(a.title, a.credits[0].name) for a in page.articles] == [
        ("高山茶园秋茶开采", "邵一帆"),
        ("客运班线新增夜班车", "房立"),
        ("乡镇新设自助借阅点", "蓝小溪"),
    ]


# Narrow OCR columns: the first item's headline over its one-sentence text, the next
# item's lead right under it (no blank line), its headline under its text; the third
# item's headline under its text and its bracketed credit under the headline; then an
# item printed the usual way.
MIXED_NARROW = (
    "县城垃圾分类\n"
    "示范小区增至十个\n"
    "本报讯（记者 邵一帆 通讯员\n"
    "蓝小溪）县城垃圾分类示范小区已增至十个。\n"
    "本报讯（记者 邵一帆）6月3日，\n"
    "溪口大桥加固工程在北岸开\n"
    "工。工程总投资一点二亿元，\n"
    "主要加固桥墩和更换桥面，\n"
    "计划年底前完工通车。\n"
    "溪口大桥加固工程开工\n"
    "\n"
    "本报讯 今年以来，县法院与\n"
    "县司法局建立“法官+调解员”\n"
    "联动机制，共同化解邻里纠纷\n"
    "一百二十余件。\n"
    "邻里纠纷有了“和事佬”\n"
    "（通讯员 房立）\n"
    "\n"
    "夏季消防检查启动\n"
    "走进县城新开的商场，消防员\n"
    "正逐层查看消防通道和灭火器\n"
    "材，排查整改隐患十余处。\n"
)


def test_headlines_under_their_texts_among_ones_over_them_each_find_their_text():
    page = parse(MIXED_NARROW)
    assert [a.title for a in page.articles] == [
        "县城垃圾分类示范小区增至十个",
        "溪口大桥加固工程开工",
        "邻里纠纷有了“和事佬”",
        "夏季消防检查启动",
    ]
    credits = [[(c.name, c.role) for c in a.credits] for a in page.articles]
    assert credits[1:3] == [[("邵一帆", "reporter")], [("房立", "correspondent")]]
    assert page.articles[3].body.startswith("走进县城")


def test_a_bracketed_credit_under_a_moved_headline_stays_where_its_text_ends():
    lines = split_lines(
        "本报讯 今年以来，县法院化解纠纷一百余件。\n邻里纠纷有了“和事佬”\n（通讯员 房立）\n"
        "本报记者 邵一帆\n"
    )
    content = [ln for ln in lines if not ln.blank]
    kinds = ["text", "head", "byline", "byline"]
    # One segment: the text (0) with its headline under it (1), a credit and a byline.
    texts = [ln.text for ln in _reordered(lines, content, [Segment(0, 0, 1, 4)], kinds) if ln.text]
    assert texts == [
        "邻里纠纷有了“和事佬”",
        "本报记者 邵一帆",  # a byline with no brackets is printed under its headline
        "本报讯 今年以来，县法院化解纠纷一百余件。",
        "（通讯员 房立）",
    ]


def test_a_headline_as_wide_as_its_column_under_its_text_is_read_by_what_it_says():
    # A university paper's PDF: the first headline fills its column and the model reads
    # it as text wrapping on over the blank line; it says again what the text above says.
    page = parse(
        "南岭理工学院报\n2020年10月30日\n综合新闻\n"
        "本报讯（记者 俞安 费青）10月\n"
        "27日，我校与滨江高新区签署\n"
        "校地合作框架协议。\n"
        "我校与滨江高新区签署校地合作协议\n\n"
        "“这是我第一次站上国际学术会议的讲\n"
        "台。”材料学院博士研究生柯远航\n"
        "说。日前，他的论文获评最佳论文奖。\n"
        "研究生论文获国际会议最佳论文奖\n"
        "（通讯员 卓然）\n"
    )
    assert [(a.title, [c.name for c in a.credits]) for a in page.articles] == [
        ("我校与滨江高新区签署校地合作协议", ["俞安", "费青"]),
        ("研究生论文获国际会议最佳论文奖", ["卓然"]),
    ]
    assert page.articles[1].body.startswith("“这是我第一次")


def test_a_headline_wrapped_over_a_narrow_column_under_its_text_heads_it():
    # Three lines as wide as the column, read as text wrapping on, a blank line under
    # them: together they say again what the text above says.
    page = parse(
        "岷山报\n2022年6月15日 第2版\n\n"
        "本报讯（记者\n马文斌）6月13\n日，县委理论学\n习中心组举行集\n体学习，专题学\n"
        "习乡村振兴促进\n法。\n\n"
        "县委中心组专题\n学习乡村振兴促\n进法\n\n"
        "本报讯 6月14日\n，文峰镇卫生院\n组织医务人员走\n进三台村开展义\n诊活动。\n"
        "（通讯员 杨静）\n\n文峰镇卫生院义诊进村\n"
    )
    assert [a.title for a in page.articles] == [
        "县委中心组专题学习乡村振兴促进法",
        "文峰镇卫生院义诊进村",
    ]
    assert page.articles[0].body.endswith("专题学习乡村振兴促进法。")


def test_a_headline_read_as_a_column_under_its_texts_credit_heads_that_text():
    page = parse(
        "青禾报 2018年6月12日 星期二 第二版 综合\n\n"
        "全县秋粮收购工作启动\n"
        "本报讯(记者 尹岚)6月11日,我县秋粮收购工\n"
        "作全面启动,全县共设立收购网点20个。\n\n"
        "本报讯 为改善农村人居环境,我县日前启动\n"
        '"清洁庭院"评选活动,计划年内评出示范户800户。\n'
        "(记者 房晓)\n"
        '"清洁庭院"评选活动启动\n\n'
        "甜瓜熟了瓜农笑了\n"
        "6月10日,在柳坊镇前湾村的甜瓜大棚里,瓜农\n"
        "宁德顺正忙着搬甜瓜。\n"
        "记者 尹岚\n"
    )
    assert [(a.title, a.column) for a in page.articles] == [
        ("全县秋粮收购工作启动", None),
        ('"清洁庭院"评选活动启动', None),
        ("甜瓜熟了瓜农笑了", None),
    ]


# A commentary page in a PDF's order: the writer's byline over the first piece, each
# piece's headline under it; the second signed under its text with a mark, the third
# closed by a note on its author in brackets.
OPINIONS = (
    "青川日报\n2025年4月8日 星期二\n6\n评论\n"
    "本报评论员\n"
    "清明过后，各地春耕进入关键期，田间地\n"
    "头处处是忙碌的身影。农时不等人，服务\n"
    "也要跟得上。\n"
    "农技服务要跟上春耕节奏\n"
    "\n"
    "一些景区节假日门票预约难、停车难，游\n"
    "客抱怨不断。景区管理要算好服务账，不\n"
    "能只盯着门票收入。\n"
    "□ 温可欣\n"
    "景区管理别只盯着门票收入\n"
    "\n"
    "老旧小区加装电梯，难在协调邻里意见。\n"
    "基层干部多上门听听居民的想法，事情就\n"
    "好办得多。\n"
    "（作者系青川大学公共管理学院教授 饶立）\n"
    "加装电梯要多听居民意见\n"
)


def test_a_commentary_pages_signed_pieces_each_take_the_headline_under_them():
    read, page = titles_and_writers(OPINIONS)
    assert read == [
        ("农技服务要跟上春耕节奏", []),
        ("景区管理别只盯着门票收入", ["温可欣"]),
        ("加装电梯要多听居民意见", ["饶立"]),
    ]
    assert page.articles[1].body.startswith("一些景区")


# A PDF's page: its code and section name on lines of their own over the first text,
# which has its headline under it; the second text's byline opens it with the paper's
# lead marker; the page's date alone between two columns.
SECTION_OVER_TEXTS = (
    "2024年6月4日 星期二\n"
    "A05\n"
    "要闻\n"
    "本报讯（记者 贺一鸣）6月3日，\n"
    "青州市首条智慧公交线路开通\n"
    "运营，全程共设站点二十二个。\n"
    "首条智慧公交线路开通\n"
    "本报讯 本报记者 谭晓 本报通讯员 冯宁\n"
    "近日，市民林女士在网上看到\n"
    "一款低价出售的“品牌家电”，\n"
    "付款后却迟迟没有收到货物。\n"
    "网购“低价家电”被骗\n"
    "2024年6月4日\n"
    "本报讯（记者 贺一鸣）6月2日，\n"
    "青州市第二届龙舟赛在南湖举\n"
    "行，二十支队伍参加比赛。\n"
    "南湖龙舟赛鸣锣开赛\n"
)


def test_a_pages_section_name_and_a_lead_byline_stay_out_of_the_headlines():
    read, _ = titles_and_writers(SECTION_OVER_TEXTS)
    assert read == [
        ("首条智慧公交线路开通", ["贺一鸣"]),
        ("网购“低价家电”被骗", ["谭晓", "冯宁"]),
        ("南湖龙舟赛鸣锣开赛", ["贺一鸣"]),
    ]


# The labels the line model gave a commentary page of a PDF (its second headline read
# as a caption the next piece runs on from, the third piece's note on its author as
# a paragraph): what the page's order is read from.
OPINION_LABELS = [
    ("本报评论员", "byline-next"),
    ("清明过后，各地春耕进入关键期，田间地", "open"),
    ("头处处忙碌，农技服务也要跟上春耕节奏。", "body"),
    ("农技服务要跟上春耕节奏", "para"),
    ("", None),
    ("一些景区节假日门票预约难、停车难，游", "para"),
    ("客抱怨不断。景区管理要算好服务账。", "body"),
    ("□ 温可欣", "byline"),
    ("景区管理别只盯着门票收入", "caption"),
    ("", None),
    ("老旧小区加装电梯，难在协调邻里意见。", "body"),
    ("（作者系青川大学公共管理学院教授 饶立）", "para"),
    ("加装电梯要多听居民意见", "para"),
]


def _labelled(rows):
    lines = split_lines("\n".join(text for text, _ in rows) + "\n")
    content = [ln for ln in lines if not ln.blank]
    labels = [label for _, label in rows if label]
    return lines, content, labels


def kinds_of(rows):
    """What the page's order is read from: each line a head, text, byline or furniture."""
    lines, content, labels = _labelled(rows)
    return _kinds(content, labels, PageShape.of(lines))


def moved(rows):
    """(text's first line, headline's first line, end) of each headline read one by one
    as the headline of the text over it."""
    lines, content, labels = _labelled(rows)
    shape = PageShape.of(lines)
    segments = _one_by_one(content, labels, _kinds(content, labels, shape), shape)
    return [(seg.top, seg.head, seg.end) for seg in segments]


def test_a_line_between_a_signature_and_a_blank_line_and_a_note_on_the_author_are_read_so():
    lines, content, labels = _labelled(OPINION_LABELS)
    kinds = _kinds(content, labels, PageShape.of(lines))
    assert kinds[6:] == ["byline", "head", "text", "byline", "head"]
    # The page opens with its writer's byline over the first text, and runs text first.
    assert [seg.head for seg in _segments(content, labels, kinds)] == [3, 7, 10]


def test_a_pages_section_name_over_its_first_text_heads_no_text_of_its_own():
    # A05 / 要闻 over a text: the page's, so the headline under the text heads it.
    rows = [
        ("A05", "title-b"),
        ("要闻", "title-i"),
        ("本报讯（记者 贺一鸣）6月3日，青州市首条", "open"),
        ("智慧公交线路开通运营，全程设站点二十二个。", "body"),
        ("首条智慧公交线路开通", "kicker-b"),
        ("本报讯 本报记者 谭晓 本报通讯员 冯宁", "byline"),
        ("近日，市民林女士在网上看到一款低价出售的", "open"),
        ("“品牌家电”，付款后却迟迟没有收到货物。", "body"),
        ("南湖龙舟赛鸣锣开赛", "title-b"),
        ("本报讯 6月2日，青州市第二届龙舟赛在南湖举", "open"),
        ("行，二十支队伍参加比赛。", "body"),
    ]
    assert kinds_of(rows)[:2] == ["furniture", "head"]
    # The first headline moves over its text; the lead byline under it stays with the
    # next text, which the headline printed over the third does not head.
    assert moved(rows) == [(2, 4, 5)]


def test_a_credit_of_names_alone_a_date_alone_and_a_note_without_a_name_are_no_headlines():
    rows = [
        ("本报讯 4月2日，某省二手农机交易平台上线。", "open"),
        ("(苗青）", "para"),  # OCR's mixed brackets, names alone: a closing credit
        ("二手农机交易平台上线", "para"),
        ("2024年11月19日", "para"),  # the page's running date between two columns
        ("朋友借钱不还，聊天记录能否作为证据？答案是肯定的。", "open"),
        ("（作者系某区人民法院法官）", "para"),
    ]
    assert kinds_of(rows) == "text byline head furniture text text".split()


NARROW_MIXED = [
    ("全县夏粮收购工作启动", "title-b"),
    ("本报讯（记者 殷红）6月11日，我", "open"),
    ("县夏粮收购工作全面启动，全县", "body"),
    ("共设立收购网点二十六个。", "body"),
    ("本报讯 本报记者 吴倩 本报通讯员 刘军", "byline"),
    ("近日，市民李先生在某购物平台", "open"),
    ("看到一款售价仅899元的手机，", "body"),
    ("付款后却迟迟未收到货物。警方", "body"),
    ("提醒市民网购要选正规渠道。", "body"),
    ("网购低价手机被骗", "para"),
    ("警方提醒谨防诈骗", "body"),
    ("", None),
    ("本报记者 邵凯", "byline"),
    ("南湖龙舟赛鸣锣开赛", "title-b"),
    ("本报讯 6月2日，南湖龙舟赛开", "open"),
    ("赛，二十支队伍参加比赛。", "body"),
]


def test_a_two_line_headline_that_stops_short_of_its_narrow_column_moves_over_its_text():
    # The second text's headline (9, 10) moves over it, with the byline that opens it
    # with the paper's lead marker (4); the byline past the blank line is not the
    # headline's but stands over the third item's own headline.
    assert moved(NARROW_MIXED) == [(4, 9, 11)]


def test_a_papers_name_between_columns_and_a_byline_read_as_text_are_no_headlines():
    rows = [
        ("本报讯（记者 宋海燕）7月1日，甘州区首批制种玉米进入去雄关键期。", "open"),
        ("制种玉米进入去雄关键期", "para"),
        ("青川日报", "title-b"),  # the running head a PDF set between two columns
        ("记者从市商务局获悉，上半年农产品出口货值增长三成。", "open"),
        ("彩云都市报记者 赵丽娟", "para"),  # the text's closing byline
        ("青川日报·经济", "para"),
    ]
    assert kinds_of(rows) == "text head furniture text byline furniture".split()


def test_a_running_head_inside_a_text_does_not_start_a_new_text():
    # A PDF set the paper's running head (青川日报 / 要闻) inside a sentence of a text
    # whose headline it printed under it: the text runs on past it.
    rows = [
        ("本报讯（记者 卫东）眼下正值小麦抽穗扬花期，两市组", "open"),
        ("织植保专业服务队开展“一喷三防”作业，已完成四百余万", "body"),
        ("亩，", "body"),
        ("青川日报", "title-b"),
        ("要闻", "column"),
        ("占小麦播种面积的七成以上。", "para"),
        ("小麦“一喷三防”全面展开", "para"),
        ("", None),
        ("本报讯（记者 贺敏）5月9日，古城墙夜游项目上线。", "open"),
    ]
    assert kinds_of(rows)[3:7] == ["furniture", "furniture", "text", "head"]
    assert moved(rows) == [(0, 6, 7)]


def test_a_headline_under_a_column_name_heads_what_follows_it():
    # Under finished text, a literary page's column name, then a poem's title, its
    # poet and its short lines: the title is no headline of the text above, though
    # that text's lead says one of its words.
    rows = [
        ("本报讯（通讯员 王涛）1月15日，集团检查组深入各码头公司开展安全检查。", "open"),
        ("", None),
        ("海风副刊", "column"),
        ("码头之夜", "title-b"),
        ("□刘海峰", "byline"),
        ("夜色漫过防波堤", "open"),
        ("桥吊亮起一排星星", "para"),
        ("卸在这座不眠的城", "para"),
    ]
    assert moved(rows) == []


def test_a_front_pages_index_and_issue_fields_are_furniture():
    rows = [
        ("今日12版 第25871号", "title-b"),
        ("▶老城区供暖管网改造完工 03版", "open"),
        ("▶“青川礼物”亮相进博会 05版", "subtitle-b"),
        ("本报讯（记者 程立）12月4日，全市重点项目集中开工。", "open"),
    ]
    assert kinds_of(rows) == ["furniture", "furniture", "furniture", "text"]


def test_a_commentary_under_its_own_headline_takes_no_headline_of_the_news_above():
    # The news's headline is printed under it; the commentary under the next headline
    # says much of the same, but the model read that headline over it: it is headed.
    rows = [
        ("本报讯（记者 程立 通讯员 孟超）12月4日，全市重点项目集中开工活动", "open"),
        ("举行，此次集中开工项目共56个，总投资318亿元。", "body"),
        ("全市56个重点项目集中开工", "para"),
        ("总投资318亿元", "para"),
        ("", None),
        ("冬日暖阳照 产业正当时", "title-b"),
        ("本报评论员", "byline"),
        ("56个重点项目在岁末集中开工，总投资318亿元，释放出抓项目的信号。", "open"),
    ]
    assert moved(rows) == [(0, 2, 4)]


def test_a_headline_under_a_credit_heads_the_second_text_a_pdf_ran_on_from_the_first():
    # The first item heads its text; the second's text ran on from it (a finished
    # sentence, then a line opening on its day), its credit and headline under it.
    page = (
        "西岭日报 2023年1月6日 星期五 3\n"
        "冬捕节在西湖开幕\n"
        "本报讯（记者葛云舒）5日，第十届西湖冬捕节开幕，\n"
        "上万名游客在冰面上观看了头网出鱼。\n"
        "昨日，记者从市农业农村局获悉，今年我市新建高标准农田\n"
        "面积达到48万亩，比上年增加近两成。\n"
        "本报记者 宁若溪\n"
        "我市新建高标准农田48万亩\n\n"
        "县图书馆开展寒假阅读活动\n"
        "本报讯 1月5日，县图书馆推出寒假阅读活动，设置绘本、科普等六个专区。\n"
    )
    read, _ = titles_and_writers(page)
    assert read == [
        ("冬捕节在西湖开幕", ["葛云舒"]),
        ("我市新建高标准农田48万亩", ["宁若溪"]),
        ("县图书馆开展寒假阅读活动", []),
    ]
    # A headline that says more of the text under it heads that text, not the one above.
    heads_below = page.replace(
        "我市新建高标准农田48万亩\n\n县图书馆开展寒假阅读活动\n"
        "本报讯 1月5日，县图书馆推出寒假阅读活动，设置绘本、科普等六个专区。\n",
        "东河镇承办全市高标准农田建设现场会\n"
        "本报讯 1月5日，全市高标准农田建设现场会在东河镇召开，与会人员观摩了\n"
        "东河镇高标准农田建设现场。\n",
    )
    last = parse(heads_below).articles[-1]
    assert last.title == "东河镇承办全市高标准农田建设现场会" and "昨日" not in last.body


def test_a_block_of_headlines_under_as_many_texts_heads_each_its_own():
    # Each of two columns prints its two texts, then their two headlines together; the
    # second text of each opens on a lead's marker under a closing credit or a stop.
    page = (
        "西岭日报\n2023年6月28日 星期三\n"
        "连日来，城北新区的油菜田一片金黄，\n"
        "农技人员正指导农户抢收抢晒油菜籽。\n"
        "据区农业农村局统计，今年全区油菜种植\n"
        "面积达到十二万亩，亩产比去年增加两成。\n"
        "本报记者 葛云舒\n"
        "本报讯 6月27日，记者在县博物馆看到，\n"
        "前来参观青铜器特展的游客络绎不绝。\n"
        "暑期以来博物馆日均接待游客三千人次。\n"
        "（通讯员 宁若溪）\n"
        "城北新区油菜喜获丰收\n"
        "青铜器特展人气旺\n"
        "3\n"
        "综合新闻\n"
        "本报讯 为解决农村学生暑期无人看管的\n"
        "问题，南河镇开设暑期托管班，吸纳学生\n"
        "四百余名。（何沁）\n"
        "本报讯（记者 吴昊）为保障汛期道路安\n"
        "全，公路部门在山区公路急弯路段加装护\n"
        "栏和警示标志。\n"
        "南河镇暑期托管班开班\n"
        "山区公路急弯路段加装护栏\n"
    )
    read, _ = titles_and_writers(page)
    assert read == [
        ("城北新区油菜喜获丰收", ["葛云舒"]),
        ("青铜器特展人气旺", ["宁若溪"]),
        ("南河镇暑期托管班开班", ["何沁"]),
        ("山区公路急弯路段加装护栏", ["吴昊"]),
    ]
    # In any order: each heads the text it says.
    swapped = page.replace(
        "城北新区油菜喜获丰收\n青铜器特展人气旺", "青铜器特展人气旺\n城北新区油菜喜获丰收"
    )
    assert titles_and_writers(swapped)[0] == read


def test_a_signature_under_a_headline_whose_text_signed_itself_signs_the_next_text():
    # A text-first page: the news closes on its own bracketed credit, so the □ name
    # right under its headline is not the news's; it signs the commentary under it.
    read, _ = titles_and_writers(
        "云岭农民报　2023年9月14日　第2版\n"
        "本报讯 9月12日，某县三万亩高山茶园开始采摘秋茶，茶农忙着上山。（记者 邵一帆）\n"
        "高山茶园秋茶开采\n"
        "□ 柳 青\n"
        "茶叶要卖出好价钱，靠的不是包装，而是一片叶子里的真功夫。\n"
        "好茶贵在“真”\n"
    )
    assert read == [("高山茶园秋茶开采", ["邵一帆"]), ("好茶贵在“真”", ["柳青"])]
    # Unsigned above, the name under the headline is that headline's text's.
    read, _ = titles_and_writers(
        "云岭农民报　2023年9月14日　第2版\n"
        "本报讯 9月12日，某县三万亩高山茶园开始采摘秋茶，茶农忙着上山。\n"
        "高山茶园秋茶开采\n"
        "□ 柳 青\n"
        "茶叶要卖出好价钱，靠的不是包装，而是一片叶子里的真功夫。\n"
        "好茶贵在“真”\n"
    )
    assert read[0] == ("高山茶园秋茶开采", ["柳青"])
    # The page's editor under it is the page's, not a signature of the text under it.
    read, _ = titles_and_writers(
        "云岭农民报　2023年9月14日　第2版\n"
        "本报讯 9月12日，某县三万亩高山茶园开始采摘秋茶，茶农忙着上山。（记者 邵一帆）\n"
        "高山茶园秋茶开采\n"
        "责编 柳 青\n"
        "本报讯 9月13日，县城至乡镇的客运班线新增两趟夜班车，方便务工人员返乡。\n"
        "客运班线新增夜班车\n"
    )
    assert [title for title, _ in read] == ["高山茶园秋茶开采", "客运班线新增夜班车"]
    assert "柳青" not in read[1][1]


def test_a_photo_pages_first_title_is_no_section_name_over_it():
    # Each photo's one-line title right over its caption, its photographer under: the
    # first title heads its caption, and the second is not moved over the first caption.
    page = parse(
        "腾冲时报\n2024年2月7日  第4版  图片新闻\n\n"
        "年味渐浓\n连日来，古镇街头巷尾挂起了红灯笼，处处洋溢着喜迎新春的浓厚氛围。\n记者 尹志刚 摄\n\n"
        "热热闹闹迎新春\n2月4日，五合乡小地方村举办“村晚”，村民们自编自演的节目轮番上演。\n"
        "通讯员 李春华 摄\n"
    )
    assert HEADS_UNDER_TEXTS not in page.warnings
    assert [(a.title, [c.name for c in a.credits]) for a in page.articles] == [
        ("年味渐浓", ["尹志刚"]),
        ("热热闹闹迎新春", ["李春华"]),
    ]
