"""Extract requests (R-BAK-5): anyone asks for an extract of customer data — which one and
why; the general manager or the customer director approves or refuses it (never their own);
an approved request lets its asker make that extract once within domain/backup/extracts.py
VALID_DAYS (the export spends it: services/common/extract_grant.py).

Decisions:
- Each request and each decision is audited (extract.request, extract.decide) with who, what,
  why and the note; the export's own entry then names the request and the approver, with its
  row count, so the log alone tells who drew which data on whose word.
- The list shows an approver every request, anyone else their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from records_desk.domain.backup.extracts import (
    ExtractRequestUnknown,
    ExtractState,
    check_decision,
    check_reason,
    lapses_at,
    state_at,
)
from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.permissions import Action, Extract
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.store.backup_extracts import ExtractRequest
from records_desk.store.models import Account


@dataclass(frozen=True)
class ExtractRequestInfo:
    id: int
    what: Extract
    why: str
    requested_by: str
    requested_at: datetime
    state: ExtractState  # as of the call (an unused approval past its days is LAPSED)
    decided_by: str | None
    decided_at: datetime | None
    note: str
    used_at: datetime | None
    rows: int | None  # the rows of the extract made on it
    usable_until: datetime | None  # when an approval lapses unused


class ExtractService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def request(self, actor: Principal, what: Extract, why: str) -> ExtractRequestInfo:
        """Ask for one extract of WHAT, saying WHY (第一篇 第二章2 需向客戶部提出申請)."""
        actor = self.ctx.authorize(actor, Action.EXTRACT_REQUEST)
        why = check_reason(why, "why")
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            row = ExtractRequest(
                what=Extract(what).value,
                why=why,
                requested_by_id=actor.account_id,
                requested_at=now,
                state=ExtractState.PENDING.value,
                note="",
            )
            uow.session.add(row)
            uow.session.flush()
            journal.append(
                uow.session,
                now,
                actor.username,
                AuditAction.EXTRACT_REQUEST,
                f"asked for an extract ({row.what}), request {row.id}",
                entity_type=AuditTarget.EXTRACT_REQUEST,
                entity_id=row.id,
                details={"what": row.what, "why": why},
            )
            uow.commit()
            return self._info(uow.session, row.id, now)

    def approve(self, actor: Principal, request_id: int, note: str = "") -> ExtractRequestInfo:
        """第五章2: the general manager or the customer director approves another's request."""
        return self._decide(actor, request_id, ExtractState.APPROVED, note.strip())

    def refuse(self, actor: Principal, request_id: int, note: str) -> ExtractRequestInfo:
        """As approve, saying why not."""
        return self._decide(actor, request_id, ExtractState.REFUSED, check_reason(note, "note"))

    def list(self, actor: Principal) -> list[ExtractRequestInfo]:
        """Every request for an approver, newest first; one's own for anyone else."""
        actor = self.ctx.authorize(actor, Action.EXTRACT_REQUEST)
        everyone = self.ctx.may(actor, Action.EXTRACT_APPROVE)
        now = self.ctx.now()
        with self.ctx.uow.read() as uow:
            query = select(ExtractRequest.id).order_by(ExtractRequest.id.desc())
            if not everyone:
                query = query.where(ExtractRequest.requested_by_id == actor.account_id)
            ids = list(uow.session.scalars(query))
            return [self._info(uow.session, i, now) for i in ids]

    def _decide(
        self, actor: Principal, request_id: int, decision: ExtractState, note: str
    ) -> ExtractRequestInfo:
        actor = self.ctx.authorize(actor, Action.EXTRACT_APPROVE)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            row = uow.session.get(ExtractRequest, request_id)
            if row is None:
                raise ExtractRequestUnknown(request_id)
            stored = state_at(ExtractState(row.state), row.decided_at, now)
            check_decision(
                request_id, stored, row.requested_by_id, actor.account_id, actor.username
            )
            row.state = decision.value
            row.decided_by_id = actor.account_id
            row.decided_at = now
            row.note = note
            asker = uow.session.get(Account, row.requested_by_id)
            verb = "approved" if decision is ExtractState.APPROVED else "refused"
            journal.append(
                uow.session,
                now,
                actor.username,
                AuditAction.EXTRACT_DECIDE,
                f"{verb} extract request {row.id} ({row.what})",
                entity_type=AuditTarget.EXTRACT_REQUEST,
                entity_id=row.id,
                details={
                    "decision": decision.value,
                    "what": row.what,
                    "requested_by": asker.username if asker else None,
                    "note": note,
                },
            )
            uow.commit()
            return self._info(uow.session, row.id, now)

    @staticmethod
    def _info(session: Session, request_id: int, now: datetime) -> ExtractRequestInfo:
        asker, decider = aliased(Account), aliased(Account)
        row, asked_by, decided_by = session.execute(
            select(ExtractRequest, asker.username, decider.username)
            .join(asker, asker.id == ExtractRequest.requested_by_id)
            .outerjoin(decider, decider.id == ExtractRequest.decided_by_id)
            .where(ExtractRequest.id == request_id)
        ).one()
        stored = ExtractState(row.state)
        approved = stored is ExtractState.APPROVED and row.decided_at is not None
        return ExtractRequestInfo(
            id=row.id,
            what=Extract(row.what),
            why=row.why,
            requested_by=asked_by,
            requested_at=row.requested_at,
            state=state_at(stored, row.decided_at, now),
            decided_by=decided_by,
            decided_at=row.decided_at,
            note=row.note,
            used_at=row.used_at,
            rows=row.rows,
            usable_until=lapses_at(row.decided_at) if approved and row.decided_at else None,
        )
