"""The media inventory as a paging model (STYLE.md: the model pages from the database): the
media matching the filter are counted first, a screenful read, then 200 at a time through
canFetchMore/fetchMore as the user scrolls. One row is one medium, in the order of the
service (type, then number).

The state is a badge — a coloured disc — and its word, so colour is never the only sign; a
classified medium says 涉密 in words (R-MED-4), and one due for a stocktake carries a mark and
a tooltip. A disc filed as a backup shows its category in place of its type (R-MED-5).

An issued medium past its due day (the office's day) is highlighted as an overdue loan is in
the loan register — a red row on a pale red ground, its number, state and due day in bold (the
whole row in bold would cut a type's name short at 1366 px) — and says so without colour too: a
warning sign before its number, "issued, overdue" for its state and, on every cell, a tooltip
with the days it is late.

Sorting is the service's (services/media/queries.py `MediaSort`): a click on a header asks the
database again, so the order holds for the rows not read yet; the order chosen stays when the
filter changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from records_desk.domain.media.lifecycle import days_overdue
from records_desk.domain.media.vocabulary import Classification, MediumState
from records_desk.ui.common.overdue import OVERDUE_BRUSH, OVERDUE_GROUND, OVERDUE_SIGN
from records_desk.ui.common.table import badge, shown
from records_desk.ui.media.people import PeopleNames
from records_desk.ui.models.paged import Index, PagedTableModel
from records_desk.wording.media.terms import classification_name, state_name, type_name

if TYPE_CHECKING:
    from records_desk.services.media.dto import MediaFilter, MediaSort, MediumRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the days an issued medium is late (0: not)
PAGE_SIZE = 200
FIRST_PAGE = 60

STATE_COLOURS: dict[MediumState, QColor] = {
    MediumState.REGISTERED: QColor("#8a5100"),  # amber: not yet usable
    MediumState.READY: QColor("#1b5e20"),  # green
    MediumState.ISSUED: QColor("#0d47a1"),  # blue: out
    MediumState.RETURNED: QColor("#8a5100"),  # amber: awaits a check
    MediumState.IN_REPAIR: QColor("#6a1b9a"),  # purple: away
    MediumState.DISPOSED: QColor("#6d6d6d"),  # grey: final
    MediumState.LOST: QColor("#b71c1c"),  # red: final
}
CLASSIFIED_RED = QColor("#b71c1c")
FINAL_GREY = QColor("#6d6d6d")
_CLASSIFIED_BRUSH = QBrush(CLASSIFIED_RED)
_FINAL_BRUSH = QBrush(FINAL_GREY)
_FINAL = frozenset({MediumState.DISPOSED, MediumState.LOST})
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ROLES = frozenset(
    {_DISPLAY, _DECORATION, _FOREGROUND, _BACKGROUND, _FONT, _TOOLTIP, int(ROW_ROLE),
     int(OVERDUE_ROLE)}
)  # fmt: skip

CountLoader = Callable[["MediaFilter"], int | None]
PageLoader = Callable[["MediaFilter", int, int], "list[MediumRow] | None"]
DueCheck = Callable[["MediumRow"], bool]
Today = Callable[[], date]


class MediaColumn(IntEnum):
    NUMBER = 0
    TYPE = 1
    STATE = 2
    CLASSIFIED = 3
    DEPARTMENT = 4
    LOCATION = 5
    HOLDER = 6
    DUE = 7
    COUNTED = 8


_BOLD_WHEN_LATE = frozenset({MediaColumn.NUMBER, MediaColumn.STATE, MediaColumn.DUE})


def _sort_key(column: MediaColumn) -> str:
    """The service's MediaSort value of a column (kept as text: the services load lazily)."""
    return {
        MediaColumn.NUMBER: "number",
        MediaColumn.TYPE: "type",
        MediaColumn.STATE: "state",
        MediaColumn.CLASSIFIED: "classified",
        MediaColumn.DEPARTMENT: "department",
        MediaColumn.LOCATION: "location",
        MediaColumn.HOLDER: "holder",
        MediaColumn.DUE: "due",
        MediaColumn.COUNTED: "counted",
    }[column]


_BADGES: dict[MediumState, QIcon] = {}


def state_badge(state: MediumState) -> QIcon:
    state = MediumState(state)
    if state not in _BADGES:
        _BADGES[state] = badge(STATE_COLOURS[state])
    return _BADGES[state]


class MediaTableModel(PagedTableModel["MediumRow"]):
    """Read only. `set_filter` counts the matching media and loads the first page; `sort`
    reloads in the order of a column."""

    columns = MediaColumn

    def __init__(
        self,
        count: CountLoader,
        page: PageLoader,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
        first_page: int = FIRST_PAGE,
        due: DueCheck | None = None,
        today: Today | None = None,
    ) -> None:
        super().__init__(page_size, parent)
        self._count = count
        self._page = page
        self._first_page = min(first_page, page_size)
        self._filter: MediaFilter | None = None
        self._chosen: tuple[MediaSort, bool] | None = None  # chosen by a header click
        self._due = due or (lambda _row: False)
        self._today = today or date.today
        self._late: dict[int, int] = {}  # row → days overdue, worded with the row's texts
        self._texts: dict[int, tuple[str, ...]] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        # the Borrower column names the person, not the account (the screen's shared map)
        self.names = PeopleNames()

    @property
    def filter(self) -> MediaFilter | None:
        return self._filter

    def set_filter(self, flt: MediaFilter) -> None:
        """Apply FLT in the list's own order, or in the one the user chose by a header click,
        which stays."""
        if self._chosen is not None:
            sort, descending = self._chosen
            flt = replace(flt, sort=sort, descending=descending)
        self._apply(flt)

    def _apply(self, flt: MediaFilter) -> None:
        self._filter = flt
        self._texts.clear()
        self._late.clear()
        first = self._first_page
        self._reset(self._count(flt), lambda: self._load(0, first), first)

    def reload(self) -> None:
        if self._filter is not None:
            self._apply(self._filter)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._filter is None or not 0 <= column < len(MediaColumn):
            return
        from records_desk.services.media.dto import MediaSort

        key = MediaSort(_sort_key(MediaColumn(column)))
        descending = order == Qt.SortOrder.DescendingOrder
        self._chosen = (key, descending)
        self._apply(replace(self._filter, sort=key, descending=descending))

    def row_at(self, row: int) -> MediumRow:
        return self._rows[row]

    def row_of(self, number: str) -> int | None:
        for i, row in enumerate(self._rows):
            if row.number == number:
                return i
        return None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self._may_fetch(parent):
            return
        self._append(self._load(len(self._rows), self._page_size))

    def _load(self, offset: int, limit: int) -> list[MediumRow]:
        if self._filter is None:
            return []
        return self._page(self._filter, offset, limit) or []

    def retranslate(self) -> None:
        self._texts.clear()
        self._late.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(MediaColumn) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(MediaColumn) - 1)
            )

    # -- Qt model interface -----------------------------------------------------------------
    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        found = self._column(section, orientation, role)
        if found is None:
            return None
        return {
            MediaColumn.NUMBER: self.tr("Number"),
            MediaColumn.TYPE: self.tr("Type"),
            MediaColumn.STATE: self.tr("State"),
            MediaColumn.CLASSIFIED: self.tr("Classification"),
            MediaColumn.DEPARTMENT: self.tr("Department"),
            MediaColumn.LOCATION: self.tr("Location"),
            MediaColumn.HOLDER: self.tr("Borrower"),
            MediaColumn.DUE: self.tr("Due back"),
            MediaColumn.COUNTED: self.tr("Last counted"),
        }[MediaColumn(found)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks each visible cell for a dozen roles at every paint: the ones this model
        # answers are told apart first, as plain ints (bench/media_tab.py measures the paint).
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        number, column = index.row(), index.column()
        if not 0 <= number < len(self._rows):
            return None
        if role == _DISPLAY:
            return self._cells(number)[column]
        row = self._rows[number]
        if role == _DECORATION:
            return state_badge(row.state) if column == MediaColumn.STATE else None
        late = self._late_days(number)
        if role == _FOREGROUND:
            if late:
                return OVERDUE_BRUSH
            if column == MediaColumn.CLASSIFIED and row.classified:
                return _CLASSIFIED_BRUSH
            return _FINAL_BRUSH if row.state in _FINAL else None
        if role == _BACKGROUND:
            return OVERDUE_GROUND if late else None
        if role == _FONT:
            return self._bold if late and column in _BOLD_WHEN_LATE else None
        if role == _TOOLTIP:
            if late:
                return self._late_tip(row, late)
            return self._tip(row, MediaColumn(column))
        if role == OVERDUE_ROLE:
            return late
        return row  # ROW_ROLE

    def _late_days(self, row: int) -> int:
        late = self._late.get(row)
        if late is None:
            medium = self._rows[row]
            late = self._late[row] = days_overdue(medium.state, medium.due_on, self._today())
        return late

    def _cells(self, row: int) -> tuple[str, ...]:
        """The row's texts, worded once per reading (a view asks for each cell many times)."""
        cells = self._texts.get(row)
        if cells is None:
            medium = self._rows[row]
            late = self._late_days(row)
            cells = tuple(self._text(medium, column, late) for column in MediaColumn)
            self._texts[row] = cells
        return cells

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _late_tip(self, row: MediumRow, late: int) -> str:
        due = shown(row.due_on)
        if late == 1:
            return self.tr("Overdue by 1 day: due back on %1").replace("%1", due)
        return self.tr("Overdue by %2 days: due back on %1").replace("%1", due).replace(
            "%2", str(late))  # fmt: skip

    def _tip(self, row: MediumRow, column: MediaColumn) -> str | None:
        if column is MediaColumn.COUNTED and self._due(row):
            if row.last_counted_on is None:
                return self.tr("Due for a stocktake: never counted")
            return self.tr("Due for a stocktake: not counted in the last 12 months")
        if column is MediaColumn.TYPE and row.backup_category:
            return self.tr("%1, filed as a backup disc under “%2”").replace(
                "%1", type_name(row.media_type)).replace("%2", row.backup_category)  # fmt: skip
        if column in (
            MediaColumn.TYPE,
            MediaColumn.STATE,
            MediaColumn.DEPARTMENT,
            MediaColumn.LOCATION,
        ):
            return self._text(row, column) or None
        return None

    def _text(self, row: MediumRow, column: MediaColumn, late: int = 0) -> str:
        if column is MediaColumn.NUMBER:
            return f"{OVERDUE_SIGN} {row.number}" if late else row.number
        if column is MediaColumn.TYPE:
            if row.backup_category:  # only an optical disc is one (its tooltip says so)
                return self.tr("backup: %1").replace("%1", row.backup_category)
            return type_name(row.media_type)
        if column is MediaColumn.STATE:
            if late:
                return self.tr("issued, overdue")
            return state_name(row.state)
        if column is MediaColumn.CLASSIFIED:
            kind = Classification.CLASSIFIED if row.classified else Classification.UNCLASSIFIED
            return classification_name(kind)
        if column is MediaColumn.DEPARTMENT:
            return row.department
        if column is MediaColumn.LOCATION:
            return row.location
        if column is MediaColumn.HOLDER:
            return self.names.name(row.holder)
        if column is MediaColumn.DUE:
            return shown(row.due_on)
        counted = shown(row.last_counted_on) if row.last_counted_on else self.tr("never")
        return f"⚑ {counted}" if self._due(row) else counted
