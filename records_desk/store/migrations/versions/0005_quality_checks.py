"""The per-file data-quality checks kept with the version they were made on, so a quality
look re-checks only files changed since (R-DQ-1 at 200,000 files).

Revision ID: 0005_quality_checks
Revises: 0004_customer_records
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_quality_checks"
down_revision = "0004_customer_records"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quality_check",
        sa.Column(
            "customer_id",
            sa.Integer,
            sa.ForeignKey("customer.id"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("problems", sa.JSON, nullable=False),
        sa.Column("keys", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("quality_check")
