"""The backup feature's answer to "may this account make this extract once?" (features.py
`extract_grant`, R-BAK-5): an approved request of the account for that kind of extract, not
used and not lapsed; and its spending, in the export's own transaction. The customer exports
ask through services/common/extract_grant.py, never importing this feature."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from records_desk.domain.backup.extracts import VALID_DAYS, ExtractGrantSpent, ExtractState
from records_desk.store.backup_extracts import ExtractRequest
from records_desk.store.models import Account


def extract_grant(
    session: Session, account_id: int, what: str, now: datetime
) -> tuple[int, str] | None:
    """The oldest usable approval of ACCOUNT_ID for WHAT: (request id, approver's user name)."""
    row = session.execute(
        select(ExtractRequest.id, Account.username)
        .join(Account, Account.id == ExtractRequest.decided_by_id)
        .where(
            ExtractRequest.requested_by_id == account_id,
            ExtractRequest.what == what,
            ExtractRequest.state == ExtractState.APPROVED.value,
            ExtractRequest.decided_at > now - timedelta(days=VALID_DAYS),
        )
        .order_by(ExtractRequest.decided_at, ExtractRequest.id)
        .limit(1)
    ).first()
    return None if row is None else (row[0], row[1])


def use_extract(
    session: Session, request_id: int, rows: int, audit_seq: int, now: datetime
) -> None:
    """Spend the approval: once, and only while it is still usable (a race between two
    exports on one approval leaves exactly one of them made). Raises ExtractGrantSpent."""
    spent = session.execute(
        update(ExtractRequest)
        .where(
            ExtractRequest.id == request_id,
            ExtractRequest.state == ExtractState.APPROVED.value,
            ExtractRequest.decided_at > now - timedelta(days=VALID_DAYS),
        )
        .values(state=ExtractState.USED.value, used_at=now, rows=rows, audit_seq=audit_seq)
    )
    if getattr(spent, "rowcount", 0) != 1:
        raise ExtractGrantSpent(request_id)
