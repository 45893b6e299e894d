"""One pass over the active customer files for the data-quality service (R-DQ-1): plain rows
of only the columns the checks need, handed to domain.quality's checks (with timeliness',
reviews', blacklist's and spot_check's). The decisions are data_quality.py's docstring."""

from __future__ import annotations

import sys
from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from records_desk.domain import blacklist as bl
from records_desk.domain import quality as dq
from records_desk.domain import reviews as rv
from records_desk.domain.customer_errors import EntryBeforeEvent
from records_desk.domain.customer_files import CustomerStatus
from records_desk.domain.customers import CustomerField, Grade, RecordType
from records_desk.domain.spot_check import SpotResult
from records_desk.domain.timeliness import EntryKind, lateness
from records_desk.services.customer_records import cleared_customers, domain_entries, office_day
from records_desk.store.models import (
    Customer,
    DuplicateDismissal,
    Review,
    SpotCheck,
    SpotCheckItem,
)

_F = CustomerField


class Scan:
    """What one pass over the files found, with who keeps each file."""

    def __init__(self) -> None:
        self.problems: list[dq.Problem] = []
        self.maintainer_of: dict[int, int] = {}
        self.department_of: dict[int, str] = {}
        self.ref_of: dict[int, tuple[str, str, str | None]] = {}  # archive no., name, grade
        self.checked = 0


def scan(
    session: Session, today: date, policy: dq.QualityPolicy, review_policy: rv.ReviewPolicy
) -> Scan:
    scan = Scan()
    found = scan.problems
    cleared = cleared_customers(session, today)
    entries: dict[int, list[bl.BlacklistEntry]] = defaultdict(list)
    for entry in domain_entries(session):
        entries[entry.customer_id].append(entry)
    last_review = dict(
        session.execute(
            select(Review.customer_id, func.max(Review.reviewed_on)).group_by(Review.customer_id)
        ).all()
    )
    probes: list[dq.DuplicateProbe] = []
    updated_at: dict[int, datetime] = {}
    shared: dict[str, str] = {}  # one string per department and duplicate group, not per file
    facts = dq.PhoneFacts()
    query = select(
        Customer.id,
        Customer.archive_number,
        Customer.record_type,
        Customer.department,
        Customer.name,
        Customer.contact_person,
        Customer.phones,
        Customer.email,
        Customer.address,
        Customer.id_number,
        Customer.product_lines,
        Customer.consultant_id,
        Customer.event_date,
        Customer.entry_kind,
        Customer.entered_at,
        Customer.grade,
        Customer.readmitted_on,
        Customer.maintainer_id,
        Customer.updated_at,
    ).where(Customer.status == CustomerStatus.ACTIVE.value)
    row: Any
    for row in session.execute(query):
        (cid, number, kind, dept, name, contact, phones, email, address, id_number) = row[:10]
        (lines, consultant, event_on, entry_kind, entered_at, grade) = row[10:16]
        readmitted_on, maintainer_id, updated = row[16:]
        dept = shared.setdefault(dept, sys.intern(dept))
        scan.checked += 1
        scan.maintainer_of[cid] = maintainer_id
        scan.department_of[cid] = dept
        scan.ref_of[cid] = (number, name, grade)
        updated_at[cid] = updated
        record_type = RecordType(kind)
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
        found.extend(dq.completeness_problems(cid, record_type, values))
        found.extend(
            dq.validity_problems(cid, phones, email, id_number, event_on, today, phone_facts=facts)
        )
        entered_on = office_day(entered_at)
        late = None
        if event_on is not None and (today - entered_on).days < policy.late_entry_days:
            try:
                late = lateness(EntryKind(entry_kind), event_on, entered_at.astimezone())
            except EntryBeforeEvent:  # refused on entry; an imported oddity is validity's
                late = None
        review = None
        if grade is not None and cid not in cleared:
            subject = rv.ReviewSubject(cid, last_review.get(cid), readmitted_on or entered_on)
            review = rv.review_status(subject, today, review_policy)
        if late or (review and review.status is rv.ReviewStatus.OVERDUE):
            found.extend(
                dq.timeliness_problems(
                    cid,
                    late_by=late,
                    entered_on=entered_on,
                    review_due_on=review.due_on if review else None,
                    review_overdue=review is not None and review.status is rv.ReviewStatus.OVERDUE,
                    today=today,
                    policy=policy,
                )
            )
        if cid in entries and grade is not None:
            blacklisted = bl.is_blacklisted(entries[cid], cid, dept, today)
            found.extend(dq.consistency_problems(cid, Grade(grade), blacklisted, False, False))
        group = f"{dept}|{kind}"
        group = shared.setdefault(group, group)
        probes.append(dq.DuplicateProbe(cid, name, tuple(phones), id_number, group))
    dismissed = [
        dq.pair_key(a, b)
        for a, b in session.execute(
            select(DuplicateDismissal.first_id, DuplicateDismissal.second_id)
        )
    ]
    found.extend(dq.duplicate_problems(dq.duplicate_candidates(probes, dismissed, facts)))
    found.extend(_spot_check_failures(session, updated_at))
    return scan


def _spot_check_failures(session: Session, updated_at: dict[int, datetime]) -> list[dq.Problem]:
    """R-CUS-6 → accuracy: failures not followed by a change of the file."""
    rows = session.execute(
        select(
            SpotCheckItem.id,
            SpotCheckItem.customer_id,
            SpotCheckItem.note,
            SpotCheckItem.marked_at,
            SpotCheck.week_start,
        )
        .join(SpotCheck, SpotCheck.id == SpotCheckItem.spot_check_id)
        .where(SpotCheckItem.result == SpotResult.FAILED.value)
    )
    return [
        dq.Problem(
            customer_id,
            dq.Dimension.ACCURACY,
            "R-CUS-6",
            f"spot check of the week of {week} failed (entry {item_id}): {note}",
        )
        for item_id, customer_id, note, marked_at, week in rows
        if customer_id in updated_at
        and marked_at is not None
        and updated_at[customer_id] <= marked_at
    ]
