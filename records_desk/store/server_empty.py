"""A new, empty server office given up for a restored one (issue 15 §6 with issue 14 §4): the
office's server died, the administrator made a new, empty database (docs/several-desks.md),
the first desk that opened it made an office there with no account and no data; its data
comes back from a backup (services/backup/restore_server.py says when and why).

An office is empty when no table but the schema's version holds a row: no account, no data,
no audit entry (the audit log is one of the tables counted).

Decisions:
- "Still empty" is checked under the writers' lock (store/backends.py `writer_lock`), taken
  for the session of a connection of its own (`pg_advisory_lock`) and held while the dump is
  restored over the office: no desk writes a first account into the office while it is being
  replaced, and none is lost by the replacement. A desk that waited for the lock writes after,
  into the restored office.
- A restore that swaps a new database in by renaming (store/server_backup.py `swap_in`) ends
  every session on the office's database, this one's too: the office is checked empty under
  the lock just before, and the lock ends with the session (a desk can only write a first
  account in the milliseconds between the sessions ended and the rename).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from records_desk.store.backends import WRITER_LOCK_KEY, direct_connection
from records_desk.store.backup import IDENTIFIER

ALWAYS_THERE = frozenset({"alembic_version"})  # rows a new office is made with


class OfficeNotEmpty(Exception):
    """The office holds an account or data: it is never replaced."""


def rows_of(conn: Any) -> dict[str, int]:
    """The tables of the office's schema holding rows (over CONN, a psycopg connection),
    other than what a new office is made with (the schema's version)."""
    names = conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
    ).fetchall()
    found: dict[str, int] = {}
    for name in sorted(str(n) for (n,) in names):
        if name in ALWAYS_THERE or not IDENTIFIER.fullmatch(name):
            continue
        count = int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        if count:
            found[name] = count
    return found


def is_empty(engine: Engine) -> bool:
    """No account, no data, no audit entry: a new office nobody has worked in."""
    with engine.connect() as conn:
        return not rows_of(conn.connection.dbapi_connection)


@contextlib.contextmanager
def writers_held(url: URL, password: str | None) -> Iterator[None]:
    """Every desk's writers kept out of the office at URL for the block (a connection of its
    own, outside any pool), the office checked empty under that lock (OfficeNotEmpty: the
    lock let go, nothing done)."""
    conn = direct_connection(url, password)
    try:
        conn.execute(f"SELECT pg_advisory_lock({WRITER_LOCK_KEY})")
        if rows_of(conn):
            raise OfficeNotEmpty()
        yield
    finally:
        with contextlib.suppress(Exception):  # a swap ends this session, and the lock with it
            conn.close()
