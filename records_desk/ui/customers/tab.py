"""The 客戶檔案 tab as the main window hosts it. Start-up time is measured (bench/startup.py)
and this tab is usually the one shown first, so it starts empty: the customers screen (its
widgets, models and the customer-file vocabulary they import) is built once the tab has
been painted, and reads its first rows once its table has been painted in turn."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui.common.changes import CUSTOMER_FILES, Changes

if TYPE_CHECKING:
    from records_desk.services.customers.search import CustomerQuery
    from records_desk.ui.customers.screen import CustomersScreen


class CustomersTab(QWidget):
    object_name = "customersTab"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self._services = services
        self._principal = principal
        self._settings = settings
        self._build_scheduled = False
        self.content: CustomersScreen | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def title(self) -> str:
        return self.tr("Customer files")

    @property
    def loaded(self) -> bool:
        """The screen is built and has read its first rows."""
        return self.content is not None and self.content.loaded

    def current_query(self) -> CustomerQuery | None:
        """The search and filters on screen (Export to Excel writes this view); None before
        the screen is built, which is every file."""
        return self.content.search_bar.query() if self.content is not None else None

    def refresh(self) -> None:
        """After a change made elsewhere (an import, the blacklist): reread what is shown."""
        if self.content is not None and self.content.loaded:
            self.content.refresh()

    def on_changes(self, changes: Changes) -> None:
        """The window's change bus: reread when customer files were written."""
        if changes.touches(CUSTOMER_FILES):
            self.refresh()

    def __getattr__(self, name: str) -> object:
        # The screen's widgets and actions (search, table, count_label, …) read through the
        # tab, as other screens and tests did before it was built lazily.
        content = self.__dict__.get("content")
        if content is None:
            raise AttributeError(name)
        return getattr(content, name)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.content is None and not self._build_scheduled:
            self._build_scheduled = True
            QTimer.singleShot(0, self.build)

    def build(self) -> CustomersScreen:
        if self.content is None:
            from records_desk.ui.customers.screen import CustomersScreen

            self.content = CustomersScreen(self._services, self._principal, self._settings)
            self._layout.addWidget(self.content)
        return self.content
