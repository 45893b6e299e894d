"""The 接待輪序 tab as the main window hosts it (ui/common/lazy_tab.py): the counter is built
once the tab has been painted; menu items that need it (Walk-in …) build it on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from records_desk.ui.common.lazy_tab import LazyTab

if TYPE_CHECKING:
    from records_desk.ui.reception.screen import ReceptionScreen


class ReceptionTab(LazyTab["ReceptionScreen"]):
    object_name = "receptionTab"

    def title(self) -> str:
        return self.tr("Reception rotation")

    def _make_screen(self) -> ReceptionScreen:
        from records_desk.ui.reception.screen import ReceptionScreen

        return ReceptionScreen(self._services, self._principal, self._settings, self._publish)
