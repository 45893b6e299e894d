"""SQLAlchemy models of the removable-media inventory (R-MED-1…8, 第三篇 1, 3, 10), on the same
declarative Base as store/models.py; their tables come from the media feature's own Alembic
branch (store/migrations/media/). Loaded when the media services are first used.

Decisions:
- A medium's number is its type's prefix and a sequence of that prefix (`USB-0007`); the
  highest issued per prefix is kept in media_sequence and only rises, so a number is never
  reused, not even after a disposal or a loss (R-MED-1).
- The medium row holds its current facts — state, classification, who has it until when, the
  preparation steps recorded since it was last made ready (R-MED-2) — which the life cycle
  (domain/media/) decides on; the event log holds every transition with its evidence (who,
  when, what, as JSON) and is never changed: the timeline of the detail panel and the record
  the printed forms are filled from.
- `classified` only ever goes from false to true (R-MED-4): the services never write false
  over true, and the event log shows when it turned.
- A stocktake takes a snapshot of the media it expects when it opens (media_stocktake_item);
  each scan is a row in order with its outcome, and the stocktake row keeps the live counts,
  so a scan reads two rows by key and writes three — however many media the office has.
- `last_counted_on` is the office day a medium was last found in a closed stocktake; media
  never counted or counted over 12 months ago are due (an index keeps that list quick).
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
)
from sqlalchemy.orm import Mapped, mapped_column

from records_desk.store.models import Base, UTCDateTime


class MediaSequence(Base):
    """R-MED-1: the highest number issued per prefix (USB, HD, CD, TP, MC, FD); only rises."""

    __tablename__ = "media_sequence"

    prefix: Mapped[str] = mapped_column(String(8), primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class Medium(Base):
    """One medium of the inventory [移動存儲介質登記表] and its current facts."""

    __tablename__ = "medium"
    __table_args__ = (
        Index("ix_medium_state_type_department", "state", "media_type", "department"),
        Index("ix_medium_type_number", "media_type", "number"),  # the list's order
        Index("ix_medium_department_state", "department", "state"),
        # the department's sort and filter in the list's order (migration media_0002)
        Index("ix_medium_department_type_number", "department", "media_type", "number"),
        Index("ix_medium_classified_state", "classified", "state"),
        Index("ix_medium_last_counted", "last_counted_on"),
        Index("ix_medium_holder", "holder_account_id"),
        Index("ix_medium_location", "location"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    media_type: Mapped[str] = mapped_column(String(16))  # usb, hdd, optical, tape, card, floppy
    brand: Mapped[str] = mapped_column(String(100), default="")
    model: Mapped[str] = mapped_column(String(100), default="")
    serial: Mapped[str] = mapped_column(String(100), default="")
    capacity: Mapped[str] = mapped_column(String(32), default="")
    classified: Mapped[bool] = mapped_column(Boolean, default=False)  # 涉密 (R-MED-4)
    department: Mapped[str] = mapped_column(String(100))  # the owning department
    custodian_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("account.id"), nullable=True
    )
    location: Mapped[str] = mapped_column(String(100), default="")
    state: Mapped[str] = mapped_column(String(16))  # the life cycle's state
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    registered_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    # R-MED-2: the preparation steps recorded since the medium was last made ready (the
    # label stays; a virus check is needed again after a return or a repair).
    labelled: Mapped[bool] = mapped_column(Boolean, default=False)
    encryption: Mapped[str | None] = mapped_column(String(100), nullable=True)  # "NAME VERSION"
    virus_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    virus_check_clean: Mapped[bool] = mapped_column(Boolean, default=False)
    # R-MED-3: the issue in force (all None unless issued).
    holder_account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # R-MED-6: the repair in force.
    repair_unit: Mapped[str | None] = mapped_column(String(100), nullable=True)
    repair_sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # R-MED-5: an optical disc holding a backup, filed by category.
    backup_category: Mapped[str | None] = mapped_column(String(100), nullable=True)
    content: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_counted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The event count, kept so the timeline's length and the table's badge need no COUNT.
    events: Mapped[int] = mapped_column(Integer, default=0)


class MediumEvent(Base):
    """One transition or record of a medium: who, when, what, the evidence, a note."""

    __tablename__ = "medium_event"
    __table_args__ = (Index("ix_medium_event_medium_at", "medium_id", "at", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    medium_id: Mapped[int] = mapped_column(ForeignKey("medium.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    action: Mapped[str] = mapped_column(String(24))
    state_before: Mapped[str | None] = mapped_column(String(16), nullable=True)
    state_after: Mapped[str] = mapped_column(String(16))
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")


class MediaStocktake(Base):
    """A stocktake: its scope, who opened and closed it, and the live counts."""

    __tablename__ = "media_stocktake"
    __table_args__ = (Index("ix_media_stocktake_open", "closed_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    department: Mapped[str | None] = mapped_column(String(100), nullable=True)  # None: all
    location: Mapped[str | None] = mapped_column(String(100), nullable=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    expected: Mapped[int] = mapped_column(Integer, default=0)
    found: Mapped[int] = mapped_column(Integer, default=0)
    unexpected: Mapped[int] = mapped_column(Integer, default=0)
    twice: Mapped[int] = mapped_column(Integer, default=0)
    scans: Mapped[int] = mapped_column(Integer, default=0)


class MediaStocktakeItem(Base):
    """A medium the stocktake expects to find (the snapshot taken when it opened)."""

    __tablename__ = "media_stocktake_item"

    stocktake_id: Mapped[int] = mapped_column(ForeignKey("media_stocktake.id"), primary_key=True)
    medium_id: Mapped[int] = mapped_column(ForeignKey("medium.id"), primary_key=True)
    found_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class MediaStocktakeScan(Base):
    """One scan, in order: what was read, the medium it names (None: unknown), the outcome and,
    for an unexpected one, why."""

    __tablename__ = "media_stocktake_scan"
    __table_args__ = (
        Index("ix_media_stocktake_scan_seq", "stocktake_id", "seq", unique=True),
        Index("ix_media_stocktake_scan_number", "stocktake_id", "scanned"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("media_stocktake.id"))
    seq: Mapped[int] = mapped_column(Integer)
    # The number as read (normalised), or the scan as typed (trimmed) when it is no number.
    scanned: Mapped[str] = mapped_column(String(64))
    medium_id: Mapped[int | None] = mapped_column(ForeignKey("medium.id"), nullable=True)
    outcome: Mapped[str] = mapped_column(String(16))  # domain/media/stocktake.py ScanResult
    reason: Mapped[str | None] = mapped_column(String(16), nullable=True)  # Unexpectedly
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
