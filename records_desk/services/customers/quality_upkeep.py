"""Data-quality problems kept current on every write (R-DQ-1, issue 10 §3), so a look only
reads them (services/customers/quality_list.py) instead of checking 200,000 files.

What is stored per file, worked out from the file and its reviews alone:
- its version, whether it is active, its maintainer and department (quality_state);
- the problems of an active file (quality_stored_problem): completeness and validity of what
  it holds, and the time-dependent ones with the office days on which they hold, so that
  nothing needs recomputing as days pass:
  - an event day ahead of the entry (validity): holds until that day;
  - a late entry (R-CUS-5, timeliness): holds for `late_entry_days` (30) from the entry day;
  - a periodic review (R-GRD-3, timeliness): holds from the day it becomes overdue (the due
    day + the grace days; the due day moves when a review is recorded, which is a write);
- its duplicate keys (quality_key), paired at read time by one indexed self-join.
What involves other records and stays small is read at look time: likely duplicates (from
the keys), the blacklist (consistency, and customers cleared by it owe no review), spot-check
failures and dismissed pairs.

How it stays current:
- ORM writes: a Session `after_flush` hook notes the customer ids of every Customer and Review
  added, changed or deleted in the session; `before_commit` refreshes their rows in the same
  transaction, just before it commits (a rollback drops the notes). Every write service goes
  through the ORM for these (new_files, files, grading, reviews, blacklist re-admission).
- Core bulk inserts (which fire no ORM events, e.g. the import's and the demo's fast paths):
  the writer calls `refresh_problems(session, ids)` itself, before its commit.
- Old databases and anything missed: a file with no quality_state row is checked by the next
  look (`quality_scan.stale_ids`).

Decisions:
- The policies are the defaults (QualityPolicy, ReviewPolicy): they are not office settings
  yet; a release that changes them, a check or the duplicate keys must empty quality_state in a
  migration so the next look re-checks every file.
- An event day ahead is judged against the day of the file's last write (updated_at, the
  service's clock): a day not ahead then is never ahead later.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import Table, delete, event, func, insert, select
from sqlalchemy.orm import Session

from records_desk.domain.customers import duplicates as dup
from records_desk.domain.customers import quality as dq
from records_desk.domain.customers import reviews as rv
from records_desk.domain.customers.errors import EntryBeforeEvent
from records_desk.domain.customers.files import CustomerStatus
from records_desk.domain.customers.timeliness import EntryKind, lateness
from records_desk.domain.customers.vocabulary import CustomerField, RecordType
from records_desk.services.common.clock import office_day
from records_desk.store.customers import (
    Customer,
    QualityKey,
    QualityState,
    Review,
    StoredProblem,
)
from records_desk.store.models import Base

_F = CustomerField
_CHUNK = 500  # ids per IN (...) list: well under SQLite's bound-parameter limit
_NOTED = "quality_upkeep.customer_ids"  # session.info: files written since the last refresh
_POLICY = dq.QualityPolicy()
_REVIEWS = rv.ReviewPolicy()

_COLUMNS = (
    Customer.id,
    Customer.version,
    Customer.record_type,
    Customer.name,
    Customer.contact_person,
    Customer.phones,
    Customer.email,
    Customer.address,
    Customer.id_number,
    Customer.department,
    Customer.product_lines,
    Customer.consultant_id,
    Customer.event_date,
    Customer.entry_kind,
    Customer.entered_at,
    Customer.updated_at,
    Customer.readmitted_on,
    Customer.grade,
    Customer.status,
    Customer.maintainer_id,
    Customer.archive_number,
    Customer.shelf_location,
    Customer.admission,
)


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def group_of(department: str, record_type: str) -> str:
    """Files pair up as duplicates only within a department and record type (五4.4)."""
    return f"{department}|{record_type}"


def refresh_problems(session: Session, customer_ids: Iterable[int], *, fresh: bool = False) -> None:
    """Work out again the stored problems, duplicate keys and state of these files, in the
    caller's transaction. For writers that bypass the ORM (a Core bulk insert fires no
    session event): call it with the ids written, before the commit. `fresh`: none of the
    files has stored rows yet (just inserted), so nothing is deleted first."""
    ids = sorted(set(customer_ids))
    facts = dq.PhoneFacts()
    for chunk in _chunks(ids):
        if not fresh:
            for table in (StoredProblem, QualityKey, QualityState):
                session.execute(
                    delete(table)
                    .where(table.customer_id.in_(chunk))
                    .execution_options(synchronize_session=False)
                )
        last_review = dict(
            session.execute(
                select(Review.customer_id, func.max(Review.reviewed_on))
                .where(Review.customer_id.in_(chunk))
                .group_by(Review.customer_id)
            ).all()
        )
        states: list[dict[str, Any]] = []
        problems: list[dict[str, Any]] = []
        keys: list[dict[str, Any]] = []
        for row in session.execute(select(*_COLUMNS).where(Customer.id.in_(chunk))):
            active = row.status == CustomerStatus.ACTIVE.value
            states.append(
                {
                    "customer_id": row.id,
                    "version": row.version,
                    "active": active,
                    "maintainer_id": row.maintainer_id,
                    "department": row.department,
                    "archive_number": row.archive_number,
                    "name": row.name,
                    "grade": row.grade,
                }
            )
            if not active:  # a voided file is kept for history, not maintained
                continue
            problems.extend(_file_problems(row, facts, last_review.get(row.id)))
            group = group_of(row.department, row.record_type)
            probe = dup.DuplicateProbe(row.id, row.name, tuple(row.phones), row.id_number)
            keys.extend(
                {"customer_id": row.id, "grp": group, "basis": basis.value, "value": value}
                for basis, value in dup.duplicate_keys(probe, facts)
            )
        for table, rows in (
            (QualityState, states),
            (StoredProblem, problems),
            (QualityKey, keys),
        ):
            if rows:
                session.execute(insert(_table(table)), rows)  # Core: no ORM per row


def _file_problems(row: Any, facts: dq.PhoneFacts, last_review: date | None) -> list[dict]:
    """One active file's problems, each with the days on which it holds."""
    cid = row.id
    values = {
        _F.NAME: row.name,
        _F.CONTACT_PERSON: row.contact_person,
        _F.PHONE: row.phones,
        _F.EMAIL: row.email,
        _F.ADDRESS: row.address,
        _F.ID_NUMBER: row.id_number,
        _F.DEPARTMENT: row.department,
        _F.PRODUCT_LINES: row.product_lines,
        _F.CONSULTANT: row.consultant_id,
        _F.EVENT_DATE: row.event_date,
        _F.SHELF_LOCATION: row.shelf_location,
        _F.ADMISSION: row.admission,
    }
    found: list[tuple[dq.Problem, date | None, date | None]] = [
        (p, None, None)
        for p in (
            *dq.completeness_problems(cid, RecordType(row.record_type), values),
            *dq.validity_problems(cid, row.phones, row.email, row.id_number, phone_facts=facts),
        )
    ]
    event_on: date | None = row.event_date
    entered_on = office_day(row.entered_at)
    if event_on is not None:
        written_on = office_day(row.updated_at)
        if event_on > written_on:
            for p in dq.validity_problems(cid, event_on=event_on, today=written_on):
                found.append((p, None, event_on))  # holds while the day is ahead
        try:
            late = lateness(EntryKind(row.entry_kind), event_on, row.entered_at.astimezone())
        except EntryBeforeEvent:  # refused on entry; an imported oddity
            late = timedelta(0)
        if late:
            until = entered_on + timedelta(days=_POLICY.late_entry_days)
            for p in dq.timeliness_problems(cid, late_by=late, entered_on=entered_on):
                found.append((p, None, until))
    if row.grade is not None:
        admitted = row.readmitted_on or entered_on
        due_on = rv.review_due_on(rv.ReviewSubject(cid, last_review, admitted), _REVIEWS)
        if due_on is not None:
            overdue_from = due_on + timedelta(days=_REVIEWS.grace_days + 1)
            for p in dq.timeliness_problems(cid, review_due_on=due_on, review_overdue=True):
                found.append((p, overdue_from, None))
    return [
        {
            "customer_id": cid,
            "key": dq.problem_key(p),
            "dimension": p.dimension.value,
            "rule_id": p.rule_id,
            "field": p.field,
            "message": p.message,
            "holds_from": holds_from,
            "holds_until": holds_until,
        }
        for p, holds_from, holds_until in found
    ]


# --- the hook on every ORM write -------------------------------------------------------------


def _note_written(session: Session, _flush_context: Any) -> None:
    """after_flush: the session's new, changed and deleted objects are still listed here."""
    noted: set[int] | None = None
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Customer):
            customer_id = obj.id
        elif isinstance(obj, Review):
            customer_id = obj.customer_id
        else:
            continue
        if customer_id is not None:
            if noted is None:
                noted = session.info.setdefault(_NOTED, set())
            noted.add(customer_id)


def _refresh_noted(session: Session) -> None:
    """before_commit: flush what is pending (noting its files), then refresh them."""
    if not session.info.get(_NOTED):
        if not (session.new or session.dirty or session.deleted):
            return
        session.flush()
    noted = session.info.pop(_NOTED, None)
    if noted:
        refresh_problems(session, noted)


def take_noted(session: Session) -> set[int]:
    """The files the hook noted and has not refreshed yet, no longer noted: for a bulk
    writer that refreshes every file it wrote itself (the demo), so none is done twice."""
    session.flush()
    noted: set[int] = session.info.pop(_NOTED, set())
    return noted


def _forget(session: Session, *_: Any) -> None:
    session.info.pop(_NOTED, None)


def install() -> None:
    """Listen on every Session (idempotent): the unit of work's sessions and any other."""
    for name, listener in (
        ("after_flush", _note_written),
        ("before_commit", _refresh_noted),
        ("after_rollback", _forget),
    ):
        if not event.contains(Session, name, listener):
            event.listen(Session, name, listener)


install()
