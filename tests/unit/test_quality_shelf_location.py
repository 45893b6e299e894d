"""Issue 10 §2: a file's shelf location is required before the file counts as complete
(R-DQ-1 completeness): a file without one is listed in data quality until a location is set,
and a database whose problems were stored before this check lists the gap at its first look
after the upgrade (migration customers_0002 empties the stored checks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, text

from records_desk.domain.customers.quality import Dimension
from records_desk.domain.customers.vocabulary import CustomerField, RecordType
from records_desk.services.container import Services, build_services
from records_desk.store.customers import StoredProblem
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from tests.conftest import cheap_settings
from tests.unit.customer_fixtures import Office, office, register

__all__ = ["office"]  # the fixture
SHELF = CustomerField.SHELF_LOCATION.value


def shelf_gaps(services: Services, office: Office) -> set[int]:
    return {
        p.customer.id
        for p in services.customers.quality.problems(office.director)
        if p.dimension is Dimension.COMPLETENESS and p.field == SHELF
    }


def test_a_file_without_shelf_location_is_incomplete_until_one_is_set(
    services: Services, office: Office
) -> None:
    shelved = register(services, office.archivist)[0]
    bare = register(services, office.archivist, shelf_location="", name="無位置公司")[0]
    internal = register(
        services, office.archivist, shelf_location=" ", record_type=RecordType.INTERNAL
    )[0]
    assert shelf_gaps(services, office) == {bare.id, internal.id}
    assert CustomerField.SHELF_LOCATION in bare.missing_fields  # the detail pane says so
    assert CustomerField.SHELF_LOCATION not in shelved.missing_fields

    changed = services.customers.files.change_directly(
        office.director, bare.id, {"shelf_location": "B-02-01"}, "filed"
    )
    assert CustomerField.SHELF_LOCATION not in changed.missing_fields
    assert shelf_gaps(services, office) == {internal.id}
    fixed = services.customers.quality.fixed(office.director)
    assert [(p.customer.id, p.field) for p in fixed] == [(bare.id, SHELF)]


@pytest.mark.sqlite_only(reason="takes a database file back to an older schema")
def test_the_first_look_after_the_upgrade_lists_shelf_gaps_stored_before_the_check(
    services: Services, office: Office, db_path: Path, tmp_path: Path
) -> None:
    bare = register(services, office.archivist, shelf_location="")[0]
    # As a database upgraded from customers_0001 was left: its stored problems worked out
    # without the shelf check, the migration not yet run.
    with services.ctx.uow.write() as uow:
        session = uow.session
        session.execute(delete(StoredProblem).where(StoredProblem.field == SHELF))
        for undo in (  # what customers_0002 adds, taken away again
            "DROP INDEX ix_quality_state_archive_number",
            "DROP INDEX ix_quality_state_owner",
            "DROP INDEX ix_quality_state_synced",
            "DROP INDEX ix_quality_problem_open_by",
            "ALTER TABLE quality_state DROP COLUMN synced",
            "DROP TABLE quality_look",
        ):
            session.execute(text(undo))
        session.execute(
            text(
                "UPDATE alembic_version SET version_num = 'customers_0001'"
                " WHERE version_num LIKE 'customers_%'"
            )
        )
        uow.commit()
    clock = services.ctx.clock
    services.close()

    database = open_database(db_path, KeyStore(tmp_path / "config"))
    upgraded = build_services(database, cheap_settings(), clock=clock)
    try:
        assert database.migration_backup is not None  # the upgrade ran
        assert shelf_gaps(upgraded, office) == {bare.id}
    finally:
        upgraded.close()
