"""Plain data handed out of the media services (no ORM objects leave them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from records_desk.domain.media.vocabulary import MediumState, MediumType


@dataclass(frozen=True)
class MediumEventInfo:
    """One line of a medium's timeline."""

    at: datetime
    account: str  # the user name who recorded it
    action: str  # the life cycle's action, or "register", "backup"
    state_before: MediumState | None
    state_after: MediumState
    evidence: dict[str, Any]
    note: str


@dataclass(frozen=True)
class MediumInfo:
    number: str
    media_type: MediumType
    state: MediumState
    classified: bool
    department: str
    brand: str = ""
    model: str = ""
    serial: str = ""
    capacity: str = ""
    location: str = ""
    custodian: str | None = None
    registered_at: datetime | None = None
    registered_by: str = ""
    labelled: bool = False
    encryption: str | None = None
    virus_checked_at: datetime | None = None
    virus_check_clean: bool = False
    holder: str | None = None  # the borrower's user name while issued
    approved_by: str | None = None
    issued_at: datetime | None = None
    due_on: date | None = None
    repair_unit: str | None = None
    backup_category: str | None = None
    content: str | None = None
    last_counted_on: date | None = None
    event_count: int = 0
    events: tuple[MediumEventInfo, ...] = ()


@dataclass(frozen=True)
class MediumRow:
    """One medium as the inventory table lists it."""

    number: str
    media_type: MediumType
    state: MediumState
    classified: bool
    department: str
    brand: str
    model: str
    location: str
    holder: str | None
    due_on: date | None
    last_counted_on: date | None
    backup_category: str | None = None  # an optical disc filed as a backup (R-MED-5)


class MediaSort(StrEnum):
    """The inventory's columns a list may be sorted by (the tab's headers)."""

    NUMBER = "number"  # type, then number: the list's own order
    TYPE = "type"
    STATE = "state"
    CLASSIFIED = "classified"
    DEPARTMENT = "department"
    LOCATION = "location"
    HOLDER = "holder"
    DUE = "due"
    COUNTED = "counted"


@dataclass(frozen=True)
class MediaFilter:
    """What the inventory table shows, in which order; None: any."""

    state: MediumState | None = None
    media_type: MediumType | None = None
    classified: bool | None = None
    department: str | None = None
    due_for_stocktake: bool = False
    overdue: bool = False  # issued and past its due day (the office's day)
    sort: MediaSort = MediaSort.NUMBER
    descending: bool = False


@dataclass(frozen=True)
class MediumDraft:
    """What registering a medium needs (R-MED-1)."""

    media_type: MediumType
    department: str
    classified: bool = False
    brand: str = ""
    model: str = ""
    serial: str = ""
    capacity: str = ""
    location: str = ""
    custodian: str | None = None  # an account's user name


@dataclass(frozen=True)
class ScanResult:
    """One scan of a stocktake and the counts after it."""

    scanned: str
    number: str | None  # the medium's number read from the scan (None: not a number)
    outcome: str  # found, unexpected, unknown, twice
    counts: StocktakeCounts


@dataclass(frozen=True)
class StocktakeCounts:
    expected: int
    found: int
    missing: int
    unexpected: int
    twice: int


@dataclass(frozen=True)
class StocktakeReport:
    id: int
    department: str | None
    location: str | None
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None
    closed_by: str | None
    counts: StocktakeCounts
    missing: tuple[str, ...] = ()
    unexpected: tuple[str, ...] = ()
    twice: tuple[str, ...] = ()
    scans: int = 0
    notes: dict[str, str] = field(default_factory=dict)  # unexpected number -> why
