"""The 借閱登記 screen: the loan register as a paging table (one row per file of a loan) with its
filters, the selected loan in full, and the desk's acts on it — lend (scan and go), take back
(condition, fine, re-shelving), approve or refuse an outside borrower's loan, the returns not
yet back in place, and the 借閱單 (R-LOAN-1…9). Every slot collects values, makes one service
call through ui/operations.call and refreshes; the rules live in the services.

Who may lend or take back is asked of the services (the archivist's deputy has those rights on
the days named, whatever the account's role, R-ACC-5); approving stays the general manager's
and the customer director's. Built by the tab (tab.py) once it is first painted."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QToolBar,
    QWidget,
)

from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.actions import button_text
from records_desk.ui.common.first_paint import load_after_first_paint
from records_desk.ui.common.register_screen import lay_out_register, screen_action
from records_desk.ui.loans.detail_panel import LoanDetailPanel
from records_desk.ui.loans.filter_bar import LoanFilterBar
from records_desk.ui.loans.loan_model import LoanTableModel
from records_desk.ui.loans.loan_table import LoanTableView
from records_desk.ui.loans.screen_dialogs import ScreenDialogs

if TYPE_CHECKING:
    from records_desk.services.loans.dto import LoanFilter, LoanInfo, LoanRow

T = TypeVar("T")


class LoansScreen(QWidget, ScreenDialogs):
    object_name = "loansScreen"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None = None,
        publish: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self._services = services
        self._principal = principal
        self._settings = settings
        self._publish = publish
        self._loaded = False
        self._load_scheduled = False
        self._refused = False
        self.may_lend = self.may_return = False
        self.current: LoanInfo | None = None
        self.dialogs: dict[str, QWidget] = {}
        self.preview: QWidget | None = None
        self.model = LoanTableModel(self._count, self._page, parent=self)
        self._build()
        self._create_actions()
        self.retranslate_ui()

    # -- service calls ----------------------------------------------------------------------
    def _call(self, fn: Callable[[], T]) -> T | None:
        if self._refused:
            return None
        try:
            return operations.call(self, fn)
        except operations.Failed as failed:
            from records_desk.domain.common.errors import PermissionDenied

            self._refused = isinstance(failed.args[0], PermissionDenied)
            return None

    def _count(self, flt: LoanFilter) -> int | None:
        return self._call(lambda: self._services.loans.register.count(self._principal, flt))

    def _page(self, flt: LoanFilter, offset: int, limit: int) -> list[LoanRow] | None:
        register = self._services.loans.register
        return self._call(lambda: register.page(self._principal, flt, offset, limit))

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.filter_bar = LoanFilterBar()
        self.filter_bar.filter_changed.connect(self.apply_filter)
        self.search = self.filter_bar.search
        self.count_label = QLabel()
        self.count_label.setObjectName("loanCount")
        self.table = LoanTableView(self.model, self._settings)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.detail = LoanDetailPanel()
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("loanActions")
        self.splitter = lay_out_register(
            self, self.filter_bar, self.toolbar, self.count_label, self.table, self.detail, 880
        )

    def _action(self, name: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        return screen_action(self, name, slot, shortcut)

    def _create_actions(self) -> None:
        self.find_action = self._action("findLoan", self.focus_search, "Ctrl+F")
        self.lend_action = self._action("lendFiles", self.open_lend)
        self.return_action = self._action("returnFiles", self.open_return)
        self.decide_action = self._action("decideLoan", self.open_decide)
        self.unshelved_action = self._action("unshelvedReturns", self.open_unshelved)
        self.copy_action = self._action("copyRequest", self.open_copy)
        self.slip_action = self._action("printLoanSlip", self.print_slip)
        for action in (
            self.lend_action,
            self.return_action,
            self.decide_action,
            self.unshelved_action,
            self.copy_action,
            self.slip_action,
        ):
            self.toolbar.addAction(action)
        self._update_actions()

    def retranslate_ui(self) -> None:
        self.filter_bar.retranslate_ui()
        texts = {
            self.lend_action: (self.tr("&Lend…"), "Ctrl+L"),
            self.return_action: (self.tr("&Take back…"), "Ctrl+R"),
            self.decide_action: (self.tr("&Approve or refuse…"), ""),
            self.unshelved_action: (self.tr("&Not yet back in place…"), ""),
            self.copy_action: (self.tr("&Copies…"), ""),
            self.slip_action: (self.tr("Print loan &slip"), ""),
            self.find_action: (self.tr("Find"), "Ctrl+F"),
        }
        for action, (text, shortcut) in texts.items():
            action.setText(text)
            action.setIconText(button_text(text))
            action.setToolTip(
                f"{button_text(text)} ({shortcut})" if shortcut else button_text(text)
            )
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._loaded and not self._load_scheduled:
            self._load_scheduled = True
            load_after_first_paint(self.table, self.load)

    @property
    def loaded(self) -> bool:
        return self._loaded

    # -- querying ---------------------------------------------------------------------------
    def load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        scans = self._services.loans.scans
        self.may_lend = bool(self._call(lambda: scans.may(self._principal, Action.LOAN_LEND)))
        self.may_return = bool(self._call(lambda: scans.may(self._principal, Action.LOAN_RETURN)))
        self.apply_filter()

    def apply_filter(self) -> None:
        self.filter_bar.timer.stop()
        if not self._loaded:
            return
        keep = self._selected_key()
        self.model.set_filter(self.filter_bar.current())
        self._show_count()
        self._select(keep)

    def refresh(self) -> None:
        """After a change: the same filter again, the loan reread."""
        if not self._loaded:
            return
        keep = self._selected_key()
        self.model.reload()
        self._show_count()
        self._select(keep, reread=True)

    def _changed(self) -> None:
        """After an act: the window's change bus tells every view (this one included, through
        the tab); a screen on its own rereads itself."""
        if self._publish is not None:
            self._publish()
        else:
            self.refresh()

    def _selected_key(self) -> tuple[str, str] | None:
        row = self.selected_row()
        return (row.loan, row.archive_no) if row is not None else None

    def _select(self, key: tuple[str, str] | None, reread: bool = False) -> None:
        row = self.model.row_of(*key) if key is not None else None
        if row is None:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
            self.show_selected()
            return
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)
        if reread:
            self.show_selected()

    def select_loan(self, number: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).loan == number:
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.table.selectRow(row)
                return

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%1 files").replace("%1", str(self.model.total)))
        self.table.set_placeholder(self._empty_text())

    def _empty_text(self) -> str:
        flt = self.model.filter
        if not self._loaded or flt is None:
            return ""
        if not self.filter_bar.is_plain():
            return self.tr(
                "No file of a loan matches this search. The search looks in loan numbers, "
                "archive numbers and borrowers' names; check the filters above, or show All "
                "loans."
            )
        empty = {
            "open": self.tr(
                "No file is out. Lend one with Lend… (Ctrl+L): scan its folder label, pick "
                "the borrower, and print the slip."
            ),
            "overdue": self.tr("No file is overdue."),
            "awaiting": self.tr(
                "No loan awaits approval. Loans to people from outside the company wait "
                "here for the general manager or the customer director."
            ),
            "returned": self.tr("No file has come back yet. Take files back with Ctrl+R."),
            "all": self.tr(
                "The loan register is empty. Lend a file with Lend… (Ctrl+L) and it is "
                "registered here."
            ),
        }
        return empty[flt.view.value]

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_row(self) -> LoanRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def show_selected(self) -> None:
        row = self.selected_row()
        self.current = None
        if row is not None:
            register = self._services.loans.register
            self.current = self._call(lambda: register.get(self._principal, row.loan))
        self.detail.show_loan(self.current)
        self._update_actions()

    def _update_actions(self) -> None:
        info = self.current
        awaiting = info is not None and info.status.value == "awaiting_approval"
        may_decide = is_allowed(self._principal.role, Action.LOAN_APPROVE)
        self.lend_action.setEnabled(self.may_lend or not self._loaded)
        self.return_action.setEnabled(self.may_return or not self._loaded)
        self.unshelved_action.setEnabled(self.may_return or not self._loaded)
        self.decide_action.setEnabled(awaiting and may_decide)
        self.decide_action.setVisible(may_decide)
        self.slip_action.setEnabled(info is not None)
        # R-LOAN-6: copies of a loan's files while they are out, with the lender's consent.
        self.copy_action.setEnabled(info is not None and info.status.value == "open")
        self.copy_action.setVisible(self.may_lend or not self._loaded)

    # -- dialogs (the others: screen_dialogs.py) ---------------------------------------------
    def _not_allowed(self) -> None:
        notify.info(
            self,
            self.tr(
                "Only the archivist, the general manager, the customer director — or the "
                "deputy archivist on the days named — lend and take back files."
            ),
        )

    def open_decide(self) -> QDialog | None:
        info = self.current
        if info is None or not self.decide_action.isEnabled():
            if is_allowed(self._principal.role, Action.LOAN_APPROVE):
                notify.info(
                    self,
                    self.tr(
                        "Select a loan awaiting approval first (Show: Awaiting approval lists "
                        "them)."
                    ),
                )
            return None
        from records_desk.ui.loans.decide_dialog import DecideDialog

        dialog = DecideDialog(self._services, self._principal, self._settings, info, self)
        dialog.decided.connect(lambda _info: self._changed())
        dialog.stale.connect(self._changed)
        return self._open("decide", dialog)
