"""sys.excepthook for the GUI (installed by app.py): an unexpected error is logged with its
traceback and shown in the one error dialog (ui/error_dialog.py, imported when the first error
comes: not at every start); the app carries on."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from records_desk.ui.error_dialog import ErrorDialog

log = logging.getLogger("records_desk.unexpected")


class ExceptionReporter:
    """sys.excepthook for the GUI: log, then show (or add to) the one error dialog."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.dialog: ErrorDialog | None = None

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QGuiApplication.quit()
            return
        log.error("unexpected error", exc_info=(kind, error, tb))
        details = "".join(traceback.format_exception(kind, error, tb))
        summary = f"{kind.__name__}: {error}" if str(error) else kind.__name__
        try:
            self._show(summary, details)
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            log.exception("could not show the error dialog")

    def _show(self, summary: str, details: str) -> None:
        if self.dialog is None or not self.dialog.isVisible():
            if self.dialog is not None:
                self.dialog.deleteLater()
            from records_desk.ui.error_dialog import ErrorDialog

            self.dialog = ErrorDialog(self.log_path)
        self.dialog.add(summary, details)
        self.dialog.show()
        self.dialog.raise_()
