"""The scan field of the lend and return dialogs: a barcode scanner types what the folder label
holds (the archive number) and Enter, like a keyboard. Each Enter hands the text to `check`
(one service call); a file that fits is added to the list, one that does not is said next to
the field — no pop-up to dismiss between two scans — and a second scan of a file already in
the list is ignored with a note. Enter here never reaches the dialog's default button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from records_desk.domain.common.errors import DomainError
from records_desk.ui.messages import describe

if TYPE_CHECKING:
    from records_desk.services.loans.dto import ScannedFile

PROBLEM_STYLE = "color: #b71c1c; font-weight: bold;"
NOTE_STYLE = "color: #5d4300;"
DONE_STYLE = "color: #1b5e20;"


class ScanField(QWidget):
    """`scanned(ScannedFile)` for each file accepted; `numbers()` lists those taken."""

    scanned = Signal(object)

    def __init__(self, check: Callable[[str], ScannedFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._taken: list[str] = []
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

    def numbers(self) -> list[str]:
        return list(self._taken)

    def forget(self, archive_number: str) -> None:
        """A file taken off the list may be scanned again."""
        if archive_number in self._taken:
            self._taken.remove(archive_number)

    def clear(self) -> None:
        self._taken.clear()
        self.edit.clear()
        self.say("", "")

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
        from records_desk.services.loans.scans import scanned_archive_number

        text = self.edit.text()
        self.edit.clear()
        number = scanned_archive_number(text)
        if not number:
            return
        if number in self._taken:
            self.say(
                self.tr("%1 is already on the list; the second scan was ignored.").replace(
                    "%1", number
                )
            )
            return
        try:
            found = self._check(text)
        except DomainError as e:
            self.say(describe(e), PROBLEM_STYLE)
            return
        self._taken.append(found.archive_number)
        self.say(self.tr("%1 added.").replace("%1", found.archive_number), DONE_STYLE)
        self.scanned.emit(found)
