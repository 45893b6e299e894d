"""Reading and checking the reception records inside a unit of work: consultants by user name,
whether a day is closed, the next number of a day's list, and the hash over a day's rows that
the clerk's review stores and `verify` recomputes (R-REC-11).

Decisions:
- The hash is SHA-256 over a canonical JSON of every field of the day's events, visitor rows
  and enquiry rows that the review covered, in their order: a row changed, added or removed
  behind the program's back (triggers dropped) changes it. Corrections added after the review
  are rows of their own (row numbers past the stored count) and leave it as it was.
- Times are the office's wall clock as "HH:MM", dates ISO: the hash does not depend on the
  machine's time zone or the database driver.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.roles import Role
from records_desk.domain.reception.records_errors import DayClosed, NotAConsultant
from records_desk.store.models import Account, AuditEntry
from records_desk.store.reception import DayClose, Enquiry, ReceptionEvent, Visit


def consultant(session: Session, username: str) -> Account:
    """The active consultant account of USERNAME, or NotAConsultant."""
    name = username.strip()
    account = session.scalars(select(Account).where(Account.username == name)).one_or_none()
    if account is None or not account.active or account.role != Role.CONSULTANT.value:
        raise NotAConsultant(name)
    return account


def names(session: Session, ids: Iterable[int | None]) -> dict[int, tuple[str, str]]:
    """User name and full name of each account id."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(Account.id, Account.username, Account.full_name).where(Account.id.in_(wanted))
    )
    return {r.id: (r.username, r.full_name) for r in rows}


def closing_of(session: Session, day: date) -> DayClose | None:
    return session.get(DayClose, day)


def refuse_if_closed(session: Session, day: date) -> None:
    """R-REC-11: after the review nothing of the day changes (a correction is a new row)."""
    closing = closing_of(session, day)
    if closing is not None:
        reviewer = session.get(Account, closing.reviewed_by_id)
        raise DayClosed(day, reviewer.username if reviewer else "?")


def next_number(session: Session, column: Any, day_column: Any, day: date) -> int:
    return (
        int(session.scalar(select(func.coalesce(func.max(column), 0)).where(day_column == day))) + 1
    )


def day_events(session: Session, day: date, upto: int | None = None) -> list[ReceptionEvent]:
    query = select(ReceptionEvent).where(ReceptionEvent.day == day)
    if upto is not None:
        query = query.where(ReceptionEvent.seq <= upto)
    return list(session.scalars(query.order_by(ReceptionEvent.seq)))


def day_visits(session: Session, day: date, upto: int | None = None) -> list[Visit]:
    query = select(Visit).where(Visit.day == day)
    if upto is not None:
        query = query.where(Visit.row_no <= upto)
    return list(session.scalars(query.order_by(Visit.row_no)))


def day_enquiries(session: Session, day: date, upto: int | None = None) -> list[Enquiry]:
    query = select(Enquiry).where(Enquiry.day == day)
    if upto is not None:
        query = query.where(Enquiry.row_no <= upto)
    return list(session.scalars(query.order_by(Enquiry.row_no)))


def digest(
    day: date, events: list[ReceptionEvent], visits: list[Visit], enquiries: list[Enquiry]
) -> str:
    """R-REC-11: the hash that pins a reviewed day's rows."""
    by_visit_id = {v.id: v.row_no for v in visits}
    by_enquiry_id = {e.id: e.row_no for e in enquiries}
    document = {
        "day": day.isoformat(),
        "events": [
            [e.seq, e.time, e.type, e.consultant_id, e.payload, e.recorded_by_id] for e in events
        ],
        "visits": [
            [
                v.row_no,
                v.time,
                v.visitor_name,
                v.phone,
                v.id_number,
                v.party_size,
                v.source,
                bool(v.first_visit),
                v.consultant_id,
                v.reason,
                bool(v.counted),
                v.skipped,
                v.intention,
                v.notes,
                by_visit_id.get(v.corrects_id or 0, v.corrects_id),
                v.recorded_by_id,
            ]
            for v in visits
        ],  # fmt: skip
        "enquiries": [
            [
                q.row_no,
                q.time,
                q.caller,
                q.phone,
                q.heard_through,
                q.enquiry,
                q.consultant_id,
                bool(q.invited),
                q.visit_planned.isoformat() if q.visit_planned else None,
                by_enquiry_id.get(q.corrects_id or 0, q.corrects_id),
                q.recorded_by_id,
            ]
            for q in enquiries
        ],  # fmt: skip
    }
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stored_digest(session: Session, closing: DayClose) -> tuple[str, int]:
    """The hash of the rows the review covered as they are now, and the number of rows now
    past the review that are not corrections (rows slipped in behind the program's back)."""
    day = closing.day
    events = day_events(session, day)
    visits = day_visits(session, day)
    enquiries = day_enquiries(session, day)
    covered_events = [e for e in events if e.seq <= closing.event_count]
    covered_visits = [v for v in visits if v.row_no <= closing.row_count]
    covered_enquiries = [q for q in enquiries if q.row_no <= closing.enquiry_count]
    stray = (
        len(events) - len(covered_events)
        + sum(1 for v in visits if v.row_no > closing.row_count and v.corrects_id is None)
        + sum(1 for q in enquiries if q.row_no > closing.enquiry_count and q.corrects_id is None)
    )  # fmt: skip
    return digest(day, covered_events, covered_visits, covered_enquiries), stray


def logged_digest(session: Session, day: date) -> str | None:
    """The hash the review of DAY wrote into the operation log (None: no such entry)."""
    details = session.scalar(
        select(AuditEntry.details)
        .where(
            AuditEntry.action == AuditAction.RECEPTION_REVIEW.value,
            AuditEntry.entity_type == AuditTarget.RECEPTION_DAY.value,
            AuditEntry.entity_id == day.isoformat(),
        )
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    )
    return str(details["digest"]) if details else None
