"""The encrypted store: SQLCipher at rest, the key in the keyring or a private file, the
connection settings, and Alembic migrations with a backup first."""

from __future__ import annotations

import logging
import shutil
import sqlite3
import stat
from pathlib import Path

import keyring
import pytest
import sqlcipher3.dbapi2 as sqlcipher
from keyring.backends import fail

from records_desk import features
from records_desk.domain.common.errors import NotADatabase
from records_desk.store import migrate
from records_desk.store.database import open_database
from records_desk.store.keystore import SERVICE, KeyStore, KeyUnavailable
from records_desk.store.raw_connection import connect_raw
from tests.conftest import MemoryKeyring

MIGRATIONS = Path(migrate.__file__).with_name("migrations")


def test_standard_sqlite_cannot_read_the_file_but_the_key_can(
    db_path: Path, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    database = open_database(db_path, KeyStore(tmp_path / "config"))
    database.dispose()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db_path).execute("SELECT * FROM sqlite_master").fetchall()
    key = memory_keyring.get_password(SERVICE, str(db_path.resolve()))
    assert key and len(key) == 64
    conn = sqlcipher.connect(str(db_path))
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"account", "audit_log", "alembic_version"} <= tables


def test_connection_settings(db_path: Path, tmp_path: Path) -> None:
    database = open_database(db_path, KeyStore(tmp_path / "config"))
    with database.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") >= 5000
    database.dispose()


def test_without_a_keyring_the_key_goes_to_a_private_file_not_beside_the_db(
    db_path: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    keyring.set_keyring(fail.Keyring())
    caplog.set_level(logging.DEBUG)
    store = KeyStore(tmp_path / "config")
    database = open_database(db_path, store)
    assert database.key.storage == "file"
    key_file = Path(database.key.location)
    assert key_file.is_relative_to(tmp_path / "config")
    assert not key_file.is_relative_to(db_path.parent)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert "kept in" in caplog.text  # the log says where
    assert key_file.read_text().strip() not in caplog.text  # but never the key
    database.dispose()
    again = open_database(db_path, store)
    assert again.key.hex == database.key.hex
    again.dispose()


def test_existing_database_without_its_key_is_refused(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path, KeyStore(tmp_path / "config")).dispose()
    keyring.set_keyring(MemoryKeyring())  # another machine: nothing stored
    with pytest.raises(KeyUnavailable):
        open_database(db_path, KeyStore(tmp_path / "other-config"))


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is not a database at all" * 100)
    keyring.get_keyring().set_password(SERVICE, str(bogus.resolve()), "00" * 32)
    with pytest.raises(NotADatabase):  # told apart from a wrong key (issue #9, 7)
        open_database(bogus, KeyStore(tmp_path / "config"))
    assert bogus.read_bytes() == b"this is not a database at all" * 100


def test_new_database_reaches_head(db_path: Path, tmp_path: Path) -> None:
    database = open_database(db_path, KeyStore(tmp_path / "config"))
    assert migrate.current_heads(database.engine) == migrate.expected_heads()
    assert database.migration_backup is None
    database.dispose()


def test_head_constants_match_the_migration_scripts_one_head_per_branch() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    # The core chain alone (versions/) ends at HEAD...
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == migrate.HEAD
    # ...and with every registered feature's branch, the heads are HEAD plus each
    # Feature.migration_head: the set compared with alembic_version at every start.
    script = migrate.script_directory()
    assert set(script.get_heads()) == migrate.expected_heads()
    migrate.check_layout(script)


def test_alembic_refuses_to_run_without_the_keyed_connection_from_migrate() -> None:
    from alembic import command

    # env.py never builds an engine: the key is the first statement of every connection.
    with pytest.raises(RuntimeError, match="through records_desk.store.migrate"):
        command.upgrade(migrate.alembic_config(), "heads")


NEXT_REVISION = '''"""test-only next revision"""
import sqlalchemy as sa
from alembic import op

revision = "0099_next"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("account", sa.Column("phone", sa.String(32), nullable=True))


def downgrade() -> None:
    op.drop_column("account", "phone")
'''


def test_older_database_is_backed_up_then_upgraded(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    store = KeyStore(tmp_path / "config")
    database = open_database(db_path, store)
    with database.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO account (username, full_name, role, password_hash, password_changed_at,"
            " must_change_password, failed_logins, active, created_at) VALUES ('old', 'Old',"
            " 'staff', 'x', '2026-01-01 00:00:00', 0, 0, 1, '2026-01-01 00:00:00')"
        )
    database.dispose()

    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, scripts)
    previous = migrate.HEAD  # the revision the database was created at
    (scripts / "versions" / "0099_next.py").write_text(NEXT_REVISION.format(head=previous))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(migrate, "HEAD", "0099_next")

    upgraded = open_database(db_path, store)
    shipped = {f.migration_head for f in features.FEATURES if f.migration_head}
    assert migrate.current_heads(upgraded.engine) == {"0099_next", *shipped}
    with upgraded.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT username, phone FROM account").all() == [("old", None)]
    backup = upgraded.migration_backup
    assert backup is not None and backup.exists() and f"pre-{previous}" in backup.name
    upgraded.dispose()
    # The copy is the old schema, encrypted with the same key.
    key = memory_keyring.get_password(SERVICE, str(db_path.resolve()))
    assert key is not None
    old = connect_raw(backup, key)
    found = old.execute("SELECT version_num FROM alembic_version").fetchall()
    assert {v for (v,) in found} == {previous, *shipped}
    assert [r[1] for r in old.execute("PRAGMA table_info(account)")].count("phone") == 0
    old.close()


def test_new_database_file_is_private_to_the_user(db_path: Path, tmp_path: Path) -> None:
    database = open_database(db_path, KeyStore(tmp_path / "config"))
    database.dispose()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_key_folder_is_never_the_database_folder() -> None:
    import os

    from records_desk import paths

    saved = {k: os.environ.pop(k, None) for k in (paths.DB_ENV, paths.CONFIG_ENV)}
    try:
        db_folder = paths.default_db_path().parent
        assert paths.config_dir() != db_folder
        assert not paths.config_dir().is_relative_to(db_folder)
    finally:
        for k, v in saved.items():
            if v is not None:
                os.environ[k] = v
