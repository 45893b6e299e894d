"""The customer blacklist [銷售客戶黑名單] (R-GRD-5): adding and lifting entries, re-admitting a
customer after one ended, the list, and the one service-side door to the rule "no business with
a blacklisted customer" (assert_may_do_business), for the services that do business.

Decisions:
- The director and the general manager keep the blacklist (五3.5a names the marketing division
  and department leaders; in this office those decisions are theirs), re-admission included.
- Entries are never deleted: lifting ends one early and keeps who and why.
- Re-admission (五3.5c) needs the ended entry, a review finding every admission criterion met,
  the leaders' approval on record, and puts the customer at 合格; it is a version of the file.
- Entries start on the office day they are decided unless another start is given.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.domain.customers import blacklist as bl
from records_desk.domain.customers.file_errors import (
    BlacklistEntryNotFound,
    NotAwaitingReadmission,
    ReasonKind,
)
from records_desk.domain.customers.files import (
    EditableField,
    RevisionKind,
    check_reason,
    normalise_field,
)
from records_desk.domain.customers.vocabulary import AdmissionChecklist, DirectorOverride, Grade
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.customers.dto import BlacklistEntryInfo, CustomerInfo
from records_desk.services.customers.grading import record_grade_change
from records_desk.services.customers.records import (
    customer_info,
    domain_entries,
    domain_entry,
    load_customer,
    new_version,
    require_active,
    usernames,
)
from records_desk.store.customers import BlacklistEntry, Customer


def _entry_info(
    row: BlacklistEntry, customer: Customer, names: dict[int, str], day: date
) -> BlacklistEntryInfo:
    entry = domain_entry(row, names)
    return BlacklistEntryInfo(
        id=row.id,
        customer_id=row.customer_id,
        archive_number=customer.archive_number,
        customer_name=customer.name,
        scope=entry.scope,
        department=entry.department,
        reason=entry.reason,
        starts_on=entry.starts_on,
        expires_on=entry.expires_on,
        last_day=entry.last_day,
        decided_by=entry.decided_by,
        decided_at=row.decided_at,
        override_reason=row.override_reason,
        lifted_on=entry.lifted_on,
        lifted_by=entry.lifted_by,
        lift_reason=entry.lift_reason,
        in_force=entry.in_force(day),
    )


class BlacklistService:
    def __init__(self, ctx: ServiceContext, policy: bl.BlacklistPolicy | None = None) -> None:
        self.ctx = ctx
        self.policy = policy or bl.BlacklistPolicy()

    def _day(self, at: date | datetime | None) -> date:
        if at is None:
            return office_day(self.ctx.now())
        return office_day(at) if isinstance(at, datetime) else at

    def add(
        self,
        actor: Principal,
        customer_id: int,
        scope: bl.BlacklistScope,
        department: str | None,
        reason: str,
        expires_on: date | None = None,
        override_reason: str | None = None,
        starts_on: date | None = None,
    ) -> BlacklistEntryInfo:
        """R-GRD-5: valid 6 months by default, shorter if given; longer only with an override
        reason."""
        actor = self.ctx.authorize(actor, Action.BLACKLIST_MANAGE)
        override = None
        if override_reason is not None:
            override = DirectorOverride(actor.username, override_reason)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            customer = load_customer(session, customer_id)
            require_active(customer)
            entry = bl.new_blacklist_entry(
                customer.id,
                scope,
                department,
                reason,
                starts_on or office_day(now),
                actor.username,
                expires_on=expires_on,
                override=override,
                policy=self.policy,
            )
            row = BlacklistEntry(
                customer_id=customer.id,
                scope=entry.scope.value,
                department=entry.department,
                reason=entry.reason,
                starts_on=entry.starts_on,
                expires_on=entry.expires_on,
                decided_by_id=actor.account_id,
                decided_at=now,
                override_reason=entry.override.reason.strip() if entry.override else None,
            )
            session.add(row)
            session.flush()
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.BLACKLIST_ADD,
                f"blacklisted {customer.archive_number} until {entry.last_day}",
                entity_type=AuditTarget.CUSTOMER,
                entity_id=customer.id,
                details={
                    "entry_id": row.id,
                    "scope": entry.scope.value,
                    "department": entry.department,
                    "starts_on": entry.starts_on.isoformat(),
                    "expires_on": entry.expires_on.isoformat(),
                    "reason": entry.reason,
                    "override_reason": row.override_reason,
                },
            )
            uow.commit()
            return _entry_info(row, customer, {actor.account_id: actor.username}, office_day(now))

    def lift(self, actor: Principal, entry_id: int, reason: str) -> BlacklistEntryInfo:
        """End an entry early, from today; the entry stays on record."""
        actor = self.ctx.authorize(actor, Action.BLACKLIST_MANAGE)
        now = self.ctx.now()
        today = office_day(now)
        with self.ctx.uow.write() as uow:
            session = uow.session
            row = session.get(BlacklistEntry, entry_id)
            if row is None:
                raise BlacklistEntryNotFound(entry_id)
            names = usernames(session, [row.decided_by_id, row.lifted_by_id])
            lifted = bl.lift(domain_entry(row, names), today, actor.username, reason)
            row.lifted_on = lifted.lifted_on
            row.lifted_by_id = actor.account_id
            row.lift_reason = reason.strip()
            customer = load_customer(session, row.customer_id)
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.BLACKLIST_LIFT,
                f"lifted blacklist entry {row.id} of {customer.archive_number}",
                entity_type=AuditTarget.CUSTOMER,
                entity_id=customer.id,
                details={
                    "entry_id": row.id,
                    "lifted_on": today.isoformat(),
                    "reason": row.lift_reason,
                },
            )
            uow.commit()
            names[actor.account_id] = actor.username
            return _entry_info(row, customer, names, today)

    def readmit(
        self,
        actor: Principal,
        customer_id: int,
        approval: bl.ReadmissionApproval | None,
        checklist: AdmissionChecklist,
        reason: str,
        grade: Grade = Grade.QUALIFIED,
    ) -> CustomerInfo:
        """R-GRD-5: back on the customer list after the entry ended, reviewed against the
        admission criteria, approved, and only as 合格."""
        actor = self.ctx.authorize(actor, Action.BLACKLIST_MANAGE)
        reason = check_reason(reason, ReasonKind.READMISSION)
        now = self.ctx.now()
        today = office_day(now)
        with self.ctx.uow.write() as uow:
            session = uow.session
            customer = load_customer(session, customer_id, lock=True)
            require_active(customer)
            entries = domain_entries(session, [customer.id])
            department = customer.department
            pending = bl.readmission_pending(
                entries, customer.id, department, today, customer.readmitted_on
            )
            if pending is None and not bl.is_blacklisted(entries, customer.id, department, today):
                raise NotAwaitingReadmission(customer.id)
            bl.check_readmission(
                entries, customer.id, department, today, grade, checklist, approval
            )
            assert pending is not None and approval is not None  # else refused just above
            if customer.grade is not None and customer.grade != grade.value:
                record_grade_change(session, customer, grade, actor, now, reason)
            customer.readmitted_on = today
            customer.admission = normalise_field(EditableField.ADMISSION, checklist)
            new_version(session, customer, actor, now, reason, RevisionKind.READMISSION)
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.BLACKLIST_READMIT,
                f"re-admitted {customer.archive_number} as {grade.value}",
                entity_type=AuditTarget.CUSTOMER,
                entity_id=customer.id,
                details={
                    "approved_by": approval.by,
                    "approved_on": approval.on.isoformat(),
                    "blacklist_ended_on": pending.ends_on.isoformat(),
                    "reason": reason,
                    "version": customer.version,
                },
            )
            uow.commit()
            return customer_info(session, customer, today)

    def assert_may_do_business(
        self, customer_id: int, department: str | None, at: date | datetime | None = None
    ) -> None:
        """R-GRD-5, for services that do business with a customer (not for lending the
        customer's own file, which is office work): raises CustomerBlacklisted while an entry
        of the company or of `department` is in force, ReadmissionRequired after it ended
        until re-admission. Called inside another service's permission check, so no actor."""
        day = self._day(at)
        with self.ctx.uow.read() as uow:
            customer = load_customer(uow.session, customer_id)
            entries = domain_entries(uow.session, [customer.id])
            bl.check_may_do_business(entries, customer.id, department, day, customer.readmitted_on)

    def list_blacklist(
        self, actor: Principal, at: date | datetime | None = None, customer_id: int | None = None
    ) -> list[BlacklistEntryInfo]:
        """附件3: every entry with whether it is in force on `at` (today by default); those in
        force first, soonest to end first, then the ended ones, latest ended first."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        day = self._day(at)
        with self.ctx.uow.read() as uow:
            return self._infos(uow.session, day, customer_id)

    @staticmethod
    def _infos(session: Session, day: date, customer_id: int | None) -> list[BlacklistEntryInfo]:
        query = select(BlacklistEntry, Customer).join(
            Customer, Customer.id == BlacklistEntry.customer_id
        )
        if customer_id is not None:
            query = query.where(BlacklistEntry.customer_id == customer_id)
        rows = list(session.execute(query))
        names = usernames(
            session, [r.decided_by_id for r, _ in rows] + [r.lifted_by_id for r, _ in rows]
        )
        infos = [_entry_info(row, customer, names, day) for row, customer in rows]
        in_force = sorted((i for i in infos if i.in_force), key=lambda i: (i.last_day, i.id))
        other = sorted((i for i in infos if not i.in_force), key=lambda i: (i.last_day, i.id))
        return in_force + other[::-1]
