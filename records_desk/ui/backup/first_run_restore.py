"""Restoring a backup at the first start on a new PC (issue 14 §4), the backup feature's
button on the first-start dialog (ui/common/feature.py `FirstRunEntry`): the app made a new,
empty office under a fresh key; instead of creating the general manager, the office's data is
brought from a backup.

Choose the .rdbackup (its manifest beside it) → if this computer does not hold its key (its
manifest is signed under another), a field for the key typed from the key-recovery sheet or
scanned from its QR code (a scanner types it, Enter restores), read with its check group:
what is wrong and in which group is said under the field → the copy is verified and put in
place of the empty office, off the UI thread with a progress dialog
(services/backup/restore.py `restore_first_office`; only an office with no account and no
data is replaced) → the first start ends with the restored office, whose accounts sign in.

A refusal (a wrong key, a damaged copy, an office that is not empty) is said in this dialog;
the empty office is then as it was and the first start goes on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.backup.key_text import KeyTextInvalid, read_key
from records_desk.domain.common.errors import DomainError
from records_desk.ui import notify
from records_desk.ui.common.background import BackgroundJob, report_failure
from records_desk.ui.dialogs import make_error_label, show_error
from records_desk.ui.messages import describe
from records_desk.ui.server_office import on_server
from records_desk.wording.language import sub
from records_desk.wording.terms import local_time

if TYPE_CHECKING:
    from records_desk.ui.common.feature import FirstRunHost

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)

STEPS = ("verify", "copy", "swap", "check")  # what restore_into_empty reports, in order


def restore_at_first_start(host: FirstRunHost) -> FirstRunRestoreDialog:
    """The first-start dialog's "Restore from a backup…": the dialog, opened (not exec'd)."""
    parent = host if isinstance(host, QWidget) else None
    dialog = FirstRunRestoreDialog(host, parent)
    dialog.open()
    dialog.choose_backup()
    return dialog


class FirstRunRestoreDialog(QDialog):
    def __init__(self, host: FirstRunHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunRestoreDialog")
        self.host = host
        self.path: Path | None = None
        self.needs_key = False
        self.job: BackgroundJob | None = None
        self.setWindowTitle(translate("FirstRunRestore", "Restore from a backup — Records Desk"))
        intro = QLabel(translate(
            "FirstRunRestore",
            "Bring the records office's data from a backup: a .rdbackup file with its "
            "manifest (.manifest.json) beside it, e.g. on the backup drive. It takes the place of the "
            "new, empty office made at this start; then its staff sign in with their own "
            "accounts."))  # fmt: skip
        intro.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("backupFile")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(translate("FirstRunRestore", "no backup chosen yet"))
        self.choose_button = QPushButton(translate("FirstRunRestore", "C&hoose…"))
        self.choose_button.setObjectName("chooseBackup")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_backup)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.key_note = QLabel()
        self.key_note.setObjectName("keyNote")
        self.key_note.setWordWrap(True)
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("keyEdit")
        self.key_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_edit.setPlaceholderText("0000 0000 0000 … 0000   (17 × 4)")
        whole_key = self.key_edit.fontMetrics().horizontalAdvance("0000 " * 17)
        self.key_edit.setMinimumWidth(whole_key + 24)  # the whole key in view, as on the sheet
        self.key_edit.textEdited.connect(self._typed)
        self.key_label = QLabel(translate("FirstRunRestore", "&Key:"))
        self.key_label.setBuddy(self.key_edit)
        self.error_label = make_error_label()
        self.error_label.setObjectName("restoreError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(translate("FirstRunRestore", "&Restore"))
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()  # the note between the rows, wrapped over their whole width
        backup_label = QLabel(translate("FirstRunRestore", "&Backup:"))
        backup_label.setBuddy(self.choose_button)
        grid.addWidget(backup_label, 0, 0)
        grid.addLayout(file_row, 0, 1)
        grid.addWidget(self.key_note, 1, 0, 1, 2)
        grid.addWidget(self.key_label, 2, 0)
        grid.addWidget(self.key_edit, 2, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        intro.setMinimumWidth(600)  # the dialog's own minimum comes from its layout: it
        # grows to show the key field and what is said under it (a fixed one would clip them)
        self._show_key_field(False)

    # -- choosing -----------------------------------------------------------------------------

    def choose_backup(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("FirstRunRestore", "Choose the backup to restore"),
            str(self.path.parent) if self.path else "",
            translate("FirstRunRestore", "Records Desk backups (*.rdbackup);;All files (*)"),
        )
        if name:
            self.set_backup(Path(name))

    def set_backup(self, path: Path) -> None:
        """PATH is the backup to restore; the key field shows if this computer has no key
        for it."""
        from records_desk.services.backup.restore import key_opens

        self.path = path
        self.file_edit.setText(str(path))
        show_error(self.error_label, "")
        try:
            self.needs_key = not key_opens(path, self.host.office.database.key.hex)
        except DomainError as e:  # no manifest beside it: said now, nothing to restore
            self.needs_key = False
            self.restore_button.setEnabled(False)
            self._show_key_field(False)
            self.key_note.setText("")
            self._say(describe(e))
            return
        self._show_key_field(self.needs_key)
        self.restore_button.setEnabled(True)
        if self.needs_key:
            self.key_edit.setFocus()
        else:
            self.restore_button.setFocus()

    def _typed(self, _text: str) -> None:
        show_error(self.error_label, "")

    def _say(self, text: str) -> None:
        """TEXT under the fields (empty: nothing), the dialog grown to show it whole."""
        show_error(self.error_label, text)
        self.adjustSize()

    def _show_key_field(self, shown: bool) -> None:
        self.key_label.setVisible(shown)
        self.key_edit.setVisible(shown)
        if self.path is None:
            self.key_note.setText("")
        elif shown:
            self.key_note.setText(translate(
                "FirstRunRestore",
                "This computer does not hold the key of this backup. Type it from the "
                "key-recovery sheet, 17 groups of four (the last is the check group), or scan "
                "the sheet's QR code into the field."))  # fmt: skip
        else:
            self.key_note.setText(translate(
                "FirstRunRestore", "This computer holds the key of this backup."))  # fmt: skip
        self.adjustSize()

    # -- restoring ----------------------------------------------------------------------------

    def restore(self) -> None:
        if self.path is None:
            self._say(translate("FirstRunRestore", "Choose the backup first."))
            return
        key_hex: str | None = None
        if self.needs_key:
            try:
                key_hex = read_key(self.key_edit.text())
            except KeyTextInvalid as e:
                self._say(describe(e))
                self.key_edit.setFocus()
                return
        show_error(self.error_label, "")
        from records_desk.services.backup.restore import restore_first_office

        database, path = self.host.office.database, self.path

        def work(progress: object, _cancelled: object) -> object:
            def say(step: str) -> None:
                if step in STEPS and callable(progress):
                    progress(STEPS.index(step) + 1, len(STEPS))

            return restore_first_office(database, path, key_hex, say)

        label = translate("FirstRunRestore", "Restoring the backup: verifying, copying, "
                          "putting it in place, verifying again…")  # fmt: skip
        self.restore_button.setEnabled(False)
        self.job = BackgroundJob(self, work, label, cancellable=False)
        self.job.finished.connect(self._restored)
        self.job.failed.connect(self._refused)
        self.job.start()

    def _restored(self, result: object) -> None:
        from records_desk.services.container import build_services

        assert isinstance(result, tuple)
        report, database = result
        services = build_services(database, self.host.app_settings)
        manifest = report.manifest
        message = sub(translate(
            "FirstRunRestore",
            "Restored %1 (made %2): %3 rows, verified. Sign in with an account of the "
            "restored records office."),
            manifest.file, local_time(manifest.made_at), str(manifest.rows))  # fmt: skip
        self.accept()
        self.host.replace_office(services, message)

    def _refused(self, error: BaseException) -> None:
        self.restore_button.setEnabled(True)
        office = self.host.office
        if not on_server(office) and not Path(office.database.name).exists():
            # refused after the empty office was given up (rare)
            notify.error(self, translate(
                "FirstRunRestore",
                "The restore could not be finished. Start Records Desk again: it makes a new, "
                "empty office, and the backup can be restored again."))  # fmt: skip
            self.reject()
            host = self.host
            if isinstance(host, QDialog):
                host.reject()
            return
        if isinstance(error, DomainError):
            self._say(describe(error))
            if self.needs_key:
                self.key_edit.setFocus()
        else:
            report_failure(self, error)
