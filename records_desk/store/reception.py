"""SQLAlchemy models of the reception feature (R-REC-1…13, R-GRD-6), on the same declarative
Base as store/models.py; their tables come from the reception feature's own Alembic branch
(store/migrations/reception/). Loaded when the reception services are first used.

- `reception_event`: the live day's events in the order they happened (sequence per day); the
  rotation's state is their replay (domain/reception), never stored.
- `reception_registration` with its `reception_follow_up`s and `reception_relation`s: whose
  customer a returning visitor is (R-REC-4, R-REC-9) and the consultant's A/B/C (R-GRD-6).
- `reception_visit` and `reception_enquiry`: the rows of the day's 客戶來訪登記表 and 來電登記表
  (R-REC-11, R-REC-12); a correction is a new row whose `corrects_id` names the old one.
- `reception_day_close`: the clerk's review; its row count and hash pin the day's rows.

Decisions:
- Consultants are accounts (role consultant): the foreign keys name account ids.
- A closed day is unalterable in the database too (migration reception_0001): triggers refuse
  UPDATE and DELETE of a closed day's events, rows and closing, and any new row there but a
  correction, as the audit log's triggers do; the services refuse first, in words.
- `last_contact_on` on a registration is its latest follow-up (or its registration) date, kept
  with each follow-up: the returning-visitor check reads one indexed row per phone or ID number
  instead of the follow-ups of a year.
"""

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


class ReceptionEvent(Base):
    """One event of a live day (sign_in, walk_in, away…), numbered in the day's order."""

    __tablename__ = "reception_event"
    __table_args__ = (UniqueConstraint("day", "seq", name="ux_reception_event_day_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    seq: Mapped[int] = mapped_column(Integer)
    time: Mapped[str] = mapped_column(String(5))  # "HH:MM", the office's wall clock
    type: Mapped[str] = mapped_column(String(24))
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    # The event's other fields as the engine reads them (reason, approved_by, order, visitor…).
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Registration(Base):
    """A visitor registered to a consultant (R-REC-4); valid one month from the last contact."""

    __tablename__ = "reception_registration"
    __table_args__ = (
        Index("ix_reception_registration_phone", "phone"),
        Index("ix_reception_registration_id_number", "id_number"),
        Index("ix_reception_registration_consultant", "consultant_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visitor_name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(32), default="")
    id_number: Mapped[str] = mapped_column(String(32), default="")
    consultant_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    registered_on: Mapped[date] = mapped_column(Date)
    last_contact_on: Mapped[date] = mapped_column(Date)
    level: Mapped[str | None] = mapped_column(String(1), nullable=True)  # R-GRD-6, latest
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class FollowUp(Base):
    """A consultant's follow-up of their own visitor, with the prospect level (R-GRD-6)."""

    __tablename__ = "reception_follow_up"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("reception_registration.id"), index=True
    )
    on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    level: Mapped[str] = mapped_column(String(1))  # "A", "B" or "C"
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Relation(Base):
    """Two registrations related (R-REC-9): spouse, parent_child, sibling or other."""

    __tablename__ = "reception_relation"
    __table_args__ = (
        UniqueConstraint("a_id", "b_id", name="ux_reception_relation_pair"),
        Index("ix_reception_relation_b", "b_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a_id: Mapped[int] = mapped_column(ForeignKey("reception_registration.id"))
    b_id: Mapped[int] = mapped_column(ForeignKey("reception_registration.id"))
    kind: Mapped[str] = mapped_column(String(16))
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Visit(Base):
    """A row of the day's 客戶來訪登記表 (R-REC-11), numbered in the day's order."""

    __tablename__ = "reception_visit"
    __table_args__ = (
        UniqueConstraint("day", "row_no", name="ux_reception_visit_day_row"),
        Index("ix_reception_visit_phone", "phone"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    row_no: Mapped[int] = mapped_column(Integer)
    time: Mapped[str] = mapped_column(String(5))
    visitor_name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(32), default="")
    id_number: Mapped[str] = mapped_column(String(32), default="")
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    source: Mapped[str] = mapped_column(String(16))  # walk_in, phone, referral
    first_visit: Mapped[bool] = mapped_column(Boolean, default=True)
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    reason: Mapped[str] = mapped_column(String(24))  # the assignment's reason (R-REC-13)
    counted: Mapped[bool] = mapped_column(Boolean, default=False)
    skipped: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    intention: Mapped[str | None] = mapped_column(String(1), nullable=True)  # A, B or C
    notes: Mapped[str] = mapped_column(Text, default="")
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("reception_visit.id"), nullable=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("reception_event.id"), nullable=True)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Enquiry(Base):
    """A row of the day's 來電登記表 (R-REC-12): kept, never deciding attribution."""

    __tablename__ = "reception_enquiry"
    __table_args__ = (UniqueConstraint("day", "row_no", name="ux_reception_enquiry_day_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    row_no: Mapped[int] = mapped_column(Integer)
    time: Mapped[str] = mapped_column(String(5))
    caller: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(32), default="")
    heard_through: Mapped[str] = mapped_column(String(200), default="")
    enquiry: Mapped[str] = mapped_column(Text, default="")
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    invited: Mapped[bool] = mapped_column(Boolean, default=False)
    visit_planned: Mapped[date | None] = mapped_column(Date, nullable=True)
    corrects_id: Mapped[int | None] = mapped_column(
        ForeignKey("reception_enquiry.id"), nullable=True
    )
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DayClose(Base):
    """The reception clerk's review of a day (R-REC-11): the rows it covers and their hash."""

    __tablename__ = "reception_day_close"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    reviewed_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    row_count: Mapped[int] = mapped_column(Integer)  # visitor rows
    enquiry_count: Mapped[int] = mapped_column(Integer)
    event_count: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))
