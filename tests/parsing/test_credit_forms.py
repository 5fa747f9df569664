"""Credit forms of other papers' pages (archive.parsing.credits): leads and closing
credits the byline grammar reads as a careful reader does. Plain pytest: no database."""

from archive.parsing.credits import byline_credits, parse_lead
from archive.parsing.result import Credit


def credits(*triples):
    return [Credit(*t) for t in triples]


def test_a_marker_and_its_byline_on_a_line_of_their_own_credit_every_name():
    # The text goes on under it (报道：…); the marker is no word of the byline.
    assert byline_credits("本报讯 记者林海波 通讯员赵一鸣") == credits(
        ("林海波", "reporter"), ("赵一鸣", "correspondent")
    )


def test_an_unbracketed_credit_after_the_marker_may_open_with_a_rubric_mark():
    lead = parse_lead("本报讯 ■记者 石海川 通讯员 阿依努尔·吐尔逊 8月3日，团场的棉花开始采收。")
    assert lead.credits == credits(("石海川", "reporter"), ("阿依努尔·吐尔逊", "correspondent"))
    assert lead.rest == "8月3日，团场的棉花开始采收。"


def test_credit_parts_set_apart_by_commas_up_to_reported():
    lead = parse_lead("本报佛山3月8日讯  记者陈嘉文、何子健，通讯员罗敏报道：3月8日，新馆开放。")
    assert lead.credits == credits(
        ("陈嘉文", "reporter"), ("何子健", "reporter"), ("罗敏", "correspondent")
    )
    assert lead.rest == "3月8日，新馆开放。"


def test_a_comma_inside_prose_before_reported_is_no_credit():
    lead = parse_lead("本报讯 记者从市教育局获悉，据媒体报道：今年秋季新增学位三千个。")
    assert lead.credits == []


def test_names_a_wrap_ran_together_are_cut_where_every_name_has_a_common_surname():
    # （记者 李晓云 / 郑华）joined across the wrap: not 李晓 云郑华, 云 a rare surname.
    lead = parse_lead("新华社广州5月2日电（记者 李晓云郑华）记者2日从港口获悉，航线开通。")
    assert [c.name for c in lead.credits] == ["李晓云", "郑华"]
