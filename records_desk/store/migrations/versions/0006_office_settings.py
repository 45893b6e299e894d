"""The office-wide settings every desk shares (archive codes, 附件1 weights, spot-check sample
size), moved out of each machine's settings registry.

Revision ID: 0006_office_settings
Revises: 0005_quality_checks
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from records_desk.store.models import UTCDateTime

revision = "0006_office_settings"
down_revision = "0005_quality_checks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_setting",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.JSON, nullable=False),
        sa.Column("changed_by_id", sa.Integer, sa.ForeignKey("account.id"), nullable=False),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("office_setting")
