"""The customer-file tables (R-CUS, R-GRD): the migration builds exactly what the models
declare, an older database is upgraded with a backup first, archive numbers are unique in the
database itself, and two desks registering at once get distinct consecutive numbers (R-CUS-2)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from records_desk.domain.customers.vocabulary import RecordType
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services, build_services
from records_desk.services.customers.dto import CustomerDraft
from records_desk.store import (  # noqa: F401 - every feature's tables, whatever ran before
    backup_extracts,
    media,
    migrate,
    reception,
    reception_deals,
    search_index,
)
from records_desk.store.customers import Customer
from records_desk.store.database import open_database
from records_desk.store.engine import make_engine
from records_desk.store.keystore import KeyStore
from records_desk.store.loans import Loan  # the loans branch's tables, also in the database
from records_desk.store.models import Base
from tests.conftest import cheap_settings

CUSTOMER_TABLES = {
    "customer",
    "customer_revision",
    "change_request",
    "archive_sequence",
    "blacklist_entry",
    "grade_change",
    "review",
    "visit",
    "evaluation",
    "survey",
    "spot_check",
    "spot_check_item",
    "duplicate_dismissal",
    "quality_problem",
    "office_setting",
}


def test_migrations_build_exactly_the_models(db_path: Path, tmp_path: Path) -> None:
    database = open_database(db_path, KeyStore(tmp_path / "config"))
    with database.engine.connect() as conn:
        assert CUSTOMER_TABLES <= set(inspect(conn).get_table_names())
        # The search index's tables are raw SQL (FTS5), not models (store/search_index.py).
        context = MigrationContext.configure(
            conn, opts={"include_name": lambda name, *_: not search_index.owns_table(name)}
        )
        assert Loan.__table__.metadata is Base.metadata
        found = compare_metadata(context, Base.metadata)
        # By design: loan_item.customer_id's foreign key is the database's only (store/loans.py).
        assert [(d[0], d[1].table.name) for d in found] == [("remove_fk", "loan_item")]
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
    assert migrate.current_heads(database.engine) == migrate.expected_heads()
    assert database.migration_backup is not None
    assert "pre-0001_foundation" in database.migration_backup.name
    with database.engine.connect() as conn:
        assert CUSTOMER_TABLES <= set(inspect(conn).get_table_names())
    database.dispose()


def draft(name: str) -> CustomerDraft:
    return CustomerDraft(
        record_type=RecordType.INTERNAL, name=name, department="客戶部", event_date=None
    )


def test_archive_numbers_are_unique_in_the_database_itself_R_CUS_2(
    services: Services, gm: Principal
) -> None:
    first = services.customers.files.register(gm, draft("甲"))
    with services.ctx.uow.write() as uow:
        now = datetime.now(UTC)
        uow.session.add(
            Customer(
                archive_number=first.archive_number,
                record_type="internal",
                department="",
                product_lines=[],
                name="copy",
                contact_person="",
                phones=[],
                phone_digits=[],
                email="",
                address="",
                id_number="",
                admission=[],
                shelf_location="",
                entry_kind="new_or_changed",
                entered_at=now,
                maintainer_id=gm.account_id,
                status="active",
                version=1,
                updated_at=now,
            )
        )
        with pytest.raises(IntegrityError):
            uow.session.flush()


@pytest.mark.sqlite_only(reason="two desks on one file (on a server: test_postgres_concurrency)")
def test_two_desks_registering_at_once_get_distinct_consecutive_numbers_R_CUS_2(
    services: Services, gm: Principal, db_path: Path, tmp_path: Path, clock: object
) -> None:
    # A second desk: its own engine and services on the same file.
    other_db = open_database(db_path, KeyStore(tmp_path / "config"))
    other = build_services(other_db, cheap_settings(), clock=services.ctx.clock)
    desks = [services, other] * 4
    start = threading.Barrier(len(desks))
    numbers: list[str] = []
    failures: list[Exception] = []

    def register(desk: Services, index: int) -> None:
        start.wait()
        try:
            numbers.append(desk.customers.files.register(gm, draft(f"客戶{index}")).archive_number)
        except Exception as error:  # reported below, not lost in the thread
            failures.append(error)

    threads = [threading.Thread(target=register, args=(d, i)) for i, d in enumerate(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.close()
    assert failures == []
    assert sorted(numbers) == [f"IN-2026-{n:05d}" for n in range(1, len(desks) + 1)]
