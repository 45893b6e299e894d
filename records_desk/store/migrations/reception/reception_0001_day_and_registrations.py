"""Reception rotation and the visitor sheet (R-REC-1…13, R-GRD-6): the live day's events,
registrations with their follow-ups and relations, the rows of the 客戶來訪登記表 and the
來電登記表, and the clerk's closing of a day with its row count and hash.

A closed day is unalterable in the database too: triggers refuse UPDATE and DELETE of a closed
day's events, rows and closing, and any new row of a closed day but a correction (a row naming
the row it corrects), as the audit log's triggers do. Only a deliberate DROP TRIGGER gets past
them, and `reception verify` then finds the changed rows by their hash.

The indexes serve the live desk: a day's events by (day, seq), the returning-visitor check by
phone and ID number, a registration's follow-ups and relations.

Revision ID: reception_0001
Revises: (the reception branch's base)
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

from records_desk.store.migrations import triggers
from records_desk.store.models import UTCDateTime

revision = "reception_0001"
down_revision = None
branch_labels = ("reception",)
depends_on = None

_CLOSED = "EXISTS (SELECT 1 FROM reception_day_close c WHERE c.day = {row}.day)"
_REFUSE = "BEGIN SELECT RAISE(ABORT, 'reception day is closed (R-REC-11)'); END"


def _account(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.Integer, sa.ForeignKey("account.id"), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "reception_event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("time", sa.String(5), nullable=False),
        sa.Column("type", sa.String(24), nullable=False),
        _account("consultant_id", nullable=True),
        sa.Column("payload", sa.JSON, nullable=False),
        _account("recorded_by_id"),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("day", "seq", name="ux_reception_event_day_seq"),
    )
    op.create_table(
        "reception_registration",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("visitor_name", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(32), nullable=False),
        sa.Column("id_number", sa.String(32), nullable=False),
        _account("consultant_id"),
        sa.Column("registered_on", sa.Date, nullable=False),
        sa.Column("last_contact_on", sa.Date, nullable=False),
        sa.Column("level", sa.String(1), nullable=True),
        _account("recorded_by_id"),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_reception_registration_phone", "reception_registration", ["phone"])
    op.create_index("ix_reception_registration_id_number", "reception_registration", ["id_number"])
    op.create_index(
        "ix_reception_registration_consultant", "reception_registration", ["consultant_id"]
    )
    op.create_table(
        "reception_follow_up",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "registration_id",
            sa.Integer,
            sa.ForeignKey("reception_registration.id"),
            nullable=False,
        ),
        sa.Column("on", sa.Date, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("level", sa.String(1), nullable=False),
        _account("recorded_by_id"),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
    )
    op.create_index(
        "ix_reception_follow_up_registration_id", "reception_follow_up", ["registration_id"]
    )
    op.create_table(
        "reception_relation",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("a_id", sa.Integer, sa.ForeignKey("reception_registration.id"), nullable=False),
        sa.Column("b_id", sa.Integer, sa.ForeignKey("reception_registration.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        _account("recorded_by_id"),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("a_id", "b_id", name="ux_reception_relation_pair"),
    )
    op.create_index("ix_reception_relation_b", "reception_relation", ["b_id"])
    op.create_table(
        "reception_visit",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("row_no", sa.Integer, nullable=False),
        sa.Column("time", sa.String(5), nullable=False),
        sa.Column("visitor_name", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(32), nullable=False),
        sa.Column("id_number", sa.String(32), nullable=False),
        sa.Column("party_size", sa.Integer, nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("first_visit", sa.Boolean, nullable=False),
        _account("consultant_id", nullable=True),
        sa.Column("reason", sa.String(24), nullable=False),
        sa.Column("counted", sa.Boolean, nullable=False),
        sa.Column("skipped", sa.JSON, nullable=False),
        sa.Column("intention", sa.String(1), nullable=True),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("corrects_id", sa.Integer, sa.ForeignKey("reception_visit.id"), nullable=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("reception_event.id"), nullable=True),
        _account("recorded_by_id"),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("day", "row_no", name="ux_reception_visit_day_row"),
    )
    op.create_index("ix_reception_visit_phone", "reception_visit", ["phone"])
    op.create_table(
        "reception_enquiry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("row_no", sa.Integer, nullable=False),
        sa.Column("time", sa.String(5), nullable=False),
        sa.Column("caller", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(32), nullable=False),
        sa.Column("heard_through", sa.String(200), nullable=False),
        sa.Column("enquiry", sa.Text, nullable=False),
        _account("consultant_id", nullable=True),
        sa.Column("invited", sa.Boolean, nullable=False),
        sa.Column("visit_planned", sa.Date, nullable=True),
        sa.Column("corrects_id", sa.Integer, sa.ForeignKey("reception_enquiry.id"), nullable=True),
        _account("recorded_by_id"),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("day", "row_no", name="ux_reception_enquiry_day_row"),
    )
    op.create_table(
        "reception_day_close",
        sa.Column("day", sa.Date, primary_key=True),
        _account("reviewed_by_id"),
        sa.Column("reviewed_at", UTCDateTime(), nullable=False),
        sa.Column("row_count", sa.Integer, nullable=False),
        sa.Column("enquiry_count", sa.Integer, nullable=False),
        sa.Column("event_count", sa.Integer, nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        _closed_day_triggers()
    else:
        _closed_day_functions()


def _closed_day_triggers() -> None:
    """R-REC-11 in the database: a closed day's rows never change; only corrections join."""
    for table, correctable in (
        ("reception_event", False),
        ("reception_visit", True),
        ("reception_enquiry", True),
    ):
        insert_when = _CLOSED.format(row="NEW")
        if correctable:
            insert_when += " AND NEW.corrects_id IS NULL"
        op.execute(
            f"CREATE TRIGGER {table}_closed_insert BEFORE INSERT ON {table} "
            f"WHEN {insert_when} {_REFUSE}"
        )
        op.execute(
            f"CREATE TRIGGER {table}_closed_update BEFORE UPDATE ON {table} "
            f"WHEN {_CLOSED.format(row='OLD')} OR {_CLOSED.format(row='NEW')} {_REFUSE}"
        )
        op.execute(
            f"CREATE TRIGGER {table}_closed_delete BEFORE DELETE ON {table} "
            f"WHEN {_CLOSED.format(row='OLD')} {_REFUSE}"
        )
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER reception_day_close_no_{verb.lower()} BEFORE {verb} "
            f"ON reception_day_close {_REFUSE}"
        )


_CLOSED_MESSAGE = "reception day is closed (R-REC-11)"
_CORRECTABLE = (("reception_event", False), ("reception_visit", True), ("reception_enquiry", True))


def _closed_day_functions() -> None:
    """The same on PostgreSQL (a trigger's WHEN there cannot read reception_day_close)."""
    for table, correctable in _CORRECTABLE:
        insert_when = _CLOSED.format(row="NEW")
        if correctable:
            insert_when += " AND NEW.corrects_id IS NULL"
        triggers.refuse(f"{table}_closed_insert", table, "INSERT", _CLOSED_MESSAGE, insert_when)
        triggers.refuse(
            f"{table}_closed_update",
            table,
            "UPDATE",
            _CLOSED_MESSAGE,
            f"{_CLOSED.format(row='OLD')} OR {_CLOSED.format(row='NEW')}",
        )
        triggers.refuse(
            f"{table}_closed_delete", table, "DELETE", _CLOSED_MESSAGE, _CLOSED.format(row="OLD")
        )
    for verb in ("UPDATE", "DELETE"):
        triggers.refuse(
            f"reception_day_close_no_{verb.lower()}", "reception_day_close", verb, _CLOSED_MESSAGE
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        for table, _correctable in _CORRECTABLE:
            for verb in ("insert", "update", "delete"):
                triggers.drop(f"{table}_closed_{verb}", table)
        for verb in ("update", "delete"):
            triggers.drop(f"reception_day_close_no_{verb}", "reception_day_close")
    else:
        for table in ("reception_event", "reception_visit", "reception_enquiry"):
            for verb in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_closed_{verb}")
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS reception_day_close_no_{verb}")
    for table in (
        "reception_day_close",
        "reception_enquiry",
        "reception_visit",
        "reception_relation",
        "reception_follow_up",
        "reception_registration",
        "reception_event",
    ):
        op.drop_table(table)
