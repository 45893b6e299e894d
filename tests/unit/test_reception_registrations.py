"""Registrations' validity and households (domain/reception/registrations.py, R-REC-4,
R-REC-9), and the engine's answers for the live day: who is next up, each consultant's
status, a visitor who waits when nobody is free."""

from __future__ import annotations

from datetime import date

import pytest

from records_desk.domain.reception.registrations import (
    Registry,
    Relation,
    RelationKind,
    valid_through,
)
from records_desk.domain.reception.vocabulary import (
    Activity,
    AwayReason,
    Reason,
    Skip,
    SkipReason,
    Visitor,
)
from tests.unit.reception_fixtures import DayScript, registration


@pytest.mark.parametrize(
    ("last", "through"),
    [
        (date(2026, 10, 27), date(2026, 11, 27)),
        (date(2026, 1, 31), date(2026, 2, 28)),
        (date(2028, 1, 31), date(2028, 2, 29)),
        (date(2026, 12, 15), date(2027, 1, 15)),
        (date(2026, 3, 31), date(2026, 4, 30)),
    ],
)
def test_a_registration_is_valid_through_the_last_follow_up_plus_a_calendar_month_R_REC_4(
    last: date, through: date
) -> None:
    assert valid_through(last) == through
    reg = registration("0911000001", "A", date(2026, 1, 1), last)
    assert reg.valid_on(through) and not reg.valid_on(date.fromordinal(through.toordinal() + 1))


def test_the_household_owner_is_the_earliest_valid_registration_R_REC_9() -> None:
    regs = (
        registration("0911000006", "C", date(2026, 9, 1), date(2026, 9, 1)),  # expired
        registration("0911000007", "B", date(2026, 11, 1)),
        registration("0911000008", "A", date(2026, 11, 3)),
    )
    rels = (
        Relation("0911000006", "0911000007", RelationKind.SPOUSE),
        Relation("0911000007", "0911000008", RelationKind.PARENT_CHILD),
    )
    registry = Registry(regs, rels)
    found = registry.match(Visitor("x", "0911000008"), date(2026, 11, 27))
    assert found is not None and found.owner is not None
    assert (found.owner.consultant, found.household, found.registration.consultant) == (
        "B",
        True,
        "A",
    )
    alone = registry.match(Visitor("x", "0911000006"), date(2026, 11, 27))
    assert alone is not None and alone.owner is not None and alone.owner.consultant == "B"
    assert registry.match(Visitor("x", "0911000009"), date(2026, 11, 27)) is None
    late = registry.match(Visitor("x", "0911000007"), date(2027, 3, 1))
    assert late is not None and late.owner is None and not late.returning


def test_next_up_names_who_a_new_visitor_would_get_without_assigning() -> None:
    day = DayScript("A", "B", "C")
    day.away("A", manager=True)
    nxt = day.rotation.next_up()
    assert (nxt.consultant, nxt.reason) == ("B", Reason.ROTATION)
    assert nxt.skipped == (Skip("A", SkipReason.AWAY_MANAGER_ASSIGNMENT),)
    assert day.rotation.owed == () and day.rotation.pointer == "A"
    assert day.walk_in().consultant == "B"
    day.back("A")
    assert day.rotation.next_up().reason is Reason.PRIORITY_RETURN


def test_statuses_show_free_busy_with_what_away_with_why_and_owed_turns() -> None:
    day = DayScript("A", "B", "C", "D")
    day.walk_in(designated="B")
    day.away("C", manager=True)
    day.walk_in()  # A; pointer on B
    day.walk_in()  # B busy (designated): passed over; C away: owed; D
    status = {s.consultant: s for s in day.rotation.statuses()}
    assert status["A"].activity is Activity.BUSY and status["A"].busy_with is Reason.ROTATION
    assert status["B"].busy_with is Reason.DESIGNATED and status["B"].owed == 0
    assert status["C"].activity is Activity.AWAY
    assert (status["C"].away_reason, status["C"].approved_by, status["C"].owed) == (
        AwayReason.MANAGER_ASSIGNMENT,
        "經理",
        1,
    )
    assert status["D"].activity is Activity.BUSY
    assert [s.consultant for s in day.rotation.statuses() if s.at_pointer] == ["A"]


def test_when_nobody_is_free_the_visitor_waits_for_the_first_at_post_from_the_pointer() -> None:
    day = DayScript("A", "B")
    day.walk_in()
    day.walk_in()
    day.away("A")
    made = day.walk_in()  # pointer on A (away): B is busy, the visitor waits for B
    assert (made.consultant, made.reason, made.counted, made.waits) == (
        "B",
        Reason.ROTATION,
        True,
        True,
    )
    assert made.skipped == (Skip("A", SkipReason.AWAY_UNEXCUSED),)


def test_preview_tells_the_receptionist_where_a_typed_visitor_would_go_without_assigning() -> None:
    regs = (registration("0911000001", "C", date(2026, 11, 1)),)
    day = DayScript("A", "B", "C", registrations=regs)
    returning = day.rotation.preview(Visitor("李大同", "0911000001"))
    assert (returning.consultant, returning.reason) == ("C", Reason.RETURNING_OWNER)
    named = day.rotation.preview(Visitor("王一", "0922000001"), designated="B")
    assert (named.consultant, named.reason) == ("B", Reason.DESIGNATED)
    new = day.rotation.preview(Visitor("王一", "0922000001"))
    assert (new.consultant, new.reason) == ("A", Reason.ROTATION)
    assert day.made == [] and day.rotation.pointer == "A"
