"""A scan field: a barcode scanner types what a label holds and Enter, like a keyboard. The
field is one line in a large font with a message under it; each Enter hands the text to
`take` (a subclass's, or the `entered(str)` signal) and clears the field for the next scan —
what went wrong is said next to the field, no pop-up to dismiss between two scans. Enter here
never reaches the dialog's default button.

Shared by the loan register (records_desk/ui/loans/scan_field.py: folder labels, each file
taken once) and the media stocktake (records_desk/ui/media/stocktake_dialog.py: every scan
counted, twice included)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

PROBLEM_STYLE = "color: #b71c1c; font-weight: bold;"
NOTE_STYLE = "color: #5d4300;"
DONE_STYLE = "color: #1b5e20;"


class ScanInput(QWidget):
    """One line for a scanner; `entered(text)` on each Enter with something typed."""

    entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.edit = QLineEdit()
        self.edit.setObjectName("scanField")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(260)
        font = self.edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.edit.setFont(font)
        self.edit.installEventFilter(self)
        self.label.setBuddy(self.edit)
        self.message = QLabel()
        self.message.setObjectName("scanMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)

    def retranslate_ui(self, label: str, placeholder: str) -> None:
        self.label.setText(label)
        self.edit.setPlaceholderText(placeholder)

    def say(self, text: str, style: str = NOTE_STYLE) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submit()
                return True  # never the dialog's default button
        return super().eventFilter(watched, event)

    def submit(self) -> None:
        text = self.edit.text()
        self.edit.clear()
        if text.strip():
            self.take(text)

    def take(self, text: str) -> None:
        """What one scan does; by default, tell whoever listens."""
        self.entered.emit(text)
