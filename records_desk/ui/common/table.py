"""One read-only table model for the director's and archivist's lists (quotas, reviews, the
blacklist, data-quality problems, the spot-check sample, the import preview): the rows are
service DTOs, each column says how to show one and whether it is an alert (red, bold).

These lists are bounded by what the services return (one line per department and product
line, per due review, per blacklist entry …), so the model keeps the rows it is given; the
customers table itself pages from the database (ui/customers/customer_model.py).

Decisions: columns are fitted to their contents when rows arrive, but never wider than
MAX_COLUMN_WIDTH — a long customer name is elided (the whole text in its tooltip) instead of
pushing the due date or the problem out of sight; once the user drags a column, the widths are
theirs, kept in the settings under the view's name. An empty list says what would be listed
and how to get something there (`placeholder`), instead of showing a blank grid. A click on a
column's header sorts the rows by it (the services' own order until then, and the user's sort
kept when the rows are read again); Tab leaves the list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from records_desk.settings import Settings

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's DTO
ALERT_COLOUR = QColor(183, 28, 28)  # a breach, an overdue item, a row that cannot be imported
WARNING_COLOUR = QColor(166, 98, 0)  # amber: due now, still in time
MAX_COLUMN_WIDTH = 260  # px: about 18 Chinese characters; longer texts are elided
LONG_TEXT = 16  # characters: a cell this long shows its whole text as a tooltip


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    value: Callable[[T], object]
    alert: Callable[[T], bool] | None = None
    numeric: bool = False
    tooltip: Callable[[T], str] | None = None
    warning: Callable[[T], bool] | None = None  # amber: needs doing soon, not yet late


def shown(value: object) -> str:
    """Cell text: dates as the office writes them, shares as percentages, None as blank."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Fraction):
        return percent(value)
    if isinstance(value, tuple | list):
        return "、".join(shown(v) for v in value)
    return str(value)


def percent(share: Fraction) -> str:
    return f"{float(share) * 100:.1f} %"


def _blank(value: object) -> bool:
    return value is None or shown(value) == ""


def sort_key(value: object) -> tuple[int, float, str]:
    """Numbers before texts, each in their own order; dates by their ISO text (time order)."""
    if isinstance(value, int | float | Fraction):  # bool too
        return (0, float(value), "")
    return (1, 0.0, shown(value))


class RowsModel(QAbstractTableModel, Generic[T]):
    """Read only; `set_rows` replaces every row (after a service call)."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[T] = []
        self._order: tuple[int, Qt.SortOrder] | None = None  # the user's, by a header click
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._order is not None:  # the user's sort holds across refreshes
            self._sorted_rows(*self._order)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a column's header: the rows by that column's values (numbers as
        numbers, dates in time order, blanks last); the selection stays on its rows. Column
        -1 (no sort chosen yet) keeps the services' own order."""
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(self._rows[i.row()], i.column()) for i in before]
        self._sorted_rows(column, order)
        self._order = (column, order)
        where = {id(item): row for row, item in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(where[id(item)], col) for item, col in held]
        )
        self.layoutChanged.emit()

    def _sorted_rows(self, column: int, order: Qt.SortOrder) -> None:
        value = self.columns[column].value
        blank = [item for item in self._rows if _blank(value(item))]
        filled = [item for item in self._rows if not _blank(value(item))]
        filled.sort(
            key=lambda item: sort_key(value(item)), reverse=order == Qt.SortOrder.DescendingOrder
        )
        self._rows = filled + blank

    def rows(self) -> list[T]:
        return list(self._rows)

    def item(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(column.value(item))
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(item)
            text = shown(column.value(item))
            return text if len(text) >= LONG_TEXT else None  # perhaps elided
        alert = column.alert is not None and column.alert(item)
        if role == Qt.ItemDataRole.ForegroundRole and alert:
            return QBrush(ALERT_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and column.warning and column.warning(item):
            return QBrush(WARNING_COLOUR)
        if role == Qt.ItemDataRole.FontRole and alert:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


def badge(colour: QColor) -> QIcon:
    """A small disc of `colour`: marks a tab or a row at a glance (red late, amber due)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def paint_placeholder(view: QAbstractItemView, text: str) -> None:
    """`text` centred, grey and wrapped in the empty viewport of `view`."""
    if not text:
        return
    painter = QPainter(view.viewport())
    painter.setPen(view.palette().placeholderText().color())
    rect = view.viewport().rect().adjusted(24, 24, -24, -24)
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    painter.drawText(rect, int(flags), text)
    painter.end()


class ListTable(QTableView):
    """A list as every admin screen shows one (see the module's Decisions)."""

    def __init__(
        self,
        model: QAbstractTableModel,
        name: str,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        placeholder: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.placeholder = placeholder
        self._settings = settings
        self._key = f"tables/{name}/header"
        self._fitting = False
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.user_widths = False
        raw = settings.backend.value(self._key) if settings is not None else None
        if raw:
            self.user_widths = header.restoreState(QByteArray(bytes(raw)))
        header.sectionResized.connect(self._resized)
        # Whole rows, read only: Tab leaves the list for the next control, instead of walking
        # its cells for ever; the arrow keys move between rows.
        self.setTabKeyNavigation(False)
        if isinstance(model, RowsModel):  # its rows in memory: a header click sorts them
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the services' order
            self.setSortingEnabled(True)
            # The arrow once a sort is chosen: shown before, its room would widen every
            # column and push the last one out of sight.
            header.setSortIndicatorShown(False)
            header.sortIndicatorChanged.connect(lambda *_: header.setSortIndicatorShown(True))
        model.modelReset.connect(self.fit_columns)
        model.headerDataChanged.connect(lambda *_: self.fit_columns())
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its contents (and header), at most MAX_COLUMN_WIDTH; not
        once the user has set the widths."""
        if self.user_widths:
            return
        self._fitting = True
        try:
            header = self.horizontalHeader()
            for column in range(header.count()):
                wanted = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
                header.resizeSection(column, min(wanted, MAX_COLUMN_WIDTH))
        finally:
            self._fitting = False

    def widen(self, column: int, width: int) -> None:
        """At least `width` wide (rows read later hold a longer value), unless the user has set
        the widths; not remembered as the user's choice."""
        if self.user_widths or self.columnWidth(column) >= width:
            return
        self._fitting = True
        try:
            self.horizontalHeader().resizeSection(column, width)
        finally:
            self._fitting = False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        header = self.horizontalHeader()
        # The last column stretches with the window: only a drag of another one is a choice.
        if self._fitting or column == header.count() - 1:
            return
        self.user_widths = True
        if self._settings is not None:
            self._settings.backend.set_value(self._key, bytes(header.saveState().data()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            paint_placeholder(self, self.placeholder)


def table_view(
    model: QAbstractTableModel,
    name: str,
    parent: QWidget | None = None,
    settings: Settings | None = None,
    placeholder: str = "",
) -> ListTable:
    """A list view as every admin screen shows one: whole rows selected, one at a time,
    columns fitted to their contents up to a width, the last one stretching."""
    return ListTable(model, name, parent, settings, placeholder)


def selected_item(view: QTableView) -> Any:
    """The DTO of the selected row, or None."""
    rows = view.selectionModel().selectedRows()
    return rows[0].data(ITEM_ROLE) if rows else None


def refresh_close_row(
    dialog: QDialog, refresh: Callable[[], object], middle: QWidget | None = None
) -> QHBoxLayout:
    """The bottom row every list dialog shows: Refresh on the left, Close on the right and
    `middle` (a summary) or empty space between them."""
    button = QPushButton(QCoreApplication.translate("AdminTable", "&Refresh"))
    button.setObjectName("refreshButton")
    button.clicked.connect(refresh)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.rejected.connect(dialog.reject)
    row = QHBoxLayout()
    row.addWidget(button)
    if middle is None:
        row.addStretch(1)
    else:
        row.addWidget(middle, 1)
    row.addWidget(close)
    return row
