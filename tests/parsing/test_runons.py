"""A headline line that stops where no headline stops is its text's first line.
Invented pages."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.runons import stops_midway


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


def test_a_line_stopping_on_a_preposition_under_the_headline_opens_the_text():
    # 任何脱离于 waits for its object on the next line: the lead's first words, not the
    # headline's end.
    page = parse(
        "钟鸣\n\n"
        "城市更新，要让居民说了算\n"
        "任何脱离于\n"
        "居民需要的设计，\n"
        "都难以长久。今年以来，\n"
        "城东街道先后召开议事会\n"
        "十二场，居民提出的七十\n"
        "多条建议大多已经落实。\n"
    )
    first = page.articles[0]
    assert first.title == "城市更新，要让居民说了算"
    assert first.body.startswith("任何脱离于居民需要的设计，都难以长久。")


def test_where_a_line_stops_midway():
    assert stops_midway("任何脱离于", "居民需要的设计，")  # a preposition
    assert stops_midway("老旧小区改造从来不是", "简单的刷墙换管，")  # a copula
    assert stops_midway("面对新情况，要", "先问居民的意见")  # a modal
    assert stops_midway("城东街道先后召开议事会、", "座谈会十二场")  # a comma
    assert stops_midway("先问居民“愿", "不愿意”。今年以来")  # the line below closes it
    assert not stops_midway("城东街道召开居民议事会", "本报讯 6月3日，城东街道…")
    assert not stops_midway("“小菜摊”不应一禁了之", "加强管理，不能简单地…")
    # A line OCR spaced letter by letter is read closed; a lead's marker under a line
    # opens a text, whatever the line stops on.
    assert not stops_midway("县 城 新 图 书 馆 投 入 使 用", "9月1日，新馆开放。")
    assert not stops_midway("城东街道召开居民议事会，", "本报讯（通讯员 李涛）6月3日，…")
    assert not stops_midway("说说“老字号”", "老字号是城市的记忆。")
