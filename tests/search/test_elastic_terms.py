"""What search/elastic.py sends OpenSearch for a full-text field, read back as the
engine reads it (its `baokan_terms` analyzer; the real engine in
tests/search/external/test_engine.py): exactly the analyzer's terms and positions."""

from search.analyzer import BODY_END, PART_END, PART_GAP, index_positions
from search.elastic import GAP, POSITION_SEPARATOR, TERM_SEPARATOR, pre_analysed


def read_back(sent, gap=PART_GAP):
    """{term: [positions]} as Lucene numbers the values of a field: each value's
    positions after the last one's, `gap` (position_increment_gap) further on."""
    found, last = {}, -1
    for i, value in enumerate([sent] if isinstance(sent, str) else sent):
        position = last + (gap if i else 0)
        for at in value.split(POSITION_SEPARATOR) if value else []:
            position += 1
            if at == GAP:
                continue
            for term in at.split(TERM_SEPARATOR):
                found.setdefault(term, []).append(position)
        last = position
    return found


def test_a_text_without_parts_is_one_value():
    text = "高新区开展污染源普查工作，焦裕禄精神。\n夜市开张"
    assert isinstance(pre_analysed(text), str)
    assert read_back(pre_analysed(text)) == index_positions(text)


def test_an_article_s_parts_are_values_the_engine_keeps_part_gap_apart():
    text = f"市民点赞。{BODY_END}夜市标题{PART_END}，，孙庆辉{PART_END}李亚芬"
    sent = pre_analysed(text)
    assert len(sent) == 4
    assert sum(v.split(POSITION_SEPARATOR).count(GAP) for v in sent) < 5  # not 3 * PART_GAP
    assert read_back(sent) == index_positions(text)
    assert read_back(sent, gap=PART_GAP - 1) != index_positions(text)
