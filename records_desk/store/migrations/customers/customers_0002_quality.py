"""Shelf location counts for completeness (issue 10 §2), and the data-quality look pages its
problems (issue 10 §3).

- The stored problems were worked out without the shelf-location check: quality_state,
  quality_stored_problem and quality_key are emptied, so the first look after the upgrade
  checks every file once (quality_scan.stale_ids) and stores what it finds, shelf gaps
  included. The tracking rows (quality_problem) stay: a problem found again keeps its key,
  its first-seen moment and its row.
- An index on quality_state's archive number: a page of problems is read in archive-number
  order without sorting every open problem.

Downgrade empties the same tables for the same reason (the older check has no shelf gap).

Revision ID: customers_0002
Revises: customers_0001
Create Date: 2026-12-05
"""

from alembic import op

revision = "customers_0002"
down_revision = "customers_0001"
branch_labels = None
depends_on = None


def _forget_checks() -> None:
    for table in ("quality_key", "quality_stored_problem", "quality_state"):
        op.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names


def upgrade() -> None:
    _forget_checks()
    op.create_index("ix_quality_state_archive_number", "quality_state", ["archive_number"])


def downgrade() -> None:
    op.drop_index("ix_quality_state_archive_number", "quality_state")
    _forget_checks()
