"""Periodic reviews and visits (R-GRD-3, R-GRD-4, R-CUS-8): recording them, reading one file's
back, and the director's lists of reviews due and overdue, VIPs with a problem not downgraded in
5 days, and overdue monthly visits. The timing rules are domain.reviews'; this module gathers their inputs.

Decisions:
- Reviews are the sales department's (五3.2): its manager, the customer director or the general
  manager record them. Visits are made by sales people (五7.2a): consultants record them too.
- Only graded (admitted) active files are reviewed and listed; customers cleared by the
  blacklist in their own department are off the customer list (五3.3) and off these lists.
- A never-reviewed file is due from its admission day: the day it was entered, or re-admitted.
- A review whose problems are not blank is a "problem recorded" for R-GRD-4; its result grade
  is the reviewer's finding, and the grade itself changes only through change_grade (quotas).
- Neither a review nor a visit can be dated after today.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.dates import check_not_after
from records_desk.domain.common.permissions import Action
from records_desk.domain.customers import reviews as rv
from records_desk.domain.customers.files import CustomerStatus
from records_desk.domain.customers.limits import LimitedText, check_texts
from records_desk.domain.customers.vocabulary import Grade, is_downgrade
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.customers.dto import (
    OverdueDowngradeInfo,
    OverdueVisitInfo,
    ReviewDueInfo,
    ReviewInfo,
    ReviewListsInfo,
    VisitInfo,
)
from records_desk.services.customers.records import (
    cleared_customers,
    customer_ref,
    grade_of,
    load_customer,
    require_active,
)
from records_desk.store.customers import Customer, GradeChange, Review, Visit
from records_desk.store.models import Account


class ReviewService:
    def __init__(self, ctx: ServiceContext, policy: rv.ReviewPolicy | None = None) -> None:
        self.ctx = ctx
        self.policy = policy or rv.ReviewPolicy()

    # --- recording -------------------------------------------------------------------------

    def record_review(
        self,
        actor: Principal,
        customer_id: int,
        reviewed_on: date,
        scores: Mapping[str, Any],
        problems: str = "",
        result_grade: Grade | None = None,
    ) -> ReviewInfo:
        """R-GRD-3 附件2: the scores and problems of one review; the next is due 6 months on."""
        actor = self.ctx.authorize(actor, Action.REVIEW_RECORD)
        check_texts((LimitedText.REVIEW_PROBLEMS, problems))
        now = self.ctx.now()
        check_not_after(reviewed_on, office_day(now))
        next_due = rv.review_due_on(rv.ReviewSubject(customer_id, reviewed_on), self.policy)
        assert next_due is not None  # a review date always gives the next one
        with self.ctx.uow.write() as uow:
            session = uow.session
            customer = load_customer(session, customer_id)
            require_active(customer)
            grade_of(customer)
            row = Review(
                customer_id=customer.id,
                reviewed_on=reviewed_on,
                scores=dict(scores),
                problems=problems.strip(),
                result_grade=result_grade.value if result_grade else None,
                next_due=next_due,
                reviewer_id=actor.account_id,
                recorded_at=now,
            )
            session.add(row)
            session.flush()
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.REVIEW_RECORD,
                f"reviewed {customer.archive_number} on {reviewed_on}",
                entity_type=AuditTarget.CUSTOMER,
                entity_id=customer.id,
                details={
                    "review_id": row.id,
                    "reviewed_on": reviewed_on.isoformat(),
                    "problems": bool(row.problems),
                    "result_grade": row.result_grade,
                },
            )
            uow.commit()
            return ReviewInfo(
                id=row.id,
                customer_id=customer.id,
                reviewed_on=reviewed_on,
                scores=dict(row.scores),
                problems=row.problems,
                result_grade=result_grade,
                next_due=next_due,
                reviewer=actor.username,
            )

    def record_visit(
        self,
        actor: Principal,
        customer_id: int,
        visited_on: date,
        summary: str,
        details: Mapping[str, Any] | None = None,
    ) -> VisitInfo:
        """R-CUS-8 附件5: a visit, with the customer's needs, opinions and suggestions."""
        actor = self.ctx.authorize(actor, Action.VISIT_RECORD)
        check_texts((LimitedText.VISIT_SUMMARY, summary),
                    *((LimitedText.VISIT_DETAIL, v) for v in (details or {}).values()
                      if isinstance(v, str)))  # fmt: skip
        now = self.ctx.now()
        check_not_after(visited_on, office_day(now))
        with self.ctx.uow.write() as uow:
            session = uow.session
            customer = load_customer(session, customer_id)
            require_active(customer)
            row = Visit(
                customer_id=customer.id,
                visited_on=visited_on,
                by_id=actor.account_id,
                summary=summary.strip(),
                details=dict(details or {}),
                recorded_at=now,
            )
            session.add(row)
            session.flush()
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.VISIT_RECORD,
                f"visited {customer.archive_number} on {visited_on}",
                entity_type=AuditTarget.CUSTOMER,
                entity_id=customer.id,
                details={"visit_id": row.id, "visited_on": visited_on.isoformat()},
            )
            uow.commit()
            return VisitInfo(
                id=row.id,
                customer_id=customer.id,
                visited_on=visited_on,
                by=actor.username,
                summary=row.summary,
                details=dict(row.details),
            )

    # --- one file's record -----------------------------------------------------------------

    def reviews(self, actor: Principal, customer_id: int) -> list[ReviewInfo]:
        """A customer's reviews, newest first (the first one's next_due is the file's)."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        with self.ctx.uow.read() as uow:
            session = uow.session
            customer = load_customer(session, customer_id)
            rows = session.execute(
                select(Review, Account.username)
                .join(Account, Account.id == Review.reviewer_id)
                .where(Review.customer_id == customer.id)
                .order_by(Review.reviewed_on.desc(), Review.id.desc())
            )
            return [
                ReviewInfo(
                    id=r.id,
                    customer_id=r.customer_id,
                    reviewed_on=r.reviewed_on,
                    scores=dict(r.scores),
                    problems=r.problems,
                    result_grade=Grade(r.result_grade) if r.result_grade else None,
                    next_due=r.next_due,
                    reviewer=username,
                )
                for r, username in rows
            ]

    def visits(self, actor: Principal, customer_id: int) -> list[VisitInfo]:
        """A customer's visit reports, newest first."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        with self.ctx.uow.read() as uow:
            session = uow.session
            customer = load_customer(session, customer_id)
            rows = session.execute(
                select(Visit, Account.username)
                .join(Account, Account.id == Visit.by_id)
                .where(Visit.customer_id == customer.id)
                .order_by(Visit.visited_on.desc(), Visit.id.desc())
            )
            return [
                VisitInfo(
                    id=v.id,
                    customer_id=v.customer_id,
                    visited_on=v.visited_on,
                    by=username,
                    summary=v.summary,
                    details=dict(v.details),
                )
                for v, username in rows
            ]

    # --- the director's lists --------------------------------------------------------------

    def review_lists(self, actor: Principal, today: date | None = None) -> ReviewListsInfo:
        """R-GRD-3: reviews due, and overdue (past the grace days), longest waiting first."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        with self.ctx.uow.read() as uow:
            today = today or office_day(self.ctx.now())
            customers = self._graded(uow.session, today)
            last = self._latest(uow.session, Review.customer_id, Review.reviewed_on)
            subjects = [
                rv.ReviewSubject(c.id, last.get(c.id), c.readmitted_on or office_day(c.entered_at))
                for c in customers.values()
            ]
            lists = rv.review_lists(subjects, today, self.policy)

            def info(item: rv.ReviewDue) -> ReviewDueInfo:
                ref = customer_ref(customers[item.customer_id])
                return ReviewDueInfo(ref, item.due_on, item.status, item.days_past_due)

            return ReviewListsInfo(
                due=tuple(info(i) for i in lists.due), overdue=tuple(info(i) for i in lists.overdue)
            )

    def overdue_downgrades(
        self, actor: Principal, today: date | None = None
    ) -> list[OverdueDowngradeInfo]:
        """R-GRD-4: VIPs with a problem recorded in a review and no downgrade 5 days later;
        one line per customer, for their earliest problem not followed by a downgrade."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        with self.ctx.uow.read() as uow:
            session = uow.session
            today = today or office_day(self.ctx.now())
            vips = {
                i: c for i, c in self._graded(session, today).items() if c.grade == Grade.VIP.value
            }
            problems = session.execute(
                select(Review.customer_id, Review.reviewed_on)
                .join(Customer, Customer.id == Review.customer_id)
                .where(Customer.grade == Grade.VIP.value, Review.problems != "")
            )
            downgrades = self._last_downgrades(session, {Grade.VIP.value})
            found = [
                rv.VipProblem(customer_id, Grade.VIP, on, downgrades.get(customer_id))
                for customer_id, on in problems
                if customer_id in vips
            ]
            flagged: dict[int, rv.OverdueDowngrade] = {}
            for item in rv.overdue_downgrades(found, today, self.policy):  # earliest deadline first
                flagged.setdefault(item.customer_id, item)
            return [
                OverdueDowngradeInfo(customer_ref(vips[i]), f.problem_on, f.deadline, f.days_late)
                for i, f in flagged.items()
            ]

    def overdue_visits(self, actor: Principal, today: date | None = None) -> list[OverdueVisitInfo]:
        """R-CUS-8: VIP and preferred customers not visited within a month."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        with self.ctx.uow.read() as uow:
            session = uow.session
            today = today or office_day(self.ctx.now())
            visited = {g.value for g in self.policy.visited_grades}
            customers = {
                i: c for i, c in self._graded(session, today).items() if c.grade in visited
            }
            last_visit = self._latest(session, Visit.customer_id, Visit.visited_on)
            graded_on = self._graded_on(session, visited)
            subjects = [
                rv.VisitSubject(i, Grade(str(c.grade)), last_visit.get(i), graded_on.get(i))
                for i, c in customers.items()
            ]
            return [
                OverdueVisitInfo(customer_ref(customers[v.customer_id]), v.due_on, v.days_overdue)
                for v in rv.overdue_visits(subjects, today, self.policy)
            ]

    # --- gathering -------------------------------------------------------------------------

    @staticmethod
    def _graded(session: Session, today: date) -> dict[int, Customer]:
        cleared = cleared_customers(session, today)
        rows = session.scalars(
            select(Customer).where(
                Customer.status == CustomerStatus.ACTIVE.value, Customer.grade.is_not(None)
            )
        )
        return {c.id: c for c in rows if c.id not in cleared}

    @staticmethod
    def _latest(session: Session, key: Any, day: Any) -> dict[int, date]:
        rows = session.execute(select(key, func.max(day)).group_by(key))
        return {customer_id: on for customer_id, on in rows}

    @staticmethod
    def _changes(
        session: Session, grades: set[str]
    ) -> list[tuple[int, str | None, str, date, str]]:
        """Grade changes of the customers whose grade is now one of `grades`: customer,
        from, to, day, current grade."""
        query = (
            select(
                GradeChange.customer_id,
                GradeChange.from_grade,
                GradeChange.to_grade,
                GradeChange.changed_on,
                Customer.grade,
            )
            .join(Customer, Customer.id == GradeChange.customer_id)
            .where(Customer.grade.in_(grades))
        )
        return [(i, old, new, on, str(now)) for i, old, new, on, now in session.execute(query)]

    @classmethod
    def _last_downgrades(cls, session: Session, grades: set[str]) -> dict[int, date]:
        latest: dict[int, date] = {}
        for customer_id, old, new, on, _ in cls._changes(session, grades):
            if old and is_downgrade(Grade(old), Grade(new)):
                latest[customer_id] = max(on, latest.get(customer_id, on))
        return latest

    @classmethod
    def _graded_on(cls, session: Session, grades: set[str]) -> dict[int, date]:
        """The day each customer last moved into its current grade."""
        latest: dict[int, date] = {}
        for customer_id, _, new, on, current in cls._changes(session, grades):
            if new == current:
                latest[customer_id] = max(on, latest.get(customer_id, on))
        return latest
