"""What the words around a date say of its year: an OCR'd year's figures (2O22年), the
year a clause names for a lunar or festival day (今年…农历六月二十四), and a solar day
printed beside it in brackets (农历三月初三（4月22日）)."""

from __future__ import annotations

import datetime as dt
import re

# OCR reads a year's 0 as O and its 1 as l or I (2O22年5月, l998年): four figures or
# figure-like letters before 年 and a month, a letter among them.
_OCR_YEAR = re.compile(r"(?<![A-Za-z\d])[12lI][\dlIO]{3}(?=\s*年\s*[\dlI]{1,2}\s*月)")
_FIGURE_LIKE = str.maketrans("lIO", "110")


def mend_ocr_year(text: str) -> str:
    """2O22年6月 → 2022年6月, letter for letter; a year it cannot be stays as it is."""
    return _OCR_YEAR.sub(_mended_year, text)


def _mended_year(m: re.Match) -> str:
    year = m[0].translate(_FIGURE_LIKE)
    return year if year.startswith(("19", "20")) else m[0]


# A solar day in brackets right after a lunar one: the page has done the reckoning.
_BRACKETED_DAY = re.compile(r"\s*[（(]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]")
# What opens the clause a date stands in: it names its year for the whole clause.
_CLAUSE_BREAK = re.compile(r"[。！？；，,;!?]")
# A day the clause says is still to come (将于农历六月二十四举行).
_TO_COME = re.compile(r"将于|将在|即将|定于|拟于")


def solar_day_beside(text: str, end: int) -> bool:
    """Is a lunar date ending at `end` followed by its solar day in brackets?"""
    return _BRACKETED_DAY.match(text, end) is not None


def day_the_clause_names(text: str, start: int, days: list[dt.date], issue: dt.date):
    """Of a lunar or festival day's candidates in the years around the issue, the one
    its clause names: this year's (今年) or the next to come (将于); None if it says
    neither."""
    clause = _CLAUSE_BREAK.split(text[:start])[-1]
    if "今年" in clause:
        return next((d for d in days if d.year == issue.year), None)
    if _TO_COME.search(clause):
        return min((d for d in days if d >= issue), default=None)
    return None
