"""Stocktakes of the media (issue 13 §4) and the inventory list: live counts of expected,
found, missing, unexpected and scanned-twice; the report at closing; media due to be counted;
the list's filters and pages."""

from __future__ import annotations

from datetime import timedelta

import pytest

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.roles import Role
from records_desk.domain.media.evidence import Disposal
from records_desk.domain.media.vocabulary import DisposalMethod, MediumState, MediumType
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.services.media.dto import MediaFilter
from records_desk.services.media.errors import NoStocktakeOpen, StocktakeAlreadyOpen
from tests.conftest import Clock
from tests.unit.media_fixtures import TODAY, issue, ready, register


def test_a_stocktake_counts_found_missing_unexpected_and_twice(
    services: Services, principals: dict[Role, Principal]
) -> None:
    archivist = principals[Role.ARCHIVIST]
    here = [register(services, archivist).number for _ in range(3)]
    elsewhere = register(services, archivist, department="業務部").number
    out = ready(services, archivist).number
    services.media.inventory.apply(archivist, out, [issue("staff", "sales-manager")])
    stocktakes = services.media.stocktakes
    opened = stocktakes.start(archivist, department="客戶部")
    assert opened.counts.expected == 3  # the issued one is away, not expected
    results = stocktakes.scan(archivist, [here[0], "usb 2", elsewhere, "USB-0999", here[0]])
    assert [r.outcome for r in results] == ["found", "found", "unexpected", "unexpected", "twice"]
    live = results[-1].counts
    assert (live.expected, live.found, live.missing, live.unexpected, live.twice) == (3, 2, 1, 2, 1)
    stocktakes.scan(archivist, [out, "not a number", elsewhere])
    report = stocktakes.close(archivist)
    assert report.missing == (here[2],)
    assert report.unexpected == (elsewhere, "USB-0999", out, "not a number")
    assert report.twice == (here[0], elsewhere)
    assert report.notes[out] == "issued" and report.notes["USB-0999"] == "unknown"
    assert report.notes[elsewhere] == "elsewhere"
    counted = services.media.register.show(archivist, here[0]).last_counted_on
    assert counted == TODAY
    assert services.media.register.show(archivist, here[2]).last_counted_on is None
    closing = services.audit.page(principals[Role.GENERAL_MANAGER], AuditFilter(), 0, 1)[0]
    assert closing.action == "media.stocktake_close"
    assert closing.details["missing"] == [here[2]]


def test_one_stocktake_at_a_time_and_none_to_scan_when_closed(
    services: Services, principals: dict[Role, Principal]
) -> None:
    archivist = principals[Role.ARCHIVIST]
    with pytest.raises(NoStocktakeOpen):
        services.media.stocktakes.scan(archivist, ["USB-0001"])
    services.media.stocktakes.start(archivist)
    with pytest.raises(StocktakeAlreadyOpen) as refused:
        services.media.stocktakes.start(archivist)
    assert refused.value.opened_by == "archivist"
    services.media.stocktakes.close(archivist)
    with pytest.raises(NoStocktakeOpen):
        services.media.stocktakes.close(archivist)


def test_a_medium_registered_after_the_opening_is_found_not_unexpected(
    services: Services, principals: dict[Role, Principal]
) -> None:
    archivist = principals[Role.ARCHIVIST]
    services.media.stocktakes.start(archivist)
    late = register(services, archivist).number
    [scan] = services.media.stocktakes.scan(archivist, [late])
    assert scan.outcome == "found" and scan.counts.expected == 1


def test_media_never_counted_or_not_in_twelve_months_are_due(
    services: Services, principals: dict[Role, Principal], clock: Clock
) -> None:
    archivist = principals[Role.ARCHIVIST]
    counted, never = register(services, archivist).number, register(services, archivist).number
    gone = register(services, archivist).number
    services.media.inventory.apply(
        archivist, gone, [Disposal(DisposalMethod.WIPE_DESTROY, TODAY, "staff")]
    )
    services.media.stocktakes.start(archivist)
    services.media.stocktakes.scan(archivist, [counted])
    services.media.stocktakes.close(archivist)
    due = MediaFilter(due_for_stocktake=True)

    def due_numbers() -> list[str]:
        return [r.number for r in services.media.register.page(archivist, due, 0, 50)]

    assert due_numbers() == [never]
    clock.advance(days=365)  # 2027-11-27: counted on 2026-11-27, still current
    assert due_numbers() == [never]
    clock.advance(days=1)
    assert due_numbers() == [counted, never]
    assert services.media.register.count(archivist, due) == 2


def test_the_list_filters_and_pages_for_the_lazy_table(
    services: Services, principals: dict[Role, Principal]
) -> None:
    archivist, staff = principals[Role.ARCHIVIST], principals[Role.STAFF]
    for _ in range(5):
        register(services, archivist)
    register(services, archivist, MediumType.HDD, classified=True)
    register(services, archivist, MediumType.TAPE, department="業務部")
    inventory = services.media.register
    assert inventory.count(staff, MediaFilter()) == 7
    pages = [inventory.page(staff, MediaFilter(), offset, 3) for offset in (0, 3, 6)]
    numbers = [r.number for page in pages for r in page]
    assert numbers == ["HD-0001", "TP-0001", *[f"USB-000{i}" for i in range(1, 6)]]
    assert inventory.count(staff, MediaFilter(classified=True)) == 1
    assert inventory.count(staff, MediaFilter(department="業務部")) == 1
    assert inventory.count(staff, MediaFilter(media_type=MediumType.USB)) == 5
    assert inventory.count(staff, MediaFilter(state=MediumState.READY)) == 0


def test_staff_see_the_inventory_but_do_not_take_stock_R_ACC_2(
    services: Services, principals: dict[Role, Principal]
) -> None:
    staff = principals[Role.STAFF]
    assert services.media.register.count(staff, MediaFilter()) == 0
    with pytest.raises(PermissionDenied):
        services.media.stocktakes.start(staff)


def test_the_archivists_deputy_keeps_the_inventory_on_the_days_of_the_period_R_ACC_5(
    services: Services, principals: dict[Role, Principal], clock: Clock
) -> None:
    gm, staff = principals[Role.GENERAL_MANAGER], principals[Role.STAFF]
    services.loans.deputies.appoint(gm, "staff", TODAY, TODAY + timedelta(days=2))
    medium = register(services, staff)
    entry = services.audit.page(gm, AuditFilter(action="media.register"), 0, 1)[0]
    assert entry.details["as_deputy"] and "as deputy archivist" in entry.summary
    assert services.media.register.show(staff, medium.number).registered_by == "staff"
    clock.advance(days=3)
    with pytest.raises(PermissionDenied):
        register(services, staff)
    with pytest.raises(PermissionDenied):  # consenting is never lent to a deputy
        ready(services, gm)
        services.media.inventory.apply(gm, "USB-0002", [issue("consultant", "staff")])
