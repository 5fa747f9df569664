from archive.parsing.headlines import derive_title, looks_like_column, match_orphans, read_header
from archive.parsing.layout import build_units, split_lines


def header_of(text, **kwargs):
    return read_header(build_units(split_lines(text)), **kwargs)


def test_wrapped_title_lines_join_into_one_title():
    assert (
        header_of("高新区财政金融局\n开展预算绩效管理培训").title
        == "高新区财政金融局开展预算绩效管理培训"
    )
    assert header_of("高新投控集团\n为患病职工爱心捐款").title == "高新投控集团为患病职工爱心捐款"


def test_paired_phrases_above_a_title_are_its_kicker():
    header = header_of("您上班 我带娃\n高新区工会举办爱心托管班")
    assert (header.kicker, header.title) == ("您上班 我带娃", "高新区工会举办爱心托管班")


def test_rubric_column_title_and_subtitle():
    assert header_of("■新年开新局").kicker == "新年开新局"
    header = header_of("党建连连看\n\n前程办事处：深化以案促改 护航脱贫攻坚")
    assert (header.column, header.title) == ("党建连连看", "前程办事处：深化以案促改 护航脱贫攻坚")
    header = header_of(
        "## 高新区召开环境污染防治工作会议\n\n尽职责，严分工，\n全力改善全区空气质量"
    )
    assert header.title == "高新区召开环境污染防治工作会议"
    assert header.subtitle == "尽职责，严分工，全力改善全区空气质量"


def test_known_columns_come_from_the_manifest():
    # A paper's own column is known from its manifest, not from a word list.
    assert not looks_like_column("高新区动态")
    assert looks_like_column("高新区动态", known=("高新区动态",))
    assert looks_like_column("经济快讯") and looks_like_column("图片新闻")
    assert not looks_like_column("高新区召开党政联席会议")
    assert looks_like_column("民生", known=("民生",))


def test_headlines_match_articles_by_content_not_position():
    articles = [
        "本报讯 高新区财政金融局举办预算绩效管理培训班开班仪式。",
        "本报讯 为保障嵩山北路和化肥东路全线贯通，石佛办事处成立工作专班。",
        "本报讯 高新投控集团发出倡议，为罹患重病的职工捐款。",
    ]
    headlines = [
        "高新投控集团为患病职工爱心捐款",
        "嵩山北路、化肥东路打通提速",
        "开展预算绩效管理培训",
    ]
    got = {m.unit_index: m.article_index for m in match_orphans(headlines, articles)}
    assert got == {0: 2, 1: 1, 2: 0}


def test_a_headline_that_matches_nothing_is_not_forced_onto_an_article():
    assert match_orphans(["铆足了劲 加压奋进 做优做强"], ["本报讯 区里召开会议。"]) == []


def test_derived_titles_come_from_the_first_sentence():
    title = derive_title("2月8日上午，高新投控集团召开深化国企改革专题研讨会议。会议围绕…")
    assert title == "高新投控集团召开深化国企改革专题研讨会议"
    assert len(derive_title("甲" * 100)) == 30
