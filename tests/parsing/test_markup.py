"""An e-paper page saved as HTML is read as the text it shows."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.markup import as_shown, has_markup

PAGE = (
    "<html><head><title>清河日报数字报-第02版:要闻</title>"
    "<style>p { margin: 0 }</style></head><body>\n"
    "清河日报&nbsp;&nbsp;2012年5月8日&nbsp;&nbsp;星期二&nbsp;&nbsp;第02版\n"
    "<h1>城东新建两座人行天桥</h1>\n"
    "<p>本报讯（记者&nbsp;邬桐）5月6日，城东两座人行天桥建成通行。</p>\n"
    "<h1>&ldquo;书香校园&rdquo;活动启动</h1>\n"
    "<p>本报讯（通讯员&nbsp;简宁）5月5日，全县&ldquo;书香校园&rdquo;读书活动启动。<br/>"
    "各校将开展读书分享会。</p>\n</body></html>\n"
)


def test_an_html_page_is_read_as_the_text_it_shows():
    page = parse_page(PAGE.encode(), PageMeta(source="p.html"))
    bridges, books = page.articles
    assert (bridges.title, books.title) == ("城东新建两座人行天桥", "“书香校园”活动启动")
    assert [(c.name, c.role) for c in bridges.credits] == [("邬桐", "reporter")]
    assert [(c.name, c.role) for c in books.credits] == [("简宁", "correspondent")]
    assert str(page.date) == "2012-05-08" and str(bridges.date) == "2012-05-06"
    assert "<" not in page.text and "&nbsp;" not in page.text
    # Spans point into the text read, as for any page.
    start, end = bridges.span
    assert page.text[start:end].startswith("# 城东新建两座人行天桥")
    assert any("HTML" in w for w in page.warnings)


def test_markup_is_told_from_text_that_mentions_it():
    assert has_markup(PAGE)
    assert not has_markup("PM2.5<35微克/立方米的天数增加，A&B两家企业达标。")
    shown = as_shown("<p>第一段</p><p>第二段<br>续行</p><script>var x = 1;</script>")
    assert shown == "第一段\n第二段\n续行\n"
