"""Backups > Print key-recovery sheet… (issue 14 §4): the general manager types the password
again in a small dialog, chooses where to save the PDF, and the services write the sheet
(services/backup/key_sheet.py: the role, the password, the audit entry and the 0600 file are
checked and made there). A refusal — a wrong password, another role, a folder that cannot
be written — is shown as one message; nothing is saved."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.errors import DomainError
from records_desk.ui import notify
from records_desk.ui.common.save_pdf import default_path
from records_desk.ui.dialogs import add_form_row, ok_cancel, password_field
from records_desk.ui.messages import describe
from records_desk.ui.printing.files import make_file_dialog

if TYPE_CHECKING:
    from records_desk.ui.common.feature import FeatureHost

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)

SHEET_TITLE = "資料庫金鑰復原單"  # the form's title, the suggested file name


class KeySheetPasswordDialog(QDialog):
    """The password typed again before the database key is printed."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keySheetPasswordDialog")
        self.setWindowTitle(self.tr("Print the key-recovery sheet"))
        why = QLabel(
            self.tr(
                "The key-recovery sheet opens every backup of this database. Type your "
                "password again to print it, then lock the sheet away."
            )
        )
        why.setWordWrap(True)
        self.password_edit = password_field("keySheetPasswordEdit")
        form = QFormLayout()
        form.addRow(self.tr("User:"), QLabel(username))
        add_form_row(form, self.password_edit).setText(self.tr("&Password:"))
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        buttons = ok_cancel(self, self.accept)
        layout.addWidget(buttons)
        # OK waits for a password: an empty one was sent, refused, and counted as a failed
        # sign-in towards the lock (R-ACC-3).
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.password_edit.textChanged.connect(lambda _t: self._enable())
        self._enable()

    def _enable(self) -> None:
        typed = bool(self.password_edit.text())
        self.ok_button.setEnabled(typed)
        self.ok_button.setToolTip("" if typed else self.tr("Type your password first."))

    def password(self) -> str:
        return self.password_edit.text()


def ask_password(parent: QWidget | None, username: str) -> str | None:
    """The password typed again, or None when cancelled."""
    dialog = KeySheetPasswordDialog(username, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.password()


def ask_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Where to save the sheet (the dialog asks before replacing a file), or None."""
    caption = translate("KeySheet", "Save the key-recovery sheet as PDF")
    dialog = make_file_dialog(parent, caption, suggested)  # type: ignore[arg-type]
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def print_key_sheet(host: FeatureHost) -> Path | None:
    """The whole action: password, file, the service; the file saved, or None."""
    parent = host if isinstance(host, QWidget) else None
    password = ask_password(parent, host.principal.username)
    if password is None:
        return None
    # In the documents folder, where every other saved PDF is suggested (it was the home one).
    suggested = str(default_path(SHEET_TITLE, datetime.now()))
    path = ask_path(parent, suggested)
    if path is None:
        return None
    try:
        saved = host.services.backup.key_sheet.print_sheet(host.principal, password, path)
    except DomainError as e:
        notify.error(parent, describe(e))
        return None
    text = translate(
        "KeySheet",
        "The key-recovery sheet was saved as %1. Print it, lock the paper away and delete "
        "the file.",
    )
    notify.info(parent, text.replace("%1", str(saved)))
    return saved
