"""The office key of a records office on a server (issue 15 §1), typed from the office's
key-recovery sheet when this computer has none for the office (OfficeKeyNeeded) or has or was
given one that does not sign its records (WrongOfficeKey): once per computer, as on the first
restore on a new PC (ui/backup/first_run_restore.py). The key is read with its check group
(domain/backup/key_text.py `read_key`): a mistyped digit is said, with its group, under the
field before anything is tried with it; a scanner reading the sheet's QR code types it in."""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.backup.key_text import KeyTextInvalid, read_key
from records_desk.ui.dialogs import make_error_label, show_error
from records_desk.ui.messages import describe
from records_desk.ui.widgets.dialog import RememberingDialog

KEY_PLACEHOLDER = "0000 0000 0000 … 0000   (17 × 4)"


def why_text(why: Exception) -> str:
    """Why the key is asked, for the window: the shared sentence tells a command-line user of
    --office-key FILE, which a user at this dialog cannot use and need not read (the dialog
    says how to give the key); anything else as worded everywhere."""
    from records_desk.domain.common.errors import OfficeKeyNeeded, WrongOfficeKey

    if isinstance(why, OfficeKeyNeeded):
        text = QCoreApplication.translate(
            "OfficeKeyDialog", "This computer does not have the office key of %1 yet."
        )
    elif isinstance(why, WrongOfficeKey) and why.kept:
        text = QCoreApplication.translate(
            "OfficeKeyDialog",
            "The office key kept on this computer does not match the records at %1.",
        )
    else:
        return describe(why)
    return text.replace("%1", unquote(str(why.db_path)))


class OfficeKeyDialog(RememberingDialog):
    """`key_hex` (64 lower-case hex digits) once the dialog is accepted."""

    def __init__(self, why: Exception, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.setObjectName("officeKeyDialog")
        self.key_hex: str | None = None
        self.why = QLabel(why_text(why))
        self.why.setObjectName("officeKeyWhy")
        self.why.setWordWrap(True)
        self.how = QLabel()
        self.how.setWordWrap(True)
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("officeKeyEdit")
        self.key_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_edit.setPlaceholderText(KEY_PLACEHOLDER)
        whole_key = self.key_edit.fontMetrics().horizontalAdvance("0000 " * 17)
        self.key_edit.setMinimumWidth(whole_key + 24)  # the whole key in view, as on the sheet
        self.key_label = QLabel()
        self.key_label.setBuddy(self.key_edit)
        self.error_label = make_error_label()
        self.error_label.setObjectName("officeKeyError")
        self.key_edit.textEdited.connect(lambda _text: show_error(self.error_label, ""))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addSpacing(6)
        layout.addWidget(self.how)
        layout.addWidget(self.key_label)
        layout.addWidget(self.key_edit)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.key_edit.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Office key — Records Desk"))
        self.how.setText(
            self.tr(
                "Type the key from the office's key-recovery sheet, 17 groups of four (the "
                "last is the check group), or scan the sheet's QR code into the field. This "
                "computer keeps it; it is asked for once."
            )
        )
        self.key_label.setText(self.tr("Office &key:"))
        self.ok_button.setText(self.tr("&Open the office"))

    def _accept(self) -> None:
        try:
            self.key_hex = read_key(self.key_edit.text())
        except KeyTextInvalid as e:
            show_error(self.error_label, describe(e))
            self.adjustSize()
            self.key_edit.setFocus()
            return
        self.accept()
