"""The session from start to quit: first start (create the general manager), sign-in, a forced
password change, the main window, sign-out back to sign-in. Every window is shown with show()
and answers through signals, never exec(), so tests drive the real dialogs.

The windows on screen are attributes (`first_run_dialog`, `login_dialog`,
`change_password_dialog`, `main_window`) so a test can reach them."""

from __future__ import annotations

import logging
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from records_desk.domain.common.errors import DomainError, PasswordChangeRequired
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui.dialogs.change_password import ChangePasswordDialog
from records_desk.ui.dialogs.first_run import FirstRunDialog
from records_desk.ui.dialogs.login import LoginDialog
from records_desk.ui.i18n import Translations
from records_desk.ui.main_window import MainWindow
from records_desk.ui.messages import describe

log = logging.getLogger(__name__)

W = TypeVar("W", bound=QWidget)


class SessionFlow(QObject):
    """`ready` is emitted once, when the first window a user can act in is on screen;
    `shown(window)` each time a window is put in front (`front_window`); `finished` when the
    user quits (from a dialog or the main window)."""

    ready = Signal()
    shown = Signal(object)
    finished = Signal()

    def __init__(
        self,
        services: Services,
        settings: Settings,
        translations: Translations | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.translations = translations or Translations()
        self.first_run_dialog: FirstRunDialog | None = None
        self.login_dialog: LoginDialog | None = None
        self.change_password_dialog: ChangePasswordDialog | None = None
        self.main_window: MainWindow | None = None
        self.principal: Principal | None = None
        self.auto_sign_in_error: DomainError | None = None
        self.front_window: QWidget | None = None
        self._ready_sent = False
        self._ending = False

    def start(self, username: str | None = None, password: str | None = None) -> None:
        """With a user name and password (the command line), sign in without the dialog."""
        if username and password:
            self._sign_in_directly(username, password)
        elif not self.services.auth.has_accounts():
            self.show_first_run()
        else:
            self.show_login(username=username or "")

    def _sign_in_directly(self, username: str, password: str) -> None:
        try:
            principal = self.services.auth.login(username, password)
        except PasswordChangeRequired as e:
            self.auto_sign_in_error = e
            self.show_change_password(username, e)
            return
        except DomainError as e:
            self.auto_sign_in_error = e
            self.show_login(username=username, message=describe(e))
            return
        self.show_main_window(principal)

    # -- the windows ------------------------------------------------------------------------

    def show_first_run(self) -> None:
        dialog = FirstRunDialog(self.services.auth, self.settings)
        dialog.created.connect(lambda _principal: self.show_login())
        dialog.rejected.connect(self.finished)
        self.first_run_dialog = self._replace(self.first_run_dialog, dialog)
        self._present(dialog)

    def show_login(self, username: str = "", message: str = "") -> None:
        dialog = LoginDialog(self.services.auth, self.settings, self.services.database.path)
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
        dialog = ChangePasswordDialog(self.services.auth, self.settings, username, reason)
        dialog.password_changed.connect(self.show_main_window)
        dialog.rejected.connect(lambda: self.show_login(username=username))
        self.change_password_dialog = self._replace(self.change_password_dialog, dialog)
        self._present(dialog)

    def show_main_window(self, principal: Principal) -> None:
        self.principal = principal
        window = MainWindow(self.services, principal, self.settings, self.translations)
        window.sign_out_requested.connect(self.sign_out)
        window.closed.connect(self._main_window_closed)
        self.main_window = self._replace(self.main_window, window)
        self._present(window)
        log.info("signed in as %s (%s)", principal.username, principal.role.value)

    # -- ending a session -------------------------------------------------------------------

    def sign_out(self, reason: Exception | None = None) -> None:
        """File → Sign out, the lock page's Sign out, or an unlock that locked the account."""
        window, principal = self.main_window, self.principal
        if window is None or principal is None:
            return
        why = "signed out" if reason is None else f"signed out: {type(reason).__name__}"
        self.services.auth.record(principal, "logout", why)
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
            self.services.auth.record(self.principal, "logout", "signed out: application closed")
        self.principal = None
        self.finished.emit()

    # -- helpers ----------------------------------------------------------------------------

    def _replace(self, old: QWidget | None, new: W) -> W:
        if old is not None and old is not new:
            old.hide()
            old.deleteLater()
        return new

    def _present(self, window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()
        self.front_window = window
        self.shown.emit(window)
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()
