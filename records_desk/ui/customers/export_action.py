"""Exporting to Excel from the Customers menu (issue 4 item 11, R-AUD-2): the customers tab's
current view with its search and filters (a CustomerQuery from the caller; none: every
active file), or the holiday SMS list (name + mobile, blacklisted and void files left out,
第四篇 六3). The file name is asked with a non-modal save dialog; the export runs off the UI
thread with progress and cancel (a cancelled export leaves no file); the user is told how
many rows went out."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui import notify
from records_desk.ui.common.background import BackgroundJob, report_failure


class CustomerExport(QObject):
    """One export at a time; `exported(result)` when the file is written."""

    exported = Signal(object)

    def __init__(self, services: Services, principal: Principal, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.principal = principal
        self.widget = parent
        self.file_dialog: QFileDialog | None = None
        self.job: BackgroundJob | None = None

    # -- asking where --------------------------------------------------------------------------

    def _ask_path(self, title: str, stem: str, then: Any) -> QFileDialog:
        suggested = str(Path(QDir.homePath()) / f"{stem}_{date.today().isoformat()}.xlsx")
        dialog = QFileDialog(self.widget, title, suggested)
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel workbooks (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.fileSelected.connect(then)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def start(self, query: object | None = None) -> QFileDialog:
        """The view's rows (`query` from the tab), or every file."""
        return self._ask_path(
            self.tr("Export customer files"),
            self.tr("customers"),
            lambda path: self.export_to(path, query),
        )

    def start_sms(self, query: object | None = None) -> QFileDialog:
        return self._ask_path(
            self.tr("Save the holiday SMS list"),
            self.tr("sms_contacts"),
            lambda path: self.sms_to(path, query),
        )

    # -- writing -------------------------------------------------------------------------------

    @staticmethod
    def _query(query: object | None) -> Any:
        if query is not None:
            return query
        from records_desk.services.customers.search import CustomerQuery

        return CustomerQuery()

    def export_to(self, path: str, query: object | None = None) -> BackgroundJob:
        exports = self.services.customers.exports  # built here: cached_property is not thread-safe
        chosen = self._query(query)

        def work(progress: Any, cancelled: Any) -> Any:
            return exports.export_customers(self.principal, chosen, path, progress, cancelled)

        return self._run(work, self.tr("Exporting customer files…"), self._exported)

    def sms_to(self, path: str, query: object | None = None) -> BackgroundJob:
        exports = self.services.customers.exports
        chosen = self._query(query)

        def work(_progress: Any, _cancelled: Any) -> Any:
            return exports.export_sms_contacts(self.principal, chosen, path)

        return self._run(work, self.tr("Writing the SMS list…"), self._sms_written)

    def _run(self, work: Any, label: str, done: Any) -> BackgroundJob:
        job = BackgroundJob(self.widget, work, label)
        job.finished.connect(done)
        job.failed.connect(self._failed)
        self.job = job
        return job.start()

    def _exported(self, done: Any) -> None:
        self.exported.emit(done)
        notify.info(
            self.widget,
            self.tr("%1 customer files were exported to %2.")
            .replace("%1", str(done.rows))
            .replace("%2", done.path),
        )

    def _sms_written(self, done: Any) -> None:
        self.exported.emit(done)
        notify.info(
            self.widget,
            self.tr(
                "%1 contacts were written to %2. Left out: %3 blacklisted, %4 void, "
                "%5 without a mobile, %6 repeated mobiles."
            )
            .replace("%1", str(done.written))
            .replace("%2", done.path)
            .replace("%3", str(done.blacklisted))
            .replace("%4", str(done.void))
            .replace("%5", str(done.no_mobile))
            .replace("%6", str(done.repeated)),
        )

    def _failed(self, error: BaseException) -> None:
        from records_desk.services.customers.export import ExportCancelled

        if isinstance(error, ExportCancelled):
            notify.info(self.widget, self.tr("The export was cancelled; no file was written."))
            return
        report_failure(self.widget, error)
