"""Items a page prints that are no news story with a headline (archive/parsing/items.py):
public notices under a one-word head, service listings, label-only items, photo
spreads. Every page here is invented; each case is a general form, not one paper's
page."""

from archive.parsing import PageMeta, parse_page


def parse(text):
    return parse_page(text.encode("utf-8"), PageMeta(source="page.txt"))


def credits(article):
    return [(c.name, c.role) for c in article.credits]


NEWS = "南溪新建口袋公园\n本报讯（记者 柏一帆）5月3日，南溪街道首个口袋公园建成开放。\n\n"


def test_a_letter_spaced_notice_word_heads_its_notice_and_its_signature_is_its_text():
    for head in ("公  示", "公   告", "启　事"):
        page = parse(
            f"{NEWS}{head}\n"
            "经研究，拟推荐柯一鸣等2名同志为先进个人，现予公示。公示期为5月4日至5月10日。\n"
            "中共南溪街道工作委员会\n"
            "2022年5月3日\n"
        )
        news, notice = page.articles
        assert notice.title == "".join(head.split())
        assert credits(notice) == [] and notice.body.startswith("经研究")
        # The issuer and the day under it close the notice: no headline of anything.
        assert notice.body.endswith("2022年5月3日") and not page.leftovers


def test_an_appointments_notice_keeps_its_head_when_a_signed_notice_follows():
    # The signature closing the 公示 under it is its text, so no headline printed
    # apart to title the appointments with.
    page = parse(
        f"{NEWS}人事任免\n"
        "南溪区人大常委会第九次会议决定：任命柯一鸣为南溪区教育局局长。\n\n"
        "公  示\n"
        "经研究，拟推荐邝小禾等2名同志为先进个人，现予公示。\n"
        "中共南溪区委组织部\n"
        "2022年5月3日\n"
    )
    assert [a.title for a in page.articles] == ["南溪新建口袋公园", "人事任免", "公示"]


def test_under_a_notice_word_a_full_narrow_line_runs_on_into_its_text():
    # The notice's first line breaks between two words (改造 / 施工): read alone, it
    # says no sentence, as a headline line would not either.
    page = parse(
        "南溪县报\n2022年5月4日\n第 2 版\n\n"
        "城南新建口袋公园\n本报讯 5月3日，城南街道\n首个口袋公园建成开放，占\n"
        "地两千平方米，设有健身步\n道和儿童游乐区。\n通讯员 柏一帆\n\n"
        "公   告\n"
        "因滨河路雨污分流管网改造\n"
        "施工，自2022年5月8日起，\n"
        "滨河路（中山路至解放路段\n"
        "）封闭施工，预计工期30天\n"
        "。请过往车辆绕行。\n"
        "南溪区住房和城乡建设局\n"
        "2022年5月4日\n"
    )
    notice = page.articles[-1]
    assert notice.title == "公告"
    assert notice.body.startswith("因滨河路雨污分流管网改造施工，自2022年5月8日起")


def test_a_weather_and_a_tv_listing_are_no_articles():
    page = parse(
        f"{NEWS}天气预报\n"
        "今天 多云 12℃～20℃ 东风2级\n"
        "明天 小雨 10℃～16℃ 北风3级\n"
        "空气质量：优\n\n"
        "电视节目\n"
        "南溪综合频道\n"
        "07:00 南溪早新闻\n"
        "19:30 南溪新闻\n"
        "南溪文旅频道\n"
        "20:10 纪录片：古镇春秋\n\n"
        "城西菜场完成提升改造\n"
        "5月2日，城西菜场完成提升改造，新增摊位40个。\n"
    )
    assert [a.title for a in page.articles] == ["南溪新建口袋公园", "城西菜场完成提升改造"]
    assert "南溪早新闻" not in page.articles[0].body


def test_a_match_schedule_under_its_heading_is_no_article():
    page = parse(
        f"{NEWS}赛程预告\n"
        "5月6日 19:30 市篮球联赛第5轮 南溪队VS北岭队（市体育馆）\n"
        "5月7日 15:00 市足球联赛第3轮 东港队VS西山队（奥体中心）\n"
    )
    assert len(page.articles) == 1 and "篮球联赛" not in page.articles[0].body


def test_a_spreads_credited_captions_under_its_uncredited_text_are_its_own():
    page = parse(
        "山城晚报　2024年10月3日　星期四　A06\n\n"
        "秋色满山城\n"
        "十月的山城，层林尽染，处处是收获的景象。\n"
        "10月1日，游客在南山观景台拍摄红叶。 本报记者 邱白露 摄\n"
        "10月2日，果农在北岭果园采摘柿子。 通讯员 冉秋实 摄\n\n"
        "城南新建口袋公园\n"
        "本报讯（记者 柏一帆）10月2日，城南街道首个口袋公园建成开放。\n"
    )
    spread, news = page.articles
    assert spread.title == "秋色满山城" and "北岭果园" in spread.body
    assert credits(spread) == [("邱白露", "photographer"), ("冉秋实", "photographer")]
    assert news.title == "城南新建口袋公园"


def test_a_columns_label_under_finished_text_opens_a_short_item_of_its_own():
    for label in ("读者来信 6612345", "【社区公告】", "律师信箱", "【快讯】"):
        page = parse(
            f"{NEWS}城西菜场完成提升改造\n"
            "5月2日，城西菜场完成提升改造，新增摊位40个。（记者 邝小禾）\n"
            f"{label}\n"
            "北岭小区居民来电反映，小区东门路灯损坏多日，夜间出行不便。\n"
            "记者 柯一鸣\n"
        )
        market, item = page.articles[1:]
        assert credits(market) == [("邝小禾", "reporter")]
        assert item.body.startswith("北岭小区居民来电反映")
        assert credits(item) == [("柯一鸣", "reporter")]


def test_a_sections_head_inside_a_long_article_is_no_label():
    # A head over more of the same story, longer than any brief, stays in it.
    section = "镇里组织农技人员分片包村，逐户指导茶农科学施肥、防治病虫害。" * 5
    page = parse(
        "茶园春管忙\n本报讯（记者 柏一帆）4月2日，南岭镇三千亩茶园进入春管时节。\n"
        "技术先行\n"
        f"{section}\n{section}\n"
    )
    assert len(page.articles) == 1


def test_an_issuer_and_a_day_under_finished_text_sign_it():
    page = parse(
        f"{NEWS}【社区公告】\n"
        "5月6日上午，北岭社区服务中心将举办免费义诊，请居民携带医保卡参加。\n"
        "北岭社区居委会\n"
        "2022年5月4日\n"
    )
    item = page.articles[-1]
    assert item.body.endswith("2022年5月4日") and not page.leftovers


def test_a_signed_poem_after_an_essay_is_an_item_of_its_own():
    page = parse(
        "山居秋暝\n◇柯一鸣\n"
        "入秋以后，山里的早晨总是起雾，推开窗，远处的竹林只剩一道淡淡的影子。\n\n"
        "新诗\n"
        "霜降\n"
        "邝小禾\n"
        "田埂上落了白霜\n"
        "稻草人还守着空田\n"
        "一只麻雀\n"
        "把冬天衔进屋檐\n"
        "《山城旧事》再版\n"
        "3月2日，本地作家柏一帆的散文集《山城旧事》再版。\n"
    )
    essay, poem, book = page.articles
    assert (poem.kicker, poem.title, credits(poem)) == ("新诗", "霜降", [("邝小禾", "author")])
    assert poem.body.startswith("田埂上落了白霜") and "屋檐" in poem.body
    assert book.title == "《山城旧事》再版" and "霜降" not in essay.body


def test_a_label_in_brackets_or_with_its_telephone_names_the_items_column():
    for label, column in (("读者来信 6612345", "读者来信"), ("【社区公告】", "社区公告")):
        page = parse(
            f"{NEWS}城西菜场完成提升改造\n"
            "5月2日，城西菜场完成提升改造，新增摊位40个。（记者 邝小禾）\n"
            f"{label}\n"
            "北岭小区居民来电反映，小区东门路灯损坏多日，夜间出行不便。\n"
            "记者 柯一鸣\n"
        )
        item = page.articles[-1]
        assert item.column == column and item.title.startswith("北岭小区居民来电反映")
