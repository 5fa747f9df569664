"""Text carried over from another page under （上接第N版） (archive/parsing/continued.py)."""

from archive.parsing.assemble import Block, Story
from archive.parsing.continued import continued_apart
from archive.parsing.layout import Line
from archive.parsing.result import Leftover


def make_block(kind, text, index, start):
    return Block(kind, [Line(index, start, start + len(text), text)], [text])


def make_page(mark):
    """A signed comment, then `mark` on its own line, then a paragraph, as assembled with
    the mark line taken as furniture."""
    title = make_block("title", "守住一湖清水", 0, 0)
    comment = make_block("para", "湖水清不清，岸边的人最清楚。", 1, 7)
    signed = make_block("byline", "（林知远）", 2, 22)
    under = make_block("caption", "会议指出，各级各部门要落实防汛责任。", 4, 36)
    story = Story(header=[title], bylines=[signed], paragraphs=[comment, under])
    return [story], [Leftover(mark, (28, 35), "banner")]


def test_text_under_a_continuation_mark_is_an_article_of_its_own():
    comment, carried = continued_apart(*make_page("（上接第1版）"))
    assert [b.texts for b in comment.header] == [["守住一湖清水"]]
    assert [b.texts[0] for b in comment.paragraphs] == ["湖水清不清，岸边的人最清楚。"]
    assert [b.texts[0] for b in comment.bylines] == ["（林知远）"]
    assert not carried.header
    assert carried.paragraphs[0].texts[0].startswith("会议指出")


def test_other_furniture_over_a_paragraph_cuts_nothing():
    (story,) = continued_apart(*make_page("第3版 要闻"))
    assert len(story.paragraphs) == 2
