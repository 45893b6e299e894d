"""The database server's password, asked when opening a records office on a server (issue 15
§1) and the server wants one that this computer's keyring does not hold: the address it is
for, a masked field, and why the last one typed was refused. The store keeps a password the
server accepted in the OS keyring (store/backends.py), never in the settings file: the user
is not asked again on this computer."""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from records_desk.ui.dialogs import add_form_row, make_error_label, password_field, show_error
from records_desk.ui.messages import describe
from records_desk.ui.widgets.dialog import RememberingDialog


class ServerPasswordDialog(RememberingDialog):
    """`password` is what was typed once the dialog is accepted."""

    def __init__(
        self, address: str, refused: Exception | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(None, parent)
        self.setObjectName("serverPasswordDialog")
        self.address = unquote(address)  # the store's host=%2Frun%2F… as written: /run/…
        self.intro = QLabel()
        self.intro.setObjectName("serverPasswordIntro")
        self.intro.setWordWrap(True)
        self.password_edit = password_field("serverPasswordEdit")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.error_label = make_error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form_label = add_form_row(self.form, self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate_ui()
        if refused is not None:
            show_error(self.error_label, describe(refused))
        self.password_edit.setFocus()

    @property
    def password(self) -> str:
        return self.password_edit.text()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Database server password — Records Desk"))
        self.intro.setText(
            self.tr("The database server asks for the password of:<br><b>%1</b>").replace(
                "%1", _escaped(self.address)
            )
        )
        self.form_label.setText(self.tr("&Password:"))
        self.note.setText(
            self.tr(
                "Once the server accepts it, it is kept in this computer's keyring (never in "
                "the settings file), and not asked for again here."
            )
        )
        self.ok_button.setText(self.tr("&Connect"))

    def _accept(self) -> None:
        if not self.password:
            show_error(self.error_label, self.tr("Type the password."))
            self.password_edit.setFocus()
            return
        self.accept()


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
