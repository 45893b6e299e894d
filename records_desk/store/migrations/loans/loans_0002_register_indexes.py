"""The register's views fast at 1,000,000 loans (bench/loans.py, issue 11 Measure): the files
out and the loans still open are few; indexes that hold only them keep the tab's open and
overdue views and their counts off the million returned ones.

- ix_loan_item_out_loan: loan_item(loan_id) WHERE is_out — the files out, by loan (the join
  from an open loan to its files out reads this small index alone);
- ix_loan_item_unreturned_loan: loan_item(loan_id) WHERE returned_at IS NULL — the few files
  not back (out, awaiting approval, refused): the returned view's count is every file less
  these (an index of the million returned ones instead made SQLite sort them all for a page);
- ix_loan_status_due_registered: loan(status, due_at, registered_at), replacing
  ix_loan_status_due — the overdue filter (open, due before now) and its order by registration
  read this index alone.

Revision ID: loans_0002
Revises: loans_0001
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "loans_0002"
down_revision = "loans_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_loan_item_out_loan",
        "loan_item",
        ["loan_id"],
        sqlite_where=sa.text("is_out = 1"),
        postgresql_where=sa.text("is_out"),
    )
    op.create_index(
        "ix_loan_item_unreturned_loan",
        "loan_item",
        ["loan_id"],
        sqlite_where=sa.text("returned_at IS NULL"),
        postgresql_where=sa.text("returned_at IS NULL"),
    )
    op.create_index("ix_loan_status_due_registered", "loan", ["status", "due_at", "registered_at"])
    op.drop_index("ix_loan_status_due", table_name="loan")


def downgrade() -> None:
    op.create_index("ix_loan_status_due", "loan", ["status", "due_at"])
    op.drop_index("ix_loan_status_due_registered", table_name="loan")
    op.drop_index("ix_loan_item_unreturned_loan", table_name="loan_item")
    op.drop_index("ix_loan_item_out_loan", table_name="loan_item")
