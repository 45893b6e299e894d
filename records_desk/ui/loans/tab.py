"""The 借閱登記 tab as the main window hosts it (ui/common/lazy_tab.py): the loans screen (its
widgets, model and the loan services they import) is built once the tab has been painted —
start-up time is measured (bench/startup.py) — and reads its first rows once its table has
been painted in turn. Menu items that need the screen (Lend, Take back …) build it on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from records_desk.ui.common.lazy_tab import LazyTab

if TYPE_CHECKING:
    from records_desk.ui.loans.screen import LoansScreen


class LoansTab(LazyTab["LoansScreen"]):
    object_name = "loansTab"

    def title(self) -> str:
        return self.tr("Loan register")

    def _make_screen(self) -> LoansScreen:
        from records_desk.ui.loans.screen import LoansScreen

        return LoansScreen(self._services, self._principal, self._settings, self._publish)
