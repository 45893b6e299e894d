"""`records-desk demo --reception DAYS` (services/reception/demo.py): sample days made through
the engine — each stored day replays to exactly its stored sheet, past days are reviewed with
a hash that verifies, today stays open for the live desk, registrations carry A/B/C."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from records_desk.domain.common.errors import DemoRefused
from records_desk.domain.common.roles import Role
from records_desk.domain.reception.rotation import replay
from records_desk.domain.reception.vocabulary import Visitor
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.reception import records
from records_desk.services.reception.registry import registry_for
from records_desk.services.reception.stored_events import to_event, visitor_of
from records_desk.store.reception import FollowUp, Registration
from tests.conftest import Clock

TODAY = date(2026, 11, 27)


@pytest.fixture
def filled(
    services: Services, principals: dict[Role, Principal], clock: Clock
) -> tuple[Services, Principal]:
    clock.advance(hours=6)  # 15:00: today's desk has its morning
    gm = principals[Role.GENERAL_MANAGER]
    summary = services.reception.demo.fill(gm, 12, consultants=6, seed=3)
    assert summary.days == 12 and summary.consultants == 6
    assert summary.visits > 200 and summary.registrations > 50
    return services, principals[Role.RECEPTION_CLERK]


def test_each_sample_day_replays_to_its_stored_sheet_R_REC_13(
    filled: tuple[Services, Principal],
) -> None:
    services, clerk = filled
    with services.ctx.uow.read() as uow:
        session = uow.session
        for n in range(12):
            day = TODAY - timedelta(days=n)
            rows = records.day_events(session, day)
            who = records.names(session, {r.consultant_id for r in rows})
            events = [
                to_event(r.type, r.time, who[r.consultant_id][0] if r.consultant_id else None,
                         r.payload)
                for r in rows
            ]  # fmt: skip
            visitors = [visitor_of(r.payload["visitor"]) for r in rows if r.type == "walk_in"]
            registry, _ = registry_for(session, visitors, day)
            made = replay(day, events, registry).assignments
            sheet = services.reception.sheet.visits(clerk, day)
            assert [(a.visitor.name, a.consultant, a.reason.value) for a in made] == [
                (r.visitor, r.consultant, r.reason) for r in sheet
            ], day


def test_past_sample_days_are_reviewed_and_verify_today_is_open_R_REC_11(
    filled: tuple[Services, Principal],
) -> None:
    services, clerk = filled
    sheet = services.reception.sheet
    for n in range(1, 12):
        assert sheet.verify(clerk, TODAY - timedelta(days=n)).intact
    assert sheet.closing(clerk, TODAY) is None
    state = services.reception.day.state(clerk)
    assert state.events > 0 and state.statuses
    got = services.reception.day.walk_in(clerk, Visitor("新客", "0900000001"))
    assert got.consultant in state.names


def test_sample_follow_ups_are_graded_A_B_or_C_R_GRD_6(
    filled: tuple[Services, Principal],
) -> None:
    services, _ = filled
    with services.ctx.uow.read() as uow:
        levels = set(uow.session.scalars(select(FollowUp.level)))
        latest = set(uow.session.scalars(select(Registration.level)))
    assert levels <= {"A", "B", "C"} and levels
    assert latest <= {"A", "B", "C", None}


def test_only_the_general_manager_fills_sample_days(
    services: Services, principals: dict[Role, Principal]
) -> None:
    with pytest.raises(DemoRefused):
        services.reception.demo.fill(principals[Role.SALES_MANAGER], 2)
