"""The cells of chosen rows of a sheet, as Excel shows them: what the import preview shows for a
row it refuses (the import keeps no draft of it, so without these the row showed empty cells
beside its problems).

Decisions: a second read of the sheet, made only when some rows are refused and only for the
first `limit` of them — the import's reading pass stays as lean as it is (issue 10 §3), and a
file with refused rows is not imported anyway, so the second second or two is spent on a file
the user is about to fix."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from records_desk.exchange.common import calamine_reader
from records_desk.exchange.common.cells import shown

SHOWN_ROWS = 10_000  # the most refused rows whose cells are read back


def row_cells(
    path: str | Path, sheet: str, rows: Collection[int], limit: int = SHOWN_ROWS
) -> dict[int, tuple[str, ...]]:
    """Row number (as Excel numbers it) -> its cells as shown, for the first `limit` of `rows`;
    {} when the file can no longer be read (the preview then shows the problems alone)."""
    wanted = set(sorted(rows)[:limit])
    if not wanted:
        return {}
    first, last = min(wanted), max(wanted)
    found: dict[int, tuple[str, ...]] = {}
    try:
        book = calamine_reader.Workbook(path)
    except calamine_reader.UNREADABLE:
        return {}
    try:
        for number, row in enumerate(book.sheet(sheet).rows(skip=first - 1), first):
            if number > last:
                break
            if number in wanted:
                found[number] = tuple(shown(value) for value in row)
    except calamine_reader.UNREADABLE:
        return found
    finally:
        book.close()
    return found
