"""R-GRD-3 reviews due/overdue, R-GRD-4 the 5-day VIP downgrade, R-CUS-8 monthly visits,
R-CUS-5 entry timeliness."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from records_desk.domain.customers.errors import EntryBeforeEvent
from records_desk.domain.customers.reviews import (
    ReviewPolicy,
    ReviewStatus,
    ReviewSubject,
    VipProblem,
    VisitSubject,
    overdue_downgrades,
    overdue_visits,
    review_due_on,
    review_lists,
    review_status,
)
from records_desk.domain.customers.timeliness import (
    EntryKind,
    entry_deadline,
    is_late,
    lateness,
    old_events,
)
from records_desk.domain.customers.vocabulary import Grade

TODAY = date(2026, 11, 27)


# --- R-GRD-3 --------------------------------------------------------------------------------


def test_review_is_due_six_months_after_the_last_one_R_GRD_3() -> None:
    subject = ReviewSubject(1, last_reviewed_on=date(2026, 5, 27))
    assert review_due_on(subject) == date(2026, 11, 27)
    assert review_status(subject, date(2026, 11, 26)).status is ReviewStatus.NOT_DUE
    assert review_status(subject, TODAY).status is ReviewStatus.DUE
    assert review_due_on(ReviewSubject(2, date(2026, 8, 31))) == date(2027, 2, 28)


def test_review_is_overdue_after_the_grace_period_R_GRD_3() -> None:
    subject = ReviewSubject(1, last_reviewed_on=date(2026, 5, 27))
    assert review_status(subject, TODAY + timedelta(days=30)).status is ReviewStatus.DUE
    late = review_status(subject, TODAY + timedelta(days=31))
    assert (late.status, late.days_past_due) == (ReviewStatus.OVERDUE, 31)
    strict = ReviewPolicy(grace_days=0)
    assert review_status(subject, TODAY + timedelta(days=1), strict).status is ReviewStatus.OVERDUE


def test_never_reviewed_files_count_as_due_R_GRD_3() -> None:
    new = ReviewSubject(1, last_reviewed_on=None, admitted_on=TODAY)
    assert review_status(new, TODAY).status is ReviewStatus.DUE
    unknown = ReviewSubject(2, last_reviewed_on=None, admitted_on=None)
    assert review_status(unknown, TODAY).status is ReviewStatus.DUE
    long_ago = ReviewSubject(3, last_reviewed_on=None, admitted_on=date(2025, 1, 1))
    assert review_status(long_ago, TODAY).status is ReviewStatus.OVERDUE


def test_director_gets_due_and_overdue_lists_longest_waiting_first_R_GRD_3() -> None:
    subjects = [
        ReviewSubject(1, date(2026, 11, 1)),  # not due
        ReviewSubject(2, date(2026, 5, 20)),  # due 11-20
        ReviewSubject(3, None, date(2026, 11, 25)),  # due 11-25
        ReviewSubject(4, date(2026, 1, 10)),  # due 07-10, overdue
        ReviewSubject(5, None),  # due, day unknown
    ]
    lists = review_lists(subjects, TODAY)
    assert [d.customer_id for d in lists.due] == [5, 2, 3]
    assert [d.customer_id for d in lists.overdue] == [4]


# --- R-GRD-4 --------------------------------------------------------------------------------


def test_vip_with_a_problem_and_no_downgrade_after_5_days_is_flagged_R_GRD_4() -> None:
    problem = VipProblem(1, Grade.VIP, problem_on=date(2026, 11, 20), last_downgrade_on=None)
    assert overdue_downgrades([problem], date(2026, 11, 25)) == ()  # day 5: still in time
    flagged = overdue_downgrades([problem], date(2026, 11, 26))
    assert [(f.customer_id, f.deadline, f.days_late) for f in flagged] == [
        (1, date(2026, 11, 25), 1)
    ]


def test_downgraded_or_non_vip_customers_are_not_flagged_R_GRD_4() -> None:
    on = date(2026, 11, 1)
    done = VipProblem(1, Grade.PREFERRED, on, last_downgrade_on=date(2026, 11, 3))
    old_downgrade_then_promoted = VipProblem(2, Grade.VIP, on, last_downgrade_on=date(2025, 1, 1))
    preferred_problem = VipProblem(3, Grade.PREFERRED, on, last_downgrade_on=None)
    flagged = overdue_downgrades([done, old_downgrade_then_promoted, preferred_problem], TODAY)
    assert [f.customer_id for f in flagged] == [2]


# --- R-CUS-8 --------------------------------------------------------------------------------


def test_vip_and_preferred_are_visited_monthly_overdue_listed_R_CUS_8() -> None:
    subjects = [
        VisitSubject(1, Grade.VIP, last_visit_on=date(2026, 10, 27)),  # due today: not overdue
        VisitSubject(2, Grade.PREFERRED, last_visit_on=date(2026, 10, 20)),  # 7 days over
        VisitSubject(3, Grade.QUALIFIED, last_visit_on=None),  # no monthly visits
        VisitSubject(4, Grade.VIP, last_visit_on=None, graded_on=date(2026, 11, 1)),  # 12-01
        VisitSubject(5, Grade.VIP, last_visit_on=None, graded_on=date(2026, 9, 1)),
        VisitSubject(6, Grade.PREFERRED, last_visit_on=None),  # never, unknown: overdue
    ]
    overdue = overdue_visits(subjects, TODAY)
    assert [(v.customer_id, v.days_overdue) for v in overdue] == [(6, 0), (5, 57), (2, 7)]


# --- R-CUS-5 --------------------------------------------------------------------------------

EVENT = datetime(2026, 11, 27, 10, 0)


@pytest.mark.parametrize(
    ("kind", "hours"),
    [
        (EntryKind.NEW_OR_CHANGED, 24),
        (EntryKind.RENAME_OR_SERVICE, 48),
        (EntryKind.BULK_PROJECT, 72),
    ],
)
def test_late_entry_thresholds_24_48_72_hours_R_CUS_5(kind: EntryKind, hours: int) -> None:
    on_time = EVENT + timedelta(hours=hours)
    assert not is_late(kind, EVENT, on_time)  # ≤ the limit is on time
    assert is_late(kind, EVENT, on_time + timedelta(minutes=1))
    assert lateness(kind, EVENT, on_time + timedelta(hours=2)) == timedelta(hours=2)


def test_event_known_only_by_day_counts_from_the_end_of_that_day_R_CUS_5() -> None:
    day = date(2026, 11, 27)
    deadline = entry_deadline(EntryKind.NEW_OR_CHANGED, day, datetime(2026, 11, 28, 9))
    assert deadline == datetime(2026, 11, 29, 0, 0)
    assert not is_late(EntryKind.NEW_OR_CHANGED, day, datetime(2026, 11, 28, 23, 59))
    assert is_late(EntryKind.NEW_OR_CHANGED, day, datetime(2026, 11, 29, 0, 1))
    aware = datetime(2026, 11, 28, 9, tzinfo=UTC)
    assert not is_late(EntryKind.NEW_OR_CHANGED, day, aware)


def test_entry_before_its_event_is_refused_R_CUS_5() -> None:
    with pytest.raises(EntryBeforeEvent):
        lateness(EntryKind.NEW_OR_CHANGED, EVENT, EVENT - timedelta(minutes=1))
    with pytest.raises(EntryBeforeEvent):
        is_late(EntryKind.NEW_OR_CHANGED, date(2026, 11, 28), EVENT)


@given(st.integers(0, 10 * 24 * 60), st.sampled_from(list(EntryKind)))
def test_late_exactly_when_past_the_limit_R_CUS_5(minutes: int, kind: EntryKind) -> None:
    limit = {"new_or_changed": 24, "rename_or_service": 48, "bulk_project": 72}.get(kind.value)
    entered = EVENT + timedelta(minutes=minutes)
    assert is_late(kind, EVENT, entered) == (limit is not None and minutes > limit * 60)


def test_an_imported_file_is_never_a_late_entry_R_CUS_5() -> None:
    years_later = EVENT + timedelta(days=900)
    assert not is_late(EntryKind.IMPORTED, EVENT, years_later)
    assert entry_deadline(EntryKind.IMPORTED, EVENT, years_later) is None
    with pytest.raises(EntryBeforeEvent):  # the event still comes before its file
        lateness(EntryKind.IMPORTED, EVENT, EVENT - timedelta(minutes=1))
    events = [EVENT, EVENT + timedelta(days=899), None, date(2026, 11, 27)]
    assert old_events(events, years_later) == 2  # over 72 h old; an unknown day is not
