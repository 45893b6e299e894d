"""The main window: layout and wiring only. Four tabs hosted from their feature packages,
the File / Customers / Admin / Help menus (the Customers menu's screens live in
ui/customers/admin_menu.py), the status bar (who, role, database, encryption), the idle lock,
and window geometry and the last tab remembered through the settings registry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QTabWidget, QWidget
from shiboken6 import Shiboken

from records_desk import APP_NAME
from records_desk.domain.permissions import Action, is_allowed
from records_desk.paths import log_dir
from records_desk.services.container import Services
from records_desk.services.dto import Principal
from records_desk.settings import Options, Settings
from records_desk.ui import notify, operations
from records_desk.ui.actions import create_actions, retranslate_actions
from records_desk.ui.customers.admin_menu import CUSTOMER_PERMISSIONS, MENU_ITEMS, CustomerAdminMenu
from records_desk.ui.customers.tab import CustomersTab
from records_desk.ui.i18n import Translations
from records_desk.ui.idle import IdleMonitor, ScreenLock
from records_desk.ui.loans.tab import LoansTab
from records_desk.ui.media.tab import MediaTab
from records_desk.ui.messages import role_name
from records_desk.ui.reception.tab import ReceptionTab

# Which admin action needs which permission (the services check again on every call).
ADMIN_PERMISSIONS = {
    "accounts": Action.ACCOUNT_LIST,
    "audit_log": Action.AUDIT_READ,
    "verify_audit": Action.AUDIT_VERIFY,
}
# Every menu item a role may be refused; customer items stay visible, greyed out.
MENU_PERMISSIONS = {**ADMIN_PERMISSIONS, **CUSTOMER_PERMISSIONS}


class MainWindow(QMainWindow):
    """Emits `sign_out_requested(error_or_None)` and `closed` (the user quit)."""

    sign_out_requested = Signal(object)
    closed = Signal()

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings,
        translations: Translations | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services = services
        self.principal = principal
        self.settings = settings
        self.translations = translations or Translations()
        self.dialogs: dict[str, QWidget] = {}

        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.setDocumentMode(True)
        self.customers_tab = CustomersTab(services, principal, settings)
        self.tabs.addTab(self.customers_tab, "")
        for tab_class in (LoansTab, MediaTab, ReceptionTab):
            self.tabs.addTab(tab_class(services, principal), "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.screen_lock = ScreenLock(self, self.stack, self.tabs, services.auth, principal)
        self.idle = IdleMonitor(settings.get(Options.IDLE_LOCK_MINUTES), self)

        self.menu_actions = create_actions(self)
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self._restore_layout()
        self.retranslate_ui()

    # -- building ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.menu_actions
        self.file_menu = self._menu(
            "fileMenu",
            [
                a["print_blank_form"],
                None,
                a["settings"],
                a["change_password"],
                None,
                a["lock"],
                a["sign_out"],
                None,
                a["quit"],
            ],
        )
        self.customer_menu = self._menu(
            "customerMenu", [a[name] if name else None for name in MENU_ITEMS]
        )
        for name, permission in CUSTOMER_PERMISSIONS.items():
            a[name].setEnabled(is_allowed(self.principal.role, permission))
        self.admin_menu = self._menu(
            "adminMenu", [a["accounts"], a["audit_log"], None, a["verify_audit"]]
        )
        self.help_menu = self._menu("helpMenu", [a["about"], a["open_log_folder"]])
        allowed_any = False
        for name, permission in ADMIN_PERMISSIONS.items():
            allowed = is_allowed(self.principal.role, permission)
            a[name].setVisible(allowed)
            a[name].setEnabled(allowed)
            allowed_any = allowed_any or allowed
        self.admin_menu.menuAction().setVisible(allowed_any)

    def _menu(self, name: str, items: list) -> QMenu:  # type: ignore[type-arg]
        menu = self.menuBar().addMenu("")
        menu.setObjectName(name)
        for item in items:
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(item)
        return menu

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel()
        self.user_label.setObjectName("userStatus")
        self.role_label = QLabel()
        self.role_label.setObjectName("roleStatus")
        self.db_label = QLabel()
        self.db_label.setObjectName("databaseStatus")
        self.encryption_label = QLabel()
        self.encryption_label.setObjectName("encryptionStatus")
        for label in (self.user_label, self.role_label, self.db_label, self.encryption_label):
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)

    def _connect(self) -> None:
        a = self.menu_actions
        slots: dict[str, Callable[[], object]] = {
            "print_blank_form": self.open_blank_forms,
            "settings": self.open_settings,
            "change_password": self.open_change_password,
            "lock": lambda: self.lock("locked from the File menu"),
            "sign_out": lambda: self.sign_out_requested.emit(None),
            "quit": self.close,
            "accounts": self.open_accounts,
            "audit_log": self.open_audit_log,
            "verify_audit": self.verify_audit_chain,
            "about": self.open_about,
            "open_log_folder": self.open_log_folder,
        }
        for name, slot in slots.items():
            a[name].triggered.connect(slot)
        self.customer_admin = CustomerAdminMenu(self)
        self.tabs.currentChanged.connect(lambda i: self.settings.set(Options.LAST_TAB, i))
        self.idle.idle.connect(self._lock_when_idle)
        self.screen_lock.locked_changed.connect(self._on_lock_changed)
        self.screen_lock.sign_out_requested.connect(self.sign_out_requested)

    def _restore_layout(self) -> None:
        geometry = self.settings.get(Options.MAIN_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1100, 720)
        state = self.settings.get(Options.MAIN_STATE)
        if state:
            self.restoreState(QByteArray(state))
        last = self.settings.get(Options.LAST_TAB)
        if 0 <= last < self.tabs.count():
            self.tabs.setCurrentIndex(last)

    def save_layout(self) -> None:
        self.settings.set(Options.MAIN_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(Options.MAIN_STATE, bytes(self.saveState().data()))
        self.settings.set(Options.LAST_TAB, self.tabs.currentIndex())

    # -- language ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        p = self.principal
        self.setWindowTitle(f"{APP_NAME} — {p.full_name} ({p.username})")
        self.file_menu.setTitle(self.tr("&File"))
        self.customer_menu.setTitle(self.tr("&Customers"))
        self.admin_menu.setTitle(self.tr("&Admin"))
        self.help_menu.setTitle(self.tr("&Help"))
        retranslate_actions(self.menu_actions)
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, self.tabs.widget(index).title())
        self.user_label.setText(
            self.tr("Signed in: %1 (%2)").replace("%1", p.full_name).replace("%2", p.username)
        )
        self.role_label.setText(self.tr("Role: %1").replace("%1", role_name(p.role)))
        db = self.services.database
        self.db_label.setText(self.tr("Database: %1").replace("%1", str(db.path)))
        self.encryption_label.setText(self._encryption_text())

    def _encryption_text(self) -> str:
        db = self.services.database
        if not db.encrypted:
            return self.tr("Not encrypted")
        if db.key.storage == "file":
            return self.tr("Encrypted, key in private file %1").replace("%1", db.key.location)
        return self.tr("Encrypted, key in OS keyring")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- idle lock --------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.screen_lock.locked

    def lock(self, summary: str) -> None:
        self.screen_lock.lock(summary)

    def _lock_when_idle(self) -> None:
        minutes = self.idle.interval_ms() / 60_000
        self.lock(f"locked after {minutes:g} minutes without input")

    def _on_lock_changed(self, locked: bool) -> None:
        self.menuBar().setEnabled(not locked)
        for name, action in self.menu_actions.items():
            permission = MENU_PERMISSIONS.get(name)
            allowed = permission is None or is_allowed(self.principal.role, permission)
            action.setEnabled(allowed and not locked)
        if locked:
            self.idle.stop()
        else:
            self.idle.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self.locked:
            self.idle.start()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_layout()
        self.idle.stop()
        for dialog in self.dialogs.values():
            if Shiboken.isValid(dialog):
                dialog.close()
        super().closeEvent(event)
        self.closed.emit()

    # -- menu slots -------------------------------------------------------------------------

    def _show_dialog(self, key: str, factory: Callable[[], QWidget]) -> QWidget:
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
            dialog = SettingsDialog(self.settings, self.translations, self)
            dialog.applied.connect(
                lambda: self.idle.set_minutes(self.settings.get(Options.IDLE_LOCK_MINUTES))
            )
            return dialog

        self._show_dialog("settings", make)

    def open_change_password(self) -> None:
        from records_desk.ui.dialogs.change_password import ChangePasswordDialog

        def make() -> QWidget:
            dialog = ChangePasswordDialog(
                self.services.auth,
                self.settings,
                self.principal.username,
                None,
                self,
                sign_in=False,
            )
            dialog.password_changed.connect(
                lambda _p: notify.info(self, self.tr("Your password was changed."))
            )
            return dialog

        self._show_dialog("change_password", make)

    def open_blank_forms(self) -> None:
        from records_desk.ui.printing.blank_forms_dialog import BlankFormsDialog

        self._show_dialog(
            "blank_forms",
            lambda: BlankFormsDialog(self.services.printing, self.principal, self.settings, self),
        )

    def open_accounts(self) -> None:
        try:
            from records_desk.ui.dialogs.accounts_dialog import AccountsDialog
        except ModuleNotFoundError as e:
            return self._not_built(e)
        self._show_dialog(
            "accounts", lambda: AccountsDialog(self.services, self.principal, self.settings, self)
        )

    def open_audit_log(self) -> None:
        try:
            from records_desk.ui.dialogs.audit_log_dialog import AuditLogDialog
        except ModuleNotFoundError as e:
            return self._not_built(e)
        self._show_dialog(
            "audit_log", lambda: AuditLogDialog(self.services, self.principal, self.settings, self)
        )

    def _not_built(self, error: ModuleNotFoundError) -> None:
        if not (error.name or "").startswith("records_desk.ui.dialogs."):
            raise error
        notify.info(self, self.tr("This part of Records Desk is not built yet."))

    def verify_audit_chain(self) -> None:
        try:
            report = operations.call(self, lambda: self.services.audit.verify(self.principal))
        except operations.Failed:
            return
        if report.intact:
            text = self.tr("The operation log is intact: %1 entries checked.")
            notify.info(self, text.replace("%1", str(report.entries)))
        else:
            text = self.tr(
                "The operation log has been tampered with: entry %1 does not match the chain."
            )
            notify.error(self, text.replace("%1", str(report.broken_at)))

    def open_about(self) -> None:
        from records_desk.ui.dialogs.about import AboutDialog

        path = str(self.services.database.path)
        self._show_dialog("about", lambda: AboutDialog(self.settings, path, self))

    def open_log_folder(self) -> None:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
