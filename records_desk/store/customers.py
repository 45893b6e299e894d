"""SQLAlchemy models of the customer files (R-CUS, R-GRD, R-DQ), on the same declarative Base
as store/models.py. Kept apart so that signing in and showing the main window do not build
them: nothing at start-up uses them (bench/startup.py), and the customer-file services import
this module when first used."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from records_desk.store.models import Base, UTCDateTime


class Customer(Base):
    """A customer file [客戶檔案]. Never deleted: voided with a reason (R-CUS-3). `version`
    rises with every change; each version is kept whole in customer_revision."""

    __tablename__ = "customer"
    __table_args__ = (
        Index("ix_customer_department", "department"),
        Index("ix_customer_grade", "grade"),
        Index("ix_customer_status", "status"),
        Index("ix_customer_name", "name"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    archive_number: Mapped[str] = mapped_column(String(32), unique=True)  # R-CUS-2
    record_type: Mapped[str] = mapped_column(String(32))  # R-CUS-1
    department: Mapped[str] = mapped_column(String(100))
    product_lines: Mapped[list[str]] = mapped_column(JSON)
    name: Mapped[str] = mapped_column(String(200))  # person or company
    contact_person: Mapped[str] = mapped_column(String(100))
    phones: Mapped[list[str]] = mapped_column(JSON)  # as typed, for display
    phone_digits: Mapped[list[str]] = mapped_column(JSON)  # digits only, for search
    email: Mapped[str] = mapped_column(String(254))
    address: Mapped[str] = mapped_column(String(300))
    id_number: Mapped[str] = mapped_column(String(32))  # ID or business number, normalised
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    grade: Mapped[str | None] = mapped_column(String(16), nullable=True)  # None: not graded
    prospect_level: Mapped[str | None] = mapped_column(String(1), nullable=True)  # R-GRD-6
    admission: Mapped[list[str]] = mapped_column(JSON)  # R-GRD-1 criteria met
    shelf_location: Mapped[str] = mapped_column(String(100))
    event_date: Mapped[date | None] = mapped_column(Date, nullable=True)  # R-CUS-5
    entry_kind: Mapped[str] = mapped_column(String(32))  # R-CUS-5 which time limit applies
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    maintainer_id: Mapped[int] = mapped_column(ForeignKey("account.id"))  # R-DQ-2
    status: Mapped[str] = mapped_column(String(8))
    void_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    readmitted_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # R-GRD-5
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CustomerRevision(Base):
    """R-CUS-3: one full snapshot per version, with who, when, why and the approval."""

    __tablename__ = "customer_revision"
    __table_args__ = (UniqueConstraint("customer_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))  # RevisionKind: how it was approved
    change_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("change_request.id"), nullable=True
    )


class ChangeRequest(Base):
    """R-CUS-4: a proposed change of a file, pending until approved or refused."""

    __tablename__ = "change_request"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    base_version: Mapped[int] = mapped_column(Integer)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    previous: Mapped[dict[str, Any]] = mapped_column(JSON)  # the changed fields at base_version
    proposed: Mapped[dict[str, Any]] = mapped_column(JSON)  # their proposed values
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), index=True)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decision_note: Mapped[str | None] = mapped_column(Text, nullable=True)


class ArchiveSequence(Base):
    """R-CUS-2: the highest sequence ever issued per category code and year; only rises, so
    numbers are never reused. Locked (FOR UPDATE / SQLite's write lock) while numbering."""

    __tablename__ = "archive_sequence"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)


class BlacklistEntry(Base):
    """R-GRD-5 [銷售客戶黑名單]: in force from starts_on up to, not including, expires_on."""

    __tablename__ = "blacklist_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    scope: Mapped[str] = mapped_column(String(16))
    department: Mapped[str | None] = mapped_column(String(100), nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date] = mapped_column(Date)
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())
    override_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    lifted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    lifted_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    lift_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class GradeChange(Base):
    """R-GRD-2/4: every grade change, with the quota breaches a director's override let
    through."""

    __tablename__ = "grade_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    from_grade: Mapped[str | None] = mapped_column(String(16), nullable=True)
    to_grade: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    changed_on: Mapped[date] = mapped_column(Date)  # office day, for the 5-day rule
    by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    reason: Mapped[str] = mapped_column(Text)
    override_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    breaches: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


class Review(Base):
    """R-GRD-3 periodic review [銷售客戶階段評價表]; `problems` not blank is R-GRD-4's
    "problem recorded"."""

    __tablename__ = "review"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    reviewed_on: Mapped[date] = mapped_column(Date)
    scores: Mapped[dict[str, Any]] = mapped_column(JSON)
    problems: Mapped[str] = mapped_column(Text)
    result_grade: Mapped[str | None] = mapped_column(String(16), nullable=True)
    next_due: Mapped[date] = mapped_column(Date)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Visit(Base):
    """R-CUS-8 visit report [客戶拜訪總結報告]."""

    __tablename__ = "visit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    visited_on: Mapped[date] = mapped_column(Date)
    by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(JSON)  # needs, opinions, suggestions
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


# --- evaluations, surveys, spot checks, data quality (R-GRD-3, R-CUS-6/7, R-DQ) ---------------


class Evaluation(Base):
    """R-GRD-3 附件1 audit evaluation; the weights in force are kept with the scores, so a
    later change of the setting never rewrites it. The total is kept in hundredths (exact)."""

    __tablename__ = "evaluation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    evaluated_on: Mapped[date] = mapped_column(Date)
    product_line: Mapped[str | None] = mapped_column(String(100), nullable=True)
    scores: Mapped[dict[str, Any]] = mapped_column(JSON)  # criterion -> points
    weights: Mapped[dict[str, Any]] = mapped_column(JSON)  # criterion -> percent
    max_score: Mapped[int] = mapped_column(Integer)
    total_hundredths: Mapped[int] = mapped_column(Integer)  # 8450 for 84.50 of 100
    suggested_grade: Mapped[str] = mapped_column(String(16))
    opinion: Mapped[str] = mapped_column(Text)
    evaluator_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Survey(Base):
    """R-CUS-7 附件4 customer survey: the seven sections, the assessment, the head's facts."""

    __tablename__ = "survey"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    surveyed_on: Mapped[date] = mapped_column(Date)
    sections: Mapped[dict[str, Any]] = mapped_column(JSON)
    assessment: Mapped[str] = mapped_column(Text)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)
    surveyor_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SpotCheck(Base):
    """R-CUS-6: one draw per week (Monday `week_start`); `seed` repeats the draw."""

    __tablename__ = "spot_check"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    week_start: Mapped[date] = mapped_column(Date, unique=True)
    drawn_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    drawn_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sample_size: Mapped[int] = mapped_column(Integer)
    population: Mapped[int] = mapped_column(Integer)
    seed: Mapped[str] = mapped_column(String(32))


class SpotCheckItem(Base):
    """An entry of a drawn sample: pending until marked passed or failed (with a note)."""

    __tablename__ = "spot_check_item"
    __table_args__ = (UniqueConstraint("spot_check_id", "customer_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    spot_check_id: Mapped[int] = mapped_column(ForeignKey("spot_check.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    result: Mapped[str] = mapped_column(String(8))
    note: Mapped[str] = mapped_column(Text)
    marked_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    marked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class DuplicateDismissal(Base):
    """R-DQ-1 uniqueness: a pair of files someone marked "not a duplicate" (first < second)."""

    __tablename__ = "duplicate_dismissal"
    __table_args__ = (UniqueConstraint("first_id", "second_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    second_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    reason: Mapped[str] = mapped_column(Text)
    by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class QualityProblem(Base):
    """R-DQ-3 fixes are tracked: every problem the quality check has found, by a key stable
    while the problem lasts, from when it was first seen until it was no longer found."""

    __tablename__ = "quality_problem"
    __table_args__ = (
        Index("ix_quality_problem_open", "fixed_at", "key"),
        # customers_0002: counts per dimension and per file of the open rows, index only.
        Index("ix_quality_problem_open_by", "fixed_at", "dimension", "customer_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64))  # domain.quality.problem_key
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    dimension: Mapped[str] = mapped_column(String(16))
    rule_id: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(32), nullable=True)
    message: Mapped[str] = mapped_column(Text)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    fixed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class QualityCheck(Base):
    """No longer used (issue 10: quality_state and quality_stored_problem, kept current on
    every write, replaced it). Its table belongs to the core chain (migration 0005); a feature
    branch may not drop a core table, or taking the core back past 0005 would fail."""

    __tablename__ = "quality_check"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id"), primary_key=True, autoincrement=False
    )
    version: Mapped[int] = mapped_column(Integer)
    problems: Mapped[list[Any]] = mapped_column(JSON)
    keys: Mapped[list[Any]] = mapped_column(JSON)


class QualityState(Base):
    """Which version of a file its stored problems and duplicate keys were worked out on
    (services/customers/quality_upkeep.py keeps them current on every write), with what a
    look shows of a file (maintainer and department for the scores; archive number, name and
    grade for the list), so a look reads this narrow table, not the wide customer one. A file with no row here has never been checked (an old database, a
    bulk insert not yet refreshed): the next look checks it."""

    __tablename__ = "quality_state"
    __table_args__ = (
        Index("ix_quality_state_archive_number", "archive_number"),
        Index("ix_quality_state_owner", "active", "maintainer_id", "department"),
        Index("ix_quality_state_synced", "synced"),
    )

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id"), primary_key=True, autoincrement=False
    )
    version: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean)
    maintainer_id: Mapped[int] = mapped_column(Integer)
    department: Mapped[str] = mapped_column(String(100))
    archive_number: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    grade: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # None: written since the last look brought the tracking (quality_problem) up to date.
    synced: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class QualityLook(Base):
    """The office day on which a look last brought the tracking of problems up to date (one
    row): the next look re-examines only the files written since, those whose stored
    problems start or stop holding between that day and its own, and the few it checks
    itself (services/customers/quality_list.py)."""

    __tablename__ = "quality_look"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    synced_on: Mapped[date] = mapped_column(Date)


class StoredProblem(Base):
    """R-DQ-1: a problem of an active file as of its last write, and the office days on
    which it holds: from `holds_from` (a review falling overdue) up to, not including,
    `holds_until` (a late entry's 30 days, an event day still ahead); None: no bound. A look
    keeps the rows that hold today, so nothing is recomputed as days pass."""

    __tablename__ = "quality_stored_problem"
    __table_args__ = (Index("ix_quality_stored_problem_customer", "customer_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    key: Mapped[str] = mapped_column(String(64))  # domain.quality.problem_key
    dimension: Mapped[str] = mapped_column(String(16))
    rule_id: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(32), nullable=True)
    message: Mapped[str] = mapped_column(Text)
    holds_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    holds_until: Mapped[date | None] = mapped_column(Date, nullable=True)


class QualityKey(Base):
    """R-DQ-1 uniqueness: a duplicate key of an active file (normalised name + phone, ID…,
    domain/customers/duplicates.py) within its group (department and record type); files
    sharing a key in a group are likely duplicates, found by one indexed self-join."""

    __tablename__ = "quality_key"
    __table_args__ = (
        Index("ix_quality_key_lookup", "grp", "basis", "value", "customer_id"),
        Index("ix_quality_key_customer", "customer_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    grp: Mapped[str] = mapped_column(String(140))  # "department|record type"
    basis: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(300))
