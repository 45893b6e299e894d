"""The removable-media inventory (R-MED-1…8): media with their numbers per prefix (never
reused), their event log, and stocktakes with their expected media and their scans in order.
The repair units and the disc backup categories are office settings (office_setting rows, no
table of their own).

Revision ID: media_0001
Revises: (the media branch's base)
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

from records_desk.store.models import UTCDateTime

revision = "media_0001"
down_revision = None
branch_labels = ("media",)
depends_on = None


def _account(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Integer, sa.ForeignKey("account.id"), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "media_sequence",
        sa.Column("prefix", sa.String(8), primary_key=True),
        sa.Column("last", sa.Integer, nullable=False),
    )
    op.create_table(
        "medium",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(16), nullable=False, unique=True),
        sa.Column("media_type", sa.String(16), nullable=False),
        sa.Column("brand", sa.String(100), nullable=False),
        sa.Column("model", sa.String(100), nullable=False),
        sa.Column("serial", sa.String(100), nullable=False),
        sa.Column("capacity", sa.String(32), nullable=False),
        sa.Column("classified", sa.Boolean, nullable=False),
        sa.Column("department", sa.String(100), nullable=False),
        _account("custodian_account_id", nullable=True),
        sa.Column("location", sa.String(100), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("registered_at", UTCDateTime(), nullable=False),
        _account("registered_by_id"),
        sa.Column("labelled", sa.Boolean, nullable=False),
        sa.Column("encryption", sa.String(100), nullable=True),
        sa.Column("virus_checked_at", UTCDateTime(), nullable=True),
        sa.Column("virus_check_clean", sa.Boolean, nullable=False),
        _account("holder_account_id", nullable=True),
        _account("approved_by_id", nullable=True),
        sa.Column("issued_at", UTCDateTime(), nullable=True),
        sa.Column("due_on", sa.Date, nullable=True),
        sa.Column("repair_unit", sa.String(100), nullable=True),
        sa.Column("repair_sent_on", sa.Date, nullable=True),
        sa.Column("backup_category", sa.String(100), nullable=True),
        sa.Column("content", sa.Text, nullable=True),
        sa.Column("last_counted_on", sa.Date, nullable=True),
        sa.Column("events", sa.Integer, nullable=False),
    )
    op.create_index(
        "ix_medium_state_type_department", "medium", ["state", "media_type", "department"]
    )
    op.create_index("ix_medium_type_number", "medium", ["media_type", "number"])
    op.create_index("ix_medium_department_state", "medium", ["department", "state"])
    op.create_index("ix_medium_classified_state", "medium", ["classified", "state"])
    op.create_index("ix_medium_last_counted", "medium", ["last_counted_on"])
    op.create_index("ix_medium_holder", "medium", ["holder_account_id"])
    op.create_index("ix_medium_location", "medium", ["location"])
    op.create_table(
        "medium_event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("medium_id", sa.Integer, sa.ForeignKey("medium.id"), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        _account("account_id"),
        sa.Column("action", sa.String(24), nullable=False),
        sa.Column("state_before", sa.String(16), nullable=True),
        sa.Column("state_after", sa.String(16), nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_index("ix_medium_event_medium_at", "medium_event", ["medium_id", "at", "id"])
    op.create_table(
        "media_stocktake",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("department", sa.String(100), nullable=True),
        sa.Column("location", sa.String(100), nullable=True),
        sa.Column("opened_at", UTCDateTime(), nullable=False),
        _account("opened_by_id"),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        _account("closed_by_id", nullable=True),
        sa.Column("expected", sa.Integer, nullable=False),
        sa.Column("found", sa.Integer, nullable=False),
        sa.Column("unexpected", sa.Integer, nullable=False),
        sa.Column("twice", sa.Integer, nullable=False),
        sa.Column("scans", sa.Integer, nullable=False),
    )
    op.create_index("ix_media_stocktake_open", "media_stocktake", ["closed_at"])
    op.create_table(
        "media_stocktake_item",
        sa.Column(
            "stocktake_id", sa.Integer, sa.ForeignKey("media_stocktake.id"), primary_key=True
        ),
        sa.Column("medium_id", sa.Integer, sa.ForeignKey("medium.id"), primary_key=True),
        sa.Column("found_at", UTCDateTime(), nullable=True),
    )
    op.create_table(
        "media_stocktake_scan",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("stocktake_id", sa.Integer, sa.ForeignKey("media_stocktake.id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("scanned", sa.String(64), nullable=False),
        sa.Column("medium_id", sa.Integer, sa.ForeignKey("medium.id"), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(16), nullable=True),
        sa.Column("at", UTCDateTime(), nullable=False),
        _account("by_id"),
    )
    op.create_index(
        "ix_media_stocktake_scan_seq", "media_stocktake_scan", ["stocktake_id", "seq"], unique=True
    )
    op.create_index(
        "ix_media_stocktake_scan_number", "media_stocktake_scan", ["stocktake_id", "scanned"]
    )


def downgrade() -> None:
    op.drop_table("media_stocktake_scan")
    op.drop_table("media_stocktake_item")
    op.drop_table("media_stocktake")
    op.drop_table("medium_event")
    op.drop_table("medium")
    op.drop_table("media_sequence")
