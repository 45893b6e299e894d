"""Customer files: the file with its revisions and change requests, archive-number sequences,
the blacklist, grade changes, reviews and visits (R-CUS, R-GRD).

Revision ID: 0002_customer_files
Revises: 0001_foundation
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from records_desk.store.models import UTCDateTime

revision = "0002_customer_files"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def _account(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Integer, sa.ForeignKey("account.id"), nullable=nullable)


def _customer() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("customer_id", sa.Integer, sa.ForeignKey("customer.id"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "customer",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("archive_number", sa.String(32), nullable=False, unique=True),
        sa.Column("record_type", sa.String(32), nullable=False),
        sa.Column("department", sa.String(100), nullable=False),
        sa.Column("product_lines", sa.JSON, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("contact_person", sa.String(100), nullable=False),
        sa.Column("phones", sa.JSON, nullable=False),
        sa.Column("phone_digits", sa.JSON, nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("address", sa.String(300), nullable=False),
        sa.Column("id_number", sa.String(32), nullable=False),
        _account("consultant_id", nullable=True),
        sa.Column("grade", sa.String(16), nullable=True),
        sa.Column("prospect_level", sa.String(1), nullable=True),
        sa.Column("admission", sa.JSON, nullable=False),
        sa.Column("shelf_location", sa.String(100), nullable=False),
        sa.Column("event_date", sa.Date, nullable=True),
        sa.Column("entry_kind", sa.String(32), nullable=False),
        sa.Column("entered_at", UTCDateTime(), nullable=False),
        _account("maintainer_id"),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("void_reason", sa.Text, nullable=True),
        sa.Column("voided_at", UTCDateTime(), nullable=True),
        _account("voided_by_id", nullable=True),
        sa.Column("readmitted_on", sa.Date, nullable=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    for column in ("department", "grade", "status", "name"):
        op.create_index(f"ix_customer_{column}", "customer", [column])

    op.create_table(
        "change_request",
        sa.Column("id", sa.Integer, primary_key=True),
        _customer(),
        sa.Column("base_version", sa.Integer, nullable=False),
        _account("requested_by_id"),
        sa.Column("requested_at", UTCDateTime(), nullable=False),
        sa.Column("previous", sa.JSON, nullable=False),
        sa.Column("proposed", sa.JSON, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        _account("decided_by_id", nullable=True),
        sa.Column("decided_at", UTCDateTime(), nullable=True),
        sa.Column("decision_note", sa.Text, nullable=True),
    )
    op.create_index("ix_change_request_customer_id", "change_request", ["customer_id"])
    op.create_index("ix_change_request_status", "change_request", ["status"])

    op.create_table(
        "customer_revision",
        sa.Column("id", sa.Integer, primary_key=True),
        _customer(),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("snapshot", sa.JSON, nullable=False),
        _account("account_id"),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column(
            "change_request_id", sa.Integer, sa.ForeignKey("change_request.id"), nullable=True
        ),
        sa.UniqueConstraint("customer_id", "version"),
    )

    op.create_table(
        "archive_sequence",
        sa.Column("code", sa.String(8), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("last", sa.Integer, nullable=False),
    )

    op.create_table(
        "blacklist_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        _customer(),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("department", sa.String(100), nullable=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("expires_on", sa.Date, nullable=False),
        _account("decided_by_id"),
        sa.Column("decided_at", UTCDateTime(), nullable=False),
        sa.Column("override_reason", sa.Text, nullable=True),
        sa.Column("lifted_on", sa.Date, nullable=True),
        _account("lifted_by_id", nullable=True),
        sa.Column("lift_reason", sa.Text, nullable=True),
    )
    op.create_index("ix_blacklist_entry_customer_id", "blacklist_entry", ["customer_id"])

    op.create_table(
        "grade_change",
        sa.Column("id", sa.Integer, primary_key=True),
        _customer(),
        sa.Column("from_grade", sa.String(16), nullable=True),
        sa.Column("to_grade", sa.String(16), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("changed_on", sa.Date, nullable=False),
        _account("by_id"),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("override_reason", sa.Text, nullable=True),
        sa.Column("breaches", sa.JSON, nullable=False),
    )
    op.create_index("ix_grade_change_customer_id", "grade_change", ["customer_id"])

    op.create_table(
        "review",
        sa.Column("id", sa.Integer, primary_key=True),
        _customer(),
        sa.Column("reviewed_on", sa.Date, nullable=False),
        sa.Column("scores", sa.JSON, nullable=False),
        sa.Column("problems", sa.Text, nullable=False),
        sa.Column("result_grade", sa.String(16), nullable=True),
        sa.Column("next_due", sa.Date, nullable=False),
        _account("reviewer_id"),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_review_customer_id", "review", ["customer_id"])

    op.create_table(
        "visit",
        sa.Column("id", sa.Integer, primary_key=True),
        _customer(),
        sa.Column("visited_on", sa.Date, nullable=False),
        _account("by_id"),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("details", sa.JSON, nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_visit_customer_id", "visit", ["customer_id"])


def downgrade() -> None:
    for table in (
        "visit",
        "review",
        "grade_change",
        "blacklist_entry",
        "archive_sequence",
        "customer_revision",
        "change_request",
        "customer",
    ):
        op.drop_table(table)
