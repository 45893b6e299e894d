"""Entry timeliness (R-CUS-5, 第三篇2 第十一–十三條): how long after the event a record may be
entered before it counts as late.

- 24 h: new records and changes (裝機、拆機、移機、更改 → a new file, a changed file);
- 48 h: renames, transfers of ownership and service changes (改名、過戶、增刪改服務性能);
- 72 h: bulk project data (工程調區、割接、改線 → a batch import of a project's records).

The limits are inclusive (錄入時限≤24小時): entered exactly 24 h after the event is on time.
Both times are kept on the record. When only the event's day is known, the time is counted from
the end of that day, the latest the event can have happened, so nobody is late for a missing
hour. Event and entry must both be naive or both aware datetimes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from records_desk.domain.customers.errors import EntryBeforeEvent


class EntryKind(StrEnum):
    NEW_OR_CHANGED = "new_or_changed"
    RENAME_OR_SERVICE = "rename_or_service"
    BULK_PROJECT = "bulk_project"


DEFAULT_LIMITS: dict[EntryKind, timedelta] = {
    EntryKind.NEW_OR_CHANGED: timedelta(hours=24),
    EntryKind.RENAME_OR_SERVICE: timedelta(hours=48),
    EntryKind.BULK_PROJECT: timedelta(hours=72),
}


@dataclass(frozen=True)
class TimelinessPolicy:
    limits: Mapping[EntryKind, timedelta] = field(default_factory=lambda: dict(DEFAULT_LIMITS))


def _bounds(event: date | datetime, entered_at: datetime) -> tuple[datetime, datetime]:
    """(earliest, latest) moment the event can have happened."""
    if isinstance(event, datetime):
        return event, event
    start = datetime.combine(event, time.min, tzinfo=entered_at.tzinfo)
    return start, start + timedelta(days=1)


def entry_deadline(
    kind: EntryKind,
    event: date | datetime,
    entered_at: datetime,
    policy: TimelinessPolicy | None = None,
) -> datetime:
    """The last moment an entry of `kind` for `event` is on time."""
    policy = policy or TimelinessPolicy()
    return _bounds(event, entered_at)[1] + policy.limits[kind]


def lateness(
    kind: EntryKind,
    event: date | datetime,
    entered_at: datetime,
    policy: TimelinessPolicy | None = None,
) -> timedelta:
    """How far past its deadline an entry was made; zero when on time. An entry before the
    event is refused with EntryBeforeEvent (one of the two times is wrong)."""
    earliest, _ = _bounds(event, entered_at)
    if entered_at < earliest:
        raise EntryBeforeEvent(event=event, entered_at=entered_at)
    return max(entered_at - entry_deadline(kind, event, entered_at, policy), timedelta(0))


def is_late(
    kind: EntryKind,
    event: date | datetime,
    entered_at: datetime,
    policy: TimelinessPolicy | None = None,
) -> bool:
    """R-CUS-5: entered later than the limit of its kind."""
    return lateness(kind, event, entered_at, policy) > timedelta(0)
