"""The office's backup settings in the Backups dialog (ui/backup/backups_dialog.py): the backup
folder, the off-site folder and how often the automatic copy is made, each with its Browse…,
saved through the backup options service; changed by the general manager or the director
(OFFICE_SETTINGS), shown to others disabled with the reason. A mixin of BackupsDialog: its
strings keep the BackupsDialog context.

Under them, this PC's own setting (`backup/automatic`, ui/backup/status.py): whether this PC
makes the automatic copies at start and at exit — a second desk on a shared office server
leaves them to one desk. Decisions: it is saved in this PC's settings the moment it is ticked
(not by Save settings, which saves the office's, in the database) and the status bar reads it
each time it would make a copy, so it holds without a restart; it is decided by those who
decide the office's settings, as the copies are the office's."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpacerItem,
    QStyle,
    QWidget,
)

from records_desk.domain.backup import policy
from records_desk.domain.common.permissions import Action
from records_desk.services.backup.copies import POSTGRESQL
from records_desk.ui import operations
from records_desk.ui.backup.status import AUTOMATIC
from records_desk.wording.language import sub

if TYPE_CHECKING:
    from records_desk.services.common.dto import Principal
    from records_desk.services.container import Services
    from records_desk.settings import Settings

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


def _every(days: int) -> str:
    """'every day', 'every 3 days' (not 'every 1 day(s)')."""
    if days == 1:
        return translate("BackupsDialog", "every day")
    return sub(translate("BackupsDialog", "every %1 days"), str(days))


class BackupSettingsBox:
    """Mixed into BackupsDialog, whose attributes these are: the settings box (`settings_box`,
    built by `_settings_box`) and its fields."""

    services: Services
    principal: Principal
    pc_settings: Settings | None  # this PC's (None: nothing to save to, shown as it is)
    settings_box: QGroupBox
    refresh: Callable[[], None]  # the dialog's list, again once the settings are saved

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def _retranslate_settings(self) -> None:
        self.settings_box.setTitle(translate("BackupsDialog", "Office backup settings"))
        on_server = self.services.backup.backups.backend == POSTGRESQL
        self.folder_edit.setPlaceholderText(
            translate("BackupsDialog", "a “backups” folder in this computer's data folder")
            if on_server
            else translate("BackupsDialog", "a “backups” folder beside the database")
        )
        self.offsite_edit.setPlaceholderText(
            translate("BackupsDialog", "none (a removable drive or a network folder)")
        )
        labels = (
            translate("BackupsDialog", "Backup &folder:"),
            translate("BackupsDialog", "&Off-site copy to:"),
            translate("BackupsDialog", "&Automatic backup:"),
        )
        for label, text in zip(self.settings_labels, labels, strict=True):
            label.setText(text)
        for index in range(self.interval.count()):
            self.interval.setItemText(index, _every(int(self.interval.itemData(index))))
        self.save_button.setText(translate("BackupsDialog", "&Save settings"))
        self.automatic_check.setText(
            translate("BackupsDialog", "Make the automatic backups on this &PC")
        )
        self.automatic_note.setText(translate(
            "BackupsDialog",
            "This PC's own setting, kept at once. On a shared office server one desk is "
            "enough: turn it off at the others.",
        ))  # fmt: skip
        for browse in self.browse_buttons:
            browse.setText(translate("BackupsDialog", "Browse…"))
        may = self.services.ctx.may(self.principal, Action.OFFICE_SETTINGS)
        why = "" if may else translate(
            "BackupsDialog",
            "The office's settings are changed by the general manager or the director.",
        )  # fmt: skip
        for widget in (self.settings_box, self.folder_edit, self.offsite_edit, self.interval,
                       self.save_button, self.automatic_check, *self.browse_buttons):  # fmt: skip
            widget.setToolTip(why)

    # -- settings ------------------------------------------------------------------------------

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox()
        box.setObjectName("backupSettings")
        self.browse_buttons: list[QPushButton] = []
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("backupFolder")
        self.offsite_edit = QLineEdit()
        self.offsite_edit.setObjectName("offsiteFolder")
        self.interval = QComboBox()
        self.interval.setObjectName("backupInterval")
        for days in policy.OFFERED_DAYS:
            self.interval.addItem(_every(days), days)
        form = QFormLayout(box)
        self.settings_labels: list[QLabel] = []
        for field, buddy in (
            (self._with_browse(self.folder_edit), self.folder_edit),
            (self._with_browse(self.offsite_edit), self.offsite_edit),
            (self.interval, self.interval),
        ):
            label = QLabel()
            label.setBuddy(buddy)
            self.settings_labels.append(label)
            form.addRow(label, field)
        self.save_button = save = QPushButton()
        save.setObjectName("saveBackupSettings")
        save.clicked.connect(self.save_settings)
        form.addRow("", save)
        self._automatic_rows(form)
        may = self.services.ctx.may(self.principal, Action.OFFICE_SETTINGS)
        # Browse… too: it filled a field that could not be saved.
        for widget in (self.folder_edit, self.offsite_edit, self.interval, save,
                       *self.browse_buttons):  # fmt: skip
            widget.setEnabled(may)
        self.automatic_check.setEnabled(may and self.pc_settings is not None)
        options = self.services.backup.options.get()
        self.folder_edit.setText(options.folder)
        self.offsite_edit.setText(options.offsite)
        found = self.interval.findData(options.interval_days)
        if found < 0:  # a looser interval set elsewhere (up to 30 days): shown as it is
            self.interval.addItem(_every(options.interval_days), options.interval_days)
            found = self.interval.count() - 1
        self.interval.setCurrentIndex(found)
        return box

    def _automatic_rows(self, form: QFormLayout) -> None:
        """This PC's `backup/automatic`: a tick box and the line saying what it is for."""
        self.automatic_check = check = QCheckBox()
        check.setObjectName("automaticBackupsHere")
        settings = self.pc_settings
        check.setChecked(
            bool(settings.get(AUTOMATIC)) if settings is not None else AUTOMATIC.default
        )
        check.toggled.connect(self._save_automatic)
        self.automatic_note = note = QLabel()
        note.setObjectName("automaticBackupsNote")
        note.setWordWrap(True)
        # A wrapping label may be given more height than its lines: its words at the top,
        # under the tick box's words (not under the box: they read as their explanation).
        note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        style = check.style()
        beside = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        beside += style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
        note.setContentsMargins(beside, 0, 0, 0)
        form.addItem(QSpacerItem(0, 6))  # apart from Save settings, which does not save it
        form.addRow("", check)
        form.addRow("", note)

    def _save_automatic(self, on: bool) -> None:
        if self.pc_settings is not None:
            self.pc_settings.set(AUTOMATIC, on)

    def _with_browse(self, edit: QLineEdit) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        browse = QPushButton()
        self.browse_buttons.append(browse)
        browse.clicked.connect(lambda: self._browse(edit))
        layout.addWidget(browse)
        return row

    def _browse(self, edit: QLineEdit) -> None:
        dialog = QFileDialog(
            self._widget(), translate("BackupsDialog", "Choose a folder"), edit.text()
        )
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(edit.setText)
        dialog.open()

    def save_settings(self) -> None:
        try:
            operations.call(self._widget(), lambda: self.services.backup.options.change(
                self.principal,
                folder=self.folder_edit.text(),
                offsite=self.offsite_edit.text(),
                interval_days=int(self.interval.currentData()),
            ))  # fmt: skip
        except operations.Failed:
            return
        self.refresh()
