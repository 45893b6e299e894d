"""Filing an optical disc as a backup disc (R-MED-5: 使用光盤備份的保密數據要登記編號，分類存放):
the media tab's "File as backup disc…" act and its dialog — the category (one of the office's,
a setting kept in Media settings…) and a description of what the disc holds. A disc already
filed may be filed again (a new category or description); each filing is an event of the disc
and an audit entry (services/media/inventory.py file_backup, which checks the rule again).

The act is offered for the selected optical disc to whoever may register media (the
archivist's deputy on the days named, R-ACC-5: asked of the services, as the screen does);
otherwise it is disabled with the reason in its tooltip — nothing selected, not an optical
disc, not for this account."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.permissions import Action
from records_desk.domain.media.errors import BackupDiscInvalid, BackupProblem
from records_desk.domain.media.vocabulary import Classification, MediumType
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.media.dto import MediumInfo
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.actions import button_text
from records_desk.ui.media.media_settings_dialog import SettingsPointer
from records_desk.ui.media.step_fields import medium_title
from records_desk.ui.messages import describe
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.media.terms import classification_name, state_name, type_name


class BackupDiscDialog(RememberingDialog):
    """`filed(MediumInfo)` once the service has filed the disc."""

    filed = Signal(object)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        info: MediumInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("backupDiscDialog")
        self.geometry_key = "BackupDisc"
        self._services = services
        self._principal = principal
        self.info = info
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("backupHeading")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.category = QComboBox()
        self.category.setObjectName("backupCategory")
        self.content = QLineEdit()
        self.content.setObjectName("backupContent")
        self.content.setMaxLength(200)
        self.content.setText(info.content or "")
        self.category_label, self.content_label = QLabel(), QLabel()
        self.category_label.setBuddy(self.category)
        self.content_label.setBuddy(self.content)
        form = QFormLayout()
        form.addRow(self.category_label, self.category)
        form.addRow(self.content_label, self.content)
        self.pointer = SettingsPointer(services, principal, settings, self._no_categories)
        self.pointer.saved.connect(self.load_categories)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.pointer)
        layout.addWidget(self.buttons)
        self.load_categories()
        self.retranslate_ui()
        self.resize(520, self.sizeHint().height())

    def _no_categories(self, may_change: bool) -> str:
        if may_change:
            return self.tr(
                "The office lists no backup category yet, so no disc can be filed. Add the "
                "categories in Media settings:"
            )
        return self.tr(
            "The office lists no backup category yet, so no disc can be filed. The general "
            "manager or the customer director adds them (Media menu, Media settings)."
        )

    def load_categories(self) -> None:
        """The office's categories, the disc's own chosen (if still listed)."""
        options = self._services.media.options
        try:
            categories = operations.call(self, options.backup_categories)
        except operations.Failed:
            categories = ()
        keep = self.category.currentData() or self.info.backup_category
        self.category.clear()
        for name in categories:
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(self.category.findData(keep), 0) if keep else 0)
        self.pointer.setVisible(not categories)
        self.category.setEnabled(bool(categories))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(categories))

    def retranslate_ui(self) -> None:
        info = self.info
        self.setWindowTitle(medium_title(self.tr("File as backup disc"), info.number))
        kind = Classification.CLASSIFIED if info.classified else Classification.UNCLASSIFIED
        self.heading.setText(
            " · ".join(
                (
                    info.number,
                    type_name(info.media_type),
                    classification_name(kind),
                    state_name(info.state),
                )
            )
        )
        if info.backup_category:
            explain = self.tr(
                "A disc holding a backup is filed under one of the office's categories, with "
                "what it holds. It is filed under “%1” now; filing it again "
                "replaces that."
            ).replace("%1", info.backup_category)
        else:
            explain = self.tr(
                "A disc holding a backup is filed under one of the office's categories, with "
                "what it holds, so it can be found in its place."
            )
        self.explain.setText(explain)
        self.category_label.setText(self.tr("&Category:"))
        self.content_label.setText(self.tr("&What it holds:"))
        self.content.setPlaceholderText(self.tr("e.g. finance ledgers 2025, full backup"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def submit(self) -> None:
        inventory = self._services.media.inventory
        number, category = self.info.number, self.category.currentText()
        content = self.content.text()
        try:
            info = operations.call(
                self, lambda: inventory.file_backup(self._principal, number, category, content)
            )
        except operations.Failed:
            return
        self.filed.emit(info)
        self.accept()


class BackupDiscAction(QObject):
    """The media screen's "File as backup disc…": `update(medium, may_register)` with the
    selection enables it or says why not; triggered, it opens the dialog through OPEN (the
    screen's one-dialog-at-a-time) and hands the filed disc to RECORDED."""

    def __init__(
        self,
        parent: QWidget,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        open_dialog: Callable[[str, QDialog], QDialog],
        recorded: Callable[[MediumInfo], object],
    ) -> None:
        super().__init__(parent)
        self._services, self._principal, self._settings = services, principal, settings
        self._parent = parent
        self._open, self._recorded = open_dialog, recorded
        self.current: MediumInfo | None = None
        self.action = QAction(parent)
        self.action.setObjectName("fileBackupDisc")
        self.action.triggered.connect(lambda _checked=False: self.open())
        self.update(None, False)

    def update(self, info: MediumInfo | None, may_register: bool) -> None:
        self.current = info
        text = self.tr("Fil&e as backup disc…")
        self.action.setText(text)
        self.action.setIconText(button_text(text))
        why = self.refusal(info, may_register)
        self.action.setEnabled(why is None)
        shown = button_text(text)
        self.action.setToolTip(
            f"{shown}: {why}"
            if why
            else shown + ": " + self.tr("file this optical disc under a backup category")
        )

    def refusal(self, info: MediumInfo | None, may_register: bool) -> str | None:
        if info is None:
            return self.tr("select an optical disc in the list first.")
        if MediumType(info.media_type) is not MediumType.OPTICAL:
            kind = MediumType(info.media_type)
            rule = describe(BackupDiscInvalid(BackupProblem.NOT_OPTICAL, kind.value))
            # One sentence per language: "%1 %2 is a %3." / "%1%2 是%3。"
            return (
                self.tr("%1 %2 is a %3.")
                .replace("%1", rule)
                .replace("%2", info.number)
                .replace("%3", type_name(kind))
            )
        if not may_register:
            p = self._principal
            return describe(PermissionDenied(p.username, p.role.value, Action.MEDIA_REGISTER.value))
        return None

    def open(self) -> QDialog | None:
        if self.current is None or not self.action.isEnabled():
            return None
        dialog = BackupDiscDialog(
            self._services, self._principal, self._settings, self.current, self._parent
        )
        dialog.filed.connect(self._recorded)
        return self._open("backup", dialog)
