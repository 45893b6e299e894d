"""Joining the office's server from the first start of a new PC (issue 15): the first-start
dialog's "Use the office's server…" (ui/dialogs/first_run.py) opens this one. The user types
the server's address (as the settings dialog takes it: no password in it), may press Test
connection, then Open the office: the server is reached off the UI thread, the password and
the office key from the key-recovery sheet are asked in their dialogs (ui/dialogs/
server_questions.py) when needed, and the office's sign-in follows. The desk keeps the address
in its settings, so it opens the server at every start from then on.

Decisions:
- A server whose database holds no records office is refused before anything is written
  there (app_opening.check_server looks without changing anything): a mistyped database name
  must not quietly become a new, empty office. Where that is meant (the office's new server:
  its first general manager made there, or its backup restored there after the old server was
  lost), "Start the office here" makes the empty office and the first-start dialog goes on with
  it (create the general manager, or Restore from a backup…).
- The address's problems and the connection's failures are worded as in the settings dialog
  (settings_dialog.address_problem, connection_failure): one sentence each, the same words.
- Keyboard first: the address field has the focus, Enter opens the office, Alt+S tests it,
  Escape goes back to the first-start dialog. Shown with open(), never exec().
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from records_desk.settings import Options, Settings
from records_desk.ui.common.background import BackgroundJob
from records_desk.ui.dialogs import make_error_label, show_error
from records_desk.ui.dialogs.server_questions import ServerQuestionsAsker
from records_desk.ui.dialogs.settings_dialog import (
    OK_STYLE,
    address_problem,
    connection_failure,
)
from records_desk.ui.server_office import ADDRESS_FORM, shown_name
from records_desk.ui.widgets.dialog import RememberingDialog

if TYPE_CHECKING:
    from records_desk.services.container import Services

Joined = Callable[["Services", str], object]


class NoOfficeThere(Exception):
    """The server's database is empty: no records office to join."""


class JoinServerDialog(RememberingDialog):
    """JOINED(services, message) once the office on the server is open (the first start then
    ends with it); the dialog closes."""

    geometry_key = "join_server"

    def __init__(self, settings: Settings, joined: Joined, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.setObjectName("joinServerDialog")
        self._app_settings = settings
        self._joined = joined
        self.job: BackgroundJob | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.address_label = QLabel()
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("joinServerAddress")
        self.address_edit.setPlaceholderText(ADDRESS_FORM)
        self.address_edit.setMinimumWidth(360)
        self.address_edit.textEdited.connect(self._edited)
        self.address_label.setBuddy(self.address_edit)
        self.test_button = QPushButton()
        self.test_button.setObjectName("joinServerTest")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel()
        self.result_label.setObjectName("joinServerResult")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet(OK_STYLE)
        self.result_label.hide()
        self.error_label = make_error_label()
        self.error_label.setObjectName("joinServerError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.open_button.setObjectName("joinServerOpen")
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.open_office)
        self.new_office_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.new_office_button.setObjectName("joinServerNewOffice")
        self.new_office_button.setAutoDefault(False)
        self.new_office_button.hide()  # offered once the server is found empty
        self.new_office_button.clicked.connect(self.start_office_here)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.address_label)
        row.addWidget(self.address_edit, 1)
        row.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        # A password or office key asked while connecting goes over the progress dialog.
        self.questions = ServerQuestionsAsker(self._question_parent, self)
        self.finished.connect(lambda _result: self.questions.close())
        self.address_edit.setText(settings.get(Options.DATABASE_SERVER_ADDRESS))
        self.address_edit.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Use the office's server — Records Desk"))
        self.intro.setText(
            self.tr(
                "Type the address of the office's database server, as whoever set it up gave "
                "it to you, e.g. %1. The server's password, and once the office key from the "
                "key-recovery sheet, are asked for when connecting."
            ).replace("%1", "postgresql://desk@records-server.office.lan/records")
        )
        self.address_label.setText(self.tr("Server &address:"))
        self.test_button.setText(self.tr("Te&st connection"))
        self.open_button.setText(self.tr("&Open the office"))
        self.new_office_button.setText(self.tr("Start the office &here"))

    # -- on the GUI thread ------------------------------------------------------------------

    def _question_parent(self) -> QWidget:
        job = self.job
        return job.progress if job is not None and not job.done else self

    def _say(self, result: str, error: str) -> None:
        self.result_label.setText(result)
        self.result_label.setVisible(bool(result))
        show_error(self.error_label, error)
        self.adjustSize()

    def _edited(self, _text: str) -> None:
        self.new_office_button.hide()  # offered for the address found empty only
        self._say("", "")

    def _address(self) -> str | None:
        """The address typed, or None after saying what is wrong with it."""
        address = self.address_edit.text().strip()
        problem = address_problem(address)
        if problem:
            self._say("", problem)
            self.address_edit.setFocus()
            return None
        return address

    def _busy(self, busy: bool) -> None:
        widgets = (self.address_edit, self.test_button, self.open_button, self.new_office_button)
        for widget in widgets:
            widget.setEnabled(not busy)

    def _run(self, work: Callable[[], Any], label: str, done: Callable[[Any], None]) -> None:
        self._busy(True)
        self._say("", "")
        self.job = BackgroundJob(self, lambda _p, _c: work(), label, cancellable=False)
        self.job.finished.connect(lambda result: self._ended(done, result))
        self.job.failed.connect(self._failed)
        self.job.start()

    def _ended(self, done: Callable[[Any], None], result: Any) -> None:
        self.job = None
        self._busy(False)
        done(result)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self._busy(False)
        if isinstance(error, NoOfficeThere):
            text: str | None = self._no_office()
        else:
            text = connection_failure(error, self.address_edit.text().strip())
        if text is not None:  # None: a question was cancelled
            self._say("", text)
        self.address_edit.setFocus()

    def _no_office(self) -> str:
        self.new_office_button.show()
        return self.tr(
            "No records office is on this server yet: its database is empty. Check the "
            "address with whoever set up the server. If it is the office's new server, press "
            "Start the office here: then create its general manager, or restore the office's "
            "backup there."
        )

    def test_connection(self) -> None:
        """Reach the server and say what is there, changing nothing."""
        from records_desk.app_opening import check_server

        address = self._address()
        if address is None:
            return
        questions = self.questions
        self._run(
            lambda: check_server(address, questions),
            self.tr("Connecting to %1…").replace("%1", address),
            self._tested,
        )

    def _tested(self, check: Any) -> None:
        if check.has_office:
            text = self.tr("Connected: PostgreSQL %1. A records office is there.")
            self._say(text.replace("%1", check.version), "")
        else:
            self._say("", self._no_office())

    def open_office(self) -> None:
        """Open the office on the server (asking what it needs) and go on with it."""
        from records_desk.app_opening import check_server, open_server_asking

        address = self._address()
        if address is None:
            return
        questions = self.questions

        def work() -> Any:
            if not check_server(address, questions).has_office:
                raise NoOfficeThere()
            return open_server_asking(address, questions)

        self._run(work, self.tr("Opening the records office at %1…").replace("%1", address),
                  lambda database: self._opened(address, database))  # fmt: skip

    def start_office_here(self) -> None:
        """Make the new, empty office on the server found empty and go on with it at the
        first-start dialog (its general manager, or its backup restored there)."""
        from records_desk.app_opening import open_server_asking

        address = self._address()
        if address is None:
            return
        questions = self.questions
        self._run(lambda: open_server_asking(address, questions),
                  self.tr("Opening the records office at %1…").replace("%1", address),
                  lambda database: self._opened(address, database, new=True))  # fmt: skip

    def _opened(self, address: str, database: Any, *, new: bool = False) -> None:
        from records_desk.services.container import build_services

        services = build_services(database, self._app_settings)
        # From now on this desk opens the server at every start (app.py database_to_open).
        self._app_settings.set(Options.DATABASE_SERVER_ADDRESS, address)
        self._app_settings.set(Options.DATABASE_ON_SERVER, True)
        if new:
            message = self.tr(
                "This computer now opens the records office at %1 whenever Records Desk "
                "starts. Create its general manager, or restore the office's backup there."
            ).replace("%1", shown_name(database))
        else:
            message = self.tr(
                "This computer now opens the records office at %1 whenever Records Desk "
                "starts. Sign in with your account there."
            ).replace("%1", shown_name(database))
        self.accept()
        self._joined(services, message)
