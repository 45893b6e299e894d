"""One pass over the active customer files for the data-quality service (R-DQ-1), fast enough
for 200,000 files. The decisions are data_quality.py's docstring; the checks are the domain's.

How it stays fast:
- The checks that depend only on a file's content (completeness, validity of phones, e-mail
  and ID, its duplicate keys) are kept per file with the version they were made on
  (quality_check); a look re-checks only the files changed since and returns their new
  results for the caller to store (`Scan.fresh`). A release that changes those checks (the
  required fields, a validity rule, the duplicate keys) must empty quality_check in its
  migration, or files not changed since would keep their old results.
- The pass reads narrow rows; dates, moments and JSON come as the driver gives them and are
  decoded only where a check needs them (SQLAlchemy's per-value processing of 200,000 rows
  costs more than the checks).
- The time-dependent checks (late entries, overdue reviews, event days ahead, the blacklist,
  spot-check failures) are made on every look, from those narrow rows.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from records_desk.domain.customers import blacklist as bl
from records_desk.domain.customers import duplicates as dup
from records_desk.domain.customers import quality as dq
from records_desk.domain.customers import reviews as rv
from records_desk.domain.customers.errors import EntryBeforeEvent
from records_desk.domain.customers.files import CustomerStatus
from records_desk.domain.customers.spot_check import SpotResult
from records_desk.domain.customers.timeliness import EntryKind, lateness
from records_desk.domain.customers.vocabulary import CustomerField, Grade, RecordType
from records_desk.services.common.clock import office_day
from records_desk.services.customers.records import cleared_customers, domain_entries
from records_desk.store.customers import (
    Customer,
    DuplicateDismissal,
    QualityCheck,
    Review,
    SpotCheck,
    SpotCheckItem,
)

_F = CustomerField
_CHUNK = 500  # ids per IN (...) list: well under SQLite's bound-parameter limit
_Keys = list[tuple[str, str]]  # (DuplicateBasis value, key): StrEnum values compare as text


class Scan:
    """What one pass found, who keeps each file, and the content checks made afresh."""

    def __init__(self) -> None:
        self.problems: list[dq.Problem] = []
        self.maintainer_of: dict[int, int] = {}
        self.department_of: dict[int, str] = {}
        self.ref_of: dict[int, tuple[str, str, str | None]] = {}  # archive no., name, grade
        self.fresh: list[dict[str, Any]] = []  # quality_check rows to store
        self.checked = 0


def _json(raw: Any) -> Any:
    return json.loads(raw) if isinstance(raw, str) else raw


def _day(raw: Any) -> date | None:
    if raw is None or isinstance(raw, date):
        return raw
    return date.fromisoformat(str(raw)[:10])


def moment(raw: Any) -> datetime:
    """A stored UTC moment (naive text on SQLite, a datetime elsewhere) as an aware one."""
    value = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def content_checks(
    row: Any, facts: dq.PhoneFacts
) -> tuple[list[dq.Problem], _Keys, dict[str, Any]]:
    """Completeness, validity (but the event day, which depends on today) and the duplicate
    keys of one file; with the quality_check row that keeps them."""
    (cid, version, kind, name, contact, phones, email, address, id_number, dept) = row[:10]
    lines, consultant, event_on = row[10:]
    values = {
        _F.NAME: name,
        _F.CONTACT_PERSON: contact,
        _F.PHONE: phones,
        _F.EMAIL: email,
        _F.ADDRESS: address,
        _F.ID_NUMBER: id_number,
        _F.DEPARTMENT: dept,
        _F.PRODUCT_LINES: lines,
        _F.CONSULTANT: consultant,
        _F.EVENT_DATE: event_on,
    }
    problems = [
        *dq.completeness_problems(cid, RecordType(kind), values),
        *dq.validity_problems(cid, phones, email, id_number, phone_facts=facts),
    ]
    probe = dup.DuplicateProbe(cid, name, tuple(phones), id_number)
    keys = sorted((basis.value, value) for basis, value in dup.duplicate_keys(probe, facts))
    stored = {
        "customer_id": cid,
        "version": version,
        "problems": [[p.dimension.value, p.rule_id, p.field, p.message] for p in problems],
        "keys": [list(key) for key in keys],
    }
    return problems, keys, stored


def _recheck(session: Session, ids: list[int], scan: Scan) -> dict[int, _Keys]:
    """The content checks of files changed since they were last checked (or never were)."""
    facts = dq.PhoneFacts()
    keys_of: dict[int, _Keys] = {}
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(
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
            ).where(Customer.id.in_(ids[start : start + _CHUNK]))
        )
        for row in rows:
            problems, keys, stored = content_checks(row, facts)
            scan.problems.extend(problems)
            keys_of[row[0]] = keys
            scan.fresh.append(stored)
    return keys_of


def scan(
    session: Session, today: date, policy: dq.QualityPolicy, review_policy: rv.ReviewPolicy
) -> Scan:
    scan = Scan()
    found = scan.problems
    every_entry = domain_entries(session)  # read once for both uses
    cleared = cleared_customers(session, today, every_entry)
    entries: dict[int, list[bl.BlacklistEntry]] = defaultdict(list)
    for entry in every_entry:
        entries[entry.customer_id].append(entry)
    last_review = dict(
        session.execute(
            select(Review.customer_id, func.max(Review.reviewed_on)).group_by(Review.customer_id)
        ).all()
    )
    shared: dict[str, str] = {}  # one string per department and duplicate group, not per file
    group_of: dict[int, str] = {}
    keyed: list[tuple[int, str | None, Iterable[tuple[str, str]]]] = []
    stale: list[int] = []
    query = (
        select(
            Customer.id,
            Customer.version,
            Customer.archive_number,
            Customer.name,
            Customer.record_type,
            Customer.department,
            Customer.grade,
            Customer.maintainer_id,
            type_coerce(Customer.event_date, String),
            Customer.entry_kind,
            type_coerce(Customer.entered_at, String),
            type_coerce(Customer.readmitted_on, String),
            QualityCheck.version,
            type_coerce(QualityCheck.problems, String),
            type_coerce(QualityCheck.keys, String),
        )
        .outerjoin(QualityCheck, QualityCheck.customer_id == Customer.id)
        .where(Customer.status == CustomerStatus.ACTIVE.value)
    )
    row: Any
    # yield_per: rows arrive 2,000 at a time instead of all 200,000 held at once (~100 MiB)
    for row in session.execute(query, execution_options={"yield_per": 2000}):
        (cid, version, number, name, kind, dept, grade, maintainer_id) = row[:8]
        (event_raw, entry_kind, entered_raw, readmitted_raw, checked, problems, keys) = row[8:]
        dept = shared.setdefault(dept, sys.intern(dept))
        group = f"{dept}|{kind}"
        group_of[cid] = shared.setdefault(group, group)
        scan.checked += 1
        scan.maintainer_of[cid] = maintainer_id
        scan.department_of[cid] = dept
        scan.ref_of[cid] = (number, name, grade)
        if checked != version:
            stale.append(cid)
        else:
            if problems and problems != "[]":
                for dimension, rule, field, message in _json(problems):
                    found.append(dq.Problem(cid, dq.Dimension(dimension), rule, message, field))
            stored_keys = _json(keys)
            if stored_keys:
                keyed.append((cid, group_of[cid], [(b, v) for b, v in stored_keys]))
        event_on = _day(event_raw)
        if event_on is not None and event_on > today:
            found.extend(dq.validity_problems(cid, event_on=event_on, today=today))
        entered_on: date | None = None
        if event_on is not None:
            entered_at = moment(entered_raw)
            entered_on = office_day(entered_at)
            if (today - entered_on).days < policy.late_entry_days:
                try:
                    late = lateness(EntryKind(entry_kind), event_on, entered_at.astimezone())
                except EntryBeforeEvent:  # refused on entry; an imported oddity
                    late = None
                if late:
                    found.extend(
                        dq.timeliness_problems(
                            cid, late_by=late, entered_on=entered_on, today=today, policy=policy
                        )
                    )
        if grade is not None and cid not in cleared:
            admitted = _day(readmitted_raw) or entered_on or office_day(moment(entered_raw))
            subject = rv.ReviewSubject(cid, last_review.get(cid), admitted)
            review = rv.review_status(subject, today, review_policy)
            if review.status is rv.ReviewStatus.OVERDUE:
                found.extend(
                    dq.timeliness_problems(cid, review_due_on=review.due_on, review_overdue=True)
                )
        if cid in entries and grade is not None:
            blacklisted = bl.is_blacklisted(entries[cid], cid, dept, today)
            found.extend(dq.consistency_problems(cid, Grade(grade), blacklisted, False, False))
    for cid, keys_now in _recheck(session, stale, scan).items():
        keyed.append((cid, group_of[cid], keys_now))
    dismissed = [
        dup.pair_key(a, b)
        for a, b in session.execute(
            select(DuplicateDismissal.first_id, DuplicateDismissal.second_id)
        )
    ]
    found.extend(dup.duplicate_problems(dup.pairs_sharing_keys(keyed, dismissed)))
    found.extend(_spot_check_failures(session))
    return scan


def _spot_check_failures(session: Session) -> list[dq.Problem]:
    """R-CUS-6 → accuracy: failures of active files not followed by a change of the file."""
    rows = session.execute(
        select(
            SpotCheckItem.id,
            SpotCheckItem.customer_id,
            SpotCheckItem.note,
            SpotCheckItem.marked_at,
            SpotCheck.week_start,
            Customer.updated_at,
        )
        .join(SpotCheck, SpotCheck.id == SpotCheckItem.spot_check_id)
        .join(Customer, Customer.id == SpotCheckItem.customer_id)
        .where(
            SpotCheckItem.result == SpotResult.FAILED.value,
            Customer.status == CustomerStatus.ACTIVE.value,
        )
    )
    return [
        dq.Problem(
            customer_id,
            dq.Dimension.ACCURACY,
            "R-CUS-6",
            f"spot check of the week of {week} failed (entry {item_id}): {note}",
        )
        for item_id, customer_id, note, marked_at, week, updated_at in rows
        if marked_at is not None and updated_at <= marked_at
    ]
