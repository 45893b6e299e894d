"""The inventory list sorted by any of the tab's columns, by the service (issue 13 upkeep): the
whole list in the column's order, paged without overlap or gap; blanks (no place, no holder,
no due day) last both ways; a medium never counted first going up, last going down; the holder
by the name the list shows. And the overdue filter: issued media past their due day (the
office's day).

The expected orders are restated here independently (Python's stable sort over the list's own
order) and compared with the pages the service hands out, two rows at a time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from records_desk.domain.common.roles import Role
from records_desk.domain.media.evidence import Loss
from records_desk.domain.media.vocabulary import MediumState, MediumType
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.media.dto import MediaFilter, MediaSort, MediumRow
from records_desk.services.media.search import MediaSearchService
from tests.conftest import Clock
from tests.unit.media_fixtures import TODAY, issue, ready, register

ARCHIVIST = Role.ARCHIVIST


def _inventory(services: Services, clock: Clock, archivist: Principal) -> None:
    """Media of four types in three departments, some without a place; three issued (to
    accounts whose names sort otherwise than their user names), one lost; two departments
    counted on two days, the rest never."""
    inventory = services.media.inventory
    register(services, archivist, department="財務部", location="櫃03")  # USB-0001
    register(services, archivist, MediumType.OPTICAL, department="財務部", classified=True)
    ready(services, archivist, department="客戶部", location="櫃02")  # USB-0002
    ready(services, archivist, kind=MediumType.HDD, department="客戶部", location="櫃01")
    ready(services, archivist, kind=MediumType.TAPE, department="工程部", location="櫃01")
    register(services, archivist, department="工程部")  # USB-0003, no place
    ready(services, archivist, department="工程部", location="櫃02")  # USB-0004
    register(services, archivist, MediumType.HDD, department="客戶部", location="櫃04")
    stocktakes = services.media.stocktakes
    stocktakes.start(archivist, department="財務部")
    stocktakes.scan(archivist, ["USB-0001", "CD-0001"])
    stocktakes.close(archivist)
    clock.advance(days=1)
    stocktakes.start(archivist, department="工程部")
    stocktakes.scan(archivist, ["USB-0003", "TP-0001"])
    stocktakes.close(archivist)
    inventory.apply(archivist, "USB-0002", [issue("staff", "sales-manager", date(2026, 12, 10))])
    inventory.apply(archivist, "HD-0001", [issue("boss", "sales-manager", date(2026, 12, 1))])
    today = TODAY + timedelta(days=1)
    inventory.apply(archivist, "USB-0004", [issue("consultant", "sales-manager", today)])
    lost = Loss("archivist", today, "left on a train")
    inventory.apply(archivist, "HD-0002", [lost])


def _restated(
    rows: list[MediumRow], names: dict[str, str], sort: MediaSort, down: bool
) -> list[str]:
    """The order the rules state: the list's own (type, number) order, turned round going
    down, then stably sorted by the column's key; blanks last, never counted as the oldest."""
    base = sorted(rows, key=lambda r: (r.media_type.value, r.number), reverse=down)
    keys: dict[MediaSort, Callable[[MediumRow], object]] = {
        MediaSort.TYPE: lambda r: list(MediumType).index(r.media_type),
        MediaSort.STATE: lambda r: list(MediumState).index(r.state),
        MediaSort.CLASSIFIED: lambda r: r.classified,
        MediaSort.DEPARTMENT: lambda r: r.department,
        MediaSort.LOCATION: lambda r: r.location or None,
        MediaSort.HOLDER: lambda r: names.get(r.holder, r.holder) if r.holder else None,
        MediaSort.DUE: lambda r: r.due_on,
        MediaSort.COUNTED: lambda r: r.last_counted_on,
    }
    if sort is MediaSort.NUMBER:
        return [r.number for r in base]
    key = keys[sort]
    filled = sorted((r for r in base if key(r) is not None), key=key, reverse=down)  # type: ignore[arg-type, return-value]
    blank = [r for r in base if key(r) is None]
    ordered = blank + filled if sort is MediaSort.COUNTED and not down else filled + blank
    return [r.number for r in ordered]


def _paged(services: Services, actor: Principal, flt: MediaFilter) -> list[str]:
    numbers: list[str] = []
    for offset in range(0, 20, 2):
        numbers += [r.number for r in services.media.register.page(actor, flt, offset, 2)]
    return numbers


@pytest.mark.parametrize("down", [False, True], ids=["up", "down"])
@pytest.mark.parametrize("sort", list(MediaSort), ids=[s.value for s in MediaSort])
def test_the_list_sorts_by_each_column_across_pages(
    services: Services,
    principals: dict[Role, Principal],
    clock: Clock,
    sort: MediaSort,
    down: bool,
) -> None:
    archivist = principals[ARCHIVIST]
    _inventory(services, clock, archivist)
    rows = services.media.register.page(archivist, MediaFilter(), 0, 100)
    people = MediaSearchService(services.media.ctx).people(archivist)
    names = {p.username: p.full_name for p in people}
    found = _paged(services, archivist, MediaFilter(sort=sort, descending=down))
    assert len(found) == len(set(found)) == len(rows) == 8
    assert found == _restated(rows, names, sort, down)


def test_blanks_sort_last_both_ways_and_never_counted_is_the_oldest(
    services: Services, principals: dict[Role, Principal], clock: Clock
) -> None:
    archivist = principals[ARCHIVIST]
    _inventory(services, clock, archivist)

    def order(sort: MediaSort, down: bool = False) -> list[str]:
        return _paged(services, archivist, MediaFilter(sort=sort, descending=down))

    # the holder by the name shown: Consultant, Staff, 王總 (user name "boss" would be first)
    assert order(MediaSort.HOLDER)[:3] == ["USB-0004", "USB-0002", "HD-0001"]
    assert order(MediaSort.HOLDER, True)[:3] == ["HD-0001", "USB-0002", "USB-0004"]
    assert order(MediaSort.DUE)[:3] == ["USB-0004", "HD-0001", "USB-0002"]
    assert order(MediaSort.DUE, True)[:3] == ["USB-0002", "HD-0001", "USB-0004"]
    assert order(MediaSort.LOCATION)[-2:] == ["CD-0001", "USB-0003"]  # no place: last
    assert order(MediaSort.LOCATION, True)[-2:] == ["USB-0003", "CD-0001"]
    never = {"HD-0001", "HD-0002", "USB-0002", "USB-0004"}
    assert set(order(MediaSort.COUNTED)[:4]) == never
    assert set(order(MediaSort.COUNTED, True)[-4:]) == never
    assert order(MediaSort.COUNTED, True)[:2] == ["USB-0003", "TP-0001"]  # the latest day


def test_the_filters_keep_the_order_chosen(
    services: Services, principals: dict[Role, Principal], clock: Clock
) -> None:
    archivist = principals[ARCHIVIST]
    _inventory(services, clock, archivist)
    flt = MediaFilter(department="客戶部", sort=MediaSort.STATE, descending=True)
    assert _paged(services, archivist, flt) == ["HD-0002", "USB-0002", "HD-0001"]


def test_an_issued_medium_past_its_due_day_is_overdue_by_the_office_day(
    services: Services, principals: dict[Role, Principal], clock: Clock
) -> None:
    archivist = principals[ARCHIVIST]
    _inventory(services, clock, archivist)
    inventory = services.media.register
    overdue = MediaFilter(overdue=True)
    assert inventory.count(archivist, overdue) == 0  # due today (USB-0004) is still in time
    clock.advance(days=1)
    assert [r.number for r in inventory.page(archivist, overdue, 0, 10)] == ["USB-0004"]
    clock.now = clock.now.replace(day=1, month=12) + timedelta(days=1)  # 12-02
    found = inventory.page(archivist, MediaFilter(overdue=True, sort=MediaSort.DUE), 0, 10)
    assert [r.number for r in found] == ["USB-0004", "HD-0001"]
    assert inventory.count(archivist, MediaFilter(overdue=True, department="客戶部")) == 1


def test_an_issued_medium_is_overdue_from_the_day_after_its_due_day_R_MED_3() -> None:
    """The one rule the list's highlight and its Overdue filter follow (domain/media)."""
    from records_desk.domain.media.lifecycle import days_overdue
    from records_desk.domain.media.vocabulary import MediumState

    due = TODAY - timedelta(days=3)
    assert days_overdue(MediumState.ISSUED, due, TODAY) == 3
    assert days_overdue(MediumState.ISSUED, TODAY, TODAY) == 0  # due back today: in time
    assert days_overdue(MediumState.RETURNED, due, TODAY) == 0
    assert days_overdue(MediumState.ISSUED, None, TODAY) == 0
