"""The words every Excel import shares (the customer list, the media list): the problems of a
workbook as a whole (exchange/common/sheets.py) and the frame of the error report — its
columns, the kind of each line (an error stops the import, a warning is imported as typed and
listed, a column note says what a missing column means), rows named as a person writes them
(5, 9, 12–40) — saved as xlsx like any export, so a value from the file that looks like a
formula stays text. Loaded with the common describers (wording/describe.py)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from records_desk.exchange.common.sheets import SheetNotFound, TooManyRows, WorkbookUnreadable
from records_desk.exchange.common.xlsx import ExportColumn, write_table
from records_desk.wording.describe import describe, describer
from records_desk.wording.language import sub, translate

# What a line of the saved report is (finding 4): an error stops the import, a warning is
# imported as typed and listed, a column note says what a missing column means for the rows.
ERROR, WARNING, COLUMN_NOTE = "error", "warning", "column_note"
_KIND_ORDER = {ERROR: 0, WARNING: 1, COLUMN_NOTE: 2}


def kind_name(kind: str) -> str:
    names = {
        ERROR: translate("ImportReport", "Error"),
        WARNING: translate("ImportReport", "Warning"),
        COLUMN_NOTE: translate("ImportReport", "Column note"),
    }
    return names.get(kind, kind)


def report_columns() -> tuple[ExportColumn, ...]:
    return (
        ExportColumn("kind", translate("ImportReport", "Kind"), width=12),
        ExportColumn("row", translate("ImportReport", "Row"), width=8),
        ExportColumn("column", translate("ImportReport", "Column"), width=8),
        ExportColumn("value", translate("ImportReport", "Value"), width=30),
        ExportColumn("problem", translate("ImportReport", "Problem"), width=70),
    )


def row_ranges(rows: Iterable[int]) -> str:
    """Row numbers as a person writes them: 5, 9, 12–40 (runs of three or more as a range)."""
    ordered = sorted(set(rows))
    parts: list[str] = []
    start = 0
    for i in range(1, len(ordered) + 1):
        if i < len(ordered) and ordered[i] == ordered[i - 1] + 1:
            continue
        run = ordered[start:i]
        if len(run) >= 3:
            parts.append(f"{run[0]}–{run[-1]}")
        else:
            parts.extend(str(r) for r in run)
        start = i
    return translate("ImportReport", ", ").join(parts)


def grouped_line(rows: Iterable[int], column: str, problem: str) -> str:
    """One problem shared by rows (the same column, the same words): "Rows 5, 9, 12–40 (G): …"."""
    listed = sorted(set(rows))
    if column:
        text = (
            translate("ImportReport", "Row %1 (%2): %3")
            if len(listed) == 1
            else translate("ImportReport", "Rows %1 (%2): %3")
        )
    else:
        text = (
            translate("ImportReport", "Row %1: %3")
            if len(listed) == 1
            else translate("ImportReport", "Rows %1: %3")
        )
    return sub(text, row_ranges(listed), column, problem)


def problem_rows(problems: Iterable[Any]) -> list[dict[str, object]]:
    """Row problems ({row, column, value, problem}: a typed problem), worded as report lines
    and the command line's --json entries are."""
    return [
        {"row": p.row, "column": p.column, "value": p.value, "problem": describe(p.problem)}
        for p in problems
    ]


def write_report(rows: list[dict[str, object]], path: str | Path) -> int:
    """Save report lines ({"kind", "row", "column", "value", "problem"}) as xlsx, errors
    first, then warnings, then column notes, each by row; return the line count."""
    rows.sort(key=lambda r: (_KIND_ORDER.get(str(r["kind"]), 1), r["row"] is not None,
                             r["row"] or 0))  # fmt: skip
    for r in rows:
        r["kind"] = kind_name(str(r["kind"]))
    return write_table(rows, report_columns(), path, translate("ImportReport", "Error report"))


@describer.register
def _sheet_not_found(e: SheetNotFound) -> str:
    return sub(
        translate("ImportReport", "No sheet “%1” (the file has: %2)"),
        e.name,
        translate("ImportReport", ", ").join(e.available),
    )


@describer.register
def _workbook_unreadable(e: WorkbookUnreadable) -> str:
    return sub(
        translate(
            "ImportReport", "“%1” cannot be read: it is not an xlsx workbook, or it is damaged"
        ),
        Path(e.path).name,
    )


@describer.register
def _too_many_rows(e: TooManyRows) -> str:
    return sub(
        translate(
            "ImportReport",
            "“%1” has more than %2 rows, more than one import takes; nothing was read. Split "
            "it into files of at most %2 rows",
        ),
        Path(e.path).name,
        f"{e.limit:,}",
    )
