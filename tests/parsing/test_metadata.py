"""Lines of fields an e-paper prints with its items (archive.parsing.metadata)."""

import datetime as dt

import pytest

from archive.parsing.metadata import read_fields
from archive.parsing.result import Credit


def names(fields):
    return [(c.name, c.role) for c in fields.credits]


def test_fields_give_credits_and_the_day():
    fields = read_fields("来源：江城晚报　作者：周明远　2024-06-14 08:30")
    assert names(fields) == [("周明远", "author")] and fields.date == dt.date(2024, 6, 14)
    fields = read_fields("发布时间：2024年06月14日　来源：江城晚报")
    assert names(fields) == [] and fields.date == dt.date(2024, 6, 14)
    assert names(read_fields("【编辑：王强】")) == [("王强", "editor")]
    assert names(read_fields("责编：张三 李四")) == [("张三", "editor"), ("李四", "editor")]
    assert names(read_fields("图：阿依古丽·买买提")) == [("阿依古丽·买买提", "photographer")]
    # A time stamp before the fields.
    fields = read_fields("2022-08-05 10:12:36 来源：青山新闻网")
    assert names(fields) == [] and fields.date == dt.date(2022, 8, 5)
    # A role word inside a field names the people after it.
    fields = read_fields(
        "发布时间：2023-08-21 16:40:11　来源：长岭融媒　作者：符晓东 通讯员 麦秀兰"
    )
    assert names(fields) == [("符晓东", "author"), ("麦秀兰", "correspondent")]
    fields = read_fields("来源：长岭日报　作者：骆海鸥 实习生 王可心")
    assert names(fields) == [("骆海鸥", "author"), ("王可心", "reporter")]
    # An app's stamp to the minute and its outlet, with no label.
    fields = read_fields("2024-05-30 16:05　平乡融媒")
    assert names(fields) == [] and fields.date == dt.date(2024, 5, 30)
    # The source's reporters after its outlet, with no colon of their own.
    fields = read_fields("发布时间：2024-07-03 10:02　来源：青岚晚报　记者 贺欣")
    assert names(fields) == [("贺欣", "reporter")] and fields.date == dt.date(2024, 7, 3)
    fields = read_fields("来源：青岚晚报（记者 贺欣 邝宁）")
    assert names(fields) == [("贺欣", "reporter"), ("邝宁", "reporter")]
    # 文/图 before the names: the field's role stays, the marker is no name.
    fields = read_fields(
        "来源：海城晚报　作者：文/图 韦语嫣　编辑：宁川　发布时间：2025-02-26 09:40"
    )
    assert names(fields) == [("韦语嫣", "author"), ("宁川", "editor")]


@pytest.mark.parametrize(
    "line",
    [
        "记者：在您看来，当前最大的困难是什么？",  # an interview's question
        "记者：您认为",
        "来源：会议指出，要加强工作。",
        "据来源：江城晚报",  # fields from the first character only
        "他说，来源：江城晚报",
        "作者：",
        "作者：记者",
        "区里召开会议。",
        "2022-08-05 区里召开会议",  # a date, then no field
        "2022-08-05 10:12 区里召开会议，部署工作",  # a stamp, then a sentence
        "2022年8月5日",
        # A label ends another staff label (美术编辑): no 编辑 field, and the page's
        # staff line is no article's credit.
        "责任编辑：刘明 美术编辑：张华",
    ],
)
def test_text_is_no_fields(line):
    assert read_fields(line) is None


def test_a_unit_before_the_writers_name_is_their_organisation_not_a_person():
    (credit,) = read_fields("撰稿：实验小学 季一").credits
    assert (credit.name, credit.role, credit.organization) == ("季一", "author", "实验小学")
    (credit,) = read_fields("供稿：护理部 包二").credits
    assert (credit.name, credit.organization) == ("包二", "护理部")
    # A surname opens a name, not a unit: 张科 is a person.
    assert names(read_fields("作者：张科 王明")) == [("张科", "author"), ("王明", "author")]


def test_a_web_letters_times_and_a_stamps_read_counter_are_fields():
    # 网络问政: the day the citizen wrote dates the item, the reply's is the latest.
    fields = read_fields("留言时间：2022-03-07　回复时间：2022-03-15")
    assert (fields.date, fields.last) == (dt.date(2022, 3, 7), dt.date(2022, 3, 15))
    # An app's stamp with how often it was read or liked beside it.
    fields = read_fields("2023-10-02 07:45　　阅读 3.4万")
    assert (fields.date, fields.last) == (dt.date(2023, 10, 2), dt.date(2023, 10, 2))
    assert read_fields("2023-10-02 07:45　点赞 88") is not None


def test_an_author_field_may_name_the_writers_outlet_and_role_first():
    fields = read_fields("来源：江海日报　　作者：新华社记者 贺知远　　2024-09-12")
    # another outlet's reporter, as the byline grammar reads one (and the wire's lead,
    # 新华社北京9月12日电（记者 X）): the item's author, of that outlet
    assert fields.credits == [Credit("贺知远", "author", "新华社")]
    assert fields.date == dt.date(2024, 9, 12)
    assert names(read_fields("作者：本报记者 贺知远")) == [("贺知远", "reporter")]
    # a role word further on names the next ones (见习记者 a reporter, 通讯员 X), and
    # where the reporter sent it from is no name (发自北京)
    more = read_fields("作者：本报特派记者 尤思齐 发自北京")
    assert names(more) == [("尤思齐", "reporter")]
    more = read_fields("作者：本报记者 尤思齐 见习记者 包静怡 通讯员 边凯")
    assert names(more) == [
        ("尤思齐", "reporter"),
        ("包静怡", "reporter"),
        ("边凯", "correspondent"),
    ]
    # a field row of an app, its fields set apart by bars, its desk's sign-off no credit
    row = read_fields("来源：禾阳县融媒体中心 | 记者：柴文博 | 通讯员：仇晓岚 | 审核：梁冬")
    assert names(row) == [("柴文博", "reporter"), ("仇晓岚", "correspondent")]
    assert names(read_fields("作者：本报特约评论员 贺知远")) == [("贺知远", "author")]
