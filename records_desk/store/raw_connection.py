"""A keyed connection to the encrypted file without SQLAlchemy (its import is most of
start-up): the engine's connections (store/engine.py), the backup's and the migration's raw
ones, and the early look at a signing-in account's password hash (store/sign_in_peek.py),
which runs before SQLAlchemy is imported. Also what can be told of a database file before
its key (`check_files`).

Decisions:
- SQLCipher's own log is switched off before the key (`PRAGMA cipher_log_level = NONE`): it
  writes "ERROR CORE sqlcipher_page_cipher: hmac check failed" lines to stderr for every
  wrong key, above the one line the user is meant to read.
- When the key does not open the file, what the file is decides the error: the page that
  fails (SQLITE_CORRUPT beyond page 1: damaged), a plain SQLite header or a size no database
  has (not a Records Desk database), otherwise a wrong key. A random file whose size is a
  whole number of pages cannot be told from a wrong key.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from records_desk.domain.common.errors import (
    DatabaseDamaged,
    DatabaseReadOnly,
    DiskFull,
    EmptyDatabaseFile,
    NotADatabase,
    WrongKey,
)

log = logging.getLogger(__name__)

SIDE_FILES = ("-wal", "-shm")  # beside a database in WAL mode
BUSY_TIMEOUT_MS = 10_000
PAGE_SIZE = 4096  # SQLCipher 4's default, never changed here
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
# SQLite's primary result codes (an extended code carries one in its low byte).
SQLITE_READONLY = 8
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26


def result_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def connect_raw(db_path: Path, key_hex: str) -> Any:
    """A DB-API connection to the encrypted file, keyed and configured."""
    conn = sqlcipher.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    # Raw 256-bit key: no passphrase derivation, so every new connection is cheap.
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as e:
        conn.close()
        raise unopenable(db_path, e) from None
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Transactions are begun explicitly (see _begin) so SQLAlchemy controls them, not the driver.
    conn.isolation_level = None
    return conn


def unopenable(db_path: Path, error: BaseException) -> Exception:
    """The error to raise when the key check failed with `error`."""
    code = result_code(error)
    if code == SQLITE_CORRUPT:
        return DatabaseDamaged(db_path)
    if code == SQLITE_READONLY:
        return DatabaseReadOnly(db_path, db_path)
    if code == SQLITE_FULL:
        return DiskFull(db_path)
    return NotADatabase(db_path) if foreign(db_path) else WrongKey(db_path)


def foreign(db_path: Path) -> bool:
    """Whether the file is surely no Records Desk database, key or no key: a plain SQLite
    file, or a size no encrypted database has (no whole number of pages)."""
    try:
        size = db_path.stat().st_size
        with open(db_path, "rb") as f:
            head = f.read(len(PLAIN_SQLITE_HEADER))
    except OSError:
        return False
    return head == PLAIN_SQLITE_HEADER or size % PAGE_SIZE != 0


def is_empty_file(db_path: Path) -> bool:
    """0 bytes, and no -wal with content (which would hold the database)."""
    wal = Path(f"{db_path}-wal")
    return db_path.stat().st_size == 0 and (not wal.exists() or wal.stat().st_size == 0)


def check_files(db_path: Path) -> None:
    """What can be told of an existing database before its key: a file at all, not empty,
    writable (itself, its folder, its -wal and -shm)."""
    if not db_path.is_file():
        raise NotADatabase(db_path)
    if is_empty_file(db_path):
        raise EmptyDatabaseFile(db_path)
    for place in (db_path, db_path.parent):
        if not os.access(place, os.W_OK):
            raise DatabaseReadOnly(db_path, place)
    mode = stat.S_IMODE(db_path.stat().st_mode)
    for suffix in SIDE_FILES:
        side = Path(f"{db_path}{suffix}")
        if side.exists() and not os.access(side, os.W_OK):
            try:
                os.chmod(side, mode)
            except OSError:
                raise DatabaseReadOnly(db_path, side) from None
            log.warning("%s was read-only (left so by a read-only start): mode restored", side)
