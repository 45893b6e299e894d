"""Approving or refusing a loan to someone from outside the company (R-LOAN-3), for the general
manager and the customer director: the loan as registered, a note (required to refuse), and
Approve or Refuse — one service call each; the approver is recorded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.common.table import shown
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.loans.terms import kind_name

if TYPE_CHECKING:
    from records_desk.services.loans.dto import LoanInfo


class DecideDialog(RememberingDialog):
    """`decided(LoanInfo)` after an approval or a refusal."""

    geometry_key = "loan_decide"
    decided = Signal(object)
    # The loan changed at another desk meanwhile (issue 15 §3): the user was told, the dialog
    # closes and the register rereads, rather than offering the stale loan again.
    stale = Signal()

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        loan: LoanInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("decideDialog")
        self._services = services
        self._principal = principal
        self.loan = loan
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLineEdit()
        self.note.setObjectName("decisionNote")
        self.note.setMaxLength(200)
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        form = QFormLayout()
        form.addRow(self.note_label, self.note)
        self.buttons = QDialogButtonBox()
        self.approve_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.approve_button.setObjectName("approveButton")
        self.refuse_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.refuse_button.setObjectName("refuseButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.approve_button.clicked.connect(self.approve)
        self.refuse_button.clicked.connect(self.refuse)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(520, 300)

    def retranslate_ui(self) -> None:
        loan = self.loan
        self.setWindowTitle(self.tr("Approve or refuse loan %1").replace("%1", loan.number))
        files = "、".join(i.archive_number for i in loan.items)
        lines = [
            self.tr("Borrower: %1").replace("%1", loan.borrower),
            self.tr("Files: %1").replace("%1", files),
            self.tr("Purpose: %1").replace("%1", loan.purpose),
            self.tr("Kind: %1").replace("%1", kind_name(loan.kind)),
            self.tr("Registered %1 by %2")
            .replace("%1", shown(loan.registered_at))
            .replace("%2", loan.registered_by_name or loan.registered_by),
        ]
        if loan.due_at is not None:
            lines.insert(4, self.tr("Due: %1").replace("%1", shown(loan.due_at)))
        if loan.borrower_phone:
            lines.insert(1, self.tr("Phone: %1").replace("%1", loan.borrower_phone))
        if loan.borrower_id_number:
            lines.insert(1, self.tr("ID no.: %1").replace("%1", loan.borrower_id_number))
        self.summary.setText("\n".join(lines))
        self.note_label.setText(self.tr("&Note:"))
        self.note.setPlaceholderText(self.tr("Optional to approve; say why to refuse"))
        self.approve_button.setText(self.tr("&Approve"))
        self.refuse_button.setText(self.tr("Re&fuse"))

    def approve(self) -> None:
        lending = self._services.loans.lending
        note = self.note.text()
        number, version = self.loan.number, self.loan.version  # as shown (issue 15 §3)
        try:
            info = operations.call(
                self,
                lambda: lending.approve(self._principal, number, note, expected_version=version),
            )
        except operations.Failed as failed:
            self._closed_if_stale(failed)
            return
        self.decided.emit(info)
        self.accept()

    def refuse(self) -> None:
        lending = self._services.loans.lending
        note = self.note.text()
        number, version = self.loan.number, self.loan.version  # as shown (issue 15 §3)
        try:
            info = operations.call(
                self,
                lambda: lending.refuse(self._principal, number, note, expected_version=version),
            )
        except operations.Failed as failed:
            self._closed_if_stale(failed)
            return
        self.decided.emit(info)
        self.accept()

    def _closed_if_stale(self, failed: operations.Failed) -> None:
        from records_desk.domain.loans.errors import LoanChanged, LoanNotAwaitingApproval

        if isinstance(failed.args[0], LoanChanged | LoanNotAwaitingApproval):
            self.stale.emit()
            self.reject()
