"""First start on an empty database: the general manager creates their own account (R-ACC).
Problems (password too short, passwords differ, bad user name) are shown inline.

Below the form, a button for each feature that offers another way to start
(ui/common/feature.py `FirstRunEntry`: the backup feature's "Restore from a backup…" brings
the office's data to a new PC); its slot is given this dialog as its `FirstRunHost`, and
`replace_office(services)` ends the first start with `office_replaced(services)`.

Beside them, on a new PC whose office is a new file, "Use the office's server…" (issue 15):
a desk that should join the office's PostgreSQL server types its address there
(ui/dialogs/join_server.py) and goes on to the sign-in of the office on the server. Not on an
office that is on a server already (no other server to join there)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.errors import DomainError
from records_desk.settings import Options, Settings
from records_desk.ui.dialogs import (
    add_form_row,
    confirmation_differs,
    make_error_label,
    ok_cancel,
    password_field,
    show_error,
)
from records_desk.ui.messages import describe
from records_desk.ui.server_office import on_server
from records_desk.ui.widgets.dialog import RememberingDialog

if TYPE_CHECKING:
    from records_desk.services.common.auth import AuthService
    from records_desk.services.container import Services
    from records_desk.ui.common.feature import FirstRunEntry


class FirstRunDialog(RememberingDialog):
    """Emits `created(Principal)` once the account exists, or `office_replaced(Services,
    message)` once an entry's slot brought another office (`replace_office`); the dialog
    then closes.
    The entries' buttons are shown only with the OFFICE they may replace."""

    created = Signal(object)
    office_replaced = Signal(object, str)

    def __init__(
        self,
        auth: AuthService,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        office: Services | None = None,
        entries: Sequence[FirstRunEntry] = (),
    ):
        super().__init__(settings, parent)
        self.setObjectName("firstRunDialog")
        self._auth = auth
        self._app_settings = settings
        self.app_settings = settings
        self.office = office
        self.entries = tuple(entries) if office is not None else ()
        self.entry_buttons: dict[str, QPushButton] = {}
        self.join_button: QPushButton | None = None
        if office is not None and not on_server(office):
            self.join_button = QPushButton()
            self.join_button.setObjectName("firstRunJoinServer")
            self.join_button.setAutoDefault(False)
            self.join_button.clicked.connect(self.join_server)
        self.join_dialog: QDialog | None = None
        self.other_way = QLabel()
        self.other_way.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.user_name_edit = QLineEdit()
        self.user_name_edit.setObjectName("userNameEdit")
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setObjectName("fullNameEdit")
        self.password_edit = password_field("passwordEdit")
        self.confirm_edit = password_field("confirmEdit")
        self.hint = QLabel()
        self.hint.setEnabled(False)
        self.error_label = make_error_label()
        self.buttons = ok_cancel(self, self._create)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        self.form = QFormLayout()
        fields = (
            self.user_name_edit,
            self.full_name_edit,
            self.password_edit,
            self.confirm_edit,
            self.hint,
        )
        self.form_labels = [add_form_row(self.form, field) for field in fields]
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        if self.entries or self.join_button is not None:
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            layout.addWidget(line)
            layout.addWidget(self.other_way)
            row = QHBoxLayout()
            for entry in self.entries:
                button = QPushButton()
                button.setObjectName(f"firstRun_{entry.name}")
                button.setAutoDefault(False)
                button.clicked.connect(lambda _=False, e=entry: e.slot(self))
                self.entry_buttons[entry.name] = button
                row.addWidget(button)
            if self.join_button is not None:
                row.addWidget(self.join_button)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New records office — Records Desk"))
        self.intro.setText(
            self.tr(
                "<b>Create the general manager</b><br>This database has no accounts yet. "
                "Create the account of the general manager, who will then create the "
                "accounts of the other staff."
            )
        )
        labels = (
            self.tr("&User name:"),
            self.tr("&Full name:"),
            self.tr("&Password:"),
            self.tr("&Confirm password:"),
            "",
        )
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.user_name_edit.setPlaceholderText(self.tr("letters, digits, . _ - (3 to 32)"))
        self.hint.setText(self.tr("At least 10 characters. Passwords expire after 90 days."))
        self.create_button.setText(self.tr("&Create account"))
        self.other_way.setText(
            self.tr("Or, on a new computer, start with the records office's existing data:")
        )
        for entry in self.entries:
            self.entry_buttons[entry.name].setText(entry.text())
            self.entry_buttons[entry.name].setToolTip(entry.tip())
        if self.join_button is not None:
            self.join_button.setText(self.tr("Use the office's &server…"))
            self.join_button.setToolTip(
                self.tr(
                    "This computer joins the records office on the office's database server: "
                    "type its address, then sign in with your account there."
                )
            )

    def join_server(self) -> QDialog:
        """The address of the office's server asked; its office replaces the new one."""
        from records_desk.ui.dialogs.join_server import JoinServerDialog

        dialog = JoinServerDialog(self._app_settings, self.replace_office, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.join_dialog = dialog
        dialog.open()
        return dialog

    def replace_office(self, services: Services, message: str = "") -> None:
        """The first start ends with another office (FirstRunHost)."""
        show_error(self.error_label, "")
        self.office_replaced.emit(services, message)
        self.accept()

    def _create(self) -> None:
        if confirmation_differs(self.password_edit, self.confirm_edit):
            show_error(self.error_label, self.tr("The two passwords do not match."))
            return
        username = self.user_name_edit.text().strip()
        try:
            principal = self._auth.create_first_manager(
                username, self.full_name_edit.text(), self.password_edit.text()
            )
        except DomainError as e:
            show_error(self.error_label, describe(e))
            return
        show_error(self.error_label, "")
        self._app_settings.set(Options.LAST_USER, username)
        self.created.emit(principal)
        self.accept()
