"""The session from start to quit: first start (create the general manager), sign-in, a forced
password change, the main window, sign-out back to sign-in. Every window is shown with show()
and answers through signals, never exec(), so tests drive the real dialogs.

A first start may end with another office than the new, empty one (the first-run dialog's
`office_replaced`: a backup restored on a new PC, or the office's server joined from there);
the flow then holds its services, and the sign-in names the office now open. An office with
no account yet (a server's new office, started from there) gets its first start instead: the
general manager created, or its backup restored onto the server (issue 15).

The windows on screen are attributes (`first_run_dialog`, `login_dialog`,
`change_password_dialog`, `main_window`) so a test can reach them.

At start-up the flow is usually given the services while they are still being opened on a
worker thread (ui/pending_services.py, records_desk/app_opening.py). A records office that is
already there then gets the sign-in dialog at once, and the dialog its `AuthService` once the
office is open (a Sign in pressed before waits for it). An office without accounts yet, new or
not, gets the first-run dialog once open; a sign-in from the command line waits for the
opening, then goes on as before. If the opening fails, the dialog goes and `open_failed(error)`
lets the composition root say why.

Decisions:
- Neither the services, nor the store, nor the main window (which imports the features and
  the services) are imported before the sign-in dialog is on screen: they are imported on the
  worker thread, or here once the services are open — while the user types.
- The opening starts once the early sign-in dialog is on screen (first expose, or after
  `OPEN_ANYWAY_MS` should the window system never say so): its imports would slow the
  dialog's own. With no early dialog it starts at once.
- `ready` waits for the services as well as a window: the benchmark's --quit-when-ready and a
  database that cannot be opened must not look ready.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.errors import DomainError, PasswordChangeRequired
from records_desk.settings import Settings
from records_desk.ui import notify
from records_desk.ui.dialogs.change_password import ChangePasswordDialog
from records_desk.ui.dialogs.first_run import FirstRunDialog
from records_desk.ui.dialogs.login import LoginDialog
from records_desk.ui.i18n import Translations
from records_desk.ui.messages import describe
from records_desk.ui.pending_services import PendingServices
from records_desk.ui.server_office import shown_name
from records_desk.ui.widgets.exposed import when_exposed

if TYPE_CHECKING:
    from records_desk.services.common.dto import Principal
    from records_desk.services.container import Services
    from records_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

OPEN_ANYWAY_MS = 1000

W = TypeVar("W", bound=QWidget)


class SessionFlow(QObject):
    """`ready` is emitted once, when the first window a user can act in is on screen and the
    services are open; `shown(window)` each time a window is put in front (`front_window`);
    `open_failed(error)` if the records office could not be opened; `finished` when the user
    quits (from a dialog or the main window)."""

    ready = Signal()
    shown = Signal(object)
    open_failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        services: Services | PendingServices,
        settings: Settings,
        translations: Translations | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if isinstance(services, PendingServices):
            self.pending: PendingServices | None = services
            self.services: Services | None = services.services
            self.db_path: Path | str = services.path
        else:
            self.pending = None
            self.services = services
            self.db_path = shown_name(services.database)
        self.settings = settings
        self.translations = translations or Translations()
        self.first_run_dialog: FirstRunDialog | None = None
        self.login_dialog: LoginDialog | None = None
        self.change_password_dialog: ChangePasswordDialog | None = None
        self.main_window: MainWindow | None = None
        self.principal: Principal | None = None
        self.auto_sign_in_error: DomainError | None = None
        self.front_window: QWidget | None = None
        self._start_args: tuple[str | None, str | None] = (None, None)
        self._ready_sent = False
        self._ending = False

    def start(self, username: str | None = None, password: str | None = None) -> None:
        """With a user name and password (the command line), sign in without the dialog."""
        if self.services is None:
            self._start_when_open(username, password)
        elif username and password:
            self._sign_in_directly(username, password)
        elif not self.services.auth.has_accounts():
            self.show_first_run()
        else:
            self.show_login(username=username or "")

    def _start_when_open(self, username: str | None, password: str | None) -> None:
        assert self.pending is not None
        self._start_args = (username, password)
        self.pending.opened.connect(self._opened)
        self.pending.failed.connect(self._failed_to_open)
        if self.pending.exists and not (username and password):
            self.show_login(username=username or "")
            assert self.login_dialog is not None
            when_exposed(self.login_dialog, self.pending.start)
            QTimer.singleShot(OPEN_ANYWAY_MS, self.pending.start)
        else:
            self.pending.start()

    def _opened(self, services: Services) -> None:
        self.services = services
        login = self.login_dialog
        if login is None:  # a new records office, or a sign-in from the command line
            self.start(*self._start_args)
        elif not services.auth.has_accounts():  # made, but its first start was cancelled
            self._discard(login)
            self.login_dialog = None
            self.show_first_run()
        else:
            QTimer.singleShot(0, _import_main_window)  # while the user types
            self._announce_ready()
            login.set_auth(services.auth)  # signs in at once if Sign in was pressed

    def _failed_to_open(self, error: Exception) -> None:
        if self.login_dialog is not None:
            self._discard(self.login_dialog)
            self.login_dialog = None
        self.open_failed.emit(error)

    def _sign_in_directly(self, username: str, password: str) -> None:
        try:
            principal = self._services().auth.login(username, password)
        except PasswordChangeRequired as e:
            self.auto_sign_in_error = e
            self.show_change_password(username, e)
            return
        except DomainError as e:
            self.auto_sign_in_error = e
            self.show_login(username=username, message=describe(e))
            return
        self.show_main_window(principal)

    def _services(self) -> Services:
        assert self.services is not None, "the records office is not open yet"
        return self.services

    # -- the windows ------------------------------------------------------------------------

    def show_first_run(self) -> None:
        from records_desk.ui.common.feature import first_run_entries

        office = self._services()
        entries = first_run_entries()
        dialog = FirstRunDialog(office.auth, self.settings, office=office, entries=entries)
        dialog.created.connect(lambda _principal: self.show_login())
        dialog.office_replaced.connect(self._office_replaced)
        dialog.rejected.connect(self.finished)
        self.first_run_dialog = self._replace(self.first_run_dialog, dialog)
        self._present(dialog)

    def _office_replaced(self, services: Services, message: str = "") -> None:
        """The new, empty office gave way to another (a backup restored at the first start):
        the flow and the composition root go on with its services; its accounts sign in, told
        MESSAGE (what came back) over the sign-in dialog."""
        old, self.services = self.services, services
        self.db_path = shown_name(services.database)  # the sign-in's heading: a joined server
        if self.pending is not None:
            self.pending.services = services  # closed at exit instead of the empty office's
        if old is not None and old is not services:
            old.close()
        if not services.auth.has_accounts():  # a server's new office: its first start goes on
            self.show_first_run()
            if message:
                notify.info(self.first_run_dialog, message)
            return
        self.show_login()
        if message:
            notify.info(self.login_dialog, message)

    def show_login(self, username: str = "", message: str = "") -> None:
        auth = self.services.auth if self.services is not None else None
        dialog = LoginDialog(auth, self.settings, self.db_path)
        if username:
            dialog.user_name_edit.setText(username)
            dialog.password_edit.setFocus()
        if message:
            dialog.show_message(message)
        dialog.signed_in.connect(self.show_main_window)
        dialog.password_change_required.connect(self.show_change_password)
        dialog.rejected.connect(self.finished)
        self.login_dialog = self._replace(self.login_dialog, dialog)
        self._present(dialog)

    def show_change_password(self, username: str, reason: Exception | None = None) -> None:
        dialog = ChangePasswordDialog(self._services().auth, self.settings, username, reason)
        dialog.password_changed.connect(self.show_main_window)
        dialog.rejected.connect(lambda: self.show_login(username=username))
        self.change_password_dialog = self._replace(self.change_password_dialog, dialog)
        self._present(dialog)

    def show_main_window(self, principal: Principal) -> None:
        from records_desk.ui.main_window import MainWindow

        self.principal = principal
        # The menus of the role the account acts in today (the archivist's deputy: R-ACC-5);
        # the services check again on every call.
        acting = self._services().ctx.effective(principal)
        window = MainWindow(self._services(), acting, self.settings, self.translations)
        window.sign_out_requested.connect(self.sign_out)
        window.closed.connect(self._main_window_closed)
        self.main_window = self._replace(self.main_window, window)
        self._present(window)
        log.info("signed in as %s (%s)", principal.username, principal.role.value)
        window.warn_of_tamper_alarms()

    # -- ending a session -------------------------------------------------------------------

    def sign_out(self, reason: Exception | None = None) -> None:
        """File → Sign out, the lock page's Sign out, or an unlock that locked the account."""
        window, principal = self.main_window, self.principal
        if window is None or principal is None:
            return
        why = "signed out" if reason is None else f"signed out: {type(reason).__name__}"
        self._services().auth.record(principal, AuditAction.LOGOUT, why)
        # The login dialog appears before the main window closes, so there is never a moment
        # without a window (under Qt's default quit-on-last-window-closed, that would quit).
        self.show_login(
            username=principal.username, message=describe(reason) if reason is not None else ""
        )
        self._ending = True
        try:
            window.close()
        finally:
            self._ending = False
        window.deleteLater()
        self.main_window = None
        self.principal = None

    def _main_window_closed(self) -> None:
        if self._ending:
            return
        if self.principal is not None:
            self._services().auth.record(
                self.principal, AuditAction.LOGOUT, "signed out: application closed"
            )
        self.principal = None
        self.finished.emit()

    # -- helpers ----------------------------------------------------------------------------

    def _replace(self, old: QWidget | None, new: W) -> W:
        if old is not None and old is not new:
            self._discard(old)
        return new

    def _discard(self, window: QWidget) -> None:
        window.hide()
        window.deleteLater()
        if window is self.front_window:
            self.front_window = None

    def _present(self, window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()
        self.front_window = window
        self.shown.emit(window)
        self._announce_ready()

    def _announce_ready(self) -> None:
        if not self._ready_sent and self.services is not None and self.front_window is not None:
            self._ready_sent = True
            self.ready.emit()


def _import_main_window() -> None:
    """The main window's modules and the features' tabs and menus, so that signing in does
    not wait for their import."""
    import records_desk.ui.main_window  # noqa: F401
    from records_desk.ui.common.feature import feature_uis

    feature_uis()
