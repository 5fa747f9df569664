"""A headline in narrow columns read as a paragraph's first line (archive.parsing.narrowheads)."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.layout import PageShape, split_lines
from archive.parsing.narrowheads import a_short_line_after_a_column_break_heads_its_text


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


FIRST = (
    "社区书屋延长开放时间\n"
    "本报讯（记者 林岚）5月6日\n"
    "起，城东社区书屋每天开放到\n"
    "晚上九点，方便下班的居民借\n"
    "阅图书。书屋现有藏书六千余\n"
    "册，还设有儿童阅读角。\n"
)
SECOND = (
    "城东菜市场完成改造开业\n"
    "“摊位整齐了，过道也宽了，\n"
    "买菜舒心多了。”5月8日，改\n"
    "造后的城东菜市场重新开业，\n"
    "市民王阿姨一早就来买菜。菜\n"
    "市场改造历时两个月。\n"
    "（记者 周楠）\n"
)


def test_a_short_line_after_a_column_break_heads_the_text_it_restates():
    page = parse(FIRST + "\n" + SECOND)
    assert [a.title for a in page.articles] == ["社区书屋延长开放时间", "城东菜市场完成改造开业"]
    assert [c.name for c in page.articles[1].credits] == ["周楠"]
    assert [c.name for c in page.articles[0].credits] == ["林岚"]


def page_of(rows):
    """The rows' lines (blank ones left out), their labels and the page's shape."""
    lines = split_lines("\n".join(text for text, _ in rows))
    content = [ln for ln in lines if not ln.blank]
    return content, [label for text, label in rows if text], PageShape.of(lines)


def rule(rows):
    return a_short_line_after_a_column_break_heads_its_text(*page_of(rows))


ABOVE = [(line, "body") for line in FIRST.splitlines()[1:]] + [("", None)]


def test_the_rule_reads_a_short_line_over_the_text_it_restates_as_its_headline():
    rows = [*ABOVE, ("城东菜市场完成改造开业", "para"), ("“摊位整齐了，过道也宽了，", "body")]
    rows += [("买菜舒心多了。”城东菜市场", "body"), ("改造后重新开业。", "body")]
    assert rule(rows)[-4:] == ["title-b", "open", "body", "body"]


def test_a_paragraphs_first_line_that_stops_short_stays_its_text():
    # The line under it opens on a verb: one sentence runs across the column break.
    rows = [*ABOVE, ("居民对社区书屋延时服务", "para"), ("纷纷点赞，社区书屋延时服务", "body")]
    rows += [("将持续到年底，书屋还将增添", "body"), ("新书一千册。", "body")]
    assert rule(rows)[-4:] == ["para", "body", "body", "body"]
    # Or it says nothing the text under it says again.
    rows = [*ABOVE, ("今年三月书屋还开设了", "para"), ("“亲子共读”课堂，每周六上", "body")]
    rows += [("午开课，报名的家庭已有四十", "body"), ("多户。", "body")]
    assert rule(rows)[-4:] == ["para", "body", "body", "body"]


def test_a_line_wider_than_its_column_with_ocrs_stray_spaces_heads_the_text_it_restates():
    # Sixteen letters and no punctuation in a column thirteen wide: no line of its text.
    rows = [*ABOVE, ("城东菜 市 场完成改造后重新开业迎客", "para")]
    rows += [("随着改造完工，城东菜市场的", "body"), ("摊位整齐了，过道也宽了，", "body")]
    rows += [("市民买菜舒心多了。", "body")]
    assert rule(rows)[-4:] == ["title-b", "open", "body", "body"]


def test_a_run_of_short_lines_over_a_narrow_column_is_one_headline():
    # A headline in big letters, a word or two a line, over a nine-letter column: the
    # model reads its lines as a name, a column's name or a text's first line.
    from archive.parsing.narrowheads import a_run_of_short_lines_is_one_headline

    rows = [
        ("菜市场改造历时两个", "body"),
        ("月。", "body"),
        ("", None),
        ("夜市", "column"),
        ("“亮”起", "title-b"),
        ("新街区", "open"),
        ("5月8日起，城东", "para"),
        ("夜市整体搬进新", "body"),
        ("建的步行街区。", "body"),
    ]
    content, labels, shape = page_of(rows)
    assert shape.narrow
    read = a_run_of_short_lines_is_one_headline(content, labels, shape, labels)
    assert read[2:6] == ["title-b", "title-i", "title-i", "open"]
    # With no line read as a headline's, the lines are left as read (verse, a list).
    no_head = [*labels[:3], "para", *labels[4:]]
    assert a_run_of_short_lines_is_one_headline(content, no_head, shape, no_head) == no_head
    # Where the model read every line as a headline's or a column's, the stacks' rules
    # read them (伟大征程 over a title: a kicker), and a marked line is a signature's.
    as_heads = [*labels[:4], "title-i", "para", *labels[6:]]
    assert a_run_of_short_lines_is_one_headline(content, as_heads, shape, as_heads) == as_heads
    marked = list(content)
    marked[4] = marked[4].__class__(marked[4].index, marked[4].start, marked[4].end, "□ 林岚")
    assert a_run_of_short_lines_is_one_headline(marked, labels, shape, labels) == labels
    # A column's own name over the headline stays the column's.
    content[2] = content[2].__class__(content[2].index, content[2].start, content[2].end, "简讯")
    assert a_run_of_short_lines_is_one_headline(content, labels, shape, labels)[2] == "column"
    # On the whole page too, after the page's two-line stacks are read.
    page = parse("\n".join(text for text, _ in rows))
    assert page.articles[-1].title == "夜市“亮”起新街区"


def test_a_line_as_wide_as_its_column_heads_a_lead_that_says_most_of_it_again():
    # Thirteen letters in a thirteen-wide column, no punctuation but quotation marks,
    # over a lead that opens on the scene it sets (借助…的机会，) and says it again.
    head = ("城东社区举办“赶集日”义诊", "para")
    lead = [("借助赶集日人多的机会，城东", "body"), ("社区联合医院在集市上开展义", "body")]
    lead += [("诊，为群众量血压、测血糖。", "body")]
    assert rule([*ABOVE, head, *lead])[-4:] == ["title-b", "open", "body", "body"]
    # A paragraph's first line as wide: the line under it carries its sentence on.
    carried = [("周年，城东社区“赶集日”义诊", "body"), ("已为群众量血压、测血糖。", "body")]
    assert rule([*ABOVE, ("城东社区举办“赶集日”义诊满", "para"), *carried])[-3] == "para"
    # Or the text under it says less than half of it again (a third is enough for a
    # line that stops short of its column).
    other = [("借助赶集日人多的机会，社区", "body"), ("医生在集市上量血压、测血", "body")]
    other += [("糖，发放健康手册三百份。", "body")]
    assert rule([*ABOVE, ("城南社区开展“赶集日”宣传", "para"), *other])[-4] == "para"


def test_a_short_line_read_as_a_paragraph_over_another_paragraphs_lead_heads_it():
    # The model read both as paragraphs: a paragraph ends on a sentence, so the short
    # line is the headline, though the text says little of it again.
    head = ("城东茶叶畅销外省", "para")
    lead = [("今 年首批采制的城东毛尖已", "para"), ("有四十多吨销往上海、江苏", "body")]
    lead += [("等地，县里的茶农又增收了。", "body")]
    assert rule([*ABOVE, head, *lead])[-4:] == ["title-b", "open", "body", "body"]
    # a column's short name over its item stays as read; so does a line over text that
    # opens as no lead does (a sentence going on across the lines)
    assert rule([*ABOVE, ("先锋足印", "para"), *lead])[-4] == "para"
    carried = [("荒山义务植树一万余株，", "para"), ("众人栽下的树苗长势良好。", "body")]
    assert rule([*ABOVE, ("县里组织党员干部到城郊", "para"), *carried])[-3] == "para"
