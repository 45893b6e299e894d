"""Plain data in and out of the customer-file services (R-CUS, R-GRD): no ORM object leaves
the service layer. Snapshots are the stored JSON form (domain.customer_files)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from fractions import Fraction
from typing import Any

from records_desk.domain.customers.blacklist import BlacklistScope
from records_desk.domain.customers.files import (
    ChangeStatus,
    CustomerStatus,
    FieldChange,
    RevisionKind,
)
from records_desk.domain.customers.grading import QuotaScopeKind
from records_desk.domain.customers.reviews import ReviewStatus
from records_desk.domain.customers.timeliness import EntryKind
from records_desk.domain.customers.vocabulary import (
    AdmissionChecklist,
    CustomerField,
    Grade,
    ProspectLevel,
    RecordType,
)


@dataclass(frozen=True)
class CustomerDraft:
    """A new file as entered. New files start as 合格 when their record type is graded
    (五2.4); grades change only through GradingService.change_grade (R-GRD-2)."""

    record_type: RecordType
    name: str
    department: str = ""
    product_lines: tuple[str, ...] = ()
    contact_person: str = ""
    phones: tuple[str, ...] = ()
    email: str = ""
    address: str = ""
    id_number: str = ""
    consultant_id: int | None = None
    prospect_level: ProspectLevel | None = None
    admission: AdmissionChecklist = field(default_factory=AdmissionChecklist)
    shelf_location: str = ""
    event_date: date | None = None  # R-CUS-5 the day of the sale, repair, campaign…
    entry_kind: EntryKind = EntryKind.NEW_OR_CHANGED
    archive_number: str | None = None  # an old file's existing number (import); else issued


@dataclass(frozen=True)
class CustomerInfo:
    id: int
    archive_number: str
    record_type: RecordType
    department: str
    product_lines: tuple[str, ...]
    name: str
    contact_person: str
    phones: tuple[str, ...]
    email: str
    address: str
    id_number: str
    consultant_id: int | None
    consultant: str | None  # user name
    grade: Grade | None  # None: internal and campaign records are not graded
    prospect_level: ProspectLevel | None
    admission: AdmissionChecklist
    shelf_location: str
    event_date: date | None
    entry_kind: EntryKind
    entered_at: datetime
    entered_late: bool  # R-CUS-5
    maintainer: str
    status: CustomerStatus
    void_reason: str | None
    voided_at: datetime | None
    readmitted_on: date | None
    version: int
    missing_fields: tuple[CustomerField, ...]  # R-DQ-1 completeness, shown, not refused
    blacklisted_until: date | None  # last day of the longest entry in force today (R-GRD-5)


@dataclass(frozen=True)
class RevisionInfo:
    """R-CUS-3: one version of a file with who, when, why and how it was approved."""

    customer_id: int
    version: int
    at: datetime
    by: str
    by_name: str
    reason: str
    kind: RevisionKind
    change_request_id: int | None
    requested_by: str | None
    snapshot: dict[str, Any]


@dataclass(frozen=True)
class ChangeRequestInfo:
    id: int
    customer_id: int
    archive_number: str
    customer_name: str
    base_version: int
    requested_by: str
    requested_at: datetime
    reason: str
    changes: tuple[FieldChange, ...]  # old: at base_version, new: proposed
    status: ChangeStatus
    decided_by: str | None
    decided_at: datetime | None
    decision_note: str | None


@dataclass(frozen=True)
class QuotaLineInfo:
    """A capped grade in a department or a product line of a department (R-GRD-2)."""

    scope: QuotaScopeKind
    scope_name: str
    department: str
    product_line: str | None
    grade: Grade
    count: int
    total: int
    cap: Fraction
    allowed: int
    share: Fraction
    over: bool


@dataclass(frozen=True)
class GradeChangeInfo:
    id: int
    customer_id: int
    from_grade: Grade | None
    to_grade: Grade
    at: datetime
    by: str
    reason: str
    override_reason: str | None
    breaches: tuple[dict[str, Any], ...]  # what an override let through, as audited


@dataclass(frozen=True)
class BlacklistEntryInfo:
    id: int
    customer_id: int
    archive_number: str
    customer_name: str
    scope: BlacklistScope
    department: str | None
    reason: str
    starts_on: date
    expires_on: date  # first free day
    last_day: date  # 有效期至
    decided_by: str
    decided_at: datetime
    override_reason: str | None
    lifted_on: date | None
    lifted_by: str | None
    lift_reason: str | None
    in_force: bool  # on the day asked for


@dataclass(frozen=True)
class ReviewInfo:
    id: int
    customer_id: int
    reviewed_on: date
    scores: dict[str, Any]
    problems: str
    result_grade: Grade | None
    next_due: date
    reviewer: str


@dataclass(frozen=True)
class VisitInfo:
    id: int
    customer_id: int
    visited_on: date
    by: str
    summary: str
    details: dict[str, Any]


@dataclass(frozen=True)
class CustomerRef:
    """Enough of a file to list it and open it."""

    id: int
    archive_number: str
    name: str
    department: str
    grade: Grade | None


@dataclass(frozen=True)
class ReviewDueInfo:
    customer: CustomerRef
    due_on: date | None
    status: ReviewStatus
    days_past_due: int


@dataclass(frozen=True)
class ReviewListsInfo:
    due: tuple[ReviewDueInfo, ...]
    overdue: tuple[ReviewDueInfo, ...]


@dataclass(frozen=True)
class OverdueDowngradeInfo:
    customer: CustomerRef
    problem_on: date
    deadline: date
    days_late: int


@dataclass(frozen=True)
class OverdueVisitInfo:
    customer: CustomerRef
    due_on: date | None
    days_overdue: int
