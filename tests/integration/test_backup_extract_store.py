"""The extract requests' table (store/backup_extracts.py, the backup branch
store/migrations/backup/, R-BAK-5): the branch builds exactly what the model declares."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from records_desk.store import backup_extracts, migrate, search_index  # noqa: F401 - its table
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from records_desk.store.models import Base


def test_the_backup_branch_builds_exactly_the_extract_requests_R_BAK_5(
    db_path: Path, tmp_path: Path
) -> None:
    database = open_database(db_path, KeyStore(tmp_path / "config"))
    with database.engine.connect() as conn:
        assert "extract_request" in inspect(conn).get_table_names()
        assert "backup_0001" in migrate.current_heads(conn)
        context = MigrationContext.configure(
            conn, opts={"include_name": lambda name, *_: not search_index.owns_table(name)}
        )
        found = [
            d for d in compare_metadata(context, Base.metadata) if "extract_request" in repr(d)
        ]
        assert found == []
    database.dispose()
    migrate.check_layout(migrate.script_directory())
