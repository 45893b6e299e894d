"""The small forms of account administration: a new account, a temporary password, the
reason for disabling, a new role. Each only collects values (with inline hints such as a
password typed twice differently) and emits `submitted`; the accounts dialog calls the
service, and closes the form only when the service accepted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from records_desk.domain.common.roles import Role
from records_desk.ui.dialogs import (
    confirmation_differs,
    make_error_label,
    ok_cancel,
    password_field,
    show_error,
)
from records_desk.ui.messages import role_name


@dataclass(frozen=True)
class NewAccount:
    username: str
    full_name: str
    role: Role
    password: str


class FormDialog(QDialog):
    """Base of the forms: fields in a form layout, a red inline message, OK/Cancel. OK calls
    `collect()`; a value other than None is emitted through `submitted`."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()
        self.error_label = make_error_label(self)
        self.buttons = ok_cancel(self, self._on_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    @property
    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def set_hint(self, text: str) -> None:
        self.hint_label.setText(text)
        self.hint_label.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        show_error(self.error_label, text)

    def collect(self) -> Any:
        raise NotImplementedError

    def _on_ok(self) -> None:
        value = self.collect()
        if value is not None:
            self.show_error("")
            self.submitted.emit(value)

    @staticmethod
    def mismatch_text() -> str:
        return QCoreApplication.translate("FormDialog", "The two passwords do not match.")


def role_combo(roles: list[Role], current: Role | None = None) -> QComboBox:
    combo = QComboBox()
    for role in roles:
        combo.addItem(role_name(role), role.value)
    if current is not None and current in roles:
        combo.setCurrentIndex(roles.index(current))
    return combo


class NewAccountDialog(FormDialog):
    """User name, full name, role and a first (temporary) password typed twice."""

    def __init__(self, roles: list[Role], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New account"))
        self.username_edit = QLineEdit()
        self.full_name_edit = QLineEdit()
        self.role_combo = role_combo(roles)
        self.password_edit = password_field()
        self.confirm_edit = password_field()
        self.form.addRow(self.tr("&User name:"), self.username_edit)
        self.form.addRow(self.tr("&Full name:"), self.full_name_edit)
        self.form.addRow(self.tr("&Role:"), self.role_combo)
        self.form.addRow(self.tr("&Password:"), self.password_edit)
        self.form.addRow(self.tr("&Confirm password:"), self.confirm_edit)
        self.set_hint(self.tr("The person must change this password at the first sign-in."))
        self.ok_button.setText(self.tr("Create account"))
        self.confirm_edit.textChanged.connect(self._check_confirm)

    def _check_confirm(self) -> None:
        typed = self.confirm_edit.text()
        if typed and not self.password_edit.text().startswith(typed):
            self.show_error(self.mismatch_text())
        else:
            self.show_error("")

    def collect(self) -> NewAccount | None:
        username = self.username_edit.text().strip()
        if not username:
            self.show_error(self.tr("Enter a user name."))
            self.username_edit.setFocus()
            return None
        if confirmation_differs(self.password_edit, self.confirm_edit):
            self.show_error(self.mismatch_text())
            return None
        return NewAccount(
            username=username,
            full_name=self.full_name_edit.text().strip(),
            role=Role(self.role_combo.currentData()),
            password=self.password_edit.text(),
        )


class ResetPasswordDialog(FormDialog):
    """A temporary password, typed twice; the person changes it at the next sign-in."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reset password of %1").replace("%1", username))
        self.password_edit = password_field()
        self.confirm_edit = password_field()
        self.form.addRow(self.tr("&Temporary password:"), self.password_edit)
        self.form.addRow(self.tr("&Confirm password:"), self.confirm_edit)
        self.set_hint(
            self.tr(
                "%1 must change this temporary password at the next sign-in. A lockout "
                "after failed attempts is lifted."
            ).replace("%1", username)
        )
        self.ok_button.setText(self.tr("Reset password"))

    def collect(self) -> str | None:
        if confirmation_differs(self.password_edit, self.confirm_edit):
            self.show_error(self.mismatch_text())
            return None
        return self.password_edit.text()


class DisableReasonDialog(FormDialog):
    """Why an account is disabled; the reason goes into the operation log (R-ACC-4)."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Disable account %1").replace("%1", username))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. left the company on 30 November"))
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.set_hint(
            self.tr(
                "%1 can no longer sign in. The account and its history are kept; it can be "
                "enabled again."
            ).replace("%1", username)
        )
        self.ok_button.setText(self.tr("Disable account"))

    def collect(self) -> str:
        return self.reason_edit.text().strip()


class RoleDialog(FormDialog):
    """A new role among those the administrator may assign."""

    def __init__(
        self, username: str, roles: list[Role], current: Role, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change role of %1").replace("%1", username))
        self.role_combo = role_combo(roles, current)
        self.form.addRow(self.tr("New &role:"), self.role_combo)
        self.ok_button.setText(self.tr("Change role"))

    def collect(self) -> Role:
        return Role(self.role_combo.currentData())
