"""Importing an office's existing media list from Excel (issue 13 §7): choose the file (and its
sheet), every row is checked off the UI thread — against the file and against the records —
and shown: the rows that will be registered, the ones refused in red with their cells as typed
and every problem named by Excel's column and row, the warnings in amber. The counts add up
(rows read = can be imported + refused). Import stays off while any row is wrong; it writes
all the rows in one transaction, or none. The error report can be saved as xlsx.

Decisions: a compact dialog of its own rather than the customer import's. The customer preview
is built around a column-mapping table of customer fields (and quotas, duplicates, old
events); a media list's columns are few and fixed, so its headers are matched and shown, not
adjusted. What the two share — the reading, the row-named problems, the report, the
background job — is common (exchange/common, wording/exchange.py, ui/common/background.py).
Every text is set in retranslate_ui (the summary and the buttons' reasons through `_say`, the
sentence of the dialog's present state): a language switched while it is open rewords it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from records_desk.exchange.common.headers import column_index
from records_desk.exchange.common.row_cells import row_cells
from records_desk.exchange.common.sheet_size import sheet_names
from records_desk.exchange.media.columns import MediaField
from records_desk.exchange.media.imports import CellProblem, MediumImport
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import notify
from records_desk.ui.common import excel_import as excel
from records_desk.ui.common.background import BackgroundJob, report_failure
from records_desk.ui.common.table import Column, RowsModel, table_view
from records_desk.wording import describe
from records_desk.wording.language import sub
from records_desk.wording.media.exchange import field_name
from records_desk.wording.media.terms import type_name


@dataclass(frozen=True)
class PreviewLine:
    row: int
    draft: MediumImport | None  # None: refused
    problems: tuple[str, ...]  # errors first, then warnings ("C7: …")
    typed: dict[MediaField, str]  # a refused row's cells as typed

    def value(self, f: MediaField, attribute: str) -> str:
        if self.draft is None:
            return self.typed.get(f, "")
        return str(getattr(self.draft, attribute) or "")


def preview_lines(preview: Any, cells: dict[int, tuple[str, ...]]) -> list[PreviewLine]:
    """One line per row read, in sheet order (drafts and refused rows)."""
    said: dict[int, list[str]] = {}
    for problem in [*preview.errors, *preview.warnings]:
        assert isinstance(problem, CellProblem)
        text = describe(problem.problem)
        if problem.column:  # "A5: …", in Chinese "A5：…"
            cell = f"{problem.column}{problem.row}"
            text = sub(QCoreApplication.translate("MediaImportDialog", "%1: %2"), cell, text)
        said.setdefault(problem.row, []).append(text)
    letters = preview.result.columns
    lines = [PreviewLine(d.row, d, tuple(said.get(d.row, ())), {}) for d in preview.drafts]
    for row in preview.error_rows():
        typed = cells.get(row, ())
        mine = {
            f: typed[column_index(c)] for f, c in letters.items() if column_index(c) < len(typed)
        }
        lines.append(PreviewLine(row, None, tuple(said.get(row, ())), mine))
    return sorted(lines, key=lambda line: line.row)


class MediaPreviewModel(RowsModel[PreviewLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], parent)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The headers in the language now in use; the rows' words with them."""
        refused = lambda line: line.draft is None  # noqa: E731
        self.columns = [
            Column(self.tr("Row"), lambda line: line.row, refused, numeric=True),
            Column(self.tr("Status"), self._status, refused,
                   warning=lambda line: line.draft is not None and bool(line.problems)),
            Column(self.tr("Problems"), lambda line: self.tr("; ").join(line.problems), refused,
                   tooltip=lambda line: "\n".join(line.problems)),
            Column(field_name(MediaField.NUMBER), self._number),
            Column(field_name(MediaField.TYPE), self._type),
            Column(field_name(MediaField.CLASSIFIED), self._classified),
            Column(field_name(MediaField.DEPARTMENT),
                   lambda line: line.value(MediaField.DEPARTMENT, "department")),
            Column(field_name(MediaField.SERIAL), lambda line: line.value(MediaField.SERIAL, "serial")),
            Column(field_name(MediaField.BRAND), lambda line: line.value(MediaField.BRAND, "brand")),
        ]  # fmt: skip
        last = len(self.columns) - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, last))

    def _status(self, line: PreviewLine) -> str:
        if line.draft is None:
            return self.tr("Refused")
        return self.tr("Warning") if line.problems else self.tr("OK")

    def _number(self, line: PreviewLine) -> str:
        if line.draft is None:
            return line.typed.get(MediaField.NUMBER, "")
        return line.draft.number or self.tr("(new)")

    def _type(self, line: PreviewLine) -> str:
        if line.draft is None:
            return line.typed.get(MediaField.TYPE, "")
        return type_name(line.draft.media_type)

    def _classified(self, line: PreviewLine) -> str:
        if line.draft is None:
            return line.typed.get(MediaField.CLASSIFIED, "")
        return self.tr("classified") if line.draft.classified else self.tr("unclassified")


class MediaImportDialog(excel.ExcelImportDialog):
    """Emits `imported(MediaImportDone)` after a list was written (the tab refreshes)."""

    geometry_key = "media_import"

    def __init__(
        self, services: Services, principal: Principal, settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(services, principal, settings, parent)
        self.setObjectName("mediaImportDialog")
        self.exchange = services.media.exchange  # built here: cached_property is not thread-safe
        self.resize(1000, 600)
        self.path.setObjectName("mediaImportPath")
        self.sheet = QComboBox()
        self.sheet.setObjectName("mediaImportSheet")
        self.sheet.activated.connect(lambda _i: self.check())
        top = QFormLayout()
        self.file_label, self.sheet_label = QLabel(), QLabel()
        self.sheet_label.setBuddy(self.sheet)
        file_row = excel.file_row(self.path, self.browse)
        top.addRow(self.file_label, file_row)
        top.addRow(self.sheet_label, self.sheet)
        self.choose_button = self.findChild(QPushButton, "chooseFile")

        self.summary = QLabel()
        self.summary.setObjectName("mediaImportSummary")
        self.summary.setWordWrap(True)
        self.only_problems = QCheckBox()
        self.only_problems.toggled.connect(lambda _on: self._show_lines())
        self.model = MediaPreviewModel(self)
        self.view = table_view(self.model, "mediaImportPreview", self)
        self.cells: dict[int, tuple[str, ...]] = {}
        self.row_problems = QLabel()  # every problem of the row selected, one a line
        self.row_problems.setObjectName("mediaImportRowProblems")
        self.row_problems.setWordWrap(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_row())

        names = ("mediaImportReport", "mediaImportRows")
        bottom = excel.ImportButtons(self, self.choose_report_path, self.start_import, names)
        self.bottom = bottom
        self.report_button, self.import_button = bottom.report_button, bottom.import_button
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.row_problems)
        layout.addLayout(bottom.layout)
        # The preview between the check box above it and the buttons below (Tab reached it
        # only after Close).
        QWidget.setTabOrder(self.only_problems, self.view)
        QWidget.setTabOrder(self.view, self.report_button)
        self._say: Callable[[], None] = self._say_choose
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import a media list from Excel"))
        self.file_label.setText(self.tr("File:"))
        self.sheet_label.setText(self.tr("&Sheet:"))
        if self.choose_button is not None:
            self.choose_button.setText(excel.translate("ExcelImport", "&Choose file…"))
        self.only_problems.setText(self.tr("Show only rows with &problems"))
        self.report_button.setText(excel.translate("ExcelImport", "Save &error report…"))
        self.import_button.setText(excel.translate("ExcelImport", "&Import"))
        self.model.retranslate_ui()
        self._show_row()
        self._say()

    def _tell(self, say: Callable[[], None]) -> None:
        """SAY words the summary and the buttons' reasons; again on a change of language."""
        self._say = say
        say()

    def _say_choose(self) -> None:
        self.summary.setText(self.tr("Choose the Excel list of media to import."))
        self._say_why(self.tr("Choose the Excel file first."))

    # -- choosing and checking -----------------------------------------------------------------

    def choose_file(self, path: str) -> BackgroundJob:
        self.path.setText(path)
        self.sheet.clear()
        self.sheet.addItems(sheet_names(path))  # from the workbook part alone (issue 9)
        return self.check(first=True)

    def check(self, first: bool = False) -> BackgroundJob:
        """Every row read and checked off the UI thread; nothing is written."""
        self.checked, self.cells = None, {}
        self.model.set_rows([])
        self.row_problems.clear()
        self._tell(lambda: self._say_why(self.tr("Wait until every row is checked.")))
        path, sheet = self.path.text(), None if first else self.sheet.currentText() or None
        exchange, principal = self.exchange, self.principal

        def work(progress: Any, cancelled: Any) -> Any:
            preview = exchange.preview(principal, path, sheet, progress, cancelled)
            result = preview.result
            refused = preview.error_rows()
            cells = row_cells(path, result.sheet, refused) if refused and result.sheet else {}
            return preview, cells

        return self._run(work, self.tr("Checking every row…"), self._checked)

    def _checked(self, outcome: Any) -> None:
        preview, self.cells = outcome
        if preview.result.cancelled:
            self._tell(self._say_cancelled)
            return
        self.checked = preview
        if preview.result.sheet and self.sheet.currentText() != preview.result.sheet:
            self.sheet.setCurrentIndex(max(0, self.sheet.findText(preview.result.sheet)))
        self._show_lines()
        self._tell(lambda: self._say_checked(preview))

    def _say_cancelled(self) -> None:
        self.summary.setText(self.tr("Checking was cancelled; nothing was imported."))
        self._say_why(self.tr("Checking was cancelled: choose the file again."))

    def _say_checked(self, preview: Any) -> None:
        """What the check found, and why Import or Save error report is off."""
        files = [describe(p) for p in preview.result.file_errors]
        counts = (
            self.tr("%1 rows read: %2 can be imported, %3 refused, %4 with a warning.")
            .replace("%1", str(preview.rows))
            .replace("%2", str(preview.valid))
            .replace("%3", str(preview.refused))
            .replace("%4", str(len({w.row for w in preview.warnings})))
        )
        if files:  # the file itself: "fix the refused rows" when none was read misled
            told = self.tr("Correct the file as said above and choose it again, or choose "
                           "another file.")  # fmt: skip
            cannot = self.tr("The file cannot be imported as it is: see the message above.")
            said = [*files, told]
        else:
            if not preview.rows:
                told = self.tr("The sheet has no row to import: choose another sheet or file.")
                cannot = self.tr("The sheet has no row to import.")
            elif preview.ok and preview.valid:
                told, cannot = self.tr("Nothing is written until you press Import."), ""
            elif preview.ok:
                told = cannot = self.tr("The sheet has no row to import.")
            else:
                told = self.tr("Fix the refused rows in the file and check it again; nothing "
                               "can be imported while any row is wrong.")  # fmt: skip
                cannot = self.tr("Fix the refused rows in the file and check it again.")
            # "%1 %2": two sentences; Chinese puts no space between them.
            said = [sub(self.tr("%1 %2"), counts, told)]
        self.summary.setText("\n".join(said))
        self.summary.setStyleSheet("" if preview.ok else "color: #b71c1c;")
        no_report = (
            "" if preview.errors or preview.warnings or files
            else self.tr("Every row is in order: there is no problem to report.")
        )  # fmt: skip
        self._say_why(cannot, no_report)

    def _say_why(self, cannot_import: str, no_report: str | None = None) -> None:
        """Import and Save error report on or off; a disabled one says why in its tooltip."""
        no_report = cannot_import if no_report is None else no_report
        for button, why in ((self.import_button, cannot_import), (self.report_button, no_report)):
            button.setEnabled(not why)
            button.setToolTip(why)

    def _show_lines(self) -> None:
        if self.checked is None:
            return
        lines = preview_lines(self.checked, self.cells)
        if self.only_problems.isChecked():
            lines = [line for line in lines if line.problems]
        self.model.set_rows(lines)
        refused = next((i for i, line in enumerate(lines) if line.draft is None), None)
        if refused is not None:  # the first refused row selected: its problems in full below
            self.view.selectRow(refused)

    def _show_row(self) -> None:
        index = self.view.currentIndex()
        line = self.model.item(index.row()) if index.isValid() else None
        self.row_problems.setText("\n".join(line.problems) if line is not None else "")

    # -- importing -----------------------------------------------------------------------------

    def start_import(self) -> BackgroundJob | None:
        if self.checked is None or not self.checked.ok:
            return None
        self.import_button.setEnabled(False)
        self._tell(lambda: self.import_button.setToolTip(self.tr("Importing…")))
        preview, exchange, principal = self.checked, self.exchange, self.principal

        def work(progress: Any, cancelled: Any) -> Any:
            return exchange.commit(principal, preview, progress, cancelled)

        return self._run(work, self.tr("Importing…"), self._imported)

    def _imported(self, done: Any) -> None:
        self.checked = None
        self._tell(lambda: self._say_imported(done))
        self.imported.emit(done)
        notify.info(self, self.summary.text())

    def _say_imported(self, done: Any) -> None:
        text = (
            self.tr("1 medium was imported; it is registered and waits for its preparation.")
            if done.imported == 1
            else self.tr("%1 media were imported; they are registered and wait for their "
                         "preparation.").replace("%1", str(done.imported))
        )  # fmt: skip
        self.summary.setText(text)
        self.summary.setStyleSheet("")
        self.import_button.setEnabled(False)
        self.import_button.setToolTip(self.tr("This list is imported; choose another file."))

    def _failed(self, error: BaseException) -> None:
        if self.checked is not None and self.checked.ok:
            self.import_button.setEnabled(True)
            self.import_button.setToolTip("")
        else:
            self._tell(lambda: self._say_why(self.tr("Choose the Excel file first.")))
        report_failure(self, error)
