"""A byline naming the page's own paper (archive.parsing.credits.as_own_paper, read by
the pipeline with the page's masthead): its own staff, not another outlet's."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.credits import as_own_paper

TABLOID = """湘江晚报 A06
2024.05.16 星期四  责编 刘一

老城区背街小巷完成改造
■湘江晚报全媒体记者 周明远 通讯员 李华
5月15日，老城区最后一批背街小巷完成改造，路面、管网和照明全部更新。

全省春茶产量同比增长一成
■新华社记者 王芳
5月15日，记者从省农业农村厅获悉，今年全省春茶产量同比增长一成。

城南新建三座口袋公园
本报讯（湘江晚报全媒体记者 陈立）5月15日，城南三座口袋公园建成开放。
"""


def credits(article):
    return [(c.name, c.role, c.organization) for c in article.credits]


def test_the_papers_own_name_in_a_byline_credits_its_own_staff():
    page = parse_page(TABLOID.encode("utf-8"), PageMeta(source="page.txt"))
    own, wire, lead = page.articles
    assert credits(own) == [("周明远", "reporter", None), ("李华", "correspondent", None)]
    assert credits(wire) == [("王芳", "author", "新华社")]
    assert credits(lead) == [("陈立", "reporter", None)]


def test_an_outlet_the_masthead_does_not_name_stays_another_outlets():
    heads = ("湘江晚报 A06",)
    assert as_own_paper("■湘江晚报记者 周明远", heads) == "■本报记者 周明远"
    assert as_own_paper("■潇湘日报记者 周明远", heads) == "■潇湘日报记者 周明远"
    assert as_own_paper("■湘江晚报记者 周明远", ()) == "■湘江晚报记者 周明远"
