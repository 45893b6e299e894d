"""The live reception day in the database (R-REC-1…5, R-REC-11, R-REC-13): events written
through the services replay with the engine, a walk-in's assignment is stored on the day's
sheet with its reason and skipped list, and every write is audited."""

from __future__ import annotations

import pytest

from records_desk.domain.common.roles import Role
from records_desk.domain.reception.errors import EventRefused
from records_desk.domain.reception.records_errors import NotAConsultant
from records_desk.domain.reception.vocabulary import AwayReason, Visitor
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.services.reception.day import VisitDetails
from records_desk.services.reception.dto import Level, Source
from tests.conftest import GM_PASSWORD, Clock
from tests.unit.reception_desk_fixtures import consultants, signed_in


@pytest.fixture
def desk(services: Services, principals: dict[Role, Principal]) -> Principal:
    consultants(services, principals[Role.GENERAL_MANAGER], "amy", "bob", "cat")
    return principals[Role.RECEPTION_CLERK]


def test_walk_ins_follow_the_sign_in_order_and_wrap_R_REC_2(
    services: Services, desk: Principal, clock: Clock
) -> None:
    signed_in(services, desk, "amy", "bob", "cat")
    day = services.reception.day
    got = []
    for n in range(4):
        clock.advance(minutes=1)
        got.append(day.walk_in(desk, Visitor(f"訪客{n}", f"09220000{n:02d}")))
        if n < 3:
            day.visit_end(desk, got[-1].consultant or "")
    assert [a.consultant for a in got] == ["amy", "bob", "cat", "amy"]
    assert all(a.reason == "rotation" and a.counted for a in got)
    rows = services.reception.sheet.visits(desk, clock.now.date())
    assert [(r.row_no, r.consultant, r.reason) for r in rows] == [
        (1, "amy", "rotation"), (2, "bob", "rotation"), (3, "cat", "rotation"),
        (4, "amy", "rotation"),
    ]  # fmt: skip


def test_an_assignment_says_who_was_skipped_and_why_R_REC_13(
    services: Services, desk: Principal, clock: Clock
) -> None:
    signed_in(services, desk, "amy", "bob", "cat")
    day = services.reception.day
    day.away(desk, "amy", AwayReason.UNEXCUSED)
    clock.advance(minutes=5)
    got = day.walk_in(
        desk, Visitor("王一", "0922000001"), details=VisitDetails(3, Source.REFERRAL, Level.B)
    )
    assert got.consultant == "bob"
    assert [(s.consultant, s.why) for s in got.skipped] == [("amy", "away_unexcused")]
    (row,) = services.reception.sheet.visits(desk, clock.now.date())
    assert (row.party_size, row.source, row.intention, row.first_visit) == (
        3, Source.REFERRAL, Level.B, True,
    )  # fmt: skip
    assert [s.consultant for s in row.skipped] == ["amy"]
    gm = principals_gm(services)
    entries = services.audit.page(gm, AuditFilter(action="reception.walk_in"), 0, 5)
    assert entries[0].details["assignments"][0]["consultant"] == "bob"
    assert "王一" not in entries[0].summary  # no visitor's name in the log's summary


def principals_gm(services: Services) -> Principal:
    return services.auth.login("boss", GM_PASSWORD)


def test_an_event_that_makes_no_sense_is_refused_and_nothing_is_stored(
    services: Services, desk: Principal, clock: Clock
) -> None:
    signed_in(services, desk, "amy")
    with pytest.raises(EventRefused):
        services.reception.day.back(desk, "amy")  # back without away
    assert services.reception.day.state(desk).events == 1


def test_only_consultants_sign_in_R_REC_1(
    services: Services, desk: Principal, principals: dict[Role, Principal]
) -> None:
    with pytest.raises(NotAConsultant):
        services.reception.day.sign_in(desk, principals[Role.ARCHIVIST].username)
    with pytest.raises(NotAConsultant):
        services.reception.day.sign_in(desk, "nobody")


def test_order_change_needs_a_supervisor_R_REC_1(
    services: Services, desk: Principal, principals: dict[Role, Principal], clock: Clock
) -> None:
    from records_desk.domain.common.errors import PermissionDenied

    signed_in(services, desk, "amy", "bob")
    with pytest.raises(PermissionDenied):
        services.reception.day.change_order(desk, ["bob", "amy"])
    services.reception.day.change_order(principals[Role.SALES_MANAGER], ["bob", "amy"])
    clock.advance(minutes=1)
    assert services.reception.day.walk_in(desk, Visitor("王一", "0922000001")).consultant == "bob"


def test_the_live_state_names_who_is_next_R_REC_2(services: Services, desk: Principal) -> None:
    signed_in(services, desk, "amy", "bob")
    services.reception.day.away(desk, "amy", AwayReason.UNEXCUSED)
    state = services.reception.day.state(desk)
    assert state.next_up.consultant == "bob"
    assert [s.consultant for s in state.statuses] == ["amy", "bob"]
    assert state.names["amy"] == "Amy"


def test_another_desks_event_is_seen_by_the_next_assignment_R_REC_2(
    services: Services, desk: Principal, clock: Clock
) -> None:
    from records_desk.services.reception.day import DayService

    signed_in(services, desk, "amy", "bob", "cat")
    mine, other = services.reception.day, DayService(services.ctx)
    clock.advance(minutes=1)
    assert mine.walk_in(desk, Visitor("王一", "0922000001")).consultant == "amy"  # cached
    other.away(desk, "bob", AwayReason.UNEXCUSED)  # the other desk, its own state
    clock.advance(minutes=1)
    got = mine.walk_in(desk, Visitor("陳二", "0922000002"))
    assert got.consultant == "cat" and [s.consultant for s in got.skipped] == ["bob"]
    assert mine.state(desk).events == other.state(desk).events == 6


def test_a_refused_event_leaves_the_next_assignment_as_it_was(
    services: Services, desk: Principal, clock: Clock
) -> None:
    signed_in(services, desk, "amy", "bob")
    day = services.reception.day
    with pytest.raises(EventRefused):
        day.visit_end(desk, "amy")  # amy has no visitor
    clock.advance(minutes=1)
    assert day.walk_in(desk, Visitor("王一", "0922000001")).consultant == "amy"


def test_a_designated_visitor_is_stored_as_not_counted_R_REC_5(
    services: Services, desk: Principal, clock: Clock
) -> None:
    signed_in(services, desk, "amy", "bob")
    clock.advance(minutes=1)
    got = services.reception.day.walk_in(desk, Visitor("王一", "0922000001"), designated="bob")
    assert (got.consultant, got.reason, got.counted) == ("bob", "designated", False)
    clock.advance(minutes=1)
    # the pointer did not move: amy is still next
    assert services.reception.day.walk_in(desk, Visitor("陳二", "0922000002")).consultant == "amy"


def test_a_granted_switch_adds_a_reassigned_row_R_REC_6(
    services: Services, desk: Principal, clock: Clock
) -> None:
    from records_desk.domain.reception.vocabulary import Fault

    signed_in(services, desk, "amy", "bob", "cat")
    day = services.reception.day
    clock.advance(minutes=1)
    day.walk_in(desk, Visitor("王一", "0922000001"), details=VisitDetails(2, Source.REFERRAL))
    assert day.switch(desk, "amy", Fault.MINOR) is None  # refused: nothing stored
    got = day.switch(desk, "amy", Fault.SERIOUS)
    assert got is not None and (got.consultant, got.reason, got.counted) == (
        "bob", "reassigned", True,
    )  # fmt: skip
    rows = services.reception.sheet.visits(desk, clock.now.date())
    assert [(r.row_no, r.consultant, r.reason) for r in rows] == [
        (1, "amy", "rotation"), (2, "bob", "reassigned"),
    ]  # fmt: skip
    assert (rows[1].party_size, rows[1].source) == (2, Source.REFERRAL)  # the visitor's row
