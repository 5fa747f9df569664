"""The exact layout rules that set the model's labels right (archive.parsing.repairs)."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.credits import byline_credits, signed_from
from archive.parsing.itemstarts import fields_under_a_headline_open_its_text
from archive.parsing.layout import Line, PageShape, split_lines
from archive.parsing.linemodel.labels import headline_role
from archive.parsing.repairs import repair
from archive.parsing.result import Credit


def repaired(rows, known_columns=()):
    lines = split_lines("\n".join(text for text, _ in rows))
    content = [ln for ln in lines if not ln.blank]
    labels = [label for text, label in rows if text]  # ("", None): a blank line
    return repair(content, labels, PageShape.of(lines), known_columns)


def test_a_full_line_that_ends_no_sentence_goes_on_in_the_next():
    long = "本报讯 区里召开会议，部署下一阶段的重点工作，要求各单位紧盯目标任务和"
    assert repaired([(long, "open"), ("时间节点，确保完成。", "para")]) == ["open", "body"]
    assert repaired([(long + "节点。", "open"), ("会议强调，要抓好落实。", "para")]) == [
        "open",
        "para",
    ]


def test_a_line_the_byline_grammar_reads_whole_is_a_byline_and_a_known_column_a_column():
    rows = [
        ("本报讯 区里召开会议。", "open"),
        ("（责任编辑：韩梅）", "para"),
        ("基层动态", "title-b"),
    ]
    assert repaired(rows, known_columns=("基层动态",)) == ["open", "byline", "column"]


def test_a_byline_line_that_names_nobody_is_a_headline_and_one_with_a_role_word_stays():
    rows = [
        ("荷塘月色", "byline"),
        ("市民在公园赏荷。", "open"),
        ("（本报记者 李龙整理）", "byline"),
    ]
    assert repaired(rows) == ["title-b", "open", "byline"]
    # A note in brackets with no name is the text's, never a headline.
    rows = [("本报讯 区里召开会议。", "open"), ("（新华社电）", "byline")]
    assert repaired(rows) == ["open", "para"]


def test_paired_phrases_over_a_title_are_its_kicker():
    rows = [
        ("您上班 我带娃", "title-b"),
        ("高新区工会举办爱心托管班", "title-i"),
        ("本报讯 工会举办托管班。", "open"),
    ]
    assert repaired(rows)[:2] == ["kicker-b", "title-b"]


def test_a_short_clause_over_a_line_with_its_own_subject_is_its_kicker():
    lead = ("本报讯 4月起，市不动产登记中心延长服务时间，群众办事更方便。", "open")
    rows = [("服务再提速", "title-b"), ("市不动产登记中心推出延时服务", "title-i"), lead]
    assert repaired(rows) == ["kicker-b", "title-b", "open"]
    # A body named over its predicate is one title over two lines.
    rows = [("市不动产登记中心", "title-b"), ("推出延时服务", "title-i"), lead]
    assert repaired(rows) == ["title-b", "title-i", "open"]


def test_a_broken_headlines_first_part_read_as_a_column_opens_it():
    rows = [
        ("城北 片区污水管", "column"),
        ("网改造完", "title-b"),
        ("工", "title-i"),
        ("本报讯 11月7日，城北片区污水管网改造工程全部完工。", "open"),
    ]
    assert repaired(rows)[:3] == ["title-b", "title-i", "title-i"]
    # Printed whole, a column's name may be what the lead reports: it stays a column.
    rows[0] = ("城北片区污水管", "column")
    assert repaired(rows)[0] == "column"


def test_a_lead_marker_after_a_finished_sentence_opens_an_article():
    rows = [("本报讯 区里召开会议。", "open"), ("江南晚报讯 市图书馆举办活动。", "para")]
    assert repaired(rows) == ["open", "open"]


def test_a_kicker_that_breaks_inside_a_word_runs_on_into_its_title():
    rows = [
        ("全区开展安全生产大检", "kicker-b"),
        ("查专项行动", "title-b"),
        ("本报讯 全区行动。", "open"),
    ]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    rows = [
        ("学思践悟新思想", "kicker-b"),
        ("全区开展专项行动", "title-b"),
        ("本报讯 全区行动。", "open"),
    ]
    assert repaired(rows) == ["kicker-b", "title-b", "open"]
    # A marked rubric is no title's first line, whatever word its end and the title make.
    rows = [
        ("■健康平凉", "kicker-b"),
        ("县人民医院成功开展首例", "title-b"),
        ("腹腔镜下胆囊切除术", "title-i"),
        rows[2],
    ]
    assert repaired(rows) == ["kicker-b", "title-b", "title-i", "open"]


def test_a_body_named_alone_over_a_title_is_its_subject_but_a_kicker_that_says_something_stays():
    lead = ("本报讯 全区行动。", "open")
    rows = [("区城市管理局", "kicker-b"), ("开展执法培训", "title-b"), lead]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    # A longer line, or one with a comma, is a kicker of its own, however it ends.
    rows = [
        ("市人大常委会召开会议审议通过城市更新条例", "kicker-b"),
        ("为城市更新立规矩", "title-b"),
        lead,
    ]
    assert repaired(rows) == ["kicker-b", "title-b", "open"]
    rows = [("迎峰度夏，区供电局", "kicker-b"), ("保障居民用电", "title-b"), lead]
    assert repaired(rows) == ["kicker-b", "title-b", "open"]
    # A place over a title that names its own subject is the title's kicker.
    rows = [("江北区某某镇", "kicker-b"), ("人人都是护河员", "title-b"), lead]
    assert repaired(rows) == ["kicker-b", "title-b", "open"]


def test_a_byline_read_as_a_headline_line_is_a_byline_and_one_before_anything_credits_what_follows():
    rows = [("■ 记者 周强 通讯员 吴敏", "kicker-b"), ("城南街道开展宣传活动", "title-b")]
    assert repaired(rows) == ["byline-next", "title-b"]


def test_a_stack_without_a_title_has_its_first_element_for_title():
    rows = [
        ("本报讯 区里召开会议。", "open"),
        ("冬奥会筹备工作进入冲刺阶段", "kicker-b"),
        ("本报讯 记者获悉。", "open"),
    ]
    assert repaired(rows) == ["open", "title-b", "open"]


def test_a_lead_marker_under_an_editors_note_stays_in_the_notes_article():
    rows = [
        ("编者按：本版今起推出系列报道，敬请关注。", "open"),
        ("本报讯 区里召开会议。", "para"),
        ("会议要求抓好落实。", "para"),
        ("区里召开会议。", "body"),
        ("本报讯 另一件事。", "para"),
    ]
    assert repaired(rows)[1] == "para"
    assert repaired(rows)[4] == "open"
    # Read as an article's opening by the model, it is the note's article's lead still.
    rows[1] = ("本报讯 区里召开会议。", "open")
    assert repaired(rows)[1] == "para"


def test_a_headline_line_with_a_full_stop_is_text_and_a_line_on_a_conjunction_goes_on():
    lead = "本报讯 6月25日下午，区里召开会议，传达学习上级会议精神，研究部署下一阶段工作，区领导杨某、许某、赵某、"
    rows = [
        ("高新区召开党政联席会议", "title-b"),
        (lead, "open"),
        ("", None),
        (
            "钱某出席会议。会议要求，各部门要以人民为中心，切实抓好今年确定的十件民生实事和",
            "title-i",
        ),
        ("", None),
        ("民生工程，解决好群众关心的问题。", "open"),
    ]
    lines = split_lines("\n".join(text for text, _ in rows))
    content = [ln for ln in lines if not ln.blank]
    labels = [label for _, label in rows if label]
    assert repair(content, labels, PageShape.of(lines)) == ["title-b", "open", "body", "body"]


NARROW_TEXT = [
    ("本报讯 区里召开会议，部署", "open"),
    ("下一阶段老旧小区改造的重点", "body"),
    ("工作，要求各街道紧盯目标任", "body"),
    ("务和时间节点，确保完成。", "body"),
]


def test_a_headline_as_wide_as_a_narrow_column_over_its_text_stays_a_headline():
    rows = [
        *NARROW_TEXT,
        ("", ""),
        ("全区老旧小区改造全面铺开", "title-b"),
        ("本月起各街道将陆续开工建", "open"),
        ("设，年底前全部完成改造。", "body"),
    ]
    assert repaired([r for r in rows if r[0]])[4:] == ["title-b", "open", "body"]


def test_column_wide_headline_lines_that_break_inside_a_clause_are_the_texts_first_lines():
    rows = [
        *NARROW_TEXT,
        ("", ""),
        ("会上，区里还要求加快推进", "title-b"),  # a clause's comma: text
        ("老旧小区改造，年底前全部", "open"),
        ("完成改造任务。", "body"),
    ]
    assert repaired([r for r in rows if r[0]])[4:] == ["para", "body", "body"]


def test_a_column_wide_headline_over_text_opening_on_a_preposition_stays_a_headline():
    # Sentences open on 在, 自, 从: a preposition after the break is no sign of a wrap.
    rows = [
        *NARROW_TEXT,
        ("", ""),
        ("老街改造后居民笑开颜", "title-b"),
        ("在城东老街，改造后的路", "open"),
        ("面平整宽阔。", "body"),
    ]
    assert repaired([r for r in rows if r[0]])[4:] == ["title-b", "open", "body"]
    # Nor is a stack with a subtitle (——) the text's first lines, commas or not.
    rows = [
        *NARROW_TEXT,
        ("", ""),
        ("告别老旧，换上新颜", "title-b"),
        ("——老街改造看变化①", "subtitle-b"),
        ("“多亏改造，路平了，", "open"),
        ("灯也亮了。”", "body"),
    ]
    assert repaired([r for r in rows if r[0]])[4:] == ["title-b", "subtitle-b", "open", "body"]


def test_on_a_page_of_bylines_above_headlines_a_bare_name_under_text_still_signs_it():
    rows = [
        ("■ 记者 周强", "byline-next"),
        ("城南街道开展垃圾分类宣传", "title-b"),
        ("本报讯 城南街道开展宣传活动。", "open"),
        ("张伟", "byline"),  # a name alone signs the text above it
        ("社区运动会开幕", "title-b"),
        ("本报讯 社区运动会开幕。", "open"),
        ("■ 记者 周强", "byline"),  # a role word: the page's style puts it above
        ("校园足球联赛落幕", "title-b"),
        ("本报讯 联赛落幕。", "open"),
        ("■ 记者 吴敏", "byline-next"),
        ("图书馆延长开放时间", "title-b"),
        ("本报讯 图书馆延长开放时间。", "open"),
    ]
    assert [repaired(rows)[i] for i in (3, 6)] == ["byline", "byline-next"]


def test_on_a_page_of_bylines_above_headlines_a_byline_right_under_its_text_closes_it():
    # Right under the last sentence, a blank line between it and the next headline:
    # it closes the text above, whatever the page's other bylines do.
    rows = [
        ("本报记者 葛云舒", "byline-next"),
        ("城西新建两座过街天桥", "title-b"),
        ("9月27日，城西路两座过街天桥完工。", "open"),
        ("", None),
        ("老码头的“渡船”变身水上巴士", "title-b"),
        ("在江湾街道老码头，摆渡了三十年的木船退役了。", "open"),
        ("本报记者 宁若溪", "byline"),
        ("", None),
        ("江北至江南新增夜班公交", "title-b"),
        ("10月1日起，江北至江南新增两条夜班公交线路。", "open"),
    ]
    assert repaired(rows)[5] == "byline"


def test_two_complete_headlines_alone_are_kicker_and_title_and_under_a_kicker_title_and_subtitle():
    lead = ("本报讯 市统计局发布数据，前三季度全市经济平稳增长，工业增加值同比增长。", "open")
    pair = [("全市经济运行平稳向好", "title-b"), ("前三季度工业增加值增长8%", "title-i")]
    assert repaired([*pair, lead])[:2] == ["kicker-b", "title-b"]
    kicker = ("聚焦高质量发展——", "kicker-b")
    assert repaired([kicker, *pair, lead])[:3] == ["kicker-b", "title-b", "subtitle-b"]


def test_three_headline_lines_are_a_kicker_over_a_wrapped_title_only_when_the_title_wraps():
    lead = ("本报讯 1月8日上午，高新区召开经济工作会议，部署今年任务。", "open")
    wrapped = [
        ("凝心聚力谋发展", "title-b"),
        ("高新区召开2024年", "title-i"),
        ("经济工作会议", "title-i"),
    ]
    assert repaired([*wrapped, lead])[:3] == ["kicker-b", "title-b", "title-i"]
    phrases = [
        ("车棚换了新顶", "title-b"),
        ("楼道亮了新灯", "title-i"),
        ("老人坐上电梯", "title-i"),
    ]
    assert repaired([*phrases, lead])[:3] == ["title-b", "title-i", "title-i"]


def test_headline_lines_that_break_inside_brackets_or_on_a_comma_are_one_element():
    # A kicker never ends inside brackets: the two lines are one title.
    rows = [
        ("区应急管理局启动防汛（", "kicker-b"),
        ("暴雨）三级响应", "title-b"),
        ("本报讯 昨天下午，区里发布预警。", "open"),
    ]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    # Nor does a title end on a comma, whatever the model read the next line as.
    rows = [
        ("老街改造让居民住得安心、", "title-b"),
        ("过得舒心", "subtitle-b"),
        ("本报讯 老街改造完工。", "open"),
    ]
    assert repaired(rows) == ["title-b", "title-i", "open"]
    rows = [
        ("为社区注入团结、", "title-b"),
        ("互助的新风", "open"),
        ("本报讯 社区开展邻里节活", "body"),
        ("动。", "body"),
    ]
    assert repaired(rows)[:3] == ["title-b", "title-i", "open"]
    # A title and its subtitle that each stand whole stay two elements, and a kicker
    # after a subtitle opens the next headline.
    rows = [
        ("老街改造完工", "title-b"),
        ("居民住得更安心", "subtitle-b"),
        ("本报讯 老街改造完工。", "open"),
    ]
    assert repaired(rows) == ["title-b", "subtitle-b", "open"]
    rows = [
        ("本报讯 正文。", "open"),
        ("标题一", "title-b"),
        ("副题一（完）", "subtitle-b"),
        ("引题二（", "kicker-b"),
        ("标题二", "title-b"),
    ]
    assert repaired(rows)[1:] == ["title-b", "subtitle-b", "title-b", "title-i"]
    # Inside an open quotation a dash opens no subtitle: one title over two lines.
    rows = [
        ("“老街焕新计划", "title-b"),
        ("——邻里共建行动”启动", "subtitle-b"),
        ("本报讯 老街改造启动。", "open"),
    ]
    assert repaired(rows) == ["title-b", "title-i", "open"]


def test_a_headline_line_ending_on_a_colon_is_the_kicker_of_the_line_under_it():
    rows = [
        ("区防汛指挥部：", "title-b"),
        ("明起进入主汛期", "subtitle-b"),
        ("本报讯 区防汛指挥部发布通知。", "open"),
    ]
    assert repaired(rows) == ["kicker-b", "title-b", "open"]
    # A subtitle that a dash opens stays one.
    rows = [
        ("区防汛指挥部：", "title-b"),
        ("——明起进入主汛期", "subtitle-b"),
        ("本报讯 区防汛指挥部发布通知。", "open"),
    ]
    assert repaired(rows) == ["title-b", "subtitle-b", "open"]


def test_a_lead_marker_after_text_closed_by_its_names_opens_an_article():
    rows = [
        ("本报讯 区里召开会议。", "open"),
        ("会议要求抓好落实。王明 李华", "para"),
        ("本报北京6月16日电 （记者赵刚）全省开展检查。", "para"),
    ]
    assert repaired(rows)[2] == "open"


def test_a_name_under_a_note_on_its_author_signs_the_text():
    rows = [
        ("本报讯 区里召开会议。", "open"),
        ("会议要求抓好落实。", "para"),
        ("（作者为某某大学", "para"),
        ("教授）", "body"),
        ("赵明远", "body"),
    ]
    assert repaired(rows)[4] == "byline"
    # Without the note, one name alone over text is left to the model (王者 may be a
    # headline's word).
    rows[2:4] = [("会议很成功。", "para")]
    rows.append(("今天上午，新桥通车。", "para"))
    assert repaired(rows)[3] == "body"


def test_names_or_a_closing_dateline_read_as_headlines_are_credits():
    # No headline is a list of names: under a title they credit it.
    rows = [("区里召开会议", "title-b"), ("王明远 李华", "title-b"), ("区里召开会议。", "open")]
    assert repaired(rows)[1] == "byline"
    # A dateline in brackets closing the text credits it, whatever the model read.
    rows = [
        ("本报讯 区里召开会议。", "open"),
        ("（本报南京5月11日电 记者 赵明远、孙华）", "subtitle-b"),
        ("本报讯 另一件事。", "open"),
    ]
    assert repaired(rows)[1] == "byline"


def test_a_note_on_its_author_closes_a_commentary():
    rows = [
        ("本报讯 区里召开会议。", "open"),
        ("会议要求抓好落实。", "para"),
        ("（作者为某某大学教授）", "para"),
        ("老街的清晨", "body"),  # the next article's headline, over its text
        ("清晨六点，老街已经热闹起", "para"),
        ("来。", "body"),
    ]
    assert repaired(rows)[3:5] == ["title-b", "open"]
    rows[3:4] = []  # no headline: the text after the note opens the next article
    assert repaired(rows)[3] == "open"


def _page(rows, gap="\n"):
    """(the page's text, the model's labels) of (line, label) rows."""
    return gap.join(t for t, _ in rows), [label for _, label in rows]


def _gapped(text, labels):
    lines = split_lines(text)
    content = [ln for ln in lines if not ln.blank]
    return repair(content, labels, PageShape.of(lines))


def test_a_subhead_after_a_wider_gap_and_a_finished_sentence_heads_an_article():
    paras = ["区里召开会议，部署下一阶段工作。", "会议要求各单位抓好落实。", "会后进行了分组讨论。"]
    page = (
        "\n\n".join(paras)
        + "\n\n\n"
        + "新桥通车\n\n"
        + "\n\n".join(["上午十时，新桥正式通车。", "新桥全长三百米。"])
    )
    read = ["open", "para", "para", "subhead", "para", "para"]
    assert _gapped(page, read) == ["open", "para", "para", "title-b", "open", "para"]
    # The gap as wide as the page's usual one: a subhead stays in its article.
    assert _gapped(page.replace("\n\n\n", "\n\n"), read) == read
    # A sentence that runs across the wider gap goes on.
    broken = page.replace("会后进行了分组讨论。", "会后进行了分组")
    assert _gapped(broken, read)[3] == "subhead"
    # A paragraph after a wider gap stays in its article: local pages print one under
    # their lead paragraph.
    plain = page.replace("新桥通车\n\n", "")
    assert _gapped(plain, ["open", "para", "para", "para", "para"])[3] == "para"
    # Blank lines at random (as many wide gaps as narrow ones) tell nothing.
    texts = [f"第{n}段写完了。" for n in range(8)]
    scattered = "".join(t + ("\n\n" if n % 2 else "\n\n\n") for n, t in enumerate(texts))
    scattered += "\n新桥通车\n\n上午十时，新桥正式通车。"
    read = ["open"] + ["para"] * 7 + ["subhead", "para"]
    assert _gapped(scattered, read) == read
    # With the wider gaps rarer than the usual one, the last one heads an article.
    assert _gapped(scattered.replace("\n\n\n", "\n\n", 3), read)[8:] == ["title-b", "open"]


def test_one_name_under_finished_text_and_over_no_text_of_its_own_signs_the_text():
    rows = [("会上，各单位交流了经验。", "para"), ("郑欣然", "title-b"), ("民生", "column")]
    assert repaired(rows) == ["para", "byline", "column"]
    assert repaired(rows[:2]) == ["para", "byline"]
    # Over text, a short line is the model's to read (a title such as 王者归来 over a lead).
    rows = [
        ("会上，各单位交流了经验。", "para"),
        ("郑欣然", "title-b"),
        ("今天上午，区里开会。", "open"),
    ]
    assert repaired(rows)[1] == "title-b"
    # A series' name (经济聚焦·新产业) over a headline is no signature.
    rows = [("会上，各单位交流了经验。", "para"), ("欧阳·新风", "title-b"), ("新桥通车", "title-b")]
    assert repaired(rows)[1] != "byline"


def test_a_byline_a_sentence_runs_through_is_text():
    rows = [
        *NARROW_TEXT,
        ("会上，邻市前来参观的客人、", "para"),
        ("《北湖晚报》高级记者郑欣", "byline"),
        ("表示，改造让老街焕然一新。", "body"),
    ]
    assert repaired(rows)[5:] == ["body", "body"]
    # After a finished sentence the same line signs the text above.
    rows[4] = ("会上，来自邻市的客人发言。", "para")
    rows[6] = ("上午十时，新桥正式通车。", "open")
    assert repaired(rows)[5] == "byline"


def _narrow_page(rows):
    """A narrow-column page: two articles' text, then `rows` after a gap."""
    lines = [text for text, _ in NARROW_TEXT + NARROW_TEXT] + [""] + [t for t, _ in rows]
    labels = [label for _, label in NARROW_TEXT + NARROW_TEXT] + [label for _, label in rows]
    page = split_lines("\n".join(lines))
    content = [ln for ln in page if not ln.blank]
    shape = PageShape.of(page)
    assert shape.narrow and shape.width == 13
    return repair(content, labels, shape)[len(NARROW_TEXT) * 2 :]


def test_a_line_far_wider_than_the_column_is_a_headline_over_the_text_under_it():
    rows = [
        ("全区开展老旧小区改造“回头看”，逐户上门听取居民意见", "para"),
        ("本月起，各街道将陆续组织", "body"),
        ("复查，年底前全部完成。", "body"),
    ]
    assert _narrow_page(rows) == ["title-b", "open", "body"]
    # Digits count half: a date does not widen a column line.
    rows[0] = ("2026年12月31日至2027年1月5日，全区", "para")
    assert _narrow_page(rows) == ["para", "body", "body"]
    # Under it, a line a space parts into two phrases is its title; wide lines after
    # that are subtitles.
    rows = [
        ("全区开展老旧小区改造“回头看”，逐户上门听取居民意见", "para"),
        ("改造不停步 服务不打烊", "body"),
        ("街道干部、社区工作者和志愿者组成工作组，分片包干跟踪整改", "para"),
        ("本月起，各街道将陆续组织", "body"),
        ("复查，年底前全部完成。", "body"),
    ]
    assert _narrow_page(rows) == ["kicker-b", "title-b", "subtitle-b", "open", "body"]


def test_an_articles_numbered_items_open_no_articles_of_their_own():
    rows = [
        ("1.东街的王女士求助，母亲需要透析。", "open"),
        ("社区当天安排车辆接送。", "para"),
        ("本报记者 郑欣", "byline"),
        ("2.西街的李先生求助，家中缺药。", "open"),
        ("药店当天上门送药。", "para"),
    ]
    assert repaired(rows) == ["open", "para", "byline", "para", "para"]
    # An item numbered out of turn, or after a headline, is left as read.
    rows[3] = ("3.西街的李先生求助，家中缺药。", "open")
    assert repaired(rows)[3] == "open"
    rows[3] = ("2.西街的李先生求助，家中缺药。", "open")
    rows.insert(3, ("新桥通车", "title-b"))
    assert repaired(rows)[4] == "open"
    # Marks in Chinese numerals count too: （一） … （二）.
    rows = [
        ("（一）", "para"),
        ("区里召开会议。", "open"),
        ("（二）", "para"),
        ("会后分组讨论。", "open"),
    ]
    assert repaired(rows) == ["para", "open", "para", "para"]


def test_a_headline_that_ends_on_a_sentence_and_a_photo_credit_is_a_caption():
    rows = [
        ("图为学生在校园里参加第九届", "title-b"),
        ("科技节活动。（郑欣摄）", "title-i"),
        ("本报讯 区里召开会议。", "open"),
    ]
    assert repaired(rows) == ["open", "body", "open"]
    # Under text it is that text's photo caption.
    rows.insert(0, ("会议要求各单位抓好落实。", "para"))
    assert repaired(rows)[:3] == ["para", "caption", "body"]
    # A headline with no sentence and no credit stays one.
    rows[2] = ("科技节活动掠影", "title-i")
    assert repaired(rows)[1:3] == ["title-b", "title-i"]


def test_a_blank_line_between_touching_paragraphs_parts_articles():
    first = [
        "河堤加固工程提前完工",
        "3月10日，城北段河堤加固工程通过验收，比原计划提前二十天完工，总投资1.6亿元。",
        "据区水利局介绍，工程采用生态护坡技术，在加固堤身的同时种植了两万余株灌木。",
    ]
    second = [
        "老街夜市重新开张",
        "3月9日晚，老街夜市在改造后重新开张，六十余家摊位吸引了大批市民前来品尝。",
        "夜市由区商务局牵头改造，统一更换了摊位设施，增设了公共卫生间和停车位。",
    ]
    page = "\n".join(first) + "\n\n" + "\n".join(second)
    read = ["title-b", "open", "para", "para", "para", "para"]
    assert _gapped(page, read) == ["title-b", "open", "para", "title-b", "open", "para"]
    # Under a byline printed above it too (□晚报记者 李敏 / 老街夜市重新开张 / 3月9日晚，…).
    signed = page.replace("\n\n", "\n\n□晚报记者 李敏\n")
    assert _gapped(signed, read[:3] + ["byline"] + read[3:])[4:6] == ["title-b", "open"]
    # A sentence that runs on across the blank line goes on.
    broken = page.replace("两万余株灌木。", "两万余株灌木，")
    assert _gapped(broken, read)[3] in ("para", "body")
    # A finished line, or one longer than a headline, is no headline.
    for line in (
        "老街夜市重新开张了。",
        "老街夜市在改造后重新开张，六十余家摊位迎来了前来品尝的众多市民",
    ):
        assert _gapped(page.replace("老街夜市重新开张\n", line + "\n"), read)[3] == "para"
    # Where every paragraph has a blank line under it, one more tells nothing (but a
    # lead that restates the line: test_a_headline_its_lead_restates…).
    loose = page.replace("3月9日晚，", "如今，").replace("\n", "\n\n")
    assert _gapped(loose, read)[3] == "para"
    # A narrow column's paragraphs wrap at its width: a paragraph's first line after a
    # blank line, as wide as the lines above it, is no headline, whatever its comma.
    column = [
        "河堤加固工程提前完工",
        "3月10日，城北段河堤加固工",
        "程通过验收，比原计划提前二",
        "十天完工。",
        "",
        "据介绍，工程采用了生态护坡",
        "技术，在加固堤身的同时种植了",
        "两万余株灌木。",
    ]
    narrow = "\n".join(column) + "\n\n" + "\n".join(second)
    narrow_read = ["title-b", "open", "body", "body", "para", "body", "body", *read[3:]]
    assert _gapped(narrow, narrow_read)[4] == "para"
    # Signed at its end, the column's text is done: a line under its byline, as wide
    # as its lines, is the next article's headline all the same.
    signed_column = [*column[:4], "（记者 李敏）", "", "城西新建的社区公园开园迎客", second[1]]
    signed_read = ["title-b", "open", "body", "body", "byline", "para", "para"]
    assert _gapped("\n".join(signed_column + second[2:]), signed_read + ["para"])[5] == "title-b"


def test_a_byline_holding_a_sentence_is_text_with_its_credit():
    rows = [
        ("春耕备耕忙", "title-b"),
        ("（图）近日，东湖镇农民在田间整地，准备春播。本报记者 赵强 摄", "byline"),
        ("区里召开会议，安排今年的重点任务。记者 李敏", "byline"),
        ("（本报记者 李龙整理）", "byline"),
    ]
    assert repaired(rows) == ["title-b", "caption", "para", "byline"]


def test_a_short_caption_before_its_photographer_is_a_caption():
    # A photo's caption may say as little as where it was taken; a line of text
    # before a writer's credit still needs a sentence's worth.
    rows = [
        ("本报讯 东湖镇昨天举办龙舟赛，十二支队伍参赛。", "open"),
        ("▲比赛现场。　乔木 摄", "byline"),
        ("很好。记者 李敏", "byline"),
    ]
    assert repaired(rows) == ["open", "caption", "byline"]


def test_a_short_line_over_a_lead_marker_is_its_headline():
    column = [
        ("据了解，今年全市夏粮种植面积达到120万", "para"),
        ("亩，预计总产量比上年增长3%以上。", "body"),
        ("城区新增公共停车泊位2000个", "para"),
        ("本报讯 记者林雨报道：日前，市城管局在城区", "para"),
        ("主次干道新施划公共停车泊位2000个，缓解", "body"),
        ("市民停车难。新增泊位实行分时段收费，", "body"),
        ("首半小时免费。", "body"),
    ]
    text, labels = _page(column)
    assert _gapped(text, labels)[2:4] == ["title-b", "open"]
    # A lead printed over two lines (本报北京5月6日电 / （记者X）…) heads nothing.
    split = text.replace("城区新增公共停车泊位2000个", "本报北京5月6日电").replace(
        "本报讯 记者林雨报道：日前，", "（记者林雨）日前，"
    )
    assert _gapped(split, labels)[2] != "title-b"
    # Under a sentence that runs on, the short line ends that sentence's paragraph.
    unfinished = text.replace("增长3%以上。", "增长3%以上，")
    assert _gapped(unfinished, labels)[2] != "title-b"


def test_an_opening_line_that_stops_short_over_a_paragraph_is_its_headline():
    column = [
        ("遇到的难题。", "body"),
        ("何晓东 邓敏 文/图", "byline"),
        ("海边的早晨", "open"),
        ("清晨，渔民驾船出海。", "para"),
        ("退潮后，孩子们在滩涂上", "caption"),
        ("拾贝。（胡勇摄）", "body"),
    ]
    text, labels = _page(column)
    assert _gapped(text, labels)[2:4] == ["title-b", "open"]
    # Under its headline it is the text's first line.
    under = text.replace("何晓东 邓敏 文/图", "滨海的四季")
    assert _gapped(under, ["body", "title-b", *labels[2:]])[2] == "open"
    # Under a column's name it is the item's headline: a text's first line ends no
    # paragraph short of a sentence.
    label = text.replace("何晓东 邓敏 文/图", "图片新闻")
    assert _gapped(label, ["body", "column", *labels[2:]])[2:4] == ["title-b", "open"]
    # Over a line that stops short too (verse), it is text.
    verse = text.replace("清晨，渔民驾船出海。", "潮声")
    assert _gapped(verse, labels)[2] == "open"


def test_a_headline_its_lead_restates_heads_it_where_paragraphs_have_blank_lines():
    paras = [
        ("河堤加固工程提前完工", "title-b"),
        ("本报讯（记者 王立新）3月10日，城北段河堤加固工程通过验收，比原计划提前完工。", "open"),
        ("据区水利局介绍，工程采用生态护坡技术，在加固堤身的同时种植了两万余株灌木。", "para"),
        ("老街夜市重新开张", "para"),
        ("3月9日晚，青江老街夜市在改造后重新开张，六十余家摊位吸引了大批市民前来品尝。", "para"),
        ("夜市由区商务局牵头改造，统一更换了摊位设施，增设了公共卫生间和停车位。", "para"),
    ]
    text, labels = _page(paras, gap="\n\n")
    assert _gapped(text, labels)[3:5] == ["title-b", "open"]
    # A subhead the next paragraph does not restate, or one over a paragraph that
    # opens as no lead does, stays in its article.
    assert _gapped(text.replace("老街夜市重新开张", "一张网织密服务"), labels)[3] == "para"
    assert _gapped(text.replace("3月9日晚，", "如今，"), labels)[3] == "para"


def test_a_short_line_right_under_a_title_is_the_headlines_not_the_texts():
    rows = [
        ("区人大常委会开展食品安全法", "title-b"),
        ("执法检查", "open"),
        ("3月11日，区人大常委会执法检查组对全区食品安全法贯彻实施情况进行检查。", "para"),
        ("检查组要求，各相关部门要压实监管责任，守牢食品安全底线。", "para"),
    ]
    text, labels = _page(rows)
    assert _gapped(text, labels)[:3] == ["title-b", "title-i", "open"]
    # A line that ends a sentence is the text's first paragraph.
    assert _gapped(text.replace("执法检查\n", "检查组进驻。\n"), labels)[1] == "open"
    # A name alone under a commentary's title signs it.
    assert _gapped(text.replace("执法检查\n", "柯文远\n"), labels)[1] == "byline"


def test_an_editors_note_under_a_title_is_no_line_of_the_headline():
    rows = [
        ("小区停车难题破解了", "title-b"),
        ("编者按", "open"),
        ("停车难是不少老旧小区的“老大难”，本报从今天起连续刊发一个社区的探索。", "para"),
        ("青石社区利用边角地新建停车位120个，缓解了居民停车难，居民们纷纷点赞。", "para"),
    ]
    assert _gapped(*_page(rows))[1] == "open"
    # A short line that is no note is the headline's (the test above).
    rows[1] = ("边角地变身停车场", "open")
    assert _gapped(*_page(rows))[1] != "open"


def test_a_line_between_a_byline_and_a_lead_is_the_headline_the_model_read_as_text():
    rows = [
        ("记者 葛青", "byline"),
        ("小果园结出“致富果”", "caption"),
        ("6月3日，北原镇红旗村的果", "body"),
        ("园里，村民们正忙着采摘。", "body"),
    ]
    assert repaired(rows)[1:3] == ["title-b", "open"]
    # A line that stops at a comma goes on into the date under it.
    rows[1] = ("经过一个月的筹备，", "caption")
    assert repaired(rows)[1:3] == ["caption", "body"]


def test_an_experts_signature_under_a_headline_is_a_byline_not_its_title():
    rows = [
        ("专家提醒：春季谨防鼻炎", "kicker-b"),
        ("县医院耳鼻喉科主任 邬一", "title-b"),
        ("春季花粉增多，鼻炎进入高发期。", "open"),
    ]
    assert repaired(rows)[1] == "byline"


def test_fields_printed_one_a_line_under_a_headline_are_its_byline_and_open_its_text():
    rows = [
        ("社区托管班让家长省心", "open"),
        ("作者：本报记者 皮一", "body"),
        ("发布时间：2022年08月09日", "body"),
        ("8月8日上午，东城区社区托管班开班。", "body"),
    ]
    assert repaired(rows) == ["title-b", "byline", "byline", "open"]


def test_each_caption_closed_by_its_photographer_is_a_photo_item():
    # Under a column's name, one caption after another, each with its photographer.
    rows = [
        ("图片新闻", "column"),
        ("5月8日，城东小学的学生在植物园认识花草。 邹明 摄", "open"),
        ("5月9日，环卫工人在清洗北门广场的地面。", "caption"),
        ("本报记者 宁远 摄", "byline"),
        ("5月9日晚，市民在滨河步道散步。（通讯员 龚晴 摄）", "caption"),
    ]
    assert repaired(rows) == ["column", "open", "open", "byline", "open"]
    # Under a headline, a dated caption its own photographer closes is still an item of
    # its own; taken by the photographer above, it is that headline's next photo.
    rows[0] = ("春到城东", "title-b")
    assert repaired(rows)[2] == "open"
    rows[3] = ("本报记者 邹明 摄", "byline")
    assert repaired(rows)[2] == "caption"
    text_after = [("5月8日，学生在植物园认识花草。", "open"), ("邹明 摄", "byline")]
    assert repaired([*text_after, ("植物园今年新栽花木两千株。", "para")])[2] == "para"


def test_a_headline_of_one_sentence_over_a_photographer_is_a_caption():
    rows = [
        ("城关合作商店送货下乡", "title-b"),
        ("本报讯 城关合作商店组织货郎担走村串户，把日用品送到社员家门口。", "open"),
        ("", None),
        ("青石公社社员在晒场上翻晒麦种。", "title-b"),
        ("本报记者 乔木 摄", "byline"),
    ]
    assert repaired(rows) == ["title-b", "open", "caption", "byline"]


def test_a_byline_set_off_over_a_headline_is_the_articles_below():
    rows = [
        ("新华书店送书到山区", "title-b"),
        ("本报讯 县新华书店派出售书组，深入山区七个公社，送去图书一千余册。", "open"),
        ("", None),
        ("本报通讯员 苗青", "byline"),
        ("县中学开门办学", "caption"),
        ("县中学组织两个班的学生到南岗大队参加劳动。", "body"),
    ]
    assert repaired(rows) == ["title-b", "open", "byline-next", "title-b", "open"]
    # Right under the text it is the text's closing byline; a bare name signs above.
    assert repaired(rows[:2] + rows[3:])[2] == "byline"
    rows[3] = ("苗青", "byline")
    assert repaired(rows)[2] == "byline"


def test_a_bracketed_byline_over_a_headline_and_a_marked_lead_closes_the_text_above():
    # Brackets close an item; the item under the headline opens with its own 本报讯.
    rows = [
        ("新华书店送书到山区", "title-b"),
        ("本报讯 县新华书店派出售书组，深入山区七个公社，送去图书一千余册。", "open"),
        ("", None),
        ("（通讯员 苗青）", "byline"),
        ("县中学开门办学", "title-b"),
        ("本报讯 县中学组织两个班的学生到南岗大队参加劳动。", "open"),
    ]
    assert repaired(rows) == ["title-b", "open", "byline", "title-b", "open"]
    # Unbracketed, it is the headline's, as above.
    rows[3] = ("本报通讯员 苗青", "byline")
    assert repaired(rows)[2] == "byline-next"


def test_a_photographers_credit_set_off_over_a_headline_signs_the_photo_above():
    rows = [
        ("晒场丰收", "title-b"),
        ("近日，青石公社社员在晒场上翻晒麦种。", "open"),
        ("", None),
        ("乔木 摄", "byline"),
        ("县中学开门办学", "title-b"),
        ("县中学组织两个班的学生到南岗大队参加劳动。", "open"),
    ]
    assert repaired(rows)[2] == "byline"


def test_reporters_under_the_masthead_over_the_first_headline_are_its():
    rows = [
        ("融媒记者 苏岚 通讯员 戴明", "furniture"),
        ("春耕备耕正当时", "title-b"),
        ("记者在示范区看到，农技人员正在指导育秧。", "open"),
    ]
    assert repaired(rows)[0] == "byline-next"
    assert repaired([("责任编辑 苏岚", "furniture"), *rows[1:]])[0] == "furniture"


def test_a_headline_line_of_two_sentences_is_text():
    rows = [
        ("本报通讯员 苗青", "byline-next"),
        ("县中学开门办学", "title-b"),
        (
            "县中学组织两个班的学生到南岗大队参加劳动，学农两周。学生们写出调查报告三十多篇。",
            "title-i",
        ),
        ("", None),
        ("新华书店送书到山区", "open"),
        ("县新华书店派出售书组，深入山区七个公社，送去图书一千余册。", "body"),
    ]
    # The text under its headline, and the next short line a headline over its own.
    assert repaired(rows) == ["byline-next", "title-b", "open", "title-b", "open"]


def test_a_short_question_set_apart_over_a_paragraph_is_a_headline():
    rows = [
        ("菜价回落 市民菜篮子轻了", "title-b"),
        ("国庆长假过后，本市蔬菜价格明显回落，青菜每斤便宜了三角。", "open"),
        ("", None),
        ("小区停车难何时解？", "para"),
        ("读者来电：我住的小区停车位不足，晚上车子只能停在消防通道上。", "para"),
    ]
    assert repaired(rows)[2:] == ["title-b", "open"]
    # Under its column's name too; a paragraph's question, or one run on, stays text.
    assert repaired([("专家答疑", "column"), *rows[3:]]) == ["column", "title-b", "open"]
    assert repaired([*rows[:2], ("那么，停车难该怎么解？", "para"), rows[4]])[2] == "para"
    assert repaired([*rows[:2], *rows[3:]])[2] == "para"  # no blank line: the text goes on


def test_fields_under_a_headline_under_an_outlets_name_open_its_text():
    # 某某发布 / headline / a byline the fields grammar does not read (审核：) / a stamp:
    # the headline is the title and the text under the stamp opens the item.
    texts = [
        "南坪发布",
        "南坪镇夏茶进入采摘旺季",
        "来源：南坪发布　作者：记者　梅子涵　编辑：柳絮　审核：鲍平　校对：岑川",
        "2022-07-03 09:12　阅读 2.3万",
        "7月2日，南坪镇茶农们正忙着采摘夏茶。",
    ]
    content = [Line(i, 0, 0, t) for i, t in enumerate(texts)]
    labels = ["column", "open", "byline", "byline", "body"]
    assert fields_under_a_headline_open_its_text(content, labels, PageShape(False, 0)) == [
        "column",
        "title-b",
        "byline",
        "byline",
        "open",
    ]


def test_a_wide_caption_closed_by_its_photographer_is_no_headline_over_the_text():
    # A caption after an article in narrow columns is wider than the column and ends on
    # no full stop (摄 closes it), as a headline spanning the columns does: its
    # sentence's end before the credit tells it from one.
    rows = [
        ("北湖茶园迎来采摘高峰", "title-b"),
        ("", None),
        ("　　5月8日，记者在北湖镇", "open"),
        ("茶叶合作社看到，几十名茶", "body"),
        ("农正在茶园里采摘新茶，加", "body"),
        ("工车间里炒茶机日夜运转。", "body"),
        ("", None),
        ("▲茶农在茶园里采摘新茶。　柯一舟　摄", "para"),
        ("", None),
        ("青石县新开两条乡村公交", "title-b"),
        ("", None),
        ("　　本报讯 为方便村民出行，", "open"),
        ("青石县近日新开通两条乡村", "body"),
        ("公交线路，覆盖沿河六个行", "body"),
        ("政村，每天往返十二个班次。", "body"),
    ]
    assert repaired(rows)[5:7] == ["para", "title-b"]


def test_a_byline_read_as_text_under_a_titles_deck_is_the_byline():
    rows = [
        ("城东至北岭快速路", "title-b"),
        ("正式通车", "title-i"),
        ("沿线2个街道居民通勤时间缩短30分钟", "open"),
        ("融媒体中心记者 柯林峰 通讯员 葛长青", "body"),
        ("9月1日上午，随着最后一段标线施划", "body"),
        ("完成，城东至北岭快速路正式通车。该路", "body"),
        ("全长12.6公里，总投资9.8亿元，", "body"),
    ]
    assert repaired(rows)[2:5] == ["subtitle-b", "byline", "body"]


def test_a_sentence_under_a_titles_first_line_of_text_stays_text():
    rows = [
        ("城东至北岭快速路", "title-b"),
        ("正式通车", "title-i"),
        ("沿线2个街道居民通勤时间", "open"),
        ("缩短30分钟，记者从区交通局获悉。", "body"),
    ]
    assert repaired(rows)[2:4] == ["open", "body"]


def test_a_long_headline_line_that_says_one_sentence_to_its_full_stop_is_the_lead():
    # One paragraph a line: the model reads the lead under a headline as a second title
    # line; a headline says no clause and ends on no full stop.
    rows = [
        ("本报通讯员 钟小川 记者 祁心怡", "byline-next"),
        ("全市中小学新学期“第一课”聚焦防溺水安全", "title-b"),
        (
            "开学以来，全市各地中小学以防溺水教育开启新学期，通过情景演练、专题讲座等形式，"
            "提升学生的安全意识和自我保护能力。",
            "title-i",
        ),
        ("在城南第三中学，救生员走进课堂，教学生识别危险水域。", "open"),
    ]
    assert repaired(rows)[1:3] == ["title-b", "open"]


def test_a_column_name_spaced_out_over_its_first_items_headline():
    # OCR's 短 讯 read as a byline with no role word is the column's name, and the
    # line the model took for a caption under it the first item's headline.
    rows = [
        ("本报讯 区里召开会议，部署下一阶段工作。", "open"),
        ("", None),
        ("短 讯", "byline"),
        ("全县完成冬季清雪设备检修", "caption"),
        ("入冬以来，县城管局对全县清雪设备进行检修。", "body"),
    ]
    assert repaired(rows)[1:3] == ["column", "title-b"]


def test_a_wide_headline_under_a_headline_printed_under_its_text_is_no_text_of_it():
    # Narrow OCR columns: a headline under its text's last sentence, then the next
    # item's headline, wider than the column, over its text.
    rows = [
        ("本报讯（通讯员 邬小", "open"),
        ("燕）日前，社区卫生服", "body"),
        ("务站为辖区高龄老人免", "body"),
        ("费体检，建立档案。", "body"),
        ("社区为高龄老人体检", "para"),
        ("", None),
        ("学车“一人一车” 当心“低价陷阱”", "body"),
        ("“报名只要一千九，包", "body"),
        ("过！”近来，不少市民收", "body"),
        ("到类似的驾校广告。", "body"),
    ]
    labels = repaired(rows)
    assert labels[5:7] == ["title-b", "open"]


# OCR of a page in columns six letters wide: headlines wrap anywhere, and OCR spaces
# their letters out.
VERY_NARROW = [
    ("本报讯 记者", "open"),
    ("从市海关获", "body"),
    ("悉，今年前", "body"),
    ("11个月全市", "body"),
    ("出口火锅底", "body"),
    ("料货值同比", "body"),
    ("增长27%。", "body"),
    ("", None),
]


def test_in_columns_a_few_letters_wide_a_headlines_lines_are_one_title():
    rows = VERY_NARROW + [
        ("跨 年 夜", "title-b"),  # letters spaced out: no pair of phrases of a kicker
        ("观景平台", "title-i"),
        ("限 流", "title-i"),
        ("本报讯 12月", "open"),
        ("31日晚，南", "body"),
        ("滨路观景平", "body"),
        ("台将实行限", "body"),
        ("流措施。", "body"),
        ("", None),
        ("轮渡恢复", "column"),  # a short line over a title: its first line
        ("夜 航", "title-b"),
        ("本报讯 本月", "open"),
        ("18日起，朝", "body"),
        ("天门轮渡恢", "body"),
        ("复夜间航班。", "body"),
    ]
    labels = repaired(rows)
    assert labels[7:10] == ["title-b", "title-i", "title-i"]
    assert labels[15:17] == ["title-b", "title-i"]


def test_a_bracketed_rubric_over_a_headline_over_its_text_is_the_items_column():
    rows = [
        ("本报讯 记者 唐敏 4月14日，区人大常委会视察全区农村饮水安全工作。", "open"),
        ("", None),
        ("【民生热线】", "byline-next"),
        ("市民热线：楼下烧烤店油烟扰民谁来管？", "open"),
        ("近日，家住城南某小区的陈女士拨打本报热线反映，楼下烧烤店每晚营业到凌晨。", "para"),
    ]
    assert repaired(rows)[1:4] == ["column", "title-b", "open"]
    # Set apart as a block of its own (a blank line over the rubric), a blank line may
    # part the headline from its text; directly under text, the rubric is a subhead's.
    rows = [
        ("回复：该局表示今年将在老街片区新建两座公共厕所。", "para"),
        ("", None),
        ("【生活小贴士】", "subhead"),
        ("夏季谨防中暑", "para"),
        ("", None),
        ("夏季气温高，户外作业要避开正午时段，及时补充水分。", "para"),
    ]
    assert repaired(rows)[1:4] == ["column", "title-b", "open"]
    rows[1:2] = []
    assert repaired(rows)[1:3] != ["column", "title-b"]


def test_a_line_of_the_pages_staff_between_paragraphs_credits_no_article():
    # A PDF drops the page's staff between two paragraphs of a text: the line is the
    # page's, whatever the model read it as, and so is a page's editor-in-chief alone.
    rows = [
        ("本报讯 3月2日，县森林防火工作会议召开。", "open"),
        ("今年春季气候干燥，森林防火形势严峻。", "para"),
        ("责任编辑 葛云舒 美编 何沁 校对 吴昊", "body"),
        ("会议要求，各乡镇要严格落实防火责任。", "body"),
    ]
    assert repaired(rows)[2] == "furniture"
    rows[2] = ("本版主编：葛云舒", "body")
    assert repaired(rows)[2] == "furniture"


def test_a_wen_tu_byline_the_model_read_as_a_headline_credits_its_writer():
    rows = [
        ("学院开展实验室开放日活动", "kicker-b"),
        ("文/图　机电学院　宁若溪", "title-b"),
        ("11月20日，机电学院面向全校本科生开展实验室开放日活动。", "open"),
    ]
    assert repaired(rows)[1] == "byline"


def test_a_name_the_grammar_cannot_place_between_a_title_and_its_text_stays_a_byline():
    rows = [
        ("记者手记", "column"),
        ("茶产业兴旺靠的是“链”", "title-b"),
        ("岩罕", "byline"),  # a Dai name: no surname the grammar knows
        ("采访中，记者深切感受到，茶产业之所以能扎根，关键在于补齐了链条短板。", "open"),
    ]
    assert repaired(rows)[1:3] == ["title-b", "byline"]
    rows[2] = ("春色", "byline")  # a word the dictionary knows is no one's name
    assert repaired(rows)[2] != "byline"


def test_a_subhead_over_a_text_signed_by_other_people_heads_an_item_of_its_own():
    rows = [
        ("“企业开办一件事”半天办结", "title-b"),
        ("■记者 葛云舒", "byline"),
        ("本报讯 近日，滨江新区政务服务中心推出“企业开办一件事”集成服务。", "open"),
        ("", None),
        ("新区出台课后服务提质方案", "subhead"),
        ("", None),
        ("为切实减轻学生课业负担，新区教育局日前出台课后服务提质方案。", "para"),
        ("■通讯员 宁若溪", "byline"),
    ]
    assert repaired(rows)[3:5] == ["title-b", "open"]
    # Signed by the article's own writer, the section is the article's.
    rows[7] = ("■记者 葛云舒", "byline")
    assert repaired(rows)[3] == "subhead"
    # Two bylines over the article above: which one its sections' credits repeat is
    # no longer sure, and the subhead stays one.
    rows[7] = ("■通讯员 宁若溪", "byline")
    rows[2:2] = [("■通讯员 何沁", "byline")]
    assert repaired(rows)[4] == "subhead"


def test_a_subhead_over_a_text_signed_by_others_than_the_lead_above_heads_an_item():
    # OCR lost the stop that ended the text above; its article is signed in its lead
    rows = [
        ("乡卫生院开通远程会诊", "title-b"),
        ("本报讯（记者 葛云舒）近", "open"),
        ("日，乡卫生院开通远程会", "body"),
        ("诊系统，已完成远程会诊", "body"),
        ("32例", "body"),
        ("", None),
        ("秋季防汛不放松", "subhead"),
        ("8月6日，全乡召开防汛工", "para"),
        ("作会议，部署秋季防汛工作", "body"),
        ("（通讯员 宁若溪）", "byline"),
    ]
    assert repaired(rows)[5:7] == ["title-b", "open"]
    rows[-1] = ("（记者 葛云舒）", "byline")  # the article's own writer: its section
    assert repaired(rows)[5] == "subhead"


def test_a_two_line_head_under_a_finished_sentence_over_a_text_signed_by_others():
    # An OCR page keeps no blank lines: the head stands right under the finished text
    # above, and the text under it is signed by others than the lead above.
    page = (
        "东 坡 区 报\n"
        "2024年4月10日  星期三\n"
        "第2版\n"
        "区人大常委会召开第二十\n"
        "次会议\n"
        "本报 讯（记者 葛 云 舒）\n"
        "4月8日，区人大常委会召\n"
        "开第二十次会议，听取区人\n"
        "民政府关于全区农村公路建\n"
        "设情况的报告。\n"
        "区人大常委会主任周立新主持\n"
        "会议。\n"
        "东 坡茶园\n"
        "春茶开采忙\n"
        "眼下正是春茶采摘的关键时\n"
        "节，在东坡区龙井镇的茶园里，茶\n"
        "农们忙着采摘、摊晾和炒制新\n"
        "茶.\n"
        "“今 年的芽头比往年壮 ，卖\n"
        "得也快 ，价钱还高一成。”茶\n"
        "农周长福说。\n"
        "记者 宁 若 溪 通讯员 何\n"
        " 沁\n"
    )
    first, second = parse_page(page.encode(), PageMeta(source="p.txt")).articles
    assert [c.name for c in first.credits] == ["葛云舒"]
    assert second.title.replace(" ", "") == "东坡茶园春茶开采忙"
    assert [c.name for c in second.credits] == ["宁若溪", "何沁"]


def test_short_lines_between_a_gap_and_a_lead_are_its_headline():
    # OCR lost the stop that ended the text above; the marker under them opens an article
    rows = [
        ("节约粮食，不是一时的", "body"),
        ("口号，而应成为习惯", "body"),
        ("", None),
        ("县长带队检查", "body"),
        ("安全生产工作", "column"),
        ("本报讯（记者 吕一方）", "open"),
        ("9月2日，县长带队检查安全生产", "body"),
    ]
    assert repaired(rows)[2:5] == ["title-b", "title-i", "open"]
    rows[2] = ("节约粮食", "body")  # no gap over them: the text's own last words
    assert repaired(rows)[2] == "body"
    rows[2:4] = [("", None), ("县长带队检查", "body"), ("安全生产工作", "body")]
    rows[5] = ("9月2日，县长带队检查安全生产工作。", "para")  # no marker: no article opens
    assert repaired(rows)[2] != "title-b"
    # a column's name alone over the lead stays the column's
    rows = [
        *rows[:2],
        ("", None),
        ("乡镇动态", "column"),
        ("本报讯 9月2日，县长带队检查安全生产。", "open"),
    ]
    assert repaired(rows)[2] == "column"


def test_short_lines_set_apart_between_a_closed_text_and_a_lead_are_its_headline():
    # a narrow column's headline, blank lines over and under it; a two-letter word alone
    # looks like a name to the model
    rows = [
        ("全年产值预计突破两亿", "body"),
        ("元。", "body"),
        ("", None),
        ("家庭医生", "body"),
        ("走进山村", "subhead"),
        ("老人", "byline"),
        ("", None),
        ("本报讯 近日，县人民", "open"),
        ("医院组建家庭医生团队。", "body"),
    ]
    assert repaired(rows)[2:6] == ["title-b", "title-i", "title-i", "open"]
    rows[1] = ("元，", "body")  # the text above goes on: its words
    assert repaired(rows)[2] != "title-b"
    rows[1] = ("元。", "body")
    rows[3:6] = [("邵一帆", "byline")]  # a name alone closes the text above
    assert repaired(rows)[2] != "title-b"
    rows[3:4] = [("家庭医生", "body"), ("走进山村", "subhead"), ("记者 邵一帆", "byline")]
    assert repaired(rows)[4] == "byline"  # a byline set apart is no headline's line
    rows[5] = ("老人", "byline")
    rows[7] = ("近日，县人民医院组建", "para")  # no marker: no article need open here
    assert repaired(rows)[2] != "title-b"
    rows[7] = ("本报讯 近日，县人民", "open")
    del rows[2]  # no gap between the text above and the lines
    assert repaired(rows)[2] != "title-b"


def test_a_desks_staff_line_read_as_a_headline_is_no_headline():
    # 学报编辑部 names the desk the page's staff work for, before them
    rows = [
        ("（学生记者 柯一鸣）", "byline"),
        ("学报编辑部 主编 柯蓉 责任编辑 宁家宁", "title-b"),
        ("食堂推出“半份菜”受欢迎", "title-i"),
        ("本报讯 本学期开始，学校各食堂推出“半份菜”。", "open"),
    ]
    assert not headline_role(repaired(rows)[1])
    rows[1] = ("学报编辑部 主编 柯蓉 责任编辑 宁家宁", "para")
    assert repaired(rows)[1] == "furniture"


def test_a_bracketed_label_over_marked_briefs_is_their_column_over_text_a_subhead():
    rows = [
        ("【区内简讯】", "subhead"),
        ("", None),
        ("●枫林街道开展消防演练  近日，枫林街道开展消防演练。", "para"),
        ("●南坪镇举办农民丰收节  9月23日，南坪镇举办农民丰收节。", "para"),
    ]
    assert repaired(rows)[0] == "column"
    rows[2] = ("2023年3月，张某向李某借款5万元，约定半年后归还，到期后张某拒不还款。", "para")
    assert repaired(rows)[0] == "subhead"  # 【案情】 over the case it tells: the piece's


def test_a_column_right_over_a_byline_right_over_text_is_the_title():
    rows = [
        ("会议强调，要把学习成果转化为实际成效。", "para"),
        ("", None),
        ("春耕备耕进行时", "column"),
        ("□记者 柯一鸣", "byline-next"),
        ("春分已过，全县40万亩小麦进入返青期。", "para"),
    ]
    assert repaired(rows)[1:4] == ["title-b", "byline", "open"]
    rows[4:4] = [("南坪镇小麦返青", "title-b")]  # a byline over a headline: a column over it
    assert repaired(rows)[1] != "title-b"
    del rows[4]
    rows[3:3] = [("", None)]  # set apart from the byline: a section's name over its item
    assert repaired(rows)[1] == "column"
    del rows[3]
    del rows[1]  # no blank line over it: the line may close the text above
    assert repaired(rows)[1] == "column"


def test_a_text_line_ending_no_sentence_over_a_role_byline_heads_the_text_under_it():
    # narrow columns: the headline as wide as the text, read as a paragraph's first line
    above = [
        ("度，每月对各村环境卫生进行评", "body"),
        ("比排名。（通讯员 包建华 汪", "body"),
        ("宁）", "body"),
        ("", None),
    ]
    under = [("“去年种了20亩党参，除去成", "para"), ("本纯收入6万多元。”", "body")]
    head = [("岭上村药材种植户尝到甜头了", "para"), ("县融媒体中心记者 柯海燕", "body")]
    assert repaired(above + head + under)[3:] == ["title-b", "byline", "open", "body"]
    # under a sentence that goes on, the line is that sentence's
    running = [("镇里组织干部群众开展农村人居环", "body"), ("", None)]
    assert repaired(running + head + under)[1] == "para"
    # a byline that names no role closes the text above it
    bare = [head[0], ("柯海燕", "body")]
    assert repaired(above + bare + under)[3] != "title-b"


def test_a_byline_set_off_from_finished_text_over_text_opens_that_text():
    # A page that prints its headlines apart: each text opens under its byline.
    above = [("为服务好旅客春节出行，集团", "para"), ("公司提前研判客流规律，在高", "body")]
    above += [("峰时段加开夜间高铁和普速临", "body"), ("客，保障务工人员出行需求。", "body")]
    above += [("各主要车站增设进站安检通道", "para"), ("和人工售票窗口。", "body"), ("", None)]
    text = [("“去年一年，我们站发送货物一", "caption"), ("千余万吨，第一次跨过千万吨", "body")]
    text += [("大关。”站长翻着报表说。", "body")]
    assert repaired([*above, ("■本报通讯员 蔺志明 席文华", "byline"), *text])[6:8] == [
        "byline-next",
        "open",
    ]
    # A closing credit is printed in brackets; a caption alone under a byline is the
    # photo's of the text above (…受访者供图), and so is the text's own byline's.
    assert repaired([*above, ("（通讯员 蔺志明）", "byline"), *text])[6] == "byline"
    caption = [("队员在普查文物。受访者供图", "caption"), ("", None), ("下一篇。", "para")]
    assert repaired([*above, ("记者 胡婧文 宋朝明", "byline"), *caption])[6] == "byline"


def test_a_byline_over_a_line_of_spaced_big_letters_heads_it():
    # OCR's spaces in a headline wider than the narrow column: no line of its text
    column = "村里建起了电商服务站帮村民把土特产卖到全国各地站里每天都有快递车进出" * 3
    rows = [(column[k : k + 13], "body") for k in range(0, 13 * 8, 13)]
    rows += [
        ("村里建起了电商服务站，帮村", "para"),
        ("民把土特产卖到全国各地，站", "body"),
        ("里每天都有快递车进出，村民", "body"),
        ("们的腰包一天天鼓了起来。", "body"),
        ("快递进村以后，村民网购的商", "para"),
        ("品当天就能送到家门口，村里", "body"),
        ("的土特产也能卖往全国各地，", "body"),
        ("最多一天发出了五千六百单。", "body"),
        ("", None),
        ("■通讯员 赵 鹏", "byline"),
        ("县 交 警 大 队 整 治 电 动 自 行 车 交 通 违 法", "caption"),
        ("为减少道路交通事故，县公", "body"),
        ("安局交警大队从八月下旬开", "body"),
        ("始在城区开展集中整治。", "body"),
    ]
    assert repaired(rows)[16:19] == ["byline-next", "title-b", "open"]


def test_a_headline_line_a_grammar_leaves_open_runs_on_into_the_next():
    lead = ("本报讯（记者 姜雨涵）12月2日，高速公路建成通车时间确定。", "open")
    # a public work's name over its predicate: the title's subject
    works = [("滨海至临河高速公路", "title-b"), ("建成通车时间确定", "title-i"), lead]
    assert repaired(works) == ["title-b", "title-i", "open"]
    # 在 opening a place the next line closes (…竞赛中): one clause, whatever the model said
    frame = [("我校学子在全国大学生", "column"), ("电子设计竞赛中获佳绩", "title-b"), lead]
    assert repaired(frame) == ["title-b", "title-i", "open"]
    frame = [("我校学子在全国大学生", "kicker-b"), ("电子设计竞赛中获佳绩", "title-b"), lead]
    assert repaired(frame) == ["title-b", "title-i", "open"]
    # a place closed on its own line, or 在 after a verb: a kicker of its own
    closed = [("在全区干部大会上", "kicker-b"), ("区长部署全年重点工作", "title-b"), lead]
    assert repaired(closed) == ["kicker-b", "title-b", "open"]
    after_verb = [("青年奋斗在乡村田野", "kicker-b"), ("大山中种出致富果", "title-b")]
    assert repaired([*after_verb, lead]) == ["kicker-b", "title-b", "open"]
    closed = [("我校学子在大赛上", "kicker-b"), ("赛场中展风采", "title-b"), lead]
    assert repaired(closed) == ["kicker-b", "title-b", "open"]


def test_a_label_in_any_brackets_over_a_headline_over_a_byline_is_its_column():
    rows = [("〔青春絮语〕", "title-b"), ("在银杏树下读书", "title-i")]
    rows += [("□文学院2023级 芮可欣", "byline"), ("十一月的校园，银杏最好看。", "open")]
    assert repaired(rows)[:2] == ["column", "title-b"]
    # a wire's byline the model read as text names its writers as well as a lead does
    rows = [("【新华视点】", "subhead"), ("这些民生“红包”值得期待", "para")]
    rows += [("新华社记者 邹明 卫楠", "para"), ("政府工作报告中，民生举措直击百姓关切。", "para")]
    assert repaired(rows)[:3] == ["column", "title-b", "byline"]


def test_a_leads_marker_and_credit_alone_on_a_line_open_the_text_under_them():
    rows = [("“法官进村”送法到田间", "kicker-b"), ("本报讯 记者 邸 文静", "title-b"), ("", None)]
    rows += [("5月9日，区人民法院巡回审判庭来到南漳村。", "open")]
    assert repaired(rows) == ["title-b", "open", "body"]


def test_a_columns_name_between_marks_read_as_text_is_the_column():
    rows = [("乡里还聘请了保洁员，每天上门收运垃圾。", "para"), ("", None), ("●简讯●", "para")]
    rows += [("", None), ("县医共体远程会诊覆盖全部乡镇", "para")]
    rows += [("截至10月底，县医共体远程会诊系统已覆盖全县9个乡镇卫生院。", "para")]
    assert repaired(rows)[1:] == ["column", "title-b", "open"]
    # a name between marks that no column ends so is no column's (●县医共体●)
    assert repaired([rows[0], ("●县医共体●", "para"), *rows[3:]])[1] == "para"


def test_sentences_under_a_headline_read_as_its_subtitle_are_its_text():
    head = ("■余姚市税务局“银发驿站”助老办税", "kicker-b")
    text = "针对老年纳税人不熟悉智能设备的情况，市税务局设立“银发驿站”，已服务老人1300余人次。"
    assert repaired([head, (text + "（郑雨）", "subtitle-b")]) == ["title-b", "open"]
    # a long subtitle that ends no sentence stays one
    deck = "——市税务局在各办税服务厅设立“银发驿站”，为老年纳税人提供全程帮办代办服务"
    assert repaired([head, (deck, "subtitle-b")])[1] == "subtitle-b"


def test_a_short_opening_line_over_a_one_line_paragraph_it_wraps_into_is_its_headline():
    # one paragraph a line: no text wraps from a line of seven letters into a long one
    rows = [
        ("鹭江街道组织书法爱好者为居民写春联、送福字，现场共写出春联三百余副。", "para"),
        ("", None),
        ("苏婷 摄", "byline"),
        ("", None),
        ("环岛路上樱花开", "open"),
        ("立春过后，环岛路沿线的樱花陆续绽放，不少市民趁着周末前来赏花，花期预计到三月。", "body"),
    ]
    assert repaired(rows)[2:] == ["title-b", "open"]
    # where the line under it ends no sentence, the opening line may wrap into it
    unfinished = [*rows[:-1], (rows[-1][0].rstrip("。") + "，市民纷纷", "body")]
    assert repaired(unfinished)[2] == "open"


def test_a_speaker_ending_on_a_colon_over_what_they_said_is_one_headline():
    said = [("让乡村教师留得住、教得好", "subhead")]
    text = [("“乡村教师是乡村教育的主心骨。”全国人大代表、乡村小学校长聂红霞说。", "para")]
    rows = [("两会声音", "column"), ("全国人大代表聂红霞：", "open"), *said, *text]
    assert repaired(rows)[1:] == ["title-b", "title-i", "open"]
    # a text's line ending on a colon, under the text it goes on from, stays text
    above = [("会议听取了全年工作汇报，部署了下一步工作。", "para")]
    rows = [*above, ("会议强调：", "para"), ("抓好落实", "para"), *text]
    assert repaired(rows)[1] == "para"


def test_a_headline_line_opening_with_a_dash_under_the_title_is_its_subtitle():
    lead = ("本报讯 近日，城南片区供水管网改造工程完工，两万余户居民受益。", "open")
    rows = [
        ("城南片区供水管网改造完工", "title-b"),
        ("——两万余户居民告别“黄汤水”", "title-i"),
        lead,
    ]
    assert repaired(rows) == ["title-b", "subtitle-b", "open"]
    # a name in quotes going on over the dash is still the title's
    quoted = [("“城市品牌强国计划", "title-b"), ("——区域品牌赋能行动”启动", "title-i"), lead]
    assert repaired(quoted) == ["title-b", "title-i", "open"]


def test_the_authors_name_alone_over_a_note_on_the_author_signs_the_text():
    rows = [
        ("小切口带来大变化，关键在于把群众的事交给群众商量着办。", "para"),
        ("刘海明", "para"),
        ("（作者系西津大学公共管理学院副教授）", "byline"),
    ]
    assert repaired(rows) == ["para", "byline", "byline"]
    # under a sentence going on, a name is that sentence's last word
    rows[0] = ("小切口带来大变化，这一观点来自", "body")
    assert repaired(rows)[1] != "byline"


def test_a_reporters_byline_set_off_over_a_headline_is_its_though_ocr_lost_the_stop_above():
    rows = [
        ("新华书店送书到山区", "title-b"),
        ("本报讯 县新华书店派出售书组，深入山区七个公社，送去图书一千余册。", "open"),
        ("书店还在每个公社设立了图书代销点，方便社员就近购", "para"),
        ("", None),
        ("本报记者 钱茂林", "byline"),
        ("桥头工业小区引进企业十七家", "title-b"),
        ("今年以来，桥头镇把招商引资作为头等大事来抓。", "open"),
    ]
    assert repaired(rows)[3] == "byline-next"
    # a photographer's credit there still signs the photo above it
    rows[4] = ("钱茂林 摄", "byline")
    assert repaired(rows)[3] == "byline"


def test_a_writer_and_where_they_work_alone_on_a_line_is_a_byline():
    poem = [("秋日登凤凰山", "title-b"), ("层林尽染映斜阳，稻浪翻金十里香。", "open")]
    poem += [("老骥登高犹健步，满怀豪气看家乡。", "para")]
    assert repaired([*poem, ("蒲德成（县人大常委会退休干部）", "para")])[-1] == "byline"
    tip = [
        ("健康小贴士：秋季老年人养生“四注意”", "kicker-b"),
        ("县人民医院老年病科 殷晓华", "title-b"),
    ]
    tip += [("秋季气温变化大，早晚温差明显，老年人要注意以下几点。", "open")]
    assert repaired(tip)[:2] == ["title-b", "byline"]
    # another outlet's reporter is read by the byline rules, and a bare name is no such line
    assert signed_from("蒲德成") is None and signed_from("新华社记者 王强") is None
    assert signed_from("心内科 邱振华") == [Credit("邱振华", "author", "心内科")]


def test_briefs_a_blank_line_apart_under_a_column_of_briefs_are_items():
    rows = [
        ("（县广播站 俞海峰）", "byline"),
        ("", None),
        ("简　讯", "column"),
        ("县文化馆举办春节摄影展", "title-b"),
        ("览，展出作品一百二十", "open"),
        ("幅，观众达八千人次。（文化", "body"),
        ("馆）", "body"),
        ("", None),
        ("县邮电局在大岭、双河两", "body"),
        ("个公社新架设电话线路三", "body"),
        ("十公里。（邮电局）", "body"),
        ("", None),
        ("县新华书店本月组织送", "para"),
        ("书下乡，共售出图书三千多册。", "body"),
        ("（吕建明）", "byline"),
        ("", None),
        ("冬季征兵工作开始", "title-b"),
        ("本报讯（通讯员 闫国强）征兵工作日前开始。", "open"),
    ]
    got = repaired(rows)
    assert got[1:12] == ["column", "open", "body", "body", "body", "open", "body", "body"] + [
        "open",
        "body",
        "byline",
    ]
    assert got[12:] == ["title-b", "open"]  # the next article's headline is no brief
    # who sent a brief in, a unit, is no one to credit
    assert byline_credits("（文化馆）") is None and byline_credits("（王建国）") is not None


def test_briefs_each_under_its_marked_place_in_a_column_of_briefs_are_items():
    rows = [
        ("省市场监管局提醒农民，购买农资要到正规门店，索要发票并保存好包装袋。", "para"),
        ("", None),
        ("乡村简讯", "para"),
        ("", None),
        ("◎东河市", "para"),
        ("3月12日，东河市举办春季招聘会，62家企业提供岗位2800余个。（记者 丁玉明）", "para"),
        ("", None),
        ("◎西岭市", "byline"),
        ("西岭市今年将建设高标准农田12万亩，计划4月中旬开工。（通讯员 王志强）", "caption"),
    ]
    assert repaired(rows) == ["para", "column", "title-b", "open", "title-b", "open"]
