"""The calendar's named days: lunar dates, the 24 solar terms, festivals and
observance days, each as the solar day it falls on in a given year.

Pure arithmetic on tables anyone can check; archive.parsing.dates finds the names in
a lead and chooses the year.
"""

from __future__ import annotations

import datetime as dt
import math

# The lunar (农历) years 1949–2060, one number a year: the day of its new year (正月初一)
# counted from 1 January of the solar year (bits 17 up), its leap month (bits 13–16,
# 0 for none) and its months' lengths in order, a leap month right after the month it
# repeats (bit k set: the year's k-th month has 30 days, else 29). Made from the
# lunardate package's table (PyPI lunardate 0.3.0) and checked against it day by day;
# tests pin a few new years, leap months and festivals.
_LUNAR_FIRST_YEAR = 1949
# fmt: off
_LUNAR_YEARS = (
    0x38F52D, 0x5E0536, 0x480AAD, 0x34B5AA, 0x5805B2, 0x420BA5, 0x2E7D4A, 0x540D4A,  # 1949–1956
    0x3D0A95, 0x600A97, 0x4C0556, 0x36CAB5, 0x5A0AD5, 0x4606D2, 0x308EA5, 0x560EA5,  # 1957–1964
    0x40064A, 0x286C97, 0x4E0A9B, 0x3AF55A, 0x5E056A, 0x480B69, 0x34B752, 0x5A0B52,  # 1965–1972
    0x420B25, 0x2C964B, 0x520A4B, 0x3D14AB, 0x6002AD, 0x4A05AD, 0x36CB69, 0x5C0DA9,  # 1973–1980
    0x460D92, 0x309D25, 0x560D25, 0x415A4D, 0x640A56, 0x4E02B6, 0x38C5B5, 0x5E06D5,  # 1981–1988
    0x480EA9, 0x34BE92, 0x5A0E92, 0x440D26, 0x2C6A56, 0x500A57, 0x3D14D6, 0x62035A,  # 1989–1996
    0x4A06D5, 0x36B6C9, 0x5C0749, 0x460693, 0x2E952B, 0x54052B, 0x3E0A5B, 0x2A555A,  # 1997–2004
    0x4E056A, 0x38FB55, 0x600BA4, 0x4A0B49, 0x32BA93, 0x580A95, 0x42052D, 0x2C8AAD,  # 2005–2012
    0x500AB5, 0x3D35AA, 0x6205D2, 0x4C0DA5, 0x36DD4A, 0x5C0D4A, 0x460C95, 0x30952E,  # 2013–2020
    0x540556, 0x3E0AB5, 0x2A55B2, 0x5006D2, 0x38CEA5, 0x5E0725, 0x48064B, 0x32AC97,  # 2021–2028
    0x560CAB, 0x42055A, 0x2C6AD6, 0x520B69, 0x3D7752, 0x620B52, 0x4C0B25, 0x36DA4B,  # 2029–2036
    0x5A0A4B, 0x4404AB, 0x2EA55B, 0x5405AD, 0x3E0B6A, 0x2A5B52, 0x500D92, 0x3AFD25,  # 2037–2044
    0x5E0D25, 0x480A55, 0x32B4AD, 0x5804B6, 0x4005B5, 0x2C6DAA, 0x520EC9, 0x3F1E92,  # 2045–2052
    0x620E92, 0x4C0D26, 0x36CA56, 0x5A0A57, 0x440556, 0x2E86D5, 0x540755, 0x400749,  # 2053–2060
)
# fmt: on


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> dt.date | None:
    """The solar day of a lunar one (lunar year 2023, 腊月 23 → 2024-02-02); day 30 of a
    29-day month is its last day (除夕, 大年三十). None outside 1949–2060."""
    if not 0 <= year - _LUNAR_FIRST_YEAR < len(_LUNAR_YEARS):
        return None
    info = _LUNAR_YEARS[year - _LUNAR_FIRST_YEAR]
    leap_month = info >> 13 & 0xF
    if leap and leap_month != month:
        return None
    index = month - 1 + (1 if leap_month and (month > leap_month or leap) else 0)
    before = 29 * index + (info & ((1 << index) - 1)).bit_count()  # the long months add one
    day = min(day, 30 if info >> index & 1 else 29)
    return dt.date(year, 1, 1) + dt.timedelta(days=(info >> 17) + before + day - 1)


# --- the 24 solar terms (二十四节气) ---------------------------------------------
# Two a month, in calendar order from 小寒 (early January). Each one's day is the
# century constants' formula, floor(Y·0.2422 + C) − L (Y the year's last two figures,
# L the leap days since the century began: floor(Y/4), or floor((Y−1)/4) for the
# terms of January and February), with the days it misses by one. The formula and its
# exceptions were checked day by day, 1949–2060, against the Sun's apparent longitude
# reaching the term's (PyPI ephem 4.2.1, Beijing time).
SOLAR_TERMS = (
    "小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至",
    "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至",
)  # fmt: skip
# fmt: off
_TERM_CONSTANTS = {
    19: (6.11, 20.84, 4.6295, 19.4599, 6.3826, 21.4155, 5.59, 20.888, 6.318, 21.86, 6.5, 22.2,
         7.928, 23.65, 8.35, 23.95, 8.44, 23.822, 9.098, 24.218, 8.218, 23.08, 7.9, 22.6),
    20: (5.4055, 20.12, 3.87, 18.73, 5.63, 20.646, 4.81, 20.1, 5.52, 21.04, 5.678, 21.37,
         7.108, 22.83, 7.5, 23.13, 7.646, 23.042, 8.318, 23.438, 7.438, 22.36, 7.18, 21.94),
}
# fmt: on
_TERM_MISSES = {
    (1978, "小雪"): 1,
    (1980, "冬至"): 1,
    (1982, "小寒"): 1,
    (1984, "冬至"): 1,
    (2002, "立秋"): 1,
    (2008, "小满"): 1,
    (2016, "小暑"): 1,
    (2019, "小寒"): -1,
    (2021, "冬至"): -1,
    (2026, "雨水"): -1,
}


def solar_term(year: int, name: str) -> dt.date | None:
    """The day of a solar term in a year (立春 2026 → 2026-02-04); None outside
    1949–2060, the years checked."""
    if not 1949 <= year <= 2060:
        return None
    index = SOLAR_TERMS.index(name)
    y = year % 100
    leap_days = (y - 1) // 4 if index < 4 else y // 4
    day = math.floor(y * 0.2422 + _TERM_CONSTANTS[year // 100][index]) - leap_days
    return dt.date(year, index // 2 + 1, day + _TERM_MISSES.get((year, name), 0))


# --- festivals and observance days -------------------------------------------
# A festival or an observance day on a day of its own: a solar (month, day), a lunar
# one, or the n-th weekday of a month (Monday 0). The days the State Council or the UN
# fixed.
SOLAR_DAYS = {
    "元旦": (1, 1),
    "人民警察节": (1, 10),
    "世界湿地日": (2, 2),
    "全国爱耳日": (3, 3),
    "妇女节": (3, 8),
    "植树节": (3, 12),
    "消费者权益日": (3, 15),
    "世界水日": (3, 22),
    "世界气象日": (3, 23),
    "世界防治结核病日": (3, 24),
    "世界卫生日": (4, 7),
    "国家安全教育日": (4, 15),
    "世界地球日": (4, 22),
    "世界读书日": (4, 23),
    "中国航天日": (4, 24),
    "知识产权日": (4, 26),
    "劳动节": (5, 1),
    "青年节": (5, 4),
    "护士节": (5, 12),
    "防灾减灾日": (5, 12),
    "国际家庭日": (5, 15),
    "国际博物馆日": (5, 18),
    "世界无烟日": (5, 31),
    "儿童节": (6, 1),
    "世界环境日": (6, 5),
    "全国爱眼日": (6, 6),
    "世界海洋日": (6, 8),
    "国际档案日": (6, 9),
    "世界献血者日": (6, 14),
    "全国土地日": (6, 25),
    "国际禁毒日": (6, 26),
    "建党节": (7, 1),
    "世界人口日": (7, 11),
    "建军节": (8, 1),
    "教师节": (9, 10),
    "全国爱牙日": (9, 20),
    "烈士纪念日": (9, 30),
    "国庆节": (10, 1),
    "国庆": (10, 1),
    "全国高血压日": (10, 8),
    "世界精神卫生日": (10, 10),
    "世界粮食日": (10, 16),
    "记者节": (11, 8),
    "消防宣传日": (11, 9),
    "世界儿童日": (11, 20),
    "世界艾滋病日": (12, 1),
    "国际残疾人日": (12, 3),
    "国家宪法日": (12, 4),
    "国际志愿者日": (12, 5),
    "国家公祭日": (12, 13),
    "平安夜": (12, 24),
    "圣诞节": (12, 25),
}
LUNAR_DAYS = {
    "春节": (1, 1),
    "元宵节": (1, 15),
    "元宵": (1, 15),
    "端午节": (5, 5),
    "端午": (5, 5),
    "七夕节": (7, 7),
    "七夕": (7, 7),
    "中元节": (7, 15),
    "中秋节": (8, 15),
    "中秋": (8, 15),
    "重阳节": (9, 9),
    "重阳": (9, 9),
    "腊八节": (12, 8),
    "腊八": (12, 8),
    "除夕": (12, 30),
    "大年三十": (12, 30),
}
WEEKDAY_DAYS = {  # (month, which, weekday)
    "母亲节": (5, 2, 6),
    "全国助残日": (5, 3, 6),
    "父亲节": (6, 3, 6),
    "感恩节": (11, 4, 3),
}
TERM_DAYS = {"清明节": "清明", "冬至节": "冬至", **{t: t for t in SOLAR_TERMS}}
NAMED_DAYS = (*SOLAR_DAYS, *LUNAR_DAYS, *WEEKDAY_DAYS, *TERM_DAYS)


def named_day(name: str, year: int) -> dt.date | None:
    """The day a festival, an observance or a solar term names in a (solar) year; a
    lunar festival's in the lunar year that starts in it (除夕 2023 → 2024-02-09)."""
    if name in SOLAR_DAYS:
        return dt.date(year, *SOLAR_DAYS[name])
    if name in LUNAR_DAYS:
        return lunar_to_solar(year, *LUNAR_DAYS[name])
    if name in WEEKDAY_DAYS:
        month, which, weekday = WEEKDAY_DAYS[name]
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (which - 1))
    return solar_term(year, TERM_DAYS[name])
