"""The loan register as a paging model (STYLE.md: the model pages from the database): the files
of loans matching the filter are counted first, a screenful read, then 200 at a time through
canFetchMore/fetchMore as the user scrolls. One row is one file of one loan.

Overdue files (R-LOAN-8) are highlighted — a red row, bold — and say so without colour too: a
warning sign before the loan number and the status word "overdue". Files of a loan awaiting
approval (R-LOAN-3) are amber with an hourglass, returned ones grey.

Sorting is the service's (services/loans/queries.py `LoanSort`): a click on a header asks the
database again, so the order holds for the rows not read yet. Until a header is clicked each
view has its own order: newest loan first, the overdue files longest overdue first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from records_desk.ui.common.overdue import OVERDUE_BRUSH, OVERDUE_GROUND, OVERDUE_SIGN
from records_desk.ui.common.table import shown
from records_desk.ui.models.paged import Index, PagedTableModel
from records_desk.wording.loans.terms import item_status_name, kind_name

if TYPE_CHECKING:
    from records_desk.services.loans.dto import LoanFilter, LoanRow, LoanSort

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 200
FIRST_PAGE = 60

AWAITING_AMBER = QColor("#8a5100")
RETURNED_GREY = QColor("#6d6d6d")
AWAITING_SIGN = "◔"  # a clock face: waits for the approver (R-LOAN-3)

CountLoader = Callable[["LoanFilter"], int | None]
PageLoader = Callable[["LoanFilter", int, int], "list[LoanRow] | None"]


class LoanColumn(IntEnum):
    LOAN = 0
    FILE = 1
    BORROWER = 2
    KIND = 3
    LOANED = 4
    DUE = 5
    RETURNED = 6
    STATUS = 7


def _sort_key(column: LoanColumn) -> str:
    """The service's LoanSort value of a column (kept as text: the services load lazily)."""
    return {
        LoanColumn.LOAN: "loan",
        LoanColumn.FILE: "file",
        LoanColumn.BORROWER: "borrower",
        LoanColumn.KIND: "kind",
        LoanColumn.LOANED: "loaned",
        LoanColumn.DUE: "due",
        LoanColumn.RETURNED: "returned",
        LoanColumn.STATUS: "status",
    }[column]


class LoanTableModel(PagedTableModel["LoanRow"]):
    """Read only. `set_filter` counts the matching rows and loads the first page; `sort`
    reloads in the order of a column."""

    columns = LoanColumn

    def __init__(
        self,
        count: CountLoader,
        page: PageLoader,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
        first_page: int = FIRST_PAGE,
    ) -> None:
        super().__init__(page_size, parent)
        self._count = count
        self._page = page
        self._first_page = min(first_page, page_size)
        self._filter: LoanFilter | None = None
        self._chosen: tuple[LoanSort, bool] | None = None  # chosen by a header click
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def filter(self) -> LoanFilter | None:
        return self._filter

    def set_filter(self, flt: LoanFilter) -> None:
        """Apply FLT in its own order (the overdue files, most overdue first), or in the one
        the user chose by a header click, which stays."""
        if self._chosen is not None:
            sort, descending = self._chosen
            flt = replace(flt, sort=sort, descending=descending)
        self._apply(flt)

    def _apply(self, flt: LoanFilter) -> None:
        self._filter = flt
        first = self._first_page
        self._reset(self._count(flt), lambda: self._load(0, first), first)

    def reload(self) -> None:
        if self._filter is not None:
            self._apply(self._filter)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._filter is None or not 0 <= column < len(LoanColumn):
            return
        from records_desk.services.loans.dto import LoanSort

        key = LoanSort(_sort_key(LoanColumn(column)))
        descending = order == Qt.SortOrder.DescendingOrder
        self._chosen = (key, descending)
        self._apply(replace(self._filter, sort=key, descending=descending))

    def row_at(self, row: int) -> LoanRow:
        return self._rows[row]

    def row_of(self, loan: str, archive_no: str) -> int | None:
        for number, row in enumerate(self._rows):
            if row.loan == loan and row.archive_no == archive_no:
                return number
        return None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self._may_fetch(parent):
            return
        self._append(self._load(len(self._rows), self._page_size))

    def _load(self, offset: int, limit: int) -> list[LoanRow]:
        if self._filter is None:
            return []
        return self._page(self._filter, offset, limit) or []

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(LoanColumn) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(LoanColumn) - 1)
            )

    # -- Qt model interface -----------------------------------------------------------------
    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        found = self._column(section, orientation, role)
        if found is None:
            return None
        return {
            LoanColumn.LOAN: self.tr("Loan no."),
            LoanColumn.FILE: self.tr("Archive no."),
            LoanColumn.BORROWER: self.tr("Borrower"),
            LoanColumn.KIND: self.tr("Kind"),
            LoanColumn.LOANED: self.tr("Loaned"),
            LoanColumn.DUE: self.tr("Due"),
            LoanColumn.RETURNED: self.tr("Returned on"),
            LoanColumn.STATUS: self.tr("Status"),
        }[LoanColumn(found)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: C901
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = LoanColumn(index.column())
        status = row.status.value
        overdue = status == "overdue"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return self.tr("Overdue since %1").replace("%1", shown(row.due))
            if status == "awaiting_approval":
                return self.tr("Waits for the general manager or the customer director")
            # Cut short in a narrow column ("in-room re…" in English at 1366 px): in full.
            if column in (LoanColumn.BORROWER, LoanColumn.KIND):
                return self._text(row, column)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue:
                return OVERDUE_BRUSH
            if status == "awaiting_approval":
                return QBrush(AWAITING_AMBER)
            if status in ("returned", "refused"):
                return QBrush(RETURNED_GREY)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return OVERDUE_GROUND if overdue else None
        if role == Qt.ItemDataRole.FontRole and overdue:
            return self._bold
        if role == ROW_ROLE:
            return row
        if role == OVERDUE_ROLE:
            return overdue
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, row: LoanRow, column: LoanColumn) -> str:
        if column is LoanColumn.LOAN:
            sign = {"overdue": OVERDUE_SIGN, "awaiting_approval": AWAITING_SIGN}
            mark = sign.get(row.status.value)
            return f"{mark} {row.loan}" if mark else row.loan
        if column is LoanColumn.FILE:
            return row.archive_no
        if column is LoanColumn.BORROWER:
            return row.borrower
        if column is LoanColumn.KIND:
            return kind_name(row.kind)
        if column is LoanColumn.LOANED:
            return shown(row.loaned)
        if column is LoanColumn.DUE:
            return shown(row.due)
        if column is LoanColumn.RETURNED:
            return shown(row.returned)
        return item_status_name(row.status)
