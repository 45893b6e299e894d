"""The inventory sorted by department (the tab's header, issue 13 upkeep): an index on
medium(department, media_type, number) serves that order whole, both ways, and the department
filter in the list's own order (type, number), which until now read the department's media
through ix_medium_department_state and sorted them. The other columns' sorts read the ids and
their key and sort those (about 35 ms a page at 50,000 media on SQLite): an index each would
cost every write for a click now and then.

Revision ID: media_0002
Revises: media_0001
Create Date: 2026-12-05
"""

from alembic import op

revision = "media_0002"
down_revision = "media_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_medium_department_type_number", "medium", ["department", "media_type", "number"]
    )


def downgrade() -> None:
    op.drop_index("ix_medium_department_type_number", table_name="medium")
