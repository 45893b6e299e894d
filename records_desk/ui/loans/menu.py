"""The slots of the 借閱 (Loans) menu (its items are declared in ui/loans/feature.py): each asks
the loan register's screen (built on demand) to open its dialog, so the dialogs refresh the
table they change; what changed is published on the window's change bus (the status bar's
overdue count listens)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from records_desk.ui.common.feature import FeatureHost
    from records_desk.ui.loans.screen import LoansScreen
    from records_desk.ui.loans.tab import LoansTab


class LoansMenu:
    def __init__(self, window: FeatureHost) -> None:
        assert isinstance(window, QWidget)
        self.window: FeatureHost = window

    def _tab(self) -> LoansTab:
        tab = self.window.feature_tab("loans")
        from records_desk.ui.loans.tab import LoansTab

        assert isinstance(tab, LoansTab)
        return tab

    def screen(self) -> LoansScreen:
        return self._tab().build()

    def show_tab(self) -> LoansScreen:
        tab = self._tab()
        parent = tab.parentWidget()
        while parent is not None and not hasattr(parent, "setCurrentWidget"):
            parent = parent.parentWidget()
        if parent is not None:
            parent.setCurrentWidget(tab)  # type: ignore[attr-defined]
        return tab.build()

    def open_lend(self) -> None:
        self.show_tab().open_lend()

    def open_return(self) -> None:
        self.show_tab().open_return()

    def open_decide(self) -> None:
        screen = self.show_tab()
        if screen.current is None or screen.current.status.value != "awaiting_approval":
            screen.load()
            screen.filter_bar.set_view("awaiting")
            if screen.model.rowCount():  # the oldest waits longest: the list is newest first
                screen.table.setCurrentIndex(screen.model.index(screen.model.rowCount() - 1, 0))
        screen.open_decide()

    def open_unshelved(self) -> None:
        self.show_tab().open_unshelved()

    def open_deputy(self) -> None:
        self.screen().open_deputy()

    def show_overdue(self) -> None:
        screen = self.show_tab()
        screen.load()
        screen.filter_bar.set_view("overdue")

    def show_awaiting(self) -> None:
        screen = self.show_tab()
        screen.load()
        screen.filter_bar.set_view("awaiting")

    def print_register(self) -> None:
        self.screen().open_print_register()

    def print_handover(self) -> None:
        self.screen().open_print_handover()
