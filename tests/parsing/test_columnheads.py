"""A column of briefs: the first brief's head under the column's name (archive/parsing/columnheads.py)."""

from archive.parsing.assemble import Block, Story
from archive.parsing.columnheads import a_briefs_head_under_its_column
from archive.parsing.layout import Line


def make_block(kind, *texts, first=0):
    lines = [Line(first + k, 0, len(t), t) for k, t in enumerate(texts)]
    return Block(kind, lines, list(texts))


def make_story(column, *para):
    return Story(
        header=[make_block("column", column)],
        paragraphs=[make_block("para", *para, first=1)],
        column=column,
    )


def test_the_first_briefs_head_under_the_columns_name_is_its_title_not_its_text():
    story = make_story(
        "乡镇传真",
        "石门乡：“山货节”开锣 村民增收",
        "10月8日，石门乡首届山货节开幕，当天成交额达32万元。",
    )
    a_briefs_head_under_its_column([story])
    assert [(b.kind, b.texts) for b in story.header] == [
        ("column", ["乡镇传真"]),
        ("title", ["石门乡：“山货节”开锣 村民增收"]),
    ]
    assert story.paragraphs[0].texts == ["10月8日，石门乡首届山货节开幕，当天成交额达32万元。"]


def test_text_that_opens_no_news_under_the_column_keeps_its_first_line():
    story = make_story("编者的话", "这一期我们走进山村，", "听听乡亲们的心里话。")
    a_briefs_head_under_its_column([story])
    assert [b.kind for b in story.header] == ["column"]
    assert len(story.paragraphs[0].texts) == 2
