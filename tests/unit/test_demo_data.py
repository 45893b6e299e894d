"""The demo data (`records-desk demo`): realistic, valid, within the grade quotas, the same for
the same seed, and made through the registering path (numbers, versions, audit)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from records_desk.domain.common.identifiers import is_valid_id_number, is_valid_phone
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services, build_services
from records_desk.services.customers.demo import DemoData, ensure_demo_accounts
from records_desk.store.customers import Customer, CustomerRevision
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from tests.conftest import GM_PASSWORD, Clock, cheap_settings


def fill(services: Services, gm: Principal, n: int, seed: int) -> None:
    ensure_demo_accounts(services.accounts, gm, GM_PASSWORD)
    DemoData(services.ctx).fill(gm, n, seed)


def names(services: Services) -> list[tuple[str, str, str]]:
    with services.ctx.uow.read() as uow:
        query = select(Customer.archive_number, Customer.name, Customer.id_number)
        return [(a, b, c) for a, b, c in uow.session.execute(query.order_by(Customer.id))]


def test_demo_files_are_valid_numbered_versioned_and_within_quotas_R_GRD_2(
    services: Services, gm: Principal
) -> None:
    fill(services, gm, 400, seed=5)
    with services.ctx.uow.read() as uow:
        session = uow.session
        customers = list(session.scalars(select(Customer)))
        assert len(customers) == 400
        assert len({c.archive_number for c in customers}) == 400  # R-CUS-2
        assert (session.scalar(select(func.count(CustomerRevision.id))) or 0) >= 400  # R-CUS-3
        assert all(is_valid_id_number(c.id_number) for c in customers if c.id_number)
        assert all(is_valid_phone(p) for c in customers for p in c.phones)
        assert sum(1 for c in customers if c.id_number) > 100
        assert {c.status for c in customers} <= {"active", "void"}
    assert not [line for line in services.customers.grading.quota_report(gm) if line.over]
    [entry] = services.audit.page(gm, AuditFilter(action="demo.fill"), 0, 5)
    assert entry.details["customers"] == 400


def test_the_same_seed_gives_the_same_data(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    fill(services, gm, 60, seed=11)
    other = build_services(
        open_database(tmp_path / "other.db", KeyStore(tmp_path / "config")),
        cheap_settings(),
        clock=Clock(),
    )
    try:
        boss = other.auth.create_first_manager("boss", "王總", GM_PASSWORD)
        fill(other, boss, 60, seed=11)
        assert names(other) == names(services)
    finally:
        other.close()
