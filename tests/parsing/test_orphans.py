"""Headlines printed apart are assigned to articles all at once, not one by one."""

from archive.parsing import orphans


def test_each_headline_gets_the_article_it_announces():
    headlines = ["财政局举办预算绩效管理培训", "城管局开展执法队伍培训"]
    articles = [
        "本报讯 城管局组织开展了执法队伍培训，执法队员参加。",
        "本报讯 财政局举办预算绩效管理培训班，各单位参加。",
    ]
    got = {(m.headline, m.article) for m in orphans.assign(headlines, articles)}
    assert got == {(0, 1), (1, 0)}


def test_the_assignment_is_optimal_where_a_greedy_pick_is_not():
    # Best pair first would give article 0 to headline 0 (0.9) and leave headline 1 the
    # poor article 1 (0.35): 1.25 in all. The assignment gives 0.8 + 0.85 = 1.65.
    matches = orphans.pick([[0.9, 0.8], [0.85, 0.35]])
    assert {(m.headline, m.article) for m in matches} == {(0, 1), (1, 0)}
    assert [round(m.margin, 2) for m in sorted(matches, key=lambda m: m.headline)] == [-0.1, 0.5]


def test_a_headline_that_shares_nothing_is_left_out():
    assert orphans.assign(["完全无关的标题"], ["本报讯 区里召开会议。"]) == []
    assert orphans.assign([], ["正文"]) == []


def test_a_short_headline_that_shares_characters_but_no_pair_finds_its_article():
    headlines = ["桥与河"]
    articles = [
        "本报讯 区里召开会议，部署下一阶段的重点工作。",
        "古镇有一座石桥，河水从桥下流过，桥身已有三百年。",
    ]
    assert [(m.headline, m.article) for m in orphans.assign(headlines, articles)] == [(0, 1)]
