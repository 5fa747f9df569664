"""Bylines and lead markers (archive.parsing.credits). Plain pytest: no database."""

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from archive.parsing import PageMeta, parse_page
from archive.parsing.credits import (
    SURNAMES,
    Lead,
    byline_credits,
    is_lead,
    looks_like_name,
    parse_byline,
    parse_lead,
    split_closing_credit,
    split_trailing_byline,
)
from archive.parsing.result import ROLES, Credit

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
MEGABYTE = 1_000_000


def credits(*triples):
    """`credits(("孙庆辉", "reporter"), ("方宝岭", "author", "高新时报"))`."""
    return [Credit(*t) for t in triples]


# Every byline printed on its own line in the five seed pages, as printed.
SEED_BYLINES = {
    "记者 孙庆辉": credits(("孙庆辉", "reporter")),
    "通讯员 黄梦玮": credits(("黄梦玮", "correspondent")),
    "记者 孙庆辉 通讯员 王玲玲": credits(("孙庆辉", "reporter"), ("王玲玲", "correspondent")),
    "通讯员 李敏 文/图": credits(("李敏", "correspondent")),
    "记者 孙庆辉 通讯员 周可洋": credits(("孙庆辉", "reporter"), ("周可洋", "correspondent")),
    "通讯员 朱亚洲": credits(("朱亚洲", "correspondent")),
    "记者 王赛华 通讯员 陈漫艺": credits(("王赛华", "reporter"), ("陈漫艺", "correspondent")),
    "记者 王赛华 柴琳琳 通讯员 卢亚兰": credits(
        ("王赛华", "reporter"), ("柴琳琳", "reporter"), ("卢亚兰", "correspondent")
    ),
    "记者 柴琳琳 通讯员 赵宁华": credits(("柴琳琳", "reporter"), ("赵宁华", "correspondent")),
    "记者 柴琳琳 通讯员 周永凯 文/图": credits(("柴琳琳", "reporter"), ("周永凯", "correspondent")),
    "通讯员 高元州": credits(("高元州", "correspondent")),
    "通讯员 宋贞": credits(("宋贞", "correspondent")),
    "通讯员 吴昊天": credits(("吴昊天", "correspondent")),
    "记者 孙庆辉 通讯员 王逍遥": credits(("孙庆辉", "reporter"), ("王逍遥", "correspondent")),
    "通讯员 关海燕": credits(("关海燕", "correspondent")),
    "记者 孙庆辉 文/图": credits(("孙庆辉", "reporter")),
    "□高亢": credits(("高亢", "author")),
    "本报记者 刘金元 摄": credits(("刘金元", "photographer")),
    "记者 孙庆辉 高新时报 方宝岭 文/图": credits(
        ("孙庆辉", "reporter"), ("方宝岭", "author", "高新时报")
    ),
}


@pytest.mark.parametrize("line, expected", SEED_BYLINES.items())
def test_seed_bylines(line, expected):
    assert parse_byline(line) == expected


@pytest.mark.parametrize("page", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_on_the_seed_pages_only_the_bylines_read_as_bylines(page):
    """~1,000 real lines of body text, headlines, rubrics and column names."""
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.strip():
            assert (parse_byline(line) is not None) == (line.strip() in SEED_BYLINES), line


FORMS = [
    # Reporters with their paper's many titles; spaces of every width.
    ("本报记者 张伟", credits(("张伟", "reporter"))),
    ("见习记者 李娜", credits(("李娜", "reporter"))),
    ("实习记者 王芳", credits(("王芳", "reporter"))),
    ("特约记者 刘洋", credits(("刘洋", "reporter"))),
    ("首席记者 陈静", credits(("陈静", "reporter"))),
    ("融媒体记者 杨帆", credits(("杨帆", "reporter"))),
    ("全媒体记者 赵磊", credits(("赵磊", "reporter"))),
    ("本报首席记者 黄敏", credits(("黄敏", "reporter"))),
    ("实习生 周杰", credits(("周杰", "reporter"))),
    ("特约通讯员 吴刚", credits(("吴刚", "correspondent"))),
    ("本报通讯员 郑爽", credits(("郑爽", "correspondent"))),
    (
        "记者\u3000孙庆辉\u3000通讯员\u3000王玲玲",
        credits(("孙庆辉", "reporter"), ("王玲玲", "correspondent")),
    ),
    ("  记者   孙庆辉  ", credits(("孙庆辉", "reporter"))),
    # Padding inside a name: single characters join, never stand alone.
    ("记者 王  军", credits(("王军", "reporter"))),
    ("记者 孙 庆 辉", credits(("孙庆辉", "reporter"))),
    ("记者 孙 庆 辉 通讯员 王 军", credits(("孙庆辉", "reporter"), ("王军", "correspondent"))),
    ("记者 王 军 摄", credits(("王军", "photographer"))),
    ("通讯员 孙 文", credits(("孙文", "correspondent"))),
    # Separators between names.
    ("记者 张三、李四", credits(("张三", "reporter"), ("李四", "reporter"))),
    (
        "记者 张三，李四；王五",
        credits(("张三", "reporter"), ("李四", "reporter"), ("王五", "reporter")),
    ),
    ("记者 张三, 李四", credits(("张三", "reporter"), ("李四", "reporter"))),
    ("记者：张三", credits(("张三", "reporter"))),
    # Names glued to the role word.
    ("记者郭树勋 通讯员李亚芬", credits(("郭树勋", "reporter"), ("李亚芬", "correspondent"))),
    ("记者郭树勋通讯员李亚芬", credits(("郭树勋", "reporter"), ("李亚芬", "correspondent"))),
    ("本报记者刘金元摄", credits(("刘金元", "photographer"))),
    # ... also with a surname no list knows, as with a space between them.
    ("记者亓飞", credits(("亓飞", "reporter"))),
    ("记者洪晓岚通讯员禹文", credits(("洪晓岚", "reporter"), ("禹文", "correspondent"))),
    # Rare surnames and transliterated names, vouched for by the role word.
    ("记者 亓飞", credits(("亓飞", "reporter"))),
    ("记者 区美玲 通讯员 郑一鸣", credits(("区美玲", "reporter"), ("郑一鸣", "correspondent"))),
    ("记者 阿依古丽·买买提", credits(("阿依古丽·买买提", "reporter"))),
    ("记者 欧阳娜娜 通讯员 司马光", credits(("欧阳娜娜", "reporter"), ("司马光", "correspondent"))),
    # Photo credits.
    ("通讯员 李敏 摄", credits(("李敏", "photographer"))),
    ("刘金元 摄", credits(("刘金元", "photographer"))),
    ("刘金元 摄影", credits(("刘金元", "photographer"))),
    ("摄影 刘金元", credits(("刘金元", "photographer"))),
    ("摄影：刘金元", credits(("刘金元", "photographer"))),
    ("摄影记者 刘金元", credits(("刘金元", "photographer"))),
    ("本报摄影记者 刘金元", credits(("刘金元", "photographer"))),
    ("拍友 刘金元 摄", credits(("刘金元", "photographer"))),
    ("拍友 秋水伊人 摄", credits(("秋水伊人", "photographer"))),  # a pen name: 拍友 vouches
    ("（拍友 老周 摄）", credits(("老周", "photographer"))),
    ("网友 刘金元 摄", credits(("刘金元", "photographer"))),
    ("刘金元/图", credits(("刘金元", "photographer"))),
    ("刘金元／图", credits(("刘金元", "photographer"))),
    ("图/刘金元", credits(("刘金元", "photographer"))),
    ("图片/刘金元", credits(("刘金元", "photographer"))),
    ("图 刘金元", credits(("刘金元", "photographer"))),
    ("本报记者 刘金元 摄影报道", credits(("刘金元", "photographer"))),
    ("张三 李四 摄", credits(("张三", "photographer"), ("李四", "photographer"))),
    ("阿依古丽·买买提 摄", credits(("阿依古丽·买买提", "photographer"))),
    # Each name before the mark of what it did: 文 a word apart is no surname.
    ("罗永梅 文 杨帆 摄", credits(("罗永梅", "author"), ("杨帆", "photographer"))),
    ("（图片由本报记者乌日娜拍摄）", credits(("乌日娜", "photographer"))),
    ("图片由游客拍摄", None),
    # A byline over the text it introduces, its colon kept (报道：); text and photos (文/摄).
    ("县融媒体中心记者　张三　报道：", credits(("张三", "reporter"))),
    ("记者 张三 文/摄", credits(("张三", "reporter"))),
    ("◎ 张三", credits(("张三", "author"))),
    # A closing 摄 after role words alone is every name's: both took the photo.
    (
        "本报记者 张三 通讯员 李四 摄",
        credits(("张三", "photographer"), ("李四", "photographer")),
    ),
    ("记者 张三 文 通讯员 李四 摄", credits(("张三", "reporter"), ("李四", "photographer"))),
    # Text by / text and photos by.
    ("文/张三", credits(("张三", "author"))),
    ("文/本报记者 张三", credits(("张三", "reporter"))),
    ("文/记者 张三 图/通讯员 李四", credits(("张三", "reporter"), ("李四", "photographer"))),
    ("文／记者 张三　图／通讯员 李四", credits(("张三", "reporter"), ("李四", "photographer"))),
    ("张三/文 李四/图", credits(("张三", "author"), ("李四", "photographer"))),
    ("张三 文/图", credits(("张三", "author"))),
    ("记者 张三 图/文", credits(("张三", "reporter"))),
    ("文图/张三", credits(("张三", "author"))),
    ("文·图/张三", credits(("张三", "author"))),
    ("文｜张三 图｜李四", credits(("张三", "author"), ("李四", "photographer"))),
    ("记者 李文图", credits(("李文图", "reporter"))),  # 文图 inside a name is the name's
    ("记者 张三 报道", credits(("张三", "reporter"))),
    # Editors.
    ("编辑 张三", credits(("张三", "editor"))),
    ("责任编辑 张三", credits(("张三", "editor"))),
    ("责任编辑：张三", credits(("张三", "editor"))),
    ("责编 张三", credits(("张三", "editor"))),
    ("本版编辑 张三", credits(("张三", "editor"))),
    # Signed commentary.
    ("■ 高亢", credits(("高亢", "author"))),
    ("□ 高  亢", credits(("高亢", "author"))),
    ("■ 王 军", credits(("王军", "author"))),
    ("◆欧阳娜娜", credits(("欧阳娜娜", "author"))),
    ("■本报记者 张三", credits(("张三", "reporter"))),
    ("作者 张三", credits(("张三", "author"))),
    ("作者：张三", credits(("张三", "author"))),
    ("本报评论员 张三", credits(("张三", "author"))),
    ("特约评论员 张三", credits(("张三", "author"))),
    # Other outlets' staff; our own paper has no organization.
    ("新华社记者 张三", credits(("张三", "author", "新华社"))),
    ("新华社记者 张三 李四", credits(("张三", "author", "新华社"), ("李四", "author", "新华社"))),
    ("人民日报记者 张三", credits(("张三", "author", "人民日报"))),
    ("郑州晚报首席记者 张三", credits(("张三", "author", "郑州晚报"))),
    ("本溪日报记者 张三", credits(("张三", "author", "本溪日报"))),
    ("新华社记者 张三 摄", credits(("张三", "photographer", "新华社"))),
    ("新华社发 张三 摄", credits(("张三", "photographer", "新华社"))),
    ("记者 张三/文 李四/图", credits(("张三", "reporter"), ("李四", "photographer"))),
    ("通讯员 李敏文/图", credits(("李敏", "correspondent"))),
    (
        "本报记者 张三 实习生 李四 通讯员 王五 文/图",
        credits(("张三", "reporter"), ("李四", "reporter"), ("王五", "correspondent")),
    ),
    ("特约撰稿 张三", credits(("张三", "author"))),
    ("记者 张三 大河报 李四", credits(("张三", "reporter"), ("李四", "author", "大河报"))),
    ("大河报 李四 记者 张三", credits(("李四", "author", "大河报"), ("张三", "reporter"))),
    ("郑州市融媒体中心记者 张三", credits(("张三", "author", "郑州市融媒体中心"))),
    # Bracketed on its own line.
    ("（记者 张三 通讯员 李四）", credits(("张三", "reporter"), ("李四", "correspondent"))),
    ("(本报记者 张三)", credits(("张三", "reporter"))),
    # Staff we do not credit are dropped, never guessed.
    ("本版编辑 张三 美编 李四 校对 王五", credits(("张三", "editor"))),
    ("记者 张三 策划 李四", credits(("张三", "reporter"))),
    ("记者 孙庆辉 市长 王五", credits(("孙庆辉", "reporter"))),
    ("策划 张三", []),
    # A paper's kind alone is the paper itself: an evening paper's own reporter, a
    # university paper's, and a media centre named by its level alone (another's is
    # named by its place).
    ("□晚报记者 李娟然", credits(("李娟然", "reporter"))),
    ("校报记者 符晓", credits(("符晓", "reporter"))),
    ("学生记者 符晓", credits(("符晓", "reporter"))),
    ("县融媒体中心记者 符晓", credits(("符晓", "reporter"))),
    ("融媒体中心记者 符晓 邓超", credits(("符晓", "reporter"), ("邓超", "reporter"))),
    ("青岚县融媒体中心记者 符晓", credits(("符晓", "author", "青岚县融媒体中心"))),
    # A reader signs a letter, by name or by town; a wire's photo sent out.
    ("读者 包云峰", credits(("包云峰", "author"))),
    ("宁川市民 梁秋月", credits(("梁秋月", "author"))),
    ("网友 包云峰 摄", credits(("包云峰", "photographer"))),
    ("新华社发（赵晴 摄）", credits(("赵晴", "photographer", "新华社"))),
    ("■ 日报记者 张三 通讯员 李四", credits(("张三", "reporter"), ("李四", "correspondent"))),
    # An interview written down (整理) keeps the role before it, glued or apart.
    ("（本报记者 张三采访整理）", credits(("张三", "reporter"))),
    ("（本报记者 张三、李四采访整理）", credits(("张三", "reporter"), ("李四", "reporter"))),
    ("本报记者 张三 整理", credits(("张三", "reporter"))),
    ("（张三整理）", credits(("张三", "author"))),
    # Another outlet named in title marks, a magazine among them.
    (
        "《某某经济周刊》记者 张三 李四",
        credits(("张三", "author", "某某经济周刊"), ("李四", "author", "某某经济周刊")),
    ),
    # Reporters stationed elsewhere, a bureau, where the story was filed from.
    ("驻湖州记者 张三", credits(("张三", "reporter"))),
    ("本报驻京记者 张三 李四", credits(("张三", "reporter"), ("李四", "reporter"))),
    ("东阳记者站 张三", credits(("张三", "reporter"))),
    ("本报记者 张三 发自宁波", credits(("张三", "reporter"))),
    # Labelled parts, a colon after a mark as a slash; who told an oral history.
    (
        "文字：学生记者 张三 摄影：学生记者 李四",
        credits(("张三", "reporter"), ("李四", "photographer")),
    ),
    ("口述/ 张三  整理/ 本报记者 李四", credits(("张三", "author"), ("李四", "reporter"))),
    # The outlet an item comes from, with its writers: theirs; alone: no credit.
    ("来源：某某日报 记者 张三", credits(("张三", "author", "某某日报"))),
    ("来源：张三", []),
    ("湖畔小区居民 张三", credits(("张三", "author"))),
    ("东坝村村民 张三", credits(("张三", "author"))),
    ("◎记者 魏一", credits(("魏一", "reporter"))),
    # An expert signs with their unit and title.
    ("县医院耳鼻喉科主任 邬一", credits(("邬一", "author"))),
    ("市一中高级教师 王二", credits(("王二", "author"))),
    # Traditional characters: read as simplified, names kept as printed.
    ("本報記者 陳一 通訊員 黃二", credits(("陳一", "reporter"), ("黃二", "correspondent"))),
    # An army paper: the unit's writer before the paper's special correspondent.
    ("■张三 本报特约记者 李四", credits(("张三", "author"), ("李四", "reporter"))),
    # A correspondent's unit between the role word and the name: still a correspondent,
    # and so is each unit's writer after it.
    (
        "记者 杭一 通讯员 区市场监管局 郝二",
        [Credit("杭一", "reporter"), Credit("郝二", "correspondent", "区市场监管局")],
    ),
    (
        "通讯员 区卫健委 阎三 区疾控中心 贝四",
        [
            Credit("阎三", "correspondent", "区卫健委"),
            Credit("贝四", "correspondent", "区疾控中心"),
        ],
    ),
    # A pupil signs with their class.
    ("初一（5）班　申屠明月", [Credit("申屠明月", "author", "初一(5)班")]),
]


@pytest.mark.parametrize("line, expected", FORMS)
def test_byline_forms(line, expected):
    assert parse_byline(line) == expected


NOT_BYLINES = [
    # A line break inside prose that happens to end `…申报，加快`: no role word, no byline.
    "家产业创新中心申报，加快",
    "高新时报，张三",
    "",
    "   ",
    "\u3000\u3000",
    "记者",
    "通讯员",
    "记者节",
    "记者会上",
    "记者站",
    "记者们",
    "记者证",
    "通讯员队伍建设",
    "记者来到现场",
    "编辑部",
    "作者单位",
    "摄影",
    "摄像头",
    "高新区动态",
    "党建连连看",
    "高新区强音",
    "高新区视窗",
    "记者从市统计局获悉，今年以来全市经济稳中向好。",
    "记者从市统计局获悉，今年以来",
    "记者采访了张三",
    "记者 张三说",
    "记者 孙庆辉。",
    "记者 孙庆辉 2021年",
    "记者 孙庆辉 通讯员",
    "记者 孙庆辉 今天",
    "记者 王赛华 等",
    "《某某周刊》",
    "张三",
    "张三 李四",
    "阿志强、宋恩民、朱本鹏、道宪奎、",
    "某某公司 供图",
    "关注 张三",
    "您上班 我带娃",
    "读者来信",  # a rubric: 来信 is a word, not a reader's name
    "本地·民生",  # a section's name: a transliterated name is not two common words
    "嵩山北路、化肥东路打通提速",
    "高新区财政金融局开展预算绩效管理培训",
    "城市新地标 打卡网红桥",
    "体系奠定了良好基础。",
    "本报讯 7月5日，高新区财",
    "（完）",
    "合作社 张三",
    "文/图",
    # Rubrics under a black square: a phrase, not a name.
    "■新年开新局",
    "■铆足了劲 加压奋进 做优做强",
    "■党建引领",
    "■关注",
    "■",
    "□ 高新区 强音",
    # A role word glued to a plain word: prose, or a column's name.
    "记者表示",
    "记者手记",
    "记者观察",
    "读者点题·共同关注",
]


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_not_bylines(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "paragraph, head, tail",
    [
        (
            "推动全区经济社会平稳健康发展。记者 王赛华",
            "推动全区经济社会平稳健康发展。",
            credits(("王赛华", "reporter")),
        ),
        (
            "尽职责，严分工，全力改善全区空气质量。记者 孙庆辉",
            "尽职责，严分工，全力改善全区空气质量。",
            credits(("孙庆辉", "reporter")),
        ),
        (
            "为全区统计工作的有序开展奠定了扎实的基础。记者 柴琳琳 通讯员 赵宁华",
            "为全区统计工作的有序开展奠定了扎实的基础。",
            credits(("柴琳琳", "reporter"), ("赵宁华", "correspondent")),
        ),
        (
            "唱响“加速度”！ 本报记者 刘金元 摄",
            "唱响“加速度”！",
            credits(("刘金元", "photographer")),
        ),
        ("他说：“干就完了。”记者 张三", "他说：“干就完了。”", credits(("张三", "reporter"))),
        ("好不好？记者王赛华", "好不好？", credits(("王赛华", "reporter"))),
    ],
)
def test_split_trailing_byline(paragraph, head, tail):
    assert split_trailing_byline(paragraph) == (head, tail)


@pytest.mark.parametrize(
    "paragraph",
    [
        "推动全区经济社会平稳健康发展。",
        "全区经济社会平稳健康发展记者 王赛华",  # no sentence end before it
        "会上，记者从市统计局获悉",
        "今年以来。记者来到现场",
        "会议强调。记者节",
        "",
        "记者 王赛华",  # a whole line is parse_byline's job
    ],
)
def test_no_trailing_byline(paragraph):
    assert split_trailing_byline(paragraph) == (paragraph, [])


def bracketed(marker, bracket, rest, *triples):
    """A lead case: marker, bracket and text as printed, and the credits read."""
    return marker + bracket + rest, Lead(marker, credits(*triples), rest=rest, bracket=bracket)


LEADS = [
    ("本报讯 7月5日，高新区财政金融局", Lead("本报讯", rest="7月5日，高新区财政金融局")),
    ("  本报讯　近日，河南省", Lead("本报讯", rest="近日，河南省")),
    (
        "本报讯(记者郭树勋 通讯员李亚芬)6月25日下午,市政协",
        Lead(
            "本报讯",
            credits(("郭树勋", "reporter"), ("李亚芬", "correspondent")),
            rest="6月25日下午,市政协",
            bracket="(记者郭树勋 通讯员李亚芬)",
        ),
    ),
    (
        "本报讯（记者 张三 通讯员 李四） 近日",
        Lead(
            "本报讯",
            credits(("张三", "reporter"), ("李四", "correspondent")),
            rest="近日",
            bracket="（记者 张三 通讯员 李四）",
        ),
    ),
    (
        "本报讯 记者张三 通讯员李四报道：近日，",
        Lead("本报讯", credits(("张三", "reporter"), ("李四", "correspondent")), rest="近日，"),
    ),
    (
        "本报讯 记者 张三 通讯员 李四 近日，",
        Lead("本报讯", credits(("张三", "reporter"), ("李四", "correspondent")), rest="近日，"),
    ),
    (
        "本报北京1月9日电（记者 张三）近日",
        Lead(
            "本报北京1月9日电",
            credits(("张三", "reporter")),
            place="北京",
            month=1,
            day=9,
            rest="近日",
            bracket="（记者 张三）",
        ),
    ),
    (
        "本报郑州讯（记者 张三）近日",
        Lead(
            "本报郑州讯",
            credits(("张三", "reporter")),
            "郑州",
            rest="近日",
            bracket="（记者 张三）",
        ),
    ),
    (
        "新华社北京1月9日电（记者 张三 李四）记者9日从",
        Lead(
            "新华社北京1月9日电",
            credits(("张三", "author", "新华社"), ("李四", "author", "新华社")),
            place="北京",
            month=1,
            day=9,
            rest="记者9日从",
            bracket="（记者 张三 李四）",
        ),
    ),
    (
        "新华社北京1月9日电 国务院",
        Lead("新华社北京1月9日电", place="北京", month=1, day=9, rest="国务院"),
    ),
    (
        "人民日报北京2024年1 月 9 日电 （记者 张三）",
        Lead(
            "人民日报北京2024年1 月 9 日电",
            credits(("张三", "author", "人民日报")),
            place="北京",
            month=1,
            day=9,
            year=2024,
            bracket="（记者 张三）",
        ),
    ),
    (
        "中新社郑州12月31日电 题：",
        Lead("中新社郑州12月31日电", place="郑州", month=12, day=31, rest="题："),
    ),
    ("据新华社电 国务院", Lead("据新华社电", rest="国务院")),
    ("据新华社北京1月9日电", Lead("据新华社北京1月9日电", place="北京", month=1, day=9)),
    ("据人民日报报道，近日", Lead("据人民日报报道", rest="近日")),
    (
        "大河报讯（记者 张三）近日",
        Lead(
            # 讯 is a paper's own marker (wires send 电): 大河报's own reporter.
            "大河报讯",
            credits(("张三", "reporter", None)),
            rest="近日",
            bracket="（记者 张三）",
        ),
    ),
    (
        "（本报记者 张三）近日",
        Lead(None, credits(("张三", "reporter")), rest="近日", bracket="（本报记者 张三）"),
    ),
    ("近日，高新区召开会议。", Lead(rest="近日，高新区召开会议。")),
    ("本报讯（一）近日", Lead("本报讯", rest="（一）近日")),
    # The paper's own dated lead, printed without 讯.
    ("本报6月13日 区里召开会议。", Lead("本报6月13日", month=6, day=13, rest="区里召开会议。")),
    # An army paper's names before a writer with a role word, ending in 报道：.
    (
        "本报讯 古立新、特约通讯员华军报道：近日，某部开展演练。",
        Lead(
            "本报讯",
            credits(("古立新", "author"), ("华军", "correspondent")),
            rest="近日，某部开展演练。",
        ),
    ),
    # Names alone in the bracket after the marker: the paper's own writers.
    bracketed(
        "本报讯",
        "（钱一 孔二）",
        "近日，街道开展宣传。",
        ("钱一", "reporter"),
        ("孔二", "reporter"),
    ),
    # A lead in traditional characters: its marker, bracket and text as printed.
    bracketed("本報訊", "（記者 陳一）", "近日，鄉親捐資。", ("陳一", "reporter")),
    # A hospital's department before its writer.
    bracketed("本报讯", "（骨科 彭一鸣）", "近日，骨科开展义诊。", ("彭一鸣", "author", "骨科")),
    # A paper's short name before 讯: an evening paper's, a media centre's.
    bracketed(
        "东晚讯",
        "（记者 杭一 通讯员 宫二）",
        "昨天，老城区新增车位。",
        ("杭一", "reporter"),
        ("宫二", "correspondent"),
    ),
    ("融媒讯　本月8日，县医院开设新病房。", Lead("融媒讯", rest="本月8日，县医院开设新病房。")),
]


@pytest.mark.parametrize("paragraph, expected", LEADS)
def test_parse_lead(paragraph, expected):
    assert parse_lead(paragraph) == expected


@pytest.mark.parametrize("paragraph, lead", LEADS)
def test_leads_are_leads(paragraph, lead):
    # A marker or a bracketed credit opens the paragraph: it reads as a lead.
    assert is_lead(paragraph) == bool(lead.marker or lead.bracket)


@pytest.mark.parametrize(
    "line",
    [
        "近日，高新区召开会议。",
        "据了解，自2017年启动以来",
        "据悉，",
        "新华社报道，近日",  # only 据…报道 is a marker
        "全市社区工作人员",
        "本报记者 刘金元 摄",
        "记者从市统计局获悉",
        "（一）提高认识",
        "高新区动态",
        "人民日报刊文指出",
        "（图书馆 孟一）",  # a unit's writer alone on a line closes the item above
        "今晚讯问了两名嫌疑人",  # an evening, no paper's short name
        "融媒讯息平台上线",
        "",
    ],
)
def test_not_leads(line):
    assert not is_lead(line)


def test_lead_with_an_impossible_date_keeps_the_marker_but_not_the_date():
    lead = parse_lead("本报北京13月40日电 近日")
    assert (lead.marker, lead.month, lead.day) == ("本报北京13月40日电", None, None)


@pytest.mark.parametrize(
    "name", ["孙庆辉", "宋贞", "高亢", "欧阳娜娜", "司马光", "诸葛亮", "阿依古丽·买买提", "李亚芬"]
)
def test_names(name):
    assert looks_like_name(name)


@pytest.mark.parametrize(
    "word",
    [
        "",
        "王",
        "孙庆辉辉",
        "会上",
        "高新区",
        "张三说",
        "李村",
        "关注",
        "时评",
        "abc",
        "王2",
        "新年开新局",
    ],
)
def test_not_names(word):
    assert not looks_like_name(word)


def test_surnames_hold_common_and_compound_surnames():
    assert {"王", "李", "张", "刘", "陈", "欧阳", "司马", "诸葛", "上官", "令狐"} <= SURNAMES
    assert len(SURNAMES) > 300


@pytest.mark.parametrize(
    "text",
    [
        "记者 " * (MEGABYTE // 3),
        "记者张三" * (MEGABYTE // 4),
        "本报讯（" + "记者 张三 " * (MEGABYTE // 6),
        "本报讯 " + "记者 张三 " * (MEGABYTE // 6),
        "新华社" * (MEGABYTE // 3) + "电",
        "据" + "新华社" * (MEGABYTE // 3),
        "■" + "王 " * (MEGABYTE // 2),
        "张" * MEGABYTE,
        "(" * MEGABYTE,
    ],
    ids=lambda t: t[:6],
)
def test_a_megabyte_of_text_is_no_byline_and_no_catastrophe(text):
    assert parse_byline(text) is None
    assert split_trailing_byline(text) == (text, [])
    lead = parse_lead(text)
    assert lead.credits == [] or all(c.name == "张三" for c in lead.credits)


def test_a_megabyte_paragraph_still_yields_its_trailing_byline():
    paragraph = "经济平稳健康发展。" * (MEGABYTE // 9) + "记者 王赛华"
    head, tail = split_trailing_byline(paragraph)
    assert head == paragraph[: -len("记者 王赛华")]
    assert tail == credits(("王赛华", "reporter"))


@given(
    st.text(
        alphabet="记者通讯员本报讯摄图文/ 　、，。■□王李张孙庆辉亢高新时社电1月日（）", max_size=40
    )
)
@example("亢、亢/摄")  # 、 parts two names: single characters are not one padded name
def test_any_text_gives_well_formed_credits(text):
    """Whatever comes in, the answer has the declared shape: no crash, known roles,
    names that were printed (spaces aside)."""
    squeezed = "".join(text.split())
    for found in (parse_byline(text), split_trailing_byline(text)[1], parse_lead(text).credits):
        for credit in found or []:
            assert credit.role in ROLES
            assert credit.name in squeezed
    is_lead(text)


@pytest.mark.parametrize(
    "paragraph, head, names",
    [
        ("它会是一个重要的注脚。陈思诚", "它会是一个重要的注脚。", ["陈思诚"]),
        ("会议很成功。（王小明 李强）", "会议很成功。", ["王小明", "李强"]),
        ("会议很成功。（本报北京1月9日电 记者 张三）", "会议很成功。", ["张三"]),
        # The credit in a paragraph of its own, bracketed.
        ("（本报北京1月9日电 记者 张三）", "", ["张三"]),
        ("（王小明 李强）", "", ["王小明", "李强"]),
    ],
)
def test_a_last_paragraph_may_close_with_names_alone(paragraph, head, names):
    text, found = split_closing_credit(paragraph, news=False)
    assert text == head and [c.name for c in found] == names


@pytest.mark.parametrize(
    "paragraph",
    ["“好”。王毅说", "大家说：“好。”完", "发展。高新区", "（完）", "（下转第二版）", "王小明 李强"],
)
def test_a_last_sentence_is_not_a_credit(paragraph):
    assert split_closing_credit(paragraph) == (paragraph, [])


def test_bare_names_are_reporters_in_news_and_authors_elsewhere():
    assert [c.role for c in byline_credits("王小明 李强", news=True)] == ["reporter"] * 2
    assert [c.role for c in byline_credits("（王小明）", news=False)] == ["author"]
    assert byline_credits("区里召开会议") is None


def test_names_a_role_word_vouches_for_may_hold_characters_prose_names_rarely_do():
    # 其 and 者 are rare in running-text names, not after 记者 in a list of names.
    assert parse_byline("记者 赵其明、孙者平") == credits(
        ("赵其明", "reporter"), ("孙者平", "reporter")
    )
    assert parse_lead("新华社南京3月2日电（记者刘明、赵其明）全省春耕").credits == credits(
        ("刘明", "author", "新华社"), ("赵其明", "author", "新华社")
    )
    assert byline_credits("（本报南京3月2日电 记者 孙者平）") == credits(("孙者平", "reporter"))
    assert parse_byline("本报通讯员 林从远") == credits(("林从远", "correspondent"))
    # A dictionary word stays a word, and prose stays prose.
    assert parse_byline("记者 王者") is None
    assert parse_byline("记者 李的") is None
    assert parse_byline("记者 刘明 表示") is None


def test_a_mark_after_a_slash_glued_to_the_next_name_is_its_own_word():
    expected = credits(("姜明", "author"), ("续鹏", "photographer"))
    assert parse_byline("姜明/文续鹏/图") == expected
    assert parse_byline("姜明/文 续鹏/图") == expected
    assert parse_byline("续鹏/图") == credits(("续鹏", "photographer"))
    assert parse_byline("发展/图") is None  # a word, not a name


def test_names_run_together_after_a_role_word_are_cut_where_only_one_cut_fits():
    assert parse_byline("记者王明李华") == credits(("王明", "reporter"), ("李华", "reporter"))
    assert parse_byline("通讯员赵海建崔刚文/图") == credits(
        ("赵海建", "correspondent"), ("崔刚", "correspondent")
    )
    # Two ways to cut the run, each name opening with a common surname (周平 张华林,
    # 周平张 华林), is a guess: no byline.
    assert parse_byline("记者周平张华林") is None
    # Of 周平 张云河 and 周平张 云河 only the first names no one by a rare surname (云).
    assert parse_byline("记者周平张云河") == credits(("周平", "reporter"), ("张云河", "reporter"))
    assert parse_byline("记者表示同意") is None


def test_two_padded_names_in_a_row_are_two_names():
    assert parse_byline("人民网记者 秦明远 吴 虹 马 翔") == credits(
        ("秦明远", "author", "人民网"), ("吴虹", "author", "人民网"), ("马翔", "author", "人民网")
    )
    assert parse_byline("记者 孙 庆 辉") == credits(("孙庆辉", "reporter"))
    assert parse_byline("记者 欧 阳 娜 娜") == credits(("欧阳娜娜", "reporter"))


def test_a_padded_name_keeps_the_mark_glued_to_its_last_character():
    assert parse_byline("（本报记者 郑 欣整理）") == credits(("郑欣", "reporter"))
    assert parse_byline("新华社记者  赵  川摄") == credits(("赵川", "photographer", "新华社"))
    assert parse_byline("本报记者 李 华 通讯员 周 敏摄") == credits(
        ("李华", "photographer"), ("周敏", "photographer")
    )
    # A lone character and a mark is still no name.
    assert parse_byline("记者 王 摄") is None


def test_after_a_role_word_running_text_is_no_name():
    # 介入后 and 目前姚 open with dictionary words: the sentence goes on after 记者.
    assert parse_byline("记者介入后，目前姚") is None
    assert parse_byline("记者扎西") == credits(("扎西", "reporter"))
    assert parse_byline("记者亓飞") == credits(("亓飞", "reporter"))
    # After a sentence, a name glued to its role word needs a surname.
    assert split_trailing_byline("事情已经办妥。记者随即帮") == ("事情已经办妥。记者随即帮", [])
    assert split_trailing_byline("事情已经办妥。记者扎西")[1] == []  # 扎: no surname listed
    assert split_trailing_byline("事情已经办妥。记者 扎西")[1] == credits(("扎西", "reporter"))
    assert split_trailing_byline("事情已经办妥。记者郑欣") == (
        "事情已经办妥。",
        credits(("郑欣", "reporter")),
    )


def test_a_name_glued_to_the_next_role_word_by_a_joined_line_break():
    assert [(c.name, c.role) for c in parse_byline("记者 罗文通讯员 向阳")] == [
        ("罗文", "reporter"),
        ("向阳", "correspondent"),
    ]


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "记者 孙庆辉 通讯 员 王玲玲",
            credits(("孙庆辉", "reporter"), ("王玲玲", "correspondent")),
        ),
        ("记者 孙庆 辉", credits(("孙庆辉", "reporter"))),
        ("记者付凯明 通 讯员陈杨", credits(("付凯明", "reporter"), ("陈杨", "correspondent"))),
        # The split role word is the line's only cue: no whole word left to find it by.
        ("通 讯员 柯林峰", credits(("柯林峰", "correspondent"))),
        ("通讯 员 柯林峰", credits(("柯林峰", "correspondent"))),
        ("见 习记者 邵雨桐", credits(("邵雨桐", "reporter"))),
        # The line as printed stops at a word it does not know (高新 时报).
        (
            "记者 孙庆辉 高新 时报 方宝岭 文/图",
            credits(("孙庆辉", "reporter"), ("方宝岭", "author", "高新时报")),
        ),
        # Read whole as printed, it stays so: padded names are not closed up.
        ("记者 欧 阳 娜 娜", credits(("欧阳娜娜", "reporter"))),
    ],
)
def test_ocr_spaces_inside_role_words_names_and_outlets(line, expected):
    assert parse_byline(line) == expected


def test_a_closing_byline_whose_only_role_word_ocr_split_credits_its_article():
    page = parse_page(
        "县城新建口袋公园三处\n"
        "今年以来，县城新建口袋公园三处，方便群众就近休闲。\n"
        "通 讯员 柯林峰\n".encode(),
        PageMeta(source="split-role.txt"),
    )
    (article,) = page.articles
    assert article.credits == credits(("柯林峰", "correspondent"))
    assert article.body.endswith("就近休闲。")


def test_a_lead_marker_spaced_out_by_ocr_and_words_that_only_look_like_one():
    lead = parse_lead("本 报 讯 (记 者  罗 文 通讯员 向阳) 11月6日，南川区召开会议。")
    assert lead.marker == "本报讯" and [c.name for c in lead.credits] == ["罗文", "向阳"]
    assert is_lead("本 报讯 为支持全省经济发展，省财政厅发行债券。")
    # Closing the spaces between words would make 本报…讯 of a byline: they stay.
    assert not is_lead("本报记者 杨文明 通讯员 沈文忠 王熙")


def test_a_leads_bracket_holds_credits_only_so_a_word_among_its_names_is_a_pen_name():
    assert parse_lead("本报讯（记者 符晓 木子）2月11日，隧道贯通。").credits == credits(
        ("符晓", "reporter"), ("木子", "reporter")
    )
    assert parse_byline("记者 刘明 表示") is None  # on a line of its own: prose


def test_a_county_news_team_and_units_among_role_words():
    # 县委报道组: a committee's news team, whose writers file as correspondents do.
    assert parse_byline("（县委报道组 韦成林）") == credits(("韦成林", "correspondent"))
    assert parse_byline("市委通讯组 韦成林") == credits(("韦成林", "correspondent"))
    # A unit before a name among role words says whom that writer writes from.
    assert parse_byline("县委报道组　韦成林　石门乡　祁友道") == credits(
        ("韦成林", "correspondent"), ("祁友道", "author", "石门乡")
    )
    assert parse_byline("记者 韦成林 实验小学 祁友道") == credits(
        ("韦成林", "reporter"), ("祁友道", "author", "实验小学")
    )
    # Prose cut at a line's end: a verb opens it, or what follows the "unit" is a word.
    assert parse_byline("赶到后，记者马上 联系村委会，相关") is None
    assert parse_byline("记者 韦成林 返回社区 祁友道") == credits(("韦成林", "reporter"))
    # A three-character name that ends as a unit's name does is still a name.
    assert parse_byline("记者 刘德科") == credits(("刘德科", "reporter"))


def test_an_offices_or_a_banks_writer_and_a_school_papers_reporters():
    assert byline_credits("（安监处　禹红军）") == credits(("禹红军", "author", "安监处"))
    assert byline_credits("（县人行　柏忠信）") == credits(("柏忠信", "author", "县人行"))
    assert byline_credits("（生产科　洪立）") == credits(("洪立", "author", "生产科"))
    assert byline_credits("（生产科 相关）") is None  # a word, not a name
    # A works, a shop, a township government, a railway section, a farm: units too.
    assert byline_credits("（县化肥厂　邹立平）") == credits(("邹立平", "author", "县化肥厂"))
    assert byline_credits("（东街合作商店　许红）") == credits(("许红", "author", "东街合作商店"))
    assert byline_credits("（双河乡政府 宁波涛）") == credits(("宁波涛", "author", "双河乡政府"))
    assert byline_credits("（江口车务段 黄立）") == credits(("黄立", "author", "江口车务段"))
    assert byline_credits("（县林场 牛进）") == credits(("牛进", "author", "县林场"))
    assert byline_credits("（县商业局 供稿）") is None  # supplied by the unit: no one named
    # A rare surname after a unit still names its writer (庹, 铁, 言 are surnames).
    assert byline_credits("（县商业局　庹建民）") == credits(("庹建民", "author", "县商业局"))
    assert byline_credits("（县农办 铁志军）") == credits(("铁志军", "author", "县农办"))
    # A photographer's pen name alone with 摄 (晓光摄); a word with 摄 is none.
    assert byline_credits("晓光摄") == credits(("晓光", "photographer"))
    assert byline_credits("资料摄") is None and byline_credits("记者摄") is None
    # A school paper's pupil signs from their class; the teacher who guided is no credit.
    assert parse_byline("文/高二（3）班 严思彤 指导教师 傅冬梅") == credits(
        ("严思彤", "author", "高二(3)班")
    )
    assert parse_byline("文/初一(2)班 严思彤") == credits(("严思彤", "author", "初一(2)班"))
    # A junior class (七（2）班), its school printed before it.
    assert parse_byline("文/城关中学七（2）班 柯一诺 指导老师 蒲青") == credits(
        ("柯一诺", "author", "城关中学七(2)班")
    )
    # A commentator signs with no name, their outlet printed or not.
    assert parse_byline("特约评论员") == [] and parse_byline("本报评论员") == []
    assert byline_credits("（记者团　谭思远　摄影　雷一鸣）") == credits(
        ("谭思远", "reporter"), ("雷一鸣", "photographer")
    )


def test_closing_credits_after_a_dateline_or_a_unit():
    assert byline_credits("（本报雪溪1月8日电 记者 沈默 通讯员 扎西）") == credits(
        ("沈默", "reporter"), ("扎西", "correspondent")
    )
    assert byline_credits("（图书馆 孟书瑶）") == credits(("孟书瑶", "author", "图书馆"))
    assert byline_credits("（外国语学院 学生记者 方若宁）") == credits(
        ("方若宁", "reporter", "外国语学院")
    )
    assert byline_credits("（区财政局 王明 李华）", news=True) == credits(
        ("王明", "author", "区财政局"), ("李华", "author", "区财政局")
    )


def test_who_shot_an_items_video_is_its_photographer():
    # 视频 X names who shot the video, as 摄影 X names who shot the photos; an editor
    # who cut it (剪辑) is staff we do not credit.
    assert parse_byline("视频　柯文博　摄影　沈一苇") == credits(
        ("柯文博", "photographer"), ("沈一苇", "photographer")
    )
    assert parse_byline("融媒记者 雷思远　视频 蒲晓晨") == credits(
        ("雷思远", "reporter"), ("蒲晓晨", "photographer")
    )
    assert byline_credits("视频：单若溪　剪辑：尤子墨") == credits(("单若溪", "photographer"))
    assert parse_byline("视频会议上强调") is None


def test_letter_spaced_names_are_cut_where_only_one_cut_fits():
    # OCR spaced every character of a closing bracket: two names run together, cut
    # where one cut alone makes two surnamed names; a role word among them is read.
    assert byline_credits("（ 柏 立 群 　 欧 海 燕 ）") == credits(
        ("柏立群", "reporter"), ("欧海燕", "reporter")
    )
    assert byline_credits("（ 通 讯 员 　 闵 朝 晖 ）") == credits(("闵朝晖", "correspondent"))
    lead = parse_lead("本报讯（学生记者 蒋 欣 然 　 郜 明 轩 ）5月3日，校运动会开幕。")
    assert lead.credits == credits(("蒋欣然", "reporter"), ("郜明轩", "reporter"))
    assert split_closing_credit("销售额达到2亿元。（ 柏 立 群 　 欧 海 燕 ）")[1] == credits(
        ("柏立群", "reporter"), ("欧海燕", "reporter")
    )
    # Four spaced characters stay one name, or two where one cut fits (吴 虹 马 翔).
    assert byline_credits("欧 阳 娜 娜") == credits(("欧阳娜娜", "reporter"))
    assert byline_credits("吴 虹 马 翔") == credits(("吴虹", "reporter"), ("马翔", "reporter"))


def test_an_expert_signs_with_a_technical_title_and_a_student_with_a_faculty():
    # A unit and a technical title (农艺师, 兽医师, 会计师 …) before the name: an expert
    # writes the piece.
    assert byline_credits("（市植保站高级农艺师　邝志远）") == credits(("邝志远", "author"))
    assert byline_credits("（县动物疫控中心兽医师 柴明德）") == credits(("柴明德", "author"))
    # A university's department is a unit its writers sign from; 关系, 体系 are none.
    assert byline_credits("（历史系 葛晨阳）") == credits(("葛晨阳", "author", "历史系"))
    assert byline_credits("（历史系 葛 晨 阳 ）") == credits(("葛晨阳", "author", "历史系"))
    assert byline_credits("（社会关系 葛晨阳）") is None


def test_a_teller_and_who_wrote_the_story_down():
    # 讲述人 (as 口述) names who told the story, its author, whoever they are said to be
    # (退休工人, 老党员); the reporter who wrote it down keeps their role.
    assert byline_credits("（讲述人：退休工人 柴德旺　本报记者 蔺书琪 整理）") == credits(
        ("柴德旺", "author"), ("蔺书琪", "reporter")
    )
    assert parse_byline("口述：老党员 尚文海　整理：记者 邹平") == credits(
        ("尚文海", "author"), ("邹平", "reporter")
    )
    # After 文/ a word that is no name stays unknown: no byline.
    assert parse_byline("文/退休工人 柴德旺") is None


def test_rarer_surnames_sign_alone_and_a_word_set_apart_before_photo_mark_is_a_pen_name():
    # Surnames of the Hundred Family list that open few words (滑, 郗, 桓) sign a closing
    # line alone, as common ones do.
    assert byline_credits("滑书言", news=False) == credits(("滑书言", "author"))
    assert split_closing_credit("要绷紧这根弦。（桓志强）")[1] == credits(("桓志强", "reporter"))
    # With 摄 set apart by a space, the word before it is a photographer's pen name even
    # where a dictionary knows it (清风, 晨曦); glued to 摄, a word stays none.
    assert byline_credits("（清风　摄）") == credits(("清风", "photographer"))
    assert byline_credits("晨曦 摄") == credits(("晨曦", "photographer"))
    assert byline_credits("资料摄") is None and byline_credits("（本报 摄）") is None


def test_a_bracketed_headline_over_its_byline_heads_the_text_under_them():
    # 【…】 over a byline over the text: the headline's, as it is over the text alone;
    # the video's and the text's credits are one article's.
    from archive.parsing import PageMeta, parse_page

    text = (
        "【县领导检查冬季森林防火工作】\n"
        "融媒记者　符雨桐　报道\n"
        "12月2日，县领导深入林区乡镇，检查冬季森林防火工作。全县已组建扑火队伍26支。\n"
        "视频：岑宇航　剪辑：庞晓禾\n\n"
        "【城区新增公共停车泊位300个】\n"
        "县融媒体中心讯　12月1日，城区新建的3处公共停车场投入使用，新增泊位300个。\n"
        "记者　毛思源\n"
    )
    page = parse_page(text.encode(), PageMeta(source="t.txt"))
    fire = page.articles[0]
    assert fire.title == "县领导检查冬季森林防火工作"
    assert [(c.name, c.role) for c in fire.credits] == [
        ("符雨桐", "reporter"),
        ("岑宇航", "photographer"),
    ]
    assert fire.paragraphs[0].startswith("12月2日")


def test_a_datelines_day_in_chinese_numerals_is_read():
    lead = parse_lead("新华社雅州六月十日电　记者方一舟报道：六月九日，省里召开会议。")
    assert (lead.place, lead.month, lead.day) == ("雅州", 6, 10)
    lead = parse_lead("新华社雅州二十一日电　省里召开会议。")
    assert (lead.place, lead.month, lead.day) == ("雅州", None, 21)


def test_marks_set_apart_by_spaces_open_each_part_as_slashed_marks_do():
    # 文 … 图 … with spaces, not slashes: where a mark opened the first names, the next
    # mark opens the next part with its role word (not 摄 closing the names before it).
    assert parse_byline("文　日报记者　柯一舟　图　日报记者　冉二") == credits(
        ("柯一舟", "reporter"), ("冉二", "photographer")
    )
    assert parse_byline("文 记者 柯一舟 摄影 通讯员 冉二") == credits(
        ("柯一舟", "reporter"), ("冉二", "photographer")
    )


def test_a_mark_before_each_part_of_a_byline():
    # ● X/文　● Y/图: the rubric mark that opens the line opens each part of it too.
    assert parse_byline("● 柯一舟/文　● 冉二/图") == credits(
        ("柯一舟", "author"), ("冉二", "photographer")
    )
    assert parse_byline("■ 记者 柯一舟 ■ 通讯员 冉二") == credits(
        ("柯一舟", "reporter"), ("冉二", "correspondent")
    )
    assert parse_byline("● 柯一舟 ● 冉二") is None  # names alone: no role to read


def test_after_a_readers_word_any_plausible_name_signs_the_letter():
    # As after 记者: a rare surname (汲) or a given name ending in a character prose
    # names rarely hold (期) still names the reader; a rubric's word does not.
    assert parse_byline("读者　柏子期") == credits(("柏子期", "author"))
    assert parse_byline("市民　汲远山") == credits(("汲远山", "author"))
    assert parse_byline("读者 来信") is None and parse_byline("居民 表示") is None
    # where the reader lives, before the name: no employer
    assert byline_credits("县城 柏子期") == credits(("柏子期", "author"))
    assert byline_credits("县城 春色") is None  # a word is no one's name


def test_a_signature_with_its_writers_unit_place_or_post_in_brackets_after_it():
    assert byline_credits("作者：柯一舟（北湖区委党校）") == credits(
        ("柯一舟", "author", "北湖区委党校")
    )
    assert byline_credits("读者　冉二（青石镇）") == credits(("冉二", "author"))  # a home town
    assert byline_credits("□ 柯一舟（作者系某学院历史系讲师）") == credits(("柯一舟", "author"))
    assert byline_credits("□柯一舟（作者单位：县图书馆）") == credits(
        ("柯一舟", "author", "县图书馆")
    )
    # A bracket that names no unit and says nothing of the writer: no signature.
    assert parse_byline("记者 柯一舟（左二）") is None
    assert parse_byline("市委书记（青石镇）") is None


def test_a_marked_byline_of_a_unit_and_its_writer_with_no_role_word():
    assert parse_byline("■ 县委宣传部　柯一舟") == credits(("柯一舟", "author", "县委宣传部"))
    assert parse_byline("□ 县委宣传部") is None  # a unit alone names no one
    assert parse_byline("■ 县医院 相关") is None  # a word after the unit, no name


def test_a_letters_writer_signs_with_faculty_and_year_or_place_and_trade():
    assert byline_credits("化学工程学院2021级　柯一舟") == credits(
        ("柯一舟", "author", "化学工程学院")
    )
    assert byline_credits("青石县果农　冉二") == credits(("冉二", "author"))
    assert byline_credits("北湖镇退休教师 冉二") == credits(("冉二", "author"))
    # An office is no trade a letter is signed with; a year alone names no unit.
    assert parse_byline("各县区领导 冉二") is None
    assert parse_byline("2021级 冉二") is None


def test_a_department_and_its_writer_in_a_leads_bracket():
    # 宣 and 组 open names too, but a three-character word ending in 部 is an office.
    assert parse_lead("本报讯（宣传部 柯一舟）5月2日，学院举办读书节。").credits == credits(
        ("柯一舟", "author", "宣传部")
    )
    assert byline_credits("（组织部　冉二）") == credits(("冉二", "author", "组织部"))


def test_a_correspondents_unit_and_name_in_a_leads_bracket_spaced_or_run_together():
    # In a lead's bracket a name after a unit may be a word too (卓然); with the spaces
    # lost, the unit and the name are cut where a unit ends.
    expected = [Credit("柯一舟", "reporter"), Credit("卓然", "correspondent", "县水利局")]
    assert parse_lead("本报讯（记者 柯一舟 通讯员 县水利局 卓然）近日，…").credits == expected
    assert parse_lead("本报讯（记者柯一舟通讯员县水利局卓然）近日，…").credits == expected
    assert parse_byline("记者走进县水利局看到") is None  # a clause, no unit
    assert parse_byline("记者联系上了照片所摄的北湖区青石镇") is None  # a place, no name
    # A lead's marker opens a text: its clause is no unit, a villager in it no writer.
    assert parse_byline("本报讯 在西河乡李庄村，村民李建国种") is None


def test_tibetan_and_mongolian_names_with_no_surname_where_credits_stand():
    # Two common elements make a name (普布次仁, 达瓦卓嘎); one alone is a name beside a
    # role word or alone in closing brackets, never a bare word on its own line.
    assert parse_byline("(记者 普布次仁 达瓦卓嘎)") == credits(
        ("普布次仁", "reporter"), ("达瓦卓嘎", "reporter")
    )
    assert parse_byline("本报记者 旦增曲珍 摄") == credits(("旦增曲珍", "photographer"))
    assert parse_byline("通讯员 宝音") == credits(("宝音", "correspondent"))
    assert parse_lead("本报讯（记者王海峰通讯员乌日图雅）6月2日，…").credits == credits(
        ("王海峰", "reporter"), ("乌日图雅", "correspondent")
    )  # a column's wrap closed the spaces: the Mongolian name ends at the bracket
    assert byline_credits("（洛桑平措）") == credits(("洛桑平措", "reporter"))
    assert byline_credits("（斯琴）") == credits(("斯琴", "reporter"))
    assert byline_credits("斯琴") is None
    assert parse_lead("本报讯（德吉 巴图）5月3日，牧民们赶着羊群").credits == credits(
        ("德吉", "reporter"), ("巴图", "reporter")
    )
    assert split_closing_credit("草场围栏全部完工。（索朗德庆）") == (
        "草场围栏全部完工。",
        credits(("索朗德庆", "reporter")),
    )


def test_a_unit_or_its_short_form_before_the_name_is_no_name():
    # A department a rarer surname opens (宣传科, 保卫科) and a publicity office signed
    # in short (检宣, 法宣) say whom the writer works for.
    assert parse_byline("文/图 宣传科 柯雨桐") == credits(("柯雨桐", "author", "宣传科"))
    assert byline_credits("（宣传科 柯雨桐）") == credits(("柯雨桐", "author", "宣传科"))
    assert byline_credits("（检宣 方景行）") == credits(("方景行", "author", "检宣"))
    assert split_closing_credit("民警及时将其送医。（法宣　闻书语）")[1] == credits(
        ("闻书语", "author", "法宣")
    )


def test_a_photo_credited_to_a_unit_leaves_the_line_a_byline():
    # 图/园艺学院: the photos are the unit's; the text's writer is still credited.
    assert parse_byline("文/学生记者 史向晚 图/园艺学院") == credits(("史向晚", "reporter"))
    assert parse_byline("图/园艺学院") is None


def test_names_before_a_role_word_in_closing_brackets():
    # Brackets closing an item hold nothing but credits: the name before 通讯员 is a writer.
    assert split_closing_credit("全镇新栽果树八百亩。（梅若川　通讯员　葛新远）")[1] == credits(
        ("梅若川", "reporter"), ("葛新远", "correspondent")
    )
    assert byline_credits("梅若川 通讯员 葛新远") is None  # alone on its line: maybe wrapped


def test_a_wire_credit_and_dateline_closing_an_item():
    assert byline_credits("（中新社记者　蓝启明　9月2日电）") == credits(
        ("蓝启明", "author", "中新社")
    )


def test_rare_surnames_in_closing_brackets():
    assert byline_credits("（宰一帆）") == credits(("宰一帆", "reporter"))
    assert byline_credits("（宰父清）") == credits(("宰父清", "reporter"))


def test_a_letter_signed_with_the_writers_unit_and_trade():
    assert parse_byline("青河县实验小学教师　温若溪") == credits(
        ("温若溪", "author", "青河县实验小学")
    )
    assert parse_byline("县中医院护士 乔雨桐") == credits(("乔雨桐", "author", "县中医院"))


def test_a_surname_and_a_form_of_address_is_no_signature():
    # （市民 柴女士） after a question names who asked, in the way one speaks of them.
    assert byline_credits("（市民 柴女士）") is None
    assert byline_credits("（柴先生）") is None
    assert not looks_like_name("柴大爷")
    assert byline_credits("（市民 柴静怡）") == credits(("柴静怡", "author"))


def test_a_note_on_the_writer_gives_the_unit_they_teach_at():
    assert parse_byline("作者系临河师范学院教师　龚怀瑾") == credits(
        ("龚怀瑾", "author", "临河师范学院")
    )
