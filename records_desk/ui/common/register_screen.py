"""What a register's screen (the loan register, the media inventory) lays out alike: the filter
bar on top, the toolbar with the count at its right, and the paging table beside the selected
record's detail panel; the screen's own actions (a shortcut only while the screen has the
focus, so two tabs may both use Ctrl+F); and its dialogs, one of each kind (`open_one`, `ScreenDialogsBase`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)


def lay_out_register(
    screen: QWidget,
    filter_bar: QWidget,
    toolbar: QToolBar,
    count_label: QLabel,
    table: QWidget,
    detail: QWidget,
    table_width: int,
) -> QSplitter:
    """Fill SCREEN's layout; the splitter (table | detail) is returned for the caller to keep."""
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    actions = QHBoxLayout()
    actions.addWidget(toolbar, 1)
    actions.addWidget(count_label)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(table)
    splitter.addWidget(detail)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([table_width, 330])
    layout = QVBoxLayout(screen)
    layout.addWidget(filter_bar)
    layout.addLayout(actions)
    layout.addWidget(splitter, 1)
    return splitter


def screen_action(
    screen: QWidget, name: str, slot: Callable[[], object], shortcut: str = ""
) -> QAction:
    action = QAction(screen)
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        screen.addAction(action)
    return action


def open_one(dialogs: dict[str, QWidget], key: str, dialog: QDialog) -> QDialog:
    """DIALOG opened (non-modal, open()) as the screen's one dialog of kind KEY: an older one
    of that kind is closed, and the entry goes when the dialog is destroyed."""
    old = dialogs.get(key)
    if old is not None:
        old.close()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialogs[key] = dialog
    dialog.destroyed.connect(lambda *_: dialogs.pop(key, None))
    dialog.open()
    return dialog


class ScreenDialogsBase:
    """What a screen's dialogs mixin (screen_dialogs.py of ui/customers, ui/loans, ui/media)
    needs of the screen it is mixed into: the screen as the dialogs' parent, and its dialogs
    one of each kind."""

    dialogs: dict[str, QWidget]

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def _open(self, key: str, dialog: QDialog) -> QDialog:
        return open_one(self.dialogs, key, dialog)
