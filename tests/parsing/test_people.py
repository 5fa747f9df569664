"""People named in an article body (archive.parsing.people). Plain pytest: no database.

Sentences are written in the style of the seed pages, most of them made up, so that the
rules are tested for what they generalise to, not for one page.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.parsing import lexicon
from archive.parsing.people import find_people

MEGABYTE = 1_000_000


def names(text, **kwargs):
    return [p.name for p in find_people(text, **kwargs)]


# A title word, then the name: 2 or 3 characters, read from what follows.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("郑州市财政局预算绩效管理处副处长陈芳在授课中", ["陈芳"]),
        ("区党工委委员、管委会副主任王德敏会见考察组一行", ["王德敏"]),
        ("焦作高新区考察组在党工委书记吕沛的带领下", ["吕沛"]),
        ("高新区党工委委员、管委会副主任赵毅到区国土规划住建局调研", ["赵毅"]),
        ("管委会常务副主任张红军日前在管委会第一会议室主持召开", ["张红军"]),
        ("管委会副主任姚五洲主持召开高新区环境污染防治工作会议", ["姚五洲"]),
        ("漯河郾城区考察组在区委副书记、区长李占宾的带领下", ["李占宾"]),
        ("区党群工作部部长刘新杰一行陪同调研", ["刘新杰"]),
        ("环保总工程师宋恩民,各办事处负责人参加会议", ["宋恩民"]),
        ("纪工委书记武斌围绕重点项目建设开展督导", ["武斌"]),
        ("办事处党工委副书记、主任陈伟提出，以村党员为重点", ["陈伟"]),
        ("区党建办主任程晓华来到中烟社区", ["程晓华"]),
        ("会议由区委副书记周大为主持", ["周大为"]),
        ("区长王为民强调，要抓好落实", ["王为民"]),
        ("副市长欧阳明华出席并讲话", ["欧阳明华"]),
        ("国务院总理李强主持召开国务院常务会议", ["李强"]),
        ("县委常委、宣传部部长于洪涛出席", ["于洪涛"]),
        ("总经理助理李强介绍了项目进展", ["李强"]),
        ("董事长孙少华、总经理周晓东陪同考察", ["孙少华", "周晓东"]),
        ("副区长马骏、区政协副主席杨帆参加", ["马骏", "杨帆"]),
        ("校长高峰说，学校将继续改善办学条件", ["高峰"]),
        ("区委常委、办公室主任陈红参加调研", ["陈红"]),
        ("中宣部副部长胡和平一行到郑州调研", ["胡和平"]),
        ("据区城管局执法大队大队长刘勇介绍", ["刘勇"]),
        ("菲律宾总统马科斯，外交部部长王毅参加会见", ["马科斯", "王毅"]),
    ],
)
def test_name_after_a_title(text, expected):
    assert names(text) == expected


# A name that recurs settles its own length: 王德敏 always has 敏, 赵毅 is followed by
# different words each time.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("副主任王德敏会见考察组。座谈会上，王德敏首先致辞。王德敏要求：", ["王德敏"]),
        ("副主任赵毅分别听取汇报。赵毅要求，区国土规划住建局应细化。赵毅到现场", ["赵毅"]),
        ("副主任李明华为企业解难。李明华表示，要服务好企业。李明华指出", ["李明华"]),
    ],
)
def test_recurrence_decides_the_length(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "石佛办事处成立由党工委书记、办事处主任带队的工作专班",
        "梧桐办事处党工委书记、办事处主任及相关负责人陪同",
        "高新投控集团班子成员及3个二级集团主要负责人参加会议",
        "会上，PM2.5专家组成员通报了高新区近期空气质量情况",
        "高新区主题教育领导小组成员、议事协调机构成员参加观摩和座谈",
        "不能现场解决的，明确职能部门负责人要限期答复",
        "负责人高度重视，镇长向大家介绍了情况，局长于近日表示",
        "全体党员干部和职工为患病同事捐款，让群众安居乐业，市民和企业感受度高",
        "高新区领导干部要将做好各项工作的初心聚焦到增进民生福祉",
        "记者从区财政局获悉，村民王某某反映的问题已解决",
        "",
    ],
)
def test_titles_without_a_name_find_nobody(text):
    assert names(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("为罹患重病的职工段保国同志捐款。段保国是一名普通工人", ["段保国"]),
        ("大力弘扬焦裕禄同志的“三股劲”", ["焦裕禄"]),
        ("会议传达学习习近平总书记重要讲话精神", ["习近平"]),
        ("志愿者王小丽说，活动很有意义", ["王小丽"]),
        ("全体党员同志要对照检查，关心老同志的生活", []),
        ("市民张女士说，现在环境好多了。犯罪嫌疑人王某已被刑事拘留", []),
        ("90岁的老党员张桂兰常年坚持义务清扫街道", ["张桂兰"]),
    ],
)
def test_roles_and_honorifics(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "阿志强、宋恩民、朱本鹏、道宪奎、李飞、申霖获评河南省表现突出个人",
            ["阿志强", "宋恩民", "朱本鹏", "道宪奎", "李飞", "申霖"],
        ),
        (
            "区领导杨有军、许海玲、赵俊峰、高鸿、郑侃出席会议",
            ["杨有军", "许海玲", "赵俊峰", "高鸿", "郑侃"],
        ),
        ("张丽丽、王强、赵敏等同志获评先进个人", ["张丽丽", "王强", "赵敏"]),
        (
            "被授予荣誉称号的有王建国、刘红梅、孙立新、赵志刚",
            ["王建国", "刘红梅", "孙立新", "赵志刚"],
        ),
    ],
)
def test_enumerations_of_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "抓好国土、规划、住房、建设各个环节的工作",
        "抓学习、强党性、转作风、提能力、干实事",
        "先后到西大寨村、宝丰寨村、北李万村等村进行观摩",
        "来到中烟社区、螺蛳湖社区、盛世社区参加观摩",
        "与经发、房管、国土、规划及申报主体等责任部门积极沟通",
        "抓宣传、摸底数、勤排查、建台账、重销号、保安全",
        "郑州、洛阳、开封、新乡等地",
        "先后到王庄、李庄、张庄调研",
        "坚持包保、包联、包片，高标准、高质量、高效率推进",
        "华为、中兴、小米等企业",
    ],
)
def test_enumerations_of_words_are_not_people(text):
    assert names(text) == []


def test_titles_and_organization():
    text = "洛阳高新区考察组在党工委委员、管委会副主任王晓红的带领下，来到郑州高新区。"
    text += "高新区党工委委员、管委会副主任王德敏会见考察组。"
    text += "郑州市财政局预算绩效管理处副处长陈芳授课。党工委书记吕沛的带领下"
    people = {p.name: p for p in find_people(text)}
    assert people["王晓红"].titles == ["党工委委员", "管委会副主任"]
    assert people["王晓红"].organization is None
    assert people["王德敏"].titles == ["党工委委员", "管委会副主任"]
    assert people["王德敏"].organization == "高新区"
    assert people["陈芳"].titles == ["副处长"]
    assert people["陈芳"].organization == "郑州市财政局预算绩效管理处"
    assert people["吕沛"].titles == ["党工委书记"]


@pytest.mark.parametrize(
    "text, titles, organization",
    [
        ("总经理助理李强介绍", ["总经理助理"], None),
        ("党委书记、董事长王建军，党委副书记、总经理李晓东带队", ["党委副书记", "总经理"], None),
        ("该院院长李明说，", ["该院院长"], None),
        ("郑州市总工会党组成员、常务副主席王玉红到场", ["党组成员", "常务副主席"], "郑州市总工会"),
        ("高新区工会主席王桂丽、相关负责人陪同", ["主席"], "高新区工会"),
        ("环保总工程师宋恩民，各办事处", ["环保总工程师"], None),
        ("区委副书记、区长李占宾的带领下", ["区委副书记", "区长"], None),
    ],
)
def test_titles_of_the_last_named(text, titles, organization):
    person = find_people(text)[-1]
    assert (person.titles, person.organization) == (titles, organization)


def test_a_title_phrase_split_by_jian():
    text = "高新区全面深化改革工作领导小组副组长兼办公室主任周爱荣在开班仪式中提出"
    (person,) = find_people(text)
    assert person.titles == ["副组长", "办公室主任"]
    assert person.organization == "高新区全面深化改革工作领导小组"


def test_each_person_once_in_order_of_first_appearance():
    text = (
        "吕沛调研夜市。市政协副主席、党工委书记吕沛到大沙河桥调研。管委会主任宫卫红陪同。吕沛强调"
    )
    people = find_people(text)
    assert [p.name for p in people] == ["吕沛", "宫卫红"]
    assert people[0].titles == ["市政协副主席", "党工委书记"]


def test_exclude_and_bylines_left_in_the_body():
    text = "本报讯(记者郭树勋 通讯员李亚芬)6月21日，副主任李亚芬、区长李占宾出席。郭树勋"
    assert names(text, exclude={"李亚芬"}) == ["李占宾"]


def test_lexicon_lists_are_well_formed():
    assert len(lexicon.SURNAMES) >= 300
    assert all(len(s) == 1 for s in lexicon.SURNAMES)
    assert all(len(s) == 2 for s in lexicon.COMPOUND_SURNAMES)
    assert {"副处长", "常务副主任", "总工程师", "负责人"} <= lexicon.TITLE_WORDS
    assert {"职工", "村民", "志愿者"} <= lexicon.ROLE_NOUNS


def test_a_megabyte_of_text():
    paragraph = (
        "高新区党工委委员、管委会副主任王德敏到石佛园区调研，区市场监管局负责人参加。"
        "阿志强、宋恩民、朱本鹏获评表现突出个人。抓学习、强党性、转作风。"
    )
    text = paragraph * (MEGABYTE // len(paragraph))
    assert names(text) == ["王德敏", "阿志强", "宋恩民", "朱本鹏"]


CJK_TEXT = st.text(
    alphabet="王李张德敏的在主任副书记、，。区局村民阿强红军高度同志等", max_size=200
)


@settings(max_examples=200, deadline=None)
@given(CJK_TEXT, st.sets(st.sampled_from(["王德", "李张", "张德敏"])))
def test_any_text_gives_distinct_printed_names(text, exclude):
    found = names(text, exclude=exclude)
    assert len(found) == len(set(found))
    assert all(name in text and name not in exclude for name in found)
    assert all(2 <= len(name) <= 4 for name in found)
