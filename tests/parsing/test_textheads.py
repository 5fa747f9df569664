"""A brief's text read as the last line of its headline stack (archive/parsing/textheads.py)."""

from archive.parsing.assemble import Assembly, Block, Story
from archive.parsing.layout import Line
from archive.parsing.textheads import text_read_as_a_headline

TEXT = "今年以来，青河镇投资40万元新建3座农家书屋，藏书一万余册，方便群众就近阅读。（通讯员 冯雨）"


def make_block(kind, text, index):
    return Block(kind, [Line(index, index * 100, index * 100 + len(text), text)], [text])


def make_assembly(last_line):
    above = Story(
        header=[make_block("title", "石门乡开展防诈宣传", 0)],
        paragraphs=[make_block("para", "9月9日，石门乡在集市开展防诈宣传。", 1)],
    )
    stack = [make_block("title", "青河镇新建3座农家书屋", 3), make_block("subtitle", last_line, 4)]
    return Assembly(stories=[above], orphans=[stack], strays=[], furniture=[])


def test_a_finished_sentence_under_a_headline_is_its_text_not_its_deck():
    assembly = make_assembly(TEXT)
    text_read_as_a_headline(assembly)
    assert assembly.orphans == []
    brief = assembly.stories[-1]
    assert [(b.kind, b.texts) for b in brief.header] == [("title", ["青河镇新建3座农家书屋"])]
    assert brief.paragraphs[0].texts == [TEXT]


def test_a_deck_that_ends_no_sentence_stays_in_its_stack():
    assembly = make_assembly("——全镇农家书屋实现村村全覆盖")
    text_read_as_a_headline(assembly)
    assert len(assembly.orphans) == 1 and len(assembly.stories) == 1
