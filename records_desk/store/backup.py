"""The SQLCipher side of backups and restores (R-BAK-1…3): a consistent online copy of the live
database, a read-only look into a copy (integrity, row counts, audit head and chain, schema),
its SHA-256, and the swap that puts a restored copy in place. Everything here is specific to
the embedded store; the services (services/backup/) say when and why.

Decisions:
- The copy is SQLite's backup API through the keyed connection (never a file copy of a live
  database): it reads one consistent snapshot while other connections keep writing (WAL), and
  writes it encrypted under the same key. The copy is then taken out of WAL mode, so the one
  file is the whole backup and can be opened read-only.
- A copy is looked into read-only (`mode=ro`, `query_only`): checking a backup never changes
  it, so its SHA-256 stays what the manifest says.
- Row counts are of every table the copy has (sqlite_master), not of a list someone keeps: a
  feature's new table is in every manifest by construction.
- The swap (restore): the live database is checkpointed and taken out of WAL mode under an
  exclusive lock, so the file alone is the whole old database; then the new file (already
  beside it, synced) is renamed over it and the folder synced. A crash before the rename
  leaves the old database whole, after it the new one; never a -wal of one applied to the
  other. Another program holding the database open makes the checkpoint fail: refused, the
  old database untouched.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import queue
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from records_desk.domain.common import audit_chain
from records_desk.domain.common.audit_chain import ChainReport, Head
from records_desk.domain.common.errors import CannotOpenDatabase, DiskFull, WrongKey
from records_desk.store.atomic import fsync_file, fsync_folder
from records_desk.store.audit_rows import iter_chain, read_head
from records_desk.store.raw_connection import SQLITE_FULL, connect_raw, result_code, unopenable

log = logging.getLogger(__name__)

CHUNK = 1 << 20
CHECKERS = 2  # connections checking a copy at once
CHECK_CACHE_KIB = 65_536  # each one's page cache while it checks
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
CHECKPOINT_TRIES = 30


class DatabaseInUse(Exception):
    """Another program holds the database open: it cannot be swapped now."""


@dataclass(frozen=True)
class CopyFacts:
    """What a look into a copy found."""

    integrity_ok: bool
    tables: dict[str, int]
    head: Head
    chain: ChainReport
    schema: tuple[str, ...]
    hash_at: dict[int, str]  # the hashes of the entries asked for (by sequence number)


def _keyed(conn: Any, key_hex: str) -> None:
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")


def copy_online(db_path: Path, key_hex: str, target: Path) -> None:
    """A consistent copy of the live database at TARGET (made here, 0600; must not exist),
    encrypted under the same key, in rollback-journal mode, synced. DiskFull when the disk
    fills: the caller removes TARGET."""
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    source = connect_raw(db_path, key_hex)
    try:
        dest = sqlcipher.connect(str(target), check_same_thread=False)
        try:
            _keyed(dest, key_hex)
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    except sqlcipher.Error as e:
        if result_code(e) == SQLITE_FULL:
            raise DiskFull(target) from None
        raise
    except OSError as e:
        if e.errno == 28:  # ENOSPC
            raise DiskFull(target) from None
        raise
    finally:
        source.close()
    fsync_file(target)


@contextlib.contextmanager
def reading(path: Path, key_hex: str) -> Iterator[Any]:
    """A read-only connection to a copy (nothing of it changes, not even its journal mode)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlcipher.connect(uri, uri=True, check_same_thread=False)
    try:
        _keyed(conn, key_hex)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as e:
            raise unopenable(path, e) from None
        conn.execute("PRAGMA query_only = 1")
        yield conn
    finally:
        conn.close()


def look_into(path: Path, key_hex: str, *, hashes_at: tuple[int, ...] = ()) -> CopyFacts:
    """Integrity, row counts, audit head and chain, schema revision of the copy at PATH.
    Raises the store's WrongKey/DatabaseDamaged/NotADatabase when the key does not open it.

    The integrity check and the counts run table by table on CHECKERS connections at once
    (the machine's cores; SQLite releases the GIL while it works), each with a page cache
    large enough that a table's pages are decrypted once for its check and its count."""
    with reading(path, key_hex) as conn:
        names = table_names(conn)
        if names is None:
            return _damaged()
        work: queue.SimpleQueue[str] = queue.SimpleQueue()
        for name in names:
            work.put(name)
        results: list[tuple[bool, dict[str, int]]] = []

        def checker() -> None:
            counts: dict[str, int] = {}
            ok = True
            try:
                with reading(path, key_hex) as own:
                    own.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
                    while ok:
                        try:
                            name = work.get_nowait()
                        except queue.Empty:
                            break
                        rows = own.execute(f'PRAGMA integrity_check("{name}")').fetchall()
                        ok = rows == [("ok",)]
                        counts[name] = int(
                            own.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                        )
            except (sqlcipher.DatabaseError, WrongKey, CannotOpenDatabase):
                ok = False
            results.append((ok, counts))

        threads = [threading.Thread(target=checker) for _ in range(CHECKERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if not all(ok for ok, _ in results) or not _freelist_ok(conn):
            return _damaged()
        tables = {n: c for _, counts in results for n, c in counts.items()}
        return _log_facts(conn, key_hex, dict(sorted(tables.items())), hashes_at)


def live_facts(engine: Engine, key_hex: str, hashes_at: tuple[int, ...] = ()) -> CopyFacts:
    """The same of the open database (after a restore: its rows and log as they came back),
    without the page-by-page integrity check (the copy had it before it was put in place)."""
    with engine.connect() as connection:
        return facts_of(connection.connection.driver_connection, key_hex, None, hashes_at)


def facts_of(conn: Any, key_hex: str, check: str | None, hashes_at: tuple[int, ...]) -> CopyFacts:
    """The same over one connection (the open database, after a restore); CHECK: the pragma
    to run first ("integrity_check", "quick_check"), or None."""
    if check is not None:
        try:
            if conn.execute(f"PRAGMA {check}(1)").fetchall() != [("ok",)]:
                return _damaged()
        except sqlcipher.DatabaseError:
            return _damaged()
    names = table_names(conn)
    if names is None:
        return _damaged()
    tables = {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}
    return _log_facts(conn, key_hex, tables, hashes_at)


def table_names(conn: Any) -> list[str] | None:
    """Every table of the file (None when a name is no plain identifier: no table of ours)."""
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]
    return names if all(IDENTIFIER.fullmatch(n) for n in names) else None


def _freelist_ok(conn: Any) -> bool:
    """The free pages' list reads whole (what a per-table check does not walk)."""
    try:
        count = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    except sqlcipher.DatabaseError:
        return False
    return 0 <= count < pages


def _damaged() -> CopyFacts:
    return CopyFacts(False, {}, Head.empty(), ChainReport(0, 1), (), {})


def _log_facts(
    conn: Any, key_hex: str, tables: dict[str, int], hashes_at: tuple[int, ...]
) -> CopyFacts:
    schema: tuple[str, ...] = ()
    if "alembic_version" in tables:
        schema = tuple(
            sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
        )
    if "audit_log" not in tables:
        return CopyFacts(True, tables, Head.empty(), ChainReport(0, None), schema, {})
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    with Session(engine) as session:
        head = read_head(session)
        chain = audit_chain.verify(iter_chain(session), audit_chain.chain_key(key_hex))
    found = {
        int(r[0]): str(r[1])
        for seq in hashes_at
        for r in conn.execute("SELECT seq, hash FROM audit_log WHERE seq = ?", (seq,))
    }
    return CopyFacts(True, tables, head, chain, schema, found)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def copy_file(source: Path, target: Path) -> str:
    """SOURCE copied byte for byte to TARGET (made here, 0600, must not exist), synced; its
    SHA-256 as read (a restored file is hashed as it was written, not as it was meant)."""
    digest = hashlib.sha256()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(CHUNK):
                dst.write(chunk)
                digest.update(chunk)
            dst.flush()
            os.fsync(dst.fileno())
    except OSError as e:
        if e.errno == 28:
            raise DiskFull(target) from None
        raise
    return digest.hexdigest()


def swap_in(db_path: Path, key_hex: str, new_file: Path) -> None:
    """NEW_FILE (a whole database in rollback-journal mode, beside DB_PATH, synced) becomes the
    database at DB_PATH. DatabaseInUse when another program holds the database open."""
    if db_path.exists():
        conn = connect_raw(db_path, key_hex)
        try:
            for _ in range(CHECKPOINT_TRIES):  # a reader of another program may be finishing
                busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if not busy:
                    break
                time.sleep(0.1)
            else:
                raise DatabaseInUse()
            try:
                mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            except sqlcipher.OperationalError:
                raise DatabaseInUse() from None
            if str(mode).lower() != "delete":
                raise DatabaseInUse()
            # Held until the rename: nobody opens the old file into WAL mode meanwhile.
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            for suffix in ("-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            os.replace(new_file, db_path)
            fsync_folder(db_path.parent)
            conn.execute("ROLLBACK")
        finally:
            conn.close()
    else:
        os.replace(new_file, db_path)
        fsync_folder(db_path.parent)
    for suffix in ("-wal", "-shm", "-journal"):  # the old file's, if any came back meanwhile
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    log.info("database replaced by a restored copy")
