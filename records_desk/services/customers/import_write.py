"""The import's commit, its writing part (issue 10 §3): each listed row's file built
(`RowMaker`, from the service draft of the row), then the files, their first versions and
search rows, their grade changes and their data-quality rows written in bulk, in the
caller's transaction (services/customers/imports.py holds the checks around it and the
audit entry). The preview's work is reused where it gives the same answer: the phones it
read (`ImportResult.phone_facts`) and the duplicate keys of every file whose name, phones and
ID number are stored as the preview read them. The INSERTs run on a second thread while the
next rows are built (store.bulk.background_inserts: what is stored is the same): each part's
data-quality rows are worked out as soon as the part is handed over, and the search indexes'
rows are gathered and written once every file is (`release_gathered`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from records_desk.domain.customers.archive_numbers import ArchiveCodes
from records_desk.domain.customers.errors import ImportCancelled
from records_desk.domain.customers.timeliness import EntryKind
from records_desk.domain.customers.vocabulary import AdmissionChecklist
from records_desk.exchange.customers import rows as xrows
from records_desk.exchange.customers.imports import ImportResult
from records_desk.services.common.dto import Principal
from records_desk.services.customers.dto import CustomerDraft
from records_desk.services.customers.import_bulk import (
    BulkWritten,
    NewRow,
    RowMaker,
    add_rows,
    long_lived,
)
from records_desk.services.customers.import_checks import (
    GRADE_CHANGE_COLUMNS,
    QuotaBreach,
    grade_changes,
)
from records_desk.services.customers.quality_upkeep import NewFiles
from records_desk.store.bulk import (
    background_inserts,
    bulk_write,
    insert_rows,
    release_gathered,
)
from records_desk.store.customers import Customer, GradeChange


def write_files(
    session: Session,
    result: ImportResult,
    consultants: dict[str, int],
    actor: Principal,
    now: datetime,
    codes: ArchiveCodes,
    reason: str | None,
    breaches: tuple[QuotaBreach, ...],
    progress: Callable[[int, int | None], None] | None,
    cancelled: Callable[[], bool] | None,
    *,
    chunk: int = 1000,
) -> BulkWritten:
    """The commit's writing, in its transaction: each draft's row built (RowMaker), then the
    files, their first versions and search rows (add_rows), their grade changes and their
    data-quality rows written in bulk. `progress(done, total)` and `cancelled()` between
    chunks of `chunk` files."""
    total = len(result.drafts)
    name = Path(result.path).name
    with long_lived() as settle:  # the drafts and the rows: kept to the end
        rows = []
        make = RowMaker(actor, now, codes)
        for start, part in enumerate(_chunks(result.drafts, chunk)):
            if cancelled is not None and cancelled():
                raise ImportCancelled(result.path)  # the unit of work rolls back
            rows += [make(service_draft(d, consultants), d.grade) for d in part]
            settle()  # the rows built so far
            if progress is not None:  # building is about half of the work, writing the rest
                progress((start * chunk + len(part)) // 2, total)
        if cancelled is not None and cancelled():
            raise ImportCancelled(result.path)

        # Core inserts fire no session event: their data-quality problems are worked out
        # here, in the import's transaction, so the next look only reads them (R-DQ) — from
        # the rows as written, not read back (quality_upkeep), each part as soon as it is
        # written (the writer's thread inserts the next part meanwhile).
        quality = NewFiles(session, result.phone_facts)
        keys = _known_keys(rows, result)
        recorded = [0]

        def record_up_to(done: int) -> None:
            quality.record(
                (r.values for r in rows[recorded[0] : done]), islice(keys, done - recorded[0])
            )
            recorded[0] = done

        def written_so_far(done: int) -> None:
            record_up_to(done)
            if progress is not None:
                progress(total // 2 + done // 2, total)
            if cancelled is not None and cancelled():
                raise ImportCancelled(result.path)  # the unit of work rolls back

        with bulk_write(session), background_inserts(session):
            bulk = add_rows(
                session, rows, actor, codes, f"import {name}",
                chunk=chunk * 5, progress=written_so_far,
            )  # fmt: skip
            release_gathered(session)  # the search indexes' rows: one statement each
            grades = grade_changes(
                cast(list[Customer], rows), result.drafts, actor, now, name, reason, breaches
            )
            # rows too: one executemany, not an INSERT per object
            insert_rows(session, _table(GradeChange), GRADE_CHANGE_COLUMNS, grades)
            record_up_to(len(rows))  # any part add_rows did not report (none: it reports each)
    return bulk


def _known_keys(rows: Sequence[NewRow], result: ImportResult) -> Iterator[tuple[str, ...] | None]:
    """Each file's duplicate keys as the preview worked them out (ImportResult.duplicate_keys),
    when its name, phones and ID number are stored as the preview read them (the keys are
    domain.duplicates.duplicate_keys of those three alone), else None: worked out again."""
    known = result.duplicate_keys
    for row, draft in zip(rows, result.drafts, strict=True):
        v = row.values
        same = (
            v["name"] == draft.name
            and v["phones"] == draft.phones
            and v["id_number"] == (draft.id_number or "")
        )
        yield known.get(draft.row) if same else None


_NONE_MET = AdmissionChecklist()  # frozen: one checklist shared by every file


def service_draft(d: xrows.CustomerDraft, consultants: dict[str, int]) -> CustomerDraft:
    """A listed row as the file service's draft: an imported file, its consultant matched
    by name (`consultants`), its admission checklist not recorded when the list says none."""
    checklist = d.admission or _NONE_MET  # not recorded: never taken as met (R-GRD-1)
    return CustomerDraft(
        record_type=d.record_type,
        name=d.name,
        department=d.department or "",
        product_lines=d.product_lines,
        contact_person=d.contact_person or "",
        phones=d.phones,
        email=d.email or "",
        address=d.address or "",
        id_number=d.id_number or "",
        consultant_id=consultants.get(d.consultant) if d.consultant else None,
        prospect_level=d.prospect_level,
        admission=checklist,
        shelf_location=d.shelf_location or "",
        event_date=d.event_date,
        entry_kind=EntryKind.IMPORTED,
        archive_number=d.archive_number,
    )


def _table(model: type[GradeChange]) -> Table:
    return cast(Table, model.__table__)


def _chunks(
    items: Sequence[xrows.CustomerDraft], size: int
) -> Iterator[Sequence[xrows.CustomerDraft]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
