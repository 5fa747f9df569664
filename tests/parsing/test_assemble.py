"""Stories from labelled lines: the assembler follows the line-role model's labels."""

import pytest

from archive.parsing.assemble import assemble
from archive.parsing.credits import byline_credits
from archive.parsing.layout import split_lines


def stories(rows):
    """rows: (text, label) pairs; a None label is a blank line."""
    lines = split_lines("\n".join(text or "" for text, _ in rows))
    return assemble(lines, [label for _, label in rows if label is not None])


def texts(story):
    return ["".join(p.texts) for p in story.paragraphs]


def test_headline_stack_byline_and_paragraphs_make_one_story():
    out = stories(
        [
            ("您上班 我带娃", "kicker-b"),
            ("高新区工会举办", "title-b"),
            ("爱心托管班", "title-i"),
            ("记者 张三", "byline"),
            ("本报讯 7月8日，工会", "open"),
            ("举办托管班。", "body"),
            ("家长表示满意。", "para"),
        ]
    )
    (story,) = out.stories
    assert [b.kind for b in story.header] == ["kicker", "title"]
    assert story.header[1].texts == ["高新区工会举办", "爱心托管班"]
    assert [b.texts for b in story.bylines] == [["记者 张三"]]
    assert texts(story) == ["本报讯 7月8日，工会举办托管班。", "家长表示满意。"]
    assert not out.orphans


def test_a_byline_goes_with_the_text_before_it_or_the_headline_after_it():
    out = stories(
        [
            ("第一篇的正文。", "open"),
            ("记者 张三", "byline"),
            ("■ 记者 李四", "byline-next"),
            ("第二篇标题", "title-b"),
            ("第二篇的正文。", "open"),
        ]
    )
    first, second = out.stories
    assert [b.texts[0] for b in first.bylines] == ["记者 张三"]
    assert [b.texts[0] for b in second.bylines] == ["■ 记者 李四"]


def test_headlines_with_no_text_under_them_are_orphan_stacks():
    out = stories(
        [
            ("本报讯 正文一。", "open"),
            (None, None),
            ("本报讯 正文二。", "open"),
            (None, None),
            ("标题一", "title-b"),
            ("副题一", "subtitle-b"),
            ("引题二", "kicker-b"),
            ("标题二", "title-b"),
        ]
    )
    assert len(out.stories) == 2
    assert [[b.kind for b in stack] for stack in out.orphans] == [
        ["title", "subtitle"],
        ["kicker", "title"],
    ]


def test_a_glued_byline_is_cut_off_the_sentence():
    out = stories([("本报讯 区里开会。", "open"), ("会议很成功。记者 王赛华", "para")])
    (story,) = out.stories
    assert texts(story) == ["本报讯 区里开会。", "会议很成功。"]
    assert [(c.name, c.role) for b in story.bylines for c in b.credits] == [("王赛华", "reporter")]


def credited(story):
    return [(c.name, c.role) for b in story.bylines for c in b.credits]


@pytest.mark.parametrize(
    "tail, expected",
    [
        # a break between two names is a space
        (
            ["平稳发展。记者 郑欣", "周敏 通讯员 韩卓"],
            [("郑欣", "reporter"), ("周敏", "reporter"), ("韩卓", "correspondent")],
        ),
        # a break inside a name or a role word is nothing
        (
            ["平稳发展。记者 郑欣 通讯员 周", "敏 韩卓"],
            [("郑欣", "reporter"), ("周敏", "correspondent"), ("韩卓", "correspondent")],
        ),
        (
            ["平稳发展。记者 郑欣 通讯", "员 韩卓 摄"],
            [("郑欣", "photographer"), ("韩卓", "photographer")],
        ),
        # the byline opens on the next line, and runs over three
        (
            ["会议要求抓好落实。", "记者 郑欣 周敏 通讯员 韩", "卓"],
            [("郑欣", "reporter"), ("周敏", "reporter"), ("韩卓", "correspondent")],
        ),
    ],
)
def test_a_byline_closing_a_paragraph_may_wrap_over_its_lines(tail, expected):
    rows = [("本报讯 区里召开会议，部署", "open"), ("下一阶段工作。会议要求", "body")]
    out = stories(rows + [(t, "body") for t in tail])
    (story,) = out.stories
    assert sorted(credited(story)) == sorted(expected)
    assert texts(story)[0].endswith("。")
    assert "记者" not in texts(story)[0]


def test_a_wrapped_byline_replaces_what_its_first_line_read_alone():
    rows = [
        ("本报讯 区里召开会议，部署", "open"),
        ("下一阶段工作。会议要求", "body"),
        ("抓好落实。记者 郑欣 通讯员 周敏", "body"),
        ("泽 文/图", "body"),
    ]
    (story,) = stories(rows).stories
    assert credited(story) == [("郑欣", "reporter"), ("周敏泽", "correspondent")]
    assert [b.lines[0].index for b in story.bylines] == [2]


def test_a_sentence_running_on_after_a_role_word_is_no_wrapped_byline():
    rows = [
        ("本报讯 区里开会，“新闻网”主编", "open"),
        ("阿卜杜·阿里留下了深", "body"),
        ("刻印象。", "body"),
    ]
    (story,) = stories(rows).stories
    assert credited(story) == []
    assert texts(story) == ["本报讯 区里开会，“新闻网”主编阿卜杜·阿里留下了深刻印象。"]


def test_mastheads_and_columns():
    out = stories(
        [
            ("高新时报", "furniture"),
            ("基层动态", "column"),
            ("标题", "title-b"),
            ("正文。", "open"),
        ]
    )
    (story,) = out.stories
    assert story.column == "基层动态"
    assert [b.texts for b in out.furniture] == [["高新时报"]]


def test_labels_must_match_the_lines():
    with pytest.raises(ValueError):
        assemble(split_lines("一\n二"), ["open"])


def test_a_story_may_open_only_after_a_finished_sentence_and_a_gap_and_splits_there():
    out = stories(
        [
            ("菜市场完成了改造。", "open"),
            ("摊主们说生意好做", "para"),
            ("了。", "body"),
            ("记者 张三", "byline"),
            (None, None),
            ("护林员开始巡山。", "para"),
            ("林场负责人说，", "para"),
            ("护林员很辛苦。", "body"),
        ]
    )
    (story,) = out.stories
    assert [story.may_open(k) for k in range(1, 4)] == [False, True, False]
    first, second = story.split([2])
    assert texts(first) == ["菜市场完成了改造。", "摊主们说生意好做了。"]
    assert texts(second) == ["护林员开始巡山。", "林场负责人说，护林员很辛苦。"]
    # the byline printed above the cut stays with the text it closes
    assert [b.texts for b in first.bylines] == [["记者 张三"]] and not second.bylines


@pytest.mark.parametrize(
    "byline, rest, names",
    [
        ("通讯员 葛长青 韩", "卓", ["葛长青", "韩卓"]),  # read alone: 葛长, 青韩
        ("记者 柯", "林峰", ["柯林峰"]),
    ],
)
def test_a_name_a_narrow_column_cut_under_its_byline_is_joined_back(byline, rest, names):
    rows = [
        ("本报讯 区里召开会议，部署", "open"),
        ("下一阶段工作。", "body"),
        (byline, "byline"),
        (rest, "body"),
    ]
    (story,) = stories(rows).stories
    assert texts(story) == ["本报讯 区里召开会议，部署下一阶段工作。"]
    (block,) = story.bylines
    assert [c.name for c in byline_credits(block.texts[0])] == names


def test_a_short_line_under_a_byline_that_ends_no_name_of_it_is_not_joined():
    rows = [
        ("本报讯 区里召开会议，部署", "open"),
        ("下一阶段工作。", "body"),
        ("记者 柯林峰 摄", "byline"),
        ("卓", "body"),
    ]
    (story,) = stories(rows).stories
    assert [b.texts for b in story.bylines] == [["记者 柯林峰 摄"]]
