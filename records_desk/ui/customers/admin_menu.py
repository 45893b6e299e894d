"""The 客戶檔案 (Customers) menu of the main window: import and export, the holiday SMS list,
grade quotas, reviews and visits, the blacklist, data quality, the weekly spot check and the
office settings every desk shares.
Each item is enabled only for the roles the permission matrix allows (the services check
every call again); each opens its screen lazily, so none of them costs start-up time."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from records_desk.domain.permissions import Action
from records_desk.ui import notify

if TYPE_CHECKING:
    from records_desk.ui.main_window import MainWindow

CUSTOMER_PERMISSIONS = {
    "customer_import": Action.CUSTOMER_IMPORT,
    "customer_export": Action.CUSTOMER_EXPORT,
    "sms_list": Action.CUSTOMER_EXPORT,
    "grade_quotas": Action.CUSTOMER_VIEW,
    "reviews": Action.CUSTOMER_VIEW,
    "blacklist": Action.CUSTOMER_VIEW,
    "data_quality": Action.QUALITY_VIEW,
    "spot_check": Action.SPOT_CHECK,
    # Everyone may read them; the dialog lets only Action.OFFICE_SETTINGS roles change them.
    "office_settings": Action.CUSTOMER_VIEW,
}

MENU_ITEMS: list[str | None] = [
    "customer_import",
    "customer_export",
    "sms_list",
    None,
    "grade_quotas",
    "reviews",
    "blacklist",
    None,
    "data_quality",
    "spot_check",
    None,
    "office_settings",
]


class CustomerAdminMenu:
    """Wires the menu's actions to the screens; `window` hosts the dialogs (one of each)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        slots: dict[str, Callable[[], object]] = {
            "customer_import": self.open_import,
            "customer_export": self.export_view,
            "sms_list": self.export_sms,
            "grade_quotas": self.open_quotas,
            "reviews": self.open_reviews,
            "blacklist": self.open_blacklist,
            "data_quality": self.open_quality,
            "spot_check": self.open_spot_check,
            "office_settings": self.open_office_settings,
        }
        for name, slot in slots.items():
            window.menu_actions[name].triggered.connect(slot)

    def _args(self) -> tuple[Any, Any, Any, QWidget]:
        w = self.window
        return w.services, w.principal, w.settings, w

    def _tab_method(self, name: str) -> Callable[[], Any] | None:
        """A method of the customers tab, when the tab offers it."""
        for index in range(self.window.tabs.count()):
            method = getattr(self.window.tabs.widget(index), name, None)
            if callable(method):
                return method  # type: ignore[no-any-return]
        return None

    def _current_query(self) -> object | None:
        """The customers tab's current search and filters; None: every file."""
        current_query = self._tab_method("current_query")
        return current_query() if current_query is not None else None

    def _refresh_tab(self, *_args: object) -> None:
        """Show what an import or a blacklist change wrote."""
        for index in range(self.window.tabs.count()):
            tab = self.window.tabs.widget(index)
            if getattr(tab, "loaded", False) and callable(getattr(tab, "refresh", None)):
                tab.refresh()  # type: ignore[attr-defined]

    def _screen(self, module: str, name: str) -> Any:
        """The screen's class, imported on first use; None (and the user told) while that
        screen is not built yet."""
        try:
            return getattr(importlib.import_module(f"records_desk.ui.customers.{module}"), name)
        except ModuleNotFoundError as e:
            if not (e.name or "").startswith("records_desk."):
                raise
            notify.info(self.window, self.window.tr("This part of Records Desk is not built yet."))
            return None

    def _open(self, key: str, module: str, name: str) -> QWidget | None:
        screen = self._screen(module, name)
        if screen is None:
            return None
        return self.window._show_dialog(key, lambda: screen(*self._args()))

    def open_import(self) -> None:
        dialog = self._open("customer_import", "import_dialog", "ImportDialog")
        if dialog is not None and not dialog.property("tab_connected"):
            dialog.imported.connect(self._refresh_tab)  # type: ignore[attr-defined]
            dialog.setProperty("tab_connected", True)

    def export_view(self) -> None:
        export = self._screen("export_action", "CustomerExport")
        if export is not None:
            services, principal, _settings, parent = self._args()
            self.export = export(services, principal, parent)
            self.export.start(self._current_query())

    def export_sms(self) -> None:
        export = self._screen("export_action", "CustomerExport")
        if export is not None:
            services, principal, _settings, parent = self._args()
            self.export = export(services, principal, parent)
            self.export.start_sms(self._current_query())

    def open_quotas(self) -> None:
        self._open("grade_quotas", "quota_view", "QuotaDialog")

    def open_reviews(self) -> None:
        self._open("reviews", "reviews_view", "ReviewsDialog")

    def open_blacklist(self) -> None:
        dialog = self._open("blacklist", "blacklist_view", "BlacklistDialog")
        if dialog is not None and not dialog.property("tab_connected"):
            dialog.changed.connect(self._refresh_tab)  # type: ignore[attr-defined]
            dialog.setProperty("tab_connected", True)

    def open_quality(self) -> None:
        self._open("data_quality", "quality_view", "QualityDialog")

    def open_spot_check(self) -> None:
        self._open("spot_check", "spot_check_dialog", "SpotCheckDialog")

    def open_office_settings(self) -> None:
        self._open("office_settings", "office_settings_dialog", "OfficeSettingsDialog")
