"""Changing one's password: forced after expiry (90 days, R-ACC-3) or an administrator's
reset. The service signs the user in with the new password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.errors import DomainError
from records_desk.settings import Settings
from records_desk.ui.dialogs import (
    add_form_row,
    confirmation_differs,
    make_error_label,
    ok_cancel,
    password_field,
    show_error,
)
from records_desk.ui.messages import describe
from records_desk.ui.widgets.dialog import RememberingDialog

if TYPE_CHECKING:
    from records_desk.services.common.auth import AuthService


class ChangePasswordDialog(RememberingDialog):
    """Emits `password_changed(Principal)` when the new password is set."""

    password_changed = Signal(object)

    def __init__(
        self,
        auth: AuthService,
        settings: Settings,
        username: str,
        reason: Exception | None = None,
        parent: QWidget | None = None,
        *,
        sign_in: bool = True,
    ) -> None:
        super().__init__(settings, parent)
        self._sign_in = sign_in
        self.setObjectName("changePasswordDialog")
        self._auth = auth
        self.username = username
        self._reason = reason
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.user_label = QLabel(username)
        self.current_edit = password_field("currentPasswordEdit")
        self.new_edit = password_field("newPasswordEdit")
        self.confirm_edit = password_field("confirmEdit")
        self.hint = QLabel()
        self.hint.setEnabled(False)
        self.error_label = make_error_label()
        self.buttons = ok_cancel(self, self._change)
        self.change_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        self.form = QFormLayout()
        fields = (self.user_label, self.current_edit, self.new_edit, self.confirm_edit, self.hint)
        self.form_labels = [add_form_row(self.form, field) for field in fields]
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason_label)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.current_edit.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change password — Records Desk"))
        reason = describe(self._reason) if self._reason else self.tr("Choose a new password.")
        self.reason_label.setText(reason)
        labels = (
            self.tr("User name:"),
            self.tr("&Current password:"),
            self.tr("&New password:"),
            self.tr("C&onfirm new password:"),
            "",
        )
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.hint.setText(self.tr("At least 10 characters, different from the current one."))
        self.change_button.setText(self.tr("&Change password"))

    def _change(self) -> None:
        if confirmation_differs(self.new_edit, self.confirm_edit):
            show_error(self.error_label, self.tr("The two new passwords do not match."))
            return
        try:
            principal = self._auth.change_password(
                self.username,
                self.current_edit.text(),
                self.new_edit.text(),
                sign_in=self._sign_in,
            )
        except DomainError as e:
            show_error(self.error_label, describe(e))
            return
        show_error(self.error_label, "")
        self.password_changed.emit(principal)
        self.accept()
