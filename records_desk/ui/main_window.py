"""The main window: layout and wiring only. One tab and one menu per registered feature
(records_desk/features.py, each feature's `FEATURE_UI`) between the File menu and the Admin and
Help menus, the status bar (the features' own items, then who, role, database, encryption), the idle lock, the change bus the
views listen to, and window geometry and the last tab remembered through the settings
registry. The window is the features' `FeatureHost`; the dialogs its own menus open are
window_dialogs.py's."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QByteArray, QEvent, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QTabWidget, QWidget
from shiboken6 import Shiboken

from records_desk import APP_NAME
from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.paths import log_dir
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Options, Settings
from records_desk.ui.actions import (
    ActionSpec,
    create_action,
    create_actions,
    retranslate_actions,
)
from records_desk.ui.actions import set_texts as set_action_texts
from records_desk.ui.common.changes import ChangeBus
from records_desk.ui.common.feature import FeatureTab, feature_uis, run_slot
from records_desk.ui.common.live import LiveRefresh
from records_desk.ui.i18n import Translations
from records_desk.ui.idle import IdleMonitor, ScreenLock
from records_desk.ui.messages import role_name
from records_desk.ui.server_office import server_transport, shown_name
from records_desk.ui.window_dialogs import MainWindowDialogs

# Which admin action needs which permission (the services check again on every call).
ADMIN_PERMISSIONS = {
    "accounts": Action.ACCOUNT_LIST,
    "audit_log": Action.AUDIT_READ,
    "verify_audit": Action.AUDIT_VERIFY,
}


class MainWindow(QMainWindow, MainWindowDialogs):
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
        uis = feature_uis()  # checked before any widget exists
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services = services
        self.principal = principal
        self.settings = settings
        self.translations = translations or Translations()
        self.dialogs: dict[str, QWidget] = {}
        self.changes = ChangeBus(self)
        self.feature_uis = uis
        self.live = LiveRefresh(self)  # other desks' changes (a server office only)
        # Every menu item a role may be refused; feature items stay visible, greyed out.
        self.action_permissions: dict[str, Action] = dict(ADMIN_PERMISSIONS)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.setDocumentMode(True)
        self.feature_tabs: dict[str, QWidget] = {}
        for ui in self.feature_uis:
            if ui.tab is not None:
                self.feature_tabs[ui.name] = ui.tab(self)
                self.tabs.addTab(self.feature_tabs[ui.name], "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.screen_lock = ScreenLock(self, self.stack, self.tabs, services.auth, principal)
        self.idle = IdleMonitor(settings.get(Options.IDLE_LOCK_MINUTES), self)

        self.menu_actions = create_actions(self)
        self._own_actions = frozenset(self.menu_actions)
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
        self._build_feature_menus()
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

    def _build_feature_menus(self) -> None:
        """Each feature's actions, its menu, and the controller whose methods are the slots."""
        self.controllers: dict[str, object] = {}
        self.feature_menus: dict[str, QMenu] = {}
        for ui in self.feature_uis:
            controller = ui.controller(self) if ui.controller is not None else None
            self.controllers[ui.name] = controller
            for spec in ui.actions:
                action = create_action(self, ActionSpec(spec.name, spec.shortcut))
                action.triggered.connect(partial(run_slot, spec.slot, controller))
                if spec.permission is not None:
                    self.action_permissions[spec.name] = spec.permission
                    action.setEnabled(is_allowed(self.principal.role, spec.permission))
                self.menu_actions[spec.name] = action
            if ui.menu:
                items = [self.menu_actions[name] if name else None for name in ui.menu]
                self.feature_menus[ui.name] = self._menu(f"{ui.name}Menu", items)

    def _menu(self, name: str, items: list[QAction | None]) -> QMenu:
        menu = self.menuBar().addMenu("")
        menu.setObjectName(name)
        menu.setToolTipsVisible(True)  # the tip of a greyed item says why it is greyed
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
        self.feature_status: dict[str, QWidget] = {}
        for ui in self.feature_uis:
            if ui.status is not None:
                self.feature_status[ui.name] = ui.status(self)
                bar.addPermanentWidget(self.feature_status[ui.name])
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
        self.admin_menu.setTitle(self.tr("&Admin"))
        self.help_menu.setTitle(self.tr("&Help"))
        retranslate_actions({n: a for n, a in self.menu_actions.items() if n in self._own_actions})
        for ui in self.feature_uis:
            if ui.menu_title is not None and ui.name in self.feature_menus:
                self.feature_menus[ui.name].setTitle(ui.menu_title())
            for spec in ui.actions:
                tip = spec.tip()
                if spec.permission is not None and not is_allowed(p.role, spec.permission):
                    # A greyed item says why (a new-user try: nothing told the sales manager).
                    refused = self.tr("Not for your role (%1).").replace("%1", role_name(p.role))
                    tip = f"{tip}\n{refused}" if tip else refused
                set_action_texts(self.menu_actions[spec.name], spec.text(), tip)
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            assert isinstance(tab, FeatureTab)  # the tabs are the features' (FeatureUi.tab)
            self.tabs.setTabText(index, tab.title())
        self.user_label.setText(
            self.tr("Signed in: %1 (%2)").replace("%1", p.full_name).replace("%2", p.username)
        )
        self.role_label.setText(self.tr("Role: %1").replace("%1", role_name(p.role)))
        db = self.services.database
        self.db_label.setText(self.tr("Database: %1").replace("%1", shown_name(db)))
        self.encryption_label.setText(self._encryption_text())

    def _encryption_text(self) -> str:
        db = self.services.database
        transport = server_transport(db)
        if transport == "local":
            return self.tr("Server on this computer (local connection)")
        if transport == "tls":
            return self.tr("Server connection encrypted (TLS)")
        if transport == "plain":
            return self.tr("Server connection NOT encrypted")
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
            permission = self.action_permissions.get(name)
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

    def feature_tab(self, feature: str) -> QWidget | None:
        """The tab of a registered feature, if it has one."""
        return self.feature_tabs.get(feature)

    def open_log_folder(self) -> None:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return
        from records_desk.ui.widgets.folder_dialog import FolderDialog

        message = self.tr(
            "No file manager could open the log folder on this computer. The log files are in:"
        )
        title = self.tr("Log folder")
        self.show_dialog("log_folder", lambda: FolderDialog(title, message, folder, self))
