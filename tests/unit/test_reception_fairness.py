"""The fairness summary per consultant (domain/reception/fairness.py; issue 12's fairness
report, R-REC-3, 5, 13), from a day's events and the assignments their replay gave."""

from __future__ import annotations

from records_desk.domain.reception.fairness import combined, day_fairness
from records_desk.domain.reception.rotation import replay
from tests.unit.reception_fixtures import DAY, DayScript


def scripted_day() -> DayScript:
    day = DayScript("A", "B", "C")
    day.away("A", manager=True)  # A owed at the next walk-in
    day.served()  # B; A passed over (owed)
    day.cancel("C")
    day.served()  # C cancelled (forfeit), A away (owed again), B
    day.back("A")
    day.served()  # A priority_return
    day.served()  # A priority_return (the second owed turn)
    day.walk_in(designated="B")  # B designated
    made = day.walk_in()  # pointer on C: C
    day.switch(made.consultant, "serious")  # reassigned away from C
    day.order("B", "A", "C")
    day.switch("B", "none")  # refused
    day.enquiry("林三", "0933000003")
    return day


def test_fairness_counts_turns_owed_and_served_forfeits_uncounted_and_interventions() -> None:
    day = scripted_day()
    report = day_fairness(day.events, day.made)
    rows = {r.consultant: r for r in report.consultants}
    assert [r.consultant for r in report.consultants] == ["A", "B", "C"]
    a, b, c = rows["A"], rows["B"], rows["C"]
    assert (a.owed_earned, a.owed_served, a.manager_assignments) == (2, 2, 1)
    assert (c.forfeits, c.turns_cancelled, c.lost_to_switch, c.interventions) == (1, 1, 1, 2)
    assert b.designated == 1
    assert sum(r.turns for r in report.consultants) == sum(1 for m in day.made if m.counted)
    assert sum(r.reassigned_in for r in report.consultants) == 1
    assert (report.order_changes, report.switches_refused, report.phone_enquiries) == (1, 1, 1)


def test_a_month_is_its_days_summed_per_consultant() -> None:
    events = scripted_day().events
    once = day_fairness(events, replay(DAY, events).assignments)
    month = combined([once, once])
    for row in month.consultants:
        single = next(r for r in once.consultants if r.consultant == row.consultant)
        assert row.turns == 2 * single.turns and row.forfeits == 2 * single.forfeits
    assert month.order_changes == 2
