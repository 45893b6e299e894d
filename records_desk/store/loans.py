"""SQLAlchemy models of the loan register (R-LOAN-1…9, R-ACC-5), on the same declarative Base as
store/models.py; their tables come from the loans feature's own Alembic branch
(store/migrations/loans/). Loaded when the loan services are first used.

Decisions:
- A loan item names its customer file by id (the core `customer` table) and keeps the archive
  number and shelf as they were when lent: the register is a record of what happened.
- The feature reads the customer table through `CUSTOMER_FILES`, a light table of the columns
  lending needs, not the customer feature's model: features do not import each other, and the
  core table is the release's own.
- A file is out while its item's `is_out` is true: set when the loan goes out (at once, or on
  approval), cleared on return. A partial unique index on the file's id where `is_out` makes
  two open items of one file impossible in the database itself (R-LOAN-4), whatever two desks
  do at the same moment.
- customer_id's foreign key is in the migration only (see LoanItem): the customer model is
  the customer feature's, and a process using loans alone never loads it.
- Loan numbers come from loan_sequence, which only rises (never reused, R-LOAN-1).
- A loan's `version` rises with every change of its row (SQLAlchemy's version counter: the
  UPDATE names the version it read, so a change made from a stale row fails instead of
  overwriting); a desk passes the version it showed to approve or refuse, and is told when
  another desk changed the loan since (issue 15 §3, migration loans_0003).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    column,
    table,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from records_desk.store.models import Base, UTCDateTime

# The core table of customer files, as lending reads it (status: "active" or "void").
CUSTOMER_FILES = table(
    "customer",
    column("id", Integer),
    column("archive_number", String),
    column("status", String),
    column("shelf_location", String),
    column("name", String),
)


class LoanSequence(Base):
    """R-LOAN-1: the highest loan number issued per year; only rises."""

    __tablename__ = "loan_sequence"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)


class DeputyPeriod(Base):
    """R-ACC-5: an account acting as the archivist's deputy, office days both included."""

    __tablename__ = "loan_deputy"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    named_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    named_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Loan(Base):
    """One entry of the register [檔案借閱登記表] (R-LOAN-1)."""

    __tablename__ = "loan"
    __table_args__ = (
        Index("ix_loan_status_due_registered", "status", "due_at", "registered_at"),
        Index("ix_loan_borrower_account", "borrower_account_id"),
        Index("ix_loan_registered_at", "registered_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # LoanKind
    purpose: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(24))  # LoanStatus
    # The borrower: a staff account, or (account None) a person from outside (R-LOAN-3).
    borrower_account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    borrower_name: Mapped[str] = mapped_column(String(200))
    borrower_organisation: Mapped[str] = mapped_column(String(200), default="")
    borrower_id_number: Mapped[str] = mapped_column(String(32), default="")
    borrower_phone: Mapped[str] = mapped_column(String(32), default="")
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    registered_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    registered_as_deputy: Mapped[bool] = mapped_column(Boolean, default=False)
    out_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # a take-out's due day
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decision_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class LoanItem(Base):
    """One file of a loan, and how it came back (R-LOAN-5, R-LOAN-7)."""

    __tablename__ = "loan_item"
    # The partial indexes' condition on PostgreSQL is the migrations' (loans_0001, loans_0002):
    # a `postgresql_where` here would load SQLAlchemy's PostgreSQL dialect at every start of
    # a file office, for the documentation only (the schema is the migrations').
    __table_args__ = (
        Index(
            "ux_loan_item_out",
            "customer_id",
            unique=True,
            sqlite_where=text("is_out = 1"),
        ),
        Index("ix_loan_item_customer", "customer_id"),
        Index("ix_loan_item_loan", "loan_id"),
        # The few files out and the few not back, by loan (migration loans_0002).
        Index(
            "ix_loan_item_out_loan",
            "loan_id",
            sqlite_where=text("is_out = 1"),
        ),
        Index(
            "ix_loan_item_unreturned_loan",
            "loan_id",
            sqlite_where=text("returned_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"))
    # The foreign key to customer.id is the database's (migration loans_0001), not declared
    # here: the ORM would need the customer model loaded to sort a flush, and the loans
    # feature does not import it (a `loans lend` in a fresh process failed on it).
    customer_id: Mapped[int] = mapped_column(Integer)
    archive_number: Mapped[str] = mapped_column(String(32))
    shelf_location: Mapped[str] = mapped_column(String(100))
    is_out: Mapped[bool] = mapped_column(Boolean, default=False)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    returned_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    condition: Mapped[str | None] = mapped_column(String(16), nullable=True)  # Condition
    fine: Mapped[int | None] = mapped_column(Integer, nullable=True)  # yuan
    fine_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    waive_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    reshelved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    reshelved_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)


class LoanCopy(Base):
    """R-LOAN-6: copies consented to by the archivist, within the loan's files."""

    __tablename__ = "loan_copy"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), index=True)
    archive_numbers: Mapped[list[str]] = mapped_column(JSON)
    scope: Mapped[str] = mapped_column(Text)
    consented_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    consented_at: Mapped[datetime] = mapped_column(UTCDateTime())
