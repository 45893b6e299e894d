"""The loan register's table view: whole-row single selection, compact rows, starting column
widths that fit the part of a 1366 px screen the splitter gives it, headers that sort through
the database (loan_model.py), the widths the user sets remembered, and a line saying why the
table is empty and what to do."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from records_desk.settings import Settings
from records_desk.ui.common.table import paint_placeholder
from records_desk.ui.loans.loan_model import LoanColumn, LoanTableModel

COLUMNS_KEY = "loans/table/header"
# Sum 865 px, with the status (stretching) at least 110: the table fits the part of a 1366 px
# screen the splitter gives it, and a date in bold (an overdue row) is not cut.
_WIDTHS = {
    LoanColumn.LOAN: 135,
    LoanColumn.FILE: 115,
    LoanColumn.BORROWER: 130,
    LoanColumn.KIND: 95,
    LoanColumn.LOANED: 130,
    LoanColumn.DUE: 130,
    LoanColumn.RETURNED: 130,
}
STATUS_WIDTH = 110


class LoanTableView(QTableView):
    def __init__(
        self, model: LoanTableModel, settings: Settings | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loanTable")
        self._settings = settings
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.placeholder = ""
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(STATUS_WIDTH)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(model.sort)
        for column, width in _WIDTHS.items():
            self.setColumnWidth(column, width)
        raw = settings.backend.value(COLUMNS_KEY) if settings else None
        if raw:
            header.restoreState(QByteArray(bytes(raw)))
            # The widths are the user's; the order starts as the register's (newest first).
            header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        header.sectionResized.connect(lambda *_: self._save_columns())

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            paint_placeholder(self, self.placeholder)

    def _save_columns(self) -> None:
        if self._settings is not None:
            state = self.horizontalHeader().saveState()
            self._settings.backend.set_value(COLUMNS_KEY, bytes(state.data()))
