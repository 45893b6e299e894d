"""Registering new files, shared by the customers service (one file), the import (a batch)
and the demo data: a file built from its draft (R-GRD-1 admission, R-CUS-5 event date, its own
old number if it has one) and numbered (R-CUS-2: issued per category code and year, or claimed)
with its first version (R-CUS-3), in the caller's transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from records_desk.domain.customers.archive_numbers import (
    ArchiveCodes,
    ArchiveNumber,
    next_archive_number,
    parse_archive_number,
)
from records_desk.domain.customers.errors import ArchiveNumberInvalid, ArchiveNumberProblem
from records_desk.domain.customers.file_errors import ArchiveNumberTaken
from records_desk.domain.customers.files import CustomerStatus, RevisionKind, normalise_changes
from records_desk.domain.customers.limits import LimitedText, check_length
from records_desk.domain.customers.vocabulary import (
    Grade,
    RecordType,
    admission_required,
    check_admission,
)
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.customers.dto import CustomerDraft
from records_desk.services.customers.records import (
    apply_fields,
    check_event_date,
    new_versions,
)
from records_desk.store.customers import ArchiveSequence, Customer


def draft_fields(draft: CustomerDraft) -> dict[str, object]:
    return {
        "department": draft.department,
        "product_lines": draft.product_lines,
        "name": draft.name,
        "contact_person": draft.contact_person,
        "phones": draft.phones,
        "email": draft.email,
        "address": draft.address,
        "id_number": draft.id_number,
        "consultant_id": draft.consultant_id,
        "shelf_location": draft.shelf_location,
        "event_date": draft.event_date,
        "admission": draft.admission,
    }


NewFile = tuple[Customer, ArchiveNumber | str | None]


def new_file(draft: CustomerDraft, actor: Principal, now: datetime, codes: ArchiveCodes) -> NewFile:
    """The part of registering one file that needs no database, shared by `register` and the
    import: R-GRD-1 admission, the fields in their stored form, R-CUS-5 the event not after
    the entry, and the file's own number if it has one (numbered by `add_files`)."""
    check_admission(draft.record_type, draft.admission)
    fields = normalise_changes(draft_fields(draft))
    own_number = own_archive_number(draft, codes)
    customer = Customer(
        record_type=draft.record_type.value,
        grade=Grade.QUALIFIED.value if admission_required(draft.record_type) else None,
        prospect_level=draft.prospect_level.value if draft.prospect_level else None,
        entry_kind=draft.entry_kind.value,
        entered_at=now,
        maintainer_id=actor.account_id,
        status=CustomerStatus.ACTIVE.value,
        version=0,
    )
    apply_fields(customer, fields)
    check_event_date(customer.entry_kind, customer.event_date, now)
    return customer, own_number


def add_files(
    session: Session,
    files: Sequence[NewFile],
    actor: Principal,
    now: datetime,
    codes: ArchiveCodes,
    reason: str = "",
    shelf_of: Callable[[Customer], str] | None = None,
) -> list[Customer]:
    """Number (R-CUS-2) and add new files, each with its first version (R-CUS-3), in the
    caller's transaction: one file from `register`, a whole batch from the import.
    `shelf_of` gives each numbered file its shelf location before its first version."""
    number_files(session, files, lambda record_type: codes.code_for(RecordType(record_type)))
    customers = [customer for customer, _ in files]
    if shelf_of is not None:
        for customer in customers:
            customer.shelf_location = shelf_of(customer)
    session.add_all(customers)
    new_versions(session, customers, actor, now, reason, RevisionKind.REGISTERED)
    return customers


def own_archive_number(draft: CustomerDraft, codes: ArchiveCodes) -> ArchiveNumber | str | None:
    """An old file's number: one of the office's form is read (any width or case) and
    must carry its record type's code; a legacy number of another shape is kept as typed,
    as it can never collide with an issued one (domain.archive_numbers)."""
    typed = check_length(LimitedText.ARCHIVE_NUMBER, draft.archive_number or "")
    if not typed:
        return None
    try:
        number = parse_archive_number(typed)
    except ArchiveNumberInvalid as invalid:
        if invalid.problem is not ArchiveNumberProblem.BAD_FORMAT:
            raise
        return typed
    if codes.record_type_of(number) is not draft.record_type:
        raise ArchiveNumberInvalid(typed, ArchiveNumberProblem.BAD_CODE)
    return number


# --- archive numbers (R-CUS-2) ---------------------------------------------------------------


def _locked_sequence(session: Session, code: str, year: int) -> ArchiveSequence:
    """The (code, year) sequence row, locked for this transaction: FOR UPDATE on PostgreSQL;
    on SQLite the writer's BEGIN IMMEDIATE already holds the database's write lock. The first
    number of a (code, year) starts above any number already on a file (imported ones)."""
    for _ in range(2):
        query = (
            select(ArchiveSequence)
            .where(ArchiveSequence.code == code, ArchiveSequence.year == year)
            .with_for_update()
        )
        row = session.scalars(query).first()
        if row is not None:
            return row
        used = session.scalars(
            select(Customer.archive_number).where(
                Customer.archive_number.startswith(f"{code}-{year}-", autoescape=True)
            )
        )
        highest = next_archive_number(used, code, year).sequence - 1
        try:
            with session.begin_nested():  # two first registrations: one insert loses, retries
                row = ArchiveSequence(code=code, year=year, last=highest)
                session.add(row)
            return row
        except IntegrityError:
            continue
    raise RuntimeError(f"archive sequence {code}-{year} could not be locked")  # pragma: no cover


def peek_next_number(session: Session, code: str, year: int) -> ArchiveNumber:
    """The number the next file of (code, year) would get now, without taking it (another desk
    may take it first): what the new-file dialog suggests a shelf from."""
    row = session.get(ArchiveSequence, (code, year))
    if row is not None:
        return next_archive_number(
            [ArchiveNumber(code, year, row.last)] if row.last else [], code, year
        )
    used = session.scalars(
        select(Customer.archive_number).where(
            Customer.archive_number.startswith(f"{code}-{year}-", autoescape=True)
        )
    )
    return next_archive_number(used, code, year)


def taken_archive_numbers(session: Session, numbers: Iterable[str]) -> set[str]:
    """Which of these numbers a file already carries (asked in chunks: SQLite's bound
    parameters are limited)."""
    wanted = list(dict.fromkeys(numbers))
    taken: set[str] = set()
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        taken.update(
            session.scalars(
                select(Customer.archive_number).where(Customer.archive_number.in_(chunk))
            )
        )
    return taken


def number_files(
    session: Session,
    files: Sequence[tuple[Customer, ArchiveNumber | str | None]],
    code_of: Callable[[str], str],
) -> None:
    """R-CUS-2 for one file or a batch. An old file's own number is claimed: unique
    (ArchiveNumberTaken), and when it is of the office's form its sequence moves past it, so it
    is never issued again. Every other file gets the next number of its category code and the
    year it was entered, one above the highest ever issued. One sequence lock per code and
    year, held to the end of the caller's transaction. `code_of`: a record type's category
    code (asked once per record type)."""
    own = [str(number) for _, number in files if number is not None]
    taken = taken_archive_numbers(session, own)
    if taken:
        raise ArchiveNumberTaken(next(n for n in own if n in taken))
    sequences: dict[tuple[str, int], ArchiveSequence] = {}

    def sequence(code: str, year: int) -> ArchiveSequence:
        key = (code, year)
        if key not in sequences:
            sequences[key] = _locked_sequence(session, code, year)
        return sequences[key]

    with session.no_autoflush:
        for customer, number in files:  # claims first: issued numbers then start above them
            if number is None:
                continue
            customer.archive_number = str(number)
            if isinstance(number, ArchiveNumber):
                row = sequence(number.code, number.year)
                row.last = max(row.last, number.sequence)
        codes: dict[str, str] = {}
        years: dict[datetime, int] = {}  # a batch is entered at one moment, or a few
        for customer, number in files:
            if number is not None:
                continue
            kind, at = customer.record_type, customer.entered_at
            code = codes.get(kind) or codes.setdefault(kind, code_of(kind))
            year = years.get(at) or years.setdefault(at, office_day(at).year)
            row = sequence(code, year)
            issued = next_archive_number(
                [ArchiveNumber(code, year, row.last)] if row.last else [], code, year
            )
            row.last = issued.sequence
            customer.archive_number = str(issued)
