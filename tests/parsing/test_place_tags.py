"""A county's name after ■ over an item (■柳溪) tags where the item comes from: no
signature. Plain pytest: no database."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.credits import place_tag

COUNTY_ITEMS = """江州日报  2024年3月5日  星期二  第3版  县域经济

【招商引资】
江岸镇签约8个新能源项目
　　本报讯（记者 冉二）3月1日，江岸镇举行一季度重大项目集中签约仪式，8个新能源项目现场签约，总投资5.7亿元。

■柳溪\x20
建成全县首个农产品检测中心
　　本报讯（通讯员 柯一舟）近日，柳溪县农产品检测中心建成投用，可检测农药残留等指标一百余项，年检测能力达到2万批次。
"""


def test_a_place_tag_over_an_item_credits_no_one():
    page = parse_page(COUNTY_ITEMS.encode("utf-8"), PageMeta(source="page.txt"))
    item = page.articles[-1]
    assert item.title == "建成全县首个农产品检测中心"
    assert [(c.name, c.role) for c in item.credits] == [("柯一舟", "correspondent")]


def test_a_tag_is_a_place_only_where_the_text_names_it_with_its_unit():
    assert place_tag("■柳溪", "近日，柳溪县农产品检测中心建成投用。")
    assert place_tag("■ 柳 溪", "柳溪镇的茶园已经泛绿。")
    # A signature whose name the text never gives a place's unit stays a signature.
    assert not place_tag("■柯一舟", "近日，柳溪县农产品检测中心建成投用。")
    assert not place_tag("□禾田", "禾田里的稻子熟了。")
    # No mark: a bare name closing an item is no tag.
    assert not place_tag("柳溪", "柳溪县农产品检测中心建成投用。")
