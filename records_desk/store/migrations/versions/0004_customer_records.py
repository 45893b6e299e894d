"""Customer records beside the file: 附件1 evaluations, 附件4 surveys, the weekly spot check
and its entries, duplicate pairs dismissed, and the tracked data-quality problems (R-GRD-3,
R-CUS-7, R-CUS-6, R-DQ).

Revision ID: 0004_customer_records
Revises: 0003_customer_search
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from records_desk.store.models import UTCDateTime

revision = "0004_customer_records"
down_revision = "0003_customer_search"
branch_labels = None
depends_on = None


def _account(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Integer, sa.ForeignKey("account.id"), nullable=nullable)


def _customer(name: str = "customer_id") -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Integer, sa.ForeignKey("customer.id"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "evaluation",
        sa.Column("id", sa.Integer, primary_key=True),
        _customer(),
        sa.Column("evaluated_on", sa.Date, nullable=False),
        sa.Column("product_line", sa.String(100), nullable=True),
        sa.Column("scores", sa.JSON, nullable=False),
        sa.Column("weights", sa.JSON, nullable=False),
        sa.Column("max_score", sa.Integer, nullable=False),
        sa.Column("total_hundredths", sa.Integer, nullable=False),
        sa.Column("suggested_grade", sa.String(16), nullable=False),
        sa.Column("opinion", sa.Text, nullable=False),
        _account("evaluator_id"),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_evaluation_customer_id", "evaluation", ["customer_id"])

    op.create_table(
        "survey",
        sa.Column("id", sa.Integer, primary_key=True),
        _customer(),
        sa.Column("surveyed_on", sa.Date, nullable=False),
        sa.Column("sections", sa.JSON, nullable=False),
        sa.Column("assessment", sa.Text, nullable=False),
        sa.Column("facts", sa.JSON, nullable=False),
        _account("surveyor_id"),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_survey_customer_id", "survey", ["customer_id"])

    op.create_table(
        "spot_check",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("week_start", sa.Date, nullable=False, unique=True),
        _account("drawn_by_id"),
        sa.Column("drawn_at", UTCDateTime(), nullable=False),
        sa.Column("sample_size", sa.Integer, nullable=False),
        sa.Column("population", sa.Integer, nullable=False),
        sa.Column("seed", sa.String(32), nullable=False),
    )

    op.create_table(
        "spot_check_item",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("spot_check_id", sa.Integer, sa.ForeignKey("spot_check.id"), nullable=False),
        _customer(),
        sa.Column("result", sa.String(8), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        _account("marked_by_id", nullable=True),
        sa.Column("marked_at", UTCDateTime(), nullable=True),
        sa.UniqueConstraint("spot_check_id", "customer_id"),
    )
    op.create_index("ix_spot_check_item_customer_id", "spot_check_item", ["customer_id"])

    op.create_table(
        "duplicate_dismissal",
        sa.Column("id", sa.Integer, primary_key=True),
        _customer("first_id"),
        _customer("second_id"),
        sa.Column("reason", sa.Text, nullable=False),
        _account("by_id"),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("first_id", "second_id"),
    )

    op.create_table(
        "quality_problem",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(64), nullable=False),
        _customer(),
        sa.Column("dimension", sa.String(16), nullable=False),
        sa.Column("rule_id", sa.String(16), nullable=False),
        sa.Column("field", sa.String(32), nullable=True),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("first_seen_at", UTCDateTime(), nullable=False),
        sa.Column("fixed_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_quality_problem_customer_id", "quality_problem", ["customer_id"])
    op.create_index("ix_quality_problem_open", "quality_problem", ["fixed_at", "key"])


def downgrade() -> None:
    for table in (
        "quality_problem",
        "duplicate_dismissal",
        "spot_check_item",
        "spot_check",
        "survey",
        "evaluation",
    ):
        op.drop_table(table)
