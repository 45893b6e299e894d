"""The part every big table shares (STYLE.md: the model pages from the database): the rows read
so far, the count of all that match, and adding the next page when the view scrolls to the end
(canFetchMore/fetchMore). Subclasses say how to count and read, which columns they have, and
what a cell shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Read only; `columns` is the subclass's column enum."""

    columns: ClassVar[type[IntEnum]]

    def __init__(self, page_size: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._rows: list[R] = []
        self._total = 0
        # Set while rows change: listeners (views, the model tester) that ask for more in
        # the middle of a reset or an insertion are ignored; they ask again afterwards.
        self._changing = False

    @property
    def total(self) -> int:
        """Rows matching when the query was applied."""
        return self._total

    def _reset(self, total: int | None, first_rows: Callable[[], list[R]], expected: int) -> None:
        """Start again from `total` matching rows and the first page (`expected` rows long
        unless the list is shorter)."""
        self.beginResetModel()
        self._rows = []
        self._total = total or 0
        if self._total:
            self._rows = first_rows()[: self._total]
            if len(self._rows) < min(expected, self._total):
                self._total = len(self._rows)  # fewer than counted: the list ends here
        self._changing = True
        try:
            self.endResetModel()
        finally:
            self._changing = False

    def _append(self, fresh: Sequence[R]) -> None:
        """Add the next page's rows; none means the list ended, so stop asking."""
        fresh = fresh[: self._total - len(self._rows)]
        if not fresh:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        finally:
            self._changing = False

    def _may_fetch(self, parent: Index) -> bool:
        return not self._changing and self.canFetchMore(parent)

    def _column(self, section: int, orientation: Qt.Orientation, role: int) -> IntEnum | None:
        """The column a horizontal header's display text is asked for, else None."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return self.columns(section)

    # -- Qt model interface -----------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)
