"""Registrations, follow-ups and relations in the database (R-REC-4, R-REC-9, R-GRD-6): the
counter's check of a phone or ID number, and the walk-in it decides."""

from __future__ import annotations

from datetime import date

import pytest

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.roles import Role
from records_desk.domain.reception.records_errors import EntryInvalid, NotYourVisitor
from records_desk.domain.reception.vocabulary import Visitor
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.services.reception.dto import Level, VisitorStatus
from tests.unit.reception_desk_fixtures import consultants, signed_in


@pytest.fixture
def people(services: Services, principals: dict[Role, Principal]) -> dict[str, Principal]:
    found = consultants(services, principals[Role.GENERAL_MANAGER], "amy", "bob", "cat")
    found["clerk"] = principals[Role.RECEPTION_CLERK]
    found["manager"] = principals[Role.SALES_MANAGER]
    found["gm"] = principals[Role.GENERAL_MANAGER]
    return found


def test_returning_visitor_found_by_phone_or_id_number_R_REC_4(
    services: Services, people: dict[str, Principal]
) -> None:
    reg = services.reception.registrations
    mine = reg.register(
        people["bob"],
        Visitor("李大同", "0911-000-001", "a123456789"),
        registered_on=date(2026, 11, 1),
    )
    reg.follow_up(people["bob"], mine.id, date(2026, 11, 10), Level.A, "看了三房")
    by_phone = reg.check(people["clerk"], phone="0911 000 001")
    by_id = reg.check(people["clerk"], id_number="A123456789")
    for found in (by_phone, by_id):
        assert found.status is VisitorStatus.RETURNING
        assert (found.owner, found.valid_through) == ("bob", date(2026, 12, 10))
    assert reg.check(people["clerk"], phone="0999999999").status is VisitorStatus.NEW


def test_expired_registration_makes_the_visitor_new_R_REC_4(
    services: Services, people: dict[str, Principal]
) -> None:
    reg = services.reception.registrations
    reg.register(people["bob"], Visitor("李大同", "0911000001"), registered_on=date(2026, 9, 1))
    found = reg.check(people["clerk"], phone="0911000001")
    assert found.status is VisitorStatus.EXPIRED
    assert found.valid_through == date(2026, 10, 1)


def test_returning_walk_in_goes_to_the_registrations_consultant_R_REC_4(
    services: Services, people: dict[str, Principal]
) -> None:
    reg = services.reception.registrations
    reg.register(people["cat"], Visitor("李大同", "0911000001"), registered_on=date(2026, 11, 20))
    signed_in(services, people["clerk"], "amy", "bob", "cat")
    got = services.reception.day.walk_in(people["clerk"], Visitor("李大同", "0911000001"))
    assert (got.consultant, got.reason, got.counted) == ("cat", "returning_owner", False)
    (row,) = services.reception.sheet.visits(people["clerk"], date(2026, 11, 27))
    assert row.first_visit is False


def test_spouse_of_a_registered_visitor_is_one_household_R_REC_9(
    services: Services, people: dict[str, Principal]
) -> None:
    reg = services.reception.registrations
    first = reg.register(
        people["amy"], Visitor("王先生", "0911000006"), registered_on=date(2026, 11, 2)
    )
    second = reg.register(
        people["bob"], Visitor("王太太", "0911000007"), registered_on=date(2026, 11, 5)
    )
    reg.relate(people["clerk"], first.id, second.id, "spouse")
    found = reg.check(people["clerk"], phone="0911000007")
    assert (found.status, found.owner, found.member_of) == (
        VisitorStatus.HOUSEHOLD,
        "amy",
        "王先生",
    )


def test_siblings_stay_separate_customers_R_REC_9(
    services: Services, people: dict[str, Principal]
) -> None:
    reg = services.reception.registrations
    first = reg.register(
        people["amy"], Visitor("王大", "0911000006"), registered_on=date(2026, 11, 2)
    )
    second = reg.register(
        people["bob"], Visitor("王二", "0911000007"), registered_on=date(2026, 11, 5)
    )
    reg.relate(people["clerk"], first.id, second.id, "sibling")
    found = reg.check(people["clerk"], phone="0911000007")
    assert (found.status, found.owner) == (VisitorStatus.RETURNING, "bob")


def test_follow_up_levels_are_A_B_or_C_and_the_latest_counts_R_GRD_6(
    services: Services, people: dict[str, Principal]
) -> None:
    reg = services.reception.registrations
    mine = reg.register(
        people["bob"], Visitor("李大同", "0911000001"), registered_on=date(2026, 11, 1)
    )
    reg.follow_up(people["bob"], mine.id, date(2026, 11, 3), "c")
    reg.follow_up(people["bob"], mine.id, date(2026, 11, 9), Level.A)
    with pytest.raises(EntryInvalid):
        reg.follow_up(people["bob"], mine.id, date(2026, 11, 10), "D")
    assert reg.get(people["clerk"], mine.id).level is Level.A
    assert [f.level for f in reg.follow_ups(people["clerk"], mine.id)] == [Level.C, Level.A]
    gm = people["gm"]
    assert services.audit.count(gm, AuditFilter(action="reception.follow_up")) == 2


def test_consultants_follow_up_only_their_own_visitors_R_GRD_6(
    services: Services, people: dict[str, Principal]
) -> None:
    reg = services.reception.registrations
    mine = reg.register(
        people["bob"], Visitor("李大同", "0911000001"), registered_on=date(2026, 11, 1)
    )
    with pytest.raises(NotYourVisitor):
        reg.follow_up(people["amy"], mine.id, date(2026, 11, 3), Level.B)
    with pytest.raises(PermissionDenied):
        reg.follow_up(people["clerk"], mine.id, date(2026, 11, 3), Level.B)
    reg.follow_up(people["manager"], mine.id, date(2026, 11, 3), Level.B)  # managers may


def test_a_consultant_registers_for_themselves_only_R_GRD_6(
    services: Services, people: dict[str, Principal]
) -> None:
    reg = services.reception.registrations
    with pytest.raises(PermissionDenied):
        reg.register(people["amy"], Visitor("李大同", "0911000001"), consultant_name="bob")
    assert reg.register(people["amy"], Visitor("李大同", "0911000001")).consultant == "amy"
    assert reg.register(people["clerk"], Visitor("陳二", "0911000002"), "bob").consultant == "bob"


def test_a_household_member_walks_in_to_the_first_registrations_consultant_R_REC_9(
    services: Services, people: dict[str, Principal]
) -> None:
    reg = services.reception.registrations
    first = reg.register(
        people["amy"], Visitor("王先生", "0911000006"), registered_on=date(2026, 11, 2)
    )
    second = reg.register(
        people["bob"], Visitor("王太太", "0911000007"), registered_on=date(2026, 11, 5)
    )
    reg.relate(people["clerk"], first.id, second.id, "spouse")
    signed_in(services, people["clerk"], "cat", "bob", "amy")
    got = services.reception.day.walk_in(people["clerk"], Visitor("王太太", "0911000007"))
    assert (got.consultant, got.reason, got.counted) == ("amy", "returning_owner", False)


def test_a_visitor_registered_today_is_new_until_tomorrow_R_REC_4(
    services: Services, people: dict[str, Principal]
) -> None:
    reg = services.reception.registrations
    reg.register(people["bob"], Visitor("李大同", "0911000001"))  # today
    assert reg.check(people["clerk"], phone="0911000001").status is VisitorStatus.NEW
    found = reg.check(people["clerk"], phone="0911000001", day=date(2026, 11, 28))
    assert (found.status, found.owner) == (VisitorStatus.RETURNING, "bob")


def test_the_counter_previews_where_a_typed_returning_visitor_goes_R_REC_4(
    services: Services, people: dict[str, Principal]
) -> None:
    reg = services.reception.registrations
    reg.register(people["cat"], Visitor("李大同", "0911000001"), registered_on=date(2026, 11, 20))
    signed_in(services, people["clerk"], "amy", "bob", "cat")
    day = services.reception.day
    seen = day.preview(people["clerk"], Visitor("", "0911-000-001"))
    assert (seen.consultant, seen.reason) == ("cat", "returning_owner")
    assert day.preview(people["clerk"], Visitor("", "0999999999")).consultant == "amy"
    assert day.state(people["clerk"]).events == 3  # nothing written
