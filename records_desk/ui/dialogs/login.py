"""The sign-in dialog (R-ACC-3): a refusal (wrong password, unknown user name or disabled
account, one message for all), the lockout with its end time — all said inline. A password that must be changed is handed on
to the flow, which opens the change-password dialog.

The dialog is on screen before the services exist (ui/pending_services.py): it is made
without an `AuthService` and given one by `set_auth` once the records office is open. Sign in
pressed before that waits for it with a busy cursor, the button disabled and the fields left
as typed, then signs in by itself.

Decisions:
- The services are imported for type checking only: importing them would import the store and
  SQLAlchemy before the dialog could be shown, which is what this avoids.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from records_desk import APP_NAME
from records_desk.domain.common.errors import DomainError, PasswordChangeRequired
from records_desk.settings import Options, Settings
from records_desk.ui.dialogs import add_form_row, make_error_label, password_field, show_error
from records_desk.ui.messages import describe
from records_desk.ui.widgets.dialog import RememberingDialog

if TYPE_CHECKING:
    from records_desk.services.common.auth import AuthService


class LoginDialog(RememberingDialog):
    """Emits `signed_in(Principal)`, or `password_change_required(username, error)`."""

    signed_in = Signal(object)
    password_change_required = Signal(str, object)

    def __init__(
        self,
        auth: AuthService | None,
        settings: Settings,
        db_path: Path | str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("loginDialog")
        self._auth = auth
        self._app_settings = settings
        self._db_path = db_path
        self._waiting = False
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.user_name_edit = QLineEdit()
        self.user_name_edit.setObjectName("userNameEdit")
        self.password_edit = password_field("passwordEdit")
        self.error_label = make_error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.quit_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._sign_in)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form_labels = [
            add_form_row(self.form, field) for field in (self.user_name_edit, self.password_edit)
        ]
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

        last_user = settings.get(Options.LAST_USER)
        self.user_name_edit.setText(last_user)
        (self.password_edit if last_user else self.user_name_edit).setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign in — %1").replace("%1", APP_NAME))
        self.heading.setText(
            self.tr("<b>Sign in to Records Desk</b><br>Records office: %1").replace(
                "%1", str(self._db_path)
            )
        )
        labels = (self.tr("&User name:"), self.tr("&Password:"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.quit_button.setText(self.tr("&Quit"))

    def show_message(self, text: str) -> None:
        """Say something inline (e.g. why the last session ended)."""
        show_error(self.error_label, text)

    @property
    def waiting(self) -> bool:
        """Sign in was pressed before the records office was open."""
        return self._waiting

    def set_auth(self, auth: AuthService) -> None:
        """The records office is open; a sign-in that was waiting for it goes ahead."""
        self._auth = auth
        if self._waiting:
            try:
                self._sign_in()  # still busy: the password check takes a moment too
            finally:
                self._stop_waiting()

    def _wait_for_auth(self) -> None:
        if not self._waiting:
            self._waiting = True
            self.sign_in_button.setEnabled(False)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def _stop_waiting(self) -> None:
        if self._waiting:
            self._waiting = False
            self.sign_in_button.setEnabled(True)
            QApplication.restoreOverrideCursor()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._stop_waiting()  # replaced by another window: no busy cursor left behind
        super().hideEvent(event)

    def _sign_in(self) -> None:
        if self._auth is None:
            self._wait_for_auth()
            return
        username = self.user_name_edit.text().strip()
        password = self.password_edit.text()
        try:
            principal = self._auth.login(username, password)
        except PasswordChangeRequired as e:
            self._remember(username)
            self.password_change_required.emit(username, e)
            self.accept()
            return
        except DomainError as e:
            self.password_edit.clear()
            self.password_edit.setFocus()
            show_error(self.error_label, describe(e))
            return
        self._remember(username)
        self.signed_in.emit(principal)
        self.accept()

    def _remember(self, username: str) -> None:
        show_error(self.error_label, "")
        self.password_edit.clear()
        self._app_settings.set(Options.LAST_USER, username)
