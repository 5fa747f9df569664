from archive.parsing.layout import build_units, split_lines

NARROW = """本报讯 7月5日，高新区财
政金融局举办预算绩效管理培
训班开班仪式。

高新区全面深化改革工作
领导小组副组长兼办公室主
任周爱荣提出，举办本次培训是
提升履职能力助推

“十四五”开好局的有效途径。
记者 孙庆辉
通讯员 黄梦玮
"""

WIDE = """本报讯 6月1日上午，督导组一行来到地铁3号线施工现场。武斌表示，施工单位要让辖区群众早日享受到便捷的

交通设施，助力区域发展。

后续项目将按照三部委要求，推动全区经济社会平稳健康发展。记者 王赛华

区统计局签订2020年个人目标责任书
"""


def kinds(units):
    return [u.kind for u in units]


def test_split_lines_keeps_offsets_into_the_source():
    text = "甲乙\n\n## 丙丁\n"
    lines = split_lines(text)
    assert [(ln.start, ln.end) for ln in lines] == [(0, 2), (3, 3), (4, 9), (10, 10)]
    assert lines[2].level == 2 and lines[2].text == "丙丁"
    assert text[lines[2].start : lines[2].end] == "## 丙丁"


def test_narrow_columns_join_lines_and_bridge_column_breaks():
    units = build_units(split_lines(NARROW))
    assert kinds(units) == ["lead", "text", "byline", "byline"]
    assert units[0].text == "本报讯 7月5日，高新区财政金融局举办预算绩效管理培训班开班仪式。"
    # The blank line after 助推 is a column break: the sentence goes on.
    assert units[1].text.endswith("提升履职能力助推“十四五”开好局的有效途径。")
    assert [c.name for c in units[2].credits] == ["孙庆辉"]


def test_wide_lines_are_paragraphs_and_inline_bylines_split_off():
    units = build_units(split_lines(WIDE))
    assert kinds(units) == ["lead", "text", "byline", "text"]
    assert units[0].text.endswith("便捷的交通设施，助力区域发展。")
    assert units[1].text.endswith("平稳健康发展。")
    assert units[2].credits[0].name == "王赛华"
    assert units[3].text == "区统计局签订2020年个人目标责任书"


def test_a_headline_after_a_byline_is_not_joined_to_anything():
    text = "正文结束了。\n记者 孙庆辉\n\n高新投控集团\n为患病职工爱心捐款\n\n嵩山北路打通提速\n"
    units = build_units(split_lines(text))
    assert kinds(units) == ["text", "byline", "text", "text"]
    assert [ln.text for ln in units[2].lines] == ["高新投控集团", "为患病职工爱心捐款"]


def test_a_narrow_paragraph_cut_before_its_first_comma_goes_on_at_a_full_column():
    lines = [
        "会议强调，要统一思想提高",
        "认识，确保工作落实到位，",
        "推动各项任务见到实效。",
        "",
        "高新投控集团班子成员及二",
        "级集团主要负责人参加本次",
        "",
        "会议。",
    ]
    assert {len(ln) for ln in lines[:2] + lines[4:6]} == {12}
    units = build_units(split_lines("\n".join(lines)))
    assert [u.text for u in units][-1] == "高新投控集团班子成员及二级集团主要负责人参加本次会议。"


def test_column_breaks_inside_brackets_quotes_and_before_commas_are_bridged():
    text = (
        "本报讯 会议开始了。\n\n会议还宣读了《前程办事处扶贫领域以案促改集中行动\n\n"
        "落实办法》，明确了时间节点。\n\n要严格落实值班制度，通过“边检查边宣传”\n\n"
        "，推动安全生产责任落实。\n"
    )
    texts = [u.text for u in build_units(split_lines(text))]
    assert (
        texts[1] == "会议还宣读了《前程办事处扶贫领域以案促改集中行动落实办法》，明确了时间节点。"
    )
    assert texts[2] == "要严格落实值班制度，通过“边检查边宣传”，推动安全生产责任落实。"


def test_lines_that_cannot_be_headlines():
    text = "本报讯 会议开始了。\n\n同时高新投资控股集团有限公司要完善新政务服务大厅\n\n提升工作是切实解决企业办事的\n"
    units = build_units(split_lines(text))
    assert not any(u.is_headline_like(50) for u in units[1:])
    assert build_units(split_lines("金桥办事处开展金融知识普及\n"))[0].is_headline_like(50)


def test_a_name_and_a_mark_after_a_sentence_are_not_a_byline():
    units = build_units(split_lines("奠定\n了良好基础。连日来，文\n苑街道开展创建。\n"))
    assert [u.kind for u in units] == ["text"]
