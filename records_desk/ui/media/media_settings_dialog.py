"""Media settings… of the Media menu: the two lists the media inventory reads from the office's
settings (services/media/options.py) — the repair units the IT office names (R-MED-6: a medium
goes to repair only to one of them) and the categories backup discs are filed under (R-MED-5).
Each list is edited in place: add, rename (double-click or F2), remove, move up and down; an
empty name or one already listed (in any case or spacing) is refused with a message saying so
and the list keeps its last good value. Saved through the service, which checks the right
(Action.OFFICE_SETTINGS: the general manager, the customer director) and audits each list that
changed; for any other role the lists are shown read-only.

`SettingsPointer` is the note a dialog shows where one of the lists is empty (the repair step,
filing a backup disc): it says where the list is kept and, for a role that may change it,
opens this dialog.

Decisions:
- A name still typed in the "new" field when Save is pressed is added first (or refused, and
  nothing is saved): it was meant to be on the list.
- Each list that changed is one service call, one audit entry; an unchanged list is not
  written again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.common.list_editor import ListEditor
from records_desk.ui.widgets.dialog import RememberingDialog

if TYPE_CHECKING:
    from records_desk.ui.common.feature import FeatureHost


def may_change(principal: Principal) -> bool:
    return is_allowed(principal.role, Action.OFFICE_SETTINGS)


class MediaSettingsDialog(RememberingDialog):
    """`saved()` once the service has stored the lists (and the dialog has closed)."""

    geometry_key = "media_settings"
    saved = Signal()

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("mediaSettingsDialog")
        self._services = services
        self._principal = principal
        self.editable = may_change(principal)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.units = ListEditor(
            "repairUnits",
            self.editable,
            lambda: self.tr("Repair units the IT office names"),
            lambda: self.tr("New repair &unit:"),
            lambda: self.tr(
                "A medium is sent for repair only to a unit on this list; with "
                "none listed, nothing can be sent."
            ),
        )
        self.categories = ListEditor(
            "backupCategories",
            self.editable,
            lambda: self.tr("Backup disc categories"),
            lambda: self.tr("New backup &category:"),
            lambda: self.tr(
                "Optical discs holding a backup are filed under one of these. "
                "Discs already filed keep their category if it is renamed or removed."
            ),
        )
        lists = QHBoxLayout()
        lists.addWidget(self.units)
        lists.addWidget(self.categories)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            if self.editable
            else QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(lists, 1)
        layout.addWidget(self.buttons)
        self._stored: tuple[list[str], list[str]] = ([], [])
        self.retranslate_ui()
        self.resize(820, 460)
        self.load()

    def load(self) -> None:
        options = self._services.media.options
        try:
            units = operations.call(self, options.repair_units)
            categories = operations.call(self, options.backup_categories)
        except operations.Failed:
            return
        self._stored = (list(units), list(categories))
        self.units.set_values(units)
        self.categories.set_values(categories)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Media settings"))
        intro = self.tr(
            "The lists every desk uses for removable media. Add a name below a list; "
            "double-click a name to rename it."
        )
        if not self.editable:
            intro = self.tr(
                "The lists every desk uses for removable media. Only the general manager "
                "and the customer director change them."
            )
        self.intro.setText(intro)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(self.tr("&Save"))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        else:
            self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

    def save(self) -> None:
        for editor in (self.units, self.categories):
            if editor.pending() and not editor.add():
                return
        units, categories = self.units.values(), self.categories.values()
        options = self._services.media.options
        try:
            if units != self._stored[0]:
                stored = operations.call(
                    self, lambda: options.set_repair_units(self._principal, units)
                )
                self._stored = (list(stored), self._stored[1])
            if categories != self._stored[1]:
                stored = operations.call(
                    self, lambda: options.set_backup_categories(self._principal, categories)
                )
                self._stored = (self._stored[0], list(stored))
        except operations.Failed:
            return
        self.saved.emit()
        self.accept()


class SettingsPointer(QWidget):
    """Where a dialog needs a list that is empty: TEXT(may_change) says so and where it is
    kept; a role that may change it gets a button opening Media settings…; `saved()` after a
    save there."""

    saved = Signal()

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        text: Callable[[bool], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mediaSettingsPointer")
        self._services, self._principal, self._settings = services, principal, settings
        self._text = text
        self.dialog: MediaSettingsDialog | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("mediaSettingsPointerText")
        self.label.setStyleSheet("color: #8a5100;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.button: QPushButton | None = None
        if may_change(principal):
            self.button = QPushButton()
            self.button.setObjectName("openMediaSettings")
            self.button.setAutoDefault(False)
            self.button.clicked.connect(lambda _checked=False: self.open_settings())
            row = QHBoxLayout()
            row.addWidget(self.button)
            row.addStretch(1)
            layout.addLayout(row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self._text(self.button is not None))
        if self.button is not None:
            self.button.setText(self.tr("Media settin&gs…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def open_settings(self) -> MediaSettingsDialog:
        dialog = MediaSettingsDialog(self._services, self._principal, self._settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.saved)
        self.dialog = dialog
        dialog.open()
        return dialog


def open_media_settings(host: FeatureHost, saved: Callable[[], object]) -> QWidget:
    """The Media menu's Media settings… (one at a time, ui/common/feature.py FeatureHost)."""

    def make() -> QWidget:
        assert isinstance(host, QWidget)  # the main window, which parents its dialogs
        dialog = MediaSettingsDialog(host.services, host.principal, host.settings, host)
        dialog.saved.connect(saved)
        return dialog

    return host.show_dialog("media_settings", make)
