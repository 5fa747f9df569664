"""A page's section name under its head (archive.parsing.sections)."""

from archive.parsing import PageMeta, parse_page

from .test_repairs import repaired

LEAD = "本报讯（记者 柯岩 通讯员 钟灵）5月9日，"


def test_a_short_name_under_the_head_set_off_over_a_headline_and_its_lead_is_the_sections():
    rows = [
        ("南坪农民报", "furniture"),
        ("乡村振兴", "title-b"),
        ("", None),
        ("南坪“稻鱼共生”面积突破20万亩", "open"),
        (LEAD, "para"),
        ("记者从县农业农村局获悉，全县稻鱼共生面积突破20万亩。", "body"),
    ]
    assert repaired(rows)[:4] == ["furniture", "furniture", "title-b", "open"]


def test_a_headline_or_a_name_without_a_headline_over_a_lead_under_it_stays():
    # No blank line under it: a kicker, or a title over two lines, not the page's section.
    rows = [
        ("南坪农民报", "furniture"),
        ("乡村振兴", "kicker-b"),
        ("南坪“稻鱼共生”面积突破20万亩", "title-b"),
        (LEAD + "全县稻鱼共生面积突破20万亩。", "open"),
    ]
    assert repaired(rows)[1] == "kicker-b"
    # A headline right over the lead: nothing for a section's name to be set apart from.
    rows = [
        ("南坪农民报", "furniture"),
        ("南坪稻鱼共生面积大增", "title-b"),
        ("", None),
        (LEAD + "全县稻鱼共生面积突破20万亩。", "open"),
    ]
    assert repaired(rows)[1] == "title-b"


def test_a_pdf_pages_section_name_is_no_articles_title_nor_column():
    page = parse_page(
        (
            "3\n南坪农民报\n2023年5月10日 星期三\n乡村振兴\n\n"
            "南坪“稻鱼共生”面积突破20万亩\n"
            f"{LEAD}\n记者从县农业农村局获悉，全县“稻鱼共生”\n面积已突破20万亩，带动农户户均增\n"
            "收8000元。\n今年，全县还将新建鱼苗繁育基地5个，\n推广稻鱼综合种养新技术。\n\n"
            "北坪县：春茶开采\n茶农迎来“丰收季”\n本报讯（记者 向东）清明前\n后，北坪县各地春茶陆续开采。\n"
        ).encode(),
        PageMeta(source="page.txt"),
    )
    assert [(a.title, a.column) for a in page.articles] == [
        ("南坪“稻鱼共生”面积突破20万亩", None),
        ("北坪县：春茶开采茶农迎来“丰收季”", None),
    ]
    assert [(c.name, c.role) for c in page.articles[0].credits] == [
        ("柯岩", "reporter"),
        ("钟灵", "correspondent"),
    ]
    assert "乡村振兴" in [lo.text for lo in page.leftovers]


def test_a_pair_of_short_names_read_into_the_first_headline_is_the_pages_section():
    page = parse_page(
        (
            "南坪日报\n2023年5月10日\n第6版\n城乡·社区\n西关街道\n开出“长者饭堂”\n"
            "本报讯（记者 柯岩）5月9日中\n午，西关街道“长者饭堂”正\n式开张。\n"
        ).encode(),
        PageMeta(source="page.txt"),
    )
    (article,) = page.articles
    assert article.title == "西关街道开出“长者饭堂”"
    assert [(c.name, c.role) for c in article.credits] == [("柯岩", "reporter")]


def test_a_section_pair_over_a_jump_mark_leaves_the_continued_articles_headline():
    # （上接第1版） between them is a banner, out of the lines read: the headline under
    # the label was read as its text's first line.
    rows = [
        ("南坪农民报", "furniture"),
        ("乡村·农技", "title-b"),
        ("", None),
        ("全县新建鱼苗繁育基地五个", "open"),
        ("今年还将推广稻鱼综合种养新技术", "para"),
        ("带动农户户均增收八千元，全县稻", "body"),
    ]
    assert repaired(rows)[1:4] == ["furniture", "title-b", "open"]


def test_a_pair_of_names_that_is_the_headline_over_its_text_stays():
    # A headline so shaped over a text with a clause break in its first line.
    rows = [
        ("南坪农民报", "furniture"),
        ("稻田·鱼塘", "title-b"),
        ("今年春天，南坪县的稻田里", "open"),
        ("放进了鱼苗，田埂上种起了瓜果，", "body"),
    ]
    assert repaired(rows)[1:3] == ["title-b", "open"]
