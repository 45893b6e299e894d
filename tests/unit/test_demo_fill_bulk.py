"""Issue 10 §3, demo fill of 200,000 in bulk: the search index built in bulk holds exactly the
rows the per-file upkeep writes, and the bulk-written files have their data-quality problems
stored in the same transaction as the files."""

from __future__ import annotations

from sqlalchemy import func, select

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.demo import DemoData, ensure_demo_accounts
from records_desk.store import search_index
from records_desk.store.customers import Customer, QualityState
from tests.conftest import GM_PASSWORD


def test_the_search_index_built_in_bulk_holds_the_rows_kept_per_file(
    services: Services, gm: Principal
) -> None:
    ensure_demo_accounts(services.accounts, gm, GM_PASSWORD)
    DemoData(services.ctx).fill(gm, 300, seed=3)
    with services.ctx.uow.read() as uow:
        customers = list(uow.session.scalars(select(Customer).order_by(Customer.id)))
        bulk = search_index.index_rows_bulk(customers)
        one_by_one = [
            search_index.index_row(
                c.id, c.archive_number, c.name, c.contact_person, c.phone_digits, c.email,
                c.status, c.department, c.record_type, c.grade,
            )
            for c in customers
        ]  # fmt: skip
    assert len(bulk) == 300
    assert bulk == one_by_one


def test_a_demo_fill_stores_the_data_quality_problems_of_every_file(
    services: Services, gm: Principal
) -> None:
    ensure_demo_accounts(services.accounts, gm, GM_PASSWORD)
    DemoData(services.ctx).fill(gm, 200, seed=4)
    with services.ctx.uow.read() as uow:
        states = uow.session.scalar(select(func.count()).select_from(QualityState))
        files = uow.session.scalar(select(func.count(Customer.id)))
    assert states == files == 200
