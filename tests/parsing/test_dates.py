import datetime as dt

import pytest

from archive.parsing import almanac, dates


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("本报讯 7月5日，高新区财政金融局举办", dt.date(2021, 7, 5)),
        ("2月 11日上午，洛阳高新区", dt.date(2021, 2, 11)),
        ("为推动工作再上新台阶，6月21日，高新区李万街道开展", dt.date(2021, 6, 21)),
        ("省财政厅于5月25日发行", dt.date(2021, 5, 25)),
        ("夏日的夜空下。图为6月25日，璀璨灯光下的大桥。", dt.date(2021, 6, 25)),
        ("六月二十五日上午，区里召开", dt.date(2021, 6, 25)),
        ("2019年11月4日一大早", dt.date(2019, 11, 4)),
        # A lead whose only date starts a change is dated by it; one that states an
        # event's own date is dated by that.
        ("为保障全线贯通，自6月29日起，高新区石佛办事处成立专班", dt.date(2021, 6, 29)),
        ("2月26日起，星城公交新增两条夜班线路", dt.date(2021, 2, 26)),
        ("自3月4日起实施的新规，7月1日迎来首次检查", dt.date(2021, 7, 1)),
        ("2021.3.2，汉滨区启动春季植树活动", dt.date(2021, 3, 2)),
        ("全年产值增长2021.3万元", None),
        ("截至6月30日，全区已完成", dt.date(2021, 6, 30)),  # as of: the figures' day
        ("近日，高新投控集团发出倡议", None),
        ("连日来，文苑街道以创建为动能", None),
        ("6月份以来，该区检查组已走访", None),
    ],
)
def test_lead_date_with_the_issue_year(lead, expected):
    assert dates.lead_date(lead, issue_year=2021)[0] == expected


def test_the_confidence_says_where_the_year_came_from():
    assert dates.lead_date("2023年6月25日下午", issue_year=2021)[1] == "printed"
    assert dates.lead_date("6月25日下午", issue_year=2021)[1] == "issue_year"
    assert dates.lead_date("6月25日下午", issue_year=2021, year_inferred=True)[1] == "inferred_year"
    assert dates.lead_date("6月25日下午") == (None, "none")


def test_relative_dates_resolve_only_against_an_exact_issue_date():
    issue = dt.date(2021, 7, 9)
    assert dates.lead_date("昨日，区里召开", issue_date=issue, exact_issue=True) == (
        dt.date(2021, 7, 8),
        "relative",
    )
    assert dates.lead_date("昨日，区里召开", issue_year=2021) == (None, "none")
    assert dates.lead_date("前晚7时许，一名男孩", issue_date=issue, exact_issue=True) == (
        dt.date(2021, 7, 7),
        "relative",
    )
    assert dates.lead_date("近日，区里召开", issue_date=issue, exact_issue=True) == (None, "none")
    # 今天 in a quotation is the speaker's day: the lead's own date follows it.
    quoted = "“今天的菜真香！”7月7日中午，在城关小学食堂，学生们说。"
    assert dates.lead_date(quoted, issue_date=issue, exact_issue=True) == (
        dt.date(2021, 7, 7),
        "issue_year",
    )


def test_a_december_event_in_a_january_issue_is_last_year():
    got, _ = dates.lead_date("12月30日，区里召开", issue_date=dt.date(2022, 1, 4), exact_issue=True)
    assert got == dt.date(2021, 12, 30)


@pytest.mark.parametrize(
    "text, year",
    [
        ("对2021年的工作进行总结，对2022年的工作进行谋划", 2022),
        ("自2017年启动第二次全国污染源普查以来，高新区", None),
        ("自 2017年启动第二次普查以来。2019年完成", 2019),
        ("没有年份的一页", None),
        # Targets and decades are no issue's year; a plan far past what the page reports is not either.
        ("到2035年基本实现现代化，2020年全区经济平稳", 2020),
        ("2030年前碳达峰。2021年工作要点", 2021),
        ("上世纪1990年代以来。2019年完成改造", 2019),
        ("2019年12月28日，会议举行。到本世纪中叶即2050年，建成强国", 2019),
        ("2019年12月28日，会议举行。2020年的工作，要稳字当头", 2020),
    ],
)
def test_infer_year(text, year):
    assert dates.infer_year(text) == year


def test_dates_from_file_names_and_mastheads():
    assert dates.date_from_filename("gxsb_20210709_p3.txt") == dt.date(2021, 7, 9)
    assert dates.date_from_filename("2021-07-09-a1.txt") == dt.date(2021, 7, 9)
    assert dates.date_from_filename("000_ad1081d1cb05899c.txt") is None
    assert dates.banner_date("2021年7月9日 星期五") == dt.date(2021, 7, 9)
    assert dates.banner_date("2021年7月9日，区里召开会议") is None
    assert dates.banner_date("汉滨资讯 2024.03.05 星期二 第4版") == dt.date(2024, 3, 5)
    # A running head repeated mid-page: page code, section and paper beside the date.
    assert dates.banner_date("A06 城事  西山晚报  2024年5月14日") == dt.date(2024, 5, 14)
    assert dates.banner_date("城事 2024年5月14日") is None
    # Dates in Chinese numerals, an issue's number, a page number between dashes.
    assert dates.banner_date("二〇一九年九月二十日　星期五") == dt.date(2019, 9, 20)
    assert dates.banner_date("东湖侨报  二〇二〇年一月十日  第二版") == dt.date(2020, 1, 10)
    assert dates.bare_date("二〇二〇年一月十日") == dt.date(2020, 1, 10)
    assert dates.banner_date("二〇二〇年一月十日，全县召开大会。") is None
    assert dates.banner_date("第812期　2023年10月15日") == dt.date(2023, 10, 15)
    assert dates.banner_date("- 6 -      汾西日报 2021.5.20") == dt.date(2021, 5, 20)
    # OCR's letter-spaced masthead: the paper's name and issue number read as printed.
    assert dates.banner_date("东 江 农 学 院 报 第 57 期 1998年4月2日") == dt.date(1998, 4, 2)
    assert dates.banner_date("北 岸 周 报 1994年3月6日") == dt.date(1994, 3, 6)
    assert dates.banner_date("会 议 于 1994年3月6日 举 行") is None
    # A name that is no paper's beside an issue number: a masthead only at the page's head.
    assert dates.banner_date("青禾农技 第14期 2022年5月20日") is None
    assert dates.banner_date("青禾农技 第14期 2022年5月20日", at_head=True) == dt.date(2022, 5, 20)
    assert dates.banner_date("截至2024年5月14日 A06") is None
    assert dates.banner_date("第4版 2024/3/5 要闻") == dt.date(2024, 3, 5)
    # No weekday: beside a page label, or only the paper's name (东湖日报 2024年4月2日).
    assert dates.banner_date("东湖日报 2024年4月2日 第5版") == dt.date(2024, 4, 2)
    assert dates.banner_date("第5版 2024年4月2日 要闻") == dt.date(2024, 4, 2)
    assert dates.banner_date("青江日报2024年3月12日") == dt.date(2024, 3, 12)
    # A county media centre publishes its items under its name and the day.
    assert dates.banner_date("石门县融媒体中心　2023年9月19日") == dt.date(2023, 9, 19)
    assert dates.banner_date("县融媒体中心记者 2023年9月19日") is None
    assert dates.banner_date("第5版，2024年4月2日会议") is None
    assert dates.banner_date("本报2024年4月2日讯") is None
    # A date alone is the page's only at its head (take_mastheads), not anywhere.
    assert dates.banner_date("2024年4月2日") is None
    assert dates.bare_date("2024年4月2日") == dt.date(2024, 4, 2)
    assert dates.page_label("第3版 综合新闻") == "第3版"
    assert dates.page_label("A2版") == "A2版"


def test_a_leads_day_without_a_month_is_of_an_exact_issues_month():
    issue = dt.date(2019, 9, 20)
    assert dates.lead_date(
        "本报讯（通讯员 詹友谊）19日上午，菊花展开幕。", issue_date=issue, exact_issue=True
    ) == (
        dt.date(2019, 9, 19),
        "relative",
    )
    # Later than the issue's day: the month before. No exact issue date: no date.
    assert dates.lead_date("本报讯 28日，区里召开会议。", issue_date=issue, exact_issue=True)[
        0
    ] == dt.date(2019, 8, 28)
    assert dates.lead_date("本报讯 28日，区里召开会议。", issue_year=2019)[0] is None
    assert dates.lead_date("本报讯 本月8日，区里召开会议。", issue_date=issue, exact_issue=True)[
        0
    ] == dt.date(2019, 9, 8)
    # The day may open the lead itself (an evening paper's, with no 本报讯).
    assert dates.lead_date("8日下午，记者走进救助站。", issue_date=issue, exact_issue=True)[
        0
    ] == dt.date(2019, 9, 8)
    assert dates.lead_date("活动共有12日的展期。", issue_date=issue, exact_issue=True)[0] is None
    # Whatever follows the day (起, 从, a verb), unless it counts days (5日内, 3日游).
    for lead, day in [
        ("本报讯 18日起，城南小学门口增设护学岗。", 18),
        ("本报讯（记者 甘露）记者5日从县卫健局获悉，全县推行签约服务。", 5),
        ("本报讯 白岩村自筹资金修建的水电站，本月十五日正式发电。", 15),
    ]:
        assert dates.lead_date(lead, issue_date=issue, exact_issue=True)[0] == dt.date(
            2019, 9, day
        ), lead
    # The day the paper printed an earlier report is not the follow-up's event.
    follow_up = (
        "本报9月2日刊登的《路灯不亮》一文见报后，城管部门立即维修。9月16日，记者回访看到路灯已亮。"
    )
    assert dates.lead_date(follow_up, issue_date=issue, exact_issue=True)[0] == dt.date(2019, 9, 16)
    for lead in ("本报讯 游客可在5日内免费参观。", "本报讯 县里推出3日游线路。"):
        assert dates.lead_date(lead, issue_date=issue, exact_issue=True)[0] is None, lead
    # A dateline wrapped inside its day (5月2 / 2日电) is no day alone.
    assert dates.lead_date("新华社北京5月2 2日电 国务院", issue_date=issue, exact_issue=True)[
        0
    ] != (dt.date(2019, 9, 2))


def test_ocr_letters_inside_a_date_read_as_its_figures():
    # OCR's 曰 for 日 and l or I for 1, only where a month and a day stand around them.
    for lead in ("本报讯 9月l曰，城西中学新校区启用。", "本报讯 9月1曰，城西中学新校区启用。"):
        assert dates.lead_date(lead, issue_year=1986)[0] == dt.date(1986, 9, 1), lead
    assert dates.lead_date("本报讯 9月l日起，城西中学实行新作息。", issue_year=1986)[0] == (
        dt.date(1986, 9, 1)
    )
    assert dates.lead_date("本报讯 11月2I曰，县里召开表彰会。", issue_year=1986)[0] == (
        dt.date(1986, 11, 21)
    )
    # Elsewhere 曰 is a word (子曰) and l a letter: no date is made of them.
    assert dates.mend_ocr_dates("子曰：学而时习之。l曰") == "子曰：学而时习之。l曰"
    # A relative day OCR'd so (昨曰) is that day still.
    issue = dt.date(2019, 11, 5)
    assert dates.lead_date("记者昨曰从市气象台获悉，", issue_date=issue, exact_issue=True) == (
        dt.date(2019, 11, 4),
        "relative",
    )


def test_ocr_letters_for_zero_and_one_in_a_month_or_day_and_in_a_masthead():
    # O for 0 in the day, l for 1 in the month: read only inside a date's shape.
    assert dates.lead_date("本报讯 8月2O日，南塘镇举办荷花节。", issue_year=2015)[0] == (
        dt.date(2015, 8, 20)
    )
    assert dates.lead_date("本报讯 l1月3曰至5曰，县运动会举行。", issue_year=1988)[0] == (
        dt.date(1988, 11, 3)
    )
    assert dates.mend_ocr_dates("型号KO7月1O日") == "型号KO7月1O日"  # after a letter: no date
    # An OCR'd masthead with 曰 dates the page.
    assert dates.banner_date("东 山 日 报 1987年11月3曰 星期二 第二版") == dt.date(1987, 11, 3)
    assert dates.bare_date("1987年11月3曰") == dt.date(1987, 11, 3)


def test_a_day_alone_in_chinese_numerals_is_of_the_issues_month_like_one_in_figures():
    issue = dt.date(1975, 4, 22)
    for lead, day in [
        ("本报讯 记者二十日从县供销社了解到，春耕物资已运抵各大队。", 20),
        ("本报讯 九日，东风大队的拖拉机手开始犁田。", 9),
        ("本报讯 全县民兵于十五日举行会操。", 15),
    ]:
        assert dates.lead_date(lead, issue_date=issue, exact_issue=True)[0] == dt.date(
            1975, 4, day
        ), lead
    # 一日 inside a phrase or before a count is a day's length, not a date.
    for lead in ("本报讯 饲养员日复一日地照料耕牛。", "本报讯 一日三餐都有热饭菜。"):
        assert dates.lead_date(lead, issue_date=issue, exact_issue=True)[0] is None, lead


def test_a_day_of_the_week_resolves_against_the_issues_week_which_starts_on_monday():
    thursday = dt.date(2018, 6, 14)
    for lead, expected in [
        ("本报讯 上周五，城北小学举行毕业典礼。", dt.date(2018, 6, 8)),
        ("本报讯 上星期日，县篮球联赛落幕。", dt.date(2018, 6, 10)),
        ("本报讯 县医院上个礼拜三开通了夜间门诊。", dt.date(2018, 6, 6)),
        ("本报讯 本周一，县城新开两条公交线路。", dt.date(2018, 6, 11)),
        ("本报讯 这周二，河东村的桑葚开始采摘。", dt.date(2018, 6, 12)),
        ("本报讯 下周一起，城区实行错峰上学。", dt.date(2018, 6, 18)),
        # Alone, a day not after the issue's is this week's.
        ("本报讯 星期二，县农机站派人下乡检修收割机。", dt.date(2018, 6, 12)),
    ]:
        assert dates.lead_date(lead, issue_date=thursday, exact_issue=True) == (
            expected,
            "relative",
        ), lead
    for lead in (
        "本报讯 星期六，县农机站派人下乡检修收割机。",  # this week's or last week's
        "本报讯 每星期三，志愿者到敬老院理发。",  # every Wednesday
        "本报讯 周三，县农机站派人下乡检修收割机。",  # 周 may be a surname
        "本报讯 日本周一发布的数据显示出口回升。",  # Japan, on Monday
    ):
        assert dates.lead_date(lead, issue_date=thursday, exact_issue=True)[0] is None, lead
    # With no issue day known the week is unknown.
    assert dates.lead_date("本报讯 上周五，城北小学举行毕业典礼。", issue_year=2018)[0] is None


def test_lunar_days_convert_by_the_table():
    # New years and leap months anyone can look up: 1985 (正月初一 20 February),
    # 2000 (5 February), 2023 (22 January, 闰二月), 2060 (2 February).
    assert dates.lunar_to_solar(1985, 1, 1) == dt.date(1985, 2, 20)
    assert dates.lunar_to_solar(2000, 1, 1) == dt.date(2000, 2, 5)
    assert dates.lunar_to_solar(2023, 1, 1) == dt.date(2023, 1, 22)
    assert dates.lunar_to_solar(2023, 2, 1, leap=True) == dt.date(2023, 3, 22)
    assert dates.lunar_to_solar(2023, 3, 1, leap=True) is None  # 2023 repeats only 二月
    assert dates.lunar_to_solar(2060, 1, 1) == dt.date(2060, 2, 2)
    assert dates.lunar_to_solar(1948, 1, 1) is None
    # 三十 of a 29-day 腊月 is its last day (除夕).
    assert dates.lunar_to_solar(2023, 12, 30) == dt.date(2024, 2, 9)


def test_a_leap_month_no_year_up_to_the_issue_had_dates_nothing():
    # 闰二月 came in 2023, not in 2021 or 2022: a page of May 2022 that names one (a
    # misprint, or a coming day past the week ahead) gets no day from it, and no error.
    for lead in ("本报讯 农历闰二月初八，村里举行庙会。", "本报讯 闰二月初八，村里举行庙会。"):
        assert dates.lead_date(lead, issue_date=dt.date(2022, 5, 1), exact_issue=True)[0] is None


def test_a_lunar_date_in_a_lead_resolves_against_the_issue():
    issue = dt.date(2019, 2, 25)  # 农历正月廿一
    for lead, expected in [
        ("本报讯 正月初九，城南工业园企业陆续复工。", dt.date(2019, 2, 13)),
        ("本报讯 农历腊月二十六，县文联送春联下乡。", dt.date(2019, 1, 31)),
        ("本报讯 农历十二月二十六日，县文联送春联下乡。", dt.date(2019, 1, 31)),
        ("本报讯 大年初二，回乡青年在村部座谈。", dt.date(2019, 2, 6)),
        ("本报讯 正月十五，古镇举行灯会。", dt.date(2019, 2, 19)),
        ("本报讯 正月初九一大早，城南工业园企业陆续复工。", dt.date(2019, 2, 13)),  # 初九 whole
    ]:
        assert dates.lead_date(lead, issue_date=issue, exact_issue=True)[0] == expected, lead
        assert dates.lead_date(lead, issue_year=2019)[0] == expected, lead
    # A solar date stated first wins; a yearly custom or a span's start is no event.
    for lead, expected in [
        ("本报讯 2月12日，正月初八，县里召开大会。", dt.date(2019, 2, 12)),
        ("本报讯 每年农历正月十五，村里都要舞龙。", None),
        ("本报讯 从正月初六起，县图书馆恢复开放。", None),
        ("本报讯 真正月收入过万的家庭不多。", None),
    ]:
        assert dates.lead_date(lead, issue_date=issue, exact_issue=True)[0] == expected, lead


def test_a_festival_that_opens_the_lead_names_its_day():
    issue = dt.date(2017, 10, 9)
    for lead, expected in [
        ("本报讯 国庆节当天，县博物馆接待游客两千人次。", dt.date(2017, 10, 1)),
        ("本报讯 国庆假期首日，高速公路车流量明显增加。", dt.date(2017, 10, 1)),
        ("本报讯 中秋节晚上，敬老院里摆起了月饼宴。", dt.date(2017, 10, 4)),  # 八月十五
        ("本报讯 “六一”国际儿童节，幼儿园举办游园会。", dt.date(2017, 6, 1)),
    ]:
        assert dates.lead_date(lead, issue_date=issue, exact_issue=True)[0] == expected, lead
    assert dates.lead_date("本报讯 端午节上午，龙舟赛开赛。", issue_year=2017)[0] == dt.date(
        2017, 5, 30
    )
    # With no issue year, the latest such day up to today, flagged as a guessed year.
    assert dates.lead_date("本报讯 国庆节当天，县博物馆开馆。", today=dt.date(2026, 6, 1)) == (
        dt.date(2025, 10, 1),
        "inferred_year",
    )
    # The eve, a span, the approach or a celebration is no day of the festival.
    for lead in (
        "本报讯 春节前夕，县领导走访慰问困难群众。",
        "本报讯 国庆期间，各景区秩序井然。",
        "本报讯 在中秋佳节到来之际，志愿者送月饼。",
        "本报讯 为庆祝教师节，县里表彰了一批优秀教师。",
    ):
        assert dates.lead_date(lead, issue_date=issue, exact_issue=True)[0] is None, lead


def test_ocr_spaces_between_a_dates_figures_close():
    assert dates.lead_date("■ 1 1 月 2 9 日，市里召开表彰会。", issue_year=2001)[0] == (
        dt.date(2001, 11, 29)
    )
    assert dates.mend_ocr_dates("1 1月2 9日") == "11 月29 日"  # the same length
    # Figures apart elsewhere are no date's: 3 5 人 stays, 1 3 月 is March.
    assert dates.mend_ocr_dates("有3 5人参加") == "有3 5人参加"
    assert dates.lead_date("1 3 月 2 日，召开会议。", issue_year=2001)[0] == dt.date(2001, 3, 2)


def test_solar_terms_fall_on_their_days():
    # Days any almanac prints, among them the years the century formula misses by one
    # (2002 立秋, 2008 小满, 2019 小寒, 2021 冬至, 2026 雨水).
    for year, term, expected in [
        (1985, "清明", dt.date(1985, 4, 5)),
        (2002, "立秋", dt.date(2002, 8, 8)),
        (2008, "小满", dt.date(2008, 5, 21)),
        (2016, "清明", dt.date(2016, 4, 4)),
        (2019, "小寒", dt.date(2019, 1, 5)),
        (2021, "冬至", dt.date(2021, 12, 21)),
        (2024, "春分", dt.date(2024, 3, 20)),
        (2026, "立春", dt.date(2026, 2, 4)),
        (2026, "雨水", dt.date(2026, 2, 18)),
    ]:
        assert almanac.solar_term(year, term) == expected, (year, term)
    assert almanac.solar_term(1948, "立春") is None


def test_observance_days_by_date_or_by_weekday():
    assert almanac.named_day("世界读书日", 2023) == dt.date(2023, 4, 23)
    assert almanac.named_day("母亲节", 2024) == dt.date(2024, 5, 12)  # 2nd Sunday of May
    assert almanac.named_day("父亲节", 2024) == dt.date(2024, 6, 16)  # 3rd Sunday of June
    assert almanac.named_day("全国助残日", 2023) == dt.date(2023, 5, 21)
    assert almanac.named_day("清明节", 2016) == dt.date(2016, 4, 4)


def test_a_term_or_an_observance_day_that_opens_the_lead_names_its_day():
    issue = dt.date(2025, 6, 30)
    for lead, expected in [
        ("本报讯（记者 甘一禾）立夏当天，柳塘镇的茶农开始采制夏茶。", dt.date(2025, 5, 5)),
        ("本报讯 清明节那天，烈士陵园迎来祭扫群众。", dt.date(2025, 4, 4)),
        ("本报讯 “4·23”世界读书日当天，县图书馆办起书市。", dt.date(2025, 4, 23)),
        ("本报讯 国际禁毒日当天，禁毒志愿者走上街头。", dt.date(2025, 6, 26)),
        ("本报讯 母亲节当天，社区为老人拍全家福。", dt.date(2025, 5, 11)),
        ("本报讯 端午节当晚，滨河公园灯光秀上演。", dt.date(2025, 5, 31)),
    ]:
        assert dates.lead_date(lead, issue_date=issue, exact_issue=True)[0] == expected, lead
    assert dates.lead_date("本报讯 冬至这天，敬老院包起饺子。", issue_year=2021)[0] == (
        dt.date(2021, 12, 21)
    )
    # A term that is weather's word too names its day only with 当天 or the like.
    assert dates.lead_date("本报讯 大雪当天，市民登山赏景。", issue_year=2024)[0] == (
        dt.date(2024, 12, 6)
    )
    assert dates.lead_date("本报讯 霜降节气当天，柿子红了。", issue_year=2024)[0] == (
        dt.date(2024, 10, 23)
    )
    for lead in ("本报讯 大雪，道路结冰，交警上路疏导。", "本报讯 寒露，山间雾气弥漫。"):
        assert dates.lead_date(lead, issue_year=2024)[0] is None, lead


def test_a_festival_a_lead_names_is_the_last_one_up_to_the_issue():
    # Last October's 国庆 on an April page, last year's 元宵 before this year's comes.
    on = dict(exact_issue=True)
    lead = "本报讯 国庆节当天，古镇接待游客三万人次。"
    assert dates.lead_date(lead, issue_date=dt.date(2023, 4, 25), **on)[0] == dt.date(2022, 10, 1)
    lead = "本报讯 元宵节当天，河畔灯会吸引市民。"
    assert dates.lead_date(lead, issue_date=dt.date(2026, 2, 10), **on)[0] == dt.date(2025, 2, 12)
    # One the coming week is the one a preview names.
    lead = "本报讯 中秋节当天，各景区将免费开放。"
    assert dates.lead_date(lead, issue_date=dt.date(2024, 9, 14), **on)[0] == dt.date(2024, 9, 17)


def test_this_months_day_later_than_the_issues_is_still_to_come():
    # 本月 names the issue's month: a later day is an event ahead, not last month's.
    issue = dt.date(2021, 4, 9)
    lead = "本报讯 本月22日，桐溪镇将举办首届油菜花节。"
    assert dates.lead_date(lead, issue_date=issue, exact_issue=True)[0] == dt.date(2021, 4, 22)
    # A day alone, without 本月, later than the issue's is still the month before.
    lead = "本报讯 22日，桐溪镇举办首届油菜花节。"
    assert dates.lead_date(lead, issue_date=issue, exact_issue=True)[0] == dt.date(2021, 3, 22)


def test_a_year_spaced_apart_by_ocr_reads_as_the_year():
    line = "柳 河 报　　2 0 0 3年1 1月2 4日　星期一　　第3版"
    assert dates.banner_date(line) == dt.date(2003, 11, 24)
    # The text keeps its length: a date's place in it stays.
    assert len(dates.mend_ocr_dates(line)) == len(line)


def test_a_lunar_day_the_clause_says_is_this_years_or_to_come():
    # A July page: this year's 六月二十四 is weeks ahead, past the coming week.
    issue = dt.date(2024, 7, 2)
    for lead in (
        "本报讯 记者获悉，今年火把节将于农历六月二十四举行。",
        "本报讯 今年农历六月二十四，彝寨将举办火把节。",
        "本报讯 据悉，火把节将于农历六月二十四在县城举行。",
    ):
        assert dates.lead_date(lead, issue_date=issue, exact_issue=True)[0] == dt.date(
            2024, 7, 29
        ), lead
    # Saying neither, a reported day has passed: last year's.
    lead = "本报讯 农历六月二十四，彝寨举办火把节。"
    assert dates.lead_date(lead, issue_date=issue, exact_issue=True)[0] == dt.date(2023, 8, 10)


def test_a_solar_day_in_brackets_after_a_lunar_one_is_the_date():
    issue = dt.date(2023, 3, 3)
    lead = "本报讯 农历三月初三（4月22日）前后，全区将举办歌圩活动。"
    assert dates.lead_date(lead, issue_date=issue, exact_issue=True)[0] == dt.date(2023, 4, 22)


def test_an_ocr_d_year_in_a_masthead_reads():
    assert dates.banner_date("2O22年6月17日 星期五") == dt.date(2022, 6, 17)
    assert dates.banner_date("l998年3月2日 星期一 第3版") == dt.date(1998, 3, 2)
    assert dates.bare_date("2O21年5月12日") == dt.date(2021, 5, 12)
    # Letters that make no year of ours stay letters.
    assert dates.mend_ocr_dates("IOOO年3月") == "IOOO年3月"


def test_a_dashed_date_in_a_running_head_with_the_paper_and_its_page():
    # Beside the paper's name and its page a dashed date is the issue's, and alone among
    # the page's first lines; elsewhere, or in a labelled field, it is an e-paper's.
    assert dates.banner_date("南湖都市报 2024-06-11 A05", at_head=True) == dt.date(2024, 6, 11)
    assert dates.banner_date("2024-06-11", at_head=True) == dt.date(2024, 6, 11)
    assert dates.banner_date("2024-06-11") is None
    assert dates.banner_date("发布时间：2024-06-11 08:30") is None
    assert dates.banner_date("南湖都市报 2024-06-11") is None


def test_a_day_of_last_month_and_a_dotted_masthead_with_its_latin_name():
    issue = dt.date(2024, 6, 14)
    assert dates.lead_date("上月28日，地铁2号线封顶。", issue_date=issue, exact_issue=True) == (
        dt.date(2024, 5, 28),
        "relative",
    )
    assert dates.lead_date("上月3日，地铁2号线封顶。", issue_date=issue, exact_issue=True)[0] == (
        dt.date(2024, 5, 3)
    )
    line = "海湾新城报  HAIWAN NEWS        2023.11.02  Thu."
    assert dates.banner_date(line, at_head=True) == dt.date(2023, 11, 2)
    assert dates.banner_date("HAIWAN NEWS 2023.11.02", at_head=True) is None  # no paper's name


def test_a_date_with_its_weekday_alone_on_a_line_is_a_bare_date():
    # An OCR'd page's running date, its weekday beside it, letters spaced out.
    assert dates.bare_date("2020年 7月 8日 星 期 三") == dt.date(2020, 7, 8)
    assert dates.bare_date("2024年6月4日 周二") == dt.date(2024, 6, 4)
    assert dates.bare_date("2024年6月4日 星期二 晴") is None
