"""Writing an import's files in bulk (issue 10 §3), and the demo's: one transaction, rows
inserted many at a time, the search index built for the batch at once.

The files are the ones `new_files.new_file` would make — the same domain steps, in the same
order: R-GRD-1 admission, the fields in their stored form (`normalise_field` of each field in
`normalise_changes`'s order), the old number checked (`own_archive_number`), R-CUS-5 the event
not after the entry, numbered by `number_files` (R-CUS-2: claimed numbers first, then the next
of each code and year under the sequence lock) — but made by `RowMaker`, which normalises and
checks each value repeated down a list once (a department, a product line, an event day …)
and trims a plain text within its limit itself (what check_length returns for it; anything
else goes through normalise_field), and written as plain tuples, not ORM objects: `store.bulk.insert_rows` (one executemany per
chunk, each column converted by its own type as a Core insert would, no per-row dictionaries
or compiled parameters), each file with its first version (R-CUS-3: the revision's snapshot
is the row as written, at the file's entry moment) and its search-index rows
(store.search_index.add_new_files).

Decisions: ids are given here, above the highest on record, inside the writer's transaction
(SQLite's BEGIN IMMEDIATE holds the write lock, PostgreSQL's sequence is not used by
SQLite-only installs; a later insert that lets the database choose still gets a higher id).
No ORM event fires for these rows: `BulkWritten.customer_ids` lists every new file, so a
caller keeping derived data current (data quality) can look at exactly those. A batch keeps
its drafts and rows out of the collector's full collections while it is written
(`long_lived`).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from records_desk.domain.common.identifiers import (
    normalise_email,
    normalise_id_number,
    phone_digits,
)
from records_desk.domain.customers.archive_numbers import ArchiveCodes, ArchiveNumber
from records_desk.domain.customers.files import (
    CustomerStatus,
    EditableField,
    RevisionKind,
    normalise_field,
)
from records_desk.domain.customers.limits import LIMITS, MAX_ITEMS, LimitedText
from records_desk.domain.customers.timeliness import EntryKind
from records_desk.domain.customers.vocabulary import (
    Grade,
    RecordType,
    admission_required,
    check_admission,
    check_listed_admission,
)
from records_desk.services.common.dto import Principal
from records_desk.services.customers.dto import CustomerDraft
from records_desk.services.customers.new_files import number_files, own_archive_number
from records_desk.services.customers.records import check_event_date
from records_desk.store import search_index
from records_desk.store.bulk import insert_rows
from records_desk.store.customers import Customer, CustomerRevision

_F = EditableField
# Fields whose values repeat down a list (a department, a product line, a contact, a shelf,
# an event day, a checklist): each distinct value normalised once. RowMaker normalises the
# others (a name, phones, an e-mail …) each time, every field in normalise_changes's order.
_REPEATED = (
    _F.DEPARTMENT, _F.PRODUCT_LINES, _F.CONTACT_PERSON, _F.SHELF_LOCATION, _F.EVENT_DATE,
    _F.ADMISSION,
)  # fmt: skip
_ACTIVE = CustomerStatus.ACTIVE.value
_QUALIFIED = Grade.QUALIFIED
COLUMNS = tuple(c.key for c in Customer.__table__.columns)
_REVISION_COLUMNS = (
    "customer_id", "version", "snapshot", "account_id", "at", "reason", "kind",
    "change_request_id",
)  # fmt: skip
_INDEXED = itemgetter(*search_index.SOURCE_COLUMNS.replace(" ", "").split(","))


class NewRow:
    """A file being built: its column values, and the attributes `number_files` and
    `grade_changes` read from a Customer (record_type, entered_at, archive_number, id …)."""

    __slots__ = ("values", "number")

    def __init__(self, values: dict[str, Any], number: ArchiveNumber | str | None) -> None:
        self.values = values
        self.number = number

    def __getattr__(self, name: str) -> Any:
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        if name in NewRow.__slots__:
            object.__setattr__(self, name, value)
        else:
            self.values[name] = value


class RowMaker:
    """The rows `new_files.new_file` would make of the drafts of one batch (one actor, one
    moment unless each file says its own, one set of codes; module docstring): the same steps
    and checks, each value repeated down the list (a department, a product line, a shelf,
    an event day, an admission checklist …) normalised and checked once, a plain text within
    its limit trimmed here (`_text`, `_phones`): the same values
    (tests/unit/test_import_rows_are_the_domains_stored_form.py)."""

    def __init__(self, actor: Principal, now: datetime, codes: ArchiveCodes) -> None:
        self.actor, self.now, self.codes = actor, now, codes
        # field -> value -> stored form, for the repeated fields (none holds both 1 and
        # True, the one pair of unequal values that are equal keys: ids are not memoised)
        self._normalised: dict[EditableField, dict[Any, Any]] = {f: {} for f in _REPEATED}
        self._admitted: set[tuple[RecordType, Any, EntryKind]] = set()
        self._on_time: set[tuple[str, date | None, datetime]] = set()
        self._graded: dict[RecordType, bool] = {}

    def __call__(
        self, draft: CustomerDraft, grade: Grade | None, at: datetime | None = None
    ) -> NewRow:
        """The draft's row, entered `at` (default: the batch's moment)."""
        now = self.now if at is None else at
        admission = (draft.record_type, draft.admission, draft.entry_kind)
        if admission not in self._admitted:
            listed = draft.entry_kind is EntryKind.IMPORTED  # may arrive with none recorded
            (check_listed_admission if listed else check_admission)(*admission[:2])
            self._admitted.add(admission)
        # normalise_changes of the draft's fields, field by field, in its order
        department = self._repeated(_F.DEPARTMENT, draft.department)
        product_lines = self._repeated(_F.PRODUCT_LINES, draft.product_lines)
        name = _text(_F.NAME, draft.name)
        contact = self._repeated(_F.CONTACT_PERSON, draft.contact_person)
        phones = _phones(draft.phones)
        email = _text(_F.EMAIL, draft.email)
        address = _text(_F.ADDRESS, draft.address)
        id_number = _text(_F.ID_NUMBER, draft.id_number)
        consultant = draft.consultant_id
        if consultant is not None and consultant.__class__ is not int:
            consultant = normalise_field(_F.CONSULTANT_ID, consultant)
        shelf = self._repeated(_F.SHELF_LOCATION, draft.shelf_location)
        event = self._repeated(_F.EVENT_DATE, draft.event_date)
        checklist = self._repeated(_F.ADMISSION, draft.admission)
        kind = draft.record_type
        graded = self._graded.get(kind)
        if graded is None:
            graded = self._graded[kind] = admission_required(kind)
        event_day = _day(event)
        values: dict[str, Any] = {
            "record_type": kind.value,
            "grade": (grade or _QUALIFIED).value if graded else None,
            "prospect_level": draft.prospect_level.value if draft.prospect_level else None,
            "entry_kind": draft.entry_kind.value,
            "entered_at": now,
            "maintainer_id": self.actor.account_id,
            "status": _ACTIVE,
            "version": 1,
            "updated_at": now,
            "void_reason": None,
            "voided_at": None,
            "voided_by_id": None,
            "readmitted_on": None,
            "archive_number": None,
            # normalise_changes's fields, in its order
            "department": department,
            "product_lines": product_lines,
            "name": name,
            "contact_person": contact,
            "phones": phones,
            "email": email,
            "address": address,
            "id_number": id_number,
            "consultant_id": consultant,
            "shelf_location": shelf,
            "event_date": event_day,
            "admission": checklist,
            "phone_digits": tuple(
                p if p.isdigit() and p.isascii() else phone_digits(p) for p in phones
            ),
        }  # fmt: skip
        row = NewRow(
            values, own_archive_number(draft, self.codes) if draft.archive_number else None
        )
        timing = (values["entry_kind"], event_day, now)
        if timing not in self._on_time:
            check_event_date(*timing)
            self._on_time.add(timing)
        return row

    def _repeated(self, field: EditableField, value: Any) -> Any:
        """normalise_field of a value repeated down the list, worked out once per value (a
        list kept as a tuple: shared by many rows, never changed in place)."""
        memo = self._normalised[field]
        try:
            return memo[value]
        except KeyError:
            done = normalise_field(field, value)
            memo[value] = done = tuple(done) if isinstance(done, list) else done
            return done
        except TypeError:  # not hashable: normalised each time
            return normalise_field(field, value)


# The limit of each text field normalise_field checks with check_length (domain.limits).
_LIMIT = {
    f: LIMITS[LimitedText(f.value)]
    for f in (_F.NAME, _F.EMAIL, _F.ADDRESS, _F.ID_NUMBER)
}  # fmt: skip
_PHONE_LIMIT = LIMITS[LimitedText.PHONE]
_MAX_PHONES = MAX_ITEMS[LimitedText.PHONE]


def _text(field: EditableField, value: Any) -> Any:
    """normalise_field(field, value) of a name, e-mail, address or ID number: a plain text
    within its limit (the usual cell: the preview refused longer ones) trimmed here, as
    check_length trims it, and given the field's own step; anything else (None, another
    type, a text over the limit, an empty name) by normalise_field itself, which raises
    what it raises."""
    if value.__class__ is str and len(value) <= _LIMIT[field]:
        text = value.strip()
        if field is _F.EMAIL:
            return normalise_email(text)
        if field is _F.ID_NUMBER:
            return normalise_id_number(text)
        if text or field is not _F.NAME:  # a file always has a name (FieldRequired)
            return text
    return normalise_field(field, value)


def _phones(value: Any) -> tuple[str, ...]:
    """normalise_field(PHONES, value) as a tuple: trimmed, blank ones dropped, each kept
    once, in order; a tuple of plain texts within the limits done here, anything else by
    normalise_field (which raises TextTooLong or TooManyItems as it finds them)."""
    if value.__class__ is tuple:
        found: list[str] = []
        for item in value:
            if item.__class__ is not str or len(item) > _PHONE_LIMIT:
                break
            text = item.strip()
            if text and text not in found:
                found.append(text)
        else:
            if len(found) <= _MAX_PHONES:
                return tuple(found)
    return tuple(normalise_field(_F.PHONES, value))


@lru_cache(maxsize=4096)
def _day(stored: str | None) -> date | None:
    return date.fromisoformat(stored) if stored else None


@contextmanager
def long_lived() -> Iterator[Callable[[], None]]:
    """For a batch that builds 100,000s of objects kept to its end (drafts, rows): the
    objects alive now, and those alive when the caller calls the function it is given
    (`settle()`, after building its rows), are left out of the garbage collector's full
    collections until the batch ends (gc.freeze; gc.unfreeze after: they are collected as
    usual again, garbage among them included). The collector keeps running for everything
    made later, so the batch's passing garbage is collected as it goes; what it saves is
    walking the same long-lived rows again on every full collection (about 1.5 s of a
    100,000-row import: bench/README.md). Nothing is done when objects are frozen already
    (someone else froze them: theirs to unfreeze)."""
    if gc.get_freeze_count():
        yield lambda: None
        return
    gc.freeze()
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()


@dataclass(frozen=True)
class BulkWritten:
    customer_ids: tuple[int, ...]
    archive_numbers: tuple[str, ...]


def add_rows(
    session: Session,
    rows: Sequence[NewRow],
    actor: Principal,
    codes: ArchiveCodes,
    reason: str,
    *,
    chunk: int = 5000,
    progress: Callable[[int], None] | None = None,
) -> BulkWritten:
    """Number the rows (R-CUS-2), give them ids and insert them with their first versions
    (R-CUS-3, each at its file's entry moment) and their search-index rows, in the caller's
    transaction."""
    number_files(
        session,
        cast(Sequence[tuple[Customer, ArchiveNumber | str | None]], [(r, r.number) for r in rows]),
        lambda record_type: codes.code_for(RecordType(record_type)),
    )
    first = int(session.scalar(select(func.max(Customer.id))) or 0) + 1
    for offset, row in enumerate(rows):
        row.values["id"] = first + offset
    session.flush()  # the sequences number_files moved
    columns = itemgetter(*COLUMNS)
    customers = cast(Table, Customer.__table__)
    revisions = cast(Table, CustomerRevision.__table__)
    kind = RevisionKind.REGISTERED.value
    entered = lru_cache(maxsize=16)(datetime.isoformat)  # an import's files share one moment
    for start in range(0, len(rows), chunk):
        part = [r.values for r in rows[start : start + chunk]]
        insert_rows(session, customers, COLUMNS, [columns(v) for v in part])
        insert_rows(
            session,
            revisions,
            _REVISION_COLUMNS,
            [(v["id"], 1, _snapshot(v, entered(v["entered_at"])), actor.account_id,
              v["entered_at"], reason, kind, None)
             for v in part],
        )  # fmt: skip
        search_index.add_new_files(session, [_INDEXED(v) for v in part])
        if progress is not None:
            progress(start + len(part))
    return BulkWritten(
        tuple(r.values["id"] for r in rows), tuple(r.values["archive_number"] for r in rows)
    )


def _snapshot(v: dict[str, Any], entered_at: str) -> dict[str, Any]:
    """records.snapshot of the row as written."""
    event = v["event_date"]
    return {
        "archive_number": v["archive_number"],
        "record_type": v["record_type"],
        "status": v["status"],
        "void_reason": None,
        "department": v["department"],
        "product_lines": v["product_lines"],
        "name": v["name"],
        "contact_person": v["contact_person"],
        "phones": v["phones"],
        "email": v["email"],
        "address": v["address"],
        "id_number": v["id_number"],
        "consultant_id": v["consultant_id"],
        "shelf_location": v["shelf_location"],
        "event_date": event.isoformat() if event else None,
        "admission": v["admission"],
        "grade": v["grade"],
        "prospect_level": v["prospect_level"],
        "entry_kind": v["entry_kind"],
        "entered_at": entered_at,
        "maintainer_id": v["maintainer_id"],
        "readmitted_on": None,
    }
