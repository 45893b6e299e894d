"""The dialogs the loan register's screen opens (screen.py): lend, take back, the returns not
yet back in place, the deputy archivist, the printed lists and the 借閱單. One of each kind,
non-modal, opened with open(); what they change is published by the screen (`_changed`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from records_desk.ui import notify, operations
from records_desk.ui.common.register_screen import ScreenDialogsBase

if TYPE_CHECKING:
    from records_desk.services.common.dto import Principal
    from records_desk.services.container import Services
    from records_desk.services.loans.dto import LoanInfo
    from records_desk.settings import Settings


class ScreenDialogs(ScreenDialogsBase):
    """Mixed into LoansScreen, whose attributes these are."""

    _services: Services
    _principal: Principal
    _settings: Settings | None
    preview: QWidget | None
    current: LoanInfo | None
    may_lend: bool
    may_return: bool

    if TYPE_CHECKING:  # the screen's own

        def load(self) -> None: ...
        def _changed(self) -> None: ...
        def _not_allowed(self) -> None: ...
        def select_loan(self, number: str) -> None: ...

    def open_lend(self) -> QDialog | None:
        self.load()
        if not self.may_lend:
            self._not_allowed()
            return None
        from records_desk.ui.loans.lend_dialog import LendDialog

        dialog = LendDialog(self._services, self._principal, self._settings, self._widget())
        dialog.lent.connect(self._lent)
        return self._open("lend", dialog)

    def _lent(self, info: LoanInfo) -> None:
        self._changed()
        self.select_loan(info.number)
        self.print_slip(info.number)

    def open_return(self) -> QDialog | None:
        self.load()
        if not self.may_return:
            self._not_allowed()
            return None
        from records_desk.ui.loans.return_dialog import ReturnDialog

        dialog = ReturnDialog(self._services, self._principal, self._settings, self._widget())
        dialog.returned.connect(lambda _items: self._changed())
        dialog.reshelved.connect(lambda _number: self._changed())
        return self._open("return", dialog)

    def open_unshelved(self) -> QDialog | None:
        self.load()
        if not self.may_return:
            self._not_allowed()
            return None
        from records_desk.ui.loans.unshelved_dialog import UnshelvedDialog

        dialog = UnshelvedDialog(self._services, self._principal, self._settings, self._widget())
        dialog.reshelved.connect(lambda _number: self._changed())
        return self._open("unshelved", dialog)

    def open_copy(self) -> QDialog | None:
        """R-LOAN-6: copies of files of the selected loan, with the archivist's consent."""
        self.load()
        if not self.may_lend:
            self._not_allowed()
            return None
        info = self.current
        if info is None or info.status.value != "open":
            notify.info(
                self._widget(),
                QCoreApplication.translate(
                    "LoansScreen",
                    "Select a loan whose files are out first: copies are made while the "
                    "borrower has the files.",
                ),
            )
            return None
        from records_desk.ui.loans.copy_dialog import CopyDialog

        dialog = CopyDialog(self._services, self._principal, self._settings, info, self._widget())
        dialog.consented.connect(lambda _files: self._changed())
        return self._open("copy", dialog)

    def open_deputy(self) -> QDialog:
        from records_desk.ui.loans.deputy_dialog import DeputyDialog

        return self._open(
            "deputy", DeputyDialog(self._services, self._principal, self._settings, self._widget())
        )

    def open_print_register(self) -> QDialog:
        from records_desk.ui.loans.print_dialogs import RegisterPrintDialog

        dialog = RegisterPrintDialog(
            self._services, self._principal, self._settings, self._widget()
        )
        return self._open("print_register", dialog)

    def open_print_handover(self) -> QDialog:
        from records_desk.ui.loans.print_dialogs import HandoverPrintDialog

        dialog = HandoverPrintDialog(
            self._services, self._principal, self._settings, self._widget()
        )
        return self._open("print_handover", dialog)

    def print_slip(self, number: str | None = None) -> QWidget | None:
        """The 借閱單 of the loan (R-LOAN-9) in the print preview, where printing and saving
        are audited."""
        from records_desk.ui.printing.preview_dialog import show_preview

        number = number or (self.current.number if self.current else None)
        if number is None:
            return None
        forms = self._services.loans.forms
        try:
            printed = operations.call(
                self._widget(), lambda: forms.printed_slip(self._principal, number)
            )
        except operations.Failed:
            return None
        self.preview = show_preview(
            self._widget().window(),
            self._services.printing,
            self._principal,
            printed,
            self._settings,
        )
        return self.preview
