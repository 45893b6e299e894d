"""Putting returned files back (R-LOAN-5): the file's shelf in large type, so it can be read
from the trolley, and a button the archivist presses once it is back in its place — or the
shelf's label scanned (Enter), which must be the file's shelf. Shown after a return and in the
list of returns not yet confirmed. A refusal (a wrong shelf) is said under the button, not in
a pop-up, so the next scan can follow."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.errors import DomainError
from records_desk.ui.messages import describe

if TYPE_CHECKING:
    from records_desk.services.loans.dto import ReturnedItem

# confirm(archive number, shelf label scanned or None): the service call; raises a DomainError.
Confirm = Callable[[str, "str | None"], object]

SHELF_STYLE = (
    "font-size: 40pt; font-weight: bold; padding: 12px; border: 3px solid #1565c0;"
    " border-radius: 6px; color: #0d47a1; background: #e3f2fd;"
)
DONE = "✓"


class ReshelvePanel(QWidget):
    """`confirmed(archive_number)` for each file confirmed; `all_confirmed` once every file
    listed is back in place."""

    confirmed = Signal(str)
    all_confirmed = Signal()

    def __init__(self, confirm: Confirm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._confirm = confirm
        self._items: list[ReturnedItem] = []
        self._done: set[str] = set()
        self.list = QListWidget()
        self.list.setObjectName("reshelveList")
        self.list.setMaximumWidth(300)
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        self.file_label = QLabel()
        self.file_label.setObjectName("reshelveFile")
        self.file_label.setWordWrap(True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setStyleSheet("font-size: 13pt;")
        self.shelf_label = QLabel()
        self.shelf_label.setObjectName("shelfLocation")
        self.shelf_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shelf_label.setStyleSheet(SHELF_STYLE)
        self.shelf_label.setWordWrap(True)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirmReshelved")
        self.confirm_button.setMinimumHeight(40)
        self.confirm_button.clicked.connect(lambda _checked=False: self.confirm_current())
        self.shelf_scan = QLineEdit()
        self.shelf_scan.setObjectName("shelfScan")
        self.shelf_scan.setClearButtonEnabled(True)
        self.shelf_scan.installEventFilter(self)
        self.shelf_scan_label = QLabel()
        self.shelf_scan_label.setBuddy(self.shelf_scan)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.shelf_scan_label)
        scan_row.addWidget(self.shelf_scan, 1)
        self.state_label = QLabel()
        self.state_label.setObjectName("reshelveState")
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        side = QVBoxLayout()
        side.addWidget(self.file_label)
        side.addWidget(self.shelf_label, 1)
        side.addWidget(self.confirm_button)
        side.addLayout(scan_row)
        side.addWidget(self.state_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(side, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.confirm_button.setText(self.tr("Confirm back in &place"))  # Alt+C is Close
        self.confirm_button.setToolTip(
            self.tr("Press once the file is back on this shelf, in its order")
        )
        self.shelf_scan_label.setText(self.tr("Or scan the &shelf label:"))
        self.shelf_scan.setPlaceholderText(self.tr("The shelf's label, then Enter"))
        self._show_current()

    def set_items(self, items: list[ReturnedItem]) -> None:
        self._items = list(items)
        self._done.clear()
        self.list.clear()
        for item in self._items:
            self.list.addItem(QListWidgetItem(self._line(item)))
        if self._items:
            self.list.setCurrentRow(0)
        self._show_current()

    def pending(self) -> list[str]:
        return [i.archive_number for i in self._items if i.archive_number not in self._done]

    def current(self) -> ReturnedItem | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _line(self, item: ReturnedItem) -> str:
        mark = f"{DONE} " if item.archive_number in self._done else ""
        return f"{mark}{item.archive_number} → {item.shelf_location or '—'}"

    def _show_current(self) -> None:
        item = self.current()
        if item is None:
            self.file_label.setText(self.tr("Nothing waits to be put back."))
            self.shelf_label.setText("")
            self.shelf_label.setVisible(False)
            self.confirm_button.setEnabled(False)
            self.shelf_scan.setEnabled(False)
            self.state_label.setText("")
            return
        self.shelf_label.setVisible(True)
        text = self.tr("Put %1 (loan %2) back on shelf:").replace("%1", item.archive_number)
        self.file_label.setText(text.replace("%2", item.loan_number))
        self.shelf_label.setText(item.shelf_location or self.tr("(no shelf on record)"))
        done = item.archive_number in self._done
        self.confirm_button.setEnabled(not done)
        self.shelf_scan.setEnabled(not done)
        self.state_label.setStyleSheet("")
        left = len(self.pending())
        self.state_label.setText(
            self.tr("Every file is back in place.")
            if not left
            else self.tr("%1 still to confirm.").replace("%1", str(left))
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.shelf_scan and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                text = self.shelf_scan.text().strip()
                self.shelf_scan.clear()
                if text:
                    self.confirm_current(text)
                return True  # never the dialog's default button
        return super().eventFilter(watched, event)

    def confirm_current(self, scanned_shelf: str | None = None) -> None:
        item = self.current()
        if item is None or item.archive_number in self._done:
            return
        try:
            self._confirm(item.archive_number, scanned_shelf)
        except DomainError as e:
            self.state_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
            self.state_label.setText(describe(e))
            return
        self._done.add(item.archive_number)
        row = self.list.currentRow()
        self.list.item(row).setText(self._line(item))
        self.confirmed.emit(item.archive_number)
        pending = self.pending()
        if pending:
            self.list.setCurrentRow(
                next(i for i, x in enumerate(self._items) if x.archive_number in pending)
            )
        self._show_current()
        if not pending:
            self.all_confirmed.emit()
