"""SQLAlchemy models of commission disputes (R-REC-7…10, seed 第四篇 二6, 四2, 四3, 五5–五7):
a deal as recorded, the split the app proposed for it, and the manager's decisions. Tables from
the reception branch's migration reception_0002; loaded with the dispute services.

- `reception_deal`: the customer (name, phone, ID number), the day, the consultant who closed
  it, who recorded it and when; the facts the recorder established (a mid-visit designation,
  a referral, a forgotten original consultant, a deal in a relative's name) and the proposal
  the rules gave from the stored sheets and registrations — rule, clause, shares and the rows
  it used — as it was when recorded.
- `reception_deal_decision`: a manager's decision — confirmed as proposed, or another split
  with a reason; `supersedes_id` names the decision a revision replaces.

Decisions:
- Consultants are named by user name in the JSON (the engine's labels), the recorder and the
  decider by account id; the proposal is stored, not recomputed, so what the manager saw and
  confirmed stays what the record says even after later corrections of a sheet.
- Neither table is ever updated or deleted (migration reception_0002's triggers refuse it): a
  decision is final, a change is a new row pointing to the old one; at most one decision
  replaces another, and a deal has one first decision (unique indexes).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from records_desk.store.models import Base, UTCDateTime


class Deal(Base):
    """A deal and the split the rules proposed for it when it was recorded."""

    __tablename__ = "reception_deal"
    __table_args__ = (
        Index("ix_reception_deal_phone", "phone"),
        Index("ix_reception_deal_day", "day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(32), default="")
    id_number: Mapped[str] = mapped_column(String(32), default="")
    day: Mapped[date] = mapped_column(Date)
    consultant_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    # What the recorder established: designation, referral, recognition, relative.
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    basis: Mapped[str] = mapped_column(String(32))  # domain/reception/commission.py Basis
    rule: Mapped[str] = mapped_column(String(16))  # "R-REC-7"
    clause: Mapped[str] = mapped_column(String(16))  # the seed's clause, "四2"
    shares: Mapped[list[list[Any]]] = mapped_column(JSON)  # [[username, percent], ...]
    rows_used: Mapped[dict[str, Any]] = mapped_column(JSON)  # {"visits": [...], "registrations"}
    contested: Mapped[bool] = mapped_column(Boolean)  # anyone but the closer named
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DealDecision(Base):
    """A manager's decision on a deal; a revision is a new row superseding the old one."""

    __tablename__ = "reception_deal_decision"
    __table_args__ = (
        Index("ix_reception_deal_decision_deal", "deal_id"),
        Index("ux_reception_deal_decision_supersedes", "supersedes_id", unique=True),
        Index(
            "ux_reception_deal_decision_first",
            "deal_id",
            unique=True,
            sqlite_where=text("supersedes_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("reception_deal.id"))
    as_proposed: Mapped[bool] = mapped_column(Boolean)
    shares: Mapped[list[list[Any]]] = mapped_column(JSON)  # [[username, percent], ...]
    reason: Mapped[str] = mapped_column(Text, default="")
    supersedes_id: Mapped[int | None] = mapped_column(
        ForeignKey("reception_deal_decision.id"), nullable=True
    )
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())
