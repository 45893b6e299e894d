"""Data-quality problems kept current on every write (issue 10 §3): each file's state, its
problems with the days on which they hold, and its duplicate keys. They replace
quality_check (the content checks kept per version, re-read by every look), which is left in
place, unused: it is the core chain's (0005), and a branch dropping it would break taking the
core back past 0005. Left empty: the first look after the upgrade checks every file once and
stores what it finds.

Revision ID: customers_0001
Revises: (the customers branch's base)
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "customers_0001"
down_revision = None
branch_labels = ("customers",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quality_state",
        sa.Column(
            "customer_id",
            sa.Integer,
            sa.ForeignKey("customer.id"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("maintainer_id", sa.Integer, nullable=False),
        sa.Column("department", sa.String(100), nullable=False),
        sa.Column("archive_number", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("grade", sa.String(16), nullable=True),
    )
    op.create_table(
        "quality_stored_problem",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customer.id"), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("dimension", sa.String(16), nullable=False),
        sa.Column("rule_id", sa.String(16), nullable=False),
        sa.Column("field", sa.String(32), nullable=True),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("holds_from", sa.Date, nullable=True),
        sa.Column("holds_until", sa.Date, nullable=True),
    )
    op.create_index("ix_quality_stored_problem_customer", "quality_stored_problem", ["customer_id"])
    op.create_table(
        "quality_key",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customer.id"), nullable=False),
        sa.Column("grp", sa.String(140), nullable=False),
        sa.Column("basis", sa.String(16), nullable=False),
        sa.Column("value", sa.String(300), nullable=False),
    )
    op.create_index(
        "ix_quality_key_lookup", "quality_key", ["grp", "basis", "value", "customer_id"]
    )
    op.create_index("ix_quality_key_customer", "quality_key", ["customer_id"])


def downgrade() -> None:
    op.drop_table("quality_key")
    op.drop_table("quality_stored_problem")
    op.drop_table("quality_state")
