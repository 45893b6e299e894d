"""Appending to the operation log (R-AUD-1) inside the caller's transaction.

The entry is hashed under the chain key and the database's head is checked against its anchor
first (store/audit_anchor.py); both come with the session, so callers pass neither."""

from __future__ import annotations

from contextvars import ContextVar
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common import audit_chain
from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.store.audit_anchor import anchor_of
from records_desk.store.models import AuditEntry

# Who is acting in another role in the current service call, and what their entries carry
# (R-ACC-5: "as the archivist's deputy"): set by every permission check
# (ServiceContext.authorize), so it never outlives the call that set it.
_ACTING: ContextVar[tuple[str, dict[str, Any]] | None] = ContextVar("acting", default=None)


def acting_as(account: str, marks: dict[str, Any] | None) -> None:
    """From now on ACCOUNT's entries carry MARKS (None: its own role, nothing to add)."""
    _ACTING.set((account, marks) if marks else None)


def acting_marks(account: str) -> dict[str, Any] | None:
    """What ACCOUNT's entries carry in the current call (None: acting in its own role)."""
    acting = _ACTING.get()
    return acting[1] if acting is not None and acting[0] == account else None


def append(
    session: Session,
    at: datetime,
    account: str | None,
    action: AuditAction,
    summary: str,
    *,
    entity_type: AuditTarget | None = None,
    entity_id: str | int | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add one chained entry to the session. The caller commits it together with the change
    it records. Writers hold the write lock from BEGIN, so the head cannot move underneath.

    The action and the entity type are stored (and hashed) as their plain string values;
    a string that is no member raises ValueError, whoever passed it. The first append of a
    transaction checks the head against the anchor; a mismatch is kept there as a tamper
    alarm and the entry is written all the same (the office keeps working)."""
    acting = _ACTING.get()
    if acting is not None and acting[0] == account:
        details = {**acting[1], **(details or {})}
    anchor = anchor_of(session)
    stored_action = AuditAction(action).value
    stored_type = None if entity_type is None else AuditTarget(entity_type).value
    anchor.check(session, at)
    head = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev = (head[0] + 1, head[1]) if head else (1, audit_chain.GENESIS_HASH)
    fields: dict[str, Any] = {
        "seq": seq,
        "at": audit_chain.format_time(at),
        "account": account,
        "action": stored_action,
        "entity_type": stored_type,
        "entity_id": None if entity_id is None else str(entity_id),
        "summary": summary,
        "details": details or {},
    }
    entry_hash = audit_chain.keyed_hash(fields, prev, anchor.chain_key)
    entry = AuditEntry(**fields, prev_hash=prev, hash=entry_hash)
    session.add(entry)
    session.flush()
    anchor.appended(session)
    return entry
