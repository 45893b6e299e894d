"""Bring a database to the current schema: new files are created by `upgrade head`; an older
file is first copied aside with the SQLite backup API, then migrated."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from records_desk.store.engine import connect_raw

log = logging.getLogger(__name__)

# The newest revision in migrations/versions. Comparing with it avoids importing Alembic on
# every start; a test keeps it equal to the script directory's head.
HEAD = "0006_office_settings"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def backup_copy(db_path: Path, key_hex: str, target: Path) -> Path:
    """Copy the live database with the SQLite backup API (consistent even mid-write), encrypted
    with the same key."""
    source = connect_raw(db_path, key_hex)
    dest = connect_raw(target, key_hex)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def prepare(engine: Engine, db_path: Path, key_hex: str) -> Path | None:
    """Migrate to HEAD when needed. Returns the pre-migration backup path, if one was made."""
    current = current_revision(engine)
    if current == HEAD:
        return None
    backup: Path | None = None
    if current is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = db_path.with_name(f"{db_path.stem}.pre-{current}.{stamp}.bak")
        backup_copy(db_path, key_hex, backup)
        log.info("database backed up to %s before migrating from %s", backup, current)
    upgrade(engine)
    log.info("database migrated from %s to %s", current or "empty", HEAD)
    return backup
