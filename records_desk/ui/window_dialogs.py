"""The dialogs the main window's own menus open (File: settings, change password, blank
forms; Admin: accounts, audit log, verify the audit chain; Help: about), one
of each kind, non-modal (`show_dialog`, which the features use too). Mixed into MainWindow
(main_window.py): its strings keep the window's translation context."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from records_desk.settings import Options
from records_desk.ui import audit_checks, notify
from records_desk.ui.server_office import shown_name

if TYPE_CHECKING:
    from records_desk.services.common.dto import Principal
    from records_desk.services.container import Services
    from records_desk.settings import Settings
    from records_desk.ui.i18n import Translations
    from records_desk.ui.idle import IdleMonitor

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


class MainWindowDialogs:
    """Mixed into MainWindow, whose attributes these are."""

    services: Services
    principal: Principal
    settings: Settings
    translations: Translations
    dialogs: dict[str, QWidget]
    idle: IdleMonitor

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def show_dialog(self, key: str, factory: Callable[[], QWidget]) -> QWidget:
        """One dialog of each kind, non-modal; a second request brings it to the front."""
        existing = self.dialogs.get(key)
        if existing is not None and Shiboken.isValid(existing) and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
        if existing is not None and Shiboken.isValid(existing):
            existing.deleteLater()
        dialog = factory()
        self.dialogs[key] = dialog
        dialog.show()
        return dialog

    def open_settings(self) -> None:
        from records_desk.ui.dialogs.settings_dialog import SettingsDialog

        def make() -> QWidget:
            dialog = SettingsDialog(self.settings, self.translations, self._widget())
            dialog.applied.connect(
                lambda: self.idle.set_minutes(self.settings.get(Options.IDLE_LOCK_MINUTES))
            )
            return dialog

        self.show_dialog("settings", make)

    def open_change_password(self) -> None:
        from records_desk.ui.dialogs.change_password import ChangePasswordDialog

        def make() -> QWidget:
            dialog = ChangePasswordDialog(
                self.services.auth,
                self.settings,
                self.principal.username,
                None,
                self._widget(),
                sign_in=False,
            )
            dialog.password_changed.connect(
                lambda _p: notify.info(
                    self._widget(), translate("MainWindow", "Your password was changed.")
                )
            )
            return dialog

        self.show_dialog("change_password", make)

    def open_blank_forms(self) -> None:
        from records_desk.ui.printing.blank_forms_dialog import BlankFormsDialog

        self.show_dialog(
            "blank_forms",
            lambda: BlankFormsDialog(
                self.services.printing, self.principal, self.settings, self._widget()
            ),
        )

    def open_accounts(self) -> None:
        try:
            from records_desk.ui.dialogs.accounts_dialog import AccountsDialog
        except ModuleNotFoundError as e:
            return self._not_built(e)
        self.show_dialog(
            "accounts",
            lambda: AccountsDialog(self.services, self.principal, self.settings, self._widget()),
        )

    def open_audit_log(self) -> None:
        try:
            from records_desk.ui.dialogs.audit_log_dialog import AuditLogDialog
        except ModuleNotFoundError as e:
            return self._not_built(e)
        self.show_dialog(
            "audit_log",
            lambda: AuditLogDialog(self.services, self.principal, self.settings, self._widget()),
        )

    def _not_built(self, error: ModuleNotFoundError) -> None:
        if not (error.name or "").startswith("records_desk.ui.dialogs."):
            raise error
        notify.info(
            self._widget(), translate("MainWindow", "This part of Records Desk is not built yet.")
        )

    def verify_audit_chain(self) -> None:
        audit_checks.verify_audit_chain(self._widget(), self.services, self.principal)

    def warn_of_tamper_alarms(self) -> None:
        audit_checks.warn_of_tamper_alarms(self._widget(), self.services, self.principal)

    def open_about(self) -> None:
        from records_desk.ui.dialogs.about import AboutDialog

        path = shown_name(self.services.database)
        self.show_dialog("about", lambda: AboutDialog(self.settings, path, self._widget()))
