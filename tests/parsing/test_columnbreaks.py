"""Text a column break cut off from its article goes on that article. Invented stories,
as the assembly stage hands them to the story repairs."""

from archive.parsing.assemble import Assembly, Block, Story, block_text
from archive.parsing.layout import Line
from archive.parsing.stories import repair_stories


def make_block(kind, first, *texts):
    lines = [
        Line(first + k, (first + k) * 20, (first + k) * 20 + len(t), t) for k, t in enumerate(texts)
    ]
    return Block(kind, lines, list(texts))


def make_story(*blocks):
    story = Story()
    for block in blocks:
        if block.kind == "para":
            story.paragraphs.append(block)
        elif block.kind == "byline":
            story.bylines.append(block)
        else:
            story.header.append(block)
    return story


def repaired(*stories):
    assembly = Assembly(list(stories), [], [], [])
    repair_stories(assembly)
    return assembly.stories


def texts(story):
    return [block_text(b) for b in story.paragraphs]


def test_a_paragraph_stopped_mid_sentence_goes_on_in_the_next_column():
    # The column ends on 主持; the page editor's line (taken as furniture) sat between
    # the columns; the next column goes on 并致辞。: one article, one sentence.
    stories = repaired(
        make_story(
            make_block("title", 0, "县里举办春季招聘会"),
            make_block(
                "para",
                1,
                "本报讯（记者 邵文涛）4月5日，县春季",
                "招聘会举行。县人社局局长方志坚主持",
            ),
        ),
        make_story(
            make_block("para", 7, "并致辞。"),
            make_block("para", 8, "招聘会将持续到月底，每周六", "上午开放。"),
        ),
    )
    assert len(stories) == 1
    assert texts(stories[0])[-2].endswith("方志坚主持并致辞。")
    assert texts(stories[0])[-1] == "招聘会将持续到月底，每周六上午开放。"


def test_a_headline_whose_text_goes_on_after_a_comma_is_a_paragraph_of_the_one_above():
    # 二十年来，…1000多块 stops where no headline stops: the line under it opens on a
    # comma, so it is the first line of the article's next paragraph.
    stories = repaired(
        make_story(
            make_block("title", 0, "老街的修表匠"),
            make_block("para", 1, "在城南老街口，七十岁的修表匠许长", "根常年守着一张小木桌。"),
        ),
        make_story(
            make_block("title", 4, "二十年来，许长根修好旧表1000多块"),
            make_block("para", 5, "，街坊们都叫他“许师傅”。"),
        ),
    )
    assert len(stories) == 1
    assert texts(stories[0])[-1] == "二十年来，许长根修好旧表1000多块，街坊们都叫他“许师傅”。"


def test_a_new_item_stays_its_own():
    # Finished text above, or a lead of its own (本报讯), or a headline the text does not
    # run on from: nothing was cut off.
    def above():
        return make_story(
            make_block("title", 0, "县里举办春季招聘会"),
            make_block("para", 1, "本报讯 4月5日，县春季招聘会在体育馆举", "行，方志坚主持"),
        )

    untitled_with_lead = make_story(make_block("para", 4, "本报讯 近日，城南两座口袋公园建成。"))
    assert len(repaired(above(), untitled_with_lead)) == 2
    headed = make_story(
        make_block("title", 4, "城南新建两座公园"),
        make_block("para", 5, "近日，城南两座口袋公园建成开放。"),
    )
    assert len(repaired(above(), headed)) == 2
    finished = make_story(
        make_block("title", 0, "县里举办春季招聘会"),
        make_block("para", 1, "4月5日，县春季招聘会在体育馆举行。"),
    )
    untitled = make_story(make_block("para", 4, "近日，城南两座口袋公园建成开放。"))
    assert len(repaired(finished, untitled)) == 2
