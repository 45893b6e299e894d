"""The customers table as a paging model (STYLE.md: the model pages from the database): the
matching files are counted first, a screenful read, then 200 at a time through canFetchMore/fetchMore as
the user scrolls, in the search service's ranked order. Blacklisted files (R-GRD-5) carry a
red badge and a red row; void files (R-CUS-3) are grey and struck through.

Sorting is the service's ranking (exact archive number or name first, then prefixes, then
other matches; everything else by archive number): the query has no sort key, so the headers
do not sort (sorting one loaded page would lie about the rows not yet read)."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from records_desk.ui.models.paged import Index, PagedTableModel
from records_desk.wording.customers.terms import VOID_STATUS, grade_name

if TYPE_CHECKING:
    from records_desk.services.customers.search import CustomerQuery, CustomerRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
BLACKLISTED_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 200
# The first page only fills the screen: reading 200 ranked rows costs about three times 50, and
# the first page is what a user waits for after each typed character.
FIRST_PAGE = 60

# Loaders return None when the call failed (the caller has already told the user).
CountLoader = Callable[["CustomerQuery"], int | None]
PageLoader = Callable[["CustomerQuery", int, int], "list[CustomerRow] | None"]

BLACKLIST_RED = QColor("#c62828")
BLACKLIST_ROW = QColor("#fdecea")
VOID_GREY = QColor("#8a8a8a")


class CustomerColumn(IntEnum):
    ARCHIVE_NUMBER = 0
    NAME = 1
    CONTACT = 2
    PHONES = 3
    DEPARTMENT = 4
    GRADE = 5
    PROSPECT = 6
    STATUS = 7
    SHELF = 8
    CONSULTANT = 9


_badge: QIcon | None = None


def blacklist_badge() -> QIcon:
    """A small red disc: the mark of a blacklisted customer wherever it is listed."""
    global _badge  # noqa: PLW0603 - one icon for every row, made once a GUI exists
    if _badge is None:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(BLACKLIST_RED)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _badge = QIcon(pixmap)
    return _badge


class CustomerTableModel(PagedTableModel["CustomerRow"]):
    """Read only. `set_query` counts the matching files and loads the first page."""

    columns = CustomerColumn

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
        self._query: CustomerQuery | None = None

    # -- loading ----------------------------------------------------------------------------
    @property
    def query(self) -> CustomerQuery | None:
        return self._query

    def set_query(self, query: CustomerQuery) -> None:
        self._query = query
        first = self._first_page
        self._reset(self._count(query), lambda: self._load(0, first), first)

    def reload(self) -> None:
        if self._query is not None:
            self.set_query(self._query)

    def row_at(self, row: int) -> CustomerRow:
        return self._rows[row]

    def row_of(self, customer_id: int) -> int | None:
        """The table row of a loaded file, to keep the selection across a reload."""
        for number, row in enumerate(self._rows):
            if row.id == customer_id:
                return number
        return None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self._may_fetch(parent):
            return
        seen = {row.id for row in self._rows[-self._page_size :]}
        self._append([r for r in self._load(len(self._rows), self._page_size) if r.id not in seen])

    def _load(self, offset: int, limit: int) -> list[CustomerRow]:
        if self._query is None:
            return []
        return self._page(self._query, offset, limit) or []

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(CustomerColumn) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(CustomerColumn) - 1)
            )

    # -- Qt model interface -----------------------------------------------------------------
    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        section_column = self._column(section, orientation, role)
        if section_column is None:
            return None
        column = CustomerColumn(section_column)  # the base class knows it as an IntEnum
        return {
            CustomerColumn.ARCHIVE_NUMBER: self.tr("Archive no."),
            CustomerColumn.NAME: self.tr("Name"),
            CustomerColumn.CONTACT: self.tr("Contact"),
            CustomerColumn.PHONES: self.tr("Phones"),
            CustomerColumn.DEPARTMENT: self.tr("Department"),
            CustomerColumn.GRADE: self.tr("Grade"),
            CustomerColumn.PROSPECT: self.tr("Prospect"),
            CustomerColumn.STATUS: self.tr("Status"),
            CustomerColumn.SHELF: self.tr("Shelf"),
            CustomerColumn.CONSULTANT: self.tr("Consultant"),
        }[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: C901
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = CustomerColumn(index.column())
        void = row.status == VOID_STATUS
        blacklisted = row.blacklisted_until is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if blacklisted and column is CustomerColumn.ARCHIVE_NUMBER:
                return blacklist_badge()
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if void:
                return QBrush(VOID_GREY)
            if blacklisted:
                return QBrush(BLACKLIST_RED)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(BLACKLIST_ROW) if blacklisted and not void else None
        if role == Qt.ItemDataRole.FontRole and void:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == ROW_ROLE:
            return row
        if role == BLACKLISTED_ROLE:
            return blacklisted
        return None

    def _tooltip(self, row: CustomerRow, column: CustomerColumn) -> str:
        """Why the row is red or grey; on the long texts, the whole of what may be elided."""
        lines = []
        if column in (CustomerColumn.NAME, CustomerColumn.CONTACT, CustomerColumn.PHONES):
            lines.append(self._text(row, column))
        if row.blacklisted_until is not None:
            until = row.blacklisted_until.isoformat()
            lines.append(self.tr("Blacklisted until %1").replace("%1", until))
        elif row.status == VOID_STATUS:
            lines.append(self.tr("Void"))
        return "\n".join(line for line in lines if line)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, row: CustomerRow, column: CustomerColumn) -> str:
        if column is CustomerColumn.ARCHIVE_NUMBER:
            return row.archive_number
        if column is CustomerColumn.NAME:
            return row.name
        if column is CustomerColumn.CONTACT:
            return row.contact_person
        if column is CustomerColumn.PHONES:
            return ", ".join(row.phones)
        if column is CustomerColumn.DEPARTMENT:
            return row.department
        if column is CustomerColumn.GRADE:
            return grade_name(row.grade)
        if column is CustomerColumn.PROSPECT:
            return row.prospect_level.value if row.prospect_level else ""
        if column is CustomerColumn.STATUS:
            return self.tr("Void") if row.status == VOID_STATUS else self.tr("Active")
        if column is CustomerColumn.SHELF:
            return row.shelf_location
        return row.consultant or ""
