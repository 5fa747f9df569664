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


def test_a_texts_last_words_before_its_jump_stay_in_the_text():
    from archive.parsing import PageMeta, parse_page

    page = parse_page(
        "西河时报\n2022年8月19日 星期五\n\n"
        "区法院发布涉企典型案例\n"
        "本报讯（记者 葛云舒）8月16日，区法院召开新闻发\n"
        "布会，发布涉企纠纷典型案例12件。\n"
        "据介绍，上半年该院共审结涉企案\n"
        "件1630件，为企业挽回经济损失2.\n"
        "6亿元。（下转第三版）\n".encode(),
        PageMeta(source="page.txt"),
    )
    [article] = page.articles
    assert article.body.endswith("挽回经济损失2.6亿元。")
    assert "（下转第三版）" in [lo.text for lo in page.leftovers]  # the page's, not the text's


def test_a_texts_first_words_after_its_continuation_mark_stay_in_the_text():
    from archive.parsing import PageMeta, parse_page

    page = parse_page(
        "西河周报  教育  B2\n2022年9月16日\n"
        "（上接第1版）同时，县教育局还\n"
        "将开展“教师减负”专项行动，清\n"
        "理规范各类进校园活动。\n\n"
        "县第三实验小学投用\n"
        "本报讯（记者 葛云舒）9月1日，县第三实验小学正式启用。\n".encode(),
        PageMeta(source="page.txt"),
    )
    carried, school = page.articles
    assert "同时，县教育局还将开展" in carried.body
    assert school.title == "县第三实验小学投用"
