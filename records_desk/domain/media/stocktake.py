"""Stocktakes (issue 13 §4, seed 第三篇1 第三條 編號 and 第三篇10 第五條 the media's safe
keeping): the archivist scans what is in the cupboards; the count says what was expected, found,
missing, unexpected and scanned twice. And which media are due to be counted.

- Expected: the media on record in the stocktake's scope (all, a department, a location) that
  should be in the cupboard: registered, ready or returned. Those in scope but issued or in
  repair are `away` (listed, neither found nor missing).
- Unexpected: a scan that is no medium number, a number not on record, a medium recorded in
  another department or location, or one the register says is issued, in repair, disposed or
  lost — each with its reason, so the report says what to look into.
- Scanned twice: a number scanned again (found or unexpected); it is counted once.
- Due (once a year, 12 calendar months): a medium never counted, or last counted before the
  same day a year ago. Disposed and lost media are never due.

Decisions:
- Scans are compared by their normalised number (numbers.py), so `usb 7` finds USB-0007; a
  scan that is no number is kept as typed (trimmed) in the unexpected list.
- `Stocktake.scan` is incremental (one dictionary look-up, for the scanner's pace); the
  `lookup` of a number outside the expected set is the caller's (one indexed query).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from records_desk.domain.common.dates import add_months
from records_desk.domain.media.errors import MediumNumberInvalid
from records_desk.domain.media.numbers import normalise_medium_number
from records_desk.domain.media.vocabulary import FINAL_STATES, MediumState

IN_CUPBOARD = frozenset({MediumState.REGISTERED, MediumState.READY, MediumState.RETURNED})
STOCKTAKE_MONTHS = 12


@dataclass(frozen=True)
class MediumOnRecord:
    """A medium as the stocktake sees it."""

    number: str
    department: str
    location: str
    state: MediumState


@dataclass(frozen=True)
class StocktakeScope:
    """All media (both None), or one department and/or one location."""

    department: str | None = None
    location: str | None = None

    def covers(self, medium: MediumOnRecord) -> bool:
        return (self.department is None or medium.department == self.department) and (
            self.location is None or medium.location == self.location
        )


class Unexpectedly(StrEnum):
    NOT_A_NUMBER = "not_a_number"
    UNKNOWN = "unknown"  # a number no medium has
    ELSEWHERE = "elsewhere"  # recorded in another department or location
    ISSUED = "issued"
    IN_REPAIR = "in_repair"
    DISPOSED = "disposed"
    LOST = "lost"


_BY_STATE = {
    MediumState.ISSUED: Unexpectedly.ISSUED,
    MediumState.IN_REPAIR: Unexpectedly.IN_REPAIR,
    MediumState.DISPOSED: Unexpectedly.DISPOSED,
    MediumState.LOST: Unexpectedly.LOST,
}


@dataclass(frozen=True)
class Unexpected:
    number: str  # normalised; the scan as typed when it is no number
    reason: Unexpectedly
    department: str = ""  # ELSEWHERE: where the record says it belongs
    location: str = ""


class ScanResult(StrEnum):
    FOUND = "found"
    UNEXPECTED = "unexpected"
    TWICE = "twice"


@dataclass(frozen=True)
class ScanOutcome:
    number: str
    result: ScanResult
    unexpected: Unexpected | None = None  # UNEXPECTED: why (TWICE: the first scan's reason)


@dataclass(frozen=True)
class StocktakeCount:
    expected: tuple[str, ...]
    found: tuple[str, ...]  # in scan order
    missing: tuple[str, ...]  # in number order
    unexpected: tuple[Unexpected, ...]  # in scan order
    twice: tuple[str, ...]  # in the order of their second scan
    away: tuple[str, ...]  # in scope, issued or in repair


Lookup = Callable[[str], MediumOnRecord | None]


class Stocktake:
    """One stocktake's running count. `in_scope`: every medium on record in the scope."""

    def __init__(self, scope: StocktakeScope, in_scope: Iterable[MediumOnRecord]) -> None:
        self.scope = scope
        media = [m for m in in_scope if scope.covers(m)]
        self._expected = {m.number: m for m in media if MediumState(m.state) in IN_CUPBOARD}
        self._away = tuple(
            sorted(
                m.number for m in media if m.state in (MediumState.ISSUED, MediumState.IN_REPAIR)
            )
        )
        self._in_scope = {m.number: m for m in media}
        self._found: dict[str, None] = {}
        self._unexpected: dict[str, Unexpected] = {}
        self._twice: dict[str, None] = {}

    def scan(self, text: str, lookup: Lookup) -> ScanOutcome:
        """Count one scan; `lookup(number)` finds a medium outside the scope (None: unknown)."""
        try:
            number = normalise_medium_number(text)
        except MediumNumberInvalid:
            number = " ".join(text.split())
            return self._unexpected_scan(number, Unexpected(number, Unexpectedly.NOT_A_NUMBER))
        if number in self._found:
            self._twice.setdefault(number)
            return ScanOutcome(number, ScanResult.TWICE)
        if number in self._expected:
            self._found[number] = None
            return ScanOutcome(number, ScanResult.FOUND)
        return self._unexpected_scan(number, self._why(number, lookup))

    def _unexpected_scan(self, number: str, why: Unexpected) -> ScanOutcome:
        if number in self._unexpected:
            self._twice.setdefault(number)
            return ScanOutcome(number, ScanResult.TWICE, self._unexpected[number])
        self._unexpected[number] = why
        return ScanOutcome(number, ScanResult.UNEXPECTED, why)

    def _why(self, number: str, lookup: Lookup) -> Unexpected:
        medium = self._in_scope.get(number) or lookup(number)
        if medium is None:
            return Unexpected(number, Unexpectedly.UNKNOWN)
        state = MediumState(medium.state)
        if state in _BY_STATE:
            return Unexpected(number, _BY_STATE[state])
        return Unexpected(number, Unexpectedly.ELSEWHERE, medium.department, medium.location)

    def count(self) -> StocktakeCount:
        return StocktakeCount(
            expected=tuple(sorted(self._expected)),
            found=tuple(self._found),
            missing=tuple(sorted(n for n in self._expected if n not in self._found)),
            unexpected=tuple(self._unexpected.values()),
            twice=tuple(self._twice),
            away=self._away,
        )


def count_stocktake(
    scope: StocktakeScope,
    in_scope: Iterable[MediumOnRecord],
    scans: Sequence[str],
    lookup: Lookup,
) -> StocktakeCount:
    """The count of SCANS, in order (a stocktake replayed from its stored scans)."""
    stocktake = Stocktake(scope, in_scope)
    for text in scans:
        stocktake.scan(text, lookup)
    return stocktake.count()


def is_due(last_counted: date | None, today: date) -> bool:
    """Never counted, or not counted in the last 12 calendar months (counted on 2025-12-05 is
    still current on 2026-12-05 and due on 2026-12-06)."""
    return last_counted is None or add_months(last_counted, STOCKTAKE_MONTHS) < today


def current_since(today: date) -> date:
    """The earliest last-counted day still current on TODAY: `is_due(last, today)` exactly
    when `last < current_since(today)` (a query's bound; the month-end clamping of add_months
    makes it not simply a year back: on 2028-02-29 a count of 2027-02-28 is due)."""
    day = add_months(today, -STOCKTAKE_MONTHS)
    while is_due(day, today):
        day += timedelta(days=1)
    while not is_due(day - timedelta(days=1), today):
        day -= timedelta(days=1)
    return day


def due_for_stocktake(
    media: Mapping[str, tuple[MediumState, date | None]], today: date
) -> list[str]:
    """The numbers due to be counted, in number order: `media` maps each number to its state
    and the day it was last counted (None: never); disposed and lost media are left out."""
    return sorted(
        number
        for number, (state, last) in media.items()
        if MediumState(state) not in FINAL_STATES and is_due(last, today)
    )
