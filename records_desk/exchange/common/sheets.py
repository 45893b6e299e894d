"""Finding the table in an office's workbook, for every feature's import (the customer list:
exchange/customers/imports.py; the media list: exchange/media/imports.py): the sheet named,
or else the first whose first `HEADER_SEARCH_ROWS` rows hold a header row — the first
non-empty row in which at least two cells name fields of the feature (its own `recognised`
count) — so title rows above it ("113年度移動存儲介質登記表") and empty rows are skipped; and
the file-level problems every import reports the same way (worded by wording/exchange.py).

A file of more rows than an import takes is refused before the workbook is opened when its
sheet's XML shows it (sheet_size.py), since opening it would hold it whole (calamine_reader.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from records_desk.domain.common.errors import DomainError
from records_desk.exchange.common import calamine_reader
from records_desk.exchange.common.calamine_reader import Sheet, Workbook
from records_desk.exchange.common.headers import normalise_header
from records_desk.exchange.common.sheet_size import largest_sheet_rows

HEADER_SEARCH_ROWS = 10


@dataclass
class WorkbookUnreadable(DomainError):
    path: str
    reason: str

    def __str__(self) -> str:
        return f"cannot read {self.path} as an xlsx workbook: {self.reason}"


@dataclass
class SheetNotFound(DomainError):
    name: str
    available: tuple[str, ...]

    def __str__(self) -> str:
        return f"no sheet named {self.name!r} (sheets: {', '.join(self.available)})"


@dataclass
class HeaderRowNotFound(DomainError):
    """No row among the first `searched` has two headers that name fields of the import (a
    feature words it with the columns it knows, by a subclass of its own or this one)."""

    sheet: str
    searched: int

    def __str__(self) -> str:
        return f"no header row in the first {self.searched} rows of sheet {self.sheet!r}"


@dataclass
class TooManyRows(DomainError):
    """The file holds more rows than one import takes (`limit`): nothing of it is read."""

    path: str
    limit: int

    def __str__(self) -> str:
        return f"{self.path} has more than {self.limit} rows: import it in parts"


SheetProblem = WorkbookUnreadable | SheetNotFound | HeaderRowNotFound | TooManyRows
Header = tuple[int, tuple[object, ...]]  # (row number as Excel shows it, its cells)


def blank(row: Sequence[object]) -> bool:
    for value in row:
        if value is not None and (value.__class__ is not str or value.strip()):
            return False
    return True


def open_workbook(path: Path, report: Callable[[SheetProblem], None]) -> Workbook | None:
    """The workbook, or None with WorkbookUnreadable reported."""
    try:
        return Workbook(path)
    except calamine_reader.UNREADABLE as exc:
        report(WorkbookUnreadable(str(path), exc.__class__.__name__))
        return None


def find_header(
    ws: Sheet,
    recognised: Callable[[Sequence[object]], int],
    matches: Callable[[Sequence[object]], bool] | None = None,
) -> Header | None:
    """(row number, cells) of the header row within the first rows, or None: the row
    `matches` accepts (a mapping chosen before), else the first naming two fields."""
    found = None
    for number, cells in enumerate(ws.rows(), 1):
        if number > HEADER_SEARCH_ROWS:
            break
        row = tuple(cells)
        if blank(row):
            continue
        if matches is not None and matches(row):
            return number, row
        if found is None and recognised(row) >= 2:
            found = (number, row)
            if matches is None:
                return found
    return found


def sheet_named(name: str, wanted: str | None) -> bool:
    """Whether the sheet `name` is the one asked for (as typed, or compared as headers are)."""
    return name == wanted or normalise_header(name) == normalise_header(wanted or "")


def choose_sheet(
    wb: Workbook,
    path: str,
    sheet: str | None,
    report: Callable[[SheetProblem], None],
    recognised: Callable[[Sequence[object]], int],
    matches: Callable[[Sequence[object]], bool] | None = None,
    header_missing: Callable[[str, int], HeaderRowNotFound] = HeaderRowNotFound,
) -> tuple[Sheet, Header, int | None] | None:
    """(sheet, its header row, the last row the sheet holds) of the sheet to read, or None
    with the reason reported."""
    names = tuple(wb.sheetnames)
    if sheet is not None:
        wanted = next((n for n in names if n == sheet), None) or next(
            (n for n in names if sheet_named(n, sheet)), None
        )
        if wanted is None:
            report(SheetNotFound(sheet, names))
            return None
        candidates = [wanted]
    else:
        candidates = list(names)
    for name in candidates:
        try:
            ws = wb.sheet(name)
        except calamine_reader.UNREADABLE as exc:
            report(WorkbookUnreadable(path, exc.__class__.__name__))
            return None
        claimed = ws.max_row  # what calamine found, not the size the file records
        header = find_header(ws, recognised, matches)
        if header is not None:
            return ws, header, claimed
    report(header_missing(candidates[0] if candidates else "", HEADER_SEARCH_ROWS))
    return None


def too_many_rows(path: str | Path, sheet: str | None, limit: int) -> bool:
    """Whether the sheet to read (without a name: any sheet) surely holds more than `limit`
    rows below a header: more than `limit` + HEADER_SEARCH_ROWS rows with values."""
    bound = limit + HEADER_SEARCH_ROWS
    wanted = None if sheet is None else (lambda name: sheet_named(name, sheet))
    counted = largest_sheet_rows(path, wanted, bound)
    return counted is not None and counted > bound


class ReadCounts:
    """What every import's reading result tells of its rows (a mixin of the result dataclass,
    which holds `drafts`, `errors` with their `row`, `file_errors` and `cancelled`): each row
    read is valid (a draft) or refused (it has an error)."""

    drafts: list[Any]
    errors: list[Any]
    file_errors: list[Any]
    cancelled: bool

    @property
    def valid(self) -> int:
        return len(self.drafts)

    @property
    def error_rows(self) -> list[int]:
        rows: set[int] = {e.row for e in self.errors}
        return sorted(rows)

    @property
    def refused(self) -> int:
        """Rows with an error: with `valid`, every row read."""
        return len(self.error_rows)

    @property
    def ok(self) -> bool:
        """Every row valid and the whole file read: what an all-or-nothing commit needs."""
        return not (self.errors or self.file_errors or self.cancelled)
