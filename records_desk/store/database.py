"""Open (or create) the encrypted database: key, engine, schema. The composition root and the
CLI both come through here, so there is one way to reach the data.

Decisions:
- A new database is made whole or not at all (`creating`): its key is stored first (under the
  final path: the key is found by path), then the file is built under a temporary name
  beside the target (same folder, 0600), migrated, given its first account by the caller,
  folded out of WAL mode, synced, and linked to its name — which fails if another program
  put a database there meanwhile: that one is kept, and only the temporary file is removed.
  A kill leaves at most a temporary file, removed by the next creation.
- A file is adopted as an office only if the key opens it and it has a schema version. A
  0-byte file, or one with no tables, is reported with its way out (`init --replace-empty`,
  which replaces only those); it is never turned into a new office with a new key.
- Before the key: a read-only file or folder is reported as such (not as a wrong key). A
  -wal or -shm left read-only by a start on a read-only database (SQLite gives them the
  database's mode) is given the database's mode again once the database is writable, rather
  than deleted: a -wal may hold committed data, and a -shm may be in use by another process.
- A server database (`open_server`, issue 15) is none of the above: no file; the server's
  administrator creates the empty database, the first desk to open it migrates it (under the
  migration lock, store/backends.py), the others find it current. Its office key (kept per
  address like a file's key) signs the audit chain; the chain's newest entry tells whether a
  desk's key is the office's (as SQLCipher tells it for a file).
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, event, inspect, text
from sqlalchemy.engine import URL

from records_desk.domain.common.audit_chain import chain_key
from records_desk.domain.common.errors import (
    DatabaseDamaged,
    DatabaseExists,
    DatabaseSuspended,
    EmptyDatabaseFile,
    HalfMadeDatabase,
    KeyUnavailable,
    NoDatabase,
    NotADatabase,
    OfficeKeyNeeded,
    ServerUnavailable,
    WrongOfficeKey,
)
from records_desk.store import live, migrate
from records_desk.store.atomic import (
    fsync_file,
    fsync_folder,
    leftovers,
    link_into_place,
    temporary_beside,
)
from records_desk.store.audit_rows import head_is_keyed
from records_desk.store.backends import (
    Prompt,
    keyring_entry,
    make_server_engine,
    parse_server_url,
    readable_address,
    server_password,
    unavailable_reason,
)
from records_desk.store.engine import make_engine
from records_desk.store.keystore import DatabaseKey, KeyStore, checked_key
from records_desk.store.raw_connection import (
    PAGE_SIZE,
    SIDE_FILES,
    check_files,
    connect_raw,
    foreign,
    is_empty_file,
)

log = logging.getLogger(__name__)

CREATING = "creating"  # suffix of a database being made


@dataclass
class Database:
    path: Path
    engine: Engine
    key: DatabaseKey
    migration_backup: Path | None = None

    @property
    def encrypted(self) -> bool:
        return True

    @property
    def name(self) -> str:
        """The office as shown to a user: the file's path."""
        return str(self.path)

    @property
    def short_name(self) -> str:
        """The office in a few words: the file's name."""
        return self.path.name

    def dispose(self) -> None:
        self.engine.dispose()

    def suspend(self) -> None:
        """No connection to the file until `resume` (a restore swaps it): the open ones are
        closed, and a new one is refused with DatabaseSuspended instead of reaching a file
        about to be replaced (a connection opened on the old file would write its -wal under
        the new file's name)."""
        if not event.contains(self.engine, "do_connect", _refuse):
            event.listen(self.engine, "do_connect", _refuse)
        self.engine.dispose()

    def resume(self) -> None:
        if event.contains(self.engine, "do_connect", _refuse):
            event.remove(self.engine, "do_connect", _refuse)
        self.engine.dispose()


def _refuse(*_args: object) -> None:
    raise DatabaseSuspended()


@dataclass
class ServerDatabase:
    """A records office on a PostgreSQL server (issue 15): its address as shown and kept
    (never with a password), the engine, and the office key (store/keystore.py: it signs the
    audit chain and the backups' manifests; it encrypts nothing). The file and its SQLCipher
    key are the embedded store's only."""

    address: str
    engine: Engine
    key: DatabaseKey
    url: URL
    password: str | None = field(default=None, repr=False)
    migration_backup: Path | None = None
    desk: str = ""  # the id this desk's change notifications carry (store/live.py)

    @property
    def encrypted(self) -> bool:
        return False  # at rest that is the server's business; on the wire, TLS (backends.py)

    @property
    def name(self) -> str:
        """The office as shown to a user: the server address, readable (a socket folder
        unescaped)."""
        return readable_address(self.address)

    @property
    def short_name(self) -> str:
        """The office in a few words: the database's name on the server."""
        return str(self.url.database)

    def dispose(self) -> None:
        self.engine.dispose()

    def suspend(self) -> None:
        if not event.contains(self.engine, "do_connect", _refuse):
            event.listen(self.engine, "do_connect", _refuse)
        self.engine.dispose()

    def resume(self) -> None:
        if event.contains(self.engine, "do_connect", _refuse):
            event.remove(self.engine, "do_connect", _refuse)
        self.engine.dispose()


AnyDatabase = Database | ServerDatabase


def open_server(
    address: str,
    keystore: KeyStore,
    *,
    prompt: Prompt | None = None,
    office_key: str | None = None,
) -> ServerDatabase:
    """The records office in the server database at `address` (postgresql://…), its password
    from the keyring or `prompt` (none asked when the server needs none); an empty database
    (made by the server's administrator) is migrated into a new office, an older one
    upgraded, a newer version's refused (NewerDatabase). Its office key: the one this desk
    keeps for the address, or `office_key` (64 hex digits, from the key-recovery sheet),
    which must sign the audit log already there (server_office_key)."""
    url = parse_server_url(address)
    shown = keyring_entry(url)
    try:
        password = server_password(url, prompt)
    except Exception as e:
        if not _is_connection_error(e):
            raise
        log.info("the server database %s cannot be opened: %s", shown, type(e).__name__)
        raise ServerUnavailable(readable_address(shown), unavailable_reason(e)) from None
    engine = make_server_engine(url, password)
    try:
        migrate.prepare_server(engine, shown)
        key = server_office_key(engine, keystore, shown, office_key)
    except Exception:
        engine.dispose()
        raise
    desk = live.install(engine)
    return ServerDatabase(
        address=shown, engine=engine, key=key, url=url, password=password, desk=desk
    )


def _is_connection_error(error: BaseException) -> bool:
    import psycopg

    return isinstance(error, psycopg.OperationalError)


def server_office_key(
    engine: Engine, keystore: KeyStore, address: str, given: str | None = None
) -> DatabaseKey:
    """The office key of the server office at ADDRESS. An office with no audit entry yet (a
    new one) takes the key this desk keeps, or GIVEN, or a new one. Once entries exist, the
    key must sign the newest: the kept one if it does, else GIVEN if it does (then kept in
    place of a wrong one); OfficeKeyNeeded when this desk has none, WrongOfficeKey when the
    kept or given one does not match."""
    with engine.connect() as conn:
        started = conn.execute(text("SELECT 1 FROM audit_log LIMIT 1")).first() is not None
        if not started:
            return keystore.get_or_create(address, create=True, given=given)
        try:
            kept: DatabaseKey | None = keystore.get_or_create(address, create=False)
        except KeyUnavailable:
            kept = None
        if kept is not None and head_is_keyed(conn, chain_key(kept.hex)):
            return kept
        shown = readable_address(address)
        if given is None:
            if kept is None:
                raise OfficeKeyNeeded(shown)
            raise WrongOfficeKey(shown, kept=True)
        checked = checked_key(given, shown, "the key given")
        if not head_is_keyed(conn, chain_key(checked)):
            raise WrongOfficeKey(shown, kept=False)
    if kept is None:
        return keystore.get_or_create(address, create=True, given=checked)
    log.warning("the office key kept for %s did not match its records: replaced", address)
    return keystore.replace(address, checked)


def open_database(db_path: Path, keystore: KeyStore, *, create: bool = True) -> Database:
    """The records office at `db_path`; with `create`, a new (migrated, account-less) one is
    made first when no file is there."""
    db_path = db_path.expanduser().resolve()
    if not db_path.exists():
        if not create:
            raise NoDatabase(db_path)
        with contextlib.suppress(DatabaseExists), creating(db_path, keystore):
            pass  # made here, or by another program at the same moment: opened below
    check_files(db_path)
    try:
        key = keystore.get_or_create(db_path, create=False)
    except KeyUnavailable:
        if foreign(db_path):  # no key was ever made for it: say what it is
            raise NotADatabase(db_path) from None
        raise
    engine = make_engine(db_path, key.hex)
    try:
        check_made(engine, db_path)
        backup = migrate.prepare(engine, db_path, key.hex)
    except Exception:
        engine.dispose()
        raise
    return Database(path=db_path, engine=engine, key=key, migration_backup=backup)


def check_made(engine: Engine, db_path: Path) -> None:
    """HalfMadeDatabase unless the file has a schema version; DatabaseDamaged when its size
    is no whole number of pages (cut short)."""
    with engine.connect() as conn:
        tables = inspect(conn).get_table_names()
    if "alembic_version" not in tables:
        raise HalfMadeDatabase(db_path, has_tables=bool(tables))
    if db_path.stat().st_size % PAGE_SIZE:
        time.sleep(0.05)  # another desk's checkpoint may be growing the file page by page
        if db_path.stat().st_size % PAGE_SIZE:
            raise DatabaseDamaged(db_path)


@contextlib.contextmanager
def creating(
    db_path: Path, keystore: KeyStore, *, replace_empty: bool = False
) -> Iterator[Database]:
    """A new, migrated database for the block, under a temporary name beside `db_path` and
    keyed with `db_path`'s key; put at `db_path` when the block ends without an error (else
    deleted). DatabaseExists when a database is there (racing=True: one was put there while
    this one was made). `replace_empty`: a 0-byte file there, or one with no tables, is
    replaced; nothing else ever is."""
    db_path = db_path.expanduser().resolve()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(db_path)
    replacing = _replaceable(db_path, keystore, replace_empty)
    key = keystore.get_or_create(db_path, create=True)  # stored before any database exists
    temp = temporary_beside(db_path, CREATING)
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    database: Database | None = None
    try:
        database = Database(path=temp, engine=make_engine(temp, key.hex), key=key)
        migrate.upgrade(database.engine)
        yield database
        database.dispose()
        _fold_wal(temp, key.hex)
        fsync_file(temp)
        if replacing:
            if not _replaceable(db_path, keystore, replace_empty):
                raise DatabaseExists(db_path, racing=True)
            _remove_side_files(db_path)
            os.replace(temp, db_path)
            fsync_folder(db_path.parent)
        else:
            try:
                link_into_place(temp, db_path)
            except FileExistsError:
                raise DatabaseExists(db_path, racing=True) from None
        log.info("database created at %s", db_path)
    finally:
        if database is not None:
            database.dispose()
        temp.unlink(missing_ok=True)
        _remove_side_files(temp)


def _replaceable(db_path: Path, keystore: KeyStore, replace_empty: bool) -> bool:
    """False when nothing is at `db_path`; True when an empty or table-less file is there
    and `replace_empty`; else the reason it is not replaced."""
    if not db_path.exists():
        return False
    if not db_path.is_file():
        raise NotADatabase(db_path)
    if is_empty_file(db_path):
        if replace_empty:
            return True
        raise EmptyDatabaseFile(db_path)
    try:
        key = keystore.get_or_create(db_path, create=False)
    except KeyUnavailable:
        raise DatabaseExists(db_path) from None  # no key here: whatever it holds, it stays
    conn = connect_raw(db_path, key.hex)
    try:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    finally:
        conn.close()
    if tables:
        raise DatabaseExists(db_path)
    if replace_empty:
        return True
    raise HalfMadeDatabase(db_path, has_tables=False)


def _fold_wal(path: Path, key_hex: str) -> None:
    """Everything into the main file and out of WAL mode, so the file alone is the database
    (its -wal stays behind under the temporary name)."""
    conn = connect_raw(path, key_hex)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def _remove_side_files(path: Path) -> None:
    for suffix in (*SIDE_FILES, "-journal"):  # -journal: killed while leaving WAL mode
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _remove_leftovers(db_path: Path) -> None:
    for temp in leftovers(db_path, CREATING):
        temp.unlink(missing_ok=True)
        _remove_side_files(temp)
        log.info("removed %s, left by an interrupted creation", temp)
