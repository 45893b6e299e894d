"""One read-only table model for the director's and archivist's lists (quotas, reviews, the
blacklist, data-quality problems, the spot-check sample, the import preview): the rows are
service DTOs, each column says how to show one and whether it is an alert (red, bold).

These lists are bounded by what the services return (one line per department and product
line, per due review, per blacklist entry …), so the model keeps the rows it is given; the
customers table itself pages from the database (ui/customers/customer_model.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
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

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's DTO
ALERT_COLOUR = QColor(183, 28, 28)  # a breach, an overdue item, a row that cannot be imported


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    value: Callable[[T], object]
    alert: Callable[[T], bool] | None = None
    numeric: bool = False
    tooltip: Callable[[T], str] | None = None


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


class RowsModel(QAbstractTableModel, Generic[T]):
    """Read only; `set_rows` replaces every row (after a service call)."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[T] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

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
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(item)
        alert = column.alert is not None and column.alert(item)
        if role == Qt.ItemDataRole.ForegroundRole and alert:
            return QBrush(ALERT_COLOUR)
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


def table_view(model: QAbstractTableModel, name: str, parent: QWidget | None = None) -> QTableView:
    """A list view as every admin screen shows one: whole rows selected, one at a time,
    columns sized to their contents, the last one stretching."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


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
