"""A small window-modal dialog asking for one reason (void a file R-CUS-3, refuse a request
R-CUS-4). It only collects the text; the caller makes the service call, so an empty reason
is refused by the domain in the same words as everywhere else."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class ReasonDialog(QDialog):
    """Emits `reason_given(text)` on OK; open() it (never exec())."""

    reason_given = Signal(str)

    def __init__(self, title: str, prompt: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        self.prompt.setBuddy(self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def _ok(self) -> None:
        self.accept()
        self.reason_given.emit(self.reason.text())
