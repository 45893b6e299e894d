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
    if conn.dialect.name != "sqlite":
        # PostgreSQL (issue 15): the narrow table and its b-tree indexes; the FTS5 tables are
        # SQLite's, their PostgreSQL counterparts come with the server's search. A database
        # made on the server starts with no customers: nothing to backfill.
        for statement in search_index.CREATE:
            if not statement.startswith("CREATE VIRTUAL TABLE"):
                conn.execute(sa.text(statement))
        return
    for statement in search_index.CREATE:
        conn.execute(sa.text(statement))
    search_index.rebuild(conn)


def downgrade() -> None:
    conn = op.get_bind()
    for statement in search_index.DROP:
        conn.execute(sa.text(statement))
