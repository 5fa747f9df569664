"""Departments named in an article (archive.parsing.departments). Plain pytest: no database."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.parsing.departments import (
    department_kind,
    find_departments,
    zone_short_name,
    zone_words,
)

MEGABYTE = 1_000_000
KINDS = {
    "bureau", "office", "subdistrict", "town", "group", "company", "community",
    "village", "center", "committee", "school", "hospital", "other",
}  # fmt: skip


def names(text, zone="郑州高新区"):
    return [d.name for d in find_departments(text, zone=zone)]


@pytest.mark.parametrize(
    "zone, short",
    [
        ("郑州高新区", "高新区"),
        ("郑州经开区", "经开区"),
        ("焦作高新区", "高新区"),
        ("郑州市金水区", "金水区"),
        ("郑州高新技术产业开发区", "高新区"),
        ("二七区", "二七区"),
        (None, None),
    ],
)
def test_zone_short_name(zone, short):
    assert zone_short_name(zone) == short


@pytest.mark.parametrize(
    "name, kind",
    [
        ("高新区财政金融局", "bureau"),
        ("省财政厅", "bureau"),
        ("高新区公安分局", "bureau"),
        ("石佛办事处", "office"),
        ("李万街道", "subdistrict"),
        ("阳庙镇", "town"),
        ("高新投控集团", "group"),
        ("佛光发电有限公司", "company"),
        ("盛世社区", "community"),
        ("王庄村", "village"),
        ("石佛园区运营中心", "center"),
        ("河南省总工会女职工委员会", "committee"),
        ("郑州中学附属小学", "school"),
        ("文昌社区卫生服务中心", "hospital"),
        ("交警二大队", "other"),
        ("某某", "other"),
    ],
)
def test_department_kind(name, kind):
    assert department_kind(name) == kind


def test_one_department_printed_three_ways():
    text = (
        "区市场监管局负责人汇报。高新区市场监管局坚持疫情防控。郑州高新区市场监管局成立于2019年。"
    )
    (dept,) = find_departments(text, zone="郑州高新区")
    assert dept.name == "高新区市场监管局"
    assert dept.kind == "bureau"
    assert dept.zone == "郑州高新区"
    assert dept.aliases == ["区市场监管局", "高新区市场监管局", "郑州高新区市场监管局"]


@pytest.mark.parametrize(
    "text, zone, expected",
    [
        ("赵毅到区国土规划住建局调研指导工作", "郑州高新区", ["高新区国土规划住建局"]),
        ("国土规划住建局先后作交流", "郑州高新区", ["高新区国土规划住建局"]),
        ("由高新区(示范区)文化和旅游局主办", "焦作高新区", ["高新区文化和旅游局"]),
        ("经开区统计局与各专业人员签订责任书，区统计局依据职责", "郑州经开区", ["经开区统计局"]),
        ("高新区石佛办事处成立工作专班。石佛办事处强化统筹", "郑州高新区", ["高新区石佛办事处"]),
        (
            "观摩组来到高新区政务服务中心。政务服务中心负责人介绍",
            "郑州高新区",
            ["高新区政务服务中心"],
        ),
        (
            "区住房和城乡建设局、市人力资源和社会保障局",
            "郑州高新区",
            ["高新区住房和城乡建设局", "郑州市人力资源和社会保障局"],
        ),
    ],
)
def test_canonical_within_the_zone(text, zone, expected):
    assert names(text, zone) == expected


def test_another_level_of_government_keeps_its_name():
    text = "郑州市财政局预算绩效管理处副处长陈芳授课。河南省财政厅、洛阳高新区财政局"
    found = find_departments(text, zone="郑州高新区")
    assert [(d.name, d.zone) for d in found] == [
        ("郑州市财政局", "郑州市"),  # the sub-unit 预算绩效管理处 is read as part of its 局
        ("河南省财政厅", "河南省"),
        ("洛阳高新区财政局", "洛阳高新区"),
    ]


def test_without_a_zone_nothing_is_prefixed():
    assert names("区市场监管局、国土规划住建局、郑州市财政局", zone=None) == [
        "区市场监管局",
        "国土规划住建局",
        "郑州市财政局",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "观摩组来到枫杨办事处大里村、梧桐办事处盛世社区",
            ["高新区枫杨办事处", "大里村", "高新区梧桐办事处", "盛世社区"],
        ),
        (
            "先后来到梧桐办事处辖区佛光发电有限公司和盛世社区进行调研",
            ["高新区梧桐办事处", "佛光发电有限公司", "盛世社区"],
        ),
        ("其子公司高新智慧运营集团已收到爱心捐助", ["高新智慧运营集团"]),
        ("督导组来到郑州扬升金属部件有限公司，详细了解生产经营情况", ["郑州扬升金属部件有限公司"]),
        ("在蒙牛乳业(焦作)有限公司，暗访组认真查看", ["蒙牛乳业有限公司"]),
        ("河南省总工会女职工委员会副主任高颖嘉", ["河南省总工会", "河南省总工会女职工委员会"]),
        ("高新投资控股集团有限公司要完善手续", ["高新投资控股集团"]),
        ("该街道观摩组先后到西大寨村、北李万村等村", ["西大寨村", "北李万村"]),
        ("6月21日,高新区李万街道开展观摩评比。李万街道", ["高新区李万街道"]),
        (
            "第三中学、三里屯社区、郑州市第一人民医院",
            ["第三中学", "三里屯社区", "郑州市第一人民医院"],
        ),
        ("郑州大学第一附属医院心内科主任", ["郑州大学", "郑州大学第一附属医院"]),
        ("二七区人民法院、二七区检察院联合举办", ["二七区人民法院", "二七区检察院"]),
    ],
)
def test_departments_in_a_sentence(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "全力服务高新区经济社会发展大局，加快构建新发展格局",
        "王局长强调，村民代表和村干部参加，推动乡村振兴",
        "为“十四五”开好局、起好步",
        "■新年开新局",
        "为郑州国家中心城市建设贡献力量，紧盯管委会的中心工作",
        "对辖区28个村进行走访，激发各村活力，中学生参加",
        "全镇21个行政村中，有15个村集体经济收入超过10万元",
        "完善公司治理结构，瞄准制约集团发展的深层次矛盾",
        "这家公司的子公司",
        "",
    ],
)
def test_words_that_end_like_a_department(text):
    assert names(text) == []


def test_the_zone_s_own_words_come_from_the_manifest_zone():
    """高新 is an adverb to jieba; it belongs to a name only in its own zone's paper."""
    assert zone_words("郑州高新区") >= {"高新", "高新区"}
    assert names("高新投控股集团来到现场", zone="郑州高新区") == ["高新投控股集团"]
    assert "高新" not in zone_words("郑州经开区")


def test_a_megabyte_of_text():
    paragraph = "王德敏到区市场监管局调研，梧桐办事处盛世社区负责人和郑州市财政局参加。"
    text = paragraph * (MEGABYTE // len(paragraph))
    found = find_departments(text, zone="郑州高新区")
    assert [d.name for d in found] == [
        "高新区市场监管局",
        "高新区梧桐办事处",
        "盛世社区",
        "郑州市财政局",
    ]
    assert found[0].aliases == ["区市场监管局"]
    assert [d.zone for d in found] == ["郑州高新区", "郑州高新区", "郑州高新区", "郑州市"]


PAGE_TEXT = st.text(
    alphabet="高新区市财政局办事处社区村集团有限公司中心的和到、，。(示范)王李", max_size=200
)


@settings(max_examples=200, deadline=None)
@given(PAGE_TEXT, st.sampled_from(["郑州高新区", "焦作高新区", None]))
def test_any_text_gives_printed_departments(text, zone):
    found = find_departments(text, zone=zone)
    assert len({d.name for d in found}) == len(found)
    for dept in found:
        assert dept.kind in KINDS
        assert dept.aliases and all(alias in text for alias in dept.aliases)


@pytest.mark.parametrize(
    "text",
    [
        "全市共有两家综合性三级医院",  # counted: a kind of body
        "辖区内12个老旧小区改造社区和5个城中村社区",
        "下属4个二级公司负责人",
        "燃气公司、自来水公司、物业公司的负责人",  # a trade alone
        "这家物流公司的员工",
        "申报国家级示范合作社",  # a description, no national body
        "推动农村专业合作社建设",
    ],
)
def test_generic_phrases_are_not_departments(text):
    assert names(text) == []


def test_a_body_among_generic_ones_is_kept():
    assert names("燃气公司、河南鑫源达建材有限公司和物业公司参加") == ["河南鑫源达建材有限公司"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("学习国务院办公厅印发的通知", ("国务院办公厅", "", "national")),
        ("国家统计局发布数据", ("国家统计局", "", "national")),
        ("据全国妇联办公室统计", ("全国妇联办公室", "", "national")),
        ("省教育厅下发文件", ("省教育厅", "", "province")),
        ("湖北省民政厅有关负责人", ("湖北省民政厅", "湖北省", "province")),
        ("市教育局组织检查", ("郑州市教育局", "郑州市", "city")),
        ("区民政局组织检查", ("高新区民政局", "郑州高新区", "district")),
        ("浙江海盐县民政局来访", ("浙江海盐县民政局", "海盐县", "district")),  # not ours
    ],
)
def test_a_body_is_filed_at_its_own_level(text, expected):
    (dept,) = find_departments(text, zone="郑州高新区")
    assert (dept.name, dept.zone, dept.level) == expected


def test_a_field_alone_in_a_zone_s_paper_is_the_zone_s_body():
    found = find_departments("党政办公室、消防救援大队负责人参加", zone="郑州高新区")
    assert [(d.name, d.zone) for d in found] == [
        ("高新区党政办公室", "郑州高新区"),
        ("高新区消防救援大队", "郑州高新区"),
    ]
    assert names("党政办公室、消防救援大队负责人参加", zone=None) == []


@pytest.mark.parametrize(
    "text, name, aliases",
    [
        (
            "区发展和改革委员会牵头，区发改委员会配合",
            "高新区发展和改革委员会",
            ["区发展和改革委员会", "区发改委员会"],
        ),
        (
            "高新区城管局和高新区城市管理局",
            "高新区城市管理局",
            ["高新区城市管理局", "高新区城管局"],
        ),
        (
            "区住房和城乡建设局、区住建局",
            "高新区住房和城乡建设局",
            ["区住房和城乡建设局", "区住建局"],
        ),
        ("高新置业集团与置业集团", "高新置业集团", ["高新置业集团"]),
    ],
)
def test_one_body_abbreviated_and_in_full_is_one_department(text, name, aliases):
    (dept,) = find_departments(text, zone="郑州高新区")
    assert (dept.name, dept.aliases) == (name, aliases)


def test_different_bodies_are_not_folded():
    assert names("王庄村、王小庄村，区教育局、区教育体育局") == [
        "王庄村",
        "王小庄村",
        "高新区教育局",
        "高新区教育体育局",
    ]
