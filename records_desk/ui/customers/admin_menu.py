"""The slots of the 客戶檔案 (Customers) menu (its items are declared in ui/customers/feature.py):
each opens its screen lazily, so none of them costs start-up time, and one of each kind; what
an import or a blacklist change wrote is published on the window's change bus."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from records_desk.ui import notify
from records_desk.ui.common.changes import CUSTOMER_FILES, Changes

if TYPE_CHECKING:
    from records_desk.services.common.dto import Principal
    from records_desk.services.container import Services
    from records_desk.settings import Settings
    from records_desk.ui.common.feature import FeatureHost


class CustomerAdminMenu:
    """The menu's slots; `window` hosts the dialogs (one of each)."""

    def __init__(self, window: FeatureHost) -> None:
        assert isinstance(window, QWidget)  # the main window, which parents the dialogs
        self.window: FeatureHost = window
        self.widget: QWidget = window

    def _args(self) -> tuple[Services, Principal, Settings, QWidget]:
        w = self.window
        return w.services, w.principal, w.settings, self.widget

    def _current_query(self) -> object | None:
        """The customers tab's current search and filters; None: every file."""
        tab = self.window.feature_tab("customers")
        # The customers tab is imported when it is built, not here (start-up time).
        return tab.current_query() if tab is not None else None  # type: ignore[attr-defined]

    def _selected_archive_number(self) -> str | None:
        """The archive number of the file selected in the customers tab, if any."""
        tab = self.window.feature_tab("customers")
        info = getattr(tab, "current", None) if tab is not None else None  # once built
        return getattr(info, "archive_number", None)

    def _refresh_tab(self, *_args: object) -> None:
        """Show what an import or a blacklist change wrote."""
        self.window.changes.publish(Changes.of(CUSTOMER_FILES))

    def _screen(self, module: str, name: str) -> Any:
        """The screen's class, imported on first use; None (and the user told) while that
        screen is not built yet."""
        try:
            return getattr(importlib.import_module(f"records_desk.ui.customers.{module}"), name)
        except ModuleNotFoundError as e:
            if not (e.name or "").startswith("records_desk."):
                raise
            notify.info(
                self.widget,
                QCoreApplication.translate(
                    "CustomerAdminMenu", "This part of Records Desk is not built yet."
                ),
            )
            return None

    def _open(self, key: str, module: str, name: str) -> QWidget | None:
        screen = self._screen(module, name)
        if screen is None:
            return None
        return self.window.show_dialog(key, lambda: screen(*self._args()))

    def open_import(self) -> None:
        dialog = self._open("customer_import", "import_dialog", "ImportDialog")
        if dialog is not None and not dialog.property("tab_connected"):
            # The screen's class is imported by name on first use (_screen): untyped here.
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
        self._open("grade_quotas", "quota_dialog", "QuotaDialog")

    def open_reviews(self) -> None:
        self._open("reviews", "reviews_dialog", "ReviewsDialog")

    def open_blacklist(self) -> None:
        dialog = self._open("blacklist", "blacklist_dialog", "BlacklistDialog")
        if dialog is not None:
            dialog.prefill(self._selected_archive_number())  # type: ignore[attr-defined]
        if dialog is not None and not dialog.property("tab_connected"):
            # The screen's class is imported by name on first use (_screen): untyped here.
            dialog.changed.connect(self._refresh_tab)  # type: ignore[attr-defined]
            dialog.setProperty("tab_connected", True)

    def open_quality(self) -> None:
        self._open("data_quality", "quality_dialog", "QualityDialog")

    def open_spot_check(self) -> None:
        self._open("spot_check", "spot_check_dialog", "SpotCheckDialog")

    def open_office_settings(self) -> None:
        self._open("office_settings", "office_settings_dialog", "OfficeSettingsDialog")
