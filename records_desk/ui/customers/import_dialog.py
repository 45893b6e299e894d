"""Importing the office's customer list from Excel (issue 4 item 10, R-AUD-2): choose the file
and its sheet, check the column mapping (headers matched automatically, each adjustable),
check every row — the preview shows each wrong row with its cells and every problem, lists
the problems grouped by column and wording with their rows, and Import stays off while any
row is wrong — then one all-or-nothing import. Checking and importing run off the UI thread
with a progress dialog; cancelling writes nothing. The error report can be saved as xlsx."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.customers.timeliness import old_events
from records_desk.exchange.common.sheet_size import sheet_names
from records_desk.exchange.customers.columns import ColumnMapping
from records_desk.exchange.customers.imports import ImportResult, detect_columns
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import notify
from records_desk.ui.common import excel_import as excel
from records_desk.ui.common.background import BackgroundJob, report_failure
from records_desk.ui.common.table import table_view
from records_desk.ui.customers import import_calls
from records_desk.ui.customers.import_preview import (
    PROBLEMS_COLUMN,
    ImportPreviewModel,
    MappingTable,
    preview_rows,
    problem_list,
    show_groups,
    warned_rows,
    warning_notes,
)
from records_desk.wording.customers.import_report import describe, describe_old_events


class ImportDialog(excel.ExcelImportDialog):
    """Emits `imported(ImportCommitted)` after a batch was written (the tab refreshes);
    `checked` is the service's preview of the file as mapped now."""

    geometry_key = "customer_import"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, principal, settings, parent)
        self.setObjectName("customerImportDialog")
        self.refused_cells: dict[int, tuple[str, ...]] = {}  # refused rows' cells, as typed
        self.setWindowTitle(self.tr("Import customers from Excel"))
        self.resize(1100, 700)
        self.path.setObjectName("importPath")
        chosen = excel.file_row(self.path, self.browse)
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet.activated.connect(lambda _i: self.detect())
        self.mapping_table = MappingTable()
        self.check_button = QPushButton(self.tr("Check &rows"))
        self.check_button.setObjectName("checkRows")
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self.check)
        top = QFormLayout()
        top.addRow(self.tr("File:"), chosen)
        top.addRow(self.tr("&Sheet:"), self.sheet)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addLayout(top)
        left_box.addWidget(QLabel(self.tr("Columns (matched from the headers; change any):")))
        left_box.addWidget(self.mapping_table, 1)
        left_box.addWidget(self.check_button)

        self.summary = QLabel(self.tr("Choose the Excel file to import."))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.notes = QLabel()  # gaps and warnings told: information, not an error
        self.notes.setObjectName("importNotes")
        self.notes.setWordWrap(True)
        self.notes.hide()
        self.problems: QListWidget = problem_list(self._go_to_row)
        self.only_wrong = QCheckBox(self.tr("Show only rows with &problems"))
        self.only_wrong.setObjectName("onlyWrongRows")
        self.only_wrong.toggled.connect(lambda _on: self._show_preview())
        self.model = ImportPreviewModel(self)
        self.view = table_view(self.model, "importPreview", self)
        # The problems column is read in full from its tooltip; the row stays one line high.
        self.view.horizontalHeader().setSectionResizeMode(
            PROBLEMS_COLUMN, QHeaderView.ResizeMode.Interactive
        )
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.setWordWrap(False)
        self.row_problems = QLabel()  # every problem of the row selected, one a line
        self.row_problems.setObjectName("rowProblems")
        self.row_problems.setWordWrap(True)
        self.row_problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_row())
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.summary)
        right_box.addWidget(self.notes)
        right_box.addWidget(self.problems)
        right_box.addWidget(self.only_wrong)
        right_box.addWidget(self.view, 1)
        right_box.addWidget(self.row_problems)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([330, 770])

        self.override = QLineEdit()
        self.override.setObjectName("importOverride")
        self.override.setPlaceholderText(self.tr("Director's reason for going over the quota"))
        self.override.setVisible(False)
        right_box.addWidget(self.override)

        bottom = excel.ImportButtons(self, self.choose_report_path, self.start_import)
        self.report_button, self.import_button = bottom.report_button, bottom.import_button
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom.layout)

    # -- choosing the file, the sheet and the columns -----------------------------------------

    def choose_file(self, path: str) -> None:
        self.path.setText(path)
        self.sheet.clear()
        # Read from the workbook part alone: opening a 1,000,000-row file with openpyxl would
        # first hold all of its shared strings (issue 9).
        self.sheet.addItems(sheet_names(path))
        self.detect(first=True)

    def detect(self, first: bool = False) -> None:
        """Header row and automatic mapping of the chosen sheet (no data rows read)."""
        sheet = None if first else self.sheet.currentText() or None
        found = detect_columns(self.path.text(), sheet)
        if found.sheet and self.sheet.currentText() != found.sheet:
            self.sheet.setCurrentIndex(max(0, self.sheet.findText(found.sheet)))
        self.mapping_table.show_mapping(found.mapping)
        self._forget_check()
        self.check_button.setEnabled(found.mapping is not None)
        if found.file_errors:
            self.summary.setText("\n".join(describe(p) for p in found.file_errors))
        else:
            self.summary.setText(
                self.tr("Header row %1 of sheet %2. Check the columns, then check the rows.")
                .replace("%1", str(found.header_row))
                .replace("%2", found.sheet or "")
            )

    def mapping(self) -> ColumnMapping | None:
        return self.mapping_table.mapping()

    def _forget_check(self) -> None:
        self.checked = None
        self.refused_cells = {}
        self.model.set_rows([])
        show_groups(self.problems, [])
        self.notes.clear()
        self.notes.hide()
        self.row_problems.clear()
        self.import_button.setEnabled(False)
        self.report_button.setEnabled(False)

    # -- checking every row -------------------------------------------------------------------

    def check(self) -> BackgroundJob:
        self._forget_check()
        work = import_calls.preview_work(
            self.services,
            self.principal,
            self.path.text(),
            self.sheet.currentText(),
            self.mapping(),
        )
        return self._run(work, self.tr("Checking every row…"), self._checked)

    def _checked(self, checked: Any) -> None:
        preview, cells = checked
        result: ImportResult = import_calls.result_of(preview)
        if result.cancelled:
            self.summary.setText(self.tr("Checking was cancelled; nothing was imported."))
            return
        self.checked, self.refused_cells = preview, cells
        self._show_preview()
        show_groups(self.problems, result.errors, result.warnings, result.duplicates_in_file)
        wrong = result.error_rows
        problems = [describe(p) for p in result.file_errors]
        # Told, not refused: what the import will do with gaps and values to look at (plain,
        # not red: nothing here stops the import).
        notes = [describe(p) for p in result.missing_columns]  # imported with the gap
        old = old_events((d.event_date for d in result.drafts), self.services.ctx.now())
        if old:  # R-CUS-5: said, so that nobody expects (or fears) late entries
            notes.append(describe_old_events(old))
        failing, twins = warned_rows(result.warnings, result.duplicates_in_file)
        notes += warning_notes(len(failing), len(twins))
        quotas = import_calls.quota_problems(preview)
        if wrong or problems:
            text = (
                self.tr("%1 rows read: %2 can be imported, %3 cannot (listed below with their problems). Fix them in the file and check again.")
                .replace("%1", str(result.rows_read))
                .replace("%2", str(result.valid))
                .replace("%3", str(len(wrong)))
            )  # fmt: skip
            self.summary.setText("\n".join([text, *problems]))
            self.summary.setStyleSheet("color: #b71c1c;")
        else:
            warned = len(failing | twins)
            if warned:
                text = (
                    self.tr("All %1 rows can be imported; %2 of them have a warning (listed below).")
                    .replace("%1", str(result.rows_read))
                    .replace("%2", str(warned))
                )  # fmt: skip
            else:
                text = self.tr("All %1 rows can be imported.").replace("%1", str(result.rows_read))
            if quotas:
                text += "\n" + self.tr(
                    "The batch would break a grade quota; only a director may import it, "
                    "with a reason:"
                )
            self.summary.setText("\n".join([text, *quotas]))
            self.summary.setStyleSheet("")
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.override.setVisible(bool(quotas))
        self.import_button.setEnabled(import_calls.may_import(preview))
        self.report_button.setEnabled(
            bool(
                result.errors or result.file_errors or result.warnings or result.missing_columns
                or result.duplicates_in_file
            )
        )  # fmt: skip

    def _show_preview(self) -> None:
        if self.checked is None:
            self.model.set_rows([])
            return
        result = import_calls.result_of(self.checked)
        lines = preview_rows(
            result.drafts,
            result.errors,
            result.duplicates_in_file,
            import_calls.row_notes(self.checked),
            result.warnings,
            cells=self.refused_cells,
            mapping=result.mapping,
        )
        if self.only_wrong.isChecked():
            lines = [line for line in lines if line.invalid or line.problems]
        self.model.set_rows(lines)
        self.view.setColumnWidth(PROBLEMS_COLUMN, 360)
        wrong = next((i for i, line in enumerate(lines) if line.invalid), None)
        if wrong is not None:
            self.view.scrollTo(self.model.index(wrong, 0))

    def _go_to_row(self, row: int) -> None:
        """A grouped problem clicked: its first row selected in the table."""
        found = next((i for i, line in enumerate(self.model.rows()) if line.row == row), None)
        if found is not None:
            self.view.selectRow(found)
            self.view.scrollTo(self.model.index(found, 0))

    def _show_row(self) -> None:
        index = self.view.currentIndex()
        line = self.model.item(index.row()) if index.isValid() else None
        self.row_problems.setText(
            self.tr("Row %1:").replace("%1", str(line.row)) + "\n" + "\n".join(line.problems)
            if line is not None and line.problems
            else ""
        )

    # -- importing ------------------------------------------------------------------------------

    def start_import(self) -> BackgroundJob | None:
        if self.checked is None or not import_calls.may_import(self.checked):
            return None
        self.import_button.setEnabled(False)
        override = self.override.text().strip() if not self.override.isHidden() else ""
        work = import_calls.commit_work(
            self.services, self.principal, self.checked, override or None
        )
        return self._run(work, self.tr("Importing…"), self._imported)

    def _imported(self, outcome: Any) -> None:
        written = outcome.written
        text = (
            self.tr("1 customer file was imported.")
            if written == 1
            else self.tr("%1 customer files were imported.").replace("%1", str(written))
        )
        self.summary.setText(text)
        self.summary.setStyleSheet("")
        self.checked = None
        self.imported.emit(outcome)
        notify.info(self, text)

    def _failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(
            self.checked is not None and import_calls.may_import(self.checked)
        )
        if import_calls.is_cancelled(error):
            self.summary.setText(self.tr("The import was cancelled; nothing was written."))
            return
        report_failure(self, error)
