"""A list of names edited in place (a group box): add from a field below it, rename (double-click
or F2), remove (the button or Delete), move up and down; an empty name or one already listed
(in any case or spacing) is refused with a message saying so, and the item keeps its last
good name. Read-only when the user may not change it. Used for the office's short lists (the
media repair units and backup-disc categories)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from records_desk.ui import notify

_SAVED = Qt.ItemDataRole.UserRole + 1  # an item's last accepted name, restored on a refusal


def tidy(text: str) -> str:
    """A name as the office's lists store it: spaces collapsed."""
    return " ".join(text.split())


class ListEditor(QGroupBox):
    """One list of names edited in place. `values()` in the order shown."""

    def __init__(
        self,
        name: str,
        editable: bool,
        what: Callable[[], str],
        new_label: Callable[[], str],
        note: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.editable = editable
        self._what, self._new_label, self._note = what, new_label, note
        self.list = QListWidget()
        self.list.setObjectName(name + "List")
        self.list.itemChanged.connect(self._renamed)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.new = QLineEdit()
        self.new.setObjectName(name + "New")
        self.new.setMaxLength(100)  # the longest name the office's lists keep
        self.new.installEventFilter(self)  # Enter adds the name (and does not save the dialog)
        self.new_caption = QLabel()
        self.new_caption.setBuddy(self.new)
        self.add_button = self._button("Add", self.add)
        self.rename_button = self._button("Rename", self.rename)
        self.remove_button = self._button("Remove", self.remove)
        self.up_button = self._button("Up", lambda: self.shift(-1))
        self.down_button = self._button("Down", lambda: self.shift(1))
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setObjectName(name + "Note")
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove)
        side = QVBoxLayout()
        for button in (self.rename_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        grid = QGridLayout(self)
        grid.addWidget(self.note_label, 0, 0, 1, 3)
        grid.addWidget(self.list, 1, 0, 1, 2)
        grid.addLayout(side, 1, 2)
        grid.addWidget(self.new_caption, 2, 0)
        grid.addWidget(self.new, 2, 1)
        grid.addWidget(self.add_button, 2, 2)
        grid.setColumnStretch(1, 1)
        for widget in (
            self.new_caption,
            self.new,
            self.add_button,
            self.rename_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            widget.setVisible(editable)
        self.retranslate_ui()

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        # No mnemonics: two lists share the dialog; Enter adds, F2 renames, Delete removes.
        button = QPushButton()
        button.setObjectName(self.objectName() + name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def retranslate_ui(self) -> None:
        self.setTitle(self._what())
        self.new_caption.setText(self._new_label())
        self.note_label.setText(self._note())
        self.add_button.setText(self.tr("Add"))
        self.rename_button.setText(self.tr("Rename"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.list.setToolTip(
            self.tr("Double-click a name (or press F2) to rename it; Delete removes it.")
            if self.editable
            else ""
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.new
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add()
            return True
        return super().eventFilter(watched, event)

    # -- the list ---------------------------------------------------------------------------
    def set_values(self, values: Sequence[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for value in values:
            self._append(value)
        self.list.blockSignals(False)
        self._update_buttons()

    def values(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(_SAVED, text)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if self.editable else flags)
        self.list.addItem(item)
        return item

    def refusal(self, text: str, skip: QListWidgetItem | None = None) -> str | None:
        """Why TEXT may not be on the list (None: it may), SKIP being the item renamed."""
        if not text:
            return self.tr("A name cannot be empty.")
        key = text.casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item is not skip and tidy(item.text()).casefold() == key:
                return (
                    self.tr("“%1” is already on the list of %2.")
                    .replace("%1", item.text())
                    .replace("%2", self._what())
                )
        return None

    def add(self) -> bool:
        """Add the name typed below the list; False (after saying why) when it is refused."""
        text = tidy(self.new.text())
        why = self.refusal(text)
        if why is not None:
            notify.error(self, why)
            self.new.setFocus()
            return False
        self.list.blockSignals(True)
        item = self._append(text)
        self.list.blockSignals(False)
        self.list.setCurrentItem(item)
        self.new.clear()
        self._update_buttons()
        return True

    def pending(self) -> str:
        return tidy(self.new.text())

    def rename(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def _renamed(self, item: QListWidgetItem) -> None:
        old = str(item.data(_SAVED))
        text = tidy(item.text())
        why = self.refusal(text, skip=item) if text != old else None
        self.list.blockSignals(True)
        if why is None:
            item.setText(text)
            item.setData(_SAVED, text)
        else:
            item.setText(old)
        self.list.blockSignals(False)
        if why is not None:
            notify.error(self, why + " " + self.tr("The name stays “%1”.").replace("%1", old))

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._update_buttons()

    def shift(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(target)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        chosen = row >= 0
        self.rename_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < self.list.count() - 1)
