"""Writing a table to Excel, for every feature's export (the customer list and the holiday SMS
list today: exchange/customers/export.py).

Streamed with openpyxl's write-only workbook, so 100,000 rows never sit in memory as cells. The
sheet has a frozen, bold header row, an auto-filter over every row, column widths fitted to the
header and the first rows, real date cells (date objects with a yyyy/mm/dd number format), and
no cell that can run as a formula: a string starting with =, +, -, @, a tab or a carriage
return, or spelling an error code (#N/A), is stored as a plain string with Excel's quote-prefix
style — no apostrophe is added, so it reads back exactly as it was. Control characters XML cannot
hold are dropped rather than failing the export. The file appears under its name only when
complete (written beside it, 0600, then renamed: records_desk/private_files.py); a target that
is not a regular file or is read-only is refused before any row is read. openpyxl's temporary
sheet goes to `tempfile`'s folder, the process's private one (private_files.use_private_temp).
"""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from itertools import chain, islice
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from records_desk.private_files import atomic_output, check_target

DATE_FORMAT = "yyyy/mm/dd"
DATETIME_FORMAT = "yyyy/mm/dd hh:mm"
SAMPLE_ROWS = 200  # rows looked at to fit column widths
MIN_WIDTH, MAX_WIDTH = 6.0, 60.0
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ERROR_CODES = frozenset(ERROR_CODES)


class ColumnKind(StrEnum):
    TEXT = "text"
    DATE = "date"
    DATETIME = "datetime"
    NUMBER = "number"


@dataclass(frozen=True)
class ExportColumn:
    """One column: the row key it shows, its header, how its cells are written. `width` None
    fits the column to its header and the first rows."""

    key: str
    header: str
    kind: ColumnKind = ColumnKind.TEXT
    width: float | None = None
    number_format: str | None = None


def display_width(text: str) -> int:
    """Width in Excel's character units: CJK and full-width characters count twice."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def is_formula_like(text: str) -> bool:
    """Would Excel (or a later edit in Excel) take this string for a formula or an error?"""
    return text.startswith(_FORMULA_STARTS) or text in _ERROR_CODES


class _SheetWriter:
    """Turns row values into cells of one write-only sheet."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws

    def text_cell(self, value: str) -> object:
        if not value.isprintable() and ILLEGAL_CHARACTERS_RE.search(value):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if not is_formula_like(value):
            return value
        cell = WriteOnlyCell(self.ws, value=value)
        cell.data_type = "s"  # a string, whatever it starts with: never a formula
        cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
        return cell

    def dated_cell(self, value: date, number_format: str) -> object:
        cell = WriteOnlyCell(self.ws, value=value)
        cell.number_format = number_format
        return cell

    def cell(self, value: object, column: ExportColumn) -> object:
        if value is None:
            return None
        if isinstance(value, str):
            return self.text_cell(value)
        if isinstance(value, datetime):
            if value.tzinfo is not None:  # Excel has no time zones: the office's wall clock
                value = value.astimezone().replace(tzinfo=None)
            return self.dated_cell(value, column.number_format or DATETIME_FORMAT)
        if isinstance(value, date):
            return self.dated_cell(value, column.number_format or DATE_FORMAT)
        if isinstance(value, bool):
            return "是" if value else "否"
        if isinstance(value, int | float):
            if column.number_format:
                cell = WriteOnlyCell(self.ws, value=value)
                cell.number_format = column.number_format
                return cell
            return value
        if isinstance(value, list | tuple | set | frozenset):
            return self.text_cell("、".join(str(v) for v in value))
        return self.text_cell(str(value))


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple | set | frozenset):
        return "、".join(str(v) for v in value)
    return str(value)


def _widths(columns: Sequence[ExportColumn], sample: Sequence[Mapping[str, Any]]) -> list[float]:
    widths = []
    for column in columns:
        if column.width is not None:
            widths.append(column.width)
            continue
        if column.kind is ColumnKind.DATE:
            longest = 10
        elif column.kind is ColumnKind.DATETIME:
            longest = 16
        else:
            longest = max((display_width(_shown(row.get(column.key))) for row in sample), default=0)
        longest = max(longest, display_width(column.header))
        widths.append(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2.0)))
    return widths


def write_table(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[ExportColumn],
    path: str | Path,
    sheet_title: str = "Sheet1",
    before_publish: Callable[[int], None] | None = None,
) -> int:
    """Write `rows` (one mapping per row, keyed by the columns' keys) to a new xlsx at `path`;
    return the number of rows written (for the audit entry, R-AUD-2). `before_publish(rows)`
    runs once the whole file is on the disk under a temporary name and before it takes its
    name (the export's audit entry): a failure there leaves no file."""
    if not columns:
        raise ValueError("an export needs at least one column")
    path = Path(path)
    check_target(path)
    iterator = iter(rows)
    sample = list(islice(iterator, SAMPLE_ROWS))
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=sheet_title[:31])
    for index, width in enumerate(_widths(columns, sample), 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    writer = _SheetWriter(ws)
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(ws, value=column.header)
        cell.data_type = "s"
        cell.font = bold
        header.append(cell)
    ws.append(header)
    count = 0
    keyed = [(column.key, column) for column in columns]
    cell_of = writer.cell
    try:
        for row in chain(sample, iterator):
            ws.append([cell_of(row.get(key), column) for key, column in keyed])
            count += 1
    except BaseException:
        _discard(ws)
        raise
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    try:
        publish = None if before_publish is None else (lambda: before_publish(count))
        with atomic_output(path, publish) as out:
            wb.save(out)
    except BaseException:
        _discard(ws)  # else its stream fails while being garbage-collected ("Exception ignored")
        raise
    return count


def _discard(ws: Any) -> None:
    """Finish a sheet whose rows failed, so that its stream is not left to fail while being
    garbage-collected, and delete openpyxl's temporary file of it."""
    with contextlib.suppress(Exception):
        ws.close()
    temporary = getattr(getattr(ws, "_writer", None), "out", None)
    if temporary:
        Path(temporary).unlink(missing_ok=True)
