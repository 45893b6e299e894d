"""Importing the office's customer lists (issue 4 item 10, R-AUD-2): a preview that shows every
problem before anything is written, then one all-or-nothing commit.

`preview` reads and checks the file (exchange.customer_import: every row validated, duplicates
within the file) and then against the database: archive numbers already on a file (a row
error: R-CUS-2), likely duplicates of files on record (normalised name + phone, or ID — R-DQ-1
uniqueness; reported, not refused: the office decides), consultants that match no account
(reported; the file is imported without one) and the grade quotas the batch would break
(R-GRD-2, per department and product line, as the GradingService counts them).

`commit` registers every valid row in ONE transaction through the same path as a single
registration (new_files.new_file/add_files: numbers issued or claimed, first versions, the
search index): any invalid row and nothing is written (ImportInvalid); cancelled — nothing is
written (ImportCancelled); a batch over a quota is refused (QuotaExceeded) unless the actor
may override (grade.override) and gives a reason, which is kept on each grade_change row and
in the audit entry. One audit entry "customer.import" records file, sheet, rows, written, the
first and last archive number and who (R-AUD-2).

Decisions: a file that does not say whether the admission criteria are met (no such column)
gets its checklist recorded as not recorded — never as met (vocabulary.check_listed_admission;
data quality lists the gap until someone records it; R-GRD-1 is checked when the column is
there). Imported files are entered as EntryKind.IMPORTED: moved from the
earlier list, never counted as late entries (R-CUS-5, domain/customers/timeliness.py). A row's note has no field on the file and is not kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.errors import DomainError
from records_desk.domain.common.permissions import Action
from records_desk.domain.customers.archive_numbers import ArchiveCodes
from records_desk.domain.customers.errors import ImportCancelled, ImportInvalid, QuotaExceeded
from records_desk.domain.customers.file_errors import ArchiveNumberTaken
from records_desk.domain.customers.grading import (
    QuotaPolicy,
)
from records_desk.domain.customers.limits import LimitedText, check_length
from records_desk.exchange.customers import rows as xrows
from records_desk.exchange.customers.columns import ColumnMapping, ImportField, column_letter
from records_desk.exchange.customers.gaps import annotate
from records_desk.exchange.customers.imports import ImportResult, RowError, read_customers
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.customers.grading import breach_details
from records_desk.services.customers.import_bulk import long_lived
from records_desk.services.customers.import_checks import (
    DuplicateInDatabase,
    batch_breaches,
    duplicates_in_db,
    match_consultants,
)
from records_desk.services.customers.import_write import service_draft, write_files
from records_desk.services.customers.new_files import (
    own_archive_number,
    taken_archive_numbers,
)
from records_desk.wording.customers import import_report as report

CHUNK = 1000  # files numbered and flushed together; progress and cancel between chunks
SETTLE_EVERY = 5000  # rows read between two looks at what is kept (import_bulk.long_lived)

Progress = Callable[[int, int | None], None]
Cancelled = Callable[[], bool]


@dataclass
class ImportPreview:
    """What the user sees before anything is written; `commit` takes it as it is."""

    result: ImportResult
    duplicates_in_db: list[DuplicateInDatabase] = field(default_factory=list)
    quota_breaches: list[QuotaExceeded] = field(default_factory=list)
    unmatched_consultants: dict[str, int] = field(default_factory=dict)  # name -> first row
    consultant_ids: dict[str, int] = field(default_factory=dict)
    strict: bool = False  # warnings count as errors: nothing is written while there are any

    @property
    def rows(self) -> int:
        return self.result.rows_read

    @property
    def refused(self) -> int:
        """Rows with an error; `valid` + `refused` == `rows` (each refused row is listed)."""
        return self.result.refused

    @property
    def warnings(self) -> list[dict[str, object]]:
        """Suspicious values imported as typed and likely duplicates (within the file, and of
        files on record), worded: {"row", "column", "value", "problem"} each, by row."""
        rows = report.warning_rows(self.result.warnings, self.result.duplicates_in_file)
        rows += (
            {
                "row": d.row,
                "column": "",
                "value": d.archive_number,
                "problem": report.describe_db_duplicate(d.archive_number, d.name, d.basis),
            }
            for d in self.duplicates_in_db
        )
        rows.sort(key=lambda r: r["row"] or 0)  # type: ignore[arg-type, return-value]
        return rows

    @property
    def has_warnings(self) -> bool:
        r = self.result
        return bool(r.warnings or r.duplicates_in_file or self.duplicates_in_db)

    @property
    def column_problems(self) -> list[dict[str, object]]:
        """Fields some rows need that no column holds, each once (imported with the gap)."""
        return report.report_rows((), self.result.missing_columns)

    @property
    def valid(self) -> int:
        return self.result.valid

    @property
    def errors(self) -> list[RowError]:
        return self.result.errors

    @property
    def ok(self) -> bool:
        """Every row valid, the whole file read, and no warning when strict: a commit may
        write it (quotas aside)."""
        return self.result.ok and not (self.strict and self.has_warnings)

    def error_rows(self) -> list[int]:
        """The rows that stop the commit: those with errors, and when strict with warnings."""
        rows = set(self.result.error_rows)
        if self.strict:
            rows.update(w.row for w in self.result.warnings)
            rows.update(d.row for d in self.result.duplicates_in_file)
            rows.update(d.row for d in self.duplicates_in_db)
        return sorted(rows)

    @property
    def needs_override(self) -> bool:
        return bool(self.quota_breaches)

    def notes(self) -> list[dict[str, object]]:
        """What was found against the database, worded for the report (row, column, value,
        problem): quotas first, then likely duplicates, then unmatched consultants."""
        notes: list[dict[str, object]] = [
            {"row": None, "column": "", "value": "", "problem": report.describe_quota(q)}
            for q in self.quota_breaches
        ]
        notes += (
            {
                "row": d.row,
                "column": "",
                "value": d.archive_number,
                "problem": report.describe_db_duplicate(d.archive_number, d.name, d.basis),
                "kind": report.WARNING,
            }
            for d in self.duplicates_in_db
        )
        notes += (
            {"row": row, "column": "", "value": name, "kind": report.WARNING,
             "problem": report.describe_unmatched_consultant(name)}
            for name, row in self.unmatched_consultants.items()
        )  # fmt: skip
        return notes

    def save_report(self, path: str | Path) -> int:
        """The whole report as xlsx (exchange.report): file problems, row errors, duplicates
        within the file, then `notes`. Returns its row count."""
        return report.write_error_report(
            self.result.errors,
            path,
            file_errors=[*self.result.file_errors, *self.result.missing_columns],
            duplicates=self.result.duplicates_in_file,
            notes=self.notes(),
            warnings=self.result.warnings,  # a kind of their own (report.WARNING)
        )


@dataclass(frozen=True)
class ImportCommitted:
    path: str
    sheet: str | None
    rows: int
    written: int
    first_archive_number: str | None
    last_archive_number: str | None
    override_reason: str | None
    audit_seq: int
    # The new files, in row order: written as rows in bulk (services/customers/import_bulk.py),
    # so no ORM event saw them; whoever keeps data derived from files current looks here.
    customer_ids: tuple[int, ...] = ()


class ImportService:
    def __init__(
        self,
        ctx: ServiceContext,
        codes: ArchiveCodes | Callable[[], ArchiveCodes] | None = None,
        policy: QuotaPolicy | None = None,
    ) -> None:
        self.ctx = ctx
        self._codes = codes or ArchiveCodes()  # fixed, or the office settings read on each use
        self.policy = policy or QuotaPolicy()

    @property
    def codes(self) -> ArchiveCodes:
        return self._codes if isinstance(self._codes, ArchiveCodes) else self._codes()

    def preview(
        self,
        actor: Principal,
        path: str | Path,
        sheet: str | None = None,
        mapping: ColumnMapping | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        *,
        max_rows: int | None = None,
        strict: bool = False,
    ) -> ImportPreview:
        """Read and check the file, then check it against the database (module docstring).
        Nothing is written. `max_rows`: the most rows a file may have (exchange's MAX_ROWS);
        `strict`: warnings stop the commit as errors do."""
        self.ctx.authorize(actor, Action.CUSTOMER_IMPORT)
        today = office_day(self.ctx.now())
        with long_lived() as settle:  # the drafts read so far: kept to the end

            def read_so_far(done: int, total: int | None) -> None:
                if done % SETTLE_EVERY == 0:
                    settle()
                if progress is not None:
                    progress(done, total)

            result = read_customers(
                path, sheet, mapping, read_so_far, cancelled, today=today, max_rows=max_rows
            )
        preview = ImportPreview(result, strict=strict)
        if result.cancelled or not result.drafts:
            annotate(result)  # the gaps counted, duplicates shown as their rows say them
            return preview
        with self.ctx.uow.read() as uow:
            session = uow.session
            self._check_numbers(session, preview)
            preview.consultant_ids, preview.unmatched_consultants = match_consultants(
                session, result.drafts
            )
            preview.duplicates_in_db = duplicates_in_db(
                session, result.drafts, result.duplicate_keys
            )
            preview.quota_breaches = self._quota_breaches(session, result.drafts, today)
        annotate(result)  # after _check_numbers: the gaps of the files a commit writes
        return preview

    def commit(
        self,
        actor: Principal,
        preview_or_path: ImportPreview | str | Path,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        *,
        override_reason: str | None = None,
        sheet: str | None = None,
        mapping: ColumnMapping | None = None,
    ) -> ImportCommitted:
        """Register every row in one transaction, or nothing (module docstring).
        `progress(done, total)` after each chunk of files; `cancelled()` asked as often."""
        if override_reason is not None:
            self.ctx.authorize(actor, Action.GRADE_OVERRIDE)
        actor = self.ctx.authorize(actor, Action.CUSTOMER_IMPORT)
        if isinstance(preview_or_path, ImportPreview):
            preview = preview_or_path
        else:
            preview = self.preview(actor, preview_or_path, sheet, mapping)
        result = preview.result
        if not preview.ok:
            if result.cancelled:
                raise ImportCancelled(result.path)
            raise ImportInvalid(result.path, tuple(preview.error_rows()), len(result.file_errors))
        reason = check_length(LimitedText.REASON, override_reason or "") or None
        now = self.ctx.now()
        name = Path(result.path).name
        codes = self.codes  # read once: from the office settings, not once per row
        with self.ctx.uow.write() as uow:
            session = uow.session
            breaches = batch_breaches(session, result.drafts, office_day(now), self.policy)
            if breaches and reason is None:
                raise breaches[0].error()
            bulk = write_files(
                session, result, preview.consultant_ids, actor, now, codes, reason, breaches,
                progress, cancelled, chunk=CHUNK,
            )  # fmt: skip
            numbers = list(bulk.archive_numbers)
            if cancelled is not None and cancelled():
                raise ImportCancelled(result.path)
            entry = journal.append(
                session,
                now,
                actor.username,
                AuditAction.CUSTOMER_IMPORT,
                f"imported {len(numbers)} customer files from {name}",
                entity_type=AuditTarget.CUSTOMER,
                details={
                    "file": name,
                    "sheet": result.sheet,
                    "rows": result.rows_read,
                    "written": len(numbers),
                    "first_archive_number": numbers[0] if numbers else None,
                    "last_archive_number": numbers[-1] if numbers else None,
                    "duplicates_in_db": len(preview.duplicates_in_db),
                    "override_reason": reason if breaches else None,
                    "breaches": [breach_details(b) for b in breaches],
                },
            )
            seq = entry.seq
            uow.commit()
        return ImportCommitted(
            customer_ids=bulk.customer_ids,
            path=result.path,
            sheet=result.sheet,
            rows=result.rows_read,
            written=len(numbers),
            first_archive_number=numbers[0] if numbers else None,
            last_archive_number=numbers[-1] if numbers else None,
            override_reason=reason if breaches else None,
            audit_seq=seq,
        )

    # --- checks against the database ------------------------------------------------------

    def _check_numbers(self, session: Session, preview: ImportPreview) -> None:
        """R-CUS-2: an own number of the wrong category, or one a file already carries, is an
        error of its row (and the row leaves the valid drafts)."""
        result = preview.result
        assert result.mapping is not None
        column = result.mapping.column_of(ImportField.ARCHIVE_NUMBER)
        letter = column_letter(column) if column is not None else ""
        owned = [d for d in result.drafts if d.archive_number]
        if not owned:
            return
        bad: dict[int, RowError] = {}
        codes = self.codes  # read once: from the office settings, not once per row
        for draft in owned:
            try:
                own_archive_number(service_draft(draft, {}), codes)
            except DomainError as problem:
                bad[draft.row] = RowError(draft.row, letter, draft.archive_number or "", problem)  # type: ignore[arg-type]
        taken = taken_archive_numbers(session, (d.archive_number or "" for d in owned))
        for draft in owned:
            number = draft.archive_number or ""
            if number in taken and draft.row not in bad:
                bad[draft.row] = RowError(draft.row, letter, number, ArchiveNumberTaken(number))
        if bad:
            result.errors.extend(bad.values())
            result.errors.sort(key=lambda e: e.row)
            result.drafts = [d for d in result.drafts if d.row not in bad]

    def _quota_breaches(
        self, session: Session, drafts: Sequence[xrows.CustomerDraft], today: date
    ) -> list[QuotaExceeded]:
        return [b.error() for b in batch_breaches(session, drafts, today, self.policy)]

    # --- writing ---------------------------------------------------------------------------
