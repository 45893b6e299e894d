"""When customers are due for attention: periodic reviews (R-GRD-3), the 5-day downgrade of a
VIP with a recorded problem (R-GRD-4) and monthly visits to VIP and preferred customers
(R-CUS-8). Pure functions of the office day `today`.

Seed: 第五篇 五3.2 (階段性評審 原則上每6個月), 3.3 (VIP 出現相關問題 5日內降級), 7.2a (重點VIP和優選類
客戶應做到每月走訪一次).

Decisions, as a careful office would read them:

- A review is due 6 calendar months after the last one (08-31 + 6 months = 02-28). A file never
  reviewed is due from its admission day (the issue: never-reviewed files count as due); with no
  admission day either it is simply due.
- "Due" means the due day has come; "overdue" means more than `grace_days` (30 by default, a
  month to get the review done) have passed since. Set grace_days=0 for "overdue the day after".
- A problem recorded on day D must be followed by a downgrade by D + 5; from D + 6 a customer
  still VIP with no downgrade on or after D is flagged.
- A visit is due one calendar month after the last one; a customer never visited is due a month
  after becoming VIP/preferred (or now, if that day is unknown). Past that day it is overdue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from records_desk.domain.common.dates import add_months
from records_desk.domain.customers.vocabulary import Grade


@dataclass(frozen=True)
class ReviewPolicy:
    review_months: int = 6
    grace_days: int = 30
    downgrade_days: int = 5
    visit_months: int = 1
    visited_grades: frozenset[Grade] = field(
        default_factory=lambda: frozenset({Grade.VIP, Grade.PREFERRED})
    )


class ReviewStatus(StrEnum):
    NOT_DUE = "not_due"
    DUE = "due"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class ReviewSubject:
    customer_id: int
    last_reviewed_on: date | None
    admitted_on: date | None = None


@dataclass(frozen=True)
class ReviewDue:
    customer_id: int
    due_on: date | None  # None: never reviewed, admission day unknown
    status: ReviewStatus
    days_past_due: int


def review_due_on(subject: ReviewSubject, policy: ReviewPolicy | None = None) -> date | None:
    """R-GRD-3: 6 months after the last review; the admission day if never reviewed."""
    policy = policy or ReviewPolicy()
    if subject.last_reviewed_on is not None:
        return add_months(subject.last_reviewed_on, policy.review_months)
    return subject.admitted_on


def review_status(
    subject: ReviewSubject, today: date, policy: ReviewPolicy | None = None
) -> ReviewDue:
    policy = policy or ReviewPolicy()
    due_on = review_due_on(subject, policy)
    if due_on is None:
        return ReviewDue(subject.customer_id, None, ReviewStatus.DUE, 0)
    past = (today - due_on).days
    if past < 0:
        status = ReviewStatus.NOT_DUE
    elif past <= policy.grace_days:
        status = ReviewStatus.DUE
    else:
        status = ReviewStatus.OVERDUE
    return ReviewDue(subject.customer_id, due_on, status, max(past, 0))


@dataclass(frozen=True)
class ReviewLists:
    due: tuple[ReviewDue, ...]
    overdue: tuple[ReviewDue, ...]


def review_lists(
    subjects: Iterable[ReviewSubject], today: date, policy: ReviewPolicy | None = None
) -> ReviewLists:
    """R-GRD-3: the director's two lists, longest waiting first (unknown due days first)."""
    statuses = [review_status(s, today, policy) for s in subjects]

    def order(item: ReviewDue) -> tuple[date, int]:
        return (item.due_on or date.min, item.customer_id)

    return ReviewLists(
        due=tuple(sorted((s for s in statuses if s.status is ReviewStatus.DUE), key=order)),
        overdue=tuple(sorted((s for s in statuses if s.status is ReviewStatus.OVERDUE), key=order)),
    )


# --- R-GRD-4 VIP with a problem ------------------------------------------------------------


@dataclass(frozen=True)
class VipProblem:
    """A problem recorded for a customer in a review period, with what followed."""

    customer_id: int
    grade_now: Grade
    problem_on: date
    last_downgrade_on: date | None  # the customer's latest downgrade, whenever it was


@dataclass(frozen=True)
class OverdueDowngrade:
    customer_id: int
    problem_on: date
    deadline: date
    days_late: int


def downgrade_deadline(problem_on: date, policy: ReviewPolicy | None = None) -> date:
    policy = policy or ReviewPolicy()
    return problem_on + timedelta(days=policy.downgrade_days)


def overdue_downgrades(
    problems: Iterable[VipProblem], today: date, policy: ReviewPolicy | None = None
) -> tuple[OverdueDowngrade, ...]:
    """R-GRD-4: VIP customers with a recorded problem and no downgrade after 5 days."""
    flagged = []
    for problem in problems:
        deadline = downgrade_deadline(problem.problem_on, policy)
        downgraded = (
            problem.last_downgrade_on is not None
            and problem.last_downgrade_on >= problem.problem_on
        )
        if problem.grade_now is Grade.VIP and not downgraded and today > deadline:
            flagged.append(
                OverdueDowngrade(
                    problem.customer_id, problem.problem_on, deadline, (today - deadline).days
                )
            )
    return tuple(sorted(flagged, key=lambda f: (f.deadline, f.customer_id)))


# --- R-CUS-8 monthly visits ----------------------------------------------------------------


@dataclass(frozen=True)
class VisitSubject:
    customer_id: int
    grade: Grade
    last_visit_on: date | None
    graded_on: date | None = None  # the day the customer became VIP or preferred


@dataclass(frozen=True)
class OverdueVisit:
    customer_id: int
    grade: Grade
    due_on: date | None
    days_overdue: int


def visit_due_on(subject: VisitSubject, policy: ReviewPolicy | None = None) -> date | None:
    policy = policy or ReviewPolicy()
    since = subject.last_visit_on or subject.graded_on
    return None if since is None else add_months(since, policy.visit_months)


def overdue_visits(
    subjects: Iterable[VisitSubject], today: date, policy: ReviewPolicy | None = None
) -> tuple[OverdueVisit, ...]:
    """R-CUS-8: VIP and preferred customers whose monthly visit is overdue."""
    policy = policy or ReviewPolicy()
    overdue = []
    for subject in subjects:
        if subject.grade not in policy.visited_grades:
            continue
        due_on = visit_due_on(subject, policy)
        if due_on is None or today > due_on:
            days = 0 if due_on is None else (today - due_on).days
            overdue.append(OverdueVisit(subject.customer_id, subject.grade, due_on, days))
    return tuple(sorted(overdue, key=lambda v: (v.due_on or date.min, v.customer_id)))
