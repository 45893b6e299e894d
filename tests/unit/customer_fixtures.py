"""Shared by the customer-service tests: the people of the office, a typical file, and the
audit trail as a list of actions. Data is made through the services."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest

from records_desk.domain.common.roles import Role
from records_desk.domain.customers.vocabulary import AdmissionChecklist, RecordType
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import AuditFilter, AuditRecord, Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerDraft, CustomerInfo
from tests.conftest import make_user

DEPARTMENT = "台北一部"


@dataclass(frozen=True)
class Office:
    gm: Principal
    director: Principal
    archivist: Principal
    manager: Principal
    consultant: Principal
    staff: Principal


@pytest.fixture
def office(services: Services, gm: Principal) -> Office:
    return Office(
        gm=gm,
        director=make_user(services, gm, "dora", Role.CUSTOMER_DIRECTOR),
        archivist=make_user(services, gm, "ann", Role.ARCHIVIST),
        manager=make_user(services, gm, "sam", Role.SALES_MANAGER),
        consultant=make_user(services, gm, "carl", Role.CONSULTANT),
        staff=make_user(services, gm, "stan", Role.STAFF),
    )


def draft(**changes: object) -> CustomerDraft:
    """A closed-sales file of 台北一部 that meets every admission criterion."""
    base = CustomerDraft(
        record_type=RecordType.CLOSED_SALES,
        name="林記貿易有限公司",
        department=DEPARTMENT,
        product_lines=("義肢",),
        contact_person="林志明",
        phones=("0912-345-678",),
        email="lin@example.com.tw",
        address="台北市中山區南京東路二段100號",
        id_number="04595257",
        admission=AdmissionChecklist.all_met(),
        shelf_location="A-01-03",
        event_date=date(2026, 11, 26),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def register(
    services: Services, actor: Principal, count: int = 1, **changes: object
) -> list[CustomerInfo]:
    return [services.customers.files.register(actor, draft(**changes)) for _ in range(count)]


def today(services: Services) -> date:
    return office_day(services.ctx.now())


def audit_trail(services: Services, gm: Principal, prefix: str) -> list[AuditRecord]:
    """Entries whose action starts with `prefix` (e.g. "customer."), oldest first."""
    flt = AuditFilter(action=prefix)
    return list(reversed(services.audit.page(gm, flt, 0, 1000)))
