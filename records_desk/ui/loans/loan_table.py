"""The loan register's table view (ui/common/record_table.py): its columns' starting widths,
the settings key its widths are remembered under, and headers that sort through the database
(loan_model.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from records_desk.settings import Settings
from records_desk.ui.common.record_table import RecordTableView
from records_desk.ui.loans.loan_model import LoanColumn, LoanTableModel

COLUMNS_KEY = "loans/table/header"
# Sum 865 px, with the status (stretching) at least 110: the table fits the part of a 1366 px
# screen the splitter gives it, and a date in bold (an overdue row) is not cut.
_WIDTHS = {
    LoanColumn.LOAN: 135,
    LoanColumn.FILE: 115,
    LoanColumn.BORROWER: 100,  # a long one (an outside borrower's organisation) is elided
    LoanColumn.KIND: 125,  # "in-room reading" in bold (an overdue row) is not cut
    LoanColumn.LOANED: 130,
    LoanColumn.DUE: 130,
    LoanColumn.RETURNED: 130,
}
STATUS_WIDTH = 110


class LoanTableView(RecordTableView):
    def __init__(
        self, model: LoanTableModel, settings: Settings | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(model, settings, COLUMNS_KEY, _WIDTHS.items(), STATUS_WIDTH, parent)
        self.setObjectName("loanTable")
        # Headers sort through the database; the order starts as the register's (newest
        # first) whatever the remembered header says — the widths are the user's.
        header = self.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(model.sort)
