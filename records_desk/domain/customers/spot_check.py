"""The weekly accuracy spot check (R-CUS-6, 第一篇 第二章2 客戶總監每周進行數據錄入準確性抽查,
第三篇2 第十八條): the director draws a random sample of a week's entries, marks each pass or
fail with a note, and every failure becomes an accuracy problem (R-DQ-1) of that record.

The random generator is passed in (`random.Random(seed)`), so a draw can be repeated and
tested; the entries are sorted before drawing, so the order the database returns them in does
not change the sample. Weeks run Monday to Sunday.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction
from typing import TypeVar

from records_desk.domain.common.errors import DomainError
from records_desk.domain.customers.errors import ReasonFor, ReasonRequired, SampleSizeInvalid
from records_desk.domain.customers.limits import LimitedText, check_length
from records_desk.domain.customers.quality import Dimension, Problem

T = TypeVar("T")
DEFAULT_SAMPLE_SIZE = 10  # the seed names no number; an office setting (services/office_settings)


class SpotResult(StrEnum):
    """An entry of a drawn sample: not yet checked, or found right or wrong."""

    PENDING = "pending"
    PASSED = "passed"
    FAILED = "failed"


@dataclass
class SpotCheckAlreadyDrawn(DomainError):
    """One draw per week: drawing again until the sample looks comfortable would defeat it."""

    week_start: date
    spot_check_id: int

    def __str__(self) -> str:
        return f"the week of {self.week_start} was already drawn (spot check {self.spot_check_id})"


@dataclass
class NoEntriesToCheck(DomainError):
    """Nothing was entered or changed in the week: there is nothing to draw from."""

    week_start: date

    def __str__(self) -> str:
        return f"no entries in the week of {self.week_start}"


@dataclass
class SpotCheckItemNotFound(DomainError):
    item_id: int

    def __str__(self) -> str:
        return f"no spot-check entry {self.item_id}"


def week_of(day: date) -> tuple[date, date]:
    """(Monday, next Monday) of the week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=7)


def entries_of_week(items: Iterable[T], entered_on: Callable[[T], date], day: date) -> list[T]:
    """The items entered in the week of `day`."""
    start, end = week_of(day)
    return [item for item in items if start <= entered_on(item) < end]


def draw_sample(record_ids: Iterable[int], size: int, rng: random.Random) -> tuple[int, ...]:
    """R-CUS-6: `size` distinct entries drawn at random (all of them when there are fewer),
    returned in record order for the checking sheet."""
    if size < 1:
        raise SampleSizeInvalid(size=size)
    population: Sequence[int] = sorted(set(record_ids))
    return tuple(sorted(rng.sample(population, min(size, len(population)))))


@dataclass(frozen=True)
class SpotCheckResult:
    record_id: int
    passed: bool
    note: str
    checked_by: str
    checked_on: date


def record_result(
    record_id: int, passed: bool, note: str, checked_by: str, checked_on: date
) -> SpotCheckResult:
    """A pass needs nothing more; a failure must say what was wrong, so it can be fixed."""
    if not passed and not note.strip():
        raise ReasonRequired(action=ReasonFor.SPOT_CHECK_FAILURE)
    check_length(LimitedText.NOTE, note)
    return SpotCheckResult(record_id, passed, note.strip(), checked_by, checked_on)


def failures_as_problems(
    results: Iterable[SpotCheckResult],
    maintainer_of: Mapping[int, str] | None = None,
    department_of: Mapping[int, str] | None = None,
) -> tuple[Problem, ...]:
    """R-CUS-6 → R-DQ-1: each failed entry is an accuracy problem of its record."""
    maintainers, departments = maintainer_of or {}, department_of or {}
    return tuple(
        Problem(
            result.record_id,
            Dimension.ACCURACY,
            "R-CUS-6",
            f"spot check {result.checked_on} by {result.checked_by} failed: {result.note}",
            maintainer=maintainers.get(result.record_id),
            department=departments.get(result.record_id),
        )
        for result in results
        if not result.passed
    )


def pass_rate(results: Iterable[SpotCheckResult]) -> Fraction | None:
    """Share of checked entries that passed; None when nothing was checked."""
    outcomes = [result.passed for result in results]
    return Fraction(sum(outcomes), len(outcomes)) if outcomes else None
