"""The import preview (issue 4 item 10): every row of the sheet as it would be imported, in
Excel's row numbers, with its problems worded (wording/customers/import_report.py) — rows that
cannot be imported in red, with their cells as typed and every problem they have; rows with a
warning marked so, not "OK" — the problems grouped (the same column and the same words: one
line naming its rows, "Rows 12–40 (G): …"), and the column-mapping table the user adjusts
before checking."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from records_desk.domain.common.errors import DomainError
from records_desk.domain.customers.vocabulary import RecordType
from records_desk.exchange.customers.cells import RECORD_TYPE_WORDS, choice
from records_desk.exchange.customers.columns import (
    ColumnMapping,
    ImportField,
    column_letter,
)
from records_desk.exchange.customers.imports import DuplicateInFile, RowError
from records_desk.exchange.customers.rows import CustomerDraft
from records_desk.ui.common.table import ALERT_COLOUR, Column, RowsModel
from records_desk.wording.customers.import_errors import import_field_name
from records_desk.wording.customers.import_report import (
    describe,
    describe_duplicate,
    grouped_line,
)
from records_desk.wording.customers.terms import grade_name, record_type_name

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

PROBLEMS_COLUMN = 2  # of ImportPreviewModel


@dataclass(frozen=True, slots=True)
class PreviewRow:
    row: int
    draft: CustomerDraft | None  # None: the row cannot be imported
    problems: tuple[str, ...]  # errors first, then warnings and notes
    typed: Mapping[ImportField, str] = dataclass_field(
        default_factory=dict
    )  # a refused row's cells

    @property
    def invalid(self) -> bool:
        return self.draft is None

    @property
    def warned(self) -> bool:
        """Imported, with something to look at (a value failing its check, a likely twin)."""
        return self.draft is not None and bool(self.problems)


@dataclass(frozen=True, slots=True)
class ProblemGroup:
    """One problem as worded, the column it is in, and every row that has it."""

    column: str
    problem: str
    rows: tuple[int, ...]
    error: bool  # False: a warning (imported as typed)

    @property
    def text(self) -> str:
        return grouped_line(self.rows, self.column, self.problem)


def problem_groups(
    errors: Iterable[RowError],
    warnings: Iterable[RowError] = (),
    duplicates: Iterable[DuplicateInFile] = (),
) -> list[ProblemGroup]:
    """Errors, then warnings (likely duplicates within the list among them: imported, but
    to be looked at), each grouped by (column, words), in the order of their first row."""
    groups: list[ProblemGroup] = []
    twins = [("", describe_duplicate(d), d.row) for d in duplicates]
    for is_error, found in (
        (True, [(e.column, describe(e.problem), e.row) for e in errors]),
        (False, [*((w.column, describe(w.problem), w.row) for w in warnings), *twins]),
    ):
        rows: dict[tuple[str, str], list[int]] = {}
        for column, words, row in found:
            rows.setdefault((column, words), []).append(row)
        ordered = sorted(rows.items(), key=lambda item: min(item[1]))
        groups += [ProblemGroup(c, p, tuple(sorted(set(r))), is_error) for (c, p), r in ordered]
    return groups


def warned_rows(
    warnings: Iterable[RowError], duplicates: Iterable[DuplicateInFile] = ()
) -> tuple[set[int], set[int]]:
    """(rows with a value failing its check, rows likely the same customer as an earlier
    row): both imported, both told."""
    return {w.row for w in warnings}, {d.row for d in duplicates}


def warning_notes(failing: int, twins: int) -> list[str]:
    """The summary's count of rows imported with a warning: values failing their check, and
    rows likely the same customer as an earlier row (finding 11: the twins are counted too)."""
    notes = []
    if failing == 1:
        notes.append(
            translate("ImportDialog", "1 row has a value that fails its check (marked on the row): "
                      "imported as typed and listed in data quality.")
        )  # fmt: skip
    elif failing:
        notes.append(
            translate("ImportDialog", "%1 rows have a value that fails its check (marked on the row): "
                      "imported as typed and listed in data quality.").replace("%1", str(failing))
        )  # fmt: skip
    if twins == 1:
        notes.append(
            translate("ImportDialog", "1 row is probably the same customer as an earlier row of the "
                      "list (marked on the row): imported and listed in data quality.")
        )  # fmt: skip
    elif twins:
        notes.append(
            translate("ImportDialog", "%1 rows are probably the same customer as an earlier row of "
                      "the list (marked on the row): imported and listed in data quality.")
            .replace("%1", str(twins))
        )  # fmt: skip
    return notes


def typed_cells(mapping: ColumnMapping | None, cells: Sequence[str]) -> dict[ImportField, str]:
    """A refused row's cells by field, as typed (several phone columns joined)."""
    if mapping is None:
        return {}
    typed: dict[ImportField, list[str]] = {}
    for index, found in enumerate(mapping.fields):
        if found is not None and index < len(cells) and cells[index].strip():
            typed.setdefault(found, []).append(cells[index].strip())
    joined = {f: "、".join(values) for f, values in typed.items()}
    if mapping.name_fallback is not None and ImportField.NAME not in joined:
        # No company on this row: the person is the customer, as the reader takes it (rows.py).
        person = joined.pop(ImportField.CONTACT_PERSON, None)
        if person:
            joined[ImportField.NAME] = person
    return joined


def typed_record_type(typed: str | None) -> str | None:
    """A refused row's record type in the user's words when the cell names one (the
    regulations' own terms are read in either language), else as typed."""
    if typed is None:
        return None
    try:
        found = choice(ImportField.RECORD_TYPE, typed, words=RECORD_TYPE_WORDS)
    except DomainError:
        return typed
    return record_type_name(RecordType(found.value)) if found is not None else typed


def preview_rows(
    drafts: Iterable[CustomerDraft],
    errors: Iterable[RowError],
    duplicates: Iterable[DuplicateInFile] = (),
    extra: dict[int, list[str]] | None = None,
    warnings: Iterable[RowError] = (),
    *,
    cells: Mapping[int, Sequence[str]] | None = None,
    mapping: ColumnMapping | None = None,
) -> list[PreviewRow]:
    """One line per non-empty row, in sheet order: the valid rows with what they will hold,
    the wrong ones with their cells as typed (`cells`, read back by row_cells) and every
    problem ("B7: …"); warnings (a value kept as typed though it fails its check, "C7: …"),
    likely duplicates (in the file, or `extra` notes such as files on record) are noted on
    the row without making it invalid."""
    problems: dict[int, list[str]] = {}
    for e in errors:
        where = f"{e.column}{e.row}: " if e.column else ""
        problems.setdefault(e.row, []).append(where + describe(e.problem))
    notes: dict[int, list[str]] = {}
    for w in warnings:
        where = f"{w.column}{w.row}: " if w.column else ""
        notes.setdefault(w.row, []).append(where + describe(w.problem))
    for d in duplicates:
        notes.setdefault(d.row, []).append(describe_duplicate(d))
    for row, found in (extra or {}).items():
        notes.setdefault(row, []).extend(found)
    cells = cells or {}
    lines = [PreviewRow(d.row, d, tuple(notes.get(d.row, ()))) for d in drafts]
    lines += [
        PreviewRow(
            row,
            None,
            tuple(found + notes.get(row, [])),
            typed_cells(mapping, cells.get(row, ())),
        )
        for row, found in problems.items()
    ]
    lines.sort(key=lambda line: line.row)
    return lines


def _draft(attribute: str, typed: ImportField) -> Any:
    """The draft's value; for a refused row, its cell as typed."""

    def value(line: PreviewRow) -> object:
        if line.draft is None:
            return line.typed.get(typed)
        return getattr(line.draft, attribute)

    return value


def _invalid(line: PreviewRow) -> bool:
    return line.invalid


def _warned(line: PreviewRow) -> bool:
    return line.warned


_F = ImportField


class ImportPreviewModel(RowsModel[PreviewRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.columns = [
            Column(self.tr("Row"), lambda line: line.row, _invalid, numeric=True),
            Column(
                self.tr("Status"),
                self._status,
                _invalid,
                warning=_warned,
            ),
            Column(
                self.tr("Problems"),
                lambda line: self.tr("; ").join(line.problems),
                _invalid,
                tooltip=lambda line: "\n".join(line.problems),
            ),
            Column(import_field_name(ImportField.NAME), _draft("name", _F.NAME)),
            Column(
                import_field_name(ImportField.RECORD_TYPE),
                lambda line: (
                    record_type_name(line.draft.record_type)
                    if line.draft
                    else typed_record_type(line.typed.get(_F.RECORD_TYPE))
                ),
            ),
            Column(import_field_name(_F.DEPARTMENT), _draft("department", _F.DEPARTMENT)),
            Column(import_field_name(_F.PHONE), _draft("phones", _F.PHONE)),
            Column(import_field_name(_F.ID_NUMBER), _draft("id_number", _F.ID_NUMBER)),
            Column(import_field_name(_F.EVENT_DATE), _draft("event_date", _F.EVENT_DATE)),
            Column(
                import_field_name(ImportField.GRADE),
                lambda line: (
                    grade_name(line.draft.grade) if line.draft else line.typed.get(_F.GRADE)
                ),
            ),
            Column(
                import_field_name(_F.ARCHIVE_NUMBER),
                _draft("archive_number", _F.ARCHIVE_NUMBER),
            ),
        ]

    def _status(self, line: PreviewRow) -> str:
        if line.invalid:
            return self.tr("Wrong")
        return self.tr("Warning") if line.warned else self.tr("OK")

    def invalid_rows(self) -> list[int]:
        return [line.row for line in self.rows() if line.invalid]


WARNING_COLOUR = QColor("#8a5a00")  # amber, readable on white
SHOWN_GROUPS = 500  # lines of the grouped list; the report holds every problem
_FIRST_ROW = Qt.ItemDataRole.UserRole


def problem_list(go_to_row: Callable[[int], None]) -> QListWidget:
    """The grouped problems, a few lines high; a line clicked selects its first row."""
    found = QListWidget()
    found.setObjectName("importProblems")
    found.setWordWrap(True)
    found.setMaximumHeight(found.fontMetrics().lineSpacing() * 7 + 8)

    def clicked(item: QListWidgetItem) -> None:
        row = item.data(_FIRST_ROW)
        if row is not None:  # not the "… and N more" line
            go_to_row(int(row))

    found.itemClicked.connect(clicked)
    found.hide()
    return found


def show_groups(
    found: QListWidget,
    errors: Iterable[RowError],
    warnings: Iterable[RowError] = (),
    duplicates: Iterable[DuplicateInFile] = (),
) -> None:
    """Fill `found` with problem_groups (errors red, warnings amber); hidden when none."""
    found.clear()
    groups = problem_groups(errors, warnings, duplicates)
    for group in groups[:SHOWN_GROUPS]:
        item = QListWidgetItem(group.text)
        item.setData(_FIRST_ROW, group.rows[0])
        item.setForeground(ALERT_COLOUR if group.error else WARNING_COLOUR)
        item.setToolTip(group.text)
        found.addItem(item)
    if len(groups) > SHOWN_GROUPS:
        found.addItem(
            translate("ImportPreview", "… and %1 more (all of them in the error report)").replace(
                "%1", str(len(groups) - SHOWN_GROUPS)
            )
        )
    found.setVisible(bool(groups))


class MappingTable(QTableWidget):
    """Column letter, the header the file has, and the field it goes to (a combo box each);
    the automatic match is preselected."""

    SKIP = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("columnMapping")
        self.setHorizontalHeaderLabels(
            [
                translate("MappingTable", "Column"),
                translate("MappingTable", "Header in the file"),
                translate("MappingTable", "Imported as"),
            ]
        )
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._auto: ColumnMapping | None = None

    def show_mapping(self, mapping: ColumnMapping | None) -> None:
        self._auto = mapping
        headers: Sequence[str] = mapping.headers if mapping else ()
        self.setRowCount(len(headers))
        for index, text in enumerate(headers):
            self.setItem(index, 0, QTableWidgetItem(column_letter(index)))
            self.setItem(index, 1, QTableWidgetItem(text))
            combo = QComboBox()
            combo.setObjectName(f"mapping_{column_letter(index)}")
            combo.addItem(translate("MappingTable", "(not imported)"), self.SKIP)
            for field in ImportField:
                combo.addItem(import_field_name(field), field.value)
            chosen = mapping.fields[index] if mapping else None
            combo.setCurrentIndex(max(0, combo.findData(chosen.value if chosen else self.SKIP)))
            self.setCellWidget(index, 2, combo)
            for column in (0, 1):
                item = self.item(index, column)
                assert item is not None  # set just above
                item.setFlags(item.flags() & ~item.flags().ItemIsEditable)

    def combo(self, letter: str) -> QComboBox:
        for index in range(self.rowCount()):
            item = self.item(index, 0)
            assert item is not None  # every row has its letter
            if item.text() == letter:
                combo = self.cellWidget(index, 2)
                assert isinstance(combo, QComboBox)
                return combo
        raise KeyError(letter)

    def mapping(self) -> ColumnMapping | None:
        """The automatic mapping with the user's choices applied."""
        if self._auto is None:
            return None
        overrides: dict[str, ImportField | None] = {}
        for index in range(self.rowCount()):
            combo = self.cellWidget(index, 2)
            assert isinstance(combo, QComboBox)
            value = combo.currentData()
            field = ImportField(value) if value else None
            if field != self._auto.fields[index]:
                overrides[column_letter(index)] = field
        return self._auto.override(overrides) if overrides else self._auto
