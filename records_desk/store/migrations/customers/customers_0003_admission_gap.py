"""An admission checklist not recorded counts for completeness (issue 10 §1, R-GRD-1/R-DQ-1).

The stored problems were worked out without the admission check (a file of a type that needs
admission whose checklist is empty — an edit could leave one so): quality_state,
quality_stored_problem and quality_key are emptied, as customers_0002 did, so the first look
after the upgrade checks every file once and stores what it finds, admission gaps included.
The tracking rows (quality_problem) stay: a problem found again keeps its key and its row.
No column or table changes. Downgrade empties the same tables (the older check has no
admission gap).

Revision ID: customers_0003
Revises: customers_0002
Create Date: 2026-12-05
"""

from alembic import op

revision = "customers_0003"
down_revision = "customers_0002"
branch_labels = None
depends_on = None


def _forget_checks() -> None:
    for table in ("quality_key", "quality_stored_problem", "quality_state"):
        op.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names


def upgrade() -> None:
    _forget_checks()


def downgrade() -> None:
    _forget_checks()
