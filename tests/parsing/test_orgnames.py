"""What names a body, its level, and its abbreviations (archive.parsing.orgnames).
Plain pytest: no database. Every name here is invented or a well-known public body's."""

import pytest

from archive.parsing.orgnames import abbreviates, head, names_a_body, place_of, zone_level

OWN = frozenset({"高新", "高新区", "郑州", "郑州高新区"})  # the words of zone 郑州高新区


@pytest.mark.parametrize(
    "name",
    [
        "郑州市教育局",  # a place and a field
        "高新区民政局",  # the zone's own
        "区图书馆",
        "洛阳市第二人民医院",  # a place and a number
        "第九中学",  # a number
        "翠竹社区",  # a place's own name
        "团结村",  # any word may name a village
        "河南鑫源达建材有限公司",  # a trade name jieba does not know (鑫|源|达)
        "腾讯公司",  # a brand jieba tags nz
        "高新置业集团",  # the zone's word
        "开封大学",
        "国家统计局",
        "湖北省卫生健康委员会",
        "同济大学",  # jieba knows it by name (nt)
    ],
)
def test_a_place_or_an_own_name_before_a_head_names_a_body(name):
    assert names_a_body(name, OWN)


@pytest.mark.parametrize(
    "name",
    [
        "燃气公司",  # a trade alone
        "物业公司",
        "三级医院",  # a description
        "民办幼儿园",
        "二级公司",
        "实验小学",
        "科技学院",
        "专业合作社",
        "乡镇卫生院",
        "高新区街道",  # a place's head needs the place's own name
        "社区",  # no name at all
        "会议中心",  # a field alone, outside any zone
        "税务局",  # jieba's nt, but a kind of bureau
        "服务大厅",  # 厅 is a province's
        "区议事厅",
        "想回乡",  # verbs are no place's name
        "郑州市三级医院",  # a place does not make a description a name
        "国家级技术创新中心",  # a rank
        "第四局",  # a number alone names no government body
    ],
)
def test_a_description_or_a_trade_alone_names_no_body(name):
    assert not names_a_body(name, OWN)


def test_the_zone_s_words_count_only_in_its_own_paper():
    assert names_a_body("高新置业集团", OWN)
    assert not names_a_body("置业集团", OWN)


@pytest.mark.parametrize(
    "name, expected",
    [
        ("中共中央办公厅", ("national", "")),
        ("国务院扶贫开发领导小组办公室", ("national", "")),
        ("国家市场监督管理总局", ("national", "")),
        ("全国妇联办公室", ("national", "")),
        ("第七次全国人口普查领导小组办公室", ("national", "")),
        ("省教育厅", ("province", "")),  # which province, the name does not say
        ("湖北省民政厅", ("province", "湖北省")),
        ("上海市民政局", ("province", "上海市")),  # a city of a province's rank
        ("河南省开封市财政局", ("city", "开封市")),  # the most local place decides
        ("北京市朝阳区教育委员会", ("district", "北京市朝阳区")),
        ("洛阳高新区财政局", ("district", "洛阳高新区")),
        ("福建龙岩市新罗区教育局", ("district", "龙岩市新罗区")),  # a unit left out
        ("湖南长沙民政局", ("city", "长沙市")),
        ("泰国国家旅游局", ("other", "泰国")),  # a country's: no level of ours
    ],
)
def test_the_place_a_name_begins_with_gives_its_level(name, expected):
    assert place_of(name)[:2] == expected


@pytest.mark.parametrize(
    "name",
    [
        "国家级示范合作社",
        "全国性行业协会办公室",
        "省级医院",
        "科技园区服务中心",
        "阳光社区",
        "祥云办事处",  # a place's word that is the body's own name
        "开封鑫源达建材有限公司",  # a company's place is part of its registered name
    ],
)
def test_descriptions_and_common_words_are_no_places(name):
    assert place_of(name) is None


@pytest.mark.parametrize(
    "zone, level",
    [
        ("郑州高新区", "district"),
        ("开封市", "city"),
        ("河南省", "province"),
        ("北京市", "province"),
        ("上海市浦东新区", "district"),
        (None, "other"),
    ],
)
def test_zone_level(zone, level):
    assert zone_level(zone) == level


@pytest.mark.parametrize(
    "short, full",
    [
        ("文旅局", "文化和旅游局"),  # first characters, 和 dropped
        ("城管局", "城市管理局"),
        ("市场监管局", "市场监督管理局"),
        ("住建局", "住房和城乡建设局"),  # 城乡建设 is two words
        ("人社局", "人力资源和社会保障局"),
        ("发改委员会", "发展和改革委员会"),
        ("投控集团", "投资控股集团"),
        ("投控股集团", "投资控股集团"),
        ("投控集团", "投控股集团"),
    ],
)
def test_abbreviations_of_a_full_name(short, full):
    assert abbreviates(short, full)
    assert not abbreviates(full, short)


@pytest.mark.parametrize(
    "short, full",
    [
        ("教育局", "教育体育局"),  # 体育 leaves nothing: another body, or a renamed one
        ("公安局", "公安分局"),  # another head
        ("文局", "文化局"),  # one character is too little to tell
        ("王庄村", "王小庄村"),  # places are not abbreviated so
        ("城建集团", "城市建设投资集团"),
        ("旅文局", "文化和旅游局"),  # out of order
    ],
)
def test_names_that_abbreviate_no_full_name(short, full):
    assert not abbreviates(short, full)


def test_head_is_the_longest_organisation_noun():
    assert head("翠竹社区卫生服务中心") == "社区卫生服务中心"
    assert head("河南鑫源达建材有限公司") == "有限公司"
    assert head("某某") is None
