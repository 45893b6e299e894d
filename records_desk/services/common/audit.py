"""Reading and verifying the operation log (R-AUD); appending is in journal.py.

Verifying walks the hash chain (keyed entries under the chain key, an older database's plain
prefix before them) and compares the database's head with its anchor outside the database
(store/audit_anchor.py). The report is trustworthy only when the chain verifies and no tamper
alarm was ever kept.

Decisions:
- An alarm is sticky: nothing in the app clears it, not even the general manager. It is the
  evidence that the log was changed outside the app, and the log itself (which whoever changed
  it could rewrite) is no place to acknowledge it. An office that has investigated restores its
  backup or starts a new database; the alarm stays with the head file of the database it was
  found in (README: "What an attacker with the key can and cannot hide")."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.sql import Select

from records_desk.domain.common import audit_chain
from records_desk.domain.common.audit_actions import AuditAction, known_action, known_target
from records_desk.domain.common.audit_chain import ChainReport, TamperAlarm
from records_desk.domain.common.permissions import Action
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import AuditFilter, AuditRecord, Principal
from records_desk.services.common.journal import append
from records_desk.store.audit_anchor import anchor_of
from records_desk.store.audit_rows import iter_chain, read_head
from records_desk.store.models import AuditEntry


def _record(row: AuditEntry) -> AuditRecord:
    return AuditRecord(
        seq=row.seq,
        at=row.at,
        account=row.account,
        action=known_action(row.action),
        entity_type=known_target(row.entity_type),
        entity_id=row.entity_id,
        summary=row.summary,
        details=row.details,
        hash=row.hash,
    )


def _filtered(query: Select[Any], flt: AuditFilter) -> Select[Any]:
    if flt.account:
        query = query.where(AuditEntry.account == flt.account)
    if flt.action:
        if flt.action.endswith("."):
            query = query.where(AuditEntry.action.startswith(flt.action, autoescape=True))
        else:
            query = query.where(AuditEntry.action == flt.action)
    if flt.date_from:
        query = query.where(AuditEntry.at >= audit_chain.format_time(flt.date_from))
    if flt.date_to:
        query = query.where(AuditEntry.at < audit_chain.format_time(flt.date_to))
    return query


class AuditService:
    """Reading and verifying the log; there is deliberately no way to change it."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def count(self, actor: Principal, flt: AuditFilter) -> int:
        self.ctx.authorize(actor, Action.AUDIT_READ)
        with self.ctx.uow.read() as uow:
            query = _filtered(select(func.count()).select_from(AuditEntry), flt)
            return int(uow.session.execute(query).scalar_one())

    def page(
        self, actor: Principal, flt: AuditFilter, offset: int, limit: int
    ) -> list[AuditRecord]:
        """Newest first, one page at a time (the viewer never holds the whole log)."""
        self.ctx.authorize(actor, Action.AUDIT_READ)
        with self.ctx.uow.read() as uow:
            query = _filtered(select(AuditEntry), flt).order_by(AuditEntry.seq.desc())
            rows = uow.session.scalars(query.offset(offset).limit(limit))
            return [_record(r) for r in rows]

    def distinct_values(self, actor: Principal) -> tuple[list[str], list[str]]:
        """Accounts and actions that occur in the log, for the viewer's filters."""
        self.ctx.authorize(actor, Action.AUDIT_READ)
        with self.ctx.uow.read() as uow:
            accounts = uow.session.scalars(
                select(AuditEntry.account).where(AuditEntry.account.is_not(None)).distinct()
            )
            actions = uow.session.scalars(select(AuditEntry.action).distinct())
            return sorted(a for a in accounts if a), sorted(actions)

    def verify(self, actor: Principal) -> ChainReport:
        """Walk the chain, check the head against its anchor, and record the outcome."""
        self.ctx.authorize(actor, Action.AUDIT_VERIFY)
        with self.ctx.uow.read() as uow:
            report = audit_chain.verify(iter_chain(uow.session), anchor_of(uow.session).chain_key)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            anchor = anchor_of(uow.session)
            anchor.check(uow.session, now)  # the head against the anchor, before our entry
            head = read_head(uow.session)
            state = anchor.state(now)
            anchored = None
            if state is not None:
                anchored = state.pending.seq if state.pending == head else state.confirmed.seq
            report = replace(
                report,
                head_seq=head.seq,
                anchored_seq=anchored,
                alarms=state.alarms if state is not None else (),
            )
            append(
                uow.session,
                now,
                actor.username,
                AuditAction.AUDIT_VERIFY,
                _summary(report),
                details={
                    "entries": report.entries,
                    "broken_at": report.broken_at,
                    "head": head.seq,
                    "anchored": anchored,
                    "alarms": [a.as_dict() for a in report.alarms],
                },
            )
            uow.commit()
        return report

    def alarms(self, actor: Principal) -> tuple[TamperAlarm, ...]:
        """The tamper alarms the anchor keeps (for the window: the general manager is told at
        sign-in and in the log viewer). Reading them is not itself an entry."""
        self.ctx.authorize(actor, Action.AUDIT_VERIFY)
        with self.ctx.uow.read() as uow:
            state = anchor_of(uow.session).state(self.ctx.now())
        return state.alarms if state is not None else ()


def _summary(report: ChainReport) -> str:
    if not report.intact:
        return f"audit chain broken at {report.broken_at}"
    if report.alarms:
        return (
            f"audit chain links hold, but a tamper alarm is kept: {report.alarms[0].finding.value}"
        )
    return "audit chain intact"
