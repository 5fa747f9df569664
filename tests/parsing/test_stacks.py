"""Two headline lines one under the other: one title, kicker and title, or title and
subtitle (archive.parsing.stacks)."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.assemble import assemble
from archive.parsing.layout import split_lines
from archive.parsing.stacks import KICKER, ONE, SUBTITLE, read_stack

from .test_repairs import repaired

LEAD = ("本报讯（记者 李明）10月8日，全区各项工作有序推进。", "open")


def test_a_verb_waiting_for_its_object_runs_on_into_the_next_line():
    assert read_stack("区政府召开", "防汛工作部署会") == ONE
    assert read_stack("青山镇完成", "老旧管网改造") == ONE
    assert read_stack("太平区开展秋季", "森林防火演练") == ONE  # its object's time first
    # A whole clause under it: the line over it is a name (an outlet's), no verb waiting.
    assert read_stack("北坪发布", "春季植树动员会召开") != ONE


def test_verbs_that_take_what_they_count_or_won_wait_for_it():
    # An ordinal waits for its noun, however jieba cuts the noun phrase under it.
    assert read_stack("石桥镇举办第三届", "瓜菜种植技术培训班") == ONE
    assert read_stack("某县公安局破获", "一起盗窃电缆案") == ONE
    assert read_stack("城南镇新增", "三处口袋公园") == ONE
    assert read_stack("青竹村柑橘获评", "省级地理标志产品") == ONE
    assert read_stack("县城公交恢复", "夜班车") == ONE
    # A column's name over a thing's name is no verb waiting for it.
    assert read_stack("乡土故事", "湘江边上的“护渔人”") != ONE


def test_a_subject_over_its_predicate_or_a_sites_name_over_what_happened_is_one_title():
    assert read_stack("社区图书室", "让居民读上新书") == ONE
    assert read_stack("水厂泵站", "进入调试阶段") == ONE
    assert read_stack("青峰港码头", "9月集装箱量创新高") == ONE
    assert read_stack("南河采油厂", "老井复产日增油30吨") == ONE
    # A place jieba cuts into pieces (长 a 积 v 区 n) is a place still, and a quoted
    # term opening the clause is its subject, whatever jieba tags its characters.
    assert read_stack("长积区", "社区书屋全部开放") == ONE
    assert read_stack("长积区", "“开心农场”搭上快车") == ONE
    # A noun phrase a 的 ends on is a subject too, whatever verb says which (…报道的…).
    assert read_stack("本报此前报道的“断头路”", "已完成拓宽改造") == ONE
    # Verbs headlines open on that jieba's dictionary tags as nouns (唱响 n, 拓宽 nr).
    assert read_stack("城南社区", "唱响邻里和谐曲") == ONE
    assert read_stack("石桥镇", "拓宽致富路") == ONE
    # A place over what something is, not what happened: a feature's kicker.
    assert read_stack("江北区某某镇", "人人都是护河员") == KICKER
    # A time over a clause with its own subject: the words do not say.
    assert read_stack("前三季度", "全区工业产值增长8%") is None


def test_a_topic_or_a_phrase_over_a_things_name_is_a_kicker():
    assert read_stack("湿地保护", "候鸟栖息面积再扩大") == KICKER
    assert read_stack("一线风采", "守护大桥的年轻人") == KICKER
    assert read_stack("礼赞建设者", "塔吊上的“空中绣娘”") == KICKER
    assert read_stack("建设者之歌", "塔吊司机的“夜班”") == KICKER  # 之 joins a name's words
    # A quoted word with 了 after it says what happened: no thing's name.
    assert read_stack("东坪村的茶叶", "“搭”上了快车") != KICKER


def test_a_clause_over_a_longer_one_that_restates_it_is_title_and_subtitle():
    assert read_stack("蔬菜价格持续回落", "本地蔬菜批发均价每斤2.1元") == SUBTITLE


def test_marks_and_breaks_inside_a_word_are_left_to_the_rules_that_read_them():
    assert read_stack("某某局发言人：", "全力保障供应") is None
    assert read_stack("小麦收获", "——来自产粮大县的报道") is None
    # a document's name under what announced it is read where documents are
    assert read_stack("省政府办公厅印发", "《关于促进民营经济发展的意见》") is None
    assert read_stack("省政府办公厅印发", "关于促进民营经济发展的意见") is None
    # a law's name that a noun goes on from is the object a body's verb waits for
    assert read_stack("市人大常委会开展", "《安全生产法》执法检查") == ONE


def test_every_two_line_stack_is_read_the_same_whatever_the_model_labelled_it():
    rows = [("区政府召开", "column"), ("防汛工作部署会", "title-b"), LEAD]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    rows = [("青山镇完成", "title-b"), ("老旧管网改造", "subtitle-b"), LEAD]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    rows = [("青峰港码头", "kicker-b"), ("9月集装箱量创新高", "title-b"), LEAD]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    rows = [("湿地保护", "title-b"), ("候鸟栖息面积再扩大", "title-i"), LEAD]
    assert repaired(rows) == ["kicker-b", "title-b", "open"]
    rows = [("蔬菜价格持续回落", "title-b"), ("本地蔬菜批发均价每斤2.1元", "title-i"), LEAD]
    assert repaired(rows) == ["title-b", "subtitle-b", "open"]


def test_two_lines_over_a_dashed_deck_are_read_as_two_lines_alone_are():
    deck = ("——记全市五一劳动奖章获得者、塔吊司机某某", "subtitle-b")
    rows = [("礼赞建设者", "title-b"), ("塔吊上的“空中绣娘”", "title-i"), deck, LEAD]
    assert repaired(rows) == ["kicker-b", "title-b", "subtitle-b", "open"]
    rows = [("区政府召开", "kicker-b"), ("防汛工作部署会", "title-b"), deck, LEAD]
    assert repaired(rows) == ["title-b", "title-i", "subtitle-b", "open"]


def test_a_columns_name_joins_the_title_under_it_only_where_it_cannot_stand_alone():
    # A unit's name read as a column is the title's first words…
    rows = [("社区食堂", "column"), ("让老人吃上热饭", "title-b"), LEAD]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    # …a column's own name stays a column, whatever the title under it says.
    for column in ("经济观察", "书香", "北坪发布"):
        rows = [(column, "column"), ("网红小店为啥留不住顾客", "title-b"), LEAD]
        assert repaired(rows)[0] == "column", column


def test_a_marked_rubric_over_two_lines_leaves_them_to_be_read_as_two():
    rows = [
        ("■民生追踪", "kicker-b"),
        ("本报此前报道的“断头路”", "title-b"),
        ("已完成拓宽改造", "subtitle-b"),
        LEAD,
    ]
    assert repaired(rows)[1:3] == ["title-b", "title-i"]
    rows[0] = ("【民生追踪】", "kicker-b")
    assert repaired(rows)[1:3] == ["title-b", "title-i"]
    # Unmarked, the line over them is a stack's first line: the three are left alone.
    rows[0] = ("民生追踪", "kicker-b")
    assert repaired(rows)[1:3] == ["title-b", "subtitle-b"]


def test_a_blank_line_or_markdown_between_two_lines_sets_them_apart():
    rows = [("湿地保护", "title-b"), ("", None), ("候鸟栖息面积再扩大", "title-b"), LEAD]
    assert repaired(rows)[:2] == ["title-b", "title-b"]
    text = "江北某市  \n## 候鸟栖息面积再扩大\n本报讯 今年，全区湿地新增候鸟栖息地300亩。"
    lines = split_lines(text)
    story = assemble(lines, ["kicker-b", "title-b", "open"]).stories[0]
    assert [b.kind for b in story.header] == ["kicker", "title"]


def test_a_units_name_read_as_a_column_leaves_no_column_to_the_articles_after_it():
    lines = split_lines(
        "五师双河市\n玉米机收率达95%\n本报讯（记者 陈刚）9月12日，五师召开玉米采收推进会。\n"
        "三师图木舒克市\n职工书屋开放\n本报讯（记者 陈刚）9月11日晚，职工书屋开放。"
    )
    labels = ["title-b", "title-i", "open", "column", "title-b", "open"]
    stories = assemble(lines, labels).stories
    assert [s.column for s in stories] == [None, None]
    assert [[b.kind for b in s.header] for s in stories] == [["title"], ["title"]]


def test_a_page_reads_a_sites_name_over_its_news_as_one_title():
    page = parse_page(
        (
            "青峰日报\n2023年10月9日 第3版\n\n"
            "青峰港码头\n9月集装箱量创新高\n"
            "本报讯（记者 李明）9月30日，青峰港码头完成集装箱吞吐量12万标箱。\n\n"
            "南河采油厂\n老井复产日增油30吨\n"
            "本报讯（记者 李明）10月8日，南河采油厂30口老井恢复生产。\n"
        ).encode(),
        PageMeta(source="page.txt"),
    )
    assert [(a.kicker, a.title, a.subtitle) for a in page.articles] == [
        (None, "青峰港码头9月集装箱量创新高", None),
        (None, "南河采油厂老井复产日增油30吨", None),
    ]


def test_a_line_stopping_on_a_waiting_verb_is_no_column_but_the_titles_first_words():
    rows = [("青州交警开展", "column"), ("冬季道路安全整治", "title-b"), LEAD]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    # An outlet's name with one word before its verb stays a column.
    for column in ("权威发布", "青州发布"):
        rows = [(column, "column"), ("冬季道路安全整治", "title-b"), LEAD]
        assert repaired(rows)[0] == "column", column


def test_under_a_kicker_a_title_stopping_on_a_waiting_verb_runs_on_into_the_next_line():
    rows = [
        ("保民生 稳增长", "title-b"),
        ("东部六县区启动", "title-i"),
        ("家政服务技能培训月活动", "subtitle-b"),
        LEAD,
    ]
    assert repaired(rows) == ["kicker-b", "title-b", "title-i", "open"]
    # A subtitle under a title that says it all stays the subtitle.
    rows = [
        ("保民生 稳增长", "kicker-b"),
        ("东部六县区家政培训月启动", "title-b"),
        ("首批五百名学员结业", "subtitle-b"),
        LEAD,
    ]
    assert repaired(rows) == ["kicker-b", "title-b", "subtitle-b", "open"]


def test_a_line_read_as_a_kicker_under_its_title_is_read_with_it_as_a_stack():
    rows = [("南河开发区", "title-b"), ("首批企业入驻投产", "kicker-b"), LEAD]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    # Elsewhere the words do not join them and the stack is left to the other rules.
    rows = [("街巷快讯", "title-b"), ("南湖街道：“共享车位”缓解停车难", "kicker-b"), LEAD]
    assert repaired(rows) == ["title-b", "kicker-b", "open"]


def test_a_headline_over_a_blank_line_leaves_the_stack_under_it_two_lines_alone():
    # The page's own head over a blank line is no line of the stack under it.
    masthead = [("青峰地铁快讯", "title-b"), ("免费赠阅", "title-i"), ("", None)]
    rows = [*masthead, ("青峰港码头", "kicker-b"), ("9月集装箱量创新高", "title-b"), LEAD]
    assert repaired(rows)[2:] == ["title-b", "title-i", "open"]
    # Nor is a headline under a blank line the deck of the two over it.
    rows = [("青峰港码头", "kicker-b"), ("9月集装箱量创新高", "title-b"), ("", None)]
    rows += [("南河采油厂老井复产", "title-b"), LEAD]
    assert repaired(rows)[:2] == ["title-b", "title-i"]


def test_a_quoted_character_is_the_word_it_plays_on_not_a_things_name():
    assert read_stack("高山蔬菜", "“搭”上冷链快车") == ONE  # 搭 a verb: what they did


def test_a_things_name_over_what_the_next_line_measures_of_it_is_one_title():
    assert read_stack("柑橘电商", "订单排到年底") == ONE  # whose orders: the line over says
    assert read_stack("城郊物流园", "吞吐量翻一番") == ONE
    # A time or an action over a measure stays apart (前三季度 above; 湿地保护 / 候鸟…).
    assert read_stack("湿地保护", "候鸟栖息面积再扩大") == KICKER
    rows = [("柑橘电商", "column"), ("订单排到年底", "title-b"), LEAD]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    rows = [("经济观察", "column"), ("订单排到年底", "title-b"), LEAD]
    assert repaired(rows)[0] == "column"  # named as a column is


def test_who_acts_read_as_a_column_is_the_subject_of_the_title_under_it():
    rows = [("茶叶专业户", "column"), ("用上智能滴灌", "title-b"), LEAD]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    rows = [("市场监管干部走访", "column"), ("个体工商户", "title-b"), LEAD]
    assert repaired(rows) == ["title-b", "title-i", "open"]  # a visit waits for whom
    rows = [("记者手记", "column"), ("用上智能滴灌", "title-b"), LEAD]
    assert repaired(rows)[0] == "column"
    # who, over four letters that end the news: one title; a column's name (…说法) and a
    # series' (its dot) stay columns
    rows = [("全村老少", "column"), ("载歌载舞", "title-b"), LEAD]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    for column in ("律师说法", "走基层·山乡", "追寻·红色记忆"):
        rows = [(column, "column"), ("载歌载舞", "title-b"), LEAD]
        assert repaired(rows)[0] == "column", column


def _page_under(label: str):
    return parse_page(
        (
            f"青峰日报\n2023年10月9日 第3版\n\n{label}\n村道装上太阳能路灯\n"
            "本报讯（记者 李明）10月8日，东坪村120盏太阳能路灯全部亮起。\n\n"
            "南河采油厂老井复产\n本报讯（记者 李明）10月8日，南河采油厂30口老井恢复生产。\n"
        ).encode(),
        PageMeta(source="page.txt"),
    )


def test_a_label_right_over_a_headline_heads_that_article_alone():
    # Not printed as columns are: a rubric of one article, or a headline's half.
    page = _page_under("稻田新事")
    assert [a.column for a in page.articles] == ["稻田新事", None]
    # A column's own name heads what follows it.
    page = _page_under("经济观察")
    assert [a.column for a in page.articles] == ["经济观察", "经济观察"]


def test_a_column_printed_right_over_its_headline_is_told_from_one_set_apart():
    lines = split_lines(
        "稻田新事\n村道装上路灯\n本报讯 10月8日，路灯亮起。\n\n经济观察\n\n订单排到年底\n本报讯 10月8日，订单排到年底。"
    )
    labels = ["column", "title-b", "open", "column", "title-b", "open"]
    stories = assemble(lines, labels).stories
    assert [s.column_on_its_headline for s in stories] == [True, False]


def test_a_quoted_thing_an_adjective_closes_says_what_it_did_no_things_name():
    assert read_stack("国产大型钻机", "“穿山”成功") != KICKER
    rows = [("国产大型钻机", "title-b"), ("“穿山”成功", "title-i"), LEAD]
    assert repaired(rows) == ["title-b", "title-i", "open"]  # the model's one title stands


def test_a_units_name_jieba_cuts_into_pieces_stands_alone_over_a_things_name():
    assert read_stack("青峰短道速滑训练馆", "金牌背后的故事") == KICKER


def test_a_line_saying_after_what_is_the_clauses_time_not_a_topic():
    assert read_stack("渔港清淤后", "渔船进出顺畅") is None  # the words do not say
    rows = [("渔港清淤后", "title-b"), ("渔船进出顺畅", "title-i"), LEAD]
    assert repaired(rows) == ["title-b", "title-i", "open"]  # the model's reading stands


def test_under_a_kicker_a_things_name_runs_on_into_what_the_next_line_measures():
    rows = [
        ("制造强县·新动能", "kicker-b"),
        ("城郊物流园", "title-b"),
        ("吞吐量翻一番", "subtitle-b"),
        LEAD,
    ]
    assert repaired(rows) == ["kicker-b", "title-b", "title-i", "open"]


def test_a_places_name_over_a_title_that_wraps_is_read_with_the_whole_title():
    rows = [("青山区", "column"), ("春节前务工人员工资", "title-b"), ("全部发放到位", "title-i")]
    assert repaired([*rows, LEAD]) == ["title-b", "title-i", "title-i", "open"]
    rows = [("经济观察", "column"), ("春节前务工人员工资", "title-b"), ("全部发放到位", "title-i")]
    assert repaired([*rows, LEAD])[0] == "column"  # a column's own name stays one


def test_a_line_opening_on_when_and_how_goes_on_from_the_line_over_it():
    assert read_stack("城东老旧小区改造", "今年将全部完工") == ONE  # no subject of its own
    rows = [("城东老旧小区改造", "title-b"), ("今年将全部完工", "subtitle-b"), LEAD]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    # a thing that happens, named by where and its verb, over the day it happens
    assert read_stack("城区冬季供暖", "11月5日启动") == ONE
    assert read_stack("城区冬季供暖", "5日起试运行") == ONE
    assert read_stack("城区冬季供暖", "11月5日晚会") is None  # no verb after the day
    assert read_stack("全县冬季供暖进入准备阶段", "11月5日启动") is None  # a whole clause
    assert read_stack("全县城乡居民冬季供暖", "11月5日启动") == ONE
    assert read_stack("县政府部署供暖", "11月5日启动") is None  # someone's act: its own news
    assert read_stack("全市数字乡村联盟成立", "今日揭牌运行") != ONE  # no day: news of its own


def test_a_clause_over_a_longer_line_giving_its_figure_is_title_and_subtitle():
    # The second line gives the figure behind the first and takes up its words.
    assert read_stack("今年将新建一批农村公路", "全年计划完成公路投资超百亿元") == SUBTITLE
    rows = [
        ("今年将新建一批农村公路", "kicker-b"),
        ("全年计划完成公路投资超百亿元", "title-b"),
        LEAD,
    ]
    assert repaired(rows)[:2] == ["title-b", "subtitle-b"]
    # A kicker over a title with a figure shares no words with it…
    assert read_stack("区法院发布一批典型案例", "去年以来86人因醉驾被判刑") != SUBTITLE
    # …and a verb opening the second line goes on with one title.
    assert read_stack("办好家门口的学校", "庆祝某某小学建校60周年") != SUBTITLE


def test_a_short_line_a_narrow_column_wraps_is_the_titles_first_words_not_a_column():
    # Whose cost the next line measures, and what came where (a bare name under 了).
    assert read_stack("小微企业", "融资成本持续下降") == ONE
    assert read_stack("村里来了", "“流动图书车”") == ONE
    for first, second in (("小微企业", "融资成本持续下降"), ("村里来了", "“流动图书车”")):
        rows = [(first, "column"), (second, "title-b"), LEAD]
        assert repaired(rows) == ["title-b", "title-i", "open"], first
    rows = [("经济观察", "column"), ("融资成本持续下降", "title-b"), LEAD]
    assert repaired(rows)[0] == "column"  # a column's own name stays one


def test_a_bodys_verb_whose_object_the_line_leaves_open_runs_on_into_the_next_line():
    # After 开展 only when and what kind (节后, 复工): its object is the next line.
    assert read_stack("市住建局开展节后复工", "工地安全巡查") == ONE
    rows = [("市住建局开展节后复工", "title-b"), ("工地安全巡查", "subtitle-b"), LEAD]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    # The object is on the line already: the line under it is no run-on.
    assert read_stack("市住建局开展工地安全巡查", "督促整改隐患30处") != ONE


def test_a_bodys_verbs_ending_the_line_over_a_noun_phrase_act_on_it():
    # Its verbs end the line (two of them, jieba's 所 a conjunction), a noun phrase under it.
    assert read_stack("林业站调处化解", "一桩山林权属纠纷") == ONE
    assert read_stack("县检察院集中起诉", "8起电信诈骗案件") == ONE
    assert read_stack("青河镇为独居老人安装", "“烟感报警”装置") == ONE
    assert read_stack("全区培育8个", "特色农产品品牌") == ONE  # a count waits for its noun
    # the first of a kind waits for what it was, how it went between the body and its verb
    assert read_stack("市中医院顺利完成首例", "“机器人辅助腹腔镜手术”") == ONE
    assert read_stack("市中医院完成首例", "机器人辅助手术") == ONE
    rows = [("县检察院集中起诉", "kicker-b"), ("8起电信诈骗案件", "title-b"), LEAD]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    # A clause under it says news of its own; a generic place (小区, 乡村) is no body.
    assert read_stack("县法院集中宣判", "3名被告人当庭认罪") != ONE
    assert read_stack("街道办集中调解", "村民领到补偿款") != ONE
    assert read_stack("县法院集中宣判", "收缴猎具全部入库") != ONE  # what it did next
    assert read_stack("老旧小区集中改造", "“加装电梯”项目") != ONE
    assert read_stack("乡村振兴全面推进", "“千万工程”经验") != ONE
    # After the body's name a subject of its own: the line says its news whole.
    assert read_stack("全区秋粮收购工作全面启动", "千名志愿者进社区清洁家园") != ONE


def test_a_short_topic_over_what_it_must_or_must_not_do_is_one_title():
    # A modal (不能, 须) has no subject of its own: the topic over it is its subject,
    # whether the model read that line as a column or a title.
    assert read_stack("乡村治理", "不能“一刀切”") == ONE
    assert read_stack("乡村治理", "要走出新路子") == ONE  # 要: must, as 须 is
    assert read_stack("乡村治理", "要闻") != ONE  # a section's name, no modal
    for top in ("column", "title-b"):
        rows = [("乡村治理", top), ("不能“一刀切”", "title-b" if top == "column" else "title-i")]
        assert repaired([*rows, LEAD]) == ["title-b", "title-i", "open"], top
    # A column's own name over a commentary's title stays a column.
    for column in ("时评", "经济观察"):
        rows = [(column, "column"), ("不能只看增速", "title-b"), LEAD]
        assert repaired(rows)[0] == "column", column


def test_a_titles_second_line_read_as_its_texts_opening_line_joins_the_title():
    # A paragraph of one line with no stop, under a one-line title the words join it to.
    text = ("记者从区住建局获悉，今年全区计划改造小区二十个。", "para")
    rows = [("城东老旧小区改造", "title-b"), ("今年将全部完工", "open"), text]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    # A lead's first sentence, stopped, stays the text; so does a line the words do not join.
    rows = [("城东老旧小区改造", "title-b"), ("今年将全部完工。", "open"), text]
    assert repaired(rows)[1] == "open"
    rows = [("城东老旧小区改造", "title-b"), ("记者昨天获悉", "open"), text]
    assert repaired(rows)[1] == "open"
    # Over a line that opens as a lead does, a short line with no punctuation is no
    # text's first line, whatever its words: the title's second line.
    lead = ("近日 记者来到东湖", "body")
    rows = [("网箱改造", "title-b"), ("“水上牧场”换新装", "open"), lead]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    rows = [("网箱改造", "title-b"), ("全县共有网箱三千口，", "open"), lead]
    assert repaired(rows)[1] == "open"
    # Under a kicker too: the title is the stack's second line, its own second line the third
    rows = [
        ("抓项目 促发展", "kicker-b"),
        ("城东老旧小区改造", "title-b"),
        ("今年将全部完工", "open"),
    ]
    assert repaired([*rows, text]) == ["kicker-b", "title-b", "title-i", "open"]


def test_a_slogan_of_short_phrases_over_a_clause_is_its_kicker():
    assert read_stack("抓项目为先  全力冲刺二季度", "区委常委会召开第九次会议") == KICKER
    rows = [("抓项目为先  全力冲刺二季度", "title-b"), ("区委常委会召开第九次会议", "subtitle-b")]
    assert repaired([*rows, LEAD]) == ["kicker-b", "title-b", "open"]
    # Halves a title's length are no slogan: the words do not say.
    assert read_stack("要把群众安全放在防汛工作第一位  全力做好各项准备", "区长作出批示") is None
    # A place's name set before its news is no slogan's half: one title (or undecided).
    assert read_stack("青石镇 果园套种", "花生增收") != KICKER
    assert read_stack("“ 重阳节”前夕", "区领导走访慰问老党员") is None  # a lone mark, no error


def test_a_place_that_set_something_up_over_its_name_is_one_title():
    # 办起, 建起: what was set up is the line under it, even after a place set apart.
    assert read_stack("江东 小区里建起", "“共享书架”") == ONE
    assert read_stack("这个村建起", "“农家书屋”") == ONE
    # A meeting's place (…会议上) over the title stays apart.
    assert read_stack("在全区三级干部会议上", "区长作的工作报告") != ONE


def test_a_short_predicate_under_a_longer_line_ends_its_headline():
    assert read_stack("全镇秋季征兵", "全面启动") == ONE
    assert read_stack("一起电信诈骗案", "告破") == ONE
    assert read_stack("稻田养虾", "一地两用") == ONE
    assert read_stack("防汛备汛", "正当时") == ONE  # three letters with an adverb say it
    # Not a signature's name, a lead's marker or who presided: those are no headline's end.
    assert read_stack("青春飞扬的舞台", "韩小川") != ONE
    assert read_stack("全市经济稳中向好", "新华社电") != ONE
    assert read_stack("全县汛情总体平稳", "李正主持") != ONE
    # A headline as long as its kicker or longer keeps the reading the words give.
    assert read_stack("湿地保护", "候鸟栖息面积再扩大") == KICKER


def test_what_was_asked_or_a_projects_total_under_what_was_done_is_its_subtitle():
    # 要求…, 强调…: no subject of their own, they say what came of the news over them
    assert read_stack("全县春耕生产推进会召开", "要求抢抓农时 确保颗粒归仓") == SUBTITLE
    assert read_stack("县长调研重点项目建设", "强调倒排工期") == SUBTITLE
    assert read_stack("南坪镇12个项目集中开工", "总投资23.5亿元") == SUBTITLE
    rows = [("南坪镇12个项目集中开工", "title-b"), ("总投资23.5亿元", "title-i"), LEAD]
    assert repaired(rows) == ["title-b", "subtitle-b", "open"]
    # a count over the total is one title (新签约项目8个 / 总投资达…); no verb, no news done
    assert read_stack("开发区新签约项目8个", "总投资达12亿元") != SUBTITLE
    assert read_stack("乡村振兴", "要求各地因地制宜") != SUBTITLE  # a topic: no one asked


def test_a_line_that_forecasts_under_a_headline_is_its_subtitle():
    # 预计… has no subject of its own: it tells what will come of the news over it.
    assert read_stack("城北隧道昨日“贯通”", "预计明年6月通车") == SUBTITLE
    assert read_stack("秋粮收购全面启动", "有望比去年多收两成") == SUBTITLE
    rows = [("城北隧道昨日“贯通”", "kicker-b"), ("预计明年6月通车", "title-b"), LEAD]
    assert repaired(rows) == ["title-b", "subtitle-b", "open"]
    # A column's name over it is that column's; a short topic may be a kicker.
    assert read_stack("县域经济观察", "预计之外的“热”") != SUBTITLE
    assert read_stack("春运", "预计发送旅客两亿人次") != SUBTITLE


def test_a_campaigns_or_a_series_name_over_a_headline_is_its_kicker():
    # 进行时, 在行动, 手记, or a column's ending (一线, 观察) close a kicker's words.
    assert read_stack("秋粮收购进行时", "城北粮站日收玉米两百吨") == KICKER
    assert read_stack("“法治护企”在行动", "为小微企业追回货款80万元") == KICKER
    assert read_stack("调度员手记", "夜班里的一通电话") == KICKER
    assert read_stack("读者来信", "菜市场该装个遮阳棚") == KICKER  # a readers' column
    assert read_stack("基层一线", "种粮大户“抱团”闯市场") == KICKER
    rows = [("基层一线", "kicker-b"), ("种粮大户“抱团”闯市场", "title-b"), LEAD]
    assert repaired(rows) == ["kicker-b", "title-b", "open"]
    # Past twelve letters the line is read by what it says, as any other.
    assert read_stack("全市秋粮收购工作全面进入进行时", "城北粮站") == ONE


def test_a_things_name_over_when_it_happens_is_one_title():
    # The line opens on when and goes straight on with what happens: no subject of its own.
    assert read_stack("冰雕艺术节", "今日开门迎客") == ONE
    assert read_stack("全县一季度工业产值", "同比增长12.6%") == ONE
    assert read_stack("我市外贸进出口总值", "首次突破千亿元") == ONE
    # A subject of its own after the day is news of its own; a column's name is no thing's.
    assert read_stack("消费者权益日", "去年全市受理投诉三千件") != ONE
    assert read_stack("诗歌", "冬日大明湖") != ONE
