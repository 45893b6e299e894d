"""The Media menu's Excel entries (issue 13 §7): "Import media list…" opens the import dialog
(import_dialog.py); "Export inventory…" asks where, then writes the media the tab's filters
show (state, type, classification, department, due — not the search text) off the UI thread,
with progress and cancel (a cancelled export leaves no file), and says how many went out.
Their slots take the menu's controller (ui/media/feature.py MediaMenu: `window`, `show_tab`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QFileDialog, QWidget

from records_desk.domain.common.permissions import Action
from records_desk.ui import notify
from records_desk.ui.common.background import BackgroundJob, report_failure
from records_desk.ui.common.changes import Changes
from records_desk.ui.common.feature import FeatureAction

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


def open_import(menu: Any) -> QWidget:
    from records_desk.ui.media.import_dialog import MediaImportDialog

    window = menu.window

    def make() -> QWidget:
        dialog = MediaImportDialog(window.services, window.principal, window.settings, window)
        dialog.imported.connect(lambda _done: window.changes.publish(Changes.of("media")))
        return dialog

    return window.show_dialog("media_import", make)


class InventoryExport:
    """One export: the file asked with a non-modal dialog, then written in the background."""

    def __init__(self, parent: QWidget, services: Any, principal: Any, flt: Any) -> None:
        self.parent, self.principal, self.flt = parent, principal, flt
        self.exchange = services.media.exchange  # built here: cached_property is not thread-safe
        self.job: BackgroundJob | None = None
        suggested = (
            Path(QDir.homePath()) / f"{translate('MediaExport', 'media')}_{date.today()}.xlsx"
        )
        self.dialog = QFileDialog(parent, translate("MediaExport", "Export the media inventory"),
                                  str(suggested))  # fmt: skip
        self.dialog.setObjectName("mediaExportFileDialog")
        self.dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.dialog.setNameFilter(translate("MediaExport", "Excel workbooks (*.xlsx)"))
        self.dialog.setDefaultSuffix("xlsx")
        self.dialog.fileSelected.connect(self.export_to)
        self.dialog.open()

    def export_to(self, path: str) -> BackgroundJob:
        exchange, principal, flt = self.exchange, self.principal, self.flt

        def work(progress: Any, cancelled: Any) -> Any:
            return exchange.export(principal, path, flt, progress, cancelled)

        label = translate("MediaExport", "Exporting the media inventory…")
        job = BackgroundJob(self.parent, work, label)
        job.finished.connect(self._done)
        job.failed.connect(lambda error: report_failure(self.parent, error))
        self.job = job
        return job.start()

    def _done(self, done: Any) -> None:
        text = translate("MediaExport", "%1 media were exported to %2.")
        notify.info(self.parent, text.replace("%1", str(done.rows)).replace("%2", done.path))


def start_export(menu: Any) -> InventoryExport:
    screen = menu.show_tab()
    flt = screen.filter_bar.current() if hasattr(screen, "filter_bar") else None
    window = menu.window
    exporting = InventoryExport(window, window.services, window.principal, flt)
    menu.exporting = exporting  # kept alive while its dialog and job run
    return exporting


EXCHANGE_ACTIONS = (
    FeatureAction(
        "media_import",
        lambda: translate("Actions", "&Import media list…"),
        lambda: translate(
            "Actions", "Register the media of an existing Excel list: all rows, or none"
        ),
        open_import,
    ),
    FeatureAction(
        "media_export",
        lambda: translate("Actions", "E&xport inventory…"),
        lambda: translate("Actions", "Write the media the list shows to an Excel file"),
        start_export,
        permission=Action.MEDIA_EXPORT,
    ),
)
