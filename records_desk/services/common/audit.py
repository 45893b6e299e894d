"""Reading and verifying the operation log (R-AUD); appending is in journal.py."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from records_desk.domain.common import audit_chain
from records_desk.domain.common.audit_actions import AuditAction, known_action, known_target
from records_desk.domain.common.audit_chain import ChainReport
from records_desk.domain.common.permissions import Action
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import AuditFilter, AuditRecord, Principal
from records_desk.services.common.journal import append
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
        self.ctx.authorize(actor, Action.AUDIT_VERIFY)
        with self.ctx.uow.read() as uow:
            report = audit_chain.verify(_iter_chain(uow.session))
        with self.ctx.uow.write() as uow:
            append(
                uow.session,
                self.ctx.now(),
                actor.username,
                AuditAction.AUDIT_VERIFY,
                "audit chain intact"
                if report.intact
                else f"audit chain broken at {report.broken_at}",
                details={"entries": report.entries, "broken_at": report.broken_at},
            )
            uow.commit()
        return report


def _iter_chain(session: Session) -> Iterator[dict[str, Any]]:
    # Raw columns, not the ORM's JSON type: a tampered, unparsable details cell must show up
    # as a broken link, not as a crash of the verifier.
    rows = session.execute(
        text(
            "SELECT seq, at, account, action, entity_type, entity_id, summary, details,"
            " prev_hash, hash FROM audit_log ORDER BY seq"
        ).execution_options(yield_per=2000)
    )
    for row in rows:
        entry = dict(row._mapping)
        try:
            entry["details"] = json.loads(entry["details"])
        except (TypeError, ValueError):
            pass  # left as raw text: its hash cannot match
        yield entry
