"""Reading an office's existing media list from Excel into checked drafts and a report (issue 13
§7), with the customer import's machinery (exchange/common/: the sheet with a header row found
below any title rows, read by calamine, rows and columns named as Excel shows them).

Nothing here touches the database: `read_media` returns a `MediumImport` for every importable
row, a `CellProblem` (row, column letter, value as shown, typed problem) for every cell that
stops the import, and the file-level problems. The media service (services/media/exchange.py)
checks the drafts against the records (numbers and serials on record, accounts, departments)
and commits them all or none. Every row read is importable or refused: rows = valid + refused.

Decisions (what a careful records office would do with an old list):
- Type, classification and department are required of every row (R-MED-1: each medium has a
  type, is classified or not, and belongs to a department). The department and classification
  columns must exist (a file error otherwise); the type column may be left out when every row
  has a number, whose prefix says the type.
- A number is kept when it reads as a medium number (`usb 7` → USB-0007) of the row's type; a
  wrong one is refused, never replaced: the office's labels carry it. A row without a number
  is given the next one of its type when it is committed.
- A serial number twice in the file is the same device on two rows: refused.
- A row whose state says disposed of or lost is refused (R-MED-7): importing it as registered
  would make it issuable again; the paper record of its disposal stands.
- Other states are not taken over: an imported medium is `registered` (R-MED-2 — its label,
  encryption and virus check were not recorded here).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from records_desk.domain.common.errors import DomainError
from records_desk.domain.media.errors import MediumNumberInvalid
from records_desk.domain.media.numbers import normalise_medium_number, parse_medium_number
from records_desk.domain.media.vocabulary import MediumType
from records_desk.exchange.common.cells import shown, text
from records_desk.exchange.common.headers import column_letter
from records_desk.exchange.common.sheets import (
    ReadCounts,
    SheetProblem,
    TooManyRows,
    blank,
    choose_sheet,
    open_workbook,
    too_many_rows,
)
from records_desk.exchange.media.columns import (
    MediaField,
    column_fields,
    is_final_state,
    read_classified,
    read_type,
    recognised_count,
)
from records_desk.exchange.media.problems import (
    FinalStateNotImported,
    MediaColumnMissing,
    MediaHeaderRowNotFound,
    MediaValueRequired,
    MediaValueTooLong,
    MediaValueUnknown,
    NumberTypeMismatch,
    ValueRepeated,
)

MAX_ROWS = 50_000  # an office's inventory is a few hundred; the benchmark's is 50,000
PROGRESS_EVERY = 500
# The columns' lengths in the store (store/media.py).
LIMITS = {
    MediaField.BRAND: 100,
    MediaField.MODEL: 100,
    MediaField.SERIAL: 100,
    MediaField.CAPACITY: 32,
    MediaField.DEPARTMENT: 100,
    MediaField.LOCATION: 100,
    MediaField.CUSTODIAN: 100,
}

FileProblem = SheetProblem | MediaColumnMissing


@dataclass(frozen=True, slots=True)
class CellProblem:
    """One cell: row as Excel numbers it, column letter ("" for the row as a whole), the value
    as Excel shows it, and what is wrong with it."""

    row: int
    column: str
    value: str
    problem: DomainError


@dataclass(frozen=True)
class MediumImport:
    """One importable row of the list: what registering it needs (number None: a new one)."""

    row: int
    media_type: MediumType
    classified: bool
    department: str
    number: str | None = None
    brand: str = ""
    model: str = ""
    serial: str = ""
    capacity: str = ""
    location: str = ""
    custodian: str = ""  # as the list names the person: a user name or a full name
    note: str = ""


@dataclass
class MediaImportResult(ReadCounts):
    path: str
    sheet: str | None = None
    header_row: int | None = None
    columns: dict[MediaField, str] = field(default_factory=dict)  # field -> its letter
    rows_read: int = 0
    drafts: list[MediumImport] = field(default_factory=list)
    errors: list[CellProblem] = field(default_factory=list)
    warnings: list[CellProblem] = field(default_factory=list)
    file_errors: list[FileProblem] = field(default_factory=list)
    cancelled: bool = False


def read_media(
    path: str | Path,
    sheet: str | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    max_rows: int = MAX_ROWS,
) -> MediaImportResult:
    """Read and check every row of the media list (module docstring)."""
    result = MediaImportResult(path=str(Path(path)))
    if too_many_rows(path, sheet, max_rows):
        result.file_errors.append(TooManyRows(result.path, max_rows))
        return result
    report = result.file_errors.append
    wb = open_workbook(Path(path), report)
    if wb is None:
        return result
    try:
        chosen = choose_sheet(
            wb, result.path, sheet, report, recognised_count, header_missing=MediaHeaderRowNotFound
        )
        if chosen is None:
            return result
        ws, (header_row, headers), claimed = chosen
        result.sheet, result.header_row = ws.title, header_row
        columns = column_fields(headers)
        result.columns = {f: column_letter(i) for f, i in columns.items()}
        for needed in (MediaField.DEPARTMENT, MediaField.CLASSIFIED):
            if needed not in columns:
                result.file_errors.append(MediaColumnMissing(needed))
        if MediaField.TYPE not in columns and MediaField.NUMBER not in columns:
            result.file_errors.append(MediaColumnMissing(MediaField.TYPE))
        if result.file_errors:
            return result
        total = claimed - header_row if claimed and claimed > header_row else None
        reader = _RowReader(columns)
        for number, row in enumerate(ws.rows(skip=header_row), header_row + 1):
            if (number - header_row) % PROGRESS_EVERY == 0:
                if progress is not None:
                    progress(number - header_row, total)
                if cancelled is not None and cancelled():
                    result.cancelled = True
                    result.drafts.clear()  # a cancelled reading is never committed
                    return result
            if blank(row):
                continue
            result.rows_read += 1
            if result.rows_read > max_rows:
                result.drafts.clear()
                result.errors.clear()
                result.file_errors[:] = [TooManyRows(result.path, max_rows)]
                return result
            draft, problems = reader.read(number, row)
            result.errors.extend(problems)
            if draft is not None:
                result.drafts.append(draft)
    finally:
        wb.close()
    return result


class _RowReader:
    """Reads the rows of one sheet in order, remembering numbers and serials seen."""

    def __init__(self, columns: dict[MediaField, int]) -> None:
        self.columns = columns
        self.numbers: dict[str, int] = {}
        self.serials: dict[str, int] = {}

    def read(
        self, row: int, cells: Sequence[object]
    ) -> tuple[MediumImport | None, list[CellProblem]]:
        problems: list[CellProblem] = []

        def cell(f: MediaField) -> tuple[str, str]:
            """(tidy text, as shown) of the field's cell."""
            index = self.columns.get(f)
            value = cells[index] if index is not None and index < len(cells) else None
            return text(value) or "", shown(value)

        def refuse(f: MediaField, value: str, problem: DomainError) -> None:
            index = self.columns.get(f)
            letter = column_letter(index) if index is not None else ""
            problems.append(CellProblem(row, letter, value, problem))

        values = {f: cell(f)[0] for f in MediaField}
        for f, limit in LIMITS.items():
            if len(values[f]) > limit:
                refuse(f, values[f], MediaValueTooLong(f, limit))
        number, kind = self._number_and_type(row, values, refuse)
        classified = read_classified(values[MediaField.CLASSIFIED])
        if not values[MediaField.CLASSIFIED]:
            refuse(MediaField.CLASSIFIED, "", MediaValueRequired(MediaField.CLASSIFIED))
        elif classified is None:
            typed = cell(MediaField.CLASSIFIED)[1]
            refuse(MediaField.CLASSIFIED, typed, MediaValueUnknown(MediaField.CLASSIFIED, typed))
        if not values[MediaField.DEPARTMENT]:
            refuse(MediaField.DEPARTMENT, "", MediaValueRequired(MediaField.DEPARTMENT))
        state = values[MediaField.STATE]
        if state and is_final_state(state):
            refuse(MediaField.STATE, state, FinalStateNotImported(state))
        serial = values[MediaField.SERIAL]
        if serial:
            first = self.serials.setdefault(serial.casefold(), row)
            if first != row:
                refuse(MediaField.SERIAL, serial, ValueRepeated(MediaField.SERIAL, serial, first))
        if problems or kind is None or classified is None:
            return None, problems
        draft = MediumImport(
            row=row,
            media_type=kind,
            classified=classified,
            department=values[MediaField.DEPARTMENT],
            number=number,
            brand=values[MediaField.BRAND],
            model=values[MediaField.MODEL],
            serial=serial,
            capacity=values[MediaField.CAPACITY],
            location=values[MediaField.LOCATION],
            custodian=values[MediaField.CUSTODIAN],
            note=values[MediaField.NOTE],
        )
        return draft, problems

    def _number_and_type(
        self,
        row: int,
        values: dict[MediaField, str],
        refuse: Callable[[MediaField, str, DomainError], None],
    ) -> tuple[str | None, MediumType | None]:
        """The row's number (None: a new one) and type; a problem refused for each wrong cell."""
        typed_kind = values[MediaField.TYPE]
        kind = read_type(typed_kind) if typed_kind else None
        if typed_kind and kind is None:
            refuse(MediaField.TYPE, typed_kind, MediaValueUnknown(MediaField.TYPE, typed_kind))
        typed_number = values[MediaField.NUMBER]
        if not typed_number:
            if not typed_kind:
                refuse(MediaField.TYPE, "", MediaValueRequired(MediaField.TYPE))
            return None, kind
        try:
            number_kind, _ = parse_medium_number(typed_number)
            number = normalise_medium_number(typed_number)
        except MediumNumberInvalid as invalid:
            refuse(MediaField.NUMBER, typed_number, invalid)
            return None, kind
        if kind is not None and number_kind is not kind:
            refuse(MediaField.NUMBER, typed_number, NumberTypeMismatch(number, kind))
        first = self.numbers.setdefault(number, row)
        if first != row:
            refuse(MediaField.NUMBER, typed_number, ValueRepeated(MediaField.NUMBER, number, first))
        return number, kind or (number_kind if not typed_kind else None)
