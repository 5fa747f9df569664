"""Headlines a PDF printed inside their own article's text (midheads.py). Invented pages."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.assemble import Assembly, Block, Story, block_text
from archive.parsing.layout import Line
from archive.parsing.midheads import headlines_inside_their_text


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


PAGE = (
    "南岭水务报　2024年5月9日　第3版\n\n"
    "本报讯（记者 葛云舒 通讯员 宁\n"
    "若溪）今年前4个月，全市水务部门\n"
    "累计改造老旧供水管网六十余公里\n"
    "，惠及居民三万二千户。\n"
    "　　市水务局相关负责人介绍，水务\n\n"
    "管网改造全面提速\n\n"
    "部门按片区排定工期，确保居民在\n"
    "施工期间“用水不断”。\n\n"
    "本报讯（通讯员 何 沁 吴昊）5\n"
    "月8日，城北新建的加压泵站正式投\n"
    "入运行，困扰城北高层住户多年的水\n"
    "压不足问题从此得到解决，泵站所在\n\n"
    "城北泵站投运\n\n"
    "的社区居民纷纷点赞。\n"
    "　　截至目前，全市已建成加压泵\n"
    "站12座。\n"
)


def test_a_headline_between_two_chunks_of_one_sentence_heads_that_text():
    # Each article's sentence runs on across its headline's box (…介绍，水务 / 管网改造
    # 全面提速 / 部门…): one article each, titled by the line, its text whole.
    page = parse(PAGE)
    assert [a.title for a in page.articles] == ["管网改造全面提速", "城北泵站投运"]
    assert "介绍，水务部门按片区排定工期" in page.articles[0].body
    assert "泵站所在的社区居民" in page.articles[1].body
    assert [c.name for c in page.articles[1].credits] == ["何沁", "吴昊"]


def story(*rows, kind=None):
    """A story of (line index, text) rows, one paragraph; a headline if `kind`."""
    lines = [Line(i, i * 20, i * 20 + len(t), t) for i, t in rows]
    block = Block(kind or "para", lines, [t for _, t in rows])
    return Story(header=[block]) if kind else Story(paragraphs=[block])


def test_verse_lines_apart_from_each_other_run_no_sentence_on():
    # A poem's lines, a blank line between each: the last stops no sentence short.
    above = story((0, "燕子衔来柳色"), (2, "细雨打湿屋檐"), (4, "春风吹过小巷"))
    head = story((6, "从江南到塞北"), kind="title")
    head.paragraphs = story((8, "到处是花开的声音"), (10, "宁若溪")).paragraphs
    assembly = Assembly([above, head], [], [], [])
    headlines_inside_their_text(assembly)
    assert len(assembly.stories) == 2


def test_a_subheads_wrapped_dash_stays_in_the_text():
    # 勇担使命，顺应发展 / 潮流—— : a subhead's last line, not a headline in the text.
    text = story(
        (0, "本报讯（记者 葛云舒）今年以来，全市"),
        (1, "水务部门改造老旧管网六十余公里，"),
        (3, "潮流——"),
        (5, "“天下之势不盛则衰。”全市上下"),
    )
    assembly = Assembly([text], [], [], [])
    headlines_inside_their_text(assembly)
    assert not text.headed
    assert "潮流——" in block_text(text.paragraphs[0])
