"""The removable-media inventory's tables (store/media.py, the media branch
store/migrations/media/): the branch builds exactly what the models declare, and its feature
declares it."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from records_desk.store import media, migrate, search_index  # noqa: F401 - media's tables
from records_desk.store.customers import Customer  # noqa: F401 - every table in the metadata
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from records_desk.store.loans import Loan  # noqa: F401 - every table in the metadata
from records_desk.store.models import Base

MEDIA_TABLES = {
    "medium",
    "medium_event",
    "media_sequence",
    "media_stocktake",
    "media_stocktake_item",
    "media_stocktake_scan",
}


def test_the_media_branch_builds_exactly_the_models(db_path: Path, tmp_path: Path) -> None:
    database = open_database(db_path, KeyStore(tmp_path / "config"))
    with database.engine.connect() as conn:
        assert MEDIA_TABLES <= set(inspect(conn).get_table_names())
        assert "media_0002" in migrate.current_heads(conn)
        context = MigrationContext.configure(
            conn, opts={"include_name": lambda name, *_: not search_index.owns_table(name)}
        )
        found = [d for d in compare_metadata(context, Base.metadata) if _is_media(d)]
        assert found == []
    database.dispose()


def _is_media(difference: object) -> bool:
    text = repr(difference)
    return any(name in text for name in MEDIA_TABLES)


def test_the_media_branch_is_declared_by_its_feature() -> None:
    from records_desk.features import MEDIA

    assert (MEDIA.migrations, MEDIA.migration_head) == ("media", "media_0002")
    migrate.check_layout(migrate.script_directory())
