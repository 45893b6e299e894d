"""The import preview (issue 4 item 10): every row of the sheet as it would be imported, in
Excel's row numbers, with its problems worded (exchange/customers/report.py) — rows that cannot be
imported in red — and the column-mapping table the user adjusts before checking."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from records_desk.exchange.customers.columns import (
    ColumnMapping,
    ImportField,
    column_letter,
)
from records_desk.exchange.customers.imports import DuplicateInFile, RowError
from records_desk.exchange.customers.rows import CustomerDraft
from records_desk.ui.common.table import Column, RowsModel
from records_desk.wording.customers.import_errors import import_field_name
from records_desk.wording.customers.import_report import describe, describe_duplicate
from records_desk.wording.customers.terms import grade_name, record_type_name

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

PROBLEMS_COLUMN = 2  # of ImportPreviewModel


@dataclass(frozen=True, slots=True)
class PreviewRow:
    row: int
    draft: CustomerDraft | None  # None: the row cannot be imported
    problems: tuple[str, ...]

    @property
    def invalid(self) -> bool:
        return self.draft is None


def preview_rows(
    drafts: Iterable[CustomerDraft],
    errors: Iterable[RowError],
    duplicates: Iterable[DuplicateInFile] = (),
    extra: dict[int, list[str]] | None = None,
    warnings: Iterable[RowError] = (),
) -> list[PreviewRow]:
    """One line per non-empty row, in sheet order: the valid rows with what they will hold,
    the wrong ones with each problem ("B7: …"); warnings (a value kept as typed though it
    fails its check, "C7: …"), likely duplicates (in the file, or `extra` notes such as files
    on record) are noted on the row without making it invalid."""
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
    lines = [PreviewRow(d.row, d, tuple(notes.get(d.row, ()))) for d in drafts]
    lines += [
        PreviewRow(row, None, tuple(found + notes.get(row, []))) for row, found in problems.items()
    ]
    lines.sort(key=lambda line: line.row)
    return lines


def _draft(attribute: str) -> Any:
    def value(line: PreviewRow) -> object:
        return getattr(line.draft, attribute) if line.draft is not None else None

    return value


def _invalid(line: PreviewRow) -> bool:
    return line.invalid


class ImportPreviewModel(RowsModel[PreviewRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.columns = [
            Column(self.tr("Row"), lambda line: line.row, _invalid, numeric=True),
            Column(
                self.tr("Status"),
                lambda line: self.tr("Wrong") if line.invalid else self.tr("OK"),
                _invalid,
            ),
            Column(
                self.tr("Problems"),
                lambda line: self.tr("; ").join(line.problems),
                _invalid,
                tooltip=lambda line: "\n".join(line.problems),
            ),
            Column(import_field_name(ImportField.NAME), _draft("name")),
            Column(
                import_field_name(ImportField.RECORD_TYPE),
                lambda line: record_type_name(line.draft.record_type) if line.draft else "",
            ),
            Column(import_field_name(ImportField.DEPARTMENT), _draft("department")),
            Column(import_field_name(ImportField.PHONE), _draft("phones")),
            Column(import_field_name(ImportField.ID_NUMBER), _draft("id_number")),
            Column(import_field_name(ImportField.EVENT_DATE), _draft("event_date")),
            Column(
                import_field_name(ImportField.GRADE),
                lambda line: grade_name(line.draft.grade) if line.draft else "",
            ),
            Column(import_field_name(ImportField.ARCHIVE_NUMBER), _draft("archive_number")),
        ]

    def invalid_rows(self) -> list[int]:
        return [line.row for line in self.rows() if line.invalid]


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
