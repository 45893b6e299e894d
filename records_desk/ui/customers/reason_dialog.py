"""A small window-modal dialog asking for one reason (void a file R-CUS-3, refuse a request
R-CUS-4). It only collects the text; the caller makes the service call, so an empty reason
is refused by the domain in the same words as everywhere else."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from records_desk.ui.dialogs import ok_cancel

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


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
        buttons = ok_cancel(self, self._ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def _ok(self) -> None:
        self.accept()
        self.reason_given.emit(self.reason.text())


def void_dialog(archive_number: str, name: str, parent: QWidget | None) -> ReasonDialog:
    """Void… (R-CUS-3): nothing is deleted; the reason is kept with the file."""
    prompt = translate(
        "ReasonDialog",
        "The file %1 %2 is kept, marked void, and its number is never reused. Why is it void?",
    )
    return ReasonDialog(
        translate("ReasonDialog", "Void %1").replace("%1", archive_number),
        prompt.replace("%1", archive_number).replace("%2", name),
        translate("ReasonDialog", "Void"),
        parent,
    )
