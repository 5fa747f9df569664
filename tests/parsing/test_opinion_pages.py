"""Letters and commentary pages: items signed by their writers, under or over the text."""

from archive.parsing import PageMeta, parse_page


def _read(text: str):
    page = parse_page(text.encode(), PageMeta(source="p.txt"))
    return [(a.title, [(c.name, c.role) for c in a.credits], a.body) for a in page.articles]


LETTERS = """南湾晚报　2024年6月3日　星期一　A10　读者来信
公交站台的雨棚漏雨了
编辑同志：
我每天在南湾路口的公交站等车。站台雨棚破了几个洞，一下雨就往下漏，老人孩子只能撑着伞候车，希望有关部门抓紧修一修。
读者　符海生
本报记者跟进：6月1日，记者把情况转给市公交集团。集团表示，本周内更换雨棚顶板。
谢谢热心的出租车司机
尊敬的编辑：
上周我把装着病历的背包落在出租车上，司机连夜按病历上的电话找到我，分文不取。我想借贵报向这位司机道一声谢。
读者　骆晓岚
"""


def test_each_letter_is_headed_by_the_line_over_its_salutation_and_closed_by_its_reader():
    (first, second) = _read(LETTERS)
    assert first[0] == "公交站台的雨棚漏雨了"
    assert first[1] == [("符海生", "author")]
    # The reporter's follow-up under the letter is part of it, not an article of its own.
    assert first[2].endswith("本周内更换雨棚顶板。")
    assert second[:2] == ("谢谢热心的出租车司机", [("骆晓岚", "author")])
    assert second[2].startswith("尊敬的编辑：")


COMMENTARY = """临江日报　2023年9月12日　星期二　第4版　评论
社区食堂要办得长久
□汤若川
社区食堂开起来不难，难的是办下去。食材、人手、房租，哪一项都要算细账。
办得长久，靠的是服务做实、价格公道，也靠街道和社区持续用心。
停车难还需多方合力
季明川
老城区停车难，根子在车位少、车辆多。挖潜要靠错时共享，也要靠规划补位。
每一个新增车位，都是一份实实在在的便利。
"""


def test_a_name_under_a_commentarys_headline_signs_the_next_commentary():
    (first, second) = _read(COMMENTARY)
    assert first[:2] == ("社区食堂要办得长久", [("汤若川", "author")])
    assert first[2].endswith("也靠街道和社区持续用心。")
    assert second[:2] == ("停车难还需多方合力", [("季明川", "author")])
    assert second[2].startswith("老城区停车难")


def test_the_papers_commentator_signs_with_no_name_under_the_headline():
    text = "东湖日报  2024年4月17日  第6版\n\n把好事办实办好\n本报评论员\n今年以来，全区民生实事项目进展顺利，多数指标\n超过序时进度。越是关键时刻，越要一鼓作气。\n"
    ((title, credits, body),) = _read(text)
    assert title == "把好事办实办好" and credits == []
    assert body.startswith("今年以来")
