"""Extract requests (R-BAK-5): an extract of customer data asked for, decided by the general
manager or the customer director, used once with its row count.

Revision ID: backup_0001
Revises: (the backup branch's base)
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

from records_desk.store.models import UTCDateTime

revision = "backup_0001"
down_revision = None
branch_labels = ("backup",)
depends_on = None


def _account(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Integer, sa.ForeignKey("account.id"), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "extract_request",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("what", sa.String(16), nullable=False),
        sa.Column("why", sa.Text, nullable=False),
        _account("requested_by_id"),
        sa.Column("requested_at", UTCDateTime(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        _account("decided_by_id", nullable=True),
        sa.Column("decided_at", UTCDateTime(), nullable=True),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("used_at", UTCDateTime(), nullable=True),
        sa.Column("rows", sa.Integer, nullable=True),
        sa.Column("audit_seq", sa.Integer, nullable=True),
    )
    op.create_index("ix_extract_request_by_state", "extract_request", ["requested_by_id", "state"])


def downgrade() -> None:
    op.drop_table("extract_request")
