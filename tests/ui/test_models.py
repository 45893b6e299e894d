"""The table models obey Qt's model contract (pytest-qt's qtmodeltester), and the audit
model pages through the log instead of holding it (STYLE.md: big tables)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.ui.models.accounts_model import (
    ACCOUNT_ROLE,
    SORT_ROLE,
    AccountColumn,
    AccountsModel,
)
from records_desk.ui.models.audit_model import AuditColumn, AuditLogModel


def audit_model(
    services: Services, actor: Principal, page_size: int = 200
) -> tuple[AuditLogModel, list[tuple[int, int]]]:
    """A model over the real service; also returns the (offset, limit) of every page read."""
    pages: list[tuple[int, int]] = []

    def page(flt: AuditFilter, offset: int, limit: int):
        pages.append((offset, limit))
        return services.audit.page(actor, flt, offset, limit)

    model = AuditLogModel(lambda flt: services.audit.count(actor, flt), page, page_size)
    return model, pages


def assert_no_model_failures(qtlog) -> None:
    """The C++ tester reports broken rules as Qt warnings starting with FAIL!."""
    failures = [r.message for r in qtlog.records if "FAIL!" in r.message]
    assert failures == []


def test_accounts_model_contract(qtmodeltester, qtlog, services: Services, principals) -> None:
    gm = principals[Role.GENERAL_MANAGER]
    services.accounts.disable(gm, "archivist", "left")
    model = AccountsModel()
    qtmodeltester.check(model)  # empty
    model.set_accounts(services.accounts.list(gm), services.ctx.now())
    qtmodeltester.check(model)
    assert model.rowCount() == len(Role)
    assert model.columnCount() == len(AccountColumn)
    row = model.row_of("archivist")
    assert model.index(row, AccountColumn.STATUS).data() == "Disabled"
    assert model.index(row, 0).data(ACCOUNT_ROLE).username == "archivist"
    assert isinstance(model.index(row, AccountColumn.LAST_LOGIN).data(SORT_ROLE), float)
    model.set_accounts(services.accounts.list(gm)[:3], services.ctx.now())
    assert model.rowCount() == 3
    assert_no_model_failures(qtlog)


def test_accounts_model_shows_a_running_lockout(services: Services, gm: Principal, clock) -> None:
    from tests.conftest import make_user

    make_user(services, gm, "chen", Role.ARCHIVIST)
    for _ in range(5):
        try:
            services.auth.login("chen", "wrong-password")
        except Exception:  # noqa: BLE001 - the lockout itself is what we want
            pass
    model = AccountsModel()
    model.set_accounts(services.accounts.list(gm), services.ctx.now())
    status = model.index(model.row_of("chen"), AccountColumn.STATUS).data()
    assert status.startswith("Locked until ")
    clock.advance(minutes=16)
    model.set_accounts(services.accounts.list(gm), services.ctx.now())
    assert model.index(model.row_of("chen"), AccountColumn.STATUS).data() == "Active"


def test_audit_model_contract_while_paging_and_filtering(
    qtmodeltester, qtlog, services: Services, gm: Principal
) -> None:
    for n in range(45):
        services.auth.record(gm, "session.lock", f"lock {n}")
    model, _pages = audit_model(services, gm, page_size=20)
    qtmodeltester.check(model)  # the tester stays attached from here on
    model.set_filter(AuditFilter())
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 46
    model.set_filter(AuditFilter(action="office.initialise"))
    assert model.rowCount() == 1
    model.set_filter(AuditFilter(action="session."))
    assert model.total == 45
    assert_no_model_failures(qtlog)


def test_audit_model_reads_page_by_page(services: Services, gm: Principal) -> None:
    for n in range(45):
        services.auth.record(gm, "session.lock", f"lock {n}")
    model, pages = audit_model(services, gm, page_size=20)
    model.set_filter(AuditFilter())
    assert model.rowCount() == 20 and model.total == 46
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 46
    assert pages == [(0, 20), (20, 20), (40, 20)]
    assert model.index(0, AuditColumn.SEQ).data() == "46"
    assert model.index(45, AuditColumn.ACTION).data() == "Office set up"  # office.initialise
    assert model.headerData(AuditColumn.TIME, Qt.Orientation.Horizontal) == "Time"


def test_audit_model_stops_when_a_page_cannot_be_read(services: Services, gm: Principal) -> None:
    for _ in range(30):
        services.auth.record(gm, "session.lock", "lock")
    failing = {"now": False}

    def page(flt: AuditFilter, offset: int, limit: int):
        return None if failing["now"] else services.audit.page(gm, flt, offset, limit)

    model = AuditLogModel(lambda flt: services.audit.count(gm, flt), page, 10)
    model.set_filter(AuditFilter())
    failing["now"] = True
    model.fetchMore()
    assert model.rowCount() == 10
    assert not model.canFetchMore()
