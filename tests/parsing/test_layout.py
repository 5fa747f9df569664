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
