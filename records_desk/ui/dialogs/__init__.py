"""Dialogs: first start, sign-in, password change, settings, about (and the account and
operation-log dialogs). Shared here: the inline error line and the OK/Cancel row every form
dialog uses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

ERROR_STYLE = "color: #b00020;"


def make_error_label(parent: QWidget | None = None) -> QLabel:
    """A red, word-wrapped line under a form, hidden until there is something to say."""
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def ok_cancel(dialog: QDialog, on_ok: Callable[[], object]) -> QDialogButtonBox:
    """OK runs `on_ok` (which accepts the dialog once its work is done), Cancel rejects."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def add_form_row(form: QFormLayout, field: QWidget) -> QLabel:
    """A row whose label text is set later by the dialog's retranslate_ui()."""
    label = QLabel()
    label.setBuddy(field)
    form.addRow(label, field)
    return label


def password_field(object_name: str = "") -> QLineEdit:
    """A masked line edit for a password."""
    edit = QLineEdit()
    if object_name:
        edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def confirmation_differs(password: QLineEdit, confirm: QLineEdit) -> bool:
    """True (and the focus on the confirmation) when the two typed passwords differ; the
    caller words the message in its own translation context."""
    if password.text() == confirm.text():
        return False
    confirm.setFocus()
    return True
