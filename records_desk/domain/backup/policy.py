"""How often the office backs up (R-BAK-1; seed 第三篇5 "每隔1-5天備份一次", 第一篇 第五章
"至少每月備份一次"): a setting in days, 1 to 5 offered, never looser than 30; a backup is due
(at start, at exit, and the status bar turns red) when the last good one is older than that.

Decisions:
- "Good" means verified when made (its manifest written after the copy was reopened and
  checked): a copy that failed its check does not reset the clock.
- The interval is counted in elapsed time, not calendar days: a backup at 17:00 is due again
  the next day at 17:00 (the app asks at exit, so an office that closes at 18:00 backs up daily).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from records_desk.domain.backup.errors import IntervalInvalid

DEFAULT_DAYS = 1
OFFERED_DAYS = (1, 2, 3, 4, 5)
LOOSEST_DAYS = 30


def check_interval(days: int) -> int:
    if not 1 <= int(days) <= LOOSEST_DAYS:
        raise IntervalInvalid(int(days), LOOSEST_DAYS)
    return int(days)


def is_due(last_good: datetime | None, now: datetime, days: int) -> bool:
    """Whether a backup is due: none ever made, or the last good one older than DAYS."""
    if last_good is None:
        return True
    return now - last_good >= timedelta(days=check_interval(days))
