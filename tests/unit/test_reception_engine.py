"""Issue 12's eleven rotation semantics, one test (at least) each, named after the line it
proves (domain/reception/rotation.py, R-REC-1…6, 9, 12, 13)."""

from __future__ import annotations

from datetime import date

from records_desk.domain.reception.registrations import Relation, RelationKind
from records_desk.domain.reception.vocabulary import Reason, Skip, SkipReason
from tests.unit.reception_fixtures import DayScript, registration

R, S = Reason, SkipReason


def test_1_order_is_sign_in_order_and_a_late_sign_in_joins_at_the_end_R_REC_1() -> None:
    day = DayScript("A", "B")
    day.sign_in("C")
    assert day.rotation.order == ("A", "B", "C")
    assert day.rotation.pointer == "A"
    assert [day.served() for _ in range(4)] == ["A", "B", "C", "A"]


def test_1_after_a_rotation_the_pointer_moves_past_the_one_served_wrapping_around() -> None:
    day = DayScript("A", "B", "C")
    trail = []
    for _ in range(3):
        day.served()
        trail.append(day.rotation.pointer)
    assert trail == ["B", "C", "A"]


def test_1_sign_out_on_the_pointer_moves_it_to_the_next_in_order() -> None:
    day = DayScript("A", "B", "C")
    day.served()  # A; pointer on B
    day.sign_out("B")
    assert day.rotation.order == ("A", "C")
    assert day.rotation.pointer == "C"
    day.served()  # C; pointer wraps to A
    day.sign_out("A")
    assert day.rotation.pointer == "C"
    day.sign_out("C")
    assert day.rotation.pointer is None


def test_1_order_changed_replaces_the_order_and_puts_the_pointer_on_its_first_name() -> None:
    day = DayScript("A", "B", "C")
    day.served()
    day.order("C", "A", "B")
    assert (day.rotation.order, day.rotation.pointer) == (("C", "A", "B"), "C")
    assert [day.served() for _ in range(3)] == ["C", "A", "B"]


def test_2_a_new_visitor_goes_to_the_first_who_can_take_them_each_passed_over_listed_R_REC_2() -> (
    None
):
    day = DayScript("A", "B", "C", "D")
    day.walk_in()  # A busy
    day.served()  # B
    day.away("C")
    day.served()  # pointer on C: C away, D takes
    day.end("A")
    made = day.walk_in()  # pointer back on A
    assert made.consultant == "A"
    day.walk_in()  # B
    third = day.made[2]
    assert (third.consultant, third.reason, third.counted) == ("D", R.ROTATION, True)
    assert third.skipped == (Skip("C", S.AWAY_UNEXCUSED),)


def test_3_away_unexcused_at_the_pointer_loses_the_turn_owed_nothing_R_REC_3() -> None:
    day = DayScript("A", "B", "C")
    day.away("A")
    made = day.walk_in()
    assert (made.consultant, made.skipped) == ("B", (Skip("A", S.AWAY_UNEXCUSED),))
    day.end("B")
    day.back("A")
    assert day.rotation.owed == ()
    assert [day.served() for _ in range(3)] == ["C", "A", "B"]


def test_4_manager_assignment_at_the_pointer_is_owed_a_turn_served_first_after_back_R_REC_3() -> (
    None
):
    day = DayScript("A", "B", "C")
    day.away("A", manager=True)
    made = day.walk_in()
    assert made.skipped == (Skip("A", S.AWAY_MANAGER_ASSIGNMENT),)
    day.end(made.consultant)
    assert [o.consultant for o in day.rotation.owed] == ["A"]
    assert day.served() == "C"  # still away: the pointer's turn
    day.back("A")
    back = day.walk_in()
    assert (back.consultant, back.reason, back.counted) == ("A", R.PRIORITY_RETURN, True)
    assert day.rotation.owed == ()


def test_5_busy_with_a_counted_customer_at_the_pointer_is_owed_a_kept_turn() -> None:
    day = DayScript("A", "B", "C")
    day.walk_in()  # A busy, counted
    day.served()  # B
    day.served()  # C; pointer on A, busy
    made = day.walk_in()
    assert (made.consultant, made.skipped) == ("B", (Skip("A", S.BUSY_COUNTED),))
    day.end("B")
    assert day.served() == "C"  # A still busy: nothing owed is served yet
    day.end("A")
    kept = day.walk_in()
    assert (kept.consultant, kept.reason, kept.counted) == ("A", R.KEPT_TURN, True)


def test_5_busy_with_a_designated_customer_at_the_pointer_is_owed_nothing_R_REC_5() -> None:
    day = DayScript("A", "B", "C")
    day.walk_in(designated="A")
    made = day.walk_in()
    assert (made.consultant, made.skipped) == ("B", (Skip("A", S.BUSY_NOT_COUNTED),))
    day.end("A")
    day.end("B")
    assert day.rotation.owed == ()
    assert day.served() == "C"


def test_5_busy_with_a_courtesy_customer_at_the_pointer_is_owed_nothing() -> None:
    regs = (registration("0911000001", "C", date(2026, 11, 1)),)
    day = DayScript("A", "B", "C", registrations=regs)
    day.away("C")
    courtesy = day.walk_in(phone="0911000001")  # owner C away: backwards from A is B
    assert (courtesy.consultant, courtesy.reason) == ("B", R.COURTESY)
    day.served()  # A; pointer on B, busy with the courtesy visitor
    made = day.walk_in()
    assert made.skipped[0] == Skip("B", S.BUSY_NOT_COUNTED)
    assert day.rotation.owed == ()


def test_6_owed_turns_are_served_in_the_order_earned_count_and_do_not_move_the_pointer() -> None:
    day = DayScript("A", "B", "C", "D")
    day.away("A", manager=True)
    day.away("B", manager=True)
    made = day.walk_in()  # A then B passed over: owed in that order
    assert made.consultant == "C"
    day.end("C")
    assert [o.consultant for o in day.rotation.owed] == ["A", "B"]
    day.back("B")
    day.back("A")
    pointer = day.rotation.pointer
    first, second = day.walk_in(), day.walk_in()
    assert [(first.consultant, first.reason), (second.consultant, second.reason)] == [
        ("A", R.PRIORITY_RETURN),
        ("B", R.PRIORITY_RETURN),
    ]
    assert first.counted and second.counted
    assert day.rotation.pointer == pointer == "D"


def test_7_turn_cancelled_passes_the_consultant_over_once_owed_nothing_R_REC_3() -> None:
    day = DayScript("A", "B", "C")
    day.cancel("A")
    made = day.walk_in()
    assert (made.consultant, made.skipped) == ("B", (Skip("A", S.TURN_CANCELLED),))
    day.end("B")
    assert day.rotation.owed == ()
    assert [day.served() for _ in range(3)] == ["C", "A", "B"]  # only once


def test_8_designated_goes_to_that_consultant_even_busy_not_counted_pointer_stays_R_REC_5() -> None:
    day = DayScript("A", "B", "C")
    day.walk_in()  # A busy; pointer on B
    made = day.walk_in(designated="A")
    assert (made.consultant, made.reason, made.counted, made.waits) == (
        "A",
        R.DESIGNATED,
        False,
        True,
    )
    assert day.rotation.pointer == "B"
    assert day.served() == "B"


def test_8_a_designated_consultant_not_signed_in_leaves_the_visitor_to_the_rotation() -> None:
    day = DayScript("A", "B")
    made = day.walk_in(designated="Z")
    assert (made.consultant, made.reason) == ("A", R.ROTATION)
    assert made.skipped == (Skip("Z", S.DESIGNATED_NOT_SIGNED_IN),)


def test_9_a_returning_visitor_goes_to_the_registration_owner_not_counted_R_REC_4() -> None:
    regs = (registration("0911000001", "C", date(2026, 10, 1), date(2026, 11, 10)),)
    day = DayScript("A", "B", "C", registrations=regs)
    made = day.walk_in(phone="0911-000-001")
    assert (made.consultant, made.reason, made.counted) == ("C", R.RETURNING_OWNER, False)
    assert day.rotation.pointer == "A"


def test_9_a_returning_visitor_is_matched_by_id_number_too() -> None:
    reg = registration("0911000001", "B", date(2026, 11, 1))
    reg = type(reg)(
        type(reg.visitor)(reg.visitor.name, "", "A123456789"), "B", reg.registered, reg.registered
    )
    day = DayScript("A", "B", registrations=(reg,))
    made = day.walk_in(phone="0999999999", id_number="a123456789")
    assert (made.consultant, made.reason) == ("B", R.RETURNING_OWNER)


def test_9_owner_away_busy_or_absent_gives_a_courtesy_backwards_from_the_pointer_R_REC_4() -> None:
    regs = (registration("0911000001", "Z", date(2026, 11, 1)),)
    day = DayScript("A", "B", "C", "D", registrations=regs)
    day.served()  # A; pointer on B
    made = day.walk_in(phone="0911000001")  # Z never signed in: backwards from B is A
    assert (made.consultant, made.reason, made.counted) == ("A", R.COURTESY, False)
    assert made.skipped == (Skip("Z", S.NOT_SIGNED_IN),)
    assert day.rotation.pointer == "B"
    day.end("A")
    regs_b = (registration("0911000002", "A", date(2026, 11, 1)),)
    day2 = DayScript("A", "B", "C", "D", registrations=regs_b)
    day2.served()  # A; pointer on B
    day2.walk_in()  # B busy
    day2.away("A")
    made2 = day2.walk_in(phone="0911000002")  # owner A away; backwards from C: B busy, A, D
    assert (made2.consultant, made2.reason) == ("D", R.COURTESY)
    assert made2.skipped == (Skip("A", S.AWAY_UNEXCUSED), Skip("B", S.BUSY_COUNTED))


def test_9_an_expired_registration_makes_the_visitor_new_R_REC_4() -> None:
    # Last follow-up 10-26: valid through 11-26, so new on 11-27.
    regs = (registration("0911000001", "C", date(2026, 10, 1), date(2026, 10, 26)),)
    day = DayScript("A", "B", "C", registrations=regs)
    made = day.walk_in(phone="0911000001")
    assert (made.consultant, made.reason, made.counted) == ("A", R.ROTATION, True)
    # 10-27 → valid through 11-27: returning on 11-27.
    regs = (registration("0911000001", "C", date(2026, 10, 1), date(2026, 10, 27)),)
    day = DayScript("A", "B", "C", registrations=regs)
    assert day.walk_in(phone="0911000001").reason is R.RETURNING_OWNER


def test_10_spouses_and_parent_child_are_one_customer_owned_by_the_earliest_R_REC_9() -> None:
    regs = (
        registration("0911000006", "C", date(2026, 11, 2)),
        registration("0911000007", "B", date(2026, 11, 1)),
        registration("0911000008", "A", date(2026, 11, 3)),
    )
    rels = (
        Relation("0911000006", "0911000007", RelationKind.SPOUSE),
        Relation("0911000008", "0911000006", RelationKind.PARENT_CHILD),
    )
    day = DayScript("A", "B", "C", registrations=regs, relations=rels)
    for phone in ("0911000006", "0911000007", "0911000008"):
        made = day.walk_in(phone=phone)
        assert (made.consultant, made.reason) == ("B", R.RETURNING_OWNER)
        day.end("B")


def test_10_siblings_and_other_relatives_are_separate_customers_R_REC_9() -> None:
    regs = (
        registration("0911000006", "C", date(2026, 11, 2)),
        registration("0911000007", "B", date(2026, 11, 1)),
        registration("0911000008", "A", date(2026, 11, 3)),
    )
    rels = (
        Relation("0911000006", "0911000007", RelationKind.SIBLING),
        Relation("0911000008", "0911000007", RelationKind.OTHER),
    )
    day = DayScript("A", "B", "C", registrations=regs, relations=rels)
    got = []
    for phone in ("0911000006", "0911000007", "0911000008"):
        made = day.walk_in(phone=phone)
        got.append(made.consultant)
        day.end(made.consultant)
    assert got == ["C", "B", "A"]


def test_11_a_switch_without_fault_or_insistence_is_refused_with_no_change_R_REC_6() -> None:
    day = DayScript("A", "B", "C")
    day.walk_in()
    before = (day.rotation.pointer, day.rotation.statuses())
    assert day.switch("A", "none") == []
    assert day.switch("A", "minor") == []
    assert (day.rotation.pointer, day.rotation.statuses()) == before


def test_11_a_serious_fault_reassigns_by_rotation_excluding_the_current_consultant_R_REC_6() -> (
    None
):
    day = DayScript("A", "B", "C")
    day.served()  # A
    day.served()  # B
    day.served()  # C; pointer on A
    first = day.walk_in()  # A; pointer on B
    day.walk_in()  # B busy; pointer on C
    day.served()  # C; pointer on A
    (moved,) = day.switch("A", "serious")
    assert (moved.visitor, moved.consultant, moved.reason, moved.counted) == (
        first.visitor,
        "C",
        R.REASSIGNED,
        True,
    )
    assert moved.skipped == (Skip("A", S.CURRENT_CONSULTANT), Skip("B", S.BUSY_COUNTED))
    assert day.rotation.pointer == "A"
    status = {s.consultant: s.activity.value for s in day.rotation.statuses()}
    assert status["A"] == "free"  # the first consultant lost the customer


def test_11_a_customer_who_insists_is_reassigned_even_without_fault_R_REC_6() -> None:
    day = DayScript("A", "B")
    day.walk_in()
    (moved,) = day.switch("A", "none", insists=True)
    assert (moved.consultant, moved.reason) == ("B", R.REASSIGNED)


def test_phone_enquiries_are_logged_and_decide_nothing_R_REC_12() -> None:
    regs = (registration("0911000001", "C", date(2026, 10, 1)),)
    day = DayScript("A", "B", "C", registrations=regs)
    day.enquiry("林三", "0933000003")
    assert day.made == [] and len(day.rotation.enquiries) == 1
    made = day.walk_in(phone="0933000003")
    assert (made.consultant, made.reason) == ("A", R.ROTATION)


def test_7_with_nobody_else_at_post_a_cancelled_turn_still_receives_the_visitor() -> None:
    # Found by the property tests: a visitor is never left unreceived.
    day = DayScript("A", "B")
    day.away("A")
    day.cancel("B")
    made = day.walk_in()
    assert (made.consultant, made.reason, made.counted) == ("B", R.ROTATION, True)
    day.end("B")
    day.back("A")
    # B's cancellation was not used: it passes B over at their next turn.
    assert day.walk_in().consultant == "A"
    again = day.walk_in()
    assert (again.consultant, again.skipped) == ("A", (Skip("B", S.TURN_CANCELLED),))
