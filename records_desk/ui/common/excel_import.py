"""What every Excel import dialog shares (the customer list's: ui/customers/import_dialog.py; the
media list's: ui/media/import_dialog.py): the workbook chosen with a non-modal file dialog, the
bottom row (Save error report…, Import, Close), the work run off the UI thread with progress
and cancel (ui/common/background.py), and the error report saved where the user says — named
after the list (`<list>_錯誤報告.xlsx`) — with every problem the preview found."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from records_desk.domain.common.file_errors import FileNotWritten
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import notify
from records_desk.ui.common.background import BackgroundJob, report_failure
from records_desk.ui.widgets.dialog import RememberingDialog

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


def xlsx_dialog(
    parent: QWidget, title: str, then: Callable[[str], object], suggested: str = "",
    save: bool = False,
) -> QFileDialog:  # fmt: skip
    """A non-modal dialog choosing an .xlsx to read (or, `save`, to write); `then(path)`."""
    dialog = QFileDialog(parent, title, suggested)
    dialog.setNameFilter(translate("ExcelImport", "Excel workbooks (*.xlsx)"))
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(then)
    dialog.open()
    return dialog


def file_row(path: QLineEdit, browse: Callable[[], object]) -> QHBoxLayout:
    """The chosen file's path (read only) and its Choose file… button."""
    path.setReadOnly(True)
    button = QPushButton(translate("ExcelImport", "&Choose file…"))
    button.setObjectName("chooseFile")
    button.clicked.connect(browse)
    row = QHBoxLayout()
    row.addWidget(path, 1)
    row.addWidget(button)
    return row


class ImportButtons:
    """Save error report… on the left; Import and Close on the right, both off until a check
    allows them."""

    def __init__(
        self,
        dialog: QDialog,
        save_report: Callable[[], object],
        start_import: Callable[[], object],
        names: tuple[str, str] = ("saveErrorReport", "importRows"),
    ) -> None:
        self.report_button = QPushButton(translate("ExcelImport", "Save &error report…"))
        self.import_button = QPushButton(translate("ExcelImport", "&Import"))
        for button, name, slot in zip(
            (self.report_button, self.import_button), names, (save_report, start_import),
            strict=True,
        ):  # fmt: skip
            button.setObjectName(name)
            button.setEnabled(False)
            button.clicked.connect(slot)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        self.layout = QHBoxLayout()
        self.layout.addWidget(self.report_button)
        self.layout.addStretch(1)
        self.layout.addWidget(self.import_button)
        self.layout.addWidget(close)


def run_job(
    parent: QWidget,
    work: Any,
    label: str,
    done: Callable[[Any], object],
    failed: Callable[[BaseException], object],
) -> BackgroundJob:
    job = BackgroundJob(parent, work, label)
    job.finished.connect(done)
    job.failed.connect(failed)
    return job.start()


def ask_report_path(parent: QWidget, source: str, then: Callable[[str], object]) -> QFileDialog:
    """Where to save the error report of the list at `source` (suggested beside it)."""
    path = Path(source)
    return xlsx_dialog(
        parent,
        translate("ExcelImport", "Save the error report"),
        then,
        str(path.with_name(path.stem + "_錯誤報告.xlsx")),
        save=True,
    )


def save_report(parent: QWidget, preview: Any, path: str) -> None:
    """The preview's every problem (errors, then warnings and notes) saved to `path`; told."""
    try:
        lines = preview.save_report(path)
    except FileNotWritten as e:  # read-only, not a file, disk full: nothing written
        report_failure(parent, e)
        return
    notify.info(
        parent,
        translate("ExcelImport", "The error report (%1 lines) was saved to %2.")
        .replace("%1", str(lines))
        .replace("%2", path),
    )


class ExcelImportDialog(RememberingDialog):
    """The frame of an import dialog: the services, who imports, the chosen file's path, the
    checked preview (`checked`, the service's; None until a check), the job running and the
    file dialog open. A subclass lays out its preview and implements `choose_file(path)` and
    `_failed(error)`; it emits `imported(result)` after a list was written."""

    imported = Signal(object)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.services = services
        self.principal = principal
        self.checked: Any = None
        self.job: BackgroundJob | None = None
        self.file_dialog: QFileDialog | None = None
        self.path = QLineEdit()

    def choose_file(self, path: str) -> object:
        raise NotImplementedError

    def _failed(self, error: BaseException) -> None:
        raise NotImplementedError

    def browse(self) -> None:
        title = translate("ExcelImport", "Choose the Excel file")
        self.file_dialog = xlsx_dialog(self, title, self.choose_file)

    def _run(self, work: Any, label: str, done: Callable[[Any], object]) -> BackgroundJob:
        self.job = run_job(self, work, label, done, self._failed)
        return self.job

    def choose_report_path(self) -> None:
        self.file_dialog = ask_report_path(self, self.path.text(), self.save_report)

    def save_report(self, path: str) -> None:
        if self.checked is not None:  # every problem: errors, warnings, notes
            save_report(self, self.checked, path)
