"""Reading the office's customer lists from Excel into validated drafts and a report.

Nothing here touches the database: `read_customers` returns plain `CustomerDraft`s for the
importable rows, a `RowError` (row and column as Excel shows them, the value, a typed problem)
for every impossible cell (`errors`) and every suspicious one kept as typed (`warnings`: a
phone, e-mail or ID failing its check), the likely duplicates within the file (R-DQ-1
uniqueness, domain.quality's keys), the fields some rows need that no column holds, each once
(`missing_columns`: a gap, not a refusal — issue 10), and file-level problems (no header row,
no name column). The customer service commits the drafts all-or-nothing and checks duplicates
against the database. Every row read is either importable or refused: rows_read == valid +
refused.

The sheet is the one named, or else the first whose first 10 rows hold a header row (the
first non-empty row naming at least two fields); rows above it (titles) and empty rows are
skipped, and rows and columns are named as Excel shows them (A, B, … AA). The sheet is read
with python-calamine (calamine_reader.py: values only, parsed in Rust, one row at a time
into Python), so a 100,000-row file never sits in memory as Python cells; the size a file
records is used only for the progress estimate, never to stop reading.
A file of more than `MAX_ROWS` rows (200,000 unless the caller says otherwise) is refused with
one problem, TooManyRows, before the workbook is opened when its sheet's XML shows it
(sheet_size.py: a fraction of a second and a few MiB for a full 1,048,576-row sheet), or else
as soon as the row over the limit is read; either way it yields no drafts and no row errors.
`progress(done, total_estimate)` is called every 500 rows and `cancelled()` asked as often — a
cancelled result holds no drafts, so nothing can be written from it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple

from records_desk.domain.common.errors import DomainError
from records_desk.domain.customers.duplicates import DuplicateBasis, DuplicateProbe, duplicate_keys
from records_desk.domain.customers.quality import PhoneFacts
from records_desk.domain.customers.vocabulary import REQUIRED_FIELDS, RecordType
from records_desk.exchange.common.calamine_reader import Sheet, Workbook
from records_desk.exchange.common.sheets import (  # the problems re-exported: the import's own
    HEADER_SEARCH_ROWS,
    HeaderRowNotFound,
    ReadCounts,
    SheetNotFound,
    TooManyRows,
    WorkbookUnreadable,
    blank,
    choose_sheet,
    open_workbook,
    too_many_rows,
)
from records_desk.exchange.customers.cells import RowProblem
from records_desk.exchange.customers.columns import (
    ColumnMapping,
    ImportField,
    column_letter,
    recognised_count,
)
from records_desk.exchange.customers.rows import CustomerDraft, RowReader

__all__ = [
    "HEADER_SEARCH_ROWS",
    "HeaderRowNotFound",
    "SheetNotFound",
    "TooManyRows",
    "WorkbookUnreadable",
]

PROGRESS_EVERY = 500
# The most rows below the header an import reads (issue 9): an office's list is a few
# thousand; the benchmark's 100,000 take about a minute to check and commit on a busy
# 2-core machine (bench/import_bulk.py). `customers import --max-rows N` and
# read_customers(max_rows=...) choose another.
MAX_ROWS = 200_000


@dataclass(frozen=True, slots=True)
class RowError:
    """One wrong cell: row as Excel numbers it, column letter ("" for a missing column), the
    value as Excel shows it, and what is wrong (worded by wording/customers/import_report.py)."""

    row: int
    column: str
    value: str
    problem: RowProblem


class DuplicateInFile(NamedTuple):
    """Two rows of the file that are likely the same customer (R-DQ-1 uniqueness)."""

    first_row: int
    row: int
    key: tuple[DuplicateBasis, str]


# --- file-level problems ---------------------------------------------------------------------


@dataclass
class ColumnMissing(DomainError):
    """A field has no column: for every row (the name, or the record type when the file gives
    no default — a file error: nothing can be read), or for rows of `record_type` (first at
    `first_row`), a column problem reported once and no refusal: those rows are imported with
    the gap, which data quality lists (issue 10)."""

    field: ImportField
    record_type: RecordType | None = None
    first_row: int | None = None

    def __str__(self) -> str:
        rows = f" (rows of {self.record_type}, first {self.first_row})" if self.record_type else ""
        return f"no column for {self.field}{rows}"


FileProblem = WorkbookUnreadable | SheetNotFound | HeaderRowNotFound | ColumnMissing | TooManyRows


@dataclass
class ImportResult(ReadCounts):
    """Everything a preview shows and a commit needs. `drafts` holds the valid rows even when
    other rows are wrong: whether to write anything is the caller's decision (`ok`)."""

    path: str
    sheet: str | None = None
    header_row: int | None = None
    mapping: ColumnMapping | None = None
    rows_estimate: int | None = None  # rows below the header as the file claims (progress)
    rows_read: int = 0  # non-empty rows below the header
    drafts: list[CustomerDraft] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    duplicates_in_file: list[DuplicateInFile] = field(default_factory=list)
    file_errors: list[FileProblem] = field(default_factory=list)
    # Suspicious values kept in their drafts (a phone, e-mail or ID failing its check): listed,
    # not refused; a strict import treats them as errors (ImportPreview.ok).
    warnings: list[RowError] = field(default_factory=list)
    # Fields some rows' record type needs that no column holds, each reported once: the rows
    # are imported with the gap (R-DQ-1 completeness, listed in data quality).
    missing_columns: list[ColumnMissing] = field(default_factory=list)
    cancelled: bool = False
    # Row -> its duplicate keys ("basis\x1fvalue"), for the drafts: worked out once, while
    # reading, and looked up again against the database by the import service.
    duplicate_keys: dict[int, tuple[str, ...]] = field(default_factory=dict)
    # Each phone text's (valid, key), read once for the file: the commit's data-quality
    # checks read the same phones again (quality_upkeep.record_new_files).
    phone_facts: PhoneFacts = field(default_factory=PhoneFacts, repr=False, compare=False)


# --- reading ---------------------------------------------------------------------------------


def _prepare(
    path: str | Path,
    sheet: str | None,
    mapping: ColumnMapping | None,
    default_record_type: RecordType | None,
) -> tuple[ImportResult, Workbook | None]:
    """The result with sheet, header row, mapping and missing columns filled in, and the open
    workbook (None when there is nothing to read; the caller closes it)."""
    path = Path(path)
    result = ImportResult(path=str(path))
    report = result.file_errors.append
    wb = open_workbook(path, report)
    if wb is None:
        return result, None
    matches = None if mapping is None else mapping.matches
    chosen = choose_sheet(wb, result.path, sheet, report, recognised_count, matches)
    if chosen is None:
        wb.close()
        return result, None
    ws, (header_row, headers), claimed = chosen
    result.sheet, result.header_row = ws.title, header_row
    if claimed and claimed > header_row:
        result.rows_estimate = claimed - header_row
    result.mapping = mapping or ColumnMapping.auto(headers)
    required = [ImportField.NAME]
    if default_record_type is None:
        required.append(ImportField.RECORD_TYPE)
    elif result.mapping.column_of(ImportField.RECORD_TYPE) is None:
        required += [ImportField(f.value) for f in REQUIRED_FIELDS[default_record_type]]
    for missing in result.mapping.missing(required):
        if missing in _ALWAYS_NEEDED:
            result.file_errors.append(ColumnMissing(missing))
        else:  # a gap of every row, not a refusal
            result.missing_columns.append(ColumnMissing(missing, default_record_type))
    return result, wb


_ALWAYS_NEEDED = frozenset({ImportField.NAME, ImportField.RECORD_TYPE})


def detect_columns(
    path: str | Path,
    sheet: str | None = None,
    default_record_type: RecordType | None = None,
    *,
    max_rows: int | None = None,
) -> ImportResult:
    """Sheet, header row and automatic mapping, reading no data rows: what a UI shows for the
    user to adjust before `read_customers(..., mapping=...)`. A file over the row limit is
    refused here already (opening it would hold its shared strings in memory)."""
    limit = MAX_ROWS if max_rows is None else max_rows
    if too_many_rows(path, sheet, limit):
        return _refused(ImportResult(path=str(Path(path))), limit)
    result, wb = _prepare(path, sheet, None, default_record_type)
    if wb is not None:
        wb.close()
    return result


def read_customers(
    path: str | Path,
    sheet: str | None = None,
    mapping: ColumnMapping | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    default_record_type: RecordType | None = None,
    today: date | None = None,
    max_rows: int | None = None,
) -> ImportResult:
    """Read and validate every row of the customer sheet (see the module docstring).

    `sheet` None takes the first sheet with a header row; `mapping` None matches the headers
    automatically; `default_record_type` serves a file without a record-type column (and rows
    with that cell empty); `today` (default: today) is the latest event date allowed;
    `max_rows` (default MAX_ROWS) the most rows below the header."""
    limit = MAX_ROWS if max_rows is None else max_rows
    if too_many_rows(path, sheet, limit):
        return _refused(ImportResult(path=str(Path(path))), limit)
    result, wb = _prepare(path, sheet, mapping, default_record_type)
    if wb is None:
        return result
    try:
        if not any(isinstance(p, ColumnMissing) for p in result.file_errors):
            assert result.sheet is not None  # set with the header row
            ws = wb.sheet(result.sheet)
            today = today or date.today()
            _read_rows(ws, result, progress, cancelled, default_record_type, today, limit)
    finally:
        wb.close()
    return result


def _refused(result: ImportResult, limit: int) -> ImportResult:
    """The result of a file over the row limit: one problem, nothing else kept."""
    result.drafts.clear()
    result.errors.clear()
    result.duplicates_in_file.clear()
    result.duplicate_keys.clear()
    result.warnings.clear()
    result.missing_columns.clear()
    result.file_errors[:] = [TooManyRows(result.path, limit)]
    result.rows_read = 0
    return result


def _read_rows(
    ws: Sheet,
    result: ImportResult,
    progress: Callable[[int, int | None], None] | None,
    cancelled: Callable[[], bool] | None,
    default_record_type: RecordType | None,
    today: date,
    limit: int,
) -> None:
    assert result.mapping is not None and result.header_row is not None
    total = result.rows_estimate
    facts = result.phone_facts  # one phone parse per distinct phone text, for the whole file
    reader = RowReader(result.mapping, default_record_type, today, facts)
    missing_columns: dict[ImportField, tuple[RecordType, int]] = {}
    seen_keys: dict[str, int] = {}
    done = 0
    number = result.header_row
    for number, row in enumerate(ws.rows(skip=result.header_row), result.header_row + 1):
        done += 1
        if done % PROGRESS_EVERY == 0:
            if total is not None and done > total:
                total = None  # the file's claim was wrong: the size is unknown
            if progress is not None:
                progress(done, total)
            if cancelled is not None and cancelled():
                result.cancelled = True
                result.drafts.clear()  # a cancelled import must not be committable
                return
        if blank(row):
            continue
        result.rows_read += 1
        if result.rows_read > limit:  # the sheet's XML did not show it (sheet_size.py)
            _refused(result, limit)
            return
        outcome = reader.read(number, row)
        if outcome.problems:
            result.errors.extend(
                RowError(number, column_letter(i) if i >= 0 else "", value, problem)
                for i, value, problem in sorted(outcome.problems, key=lambda p: p.column)
            )
        if outcome.warnings:
            result.warnings.extend(
                RowError(number, column_letter(i) if i >= 0 else "", value, problem)
                for i, value, problem in outcome.warnings
            )
        if outcome.record_type is not None:
            for needed in outcome.missing_columns:
                missing_columns.setdefault(needed, (outcome.record_type, number))
        if outcome.draft is not None:
            result.drafts.append(outcome.draft)
        if outcome.probe is not None:
            keys = _note_duplicates(outcome.probe, seen_keys, result.duplicates_in_file, facts)
            if outcome.draft is not None:
                result.duplicate_keys[number] = keys
    known = {p.field for p in result.missing_columns}
    for needed, (record_type, first_row) in sorted(missing_columns.items()):
        if needed not in known:  # one column problem per field, naming its first row
            result.missing_columns.append(ColumnMissing(needed, record_type, first_row))
    if progress is not None:
        progress(done, done)


def _note_duplicates(
    probe: DuplicateProbe,
    seen: dict[str, int],
    found: list[DuplicateInFile],
    facts: PhoneFacts,
) -> tuple[str, ...]:
    """Note the row's likely duplicates among the rows before it; return its keys as
    "basis\x1fvalue" strings (the database check looks them up again, uncomputed)."""
    reported: set[int] = set()
    strings = []
    # An ID is the stronger evidence: report a pair under it when both keys match.
    for key in sorted(
        duplicate_keys(probe, facts), key=lambda k: k[0] is not DuplicateBasis.ID_NUMBER
    ):
        # Plain strings as keys keep `seen` out of the garbage collector's sight (it holds
        # two keys per row; tuples holding an enum would be traversed on every collection).
        string = f"{key[0]}\x1f{key[1]}"
        strings.append(string)
        first = seen.setdefault(string, probe.record_id)
        if first != probe.record_id and first not in reported:
            reported.add(first)
            found.append(DuplicateInFile(first, probe.record_id, key))
    return tuple(strings)
