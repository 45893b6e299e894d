"""Issue 15 §2 for the customer feature's bulk paths on PostgreSQL (the throwaway cluster of
tests/pg.py): an import writes its files (COPY, store/bulk.py) and files registered after it
get their own ids; a purge removes void files with everything that names them; the
data-quality look finds what it finds on the embedded store for the same customers."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers import purge
from records_desk.services.customers.demo import DemoData, ensure_demo_accounts
from records_desk.services.customers.quality_dto import (
    QualityProblemInfo,
    QualityQuery,
    QualityReportInfo,
)
from records_desk.services.customers.search import CustomerQuery
from records_desk.store.customers import Customer, CustomerRevision
from tests.conftest import GM_PASSWORD, Clock
from tests.integration.test_customer_import_office_list import (
    OFFICE_HEADERS,
    office_row,
    write_xlsx,
)
from tests.pg import server_desk
from tests.unit.customer_fixtures import draft


@pytest.fixture
def server(pg_url: str, tmp_path: Path, clock: Clock) -> Iterator[Services]:
    desk = server_desk(pg_url, tmp_path / "desk", clock=clock)
    yield desk
    desk.close()


@pytest.fixture
def server_gm(server: Services) -> Principal:
    return server.auth.create_first_manager("boss", "王總", GM_PASSWORD)


def test_an_import_works_on_postgresql_and_later_files_get_ids_of_their_own(
    server: Services, server_gm: Principal, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "名單.xlsx", [OFFICE_HEADERS, *(office_row(n) for n in range(60))])
    imports = server.customers.imports
    done = imports.commit(server_gm, imports.preview(server_gm, path))
    assert done.written == 60
    search = server.customers.search
    assert search.count(server_gm, CustomerQuery(text="淑")) == 60  # 1 character
    assert search.count(server_gm, CustomerQuery(text="陳淑卿007")) == 1
    assert search.count(server_gm, CustomerQuery(text="0900000003")) == 1
    # The import gave its files ids itself: the next one registered gets the next id.
    later = server.customers.files.register(server_gm, draft(name="後來的客戶"))
    assert later.id == max(done.customer_ids) + 1
    assert search.count(server_gm, CustomerQuery(text="後來")) == 1
    report = server.audit.verify(server_gm)
    assert report.intact


def test_a_purge_of_void_files_works_on_postgresql(
    server: Services, server_gm: Principal, clock: Clock
) -> None:
    files = server.customers.files
    kept = files.register(server_gm, draft(name="留下的客戶", phones=("0911-000-111",)))
    going = files.register(server_gm, draft(name="作廢的客戶", phones=("0922-000-222",)))
    files.void(server_gm, going.id, "registered twice")
    clock.advance(days=365 * 3 + 2)
    with server.ctx.uow.read() as uow:
        planned = purge.purgeable(uow.session, clock() - timedelta(days=365 * 3), ())
    assert planned == [("customer_files", [going.archive_number])]
    with server.ctx.uow.write() as uow:
        gone = purge.purge(uow.session, clock() - timedelta(days=365 * 3), ())
        uow.commit()
    assert gone == planned
    with server.ctx.uow.read() as uow:
        session = uow.session
        assert session.scalars(select(Customer.id)).all() == [kept.id]
        assert set(session.scalars(select(CustomerRevision.customer_id))) == {kept.id}
    query = CustomerQuery(text="客戶", include_void=True)
    assert [r.id for r in server.customers.search.iter_rows(server_gm, query)] == [kept.id]
    again = files.register(server_gm, draft(name="新客戶", phones=("0933-000-333",)))
    assert again.id > kept.id


def test_the_quality_look_finds_the_same_problems_on_postgresql(
    services: Services, gm: Principal, server: Services, server_gm: Principal, clock: Clock
) -> None:
    for desk, principal in ((services, gm), (server, server_gm)):
        ensure_demo_accounts(desk.accounts, principal, GM_PASSWORD)
        DemoData(desk.ctx).fill(principal, 150, seed=5)
    embedded = services.customers.quality.report(gm)
    on_server = server.customers.quality.report(server_gm)
    assert on_server.checked_customers == embedded.checked_customers == 150
    assert on_server.open_problems == embedded.open_problems > 0
    assert on_server.by_dimension == embedded.by_dimension

    def problems(report: QualityReportInfo) -> list[tuple[str, str, str]]:
        return sorted((p.customer.archive_number, p.rule_id, p.message) for p in report.problems)

    assert problems(on_server) == problems(embedded)
    with server.database.engine.connect() as conn:  # every file checked once, on the server
        assert conn.execute(text("SELECT count(*) FROM quality_state")).scalar() == 150
    # The next look, a day later and after an edit, examines what changed only (its scope).
    first = min(p.customer.id for p in on_server.problems)
    clock.advance(days=1)
    for desk, principal in ((services, gm), (server, server_gm)):
        desk.customers.files.change_directly(principal, first, {"email": ""}, "no e-mail")
    embedded, on_server = (
        services.customers.quality.report(gm),
        server.customers.quality.report(server_gm),
    )
    assert on_server.open_problems == embedded.open_problems
    assert problems(on_server) == problems(embedded)
    # The window reads the list a page at a time, in archive-number order (keyset).
    quality_e, quality_s = services.customers.quality, server.customers.quality
    first_e, first_s = quality_e.report(gm, limit=7), quality_s.report(server_gm, limit=7)

    def listed(found: Sequence[QualityProblemInfo]) -> list[tuple[str, str, str]]:
        return [(p.customer.archive_number, p.rule_id, p.message) for p in found]

    assert listed(first_s.problems) == listed(first_e.problems) and len(first_s.problems) == 7
    next_e = quality_e.page(gm, QualityQuery(), first_e.problems[-1], 9)
    next_s = quality_s.page(server_gm, QualityQuery(), first_s.problems[-1], 9)
    assert listed(next_s) == listed(next_e) and len(next_s) == 9


def test_the_demos_bulk_rows_leave_the_id_sequences_past_them_on_postgresql(
    server: Services, server_gm: Principal
) -> None:
    """store.bulk.insert_rows gives ids itself (the demo's loans and items, the import's
    files): on the server each table's sequence is moved past them, so the next row the ORM
    inserts gets a new id instead of a duplicate key."""
    from records_desk.services.loans.demo import LoanDemo

    ensure_demo_accounts(server.accounts, server_gm, GM_PASSWORD)
    DemoData(server.ctx).fill(server_gm, 120, seed=2)
    LoanDemo(server.ctx, server.loans.options.closing_time).fill(server_gm, 200, seed=2)
    with server.database.engine.connect() as conn:
        for table in ("customer", "loan", "loan_item"):
            top = conn.execute(text(f"SELECT max(id) FROM {table}")).scalar()
            following = conn.execute(
                text(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id'))")
            ).scalar()
            assert top and following == top + 1, table
    later = server.customers.files.register(server_gm, draft(name="示範之後的客戶"))
    assert later.id == 122  # 121 was taken by the nextval above
