"""The years an archive of printed newspapers holds, in one place.

A date outside them is a mistake (a manifest typo, a misread masthead) and would take
pages down: the home page asks for the same day in every earlier year (one SQL term per
year, and SQLite refuses a thousand), and Python's calendar ends in 9999. Ingest refuses
such pages and the date URLs answer 404 for such years.
"""

import datetime

FIRST_YEAR, LAST_YEAR = 1800, 2100
YEARS = f"{FIRST_YEAR}–{LAST_YEAR}"


def year_in_range(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR


def date_in_range(day: datetime.date) -> bool:
    return year_in_range(day.year)


def clamp_year(year: int) -> int:
    return min(max(year, FIRST_YEAR), LAST_YEAR)
