"""Grades and prospect levels (R-GRD-2, R-GRD-6): changing a customer's grade within the
department and product-line quotas, the director's override, the quota view.

Decisions:
- Who grades: 第五篇 五2-3 give grading to each sales department, so its manager changes
  grades; the customer director and the general manager may too. Only the director or the
  general manager overrides a quota, with a reason (grade.override); a caller giving an
  override reason must hold that permission whether or not it turns out to be needed.
- What counts: active files of graded record types (internal and campaign records have no
  grade), minus customers cleared by the blacklist in their own department (五3.3 清除).
- Product lines are counted within the department (五2.2d: each sales department's single
  product VIPs); a product-line scope is named "department / product line".
- New grades are counted as the customer moving from the old grade to the new one (the
  domain's rule: only the grade entered is checked, only where its count rises).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.permissions import Action
from records_desk.domain.common.roles import Role
from records_desk.domain.customers.file_errors import NothingToChange, ReasonKind
from records_desk.domain.customers.files import CustomerStatus, RevisionKind, check_reason
from records_desk.domain.customers.grading import (
    GradeCounts,
    QuotaBreach,
    QuotaPolicy,
    QuotaScope,
    QuotaScopeKind,
    check_grade_change,
    quota_report,
)
from records_desk.domain.customers.limits import LimitedText, check_texts
from records_desk.domain.customers.vocabulary import DirectorOverride, Grade, ProspectLevel
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext, record_refusal
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.customers.dto import CustomerInfo, GradeChangeInfo, QuotaLineInfo
from records_desk.services.customers.records import (
    cleared_customers,
    customer_info,
    grade_of,
    load_customer,
    new_version,
    require_active,
)
from records_desk.store.customers import Customer, GradeChange

LINE_SEPARATOR = " / "


def line_scope_name(department: str, line: str) -> str:
    return f"{department}{LINE_SEPARATOR}{line}"


def breach_details(breach: QuotaBreach) -> dict[str, Any]:
    """A breach as JSON, for the grade_change row and the audit entry."""
    return {
        "grade": breach.grade.value,
        "scope": breach.scope.kind.value,
        "scope_name": breach.scope.name,
        "cap": str(breach.cap),
        "count_after": breach.count_after,
        "total_after": breach.total_after,
    }


def record_grade_change(
    session: Session,
    customer: Customer,
    new: Grade,
    actor: Principal,
    now: datetime,
    reason: str,
    override_reason: str | None = None,
    breaches: tuple[QuotaBreach, ...] = (),
) -> GradeChange:
    """Set the grade and keep the change (R-GRD-4 looks for downgrades here)."""
    row = GradeChange(
        customer_id=customer.id,
        from_grade=customer.grade,
        to_grade=new.value,
        at=now,
        changed_on=office_day(now),
        by_id=actor.account_id,
        reason=reason,
        override_reason=override_reason,
        breaches=[breach_details(b) for b in breaches],
    )
    session.add(row)
    customer.grade = new.value
    session.flush()
    return row


class GradeCounter:
    """Grades per department (line None) and per product line within a department."""

    def __init__(self) -> None:
        self.grades: dict[tuple[str, str | None], list[Grade]] = defaultdict(list)

    def add(self, department: str, lines: list[str], grade: Grade) -> None:
        for line in (None, *lines):
            self.grades[(department, line)].append(grade)

    def scope(self, department: str, line: str | None = None) -> QuotaScope:
        counts = GradeCounts.of(self.grades.get((department, line), []))
        if line is None:
            return QuotaScope(QuotaScopeKind.DEPARTMENT, department, counts)
        return QuotaScope(QuotaScopeKind.PRODUCT_LINE, line_scope_name(department, line), counts)

    def scopes_of(self, customer: Customer) -> list[QuotaScope]:
        """The customer's department and each of its product lines in that department."""
        department = customer.department
        return [
            self.scope(department),
            *(self.scope(department, line) for line in customer.product_lines),
        ]

    def scopes(self) -> list[tuple[QuotaScope, str, str | None]]:
        """Every department, each followed by its product lines, with where they are."""
        keys = sorted(self.grades, key=lambda k: (k[0], k[1] is not None, k[1] or ""))
        return [(self.scope(department, line), department, line) for department, line in keys]


def count_grades(
    session: Session, cleared: set[int], department: str | None = None
) -> GradeCounter:
    """R-GRD-2's counts: the graded active files, minus the cleared customers, per department
    (or only `department`) and product line. Grading and the import's batch check both use it."""
    query = select(Customer.id, Customer.department, Customer.product_lines, Customer.grade).where(
        Customer.status == CustomerStatus.ACTIVE.value, Customer.grade.is_not(None)
    )
    if department is not None:
        query = query.where(Customer.department == department)
    counter = GradeCounter()
    for customer_id, dep, lines, grade in session.execute(query):
        if customer_id not in cleared and grade is not None:
            counter.add(dep, list(lines), Grade(grade))
    return counter


class GradingService:
    def __init__(self, ctx: ServiceContext, policy: QuotaPolicy | None = None) -> None:
        self.ctx = ctx
        self.policy = policy or QuotaPolicy()

    def change_grade(
        self,
        actor: Principal,
        customer_id: int,
        new_grade: Grade,
        reason: str,
        override_reason: str | None = None,
    ) -> GradeChangeInfo:
        """R-GRD-2: refused with QuotaExceeded (department first, then its product lines)
        unless a director overrides with a reason; the override and what it let through are
        kept on the change and in the audit entry (grade.override)."""
        if override_reason is not None:
            self.ctx.authorize(actor, Action.GRADE_OVERRIDE)
        actor = self.ctx.authorize(actor, Action.GRADE_CHANGE)
        reason = check_reason(reason, ReasonKind.GRADE)
        override = None
        if override_reason is not None:
            override = DirectorOverride(actor.username, override_reason)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            customer = load_customer(session, customer_id, lock=True)
            require_active(customer)
            old = grade_of(customer)
            if old is new_grade:
                raise NothingToChange(customer.id)
            cleared = cleared_customers(session, office_day(now))
            scopes = count_grades(session, cleared, customer.department).scopes_of(customer)
            in_scopes = customer.id not in cleared  # else it joins them with its new grade
            breaches = check_grade_change(
                old if in_scopes else None, new_grade, scopes, self.policy, override
            )
            used_override = override.reason.strip() if breaches and override else None
            row = record_grade_change(
                session, customer, new_grade, actor, now, reason, used_override, breaches
            )
            new_version(session, customer, actor, now, reason, RevisionKind.GRADE)
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.GRADE_OVERRIDE if breaches else AuditAction.GRADE_CHANGE,
                f"{customer.archive_number}: {old.value} -> {new_grade.value}",
                entity_type=AuditTarget.CUSTOMER,
                entity_id=customer.id,
                details={
                    "from": old.value,
                    "to": new_grade.value,
                    "reason": reason,
                    "override_reason": used_override,
                    "breaches": row.breaches,
                },
            )
            uow.commit()
            return GradeChangeInfo(
                id=row.id,
                customer_id=customer.id,
                from_grade=old,
                to_grade=new_grade,
                at=now,
                by=actor.username,
                reason=reason,
                override_reason=used_override,
                breaches=tuple(row.breaches),
            )

    def quota_report(self, actor: Principal) -> list[QuotaLineInfo]:
        """The director's quota view: every department, then its product lines, with each
        capped grade's count, share, cap and whether it is over."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        with self.ctx.uow.read() as uow:
            cleared = cleared_customers(uow.session, office_day(self.ctx.now()))
            scopes = count_grades(uow.session, cleared).scopes()
        where = {scope: (department, line) for scope, department, line in scopes}
        lines = quota_report([scope for scope, _, _ in scopes], self.policy)
        return [
            QuotaLineInfo(
                scope=q.scope.kind,
                scope_name=q.scope.name,
                department=where[q.scope][0],
                product_line=where[q.scope][1],
                grade=q.grade,
                count=q.count,
                total=q.total,
                cap=q.cap,
                allowed=q.allowed,
                share=q.share,
                over=q.over,
            )
            for q in lines
        ]

    def set_prospect_level(
        self, actor: Principal, customer_id: int, level: ProspectLevel | None, reason: str = ""
    ) -> CustomerInfo:
        """R-GRD-6: a consultant grades their own prospects A/B/C (another consultant's
        customer is refused and the refusal audited); managers may set any."""
        actor = self.ctx.authorize(actor, Action.PROSPECT_SET)
        check_texts((LimitedText.REASON, reason))
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            customer = load_customer(session, customer_id, lock=True)
            if actor.role is Role.CONSULTANT and customer.consultant_id != actor.account_id:
                refused = PermissionDenied(
                    actor.username, actor.role.value, Action.PROSPECT_SET.value
                )
                record_refusal(session, now, actor.username, Action.PROSPECT_SET, refused)
                raise refused
            require_active(customer)
            old = customer.prospect_level
            value = level.value if level else None
            if old == value:
                raise NothingToChange(customer.id)
            customer.prospect_level = value
            new_version(session, customer, actor, now, reason.strip(), RevisionKind.PROSPECT)
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.PROSPECT_SET,
                f"{customer.archive_number}: prospect level {old or '-'} -> {value or '-'}",
                entity_type=AuditTarget.CUSTOMER,
                entity_id=customer.id,
                details={"from": old, "to": value, "reason": reason.strip()},
            )
            uow.commit()
            return customer_info(session, customer, office_day(now))
