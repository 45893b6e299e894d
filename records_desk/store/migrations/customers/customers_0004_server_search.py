"""The customer search on a PostgreSQL server (issue 15 §2): pg_trgm, the search texts and
gram arrays with their GIN indexes, the narrow table's keys in the "C" collation
(store/search_server.py), then the index filled from the customers on file. On SQLite nothing:
its FTS5 tables came with 0003.

Revision ID: customers_0004
Revises: customers_0003
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

from records_desk.store import search_index, search_server

revision = "customers_0004"
down_revision = "customers_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        return
    for statement in search_server.CREATE:
        conn.execute(sa.text(statement))
    search_index.rebuild(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        return
    for statement in search_server.DROP:
        conn.execute(sa.text(statement))
