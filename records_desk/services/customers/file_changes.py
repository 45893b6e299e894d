"""The checks a change of a customer file goes through before it is written (customers/files.py):
what it really changes, a consultant that exists, an event date the entry allows, and a change
request that may still be decided by this actor (R-CUS-3, R-CUS-4)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from records_desk.domain.customers.file_errors import (
    ChangeRequestNotFound,
    FieldValueInvalid,
    NothingToChange,
)
from records_desk.domain.customers.files import ChangeStatus, check_decision, effective_changes
from records_desk.services.common.dto import Principal
from records_desk.services.customers.records import check_event_date, usernames
from records_desk.store.customers import ChangeRequest, Customer
from records_desk.store.models import Account


def effective_of(
    session: Session,
    customer: Customer,
    current: dict[str, object],
    proposed: dict[str, object],
) -> dict[str, object]:
    """The fields of PROPOSED that change CURRENT (NothingToChange when none), with a named
    consultant that exists and an event date the file's entry allows."""
    effective = effective_changes(current, proposed)
    if not effective:
        raise NothingToChange(customer.id)
    if "consultant_id" in effective:
        check_consultant(session, effective["consultant_id"])
    event = effective.get("event_date")
    if isinstance(event, str):
        check_event_date(customer.entry_kind, date.fromisoformat(event), customer.entered_at)
    return effective


def check_consultant(session: Session, consultant_id: object) -> None:
    if consultant_id is not None and session.get(Account, consultant_id) is None:
        raise FieldValueInvalid("consultant_id", consultant_id)


def decidable(
    session: Session, request_id: int, actor: Principal, *, approving: bool
) -> ChangeRequest:
    """The change request REQUEST_ID, if ACTOR may still approve (or refuse) it."""
    request = session.get(ChangeRequest, request_id)
    if request is None:
        raise ChangeRequestNotFound(request_id)
    requester = usernames(session, [request.requested_by_id]).get(request.requested_by_id, "")
    check_decision(
        request.id, ChangeStatus(request.status), requester, actor.username, approving=approving
    )
    return request


def decide(
    request: ChangeRequest, actor: Principal, status: ChangeStatus, note: str, now: datetime
) -> None:
    """REQUEST decided by ACTOR (approved or refused), with the note."""
    request.status = status.value
    request.decided_by_id = actor.account_id
    request.decided_at = now
    request.decision_note = note.strip()
