"""The customers table view: whole-row single selection, compact rows, starting column widths,
and the widths the user sets remembered in the settings backend."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from records_desk.settings import Settings
from records_desk.ui.customers.customer_model import CustomerColumn, CustomerTableModel

COLUMNS_KEY = "customers/table/header"
_WIDTHS = {
    CustomerColumn.ARCHIVE_NUMBER: 125,
    CustomerColumn.NAME: 200,
    CustomerColumn.CONTACT: 80,
    CustomerColumn.PHONES: 140,
    CustomerColumn.DEPARTMENT: 90,
    CustomerColumn.GRADE: 70,
    CustomerColumn.PROSPECT: 45,
    CustomerColumn.STATUS: 50,
    CustomerColumn.SHELF: 75,
}


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
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in _WIDTHS.items():
            self.setColumnWidth(column, width)
        raw = settings.backend.value(COLUMNS_KEY) if settings else None
        if raw:
            header.restoreState(QByteArray(bytes(raw)))
        header.sectionResized.connect(lambda *_: self._save_columns())

    def _save_columns(self) -> None:
        if self._settings is not None:
            state = self.horizontalHeader().saveState()
            self._settings.backend.set_value(COLUMNS_KEY, bytes(state.data()))
