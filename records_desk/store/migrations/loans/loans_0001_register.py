"""The loan register (R-LOAN-1…9, R-ACC-5): loans, their items (the customer files lent, how
each came back, its re-shelving), copies consented to, loan numbers per year and the deputy
archivist's periods. A partial unique index keeps one file on one open item (R-LOAN-4).

Revision ID: loans_0001
Revises: (the loans branch's base)
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

from records_desk.store.models import UTCDateTime

revision = "loans_0001"
down_revision = None
branch_labels = ("loans",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "loan_sequence",
        sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("last", sa.Integer, nullable=False),
    )
    op.create_table(
        "loan_deputy",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("account_id", sa.Integer, sa.ForeignKey("account.id"), nullable=False),
        sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("ends_on", sa.Date, nullable=False),
        sa.Column("named_by_id", sa.Integer, sa.ForeignKey("account.id"), nullable=False),
        sa.Column("named_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_loan_deputy_account_id", "loan_deputy", ["account_id"])
    op.create_table(
        "loan",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(16), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("purpose", sa.Text, nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("borrower_account_id", sa.Integer, sa.ForeignKey("account.id"), nullable=True),
        sa.Column("borrower_name", sa.String(200), nullable=False),
        sa.Column("borrower_organisation", sa.String(200), nullable=False),
        sa.Column("borrower_id_number", sa.String(32), nullable=False),
        sa.Column("borrower_phone", sa.String(32), nullable=False),
        sa.Column("registered_at", UTCDateTime(), nullable=False),
        sa.Column("registered_by_id", sa.Integer, sa.ForeignKey("account.id"), nullable=False),
        sa.Column("registered_as_deputy", sa.Boolean, nullable=False),
        sa.Column("out_at", UTCDateTime(), nullable=True),
        sa.Column("due_at", UTCDateTime(), nullable=True),
        sa.Column("due_on", sa.Date, nullable=True),
        sa.Column("decided_by_id", sa.Integer, sa.ForeignKey("account.id"), nullable=True),
        sa.Column("decided_at", UTCDateTime(), nullable=True),
        sa.Column("decision_note", sa.Text, nullable=True),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_loan_status_due", "loan", ["status", "due_at"])
    op.create_index("ix_loan_borrower_account", "loan", ["borrower_account_id"])
    op.create_index("ix_loan_registered_at", "loan", ["registered_at"])
    op.create_table(
        "loan_item",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("loan_id", sa.Integer, sa.ForeignKey("loan.id"), nullable=False),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customer.id"), nullable=False),
        sa.Column("archive_number", sa.String(32), nullable=False),
        sa.Column("shelf_location", sa.String(100), nullable=False),
        sa.Column("is_out", sa.Boolean, nullable=False),
        sa.Column("returned_at", UTCDateTime(), nullable=True),
        sa.Column("returned_by_id", sa.Integer, sa.ForeignKey("account.id"), nullable=True),
        sa.Column("condition", sa.String(16), nullable=True),
        sa.Column("fine", sa.Integer, nullable=True),
        sa.Column("fine_reason", sa.Text, nullable=True),
        sa.Column("waive_reason", sa.Text, nullable=True),
        sa.Column("reshelved_at", UTCDateTime(), nullable=True),
        sa.Column("reshelved_by_id", sa.Integer, sa.ForeignKey("account.id"), nullable=True),
    )
    op.create_index(
        "ux_loan_item_out",
        "loan_item",
        ["customer_id"],
        unique=True,
        sqlite_where=sa.text("is_out = 1"),
        postgresql_where=sa.text("is_out"),
    )
    op.create_index("ix_loan_item_customer", "loan_item", ["customer_id"])
    op.create_index("ix_loan_item_loan", "loan_item", ["loan_id"])
    op.create_table(
        "loan_copy",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("loan_id", sa.Integer, sa.ForeignKey("loan.id"), nullable=False),
        sa.Column("archive_numbers", sa.JSON, nullable=False),
        sa.Column("scope", sa.Text, nullable=False),
        sa.Column("consented_by_id", sa.Integer, sa.ForeignKey("account.id"), nullable=False),
        sa.Column("consented_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_loan_copy_loan_id", "loan_copy", ["loan_id"])


def downgrade() -> None:
    op.drop_table("loan_copy")
    op.drop_table("loan_item")
    op.drop_table("loan")
    op.drop_table("loan_deputy")
    op.drop_table("loan_sequence")
