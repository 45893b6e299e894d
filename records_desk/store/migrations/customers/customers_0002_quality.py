"""Shelf location counts for completeness (issue 10 §2), and the data-quality look pages its
problems and tracks them incrementally (issue 10 §3).

- The stored problems were worked out without the shelf-location check: quality_state,
  quality_stored_problem and quality_key are emptied, so the first look after the upgrade
  checks every file once (quality_scan.stale_ids) and stores what it finds, shelf gaps
  included. The tracking rows (quality_problem) stay: a problem found again keeps its key,
  its first-seen moment and its row.
- quality_state.synced (None: written since the last look) and quality_look (the day of the
  last look): a look brings the tracking up to date for what changed only.
- Indexes on quality_state: by archive number (a page of problems is read in that order
  without sorting every open problem), by owner (the scores' list of everyone), by synced;
  on quality_problem (the core's table; only an index is added, dropped on downgrade): the
  open rows by dimension and file, so the counts read an index only.

Downgrade empties the same tables for the same reason (the older check has no shelf gap).

Revision ID: customers_0002
Revises: customers_0001
Create Date: 2026-12-05
"""

import sqlalchemy as sa
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
    op.add_column("quality_state", sa.Column("synced", sa.Boolean, nullable=True))
    op.create_index("ix_quality_state_archive_number", "quality_state", ["archive_number"])
    op.create_index(
        "ix_quality_state_owner", "quality_state", ["active", "maintainer_id", "department"]
    )
    op.create_index("ix_quality_state_synced", "quality_state", ["synced"])
    op.create_index(
        "ix_quality_problem_open_by", "quality_problem", ["fixed_at", "dimension", "customer_id"]
    )
    op.create_table(
        "quality_look",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("synced_on", sa.Date, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("quality_look")
    op.drop_index("ix_quality_problem_open_by", "quality_problem")
    op.drop_index("ix_quality_state_synced", "quality_state")
    op.drop_index("ix_quality_state_owner", "quality_state")
    op.drop_index("ix_quality_state_archive_number", "quality_state")
    _forget_checks()
    with op.batch_alter_table("quality_state") as batch:
        batch.drop_column("synced")
