"""Office dates (R-CUS-5 event dates, R-DQ-1 validity of imported dates): ISO, slashes, ROC
years, 民國…年…月…日, full-width digits, stray spaces; typed errors saying what is wrong."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from records_desk.domain.common.dates import (
    add_months,
    format_roc,
    gregorian_to_roc,
    parse_office_date,
    roc_to_gregorian,
)
from records_desk.domain.common.errors import DateProblem, OfficeDateInvalid

DAY = date(2026, 11, 27)


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-27",
        "2026/11/27",
        "2026.11.27",
        "2026年11月27日",
        "20261127",
        "西元2026年11月27日",
        "115/11/27",
        "115-11-27",
        "115.11.27",
        "115年11月27日",
        "民國115年11月27日",
        "中華民國 115 年 11 月 27 日",
        "1151127",
        "２０２６／１１／２７",
        "民國１１５年１１月２７日",
        "  2026 / 11 / 27 ",
        "2026/11/27 00:00:00",
        "2026-11-27T09:30",
        "115/11/27 14:05",
    ],
)
def test_office_date_forms_all_mean_the_same_day_R_DQ_1(text: str) -> None:
    assert parse_office_date(text) == DAY


def test_short_years_are_roc_years_R_DQ_1() -> None:
    assert parse_office_date("99/1/2") == date(2010, 1, 2)
    assert parse_office_date("1/1/1") == date(1912, 1, 1)
    assert parse_office_date("民國38年5月20日") == date(1949, 5, 20)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", DateProblem.EMPTY),
        ("   ", DateProblem.EMPTY),
        ("next Tuesday", DateProblem.UNRECOGNISED),
        ("2026/11-27", DateProblem.UNRECOGNISED),
        ("261127", DateProblem.UNRECOGNISED),
        ("27/11/2026", DateProblem.YEAR_NOT_FIRST),
        ("11-27-2026", DateProblem.YEAR_NOT_FIRST),
        ("2026-02-29", DateProblem.NO_SUCH_DAY),
        ("115/13/01", DateProblem.NO_SUCH_DAY),
        ("2026-11-31", DateProblem.NO_SUCH_DAY),
        ("1899-12-31", DateProblem.YEAR_OUT_OF_RANGE),
        ("0/1/1", DateProblem.YEAR_OUT_OF_RANGE),
        ("民國2026年1月1日", DateProblem.YEAR_OUT_OF_RANGE),
        ("西元115年1月1日", DateProblem.YEAR_OUT_OF_RANGE),
    ],
)
def test_unreadable_dates_say_what_is_wrong_R_DQ_1(text: str, problem: DateProblem) -> None:
    with pytest.raises(OfficeDateInvalid) as refused:
        parse_office_date(text)
    assert refused.value.problem is problem
    assert refused.value.text == text


def test_a_day_after_the_limit_is_refused_as_in_future_R_DQ_1() -> None:
    assert parse_office_date("115/11/27", not_after=DAY) == DAY
    with pytest.raises(OfficeDateInvalid) as refused:
        parse_office_date("115/11/28", not_after=DAY)
    assert refused.value.problem is DateProblem.IN_FUTURE


@given(st.dates(date(1912, 1, 1), date(2199, 12, 31)))
def test_roc_and_gregorian_differ_by_1911_and_round_trip_R_DQ_1(day: date) -> None:
    assert roc_to_gregorian(gregorian_to_roc(day.year)) == day.year
    assert gregorian_to_roc(day.year) == day.year - 1911
    assert parse_office_date(format_roc(day)) == day
    assert parse_office_date(format_roc(day, chinese=True)) == day
    assert parse_office_date(day.isoformat()) == day


@given(st.dates(date(1912, 1, 1), date(2199, 12, 31)), st.sampled_from(["%Y/%m/%d", "%Y-%m-%d"]))
def test_full_width_dates_equal_half_width_dates_R_DQ_1(day: date, pattern: str) -> None:
    text = day.strftime(pattern)
    assert parse_office_date(full_width(text)) == parse_office_date(text) == day
    roc = format_roc(day)
    assert parse_office_date(full_width(roc)) == day


@given(st.text(max_size=24))
def test_date_parser_only_ever_refuses_with_office_date_invalid_R_DQ_1(text: str) -> None:
    try:
        parse_office_date(text)
    except OfficeDateInvalid:
        pass


def test_no_roc_year_before_1912_R_DQ_1() -> None:
    with pytest.raises(ValueError):
        gregorian_to_roc(1911)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 11, 27), 6, date(2027, 5, 27)),
        (date(2026, 3, 15), -3, date(2025, 12, 15)),
    ],
)
def test_calendar_months_clamp_to_the_month_end_R_GRD_3_R_GRD_5(
    start: date, months: int, expected: date
) -> None:
    assert add_months(start, months) == expected
