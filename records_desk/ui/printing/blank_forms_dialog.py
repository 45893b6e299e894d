"""File → Print blank form…: every printed form (R-PRN) with its Chinese and English title, a
filter box, and the preview of the blank form on double-click or Enter — for the counter, when
a form is filled in by hand."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from records_desk.services.common.dto import Principal
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.printing import PrintingApi
from records_desk.ui.printing.preview_dialog import PrintPreviewDialog, open_preview
from records_desk.ui.widgets.dialog import RememberingDialog

TITLE_ZH, TITLE_EN, KIND, FORM_ID = range(4)
FORM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
_MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class BlankFormsDialog(RememberingDialog):
    geometry_key = "blank_forms"

    def __init__(
        self,
        service: PrintingApi,
        principal: Principal,
        settings: Settings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("blankFormsDialog")
        self._service = service
        self._principal = principal
        self._settings_for_previews = settings
        self.forms: Sequence[tuple[str, str, str, str]] = []
        self.model = QStandardItemModel(0, 4, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # every column: Chinese, English, kind, id
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build()
        self.retranslate_ui()
        self.resize(720, 520)
        self.refresh()

    def _build(self) -> None:
        self.filter_label = QLabel()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("formFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_label.setBuddy(self.filter_edit)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.filter_edit.installEventFilter(self)

        self.table = QTableView()
        self.table.setObjectName("formTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((TITLE_ZH, 220), (TITLE_EN, 260), (KIND, 70)):
            self.table.setColumnWidth(column, width)
        # Enter reaches the default button below (the view lets it through); a double-click
        # is the view's own.
        self.table.doubleClicked.connect(self._open_index)

        self.count_label = QLabel()
        self.preview_button = QPushButton()
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.open_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            assert isinstance(button, QPushButton)  # standard buttons are push buttons
            button.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_edit, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.preview_button)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.filter_edit.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print blank form"))
        self.filter_label.setText(self.tr("&Find:"))
        self.filter_edit.setPlaceholderText(self.tr("Chinese or English title"))
        self.preview_button.setText(self.tr("&Preview…"))
        headers = (
            self.tr("Chinese title"),
            self.tr("English title"),
            self.tr("Kind"),
            self.tr("Form id"),
        )
        self.model.setHorizontalHeaderLabels(list(headers))
        for row in range(self.model.rowCount()):
            item = self.model.item(row, KIND)
            item.setText(self._kind_text(item.data(KIND_ROLE)))
        self._update_count()

    def _kind_text(self, kind: str) -> str:
        return self.tr("Labels") if kind == "labels" else self.tr("Form")

    # -- list and filter --------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.forms = operations.call(self, self._service.list_forms)
        except operations.Failed:
            self.forms = []
        self.model.removeRows(0, self.model.rowCount())
        for form_id, title_zh, title_en, kind in self.forms:
            items = [
                QStandardItem(title_zh),
                QStandardItem(title_en),
                QStandardItem(self._kind_text(kind)),
                QStandardItem(form_id),
            ]
            for item in items:
                item.setData(form_id, FORM_ID_ROLE)
                item.setToolTip(f"{title_zh} — {title_en} ({form_id})")
            items[KIND].setData(kind, KIND_ROLE)
            self.model.appendRow(items)
        self.apply_filter()

    def apply_filter(self, *_signal_args: object) -> None:
        self.proxy.setFilterFixedString(self.filter_edit.text().strip())
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 of %2 forms")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )
        self.preview_button.setEnabled(self.proxy.rowCount() > 0)

    def visible_form_ids(self) -> list[str]:
        return [self.proxy.index(row, 0).data(FORM_ID_ROLE) for row in range(self.proxy.rowCount())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Up / Down / Page keys in the filter box move through the list."""
        if (
            watched is self.filter_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _MOVE_KEYS
        ):
            QApplication.sendEvent(self.table, event)
            return True
        return super().eventFilter(watched, event)

    # -- open -------------------------------------------------------------------------------
    def selected_form_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        index = rows[0] if rows else self.table.currentIndex()
        return index.data(FORM_ID_ROLE) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        form_id = index.data(FORM_ID_ROLE)
        if form_id:
            self.open_form(form_id)

    def open_selected(self) -> PrintPreviewDialog | None:
        form_id = self.selected_form_id()
        return self.open_form(form_id) if form_id else None

    def open_form(self, form_id: str) -> PrintPreviewDialog | None:
        """The blank form's preview, owned by the main window so it outlives this list."""
        owner = self.parentWidget() or self
        return open_preview(
            owner, self._service, self._principal, form_id, None, self._settings_for_previews
        )
