"""The loan register's tables (store/loans.py, the loans branch store/migrations/loans/): the
branch builds exactly what the models declare, a database made before it gains the tables on
its next start, and the database itself keeps one file on at most one open item (R-LOAN-4)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from records_desk.domain.common.roles import Role
from records_desk.domain.customers.vocabulary import RecordType
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerDraft
from records_desk.store import (  # noqa: F401 - every feature's tables, whatever ran before
    backup_extracts,
    media,
    migrate,
    reception,
    reception_deals,
    search_index,
)
from records_desk.store.customers import Customer  # noqa: F401 - every table in the metadata
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from records_desk.store.loans import CUSTOMER_FILES, Loan, LoanItem
from records_desk.store.models import Base

LOAN_TABLES = {"loan", "loan_item", "loan_copy", "loan_sequence", "loan_deputy"}
AT = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def test_the_loans_branch_builds_exactly_the_models(db_path: Path, tmp_path: Path) -> None:
    database = open_database(db_path, KeyStore(tmp_path / "config"))
    with database.engine.connect() as conn:
        assert LOAN_TABLES <= set(inspect(conn).get_table_names())
        assert "loans_0003" in migrate.current_heads(conn)
        context = MigrationContext.configure(
            conn, opts={"include_name": lambda name, *_: not search_index.owns_table(name)}
        )
        found = compare_metadata(context, Base.metadata)
        # The one difference by design: loan_item.customer_id's foreign key is the database's
        # only (store/loans.py LoanItem: the ORM would need the customer model to flush).
        assert [_fk_of(d) for d in found] == [("loan_item", "customer")]
    database.dispose()


def _fk_of(difference: tuple[object, ...]) -> tuple[str, str] | tuple[object, ...]:
    if difference[0] != "remove_fk":
        return difference
    fk = difference[1]
    return fk.table.name, fk.referred_table.name  # type: ignore[attr-defined]


def test_the_loans_branch_is_declared_by_its_feature() -> None:
    from records_desk.features import LOANS

    assert (LOANS.migrations, LOANS.migration_head) == ("loans", "loans_0003")
    migrate.check_layout(migrate.script_directory())


def _loan(number: str, gm: Principal) -> Loan:
    return Loan(
        number=number,
        kind="in_room",
        purpose="check",
        status="open",
        borrower_name="Stan",
        registered_at=AT,
        registered_by_id=gm.account_id,
    )


def test_one_file_cannot_be_on_two_open_items_in_the_database_itself_R_LOAN_4(
    services: Services, gm: Principal
) -> None:
    file = services.customers.files.register(
        gm, CustomerDraft(record_type=RecordType.INTERNAL, name="行政部", department="總部")
    )
    with services.ctx.uow.write() as uow:
        session = uow.session
        row = session.execute(select(CUSTOMER_FILES).where(CUSTOMER_FILES.c.id == file.id)).one()
        assert (row.archive_number, row.status) == (file.archive_number, "active")
        first, second = _loan("L-2026-000001", gm), _loan("L-2026-000002", gm)
        session.add_all([first, second])
        session.flush()
        for loan, out in ((first, False), (second, True)):
            session.add(
                LoanItem(
                    loan_id=loan.id,
                    customer_id=file.id,
                    archive_number=file.archive_number,
                    shelf_location="",
                    is_out=out,
                )
            )
        session.flush()  # one returned item and one out: fine
        session.add(
            LoanItem(
                loan_id=first.id,
                customer_id=file.id,
                archive_number=file.archive_number,
                shelf_location="",
                is_out=True,
            )
        )
        with pytest.raises(IntegrityError):
            session.flush()


@pytest.mark.sqlite_only(reason="two desks on one file (on a server: test_postgres_concurrency)")
def test_two_desks_lending_one_file_at_once_lend_it_once_R_LOAN_4(
    services: Services, gm: Principal, db_path: Path, tmp_path: Path
) -> None:
    """Eight lends of one file from two desks (their own engines on the same file) at the same
    moment: exactly one goes out, every other is refused naming it, and the numbers of the
    loans that were made are distinct."""
    import threading

    from records_desk.domain.loans.errors import FileAlreadyOut
    from records_desk.services.container import build_services
    from tests.conftest import cheap_settings

    file = services.customers.files.register(
        gm, CustomerDraft(record_type=RecordType.INTERNAL, name="行政部", department="總部")
    )
    services.accounts.create(gm, "stan", "Stan", Role.STAFF, "temporary-pw")
    other = build_services(
        open_database(db_path, KeyStore(tmp_path / "config")),
        cheap_settings(),
        clock=services.ctx.clock,
    )
    desks = [services, other] * 4
    start = threading.Barrier(len(desks))
    lent: list[str] = []
    refused: list[FileAlreadyOut] = []
    failures: list[Exception] = []

    def lend(desk: Services) -> None:
        start.wait()
        try:
            loan = desk.loans.lending.lend(gm, [file.archive_number], "stan", "check")
            lent.append(loan.number)
        except FileAlreadyOut as e:
            refused.append(e)
        except Exception as error:  # reported below, not lost in the thread
            failures.append(error)

    threads = [threading.Thread(target=lend, args=(d,)) for d in desks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.close()
    assert failures == []
    assert len(lent) == 1 and len(refused) == len(desks) - 1
    assert {e.loan_number for e in refused} == set(lent)
