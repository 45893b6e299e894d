"""Writing an import's files in bulk (issue 10 §3): one transaction, rows inserted many at a
time, the search index built for the batch at once.

The files are the ones `new_files.new_file` would make — the same domain steps, in the same
order: R-GRD-1 admission, the fields in their stored form (`normalise_changes`), the old
number checked (`own_archive_number`), R-CUS-5 the event not after the entry, numbered by
`number_files` (R-CUS-2: claimed numbers first, then the next of each code and year under the
sequence lock) — but written as rows, not ORM objects: `session.execute(insert(Model), rows)`
(Core INSERTs on the session's connection: one executemany per chunk, column types
applied, no per-object bookkeeping), each file with its first version (R-CUS-3: the revision's snapshot is the row
as written) and its search-index rows (store.search_index.add_new_files).

Decisions: ids are given here, above the highest on record, inside the writer's transaction
(SQLite's BEGIN IMMEDIATE holds the write lock, PostgreSQL's sequence is not used by
SQLite-only installs; a later insert that lets the database choose still gets a higher id).
No ORM event fires for these rows: `BulkWritten.customer_ids` lists every new file, so a
caller keeping derived data current (data quality) can look at exactly those.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from records_desk.domain.common.identifiers import phone_digits
from records_desk.domain.customers.archive_numbers import ArchiveCodes, ArchiveNumber
from records_desk.domain.customers.files import CustomerStatus, RevisionKind, normalise_changes
from records_desk.domain.customers.vocabulary import (
    Grade,
    RecordType,
    admission_required,
    check_admission,
)
from records_desk.services.common.dto import Principal
from records_desk.services.customers.dto import CustomerDraft
from records_desk.services.customers.new_files import number_files, own_archive_number
from records_desk.services.customers.records import check_event_date
from records_desk.store import search_index
from records_desk.store.customers import Customer, CustomerRevision

_FIELDS = (
    "department", "product_lines", "name", "contact_person", "phones", "email", "address",
    "id_number", "consultant_id", "shelf_location", "event_date", "admission",
)  # fmt: skip


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


def new_row(
    draft: CustomerDraft, grade: Grade | None, actor: Principal, now: datetime, codes: ArchiveCodes
) -> NewRow:
    """The row `new_files.new_file` would make of the draft (module docstring)."""
    check_admission(draft.record_type, draft.admission)
    stored = normalise_changes({name: getattr(draft, name) for name in _FIELDS})
    graded = admission_required(draft.record_type)
    event = stored["event_date"]
    values: dict[str, Any] = {
        "record_type": draft.record_type.value,
        "grade": (grade or Grade.QUALIFIED).value if graded else None,
        "prospect_level": draft.prospect_level.value if draft.prospect_level else None,
        "entry_kind": draft.entry_kind.value,
        "entered_at": now,
        "maintainer_id": actor.account_id,
        "status": CustomerStatus.ACTIVE.value,
        "version": 1,
        "updated_at": now,
        "void_reason": None,
        "voided_at": None,
        "voided_by_id": None,
        "readmitted_on": None,
        "archive_number": None,
        **stored,
        "product_lines": list(stored["product_lines"]),
        "phones": list(stored["phones"]),
        "phone_digits": [phone_digits(p) for p in stored["phones"]],
        "admission": list(stored["admission"]),
        "event_date": date.fromisoformat(event) if event else None,
    }
    row = NewRow(values, own_archive_number(draft, codes))
    check_event_date(values["entry_kind"], values["event_date"], now)
    return row


@dataclass(frozen=True)
class BulkWritten:
    customer_ids: tuple[int, ...]
    archive_numbers: tuple[str, ...]


def add_rows(
    session: Session,
    rows: Sequence[NewRow],
    actor: Principal,
    now: datetime,
    codes: ArchiveCodes,
    reason: str,
    *,
    chunk: int = 5000,
    progress: Callable[[int], None] | None = None,
) -> BulkWritten:
    """Number the rows (R-CUS-2), give them ids and insert them with their first versions
    (R-CUS-3) and their search-index rows, in the caller's transaction."""
    number_files(
        session,
        cast(Sequence[tuple[Customer, ArchiveNumber | str | None]], [(r, r.number) for r in rows]),
        lambda c: codes.code_for(RecordType(c.record_type)),
    )
    first = int(session.scalar(select(func.max(Customer.id))) or 0) + 1
    for offset, row in enumerate(rows):
        row.values["id"] = first + offset
    session.flush()  # the sequences number_files moved
    at = now.isoformat()
    # Core INSERTs on the session's connection: one executemany each (the ORM's bulk INSERT
    # pages its statements by SQLite's parameter limit: a few rows per statement here).
    conn = session.connection()
    customers, revisions = insert(Customer), insert(CustomerRevision)
    for start in range(0, len(rows), chunk):
        part = [r.values for r in rows[start : start + chunk]]
        conn.execute(customers, part)
        conn.execute(
            revisions,
            [
                {
                    "customer_id": v["id"],
                    "version": 1,
                    "snapshot": _snapshot(v, at),
                    "account_id": actor.account_id,
                    "at": now,
                    "reason": reason,
                    "kind": RevisionKind.REGISTERED.value,
                    "change_request_id": None,
                }
                for v in part
            ],
        )
        search_index.add_new_files(session, part)
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
