"""A new, empty records office given up for a restored one (issue 14 §4: a new PC starts with
a new office and its own fresh key; the office's data comes back from a backup made under
another key, typed from the key-recovery sheet). The services say when
(services/backup/restore.py `restore_into_empty`); here is what is done to the files.

A key and a database cannot be replaced in one atomic step (the key lives in the keyring or
a key file, the database in its own file), so the order makes every moment safe:

1. the restored copy is written whole beside the database under a temporary name, synced;
2. the empty office is deleted (`remove_empty`) — only while it is still empty: under an
   exclusive lock that keeps every other connection out, it is checked again (no account,
   no data, no audit entry) and then removed;
3. the key of the path becomes the copy's (`replace_key`: the key file renamed over, or the
   keyring entry set);
4. the copy is renamed to the database's name.

A kill before 2 leaves the empty office and its key; between 2 and 4 no database at all, so
the next start makes a new empty office under whatever key is stored then (the office's
creation takes the key it finds: store/database.py `creating`); after 4 the restored office
under its own key. Never a database under a key that does not open it. A copy left under its
temporary name by a kill is removed by the next attempt (`remove_leftovers`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from records_desk.store.atomic import fsync_folder, leftovers, replace_atomically
from records_desk.store.backup import DatabaseInUse
from records_desk.store.keystore import SERVICE, KeyStore
from records_desk.store.raw_connection import connect_raw

log = logging.getLogger(__name__)

RESTORING = "restoring"  # suffix of the copy written beside the database (restore.py's too)
ALWAYS_THERE = frozenset({"alembic_version"})  # rows a new office is made with


class OfficeNotEmpty(Exception):
    """The office holds an account or data: it is never replaced."""


def rows_of(conn: Any) -> dict[str, int]:
    """The tables holding rows, other than what a new office is made with (the schema's
    version, the search indexes' own tables)."""
    master = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for name, sql in master if str(sql or "").upper().startswith("CREATE VIRTUAL")]
    found: dict[str, int] = {}
    for name, _sql in master:
        if name in ALWAYS_THERE or name in virtual or name.startswith("sqlite_"):
            continue
        if any(name.startswith(f"{v}_") for v in virtual):  # an index's shadow table
            continue
        quoted = '"' + name.replace('"', '""') + '"'
        count = conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]  # noqa: S608
        if count:
            found[name] = int(count)
    return found


def is_empty(conn: Any) -> bool:
    """No account, no data, no audit entry (the audit log is one of the tables counted): a
    new office nobody has worked in."""
    return not rows_of(conn)


def remove_empty(db_path: Path, key_hex: str) -> None:
    """Delete the database at DB_PATH (and its -wal, -shm) if it is an empty office; checked
    under an exclusive lock held until it is gone. OfficeNotEmpty when it holds anything,
    DatabaseInUse when another program has it open."""
    conn = connect_raw(db_path, key_hex)
    try:
        try:  # out of WAL mode (refused while another connection is open), then locked
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if busy or str(mode).lower() != "delete":
                raise DatabaseInUse()
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
        except sqlcipher.OperationalError:
            raise DatabaseInUse() from None
        if not is_empty(conn):
            raise OfficeNotEmpty()
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        db_path.unlink()
        fsync_folder(db_path.parent)
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    log.info("the new, empty office was removed for a restored one")


def replace_key(keystore: KeyStore, db_path: Path, key_hex: str) -> None:
    """KEY_HEX becomes the key of DB_PATH where its key is kept now (the key file, renamed
    over whole; else the keyring entry)."""
    key_file = keystore.key_file(db_path)
    if key_file.exists():
        replace_atomically(key_file, key_hex.encode("ascii"), durable=True)
        return
    import keyring

    keyring.set_password(SERVICE, str(db_path.resolve()), key_hex)


def remove_leftovers(db_path: Path) -> None:
    """Copies left under a temporary name by a restore that was killed."""
    for temp in leftovers(db_path, RESTORING):
        temp.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{temp}{suffix}").unlink(missing_ok=True)
        log.info("removed %s, left by an interrupted restore", temp.name)
