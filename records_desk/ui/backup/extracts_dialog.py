"""Extract requests… (R-BAK-5): ask for an extract of customer data (which one, and why); the
general manager or the customer director sees every request and approves or refuses the
selected one with a note (a refusal needs one; nobody decides their own — the service says
so). Anyone else sees their own requests and where they stand. An approved request is used by
the ordinary export (Customers ▸ Export), once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.backup.extracts import ExtractState
from records_desk.domain.common.permissions import Action, Extract
from records_desk.services.backup.extracts import ExtractRequestInfo
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.common.table import paint_placeholder
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.backup.extracts import extract_name, state_name
from records_desk.wording.language import sub
from records_desk.wording.terms import local_time


def _item(value: str | int, request_id: int) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setData(Qt.ItemDataRole.DisplayRole, value)  # numbers sort as numbers
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setData(Qt.ItemDataRole.UserRole, request_id)  # the row's request, however sorted
    return item


class _RequestsTable(QTableWidget):
    """Says what goes there while it is empty (like every other list of the app)."""

    placeholder = ""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.rowCount() == 0:
            paint_placeholder(self, self.placeholder)


class ExtractRequestsDialog(RememberingDialog):
    geometry_key = "extract_requests"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("extractRequestsDialog")
        self._services = services
        self._principal = principal
        self._requests: list[ExtractRequestInfo] = []
        self.may_decide = services.ctx.may(principal, Action.EXTRACT_APPROVE)

        self.what = QComboBox()
        self.what.setObjectName("extractWhatCombo")
        self.why_label = QLabel()
        self.why = QLineEdit()
        self.why.setObjectName("extractWhyEdit")
        self.why_label.setBuddy(self.why)
        self.ask_button = QPushButton()
        self.ask_button.setObjectName("askExtractButton")
        self.table = _RequestsTable(0, 9)
        self.table.setObjectName("extractRequestsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.itemSelectionChanged.connect(self._enable)
        self.note_label = QLabel()
        self.note = QLineEdit()
        self.note.setObjectName("extractNoteEdit")
        self.note_label.setBuddy(self.note)
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approveExtractButton")
        self.refuse_button = QPushButton()
        self.refuse_button.setObjectName("refuseExtractButton")
        self.close_button = QPushButton()
        for button in (self.ask_button, self.approve_button, self.refuse_button, self.close_button):
            button.setAutoDefault(False)  # Enter in a field must not close the dialog
        self.why.returnPressed.connect(self.ask)  # Enter after typing why: the request is made
        self.what_label = QLabel()
        self.what_label.setBuddy(self.what)
        self.ask_button.clicked.connect(self.ask)
        self.approve_button.clicked.connect(self.approve)
        self.refuse_button.clicked.connect(self.refuse)
        self.close_button.clicked.connect(self.close)

        asking = QHBoxLayout()
        asking.addWidget(self.what_label)
        asking.addWidget(self.what)
        asking.addWidget(self.why_label)
        asking.addWidget(self.why, 1)
        asking.addWidget(self.ask_button)
        decision = QHBoxLayout()
        decision.addWidget(self.note_label)
        decision.addWidget(self.note, 1)
        decision.addWidget(self.approve_button)
        decision.addWidget(self.refuse_button)
        decision.addStretch(0)  # Close keeps its size when the decision row is hidden
        decision.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(asking)
        layout.addWidget(self.table, 1)
        layout.addLayout(decision)
        for widget in (self.note_label, self.note, self.approve_button, self.refuse_button):
            widget.setVisible(self.may_decide)
        self.retranslate_ui()
        self.resize(900, 480)
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Extract requests"))
        chosen = self.what.currentData()
        self.what.clear()
        for kind in Extract:
            self.what.addItem(extract_name(kind), kind)
        if chosen is not None:
            self.what.setCurrentIndex(self.what.findData(chosen))
        self.what_label.setText(self.tr("E&xtract:"))
        self.why_label.setText(self.tr("&Why it is needed:"))
        self.ask_button.setText(self.tr("As&k for an extract"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Extract"),
                self.tr("Asked by"),
                self.tr("Asked on"),
                self.tr("Why"),
                self.tr("State"),
                self.tr("Decided by"),
                self.tr("Rows"),
                self.tr("Note"),
            ]
        )
        self.note_label.setText(self.tr("&Note:"))
        self.approve_button.setText(self.tr("&Approve"))
        self.refuse_button.setText(self.tr("Re&fuse"))
        self.close_button.setText(self.tr("Close"))
        self.table.placeholder = (
            self.tr("No extract request yet. Those that wait for a decision appear here.")
            if self.may_decide
            else self.tr("You have asked for no extract yet: choose what, say why, and ask.")
        )
        if self._requests:
            self._fill()

    def reload(self) -> None:
        extracts = self._services.backup.extracts
        try:
            self._requests = operations.call(self, lambda: extracts.list(self._principal))
        except operations.Failed:
            self._requests = []
        self._fill()

    def _fill(self) -> None:
        self.table.setSortingEnabled(False)  # filled unsorted, then sorted as the user chose
        self.table.setRowCount(len(self._requests))
        for row, r in enumerate(self._requests):
            texts = (
                r.id,
                extract_name(r.what),
                r.requested_by,
                local_time(r.requested_at),
                r.why,
                state_name(r.state),
                r.decided_by or "",
                "" if r.rows is None else r.rows,
                r.note,
            )
            for column, text in enumerate(texts):
                self.table.setItem(row, column, _item(text, r.id))
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        self._enable()

    def request_ids(self) -> list[int]:
        return [r.id for r in self._requests]

    def selected(self) -> ExtractRequestInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        chosen = rows[0].data(Qt.ItemDataRole.UserRole)
        return next((r for r in self._requests if r.id == chosen), None)

    def _enable(self) -> None:
        chosen = self.selected()
        if chosen is None:
            why = self.tr("Select a request in the list first.")
        elif chosen.state is not ExtractState.PENDING:
            why = sub(self.tr("This request is already decided (%1)."), state_name(chosen.state))
        else:
            why = ""
        for button in (self.approve_button, self.refuse_button):
            button.setEnabled(not why)
            button.setToolTip(why)  # a disabled button says why

    def ask(self) -> None:
        what, why = Extract(self.what.currentData()), self.why.text()
        extracts = self._services.backup.extracts
        try:
            made = operations.call(self, lambda: extracts.request(self._principal, what, why))
        except operations.Failed:
            return
        self.why.clear()
        self.reload()
        text = self.tr(
            "Extract request %1 was made; it waits for the general manager's or the customer"
            " director's approval."
        )
        notify.info(self, sub(text, made.id))

    def approve(self) -> None:
        self._decide(self._services.backup.extracts.approve)

    def refuse(self) -> None:
        self._decide(self._services.backup.extracts.refuse)

    def _decide(self, decide: Callable[[Principal, int, str], ExtractRequestInfo]) -> None:
        request, note = self.selected(), self.note.text()
        if request is None:
            return
        try:
            operations.call(self, lambda: decide(self._principal, request.id, note))
        except operations.Failed:
            return
        self.note.clear()
        self.reload()
