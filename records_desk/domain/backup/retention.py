"""Which backups to keep (R-BAK-1, R-BAK-2): the newest of each of the last 14 days that have
one, the newest of each of the last 12 months, and the newest of every year for ever; never
the last verified copy, whatever its age.

Decisions:
- Only verified copies are ever chosen for deletion: a copy whose manifest is missing or does
  not match is not judged here (it is listed as unverified for a person to look at), and a
  copy being written has no manifest yet.
- Days, months and years are the office's local calendar (the caller passes local times):
  "the backup of 3 March" is what a person looks for.
- Every copy of the last 24 hours is kept: a copy made at exit does not remove the one made
  at start the same day while a person may still be looking at it (or restoring from it).
- Copies made before a restore or a purge are labelled and never chosen (`labelled`): they
  are the office's way back from that step, removed by a person if ever.
- Pure: the caller deletes what `to_delete` returns, each copy with its manifest.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

DAILY = 14
MONTHLY = 12


RECENT = timedelta(hours=24)


@dataclass(frozen=True)
class Kept:
    key: Hashable  # the caller's handle (its file name)
    made_at: datetime  # local time
    verified: bool
    labelled: bool = False  # made before a restore or a purge


def to_keep(backups: Iterable[Kept]) -> set[Hashable]:
    verified = sorted((b for b in backups if b.verified), key=lambda b: b.made_at, reverse=True)
    keep: set[Hashable] = set()
    if verified:
        keep.add(verified[0].key)  # the last verified copy, always
    regular = [b for b in verified if not b.labelled]  # safety copies take no period's place
    for width, count in ((10, DAILY), (7, MONTHLY), (4, None)):  # day, month, year
        keep |= _newest_per(regular, width, count)
    return keep


def _newest_per(newest_first: Sequence[Kept], width: int, count: int | None) -> set[Hashable]:
    """The newest copy of each period (its date's first WIDTH characters, YYYY-MM-DD),
    for the COUNT most recent periods that have one (None: all)."""
    seen: dict[str, Hashable] = {}
    for b in newest_first:
        period = b.made_at.date().isoformat()[:width]
        if period not in seen:
            if count is not None and len(seen) >= count:
                break
            seen[period] = b.key
    return set(seen.values())


def to_delete(backups: Iterable[Kept], now: datetime) -> list[Hashable]:
    listed = list(backups)
    keep = to_keep(listed)
    return [
        b.key
        for b in listed
        if b.verified and not b.labelled and b.key not in keep and now - b.made_at >= RECENT
    ]
