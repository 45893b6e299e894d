"""The one dialog for an unexpected error: what happened, where the log is, a button that
copies the details. `ExceptionReporter` is installed as sys.excepthook by the composition
root; it logs the traceback and lets the app carry on. Errors that arrive while the dialog is
open are added to it instead of opening more dialogs (ui/exception_reporter.py)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class ErrorDialog(QDialog):
    def __init__(self, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self._log_path = log_path
        self._count = 0
        self._summary = ""
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.setWindowIcon(icon)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit()
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyDetailsButton")
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 380)
        self.retranslate_ui()

    def add(self, summary: str, details: str) -> None:
        self._count += 1
        if self._count == 1:
            self._summary = summary
        else:
            self.details.appendPlainText("\n" + "-" * 60 + "\n")
        self.details.appendPlainText(details)
        self.retranslate_ui()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Unexpected error — Records Desk"))
        text = self.tr(
            "<b>Something went wrong: %1</b><p>Records Desk carries on; what you were doing "
            "may not have finished. Please check it, and give the details below to whoever "
            "looks after the program.</p><p>The log file is %2</p>"
        )
        text = text.replace("%1", html.escape(self._summary)).replace(
            "%2", html.escape(str(self._log_path))
        )
        if self._count > 1:
            more = self.tr("%1 errors happened; all are in the details.")
            text += "<p>" + more.replace("%1", str(self._count)) + "</p>"
        self.text.setText(text)
        self.copy_button.setText(self.tr("&Copy details"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
