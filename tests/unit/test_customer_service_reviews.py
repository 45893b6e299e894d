"""Reviews and visits through ReviewService: reviews due and overdue (R-GRD-3), VIPs with a
problem not downgraded within 5 days (R-GRD-4), monthly visits of VIP and preferred customers
(R-CUS-8), and their audit entries (R-AUD-1)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from records_desk.domain.common.errors import OfficeDateInvalid, PermissionDenied
from records_desk.domain.customers.file_errors import GradeNotApplicable
from records_desk.domain.customers.reviews import ReviewStatus
from records_desk.domain.customers.vocabulary import Grade, RecordType
from records_desk.services.container import Services
from tests.conftest import Clock
from tests.unit.customer_fixtures import Office, audit_trail, office, register

__all__ = ["office"]  # the fixture

SCORES = {"payment": 9, "volume": 8, "reputation": 9}


def test_never_reviewed_files_are_due_from_their_admission_R_GRD_3(
    services: Services, office: Office
) -> None:
    file = register(services, office.archivist)[0]
    register(services, office.archivist, record_type=RecordType.INTERNAL)  # not graded
    lists = services.customers.reviews.review_lists(office.staff)
    assert [(d.customer.id, d.due_on, d.status) for d in lists.due] == [
        (file.id, date(2026, 11, 27), ReviewStatus.DUE)
    ]
    assert lists.overdue == ()


def test_a_review_makes_the_next_due_6_months_later_then_overdue_R_GRD_3(
    services: Services, office: Office
) -> None:
    file = register(services, office.archivist)[0]
    review = services.customers.reviews.record_review(
        office.manager, file.id, date(2026, 11, 20), SCORES, result_grade=Grade.QUALIFIED
    )
    assert (review.next_due, review.reviewer, review.scores) == (date(2027, 5, 20), "sam", SCORES)
    assert services.customers.reviews.review_lists(office.staff).due == ()
    due = services.customers.reviews.review_lists(office.staff, today=date(2027, 5, 20))
    assert [d.customer.archive_number for d in due.due] == [file.archive_number]
    late = services.customers.reviews.review_lists(office.staff, today=date(2027, 6, 20))
    assert [(d.customer.id, d.days_past_due) for d in late.overdue] == [(file.id, 31)]
    assert audit_trail(services, office.gm, "review.record")[0].details["problems"] is False


def test_reviews_are_the_departments_and_never_dated_ahead_R_GRD_3(
    services: Services, office: Office
) -> None:
    file = register(services, office.archivist)[0]
    with pytest.raises(OfficeDateInvalid):
        services.customers.reviews.record_review(
            office.manager, file.id, date(2026, 11, 28), SCORES
        )
    with pytest.raises(PermissionDenied):
        services.customers.reviews.record_review(
            office.consultant, file.id, date(2026, 11, 27), SCORES
        )
    internal = register(services, office.archivist, record_type=RecordType.INTERNAL)[0]
    with pytest.raises(GradeNotApplicable):
        services.customers.reviews.record_review(
            office.manager, internal.id, date(2026, 11, 27), SCORES
        )


def test_a_vip_with_a_problem_not_downgraded_in_5_days_is_flagged_R_GRD_4(
    services: Services, office: Office, clock: Clock
) -> None:
    files = register(services, office.archivist, 7)
    vip = files[0]
    services.customers.grading.change_grade(office.manager, vip.id, Grade.VIP, "top buyer")
    services.customers.reviews.record_review(
        office.manager, vip.id, date(2026, 11, 27), SCORES, problems="paid 40 days late"
    )
    assert (
        services.customers.reviews.overdue_downgrades(office.staff, today=date(2026, 12, 2)) == []
    )
    [flag] = services.customers.reviews.overdue_downgrades(office.staff, today=date(2026, 12, 3))
    assert (flag.customer.id, flag.problem_on, flag.deadline, flag.days_late) == (
        vip.id,
        date(2026, 11, 27),
        date(2026, 12, 2),
        1,
    )
    clock.now = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    services.customers.grading.change_grade(
        office.manager, vip.id, Grade.PREFERRED, "late payments"
    )
    assert services.customers.reviews.overdue_downgrades(office.staff) == []


def test_vip_and_preferred_customers_unvisited_for_a_month_are_listed_R_CUS_8(
    services: Services, office: Office, clock: Clock
) -> None:
    vip, preferred, qualified, *_ = register(services, office.archivist, 7)
    services.customers.grading.change_grade(office.manager, vip.id, Grade.VIP, "top buyer")
    services.customers.grading.change_grade(
        office.manager, preferred.id, Grade.PREFERRED, "good year"
    )
    assert services.customers.reviews.overdue_visits(office.staff, today=date(2026, 12, 27)) == []
    overdue = services.customers.reviews.overdue_visits(office.staff, today=date(2026, 12, 28))
    assert [(v.customer.id, v.due_on, v.days_overdue) for v in overdue] == [
        (vip.id, date(2026, 12, 27), 1),
        (preferred.id, date(2026, 12, 27), 1),
    ]
    clock.now = datetime(2026, 12, 28, 9, 0, tzinfo=UTC)
    visit = services.customers.reviews.record_visit(
        office.consultant,
        vip.id,
        date(2026, 12, 28),
        "needs more stock in spring",
        {"needs": "stock", "opinions": "", "suggestions": "monthly call"},
    )
    assert (visit.by, visit.details["needs"]) == ("carl", "stock")
    assert [v.customer.id for v in services.customers.reviews.overdue_visits(office.staff)] == [
        preferred.id
    ]
    assert audit_trail(services, office.gm, "visit.record")[0].account == "carl"
    with pytest.raises(PermissionDenied):
        services.customers.reviews.record_visit(
            office.staff, qualified.id, date(2026, 12, 28), "hello"
        )
