from archive.parsing.layout import build_units, split_lines
from archive.parsing.segment import segment


def drafts_of(text):
    return segment(build_units(split_lines(text)))


def test_lead_markers_and_bylines_delimit_articles():
    seg = drafts_of(
        "本报讯 第一篇的正文。\n记者 孙庆辉\n\n第二篇的标题\n本报讯 第二篇的正文。\n记者 王赛华\n"
    )
    assert len(seg.drafts) == 2
    assert seg.drafts[1].header[0].text == "第二篇的标题"
    assert [u.credits[0].name for u in seg.drafts[1].bylines] == ["王赛华"]


def test_a_signature_under_a_title_belongs_to_the_header():
    seg = drafts_of(
        "当好百姓的勤务员\n\n□高亢\n\n高新区强音\n\n“当官不为民作主”，这句唱词脍炙人口。\n"
    )
    (draft,) = seg.drafts
    assert [u.kind for u in draft.header] == ["text", "byline", "text"]
    assert len(draft.body) == 1


def test_a_headline_followed_by_text_opens_a_new_article_without_a_lead():
    seg = drafts_of(
        "本报讯 评论正文说完了。\n\n高新区视窗\n\n城市新地标 打卡网红桥\n\n夏日的夜空下，市民打卡拍照。\n\n本报记者 刘金元 摄\n"
    )
    assert len(seg.drafts) == 2
    assert [u.text for u in seg.drafts[1].header] == ["高新区视窗", "城市新地标 打卡网红桥"]
    assert seg.drafts[1].bylines[0].credits[0].role == "photographer"


def test_headlines_at_the_end_of_the_page_are_orphans():
    seg = drafts_of("本报讯 正文。\n记者 孙庆辉\n\n嵩山北路打通提速\n\n■铆足了劲 加压奋进\n")
    assert len(seg.drafts) == 1
    assert [u.text for u in seg.orphans] == ["嵩山北路打通提速", "■铆足了劲 加压奋进"]


def test_markdown_headings_open_articles_even_without_a_lead():
    seg = drafts_of(
        "# 大标题\n\n## 小标题\n\n11月1日上午，正文开始。\n\n## 第二篇\n\n本报讯 第二篇正文。\n"
    )
    assert len(seg.drafts) == 2
    assert [u.text for u in seg.drafts[0].header] == ["大标题", "小标题"]
