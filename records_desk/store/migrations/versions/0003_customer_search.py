"""Customer search: the narrow search table, the trigram index (3+ characters) and the gram
index (1 and 2 characters), filled from the customers already on file (issue item 7).

Revision ID: 0003_customer_search
Revises: 0002_customer_files
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from records_desk.store import search_index

revision = "0003_customer_search"
down_revision = "0002_customer_files"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    for statement in search_index.CREATE:
        conn.execute(sa.text(statement))
    search_index.rebuild(conn)


def downgrade() -> None:
    conn = op.get_bind()
    for statement in search_index.DROP:
        conn.execute(sa.text(statement))
