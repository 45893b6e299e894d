"""A feature's main table view (the customer files, the loan register): whole-row single
selection, compact rows, text elided (a long value never widens its column), starting column
widths that fit the part of a 1366 px screen the splitter gives it with the last column
stretching, the widths the user sets remembered in the settings backend under the view's key,
and a line saying why the table is empty and what to do."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QByteArray, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from records_desk.settings import Settings
from records_desk.ui.common.table import paint_placeholder


class RecordTableView(QTableView):
    def __init__(
        self,
        model: QAbstractItemModel,
        settings: Settings | None,
        columns_key: str,
        widths: Iterable[tuple[int, int]],
        last_width: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._columns_key = columns_key
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # whole rows: Tab goes on to the detail and tool bar
        self.placeholder = ""
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(last_width)  # the stretching last one's least
        for column, width in widths:
            self.setColumnWidth(int(column), width)
        raw = settings.backend.value(columns_key) if settings else None
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
            self._settings.backend.set_value(self._columns_key, bytes(state.data()))
