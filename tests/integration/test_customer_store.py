"""The customer-file tables (R-CUS, R-GRD): the migration builds exactly what the models
declare, and an older database is upgraded with a backup first."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from records_desk.store import migrate
from records_desk.store.database import open_database
from records_desk.store.engine import make_engine
from records_desk.store.keystore import KeyStore
from records_desk.store.models import Base

CUSTOMER_TABLES = {
    "customer",
    "customer_revision",
    "change_request",
    "archive_sequence",
    "blacklist_entry",
    "grade_change",
    "review",
    "visit",
}


def test_migrations_build_exactly_the_models(db_path: Path, tmp_path: Path) -> None:
    database = open_database(db_path, KeyStore(tmp_path / "config"))
    with database.engine.connect() as conn:
        assert CUSTOMER_TABLES <= set(inspect(conn).get_table_names())
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    database.dispose()


def test_a_foundation_database_is_backed_up_then_given_the_customer_tables(
    db_path: Path, tmp_path: Path
) -> None:
    store = KeyStore(tmp_path / "config")
    db_path.parent.mkdir(parents=True)
    key = store.get_or_create(db_path, create=True)
    engine = make_engine(db_path, key.hex)
    migrate.upgrade(engine, "0001_foundation")
    engine.dispose()

    database = open_database(db_path, store)
    assert migrate.current_revision(database.engine) == "0002_customer_files"
    assert database.migration_backup is not None
    assert "pre-0001_foundation" in database.migration_backup.name
    with database.engine.connect() as conn:
        assert CUSTOMER_TABLES <= set(inspect(conn).get_table_names())
    database.dispose()
