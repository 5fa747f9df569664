"""The page's production line at its foot (archive/parsing/pagefoot.py): an editor
named under the last article, with no blank line between, edited the page. Every page
here is invented."""

import pytest

from archive.parsing import PageMeta, parse_page


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


def credits(article):
    return [(c.name, c.role) for c in article.credits]


HEAD = "青川县报 2022年5月11日 星期三 第3版\n"
GAMES = "石桥镇举办农民运动会\n本报讯（通讯员 尤建平）5月9日，石桥镇第三届农民运动会开幕，四百余名农民参赛。\n"
SCHOOL = (
    "双语课堂进村小\n本报讯 近日，石桥镇中心小学开设双语课堂，全镇120名学生受益。（记者 葛青）\n"
)


@pytest.mark.parametrize(
    "foot",
    [
        "编辑 柯 岚 审核 鲍一平",
        "编辑：柯岚",
        "责任编辑 柯岚 校对 鲍一平",
        "2022年5月11日\n编辑 柯岚",
        "编辑 柯岚\n新闻热线：0839-12345678",
    ],
)
def test_an_editor_right_under_the_last_article_edited_the_page(foot):
    page = parse(f"{HEAD}{GAMES}{SCHOOL}{foot}\n")
    games, school = page.articles
    assert credits(school) == [("葛青", "reporter")]
    assert "柯岚" not in [c.name for c in games.credits + school.credits]
    assert school.body.endswith("全镇120名学生受益。")


def test_a_one_article_pages_production_line_is_the_pages():
    page = parse(f"{HEAD}{GAMES}编辑 柯 岚 审核 鲍一平\n")
    (games,) = page.articles
    assert credits(games) == [("尤建平", "correspondent")]


def test_a_bracketed_editor_under_the_text_is_the_items_own():
    # A web item closes with its own editor in brackets.
    page = parse(f"{HEAD}{GAMES}{SCHOOL}【编辑：柯岚】\n")
    games, school = page.articles
    assert ("柯岚", "editor") in credits(school)


# A PDF's text order put the page's editor between two lines of one sentence.
RIVER = (
    "生态\n2022年5月11日 第 3 版\n\n"
    "县河长办开展首次\n春季河道联合巡查\n"
    "4月8日，县河长办组织人\n员对全县主要河道开展\n联合巡查，重点检查了沿\n"
    "岸垃圾清理和排污口整治\n情况，发现问题十二处\n"
    "{editor}"
    "，均已交办相关乡镇限\n期整改 。\n"
    "记者 韩青松\n"
)


@pytest.mark.parametrize(
    "editor", ["\n责任编辑：柯岚\n\n", "责编 柯岚\n", "\n责任编辑 柯岚 校对 鲍一平\n\n"]
)
def test_an_editor_between_two_lines_of_one_sentence_is_the_pages(editor):
    (river,) = parse(RIVER.format(editor=editor)).articles
    assert credits(river) == [("韩青松", "reporter")]
    assert river.body.endswith("发现问题十二处，均已交办相关乡镇限期整改。")


@pytest.mark.parametrize("editor", ["责编 柯 岚", "责任编辑：柯岚"])
def test_an_editor_between_a_headline_and_its_text_is_the_pages(editor):
    # A PDF's text order set the page's running foot under a headline: an article's
    # editor is named after its text, never between its headline and its text.
    page = parse(f"{HEAD}石桥镇举办农民运动会\n{editor}\n{GAMES.split(chr(10))[1]}\n{SCHOOL}")
    games, school = page.articles
    assert credits(games) == [("尤建平", "correspondent")]
    assert games.title == "石桥镇举办农民运动会"
