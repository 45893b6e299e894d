"""The customers table view (ui/common/record_table.py): its columns' starting widths and the
settings key its widths are remembered under."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from records_desk.settings import Settings
from records_desk.ui.common.record_table import RecordTableView
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


class CustomerTableView(RecordTableView):
    def __init__(
        self,
        model: CustomerTableModel,
        settings: Settings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(model, settings, COLUMNS_KEY, _WIDTHS.items(), CONSULTANT_WIDTH, parent)
        self.setObjectName("customerTable")
