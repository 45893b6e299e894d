"""The purge of old data (R-BAK-4): when it may run and what "older than N years" means.

The regulations (第三篇 六(六)): 數據庫中的過期、冗余數據每半年進行一次清理 … 經核對批準后方能進行;
未經正式批準,不得擅自刪除數據 — expired data is cleaned half-yearly, only with approval; and
第八條: 數據清理前必須對數據進行備份,在確認備份正確后方可進行清理操作 — a backup, checked, first.
How long records are kept before they may go: 第三篇's retention list keeps records at least
3 years (統計報表 … 保存有效期限(至少3年); 檢測記錄: 3年), so no purge reaches files or loans
younger than MIN_YEARS.

Decisions:
- The cutoff is the same calendar day N years before the purge (29 February → 28 February),
  at the same time of day, in UTC: a record older than that goes, one of that instant stays.
- "Half-yearly" is read as: at most one purge in any six calendar months. The last purge is
  read from the operation log (its data.purged entry), not a setting: the log is never
  purged and its chain shows it was not edited, and a setting could be changed by hand.
- A purge that finds nothing still counts as the half-year's cleaning (it is audited too).
"""

from __future__ import annotations

import calendar
from datetime import datetime
from enum import StrEnum

from records_desk.domain.common.errors import DomainError

MIN_YEARS = 3  # 第三篇: records are kept at least 3 years
INTERVAL_MONTHS = 6  # 第三篇 六(六): 每半年進行一次清理


class PurgeProblem(StrEnum):
    TOO_RECENT = "too_recent"  # fewer than MIN_YEARS years
    TOO_SOON = "too_soon"  # within six months of the last purge
    NOT_CONFIRMED = "not_confirmed"  # the command line was not given --yes


class PurgeRefused(DomainError):
    def __init__(
        self,
        problem: PurgeProblem,
        *,
        years: int = 0,
        last: datetime | None = None,
        next_allowed: datetime | None = None,
    ) -> None:
        super().__init__(f"purge refused: {problem.value}")
        self.problem = problem
        self.years = years
        self.minimum = MIN_YEARS
        self.last = last
        self.next_allowed = next_allowed


def _shift(moment: datetime, months: int) -> datetime:
    """MOMENT moved by whole calendar months, the day clipped to the month's last."""
    index = moment.year * 12 + (moment.month - 1) + months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def cutoff(now: datetime, years: int) -> datetime:
    """The instant before which void files and closed loans may go; PurgeRefused when YEARS
    is fewer than the regulations keep records."""
    if years < MIN_YEARS:
        raise PurgeRefused(PurgeProblem.TOO_RECENT, years=years)
    return _shift(now, -12 * years)


def next_allowed(last: datetime) -> datetime:
    """The first instant a purge may run again after one at LAST."""
    return _shift(last, INTERVAL_MONTHS)


def check_interval(last: datetime | None, now: datetime) -> None:
    """PurgeRefused when a purge ran at LAST less than six months before NOW."""
    if last is not None and now < next_allowed(last):
        raise PurgeRefused(PurgeProblem.TOO_SOON, last=last, next_allowed=next_allowed(last))
