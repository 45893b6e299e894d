"""Open (or create) the encrypted database: key, engine, schema. The composition root and the
CLI both come through here, so there is one way to reach the data."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from records_desk.store import migrate
from records_desk.store.engine import make_engine
from records_desk.store.keystore import DatabaseKey, KeyStore


@dataclass
class Database:
    path: Path
    engine: Engine
    key: DatabaseKey
    migration_backup: Path | None = None

    @property
    def encrypted(self) -> bool:
        return True

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(db_path: Path, keystore: KeyStore) -> Database:
    db_path = db_path.expanduser().resolve()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    is_new = not db_path.exists() or db_path.stat().st_size == 0
    if is_new:
        # Readable by this user only (SQLite gives the -wal and -shm files the same mode).
        os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT, 0o600))
    key = keystore.get_or_create(db_path, create=is_new)
    engine = make_engine(db_path, key.hex)
    try:
        backup = migrate.prepare(engine, db_path, key.hex)
    except Exception:
        engine.dispose()
        raise
    return Database(path=db_path, engine=engine, key=key, migration_backup=backup)
