"""Change requests… (R-CUS-4): the pending requests, oldest first, each with who asked, when,
why and every field's old and new value; the general manager or the customer director approves
or refuses one with a note (a refusal needs one). Other roles see the list read only. An
approval that makes the file look like another one asks "approve anyway?" first, naming the
look-alikes (issue 10 §2); a yes is audited with the approval."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.domain.customers.duplicates import LikelyDuplicates
from records_desk.domain.customers.files import ChangeStatus
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import ChangeRequestInfo
from records_desk.services.customers.hand_entry import HandEntry
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.customers.terms import field_name, local_time, value_text


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class RequestsDialog(RememberingDialog):
    """Emits `decided()` after an approval or a refusal (the tab reloads the file)."""

    geometry_key = "customer_requests"
    decided = Signal()

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        parent: QWidget | None = None,
        accounts: dict[int, str] | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("changeRequestsDialog")
        self._services = services
        self._principal = principal
        self._requests: list[ChangeRequestInfo] = []
        self.accounts = accounts or {}  # account ids by name, for those who may list them
        self.may_decide = is_allowed(principal.role, Action.CUSTOMER_APPROVE_CHANGE)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("requestsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.changes = QTableWidget(0, 3)
        self.changes.setObjectName("requestChangesTable")
        self.changes.verticalHeader().hide()
        self.changes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.note_label = QLabel()
        self.note = QLineEdit()
        self.note.setObjectName("decisionNoteEdit")
        self.note_label.setBuddy(self.note)
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approveButton")
        self.refuse_button = QPushButton()
        self.refuse_button.setObjectName("refuseButton")
        self.close_button = QPushButton()
        for button in (self.approve_button, self.refuse_button, self.close_button):
            button.setAutoDefault(False)
        self.approve_button.clicked.connect(lambda: self.approve())
        self.refuse_button.clicked.connect(self.refuse)
        self.close_button.clicked.connect(self.close)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("noRequestsLabel")

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.changes)
        decision = QHBoxLayout()
        decision.addWidget(self.note_label)
        decision.addWidget(self.note, 1)
        decision.addWidget(self.approve_button)
        decision.addWidget(self.refuse_button)
        decision.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(decision)
        for widget in (self.note_label, self.note, self.approve_button, self.refuse_button):
            widget.setVisible(self.may_decide)
        self.retranslate_ui()
        self.resize(900, 560)
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Pending change requests"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Archive no."),
                self.tr("Name"),
                self.tr("Requested by"),
                self.tr("Requested at"),
                self.tr("Reason"),
            ]
        )
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Now"), self.tr("Proposed")]
        )
        self.note_label.setText(self.tr("&Note:"))
        self.note.setPlaceholderText(self.tr("Required to refuse"))
        self.approve_button.setText(self.tr("&Approve"))
        self.refuse_button.setText(self.tr("&Refuse"))
        self.close_button.setText(self.tr("Close"))
        self.empty_label.setText(self.tr("No change requests are waiting."))

    # -- the list ---------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self._requests = operations.call(
                self,
                lambda: self._services.customers.files.change_requests(
                    self._principal, ChangeStatus.PENDING
                ),
            )
        except operations.Failed:
            self._requests = []
        self.table.setRowCount(len(self._requests))
        for row, request in enumerate(self._requests):
            for column, text in enumerate(
                (
                    str(request.id),
                    request.archive_number,
                    request.customer_name,
                    request.requested_by,
                    local_time(request.requested_at),
                    request.reason,
                )
            ):
                self.table.setItem(row, column, _item(text))
        self.table.resizeColumnsToContents()
        self.empty_label.setVisible(not self._requests)
        if self._requests:
            self.table.selectRow(0)
        self._show_selected()

    def pending_ids(self) -> list[int]:
        return [r.id for r in self._requests]

    def selected(self) -> ChangeRequestInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._requests[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        request = self.selected()
        changes = request.changes if request else ()
        self.changes.setRowCount(len(changes))
        for row, change in enumerate(changes):
            self.changes.setItem(row, 0, _item(field_name(change.field)))
            old = value_text(change.field, change.old, self.accounts)
            new = value_text(change.field, change.new, self.accounts)
            self.changes.setItem(row, 1, _item(old))
            self.changes.setItem(row, 2, _item(new))
        self.changes.resizeRowsToContents()
        for button in (self.approve_button, self.refuse_button):
            button.setEnabled(request is not None)

    # -- decisions --------------------------------------------------------------------------
    def approve(self, anyway: frozenset[int] = frozenset()) -> None:
        request, note = self.selected(), self.note.text()
        if request is None:
            return
        customers = self._services.customers.files
        entry = HandEntry(registered_anyway=anyway)

        def approve() -> object:
            try:
                return customers.approve(self._principal, request.id, note, entry)
            except LikelyDuplicates as refused:
                return refused

        try:
            result = operations.call(self, approve)
        except operations.Failed:
            return
        if isinstance(result, LikelyDuplicates):
            self._ask_anyway(result)
            return
        self._after_decision()

    def _ask_anyway(self, refused: LikelyDuplicates) -> None:
        from records_desk.ui.customers.duplicates_question import ask_about_duplicates

        ids = frozenset(m.customer_id for m in refused.matches)
        ask_about_duplicates(
            self,
            refused.matches,
            self.tr("After this change the file looks like another one. Approve it anyway?"),
            self.tr("Approve &anyway"),
            self.tr("&Go back"),
            lambda: self.approve(ids),
        )

    def refuse(self) -> None:
        request, note = self.selected(), self.note.text()
        if request is None:
            return
        customers = self._services.customers.files
        try:
            operations.call(self, lambda: customers.refuse(self._principal, request.id, note))
        except operations.Failed:
            return
        self._after_decision()

    def _after_decision(self) -> None:
        self.note.clear()
        self.reload()
        self.decided.emit()
