"""A loan's row version (issue 15 §3: several desks): `loan.version`, 1 for every loan already
on record, raised by each change of the row (the model's version counter), so an approval or
refusal made from what a desk showed earlier is refused when another desk changed the loan
since, instead of being applied over it.

Revision ID: loans_0003
Revises: loans_0002
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "loans_0003"
down_revision = "loans_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("loan", sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("loan") as batch:
        batch.drop_column("version")
