"""Item starts the line model misses (itemstarts.py). Invented pages."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.itemstarts import headline_like, headline_over_a_lead
from archive.parsing.layout import PageShape, split_lines

COLUMN = [
    ("老街修缮完工", "title-b"),
    ("□本报记者 葛云舒", "byline"),
    ("5月8日上午，城西老", "open"),
    ("街修缮工程完工，青石", "body"),
    ("板路和木格窗都换了", "body"),
    ("新，街口还添了座凉", "body"),
    ("亭，居民纷纷来看。", "body"),
]
LEAD = [
    ("本报讯 为方便市民出", "body"),
    ("游，即日起，南岭至北", "body"),
    ("湖旅游专线在周末增", "body"),
    ("开班次。（通讯员 宁若溪）", "body"),
]


def over_the_lead(line):
    """Is `line`, read as text between COLUMN and LEAD, the lead's headline?"""
    rows = [*COLUMN, (line, "para"), *LEAD]
    lines = split_lines("\n".join(text for text, _ in rows))
    content = [ln for ln in lines if not ln.blank]
    labels = [label for _, label in rows]
    return headline_over_a_lead(content, labels, len(COLUMN) + 1, PageShape.of(lines))


def test_a_line_wider_than_a_narrow_column_over_a_lead_marker_is_its_headline():
    # A ten-wide column never holds fifteen: a headline set across the columns.
    assert over_the_lead("南岭至北湖旅游专线增开周末班次")


def test_a_line_as_wide_as_a_narrow_column_over_a_lead_marker_is_not():
    # A full line may be a column's text whose sentence the OCR lost the end of.
    assert not over_the_lead("亭，居民纷纷来看了")


def test_a_leads_marker_alone_under_a_headline_opens_the_text_it_is_no_headline_line():
    # 本报讯 on a line of its own, the byline under it, then the text: neither the
    # headline's second line nor its deck.
    page = parse_page(
        "西岭新闻\n2024年05月10日 第2版\n\n"
        "镇文化站“流动书车”进山村\n"
        "本报讯\n"
        "见习记者 马晓云 田春兰\n"
        "　　近日，镇文化站“流动书车”开进\n"
        "石门村，为村民送去图书1500余册。\n".encode(),
        PageMeta(source="page.txt"),
    )
    [article] = page.articles
    assert (article.title, article.subtitle) == ("镇文化站“流动书车”进山村", None)
    assert [c.name for c in article.credits] == ["马晓云", "田春兰"]


def test_a_lead_opening_on_its_day_or_period_and_a_comma_is_no_headline_line():
    for lead in ("5月24日，县里召开春耕生产推进会", "一季度，全市地区生产总", "今年以来，全县"):
        assert not headline_like(lead), lead
    # A headline may open on a period; a comma after it is a lead's.
    assert headline_like("一季度全市经济开门红") and headline_like("今年以来 全县新增企业300家")
    # On a page, the lead under a two-line title stays the text's first line.
    text = (
        "东湖报 2022年5月26日\n\n东湖区召开春耕生产\n推进会\n"
        "5月24日，东湖区召开春耕生产推进会，总结前一阶段春耕\n"
        "生产工作，安排部署下一步田间管理工作。\n"
        "截至目前，全区已完成春播面积12.6万亩，占计划的98.6%。\n"
    )
    (article,) = parse_page(text.encode(), PageMeta(source="p.txt")).articles
    assert article.title == "东湖区召开春耕生产推进会"
    assert article.body.startswith("5月24日，东湖区召开春耕生产推进会")
