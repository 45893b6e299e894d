"""Events that make no sense at their place in the day raise EventRefused naming the event's
position and time, and leave the state as it was (domain/reception/rotation.py)."""

from __future__ import annotations

from datetime import time

import pytest

from records_desk.domain.reception import events as ev
from records_desk.domain.reception.errors import EventProblem, EventRefused
from records_desk.domain.reception.vocabulary import AwayReason, Fault, Visitor
from tests.unit.reception_fixtures import DayScript

P = EventProblem


def refused(day: DayScript, event: ev.Event) -> EventRefused:
    before = (day.rotation.order, day.rotation.pointer, day.rotation.statuses())
    applied = day.rotation.events_applied
    with pytest.raises(EventRefused) as caught:
        day.rotation.apply(event)
    assert (day.rotation.order, day.rotation.pointer, day.rotation.statuses()) == before
    assert day.rotation.events_applied == applied
    assert caught.value.position == applied + 1
    assert caught.value.t == event.t
    return caught.value


@pytest.mark.parametrize(
    ("event", "problem", "who"),
    [
        (ev.Back(time(10), "Z"), P.UNKNOWN_CONSULTANT, "Z"),
        (ev.Back(time(10), "A"), P.NOT_AWAY, "A"),
        (ev.SignIn(time(10), "B"), P.ALREADY_SIGNED_IN, "B"),
        (ev.VisitEnd(time(10), "B"), P.NOT_BUSY, "B"),
        (ev.SwitchRequest(time(10), "B", Fault.SERIOUS), P.NOT_BUSY, "B"),
        (ev.SignOut(time(10), "A"), P.STILL_BUSY, "A"),
        (ev.Away(time(10), "B", AwayReason.MANAGER_ASSIGNMENT), P.APPROVAL_MISSING, "B"),
        (ev.TurnCancelled(time(10), "B", " "), P.BY_MISSING, "B"),
        (ev.OrderChanged(time(10), ("B", "A"), "主管"), P.ORDER_MISMATCH, "C"),
        (ev.OrderChanged(time(10), ("B", "A", "A"), "主管"), P.ORDER_MISMATCH, "C"),
        (ev.OrderChanged(time(10), ("B", "A", "C", "Z"), "主管"), P.UNKNOWN_CONSULTANT, "Z"),
        (ev.WalkIn(time(9), Visitor("王一")), P.TIME_OUT_OF_ORDER, ""),
    ],
)
def test_an_event_that_makes_no_sense_is_refused_with_its_position_and_time(
    event: ev.Event, problem: EventProblem, who: str
) -> None:
    day = DayScript("A", "B", "C")
    day.walk_in()  # A busy
    error = refused(day, event)
    assert (error.problem, error.consultant) == (problem, who)


def test_a_consultant_signed_out_is_not_signed_in_rather_than_unknown() -> None:
    day = DayScript("A", "B")
    day.sign_out("B")
    assert refused(day, ev.Away(time(10), "B", AwayReason.UNEXCUSED)).problem is P.NOT_SIGNED_IN


def test_away_twice_is_refused() -> None:
    day = DayScript("A", "B")
    day.away("B")
    assert refused(day, ev.Away(time(10), "B", AwayReason.UNEXCUSED)).problem is P.ALREADY_AWAY


def test_a_walk_in_with_nobody_signed_in_or_at_post_is_refused() -> None:
    day = DayScript()
    assert refused(day, ev.WalkIn(time(10), Visitor("王一"))).problem is P.NO_ONE_TO_RECEIVE
    day = DayScript("A")
    day.away("A")
    assert refused(day, ev.WalkIn(time(10), Visitor("王一"))).problem is P.NO_ONE_TO_RECEIVE


def test_events_at_the_same_minute_are_in_order() -> None:
    day = DayScript("A")
    t = time(12)
    day.rotation.apply(ev.WalkIn(t, Visitor("王一")))
    day.rotation.apply(ev.VisitEnd(t, "A"))
    assert day.rotation.events_applied == 3
