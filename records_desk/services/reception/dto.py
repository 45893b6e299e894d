"""Plain data handed out of the reception services (no ORM objects leave them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Source(StrEnum):
    """How a visitor came (R-REC-11): 來訪方式."""

    WALK_IN = "walk_in"
    PHONE = "phone"
    REFERRAL = "referral"


class Level(StrEnum):
    """R-GRD-6: a prospect's likelihood to close, graded by their consultant."""

    A = "A"
    B = "B"
    C = "C"


class VisitorStatus(StrEnum):
    """What the counter sees as the receptionist types a phone or ID number (R-REC-4, -9)."""

    RETURNING = "returning"  # a valid registration of their own
    HOUSEHOLD = "household"  # a spouse's, parent's or child's valid registration
    EXPIRED = "expired"  # registered, but more than a month since the last follow-up: new
    NEW = "new"


@dataclass(frozen=True)
class Skipped:
    consultant: str  # user name
    why: str  # the engine's reason (away, busy, cancelled…)


@dataclass(frozen=True)
class AssignmentInfo:
    """Who took the visitor and why (R-REC-13), as stored on the sheet."""

    row_no: int
    time: str
    visitor: str
    consultant: str | None  # user name; None when nobody could take them
    consultant_name: str
    reason: str
    counted: bool
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True)
class EventInfo:
    seq: int
    time: str
    type: str
    consultant: str | None
    payload: dict[str, object]


@dataclass(frozen=True)
class RegistrationInfo:
    id: int
    visitor_name: str
    phone: str
    id_number: str
    consultant: str
    consultant_name: str
    registered_on: date
    last_contact_on: date
    valid_through: date
    level: Level | None


@dataclass(frozen=True)
class FollowUpInfo:
    id: int
    registration_id: int
    on: date
    note: str
    level: Level
    recorded_by: str


@dataclass(frozen=True)
class VisitorCheck:
    """R-REC-4, R-REC-9: the counter's answer for a phone or ID number on a day."""

    status: VisitorStatus
    registration: RegistrationInfo | None = None  # the match (their own, or the relative's)
    owner: str | None = None  # the consultant who receives them (user name)
    owner_name: str = ""
    valid_through: date | None = None
    member_of: str | None = None  # HOUSEHOLD: the earliest registration's visitor


@dataclass(frozen=True)
class VisitRow:
    """A row of the day's 客戶來訪登記表 (R-REC-11)."""

    id: int
    row_no: int
    time: str
    visitor: str
    phone: str
    party_size: int
    source: Source
    first_visit: bool
    consultant: str | None
    consultant_name: str
    reason: str
    counted: bool
    skipped: tuple[Skipped, ...]
    intention: Level | None
    notes: str
    corrects: int | None  # the row number this row corrects


@dataclass(frozen=True)
class EnquiryRow:
    """A row of the day's 來電登記表 (R-REC-12)."""

    id: int
    row_no: int
    time: str
    caller: str
    phone: str
    heard_through: str
    enquiry: str
    consultant: str | None
    consultant_name: str
    invited: bool
    visit_planned: date | None
    corrects: int | None


@dataclass(frozen=True)
class Closing:
    """R-REC-11: the clerk's review of a day, and what it pinned."""

    day: date
    reviewed_by: str
    reviewed_by_name: str
    reviewed_at: datetime
    row_count: int
    enquiry_count: int
    event_count: int
    digest: str


@dataclass(frozen=True)
class Verification:
    day: date
    intact: bool
    stored: str
    computed: str
    row_count: int
