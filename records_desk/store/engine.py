"""The one engine factory. Every connection, Alembic's included, gets the key as its first
statement, then the connection settings (WAL, foreign keys, full sync, busy timeout)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from records_desk.domain.common.errors import WrongKey

log = logging.getLogger(__name__)

__all__ = ["WrongKey", "connect_raw", "make_engine"]

BUSY_TIMEOUT_MS = 10_000


def connect_raw(db_path: Path, key_hex: str) -> Any:
    """A DB-API connection to the encrypted file, keyed and configured."""
    conn = sqlcipher.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    # Raw 256-bit key: no passphrase derivation, so every new connection is cheap.
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        conn.close()
        raise WrongKey(db_path) from None
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Transactions are begun explicitly (see _begin) so SQLAlchemy controls them, not the driver.
    conn.isolation_level = None
    return conn


def make_engine(db_path: Path, key_hex: str) -> Engine:
    creator: Callable[[], Any] = lambda: connect_raw(db_path, key_hex)  # noqa: E731
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=creator,
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )
    event.listen(engine, "begin", _begin)
    return engine


def _begin(conn: Any) -> None:
    # Writers take the write lock at BEGIN, so the audit chain's "read last hash, append"
    # cannot interleave between two desks; readers stay deferred and never block.
    if conn.get_execution_options().get("writer"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")
