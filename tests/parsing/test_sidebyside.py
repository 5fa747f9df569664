"""A PDF's text laid out as printed, two columns side by side, is read a column at a time."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.sidebyside import read_columns

GAP = " " * 8
PAGE = "\n".join(
    [
        "南溪日报" + " " * 50 + "2024年4月9日 星期二",
        "",
        "城南新建社区卫生服务站" + GAP + "       " + "北山村建成光伏电站",
        "本报讯（记者 甄朗）4月7日，城南" + GAP + "本报讯（通讯员 蒯静）4月6日，北",
        "社区卫生服务站建成开诊，可为周边" + GAP + "山村光伏电站并网发电，年发电量",
        "两万居民提供基本医疗服务。" + GAP + "      " + "约四十万千瓦时。",
        "",
    ]
)


def test_two_columns_side_by_side_are_read_one_after_the_other():
    page = parse_page(PAGE.encode(), PageMeta(source="p.txt"))
    clinic, solar = page.articles
    assert clinic.title == "城南新建社区卫生服务站"
    assert (
        clinic.body
        == "本报讯（记者 甄朗）4月7日，城南社区卫生服务站建成开诊，可为周边两万居民提供基本医疗服务。"
    )
    assert [c.name for c in clinic.credits] == ["甄朗"]
    assert solar.title == "北山村建成光伏电站"
    assert [c.name for c in solar.credits] == ["蒯静"]
    assert any("two columns" in w for w in page.warnings)


def test_a_table_or_a_running_head_is_no_second_column():
    table = "\n".join(f"第{i}名{' ' * 6}选手{i}号{' ' * 6}{i}分" for i in range(1, 9))
    assert read_columns(table) is None
    heads = "\n".join(["青州日报" + " " * 20 + "2022年8月18日" + " " * 20 + "4"] * 6)
    assert read_columns(heads) is None
    two_cells = "\n".join(f"选手{i}号{' ' * 10}{i}分" for i in range(1, 9))
    assert read_columns(two_cells) is None
