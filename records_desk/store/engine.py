"""The one engine factory. Every connection, Alembic's included, is a keyed raw connection
(store/raw_connection.py: the key as its first statement, then the connection settings —
WAL, foreign keys, full sync, busy timeout).

Decisions:
- hide_parameters: a failing statement's parameters (customers' names, phones) never reach
  an exception's text or the log. SQLite's "database or disk is full", "readonly" and
  "malformed" are turned into DiskFull, DatabaseReadOnly and DatabaseDamaged by the
  engine's handle_error event, so no `[SQL: …]` reaches the user either; the log gets the
  statement's kind and the error's class.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import QueuePool

from records_desk.domain.common.errors import DatabaseDamaged, DatabaseReadOnly, DiskFull
from records_desk.store.raw_connection import (
    SQLITE_CORRUPT,
    SQLITE_FULL,
    SQLITE_NOTADB,
    SQLITE_READONLY,
    connect_raw,
    result_code,
)

log = logging.getLogger(__name__)


def make_engine(db_path: Path, key_hex: str) -> Engine:
    creator: Callable[[], Any] = lambda: connect_raw(db_path, key_hex)  # noqa: E731
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=creator,
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        hide_parameters=True,
    )
    event.listen(engine, "begin", _begin)
    event.listen(engine, "handle_error", lambda context: _reword(db_path, context))
    return engine


def _begin(conn: Any) -> None:
    # Writers take the write lock at BEGIN, so the audit chain's "read last hash, append"
    # cannot interleave between two desks; readers stay deferred and never block.
    if conn.get_execution_options().get("writer"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def _reword(db_path: Path, context: ExceptionContext) -> None:
    """Raise the store's own error for a full disk, a read-only or a damaged file."""
    code = result_code(context.original_exception)
    replacement: Exception
    if code == SQLITE_FULL:
        replacement = DiskFull(db_path)
    elif code == SQLITE_READONLY:
        replacement = DatabaseReadOnly(db_path, db_path)
    elif code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        replacement = DatabaseDamaged(db_path)
    else:
        return
    statement = (context.statement or "COMMIT").split(None, 1)
    log.error(
        "database %s failed: %s (%s)",
        statement[0].upper() if statement else "statement",
        type(replacement).__name__,
        type(context.original_exception).__name__,
    )
    raise replacement from None
