"""The dialogs the customers screen (screen.py) opens on the selected file: register a new
file, request or make a change, the change requests waiting, the file's history, its grade,
and voiding it. One of each kind, non-modal, opened with open(); each dialog makes its own
service call and the screen rereads the file once it is saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction

from records_desk.ui import operations
from records_desk.ui.common.register_screen import ScreenDialogsBase
from records_desk.ui.customers.screen_actions import (
    account_names,
    consultants,
    office_accounts,
)

if TYPE_CHECKING:
    from records_desk.services.common.dto import AccountInfo, Principal
    from records_desk.services.container import Services
    from records_desk.services.customers.dto import CustomerInfo
    from records_desk.settings import Settings
    from records_desk.ui.customers.search_bar import SearchBar


class CustomersScreenDialogs(ScreenDialogsBase):
    """Mixed into CustomersScreen, whose attributes these are."""

    _services: Services
    _principal: Principal
    _settings: Settings | None
    current: CustomerInfo | None
    search_bar: SearchBar
    new_action: QAction
    request_action: QAction
    direct_action: QAction
    grade_action: QAction
    void_action: QAction

    if TYPE_CHECKING:  # the screen's own

        def _call(self, fn: Callable[[], Any]) -> Any: ...
        def refresh(self, select: int | None = None) -> None: ...

    def _accounts(self) -> list[AccountInfo]:
        return office_accounts(self._services, self._principal, self._call)

    def open_register(self) -> None:
        if not self.new_action.isEnabled():
            return
        from records_desk.services.common.clock import office_day
        from records_desk.ui.customers.register_dialog import RegisterDialog

        dialog = RegisterDialog(
            self._services,
            self._principal,
            self._settings,
            self.search_bar.departments(),
            consultants(self._accounts()),
            office_day(self._services.ctx.now()),
            self._widget(),
        )
        dialog.registered.connect(lambda info: self.refresh(select=info.id))
        dialog.show_file.connect(lambda customer_id: self.refresh(select=customer_id))
        self._open("register", dialog)

    def open_change(self, direct: bool) -> None:
        action = self.direct_action if direct else self.request_action
        if self.current is None or not action.isEnabled():
            return
        from records_desk.ui.customers.change_dialog import ChangeDialog, ChangeMode

        mode = ChangeMode.DIRECT if direct else ChangeMode.REQUEST
        dialog = ChangeDialog(
            self._services,
            self._principal,
            self._settings,
            self.current,
            mode,
            self.search_bar.departments(),
            consultants(self._accounts()),
            self._widget(),
        )
        dialog.changed.connect(lambda: self.refresh())
        dialog.show_file.connect(lambda customer_id: self.refresh(select=customer_id))
        self._open("change", dialog)

    def open_requests(self) -> None:
        from records_desk.ui.customers.requests_dialog import RequestsDialog

        dialog = RequestsDialog(
            self._services,
            self._principal,
            self._settings,
            self._widget(),
            account_names(self._accounts()),
        )
        dialog.decided.connect(lambda: self.refresh())
        self._open("requests", dialog)

    def open_history(self) -> None:
        if self.current is None:
            return
        from records_desk.ui.customers.history_dialog import HistoryDialog

        dialog = HistoryDialog(
            self._services,
            self._principal,
            self._settings,
            self.current,
            self._widget(),
            account_names(self._accounts()),
        )
        self._open("history", dialog)

    def open_grade(self) -> None:
        if self.current is None or not self.grade_action.isEnabled():
            return
        from records_desk.ui.customers.grade_dialog import GradeDialog

        dialog = GradeDialog(
            self._services, self._principal, self._settings, self.current, self._widget()
        )
        dialog.changed.connect(lambda: self.refresh())
        self._open("grade", dialog)

    def open_void(self) -> None:
        info = self.current
        if info is None or not self.void_action.isEnabled():
            return
        from records_desk.ui.customers.reason_dialog import void_dialog

        dialog = void_dialog(info.archive_number, info.name, self._widget())
        dialog.reason_given.connect(lambda reason: self.void(info.id, reason))
        self._open("void", dialog)

    def void(self, customer_id: int, reason: str) -> None:
        customers = self._services.customers.files
        try:
            operations.call(
                self._widget(), lambda: customers.void(self._principal, customer_id, reason)
            )
        except operations.Failed:
            return
        self.refresh()
