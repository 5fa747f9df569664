"""Stage 8: dates — of each article's event, and of the page itself.

An article's date is the first date its lead states, with the year resolved from
the date itself, the issue, or (least sure) the years the page mentions. Start
dates of a span (自6月29日起, 6月以来) are not events, an "as of" date (截至) is; a lead
whose only date starts a change (自3月4日起，…开课) is dated by it.
Relative words (昨日, 今天) resolve only against an issue date known to the day;
近日 and 日前 never do. A lunar date (正月初八, 农历腊月二十三), a festival's, an
observance's or a solar term's day (六一儿童节，…; 中秋节当晚; 世界读书日当天; 立春这天;
archive.parsing.almanac) is the last one up to the issue's day (or in its coming
week), or the one in the issue's year.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial

from . import almanac
from .almanac import lunar_to_solar
from .datewords import day_the_clause_names, mend_ocr_year, solar_day_beside
from .lexicon import CJK
from .normalise import unspaced

_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
DATE = re.compile(
    rf"(?:(?P<year>\d{{4}}|[〇零一二三四五六七八九]{{4}})\s*年\s*)?"
    rf"(?P<month>{_NUM})\s*月\s*(?P<day>{_NUM})\s*[日号]"
)
# OCR reads 日 as 曰, 1 as l or I and 0 as O (7月l曰, 5月17曰, 7月1O日, l0月1日). Only
# inside a date's own shape (a month, then a day of figures or figure-like letters
# closed by 日 or 曰) are they mended: 曰 is a word of its own elsewhere, l and O
# English letters (so no letter may stand right before the month either).
_OCR_DATE = re.compile(
    r"(?<![A-Za-z])(?P<month>(?:[\dlI][\dlIO]?|[一二三四五六七八九十]{1,3})\s*月\s*)"
    r"(?P<day>[\dlI][\dlIO]?|[一二三四五六七八九十]{1,3})(?P<gap>\s*)[日曰]"
)
_OCR_MARKS = frozenset("曰lIO")
_SPAN_BEFORE = re.compile(r"(?:自|从|(?<!截)至|(?<!截止)到)\s*$")
# 截至5月4日 ("as of") is no span's start: a lead that opens with it is dated by it, as
# the reviewers' sets date it (3 of their items). Under a dispatch's day it is the
# figures' cut-off and the dispatch's day the report's: the development pages' gold.
_AS_OF = re.compile(r"(?:截至|截止|截止到)\s*$")
_SPAN_AFTER = re.compile(r"^\s*(?:起|以来|开始|至今|前|之前|以前|之后|以后|期间)")
# After a date, a report the paper printed that day (本报12月5日刊登的《…》): a
# reference to the earlier report, not the day of the event.
PRINTED_THEN = re.compile(r"\s*(?:第\d+版)?\s*(?:刊登|刊发|刊载|报道|登载)")
RELATIVE = {
    "前天": -2,
    "前日": -2,
    "前晚": -2,  # the evening before yesterday's
    "昨夜": -1,
    "昨天": -1,
    "昨日": -1,
    "昨晚": -1,
    "今天": 0,
    "今日": 0,
    "今晨": 0,
    "明天": 1,
    "明日": 1,
}
_RELATIVE = re.compile("|".join(RELATIVE))
# A day of the issue's week or of the week before or after it (weeks start on Monday):
# 上周五, 本周一, 上星期五, 上个礼拜三, 下周二. 日本周一 is Japan's Monday, 马上 "at once".
_WEEKS = {"上": -1, "本": 0, "这": 0, "下": 1}
_WEEKDAYS = "一二三四五六日天"
# 星期三 alone is this week's, and says which day only when it is not after the issue's
# (a Friday's paper: 星期三 is two days before; a Tuesday's: last week's or the next).
# Not 周三 alone: 周 is a surname (通讯员周天) and counts (一周三次); nor a recurring
# day (每星期五, 逢礼拜天, 一个星期天) or the first of a span (星期一至星期五).
_WEEK_DAY = re.compile(
    r"(?<![日马线网路])(?P<week>[上本这下])个?(?:周|星期|礼拜)(?P<day>[一二三四五六日天])"
    r"|(?<![每逢隔个一两几上本这下])(?:星期|礼拜)(?P<alone>[一二三四五六日天])(?![至到、和或])"
)
_YEAR = re.compile(r"(?<!\d)((?:19[5-9]|20\d)\d)\s*年")
# A full date, as printed in text (2019年12月28日) or in an e-paper's fields (2024-06-14).
_YEAR_MONTH_DAY = re.compile(
    r"(?<!\d)((?:19[5-9]|20\d)\d)(?:\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日|-(\d{1,2})-\d{1,2}(?!\d))"
)
_YEAR_SPAN_AFTER = re.compile(r"^[^，。；]{0,30}(?:以来|至今|起)")
_FILE_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)
# A date printed with dots or slashes (2024.03.05, 2024/3/5): mastheads and e-papers.
_DOTTED = r"(?<![\d.])((?:19|20)\d{2})[./](\d{1,2})[./](\d{1,2})(?![\d./%万亿])"
_CJK_FULL = r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
# A date printed with dashes (2021-03-06) is a masthead's only with its weekday beside
# it (2021-03-06 星期六 A04): alone, it is an e-paper field's (metadata.py).
_DASHED = r"(?<![\d-])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d-])"
_BANNER = re.compile(
    rf"(?:{_CJK_FULL}|{_DOTTED}|{_DASHED})\s*(?:[（(]?\s*(?:星期|周|礼拜)[一二三四五六日天])"
)
_FULL_DATE = re.compile(rf"{_CJK_FULL}|{_DOTTED}")
# 二〇一九年九月二十日: a date in Chinese numerals, as some papers print their masthead.
_CN_DATE = re.compile(
    r"([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日"
)
_DOTTED_DATE = re.compile(_DOTTED)
_DASHED_DATE = re.compile(_DASHED)
# A day printed in any of those forms: a masthead's date field (archive.parsing.mastheads).
DATE_FIELD = re.compile(rf"{_CJK_FULL}|{_DOTTED}|{_CN_DATE.pattern}")
_SENTENCE_MARKS = re.compile(r"[，。；！？,;!?]")
# A paper's name, or a county media centre's that publishes its items (三江县融媒体中心).
PAPER_NAME = re.compile(
    rf"^[{CJK}]{{2,10}}(?:[报刊]|融媒体中心|新闻中心|广播电视台|新闻网|数字报)$"
)
_PAGE_CODE = re.compile(r"[A-Z]\d{1,2}|第\d{1,5}期")  # A06: a page of section A; an issue
_PAGE_NUMBER = re.compile(r"[-－—]\s*\d{1,3}\s*[-－—]")  # - 6 -: a page's number
_SECTION = re.compile(rf"[{CJK}]{{2,4}}")
_PAGE_LABEL = re.compile(r"第\s*([0-9一二三四五六七八九十]{1,3})\s*版|([A-Z]\d{1,2})\s*版")


def cn_number(text: str) -> int:
    """'12' → 12, '十二' → 12, '二十五' → 25, '二〇二一' → 2021."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def mend_ocr_dates(text: str) -> str:
    """7月l曰 → 7月1日, 1 1 月 2 9 日 → 11  月 29  日, 1 9 9 0年 → 1990   年, letter
    for letter, so a date's place in the text stays."""
    text = mend_ocr_year(text)  # 2O22年6月: a masthead's year OCR'd
    if " " in text and _SPACED_FIGURES.search(text):
        text = _SPACED_DATE.sub(_closed_date, text)
        text = _SPACED_YEAR.sub(lambda m: _closed(m[0]), text)
    if _OCR_MARKS.isdisjoint(text):
        return text
    text = _OCR_RELATIVE.sub(lambda m: m[1] + "日", text)  # 昨曰 → 昨日
    return _OCR_DATE.sub(_mended_date, text)


# A relative day OCR'd with 曰 for 日 (昨曰, 前曰, 今曰, 次曰): no word of its own.
_OCR_RELATIVE = re.compile(r"([昨前今明次翌])曰")


# OCR spaces a date's figures apart (■ 1 1 月 2 9 日): a month's or a day's two figures
# with one space between, inside a date's own shape only (3 5 is no 35 elsewhere).
_SPACED_FIGURES = re.compile(r"\d \d")
_SPACED_DATE = re.compile(
    r"(?<![\d.])(?P<month>\d(?: [012])?|1 [012])(?P<m>\s*月\s*)"
    r"(?P<day>\d(?: \d)?)(?P<d>\s*[日号曰])"
)

# …and a year's four (1 9 9 0年1 0月): before 年 and a month.
_SPACED_YEAR = re.compile(r"(?<![\d.])(?:1 ?9|2 ?0) ?\d ?\d(?=\s*年\s*\d)")


def _closed_date(m: re.Match) -> str:
    return f"{_closed(m['month'])}{m['m']}{_closed(m['day'])}{m['d']}"


def _closed(figures: str) -> str:
    """1 1 → 11 and its space after, so the text keeps its length."""
    return figures.replace(" ", "") + " " * figures.count(" ")


def _mended_date(m: re.Match) -> str:
    month, day = m["month"].translate(_FIGURE_LIKE), m["day"].translate(_FIGURE_LIKE)
    return f"{month}{day}{m['gap']}日"


_FIGURE_LIKE = str.maketrans("lIO", "110")


def event_dates(text: str, as_of: bool = True):
    """Yield (position, year|None, month, day) of each event date in `text`, in order;
    an "as of" date (截至5月4日) only if `as_of`."""
    found = list(_written_dates(text, as_of))
    if "." in text or "/" in text:  # 2024.3.2，…: a date printed with dots
        found += [(m.start(), *map(int, m.groups())) for m in _DOTTED_DATE.finditer(text)]
        found.sort()
    yield from found


def _start_dates(text: str):
    """Dates a change starts from (自3月4日起，老年大学春季班开课): a lead that states no
    other date reports what happens from then. A span up to now (以来, 截至) is none."""
    for m in DATE.finditer(text):
        after = text[m.end() : m.end() + 2]
        if after.startswith(("起", "开始")):
            try:
                month, day = cn_number(m["month"]), cn_number(m["day"])
                year = cn_number(m["year"]) if m["year"] else None
            except (KeyError, ValueError):
                continue
            if 1 <= month <= 12 and 1 <= day <= 31:
                yield m.start(), year, month, day


def _written_dates(text: str, as_of: bool):
    for m in DATE.finditer(text):
        before = text[max(0, m.start() - 4) : m.start()]
        if _SPAN_BEFORE.search(before) or (not as_of and _AS_OF.search(before)):
            continue
        if _SPAN_AFTER.match(text[m.end() : m.end() + 4]):
            continue
        if PRINTED_THEN.match(text[m.end() : m.end() + 8]):
            continue  # 本报12月5日刊登的《…》: when the paper printed it, not the event
        try:
            year = cn_number(m["year"]) if m["year"] else None
            month, day = cn_number(m["month"]), cn_number(m["day"])
        except (KeyError, ValueError):
            continue
        if 1 <= month <= 12 and 1 <= day <= 31:
            yield m.start(), year, month, day


_QUOTED = re.compile(r"“[^“”]*”")


# --- lunar dates and festivals ------------------------------------------------

_LUNAR_MONTHS = {"正": 1, "大年": 1, "冬": 11, "腊": 12}
# 正月初八, 农历腊月二十三, 闰四月十二, 大年初三: a lunar month and day. Without 农历 (or
# 阴历) before it, only a month only the lunar calendar names (正月, 冬月, 腊月) or a day
# it counts as the solar calendar never does (初八, 廿三) says so: 十二月二十三 alone
# may be a solar date with its 日 dropped. A day of 初 is whole whatever follows
# (正月初八一大早); 二十 before 三 is not yet a day.
_LUNAR_DATE = re.compile(
    r"(?:(?P<month>正|冬|腊|十[一二]?|[一二三四五六七八九])月|大年(?=初))\s*"
    r"(?P<day>初[一二三四五六七八九十]|(?:廿[一二三四五六七八九]?|卅|三十"
    r"|二十[一二三四五六七八九]?|十[一二三四五六七八九])(?![一二三四五六七八九十]))日?"
)
# What may stand before it: the calendar (农历甲辰年), a leap month's 闰.
_CYCLE_YEAR = (
    "[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年"  # 甲辰年, of the sixty-year cycle
)
_LUNAR_BEFORE = re.compile(rf"(?P<calendar>(?:农历|阴历)\s*(?:{_CYCLE_YEAR}\s*)?)?(?P<leap>闰)?$")
# The calendar named before a lunar date on a line of its own: 农历, or a cycle's year.
_LUNAR_CALENDAR = re.compile(rf"(?:(?:农历|阴历)\s*(?:{_CYCLE_YEAR})?|{_CYCLE_YEAR})\s*闰?")
# A festival, an observance day or a solar term (almanac.NAMED_DAYS): it dates a lead
# when it opens a clause and the clause says the day itself (六一儿童节，…; 中秋节当天;
# 立春这天; 国庆假期首日), never its eve or a span (春节前夕, 国庆期间, 到来之际).
_ON_THE_DAY = "当天|当日|当晚|这天|这一天|那天|那一天"
_FESTIVAL = re.compile(
    rf"(?P<name>{'|'.join(sorted(almanac.NAMED_DAYS, key=len, reverse=True))})"
    r"(?P<term>节气)?(?:佳节)?"
    rf"(?=[，,]|{_ON_THE_DAY}|一早|清晨|早上|上午|中午|下午|傍晚|晚上|晚间|之夜|夜晚"
    r"|(?<=国庆)(?:节)?(?:假期|长假)(?:首日|第一天))"
)
# A term that is weather's word too (大雪，道路结冰; 霜降，…) names its day only so,
# or as 大雪节气.
_WEATHER_TERMS = frozenset(
    ("小寒", "大寒", "雨水", "小暑", "大暑", "白露", "寒露", "霜降", "小雪", "大雪")
)
# Its number and 国际 before its name (“六一”国际儿童节, “4·23”世界读书日), and what
# opens the clause.
_FESTIVAL_BEFORE = re.compile(
    r"(?:“?(?:三八|五一|五四|六一|七一|八一|\d{1,2}[·•.．]\d{1,2})”?)?(?:国际|全国|全民|中国)?$"
)
_CLAUSE_OPENS = frozenset(" ，。；：、）)】”在于是")
_RECURRING = re.compile(r"(?:每年|每逢|逢|年年)\s*$")


def _calendar_day(text: str, issue: dt.date | None, year: int | None):
    """(start, end, day) of the first lunar date or festival day in `text`, with the
    last such day up to the issue's (or a week past it), or the one in the issue's
    year; else None."""
    found = []
    for m in _LUNAR_DATE.finditer(text):
        if solar_day_beside(text, m.end()):
            break  # 农历三月初三（4月22日）: the bracketed day is the date read
        if stated := _lunar_date_stated(m, text):
            month = _LUNAR_MONTHS.get(m["month"] or "大年") or cn_number(m["month"])
            day = cn_number(m["day"].lstrip("初").replace("廿", "二十").replace("卅", "三十"))
            found.append(
                (stated[0], m.end(), partial(lunar_to_solar, month=month, day=day, leap=stated[1]))
            )
            break
    for m in _FESTIVAL.finditer(text):
        before = text[max(0, m.start() - 8) : m.start()]
        start = m.start() - len(_FESTIVAL_BEFORE.search(before)[0])
        opens = start == 0 or text[start - 1] in _CLAUSE_OPENS
        weather = m["name"] in _WEATHER_TERMS and not m["term"]
        if weather and not re.match(_ON_THE_DAY, text[m.end() :]):
            continue
        if opens and not _RECURRING.search(text[max(0, start - 3) : start]):
            found.append((start, m.end(), partial(almanac.named_day, m["name"])))
            break
    if not found or (issue is None and year is None):
        return None
    start, end, day_in = min(found, key=lambda f: f[0])
    around = issue.year if issue else year
    days = [day_in(y) for y in (around - 1, around, around + 1)]
    days = [d for d in days if d and (issue or d.year == year)]
    if not days:
        return None
    if issue and (named := day_the_clause_names(text, start, days, issue)):
        return start, end, named  # 今年…农历六月二十四, 将于…: what the clause says
    if issue:  # a reported day has passed; a coming one is days away at most
        # (none may be: a leap month the years before the issue's did not have)
        passed = [d for d in days if d <= issue + _COMING]
        return (start, end, max(passed)) if passed else None
    return start, end, days[0]


# A festival a lead names is the last one on or before the issue's day (国庆节当天 on
# an April page: last October's), or one the coming week (中秋节当天，景区将免费开放).
_COMING = dt.timedelta(days=7)


def _lunar_date_stated(m: re.Match, text: str) -> tuple[int, bool] | None:
    """(where it starts, whether a leap month) if the match is a lunar date (农历…,
    正月…, …初八) the lead reports, not a yearly custom (每年农历正月十五) or a span's
    start or end (从正月初八起); else None."""
    before = _LUNAR_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
    lunar_only = m["month"] in ("正", "冬", "腊", None) or m["day"][0] in "初廿卅"
    if not (before["calendar"] or lunar_only):
        return None
    start = m.start() - len(before[0])
    ahead = text[max(0, start - 3) : start]
    if _RECURRING.search(ahead) or _SPAN_BEFORE.search(ahead):
        return None
    if _SPAN_AFTER.match(text[m.end() : m.end() + 4]):
        return None
    return start, before["leap"] is not None


def lead_date(
    text,
    *,
    issue_date=None,
    issue_year=None,
    year_inferred=False,
    exact_issue=False,
    today=None,
    as_of=True,
):
    """(date | None, confidence) of the event a lead paragraph reports; with `as_of`
    false, an "as of" date (截至5月4日) is none (a dispatch's lead).

    With no issue year at all, `today` (if given) stands in: the month and day the
    lead prints are taken in the latest year they can have fallen in, flagged as an
    inferred year for staff to check."""
    text = mend_ocr_dates(text)
    named = _calendar_day(
        text, issue_date if exact_issue else None, issue_year or (today.year if today else None)
    )
    if named and not issue_year and today and named[2] > today:  # the latest it can be
        named = _calendar_day(text, None, today.year - 1)
    if named:  # 农历十二月二十三日 is a lunar date, not a solar one
        text = text[: named[0]] + " " * (named[1] - named[0]) + text[named[1] :]
    first = next(event_dates(text, as_of), None) or next(_start_dates(text), None)
    if named and (first is None or named[0] < first[0]):
        first = None
    else:
        named = None
    at = named[0] if named else first[0] if first else None
    # 今天 inside a quotation is the speaker's day, not the paper's: “今天中午有红烧肉！”3月21日…
    rel = _relative_day(_QUOTED.sub(lambda m: " " * len(m[0]), text), issue_date)
    if rel and exact_issue and (at is None or rel[0] < at):
        return rel[1], "relative"
    day = _DAY_ONLY.search(text[:60])
    before = text[: day.start()].rstrip() if day else ""
    if before[-1:] and before[-1:] in "0123456789月" and not before.endswith(("本月", "上月")):
        day = None  # 5月2 2日电: a date wrapped inside its number, not a day alone
    if day and exact_issue and issue_date and (at is None or day.start() < at):
        month = {"本月": 0, "上月": -1}.get(before[-2:])
        if found := _day_before(issue_date, cn_number(day["day"] or day["cn"]), month):
            return found, "relative"
    if named:
        exact = exact_issue and issue_date
        guessed = not exact and (year_inferred or not issue_year)
        return named[2], "inferred_year" if guessed else "issue_year"
    if first is None:
        return None, "none"
    _, year, month, day = first
    confidence = "printed"
    if year is None:
        if issue_date and exact_issue:
            year = issue_date.year - (1 if month - issue_date.month >= 6 else 0)
            confidence = "issue_year"
        elif issue_year:
            year = issue_year
            confidence = "inferred_year" if year_inferred else "issue_year"
        elif today:
            year = today.year - (1 if (month, day) > (today.month, today.day) else 0)
            confidence = "inferred_year"
        else:
            return None, "none"
    try:
        return dt.date(year, month, day), confidence
    except ValueError:
        return None, "none"


def _relative_day(text: str, issue: dt.date | None) -> tuple[int, dt.date] | None:
    """(position, day) of the first word naming a day by the issue's (昨天, 上周五)."""
    if issue is None:
        return None
    found = []
    if m := _RELATIVE.search(text):
        found.append((m.start(), issue + dt.timedelta(days=RELATIVE[m[0]])))
    if m := _WEEK_DAY.search(text):
        monday = issue - dt.timedelta(days=issue.weekday())
        weekday = min(_WEEKDAYS.index(m["day"] or m["alone"]), 6)
        if m["week"]:
            found.append((m.start(), monday + dt.timedelta(days=7 * _WEEKS[m["week"]] + weekday)))
        elif weekday <= issue.weekday():
            found.append((m.start(), monday + dt.timedelta(days=weekday)))
    return min(found, default=None)


# A lead's day with no month (19日上午，…): a day of the issue's month, or of the month
# before when it is later than the issue's day.
# 本月8日 is such a day too, but always of the issue's month (本月18日将开走), and
# 上月28日 always of the month before.
# What follows a day alone (24日起, 记者5日从…获悉, 本月十五日正式发电), but not a count
# of days (5日内, 3日游, 30日以来, 7日后).
# A day in Chinese numerals (记者十八日从…, 十八日，…) is one too where a clause opens
# with it or 本月, 记者, 于 stand before it: inside a phrase 一日 is mostly a count
# (日复一日, 有朝一日), and a numeral after it counts (一日三餐).
_CN_DAY = r"[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_DAY_ONLY = re.compile(
    rf"(?:(?:(?<=[本上]月)|(?<=记者)|(?<=于)|(?<![^\s，。；：、）)】]))(?P<cn>{_CN_DAY})"
    r"|(?:(?<=[本上]月)|(?<![\d月]))(?P<day>\d{1,2}))"
    r"日(?![内游后前余多间来以之许天个期均的])(?(cn)(?![二三四五六七八九十两]))(?=\S)"
)


def _day_before(issue: dt.date, day: int, month: int | None = None) -> dt.date | None:
    """The day of the issue's month, or of the month before for a day later than the
    issue's; 本月18日 (month 0) says this month's, a day still to come, and 上月28日
    (month -1) the month before's, whatever the day."""
    month_start = issue.replace(day=1)
    if month == -1 or (month is None and day > issue.day):
        month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
    try:
        return month_start.replace(day=day)
    except ValueError:
        return None


def infer_year(text: str) -> int | None:
    """The page's year from the years it mentions: the latest one named, leaving out the
    starts of spans (自2017年…以来), targets (到2035年, 2030年前) and decades (1990年代),
    unless it lies more than a year past the latest full date the page reports
    (2019年12月28日…): a plan's year (2050年) is no issue's. On the 300 development pages
    the year is right for 223 instead of 200 (the latest year named at all)."""
    years = []
    for m in _YEAR.finditer(text):
        before = text[max(0, m.start() - 3) : m.start()].rstrip()
        if before.endswith(("自", "从")) and _YEAR_SPAN_AFTER.match(text[m.end() :]):
            continue
        target = before.endswith(("到", "至")) and not before.endswith("截至")
        if target or text[m.end() : m.end() + 1] in ("前", "代"):
            continue
        years.append(int(m.group(1)))
    reported = [int(m[1]) for m in _YEAR_MONTH_DAY.finditer(text) if 1 <= int(m[2] or m[3]) <= 12]
    latest = max(years + reported, default=None)
    if reported and (latest is None or latest > max(reported) + 1):
        return max(reported)
    return latest


def date_from_filename(name: str) -> dt.date | None:
    return _date_of(_FILE_DATE.search(name))


def banner_date(line: str, at_head: bool = False) -> dt.date | None:
    """A masthead line such as `2021年7月9日 星期五`, or a date with no weekday that
    stands alone or beside only a page label and the paper's name (东湖日报 2024年4月2日
    第5版): never a sentence's date. At the page's head, a name that is no paper's
    may stand beside the page or issue too (滨湖教育 第86期 2023年11月30日). A line OCR
    spaced letter by letter (2 0 2 3 年 7 月 1 4 日 星 期 五) is read closed too."""
    found = _banner_date(line, at_head)
    if found is None and (closed := unspaced(line)) != line:
        found = _banner_date(closed, at_head)
    return found


def _banner_date(line: str, at_head: bool) -> dt.date | None:
    line = _CN_DATE.sub(_in_figures, line)  # a masthead in Chinese numerals reads the same
    line = mend_ocr_dates(line)  # an OCR'd masthead: 1991年10月8曰
    if found := _date_of(_BANNER.search(line)):
        return found
    m = _FULL_DATE.search(line)
    dashed = m is None and (m := _DASHED_DATE.search(line)) is not None
    if not m:
        return None
    around = line[: m.start()] + " " + line[m.end() :]
    # alone among the page's first lines (2024-01-19), or beside its page (2025-03-06 第A06版：
    # 国内·综合): the issue's date
    if dashed:
        alone = at_head and not around.strip()
        paged = _PAGE_LABEL.search(around) and not _SENTENCE_MARKS.search(around)
        return _date_of(m) if alone or paged or _paper_and_page(around) else None
    if _PAGE_LABEL.search(around):  # 第5版 2024年4月2日 要闻: a page's head, if no sentence
        return None if _SENTENCE_MARKS.search(around) else _date_of(m)
    words = _unspaced(around.split())
    named = [w for w in words if not _LATIN_HEAD.fullmatch(w)]  # LINGANG NEWS … Thu.
    if named and all(PAPER_NAME.match(w) for w in named):
        return _date_of(m)
    # A running head: the paper's name, its page (A06, - 6 -) or issue (第812期) and
    # section (城事) beside the date.
    papers, pages, sections = _running_head(_ISSUE_NUMBER.sub(" 第1期 ", around))
    if pages and len(sections) <= 1 and all(_SECTION.fullmatch(w) for w in sections):
        return _date_of(m) if papers or not sections or at_head else None
    return None


# A masthead's Latin name in capitals and its weekday in English (LINGANG NEWS, Thu.).
_LATIN_HEAD = re.compile(
    r"[A-Z][A-Z&.\-]+|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?"
)


def _running_head(around: str) -> tuple[list[str], list[str], list[str]]:
    """The words beside a date: the paper's names, its pages (A06; - 6 - as "-"), and
    the rest."""
    around, numbered = _PAGE_NUMBER.subn(" ", around)
    words = _unspaced(around.split())
    papers = [w for w in words if PAPER_NAME.match(w)]
    pages = [w for w in words if _PAGE_CODE.fullmatch(w)] + ["-"] * numbered
    if papers:  # 宁州日报　2023年11月22日　要闻　2: beside the paper's name, a bare number
        pages += [w for w in words if w.isdigit() and len(w) <= 2]  # is its page
    return papers, pages, [w for w in words if w not in papers and w not in pages]


def _paper_and_page(around: str) -> bool:
    """Beside a dashed date (2023-05-19), only the paper's name and its page (某都市报
    … A08) make a running head: a dashed date is else an e-paper's field."""
    papers, pages, rest = _running_head(around)
    return bool(papers) and bool(pages) and not rest


# An issue's number as OCR spaces it out (第 312 期).
_ISSUE_NUMBER = re.compile(r"第\s+\d{1,5}\s*期|第\s*\d{1,5}\s+期")
_LONE_CJK = re.compile(rf"[{CJK}]")


def _unspaced(words: list[str]) -> list[str]:
    """A letter-spaced name read as one word (南 屏 日 报 → 南屏日报): a run of two
    or more lone Chinese characters."""
    if len(words) < 2:
        return words
    joined, run = [], []
    for word in [*words, ""]:
        if _LONE_CJK.fullmatch(word):
            run.append(word)
            continue
        joined += ["".join(run)] if len(run) > 1 else run
        run = []
        if word:
            joined.append(word)
    return joined


# （原载本报1996年9月28日第一版）: the issue an item reprinted on a later page first
# appeared in, closing the item; its day is that item's, never the page's.
_REPRINTED = re.compile(r"^[（(]?\s*(?:原载|原刊|刊于|载于|转载自|选自|摘自)")


def reprinted(line: str) -> bool:
    return _REPRINTED.match(line) is not None


def lunar_date_alone(line: str) -> bool:
    """A line that is a lunar date and nothing else, its calendar named (癸卯年七月廿二,
    农历五月初九): the masthead's, under the solar date, never a headline."""
    line = line.strip()
    m = _LUNAR_DATE.search(line)
    return (
        m is not None
        and m.end() == len(line)
        and _LUNAR_CALENDAR.fullmatch(line[: m.start()]) is not None
    )


def bare_date(line: str) -> dt.date | None:
    """A line that is a date and nothing else (2024年4月2日), its weekday beside it or
    not (2020年 7月 8日 星 期 三): the page's date at its head, an article's or a
    notice's further down."""
    line = _WEEKDAY_AFTER.sub("", line.strip())
    m = _FULL_DATE.fullmatch(mend_ocr_dates(_CN_DATE.sub(_in_figures, unspaced(line))))
    return _date_of(m) if m else None


_WEEKDAY_AFTER = re.compile(r"\s*(?:星\s*期|周)\s*[一二三四五六日天]$")


def _in_figures(m: re.Match) -> str:
    """二〇二〇年一月十日 → 2020年1月10日 (unchanged if a numeral does not read)."""
    try:
        year, month, day = (cn_number(g) for g in m.groups())
    except KeyError:
        return m[0]
    return f"{year}年{month}月{day}日"


def _date_of(m: re.Match | None) -> dt.date | None:
    """The first three groups a match filled (one form's year, month, day), if they
    make a real date."""
    if not m:
        return None
    year, month, day = [g for g in m.groups() if g is not None][:3]
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def page_label(line: str) -> str | None:
    m = _PAGE_LABEL.search(line)
    if not m:
        return None
    return f"第{m.group(1)}版" if m.group(1) else f"{m.group(2)}版"
