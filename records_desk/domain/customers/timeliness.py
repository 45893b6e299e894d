"""Entry timeliness (R-CUS-5, 第三篇2 第十一–十三條): how long after the event a record may be
entered before it counts as late.

- 24 h: new records and changes (裝機、拆機、移機、更改 → a new file, a changed file);
- 48 h: renames, transfers of ownership and service changes (改名、過戶、增刪改服務性能);
- 72 h: bulk project data (工程調區、割接、改線 → a batch of a project's records typed in).

A file imported from the office's earlier list is of the kind IMPORTED and is never late: the
rule times the entry of an event, and such a file was entered when the event happened — in the
earlier list, at a time nobody knows now; the import moves it, it does not enter it. Counting
it would mark a whole old list late on the office's first day (every row older than 72 h) and
charge the clerk who imported it with thousands of late entries in data quality for a month.
Its event date is kept as the list gives it; the preview says how many rows that concerns
(`old_events`), so nobody is surprised either way.

The limits are inclusive (錄入時限≤24小時): entered exactly 24 h after the event is on time.
Both times are kept on the record. When only the event's day is known, the time is counted from
the end of that day, the latest the event can have happened, so nobody is late for a missing
hour. Event and entry must both be naive or both aware datetimes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from records_desk.domain.customers.errors import EntryBeforeEvent


class EntryKind(StrEnum):
    NEW_OR_CHANGED = "new_or_changed"
    RENAME_OR_SERVICE = "rename_or_service"
    BULK_PROJECT = "bulk_project"
    IMPORTED = "imported"  # from an earlier list: its entry time is unknown, never late


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
) -> datetime | None:
    """The last moment an entry of `kind` for `event` is on time; None: not timed (IMPORTED)."""
    limit = (policy or TimelinessPolicy()).limits.get(kind)
    return None if limit is None else _bounds(event, entered_at)[1] + limit


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
    deadline = entry_deadline(kind, event, entered_at, policy)
    return timedelta(0) if deadline is None else max(entered_at - deadline, timedelta(0))


def is_late(
    kind: EntryKind,
    event: date | datetime,
    entered_at: datetime,
    policy: TimelinessPolicy | None = None,
) -> bool:
    """R-CUS-5: entered later than the limit of its kind."""
    return lateness(kind, event, entered_at, policy) > timedelta(0)


def old_events(
    events: Iterable[date | datetime | None],
    imported_at: datetime,
    policy: TimelinessPolicy | None = None,
) -> int:
    """How many of an import's event dates are older than the bulk limit (72 h): the files
    that would have counted as late entries had the import been timed as one."""
    return sum(
        1
        for event in events
        if event is not None
        and _bounds(event, imported_at)[0] <= imported_at
        and is_late(EntryKind.BULK_PROJECT, event, imported_at, policy)
    )
