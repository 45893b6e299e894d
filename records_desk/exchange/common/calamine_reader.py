"""Reading an xlsx sheet's values with python-calamine (issue 10 §3): the import's reader.

calamine parses the sheet in Rust and hands Python one list per row, 6–10× faster than
openpyxl's read-only iteration on an office list (openpyxl stays for writing: exports and
reports). What the import sees is what it saw from openpyxl, values only: text as typed, numbers
as floats (912345678.0, which cells.py reads as Excel shows them), date cells as `date` or
`datetime`, booleans, and an empty cell as "" (cells.py reads "" as empty, as it reads None).

Decisions: rows are numbered from A1 whatever the sheet's used range says, so row numbers are
Excel's; a used range starting right of column A is padded on the left for the same reason.
A sheet is read whole by calamine (its Range lives in Rust, a few dozen bytes a cell), so the
import's row limit is still checked first on the XML (sheet_size.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineSheet, CalamineWorkbook

# What calamine raises for a file it cannot read: not a zip or workbook, broken XML, a
# password, a missing file (OSError).
UNREADABLE: tuple[type[Exception], ...] = (CalamineError, OSError, ValueError)


class Workbook:
    """An open workbook: its sheet names, and the rows of one sheet."""

    def __init__(self, path: str | Path) -> None:
        self._book = CalamineWorkbook.from_path(str(path))
        self.sheetnames: tuple[str, ...] = tuple(self._book.sheet_names)
        self._sheets: dict[str, Sheet] = {}

    def sheet(self, name: str) -> Sheet:
        """The sheet, parsed once (a 100,000-row sheet takes calamine a second or more)."""
        found = self._sheets.get(name)
        if found is None:
            found = self._sheets[name] = Sheet(self._book.get_sheet_by_name(name))
        return found

    def close(self) -> None:
        self._book.close()


class Sheet:
    def __init__(self, sheet: CalamineSheet) -> None:
        self._sheet = sheet
        self.title: str = sheet.name

    @property
    def max_row(self) -> int:
        """The last row holding anything, as Excel numbers it (0: an empty sheet)."""
        start, height = self._sheet.start, self._sheet.height
        return (start[0] + height) if start is not None and height else 0

    def rows(self, skip: int = 0) -> Iterator[list[Any]]:
        """The values of every row from A1 (below the first `skip` rows), one list each."""
        start = self._sheet.start
        pad: list[Any] = [""] * start[1] if start is not None else []
        rows = self._sheet.iter_rows()
        for _ in range(skip):
            if next(rows, None) is None:
                return
        if pad:
            for row in rows:
                yield pad + row
        else:
            yield from rows
