"""The extract requests (R-BAK-5): who asked for which customer data and why, who approved or
refused it, and when it was used with how many rows. On the same declarative Base as
store/models.py; the table comes from the backup feature's own Alembic branch
(store/migrations/backup/). Loaded when the extract services or the export's grant check
first need it.

Decisions:
- A request is never deleted: approved, refused, used or lapsed, it stays as the record of
  who drew which data (the audit entries name it by id).
- `used_at` is set once, by a conditional UPDATE in the export's own transaction, so two
  exports racing on one approval cannot both use it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from records_desk.store.models import Base, UTCDateTime


class ExtractRequest(Base):
    """One request for an extract of customer data, and what became of it."""

    __tablename__ = "extract_request"
    __table_args__ = (Index("ix_extract_request_by_state", "requested_by_id", "state"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    what: Mapped[str] = mapped_column(String(16))  # permissions.Extract
    why: Mapped[str] = mapped_column(Text)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(16))  # domain/backup/extracts.ExtractState
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    rows: Mapped[int | None] = mapped_column(Integer, nullable=True)
    audit_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
