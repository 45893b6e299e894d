"""The customers table view: whole-row single selection, compact rows, starting column widths
(a long name elided, never widening its column), the widths the user sets remembered in the
settings backend, and a line saying why the table is empty and what to do."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from records_desk.settings import Settings
from records_desk.ui.common.table import paint_placeholder
from records_desk.ui.customers.customer_model import CustomerColumn, CustomerTableModel

COLUMNS_KEY = "customers/table/header"
# Sum 835 px, with the consultant (stretching) at least 90: the table fits the part of a
# 1366 px screen the splitter gives it, so no column scrolls out of sight.
_WIDTHS = {
    CustomerColumn.ARCHIVE_NUMBER: 120,
    CustomerColumn.NAME: 175,
    CustomerColumn.CONTACT: 75,
    CustomerColumn.PHONES: 115,
    CustomerColumn.DEPARTMENT: 85,
    CustomerColumn.GRADE: 75,
    CustomerColumn.PROSPECT: 70,
    CustomerColumn.STATUS: 50,
    CustomerColumn.SHELF: 70,
}
CONSULTANT_WIDTH = 90


class CustomerTableView(QTableView):
    def __init__(
        self,
        model: CustomerTableModel,
        settings: Settings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerTable")
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
        header.setDefaultSectionSize(CONSULTANT_WIDTH)  # the stretching last one's least
        for column, width in _WIDTHS.items():
            self.setColumnWidth(column, width)
        raw = settings.backend.value(COLUMNS_KEY) if settings else None
        if raw:
            header.restoreState(QByteArray(bytes(raw)))
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
