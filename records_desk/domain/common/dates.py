"""Dates as a Taiwan records office writes them, and calendar-month arithmetic.

`parse_office_date` reads, after full-width digits become half-width and stray spaces go:

- Gregorian (西元): `2026-11-27`, `2026/11/27`, `2026.11.27`, `2026年11月27日`, `20261127`;
- ROC (民國) years, which are the Gregorian year minus 1911: `115/11/27`, `115-11-27`,
  `115.11.27`, `115年11月27日`, `民國115年11月27日`, `中華民國 115 年 11 月 27 日`, `1151127`.

A year of 1–3 digits is an ROC year, 4 digits a Gregorian one; "民國" forces ROC. The order is
always year-month-day: `27/11/2026` is refused as YEAR_NOT_FIRST rather than guessed. A time
after the date (`2026-11-27 00:00:00`, as spreadsheets write dates as text) is ignored.
Anything else raises OfficeDateInvalid saying what is wrong.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from records_desk.domain.common.errors import DateProblem, OfficeDateInvalid
from records_desk.domain.common.identifiers import to_half_width

ROC_OFFSET = 1911
MIN_YEAR = 1900
MAX_YEAR = 2199

_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_ERA = r"(?P<era>中華民國|民國|民|西元|公元)?"
_SEPARATED = re.compile(
    rf"^{_ERA}(?P<y>\d{{1,4}})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}}){_TIME}$"
)
_CHINESE = re.compile(
    rf"^{_ERA}(?P<y>\d{{1,4}})年(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})[日號]?{_TIME}$"
)
_COMPACT = re.compile(rf"^{_ERA}(?P<y>\d{{3}}|\d{{4}})(?P<m>\d{{2}})(?P<d>\d{{2}}){_TIME}$")
_YEAR_LAST = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}" + _TIME + "$")


def roc_to_gregorian(roc_year: int) -> int:
    return roc_year + ROC_OFFSET


def gregorian_to_roc(year: int) -> int:
    """ROC year of a Gregorian year from 1912 (民國元年) on."""
    if year <= ROC_OFFSET:
        raise ValueError(f"{year} is before the ROC calendar (1912)")
    return year - ROC_OFFSET


def format_roc(day: date, *, chinese: bool = False) -> str:
    """115/11/27, or 民國115年11月27日 with `chinese`."""
    roc = gregorian_to_roc(day.year)
    if chinese:
        return f"民國{roc}年{day.month}月{day.day}日"
    return f"{roc}/{day.month:02d}/{day.day:02d}"


def _tidy(text: str) -> str:
    """Half-width, no spaces at all (民國 115 年 11 月 27 日), except one before a time."""
    half = to_half_width(text).strip()
    half = re.sub(r"\s+(?=\d{1,2}:\d{2})", "T", half)  # keep the date/time boundary
    return re.sub(r"\s+", "", half).replace("T", " ")


def parse_office_date(text: str, *, not_after: date | None = None) -> date:
    """The day written in `text`; `not_after` refuses later days (IN_FUTURE), e.g. today for
    event dates and birthdays."""
    tidy = _tidy(text)
    if not tidy:
        raise OfficeDateInvalid(text=text, problem=DateProblem.EMPTY)
    match = _SEPARATED.match(tidy) or _CHINESE.match(tidy) or _COMPACT.match(tidy)
    if match is None:
        if _YEAR_LAST.match(tidy):
            raise OfficeDateInvalid(
                text=text, problem=DateProblem.YEAR_NOT_FIRST, detail="write year/month/day"
            )
        raise OfficeDateInvalid(text=text, problem=DateProblem.UNRECOGNISED)
    era, digits = match.group("era"), match.group("y")
    year = int(digits)
    if era in ("中華民國", "民國", "民"):
        if len(digits) == 4:
            raise OfficeDateInvalid(
                text=text,
                problem=DateProblem.YEAR_OUT_OF_RANGE,
                detail="an ROC year has 1-3 digits",
            )
        year = roc_to_gregorian(year)
    elif len(digits) < 4:
        if era in ("西元", "公元"):
            raise OfficeDateInvalid(
                text=text,
                problem=DateProblem.YEAR_OUT_OF_RANGE,
                detail="a Gregorian year has 4 digits",
            )
        year = roc_to_gregorian(year)
    if not MIN_YEAR <= year <= MAX_YEAR or (len(digits) < 4 and int(digits) == 0):
        raise OfficeDateInvalid(
            text=text, problem=DateProblem.YEAR_OUT_OF_RANGE, detail=f"{MIN_YEAR}-{MAX_YEAR}"
        )
    month, day_of_month = int(match.group("m")), int(match.group("d"))
    try:
        day = date(year, month, day_of_month)
    except ValueError:
        raise OfficeDateInvalid(
            text=text,
            problem=DateProblem.NO_SUCH_DAY,
            detail=f"{year}-{month:02d}-{day_of_month:02d}",
        ) from None
    return check_not_after(day, not_after, text)


def check_not_after(day: date, not_after: date | None, text: str | None = None) -> date:
    """`day`, unless it is later than `not_after` (IN_FUTURE; `text` is what was typed)."""
    if not_after is not None and day > not_after:
        raise OfficeDateInvalid(
            text=day.isoformat() if text is None else text,
            problem=DateProblem.IN_FUTURE,
            detail=f"after {not_after.isoformat()}",
        )
    return day


def add_months(day: date, months: int) -> date:
    """Same day of the month `months` later, clamped to the month's last day (08-31 + 6 -> 02-28)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
