"""Commission disputes (R-REC-7…10): deals with the split the rules proposed, and the
managers' decisions on them (store/reception_deals.py).

Neither table changes once written: triggers refuse UPDATE and DELETE, as the audit log's do.
A decision is final; a change is a new decision whose `supersedes_id` names the old one, and
unique indexes keep the chain single — one first decision per deal, one successor per
decision.

Revision ID: reception_0002
Revises: reception_0001
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

from records_desk.store.migrations import triggers
from records_desk.store.models import UTCDateTime

revision = "reception_0002"
down_revision = "reception_0001"
branch_labels = None
depends_on = None

_TABLES = ("reception_deal", "reception_deal_decision")
_FINAL = "a deal and its decisions are final (R-REC-7)"
_REFUSE = f"BEGIN SELECT RAISE(ABORT, '{_FINAL}'); END"


def _account(name: str) -> sa.Column:
    return sa.Column(name, sa.Integer, sa.ForeignKey("account.id"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "reception_deal",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_name", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(32), nullable=False),
        sa.Column("id_number", sa.String(32), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        _account("consultant_id"),
        sa.Column("facts", sa.JSON, nullable=False),
        sa.Column("basis", sa.String(32), nullable=False),
        sa.Column("rule", sa.String(16), nullable=False),
        sa.Column("clause", sa.String(16), nullable=False),
        sa.Column("shares", sa.JSON, nullable=False),
        sa.Column("rows_used", sa.JSON, nullable=False),
        sa.Column("contested", sa.Boolean, nullable=False),
        _account("recorded_by_id"),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_reception_deal_phone", "reception_deal", ["phone"])
    op.create_index("ix_reception_deal_day", "reception_deal", ["day"])
    op.create_table(
        "reception_deal_decision",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("deal_id", sa.Integer, sa.ForeignKey("reception_deal.id"), nullable=False),
        sa.Column("as_proposed", sa.Boolean, nullable=False),
        sa.Column("shares", sa.JSON, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column(
            "supersedes_id",
            sa.Integer,
            sa.ForeignKey("reception_deal_decision.id"),
            nullable=True,
        ),
        _account("decided_by_id"),
        sa.Column("decided_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_reception_deal_decision_deal", "reception_deal_decision", ["deal_id"])
    op.create_index(
        "ux_reception_deal_decision_supersedes",
        "reception_deal_decision",
        ["supersedes_id"],
        unique=True,
    )
    op.create_index(
        "ux_reception_deal_decision_first",
        "reception_deal_decision",
        ["deal_id"],
        unique=True,
        sqlite_where=sa.text("supersedes_id IS NULL"),
        postgresql_where=sa.text("supersedes_id IS NULL"),
    )
    if op.get_bind().dialect.name == "sqlite":
        for table in _TABLES:
            for verb in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} {_REFUSE}"
                )
    else:
        for table in _TABLES:
            for verb in ("UPDATE", "DELETE"):
                triggers.refuse(f"{table}_no_{verb.lower()}", table, verb, _FINAL)


def downgrade() -> None:
    for table in _TABLES:
        for verb in ("update", "delete"):
            if op.get_bind().dialect.name == "sqlite":
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
            else:
                triggers.drop(f"{table}_no_{verb}", table)
    op.drop_table("reception_deal_decision")
    op.drop_table("reception_deal")
