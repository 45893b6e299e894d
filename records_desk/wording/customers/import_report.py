"""The import's error report: every problem of an imported customer list worded in the user's
language, and saved as xlsx.

The problems are typed and carry data (the domain's PhoneInvalid, OfficeDateInvalid,
ArchiveNumberInvalid, AdmissionIncomplete, worded by wording/customers/errors.py as they are for
hand entry; the import's own FieldRequired, IdNumberInvalid, ColumnMissing … registered here);
`describe` is the one wording for the saved report, the preview table and the command line's
JSON alike. The report has the columns row, column, value, problem — row and column as Excel
shows them — file-level problems first, then the rows in order, then the likely duplicates
within the file. It is written like any export, so a value from the imported file that looks
like a formula stays text.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from records_desk.domain.customers.duplicates import DuplicateBasis
from records_desk.domain.customers.errors import QuotaExceeded
from records_desk.exchange.customers.columns import column_index
from records_desk.exchange.customers.imports import (
    ColumnMissing,
    DuplicateInFile,
    FileProblem,
    RowError,
)
from records_desk.wording import describe as describe_error
from records_desk.wording.customers.import_errors import basis_text
from records_desk.wording.customers.terms import grade_name
from records_desk.wording.exchange import (  # the report's frame, shared with every import
    COLUMN_NOTE,
    ERROR,
    WARNING,
    grouped_line,
    kind_name,
    report_columns,
    row_ranges,
    write_report,
)

__all__ = ["COLUMN_NOTE", "ERROR", "WARNING", "grouped_line", "kind_name", "report_columns",
           "row_ranges", "write_report"]  # fmt: skip
from records_desk.wording.language import sub, translate


def describe(problem: Exception) -> str:
    """One problem of an imported list, as the report, the preview and the CLI word it."""
    return describe_error(problem)


def describe_old_events(count: int) -> str:
    """R-CUS-5 and an import (domain/customers/timeliness.py): the rows whose event is older
    than a batch may be entered late, told — they are not counted as late entries."""
    if count == 1:
        text = translate(
            "ImportReport",
            "1 row has an event more than 72 hours old: it is imported as a file of the "
            "earlier list and does not count as a late entry.",
        )
    else:
        text = translate(
            "ImportReport",
            "%1 rows have an event more than 72 hours old: they are imported as files of the "
            "earlier list and do not count as late entries.",
        )
    return sub(text, count)


def describe_duplicate(duplicate: DuplicateInFile) -> str:
    return sub(
        translate("ImportReport", "Probably the same customer as row %1 (%2)"),
        duplicate.first_row,
        basis_text(duplicate.key[0]),
    )


def report_rows(
    errors: Iterable[RowError],
    file_errors: Iterable[FileProblem] = (),
    duplicates: Iterable[DuplicateInFile] = (),
    notes: Iterable[dict[str, object]] = (),
) -> list[dict[str, object]]:
    """The report's rows: file problems, then row errors by row and column, then duplicates,
    then `notes` already worded (row, column, value, problem): what the import service found
    against the database (likely duplicates of files on record, quotas, consultants)."""
    rows: list[dict[str, object]] = [
        {"row": None, "column": "", "value": "", "problem": describe(p)} for p in file_errors
    ]
    ordered = sorted(errors, key=lambda e: (e.row, column_index(e.column) if e.column else -1))
    rows += (
        {"row": e.row, "column": e.column, "value": e.value, "problem": describe(e.problem)}
        for e in ordered
    )
    rows += (
        {"row": d.row, "column": "", "value": d.key[1], "problem": describe_duplicate(d)}
        for d in duplicates
    )
    rows += notes
    return rows


def warning_rows(
    warnings: Iterable[RowError], duplicates: Iterable[DuplicateInFile] = ()
) -> list[dict[str, object]]:
    """Suspicious values imported as typed (a phone, e-mail or ID failing its check) and
    likely duplicates within the file, worded as report rows, by row."""
    rows = report_rows(warnings, (), duplicates)
    rows.sort(key=lambda r: r["row"] or 0)  # type: ignore[arg-type, return-value]
    return rows


def write_error_report(
    errors: Iterable[RowError],
    path: str | Path,
    *,
    file_errors: Iterable[FileProblem] = (),
    duplicates: Iterable[DuplicateInFile] = (),
    notes: Iterable[dict[str, object]] = (),
    warnings: Iterable[RowError] = (),
) -> int:
    """Save the report as xlsx (frozen header, auto-filter, widths); return its row count.
    Each line says its kind: errors first (file problems, then rows), then warnings (values
    imported as typed, likely duplicates), then column notes (a missing column some rows
    need). `notes` carry their own "kind" (error when absent: a quota to approve)."""
    rows: list[dict[str, object]] = []
    for problem in file_errors:
        gap = isinstance(problem, ColumnMissing) and problem.record_type is not None
        row = {"row": None, "column": "", "value": "", "problem": describe(problem)}
        rows.append({"kind": COLUMN_NOTE if gap else ERROR, **row})
    rows += ({"kind": ERROR, **r} for r in report_rows(errors))
    rows += ({"kind": WARNING, **r} for r in report_rows(warnings, (), duplicates))
    rows += ({"kind": ERROR, **n} if "kind" not in n else dict(n) for n in notes)
    return write_report(rows, path)


# --- what the import service finds against the database ---------------------------------------


def describe_db_duplicate(archive_number: str, name: str, basis: DuplicateBasis) -> str:
    return sub(
        translate("ImportReport", "Probably the same customer as %1 “%2” on record (%3)"),
        archive_number,
        name,
        basis_text(basis),
    )


def describe_unmatched_consultant(name: str) -> str:
    return sub(
        translate(
            "ImportReport",
            "No account here is named “%1”; the imported files get no consultant",
        ),
        name,
    )


def describe_quota(problem: QuotaExceeded) -> str:
    """R-GRD-2: the batch would put a department or product line over a cap."""
    return sub(
        translate(
            "ImportReport",
            "After the import %1 would have %3 of %4 customers %2 (%5), over the cap of %6; "
            "a director's approval with a reason is needed",
        ),
        problem.scope_name,
        grade_name(problem.grade),
        problem.count_after,
        problem.total_after,
        f"{float(problem.share_after):.1%}",
        f"{float(problem.cap):.0%}",
    )
