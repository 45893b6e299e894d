"""What the customer-file services share inside a unit of work: loading a file, its snapshot,
writing a new version with its revision (R-CUS-3), the blacklist entries as the domain sees
them, and the DTOs. Registering and numbering new files is in new_files.py."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.identifiers import phone_digits
from records_desk.domain.customers import blacklist as bl
from records_desk.domain.customers.errors import (
    CustomerBlacklisted,
    EntryBeforeEvent,
    ReadmissionRequired,
)
from records_desk.domain.customers.file_errors import (
    CustomerNotFound,
    CustomerVoided,
    GradeNotApplicable,
)
from records_desk.domain.customers.files import CustomerStatus, RevisionKind, checklist_of
from records_desk.domain.customers.timeliness import EntryKind, is_late, lateness
from records_desk.domain.customers.vocabulary import (
    CustomerField,
    Grade,
    ProspectLevel,
    RecordType,
    missing_fields,
)
from records_desk.services.common.dto import Principal
from records_desk.services.customers.dto import CustomerInfo, CustomerRef
from records_desk.store import search_index
from records_desk.store.customers import (
    BlacklistEntry,
    Customer,
    CustomerRevision,
)
from records_desk.store.models import Account


def load_customer(session: Session, customer_id: int, *, lock: bool = False) -> Customer:
    """`lock` in writers that change the file: FOR UPDATE on PostgreSQL, so two changes of
    one file queue up (SQLite's BEGIN IMMEDIATE already serialises writers)."""
    customer = session.get(Customer, customer_id, with_for_update=lock)
    if customer is None:
        raise CustomerNotFound(customer_id)
    return customer


def require_active(customer: Customer) -> None:
    if customer.status != CustomerStatus.ACTIVE:
        raise CustomerVoided(customer.id, customer.archive_number)


def grade_of(customer: Customer) -> Grade:
    """The file's grade; internal and campaign records have none to change or review (五2.4)."""
    if customer.grade is None:
        raise GradeNotApplicable(customer.id, RecordType(customer.record_type))
    return Grade(customer.grade)


def snapshot(c: Customer) -> dict[str, Any]:
    """The stored form of every field of the file (domain.customer_files.SNAPSHOT_FIELDS)."""
    return {
        "archive_number": c.archive_number,
        "record_type": c.record_type,
        "status": c.status,
        "void_reason": c.void_reason,
        "department": c.department,
        "product_lines": list(c.product_lines),
        "name": c.name,
        "contact_person": c.contact_person,
        "phones": list(c.phones),
        "email": c.email,
        "address": c.address,
        "id_number": c.id_number,
        "consultant_id": c.consultant_id,
        "shelf_location": c.shelf_location,
        "event_date": c.event_date.isoformat() if c.event_date else None,
        "admission": list(c.admission),
        "grade": c.grade,
        "prospect_level": c.prospect_level,
        "entry_kind": c.entry_kind,
        "entered_at": c.entered_at.isoformat(),
        "maintainer_id": c.maintainer_id,
        "readmitted_on": c.readmitted_on.isoformat() if c.readmitted_on else None,
    }


def apply_fields(c: Customer, stored: dict[str, Any]) -> None:
    """Set editable fields from their snapshot form (domain.customer_files.normalise_changes)."""
    for name, value in stored.items():
        if name == "event_date":
            c.event_date = date.fromisoformat(value) if value else None
        elif name == "phones":
            c.phones = list(value)
            c.phone_digits = [phone_digits(p) for p in value]
        elif name in ("product_lines", "admission"):
            setattr(c, name, list(value))
        else:
            setattr(c, name, value)


def check_event_date(entry_kind: str, event: date | None, entered_at: datetime) -> None:
    """R-CUS-5: a file is not entered before its event happened (EntryBeforeEvent)."""
    if event is not None:
        lateness(EntryKind(entry_kind), event, entered_at.astimezone())


def new_version(
    session: Session,
    c: Customer,
    actor: Principal,
    at: datetime,
    reason: str,
    kind: RevisionKind,
    change_request_id: int | None = None,
) -> CustomerRevision:
    """R-CUS-3: the file's next version, kept whole, in the caller's transaction."""
    return new_versions(session, [c], actor, at, reason, kind, change_request_id)[0]


def new_versions(
    session: Session,
    customers: Sequence[Customer],
    actor: Principal,
    at: datetime,
    reason: str,
    kind: RevisionKind,
    change_request_id: int | None = None,
) -> list[CustomerRevision]:
    """R-CUS-3 for a batch (an import, the demo data): each file's next version, flushed
    together. Every version write of every path comes through here, one file or many."""
    for c in customers:
        c.version = (c.version or 0) + 1
        c.updated_at = at
    session.flush()  # new files get their ids
    revisions = [
        CustomerRevision(
            customer_id=c.id,
            version=c.version,
            snapshot=snapshot(c),
            account_id=actor.account_id,
            at=at,
            reason=reason,
            kind=kind.value,
            change_request_id=change_request_id,
        )
        for c in customers
    ]
    session.add_all(revisions)
    session.flush()
    search_index.update_customers(session, customers)  # search sees every version at once
    return revisions


# --- the blacklist as the domain sees it (R-GRD-5) -------------------------------------------


def usernames(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(Account.id, Account.username).where(Account.id.in_(wanted)))
    return {i: name for i, name in rows}


def domain_entry(row: BlacklistEntry, names: dict[int, str]) -> bl.BlacklistEntry:
    return bl.BlacklistEntry(
        customer_id=row.customer_id,
        scope=bl.BlacklistScope(row.scope),
        department=row.department,
        reason=row.reason,
        starts_on=row.starts_on,
        expires_on=row.expires_on,
        decided_by=names.get(row.decided_by_id, ""),
        lifted_on=row.lifted_on,
        lifted_by=names.get(row.lifted_by_id) if row.lifted_by_id else None,
        lift_reason=row.lift_reason,
    )


def blacklist_rows(
    session: Session, customer_ids: Iterable[int] | None = None
) -> list[BlacklistEntry]:
    query = select(BlacklistEntry).order_by(BlacklistEntry.id)
    if customer_ids is not None:
        query = query.where(BlacklistEntry.customer_id.in_(set(customer_ids)))
    return list(session.scalars(query))


def domain_entries(
    session: Session, customer_ids: Iterable[int] | None = None
) -> list[bl.BlacklistEntry]:
    rows = blacklist_rows(session, customer_ids)
    names = usernames(session, [r.decided_by_id for r in rows] + [r.lifted_by_id for r in rows])
    return [domain_entry(r, names) for r in rows]


def cleared_customers(
    session: Session, today: date, entries: list[bl.BlacklistEntry] | None = None
) -> set[int]:
    """Customers no department may do business with in their own department today: on a
    blacklist in force, or ended and not re-admitted (五3.3 清除). They leave the quota counts.
    `entries`: every entry (domain_entries), when the caller has read them already."""
    if entries is None:  # who decided or lifted an entry does not matter here: no names read
        entries = [domain_entry(r, {}) for r in blacklist_rows(session)]
    ids = {e.customer_id for e in entries}
    if not ids:
        return set()
    rows = session.execute(
        select(Customer.id, Customer.department, Customer.readmitted_on).where(Customer.id.in_(ids))
    )
    cleared = set()
    for customer_id, department, readmitted_on in rows:
        try:  # the domain picks the customer's own entries
            bl.check_may_do_business(entries, customer_id, department, today, readmitted_on)
        except (CustomerBlacklisted, ReadmissionRequired):
            cleared.add(customer_id)
    return cleared


# --- DTOs ------------------------------------------------------------------------------------


def _entered_late(c: Customer) -> bool:
    if c.event_date is None:
        return False
    try:
        return is_late(EntryKind(c.entry_kind), c.event_date, c.entered_at.astimezone())
    except EntryBeforeEvent:  # pragma: no cover - refused on entry and on change
        return False


def customer_ref(c: Customer) -> CustomerRef:
    return CustomerRef(
        id=c.id,
        archive_number=c.archive_number,
        name=c.name,
        department=c.department,
        grade=Grade(c.grade) if c.grade else None,
    )


def customer_info(session: Session, c: Customer, today: date) -> CustomerInfo:
    names = usernames(session, [c.consultant_id, c.maintainer_id])
    record_type = RecordType(c.record_type)
    values: dict[CustomerField, object] = {
        CustomerField.NAME: c.name,
        CustomerField.CONTACT_PERSON: c.contact_person,
        CustomerField.PHONE: c.phones,
        CustomerField.EMAIL: c.email,
        CustomerField.ADDRESS: c.address,
        CustomerField.ID_NUMBER: c.id_number,
        CustomerField.DEPARTMENT: c.department,
        CustomerField.PRODUCT_LINES: c.product_lines,
        CustomerField.CONSULTANT: c.consultant_id,
        CustomerField.EVENT_DATE: c.event_date,
        CustomerField.SHELF_LOCATION: c.shelf_location,
        CustomerField.ADMISSION: c.admission,
    }
    in_force = bl.entries_in_force(domain_entries(session, [c.id]), c.id, today)
    return CustomerInfo(
        id=c.id,
        archive_number=c.archive_number,
        record_type=record_type,
        department=c.department,
        product_lines=tuple(c.product_lines),
        name=c.name,
        contact_person=c.contact_person,
        phones=tuple(c.phones),
        email=c.email,
        address=c.address,
        id_number=c.id_number,
        consultant_id=c.consultant_id,
        consultant=names.get(c.consultant_id) if c.consultant_id else None,
        grade=Grade(c.grade) if c.grade else None,
        prospect_level=ProspectLevel(c.prospect_level) if c.prospect_level else None,
        admission=checklist_of(c.admission),
        shelf_location=c.shelf_location,
        event_date=c.event_date,
        entry_kind=EntryKind(c.entry_kind),
        entered_at=c.entered_at,
        entered_late=_entered_late(c),
        maintainer=names.get(c.maintainer_id, ""),
        status=CustomerStatus(c.status),
        void_reason=c.void_reason,
        voided_at=c.voided_at,
        readmitted_on=c.readmitted_on,
        version=c.version,
        missing_fields=missing_fields(record_type, values),
        blacklisted_until=max((e.last_day for e in in_force), default=None),
    )
