"""The media inventory's table: the paging model's rows, whole rows selected, the state column
wide enough for its badge and word, headers that sort through the database (media_model.py),
and what goes there said when the list is empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from records_desk.ui.common.table import paint_placeholder
from records_desk.ui.media.media_model import MediaColumn, MediaTableModel


class MediaTable(QTableView):
    """The inventory's table: says what goes there while it is empty."""

    def __init__(self, model: MediaTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaTable")
        self.setTabKeyNavigation(False)  # whole rows: Tab goes on to the detail and tool bar
        self.setModel(model)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)  # labels of several
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Each header whole with its sort arrow beside it (English is the widest), and the
        # last column ("Last counted") still whole in the table's part of a 1366 px screen.
        widths = {
            MediaColumn.NUMBER: 100,  # "⚠ USB-0007" in bold (an overdue medium) whole
            MediaColumn.TYPE: 125,  # "portable hard disk"
            MediaColumn.STATE: 200,  # "returned, awaiting a check" whole at 1366 px
            MediaColumn.CLASSIFIED: 110,
            MediaColumn.DEPARTMENT: 100,
            MediaColumn.LOCATION: 90,
            MediaColumn.HOLDER: 90,
            MediaColumn.DUE: 85,
        }
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        # Headers sort through the database; the order starts as the list's own (type, then
        # number), no arrow shown until a header is clicked.
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(model.sort)
        self.placeholder = ""

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.viewport().update()

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)  # type: ignore[arg-type]
        model = self.model()
        if model is not None and model.rowCount() == 0:
            paint_placeholder(self, self.placeholder)
