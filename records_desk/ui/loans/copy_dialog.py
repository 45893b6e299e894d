"""Copies of files on loan (R-LOAN-6): the borrower asks to copy pages of files of the loan;
the archivist (or whoever lends: the deputy on the days named, the general manager, the
customer director) ticks the files, writes the pages or the part, and consents — one service
call, which refuses files beyond the loan and a loan whose files are not out, and records who
consented and when. The consents show in the loan's detail panel.

Decisions:
- Only the loan's own files are offered, each ticked: a copy cannot name another file from
  here, and the service checks it again (another desk may have changed the loan meanwhile).
- Nothing ticked is said, not sent: the service reads "no file named" as every file of the
  loan, which is the command line's shorthand, not what an empty list of ticks means.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.loans.terms import item_status_name

if TYPE_CHECKING:
    from records_desk.services.loans.dto import LoanInfo

MAX_SCOPE = 200


class CopyDialog(RememberingDialog):
    """`consented(tuple of archive numbers)` once the copies are recorded."""

    geometry_key = "loan_copy"
    consented = Signal(object)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        loan: LoanInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("copyDialog")
        self._services = services
        self._principal = principal
        self.loan = loan
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.files = QListWidget()
        self.files.setObjectName("copyFiles")
        for item in loan.items:
            row = QListWidgetItem()
            row.setData(Qt.ItemDataRole.UserRole, item.archive_number)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            self.files.addItem(row)
        self.scope = QLineEdit()
        self.scope.setObjectName("copyScope")
        self.scope.setMaxLength(MAX_SCOPE)
        self.files_label, self.scope_label = QLabel(), QLabel()
        self.files_label.setBuddy(self.files)
        self.scope_label.setBuddy(self.scope)
        form = QFormLayout()
        form.addRow(self.files_label, self.files)
        form.addRow(self.scope_label, self.scope)
        self.buttons = QDialogButtonBox()
        self.consent_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.consent_button.setObjectName("consentButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.consent)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(480, 360)
        self.scope.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Copies from loan %1").replace("%1", self.loan.number))
        self.intro.setText(
            self.tr(
                "%1 asks to copy pages of files of this loan. Copies need your consent and "
                "may not go beyond the files lent: tick the files, say which pages or part, "
                "and consent. Your name and the time are recorded."
            ).replace("%1", self.loan.borrower)
        )
        for row in range(self.files.count()):
            entry = self.files.item(row)
            number = entry.data(Qt.ItemDataRole.UserRole)
            status = next(i.status for i in self.loan.items if i.archive_number == number)
            entry.setText(f"{number} — {item_status_name(status)}")
        self.files_label.setText(self.tr("&Files:"))
        self.scope_label.setText(self.tr("&Pages or part:"))
        self.scope.setPlaceholderText(self.tr("e.g. pages 3–5, the signed contract"))
        self.consent_button.setText(self.tr("&Consent to the copies"))

    def ticked(self) -> list[str]:
        return [
            self.files.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.files.count())
            if self.files.item(row).checkState() == Qt.CheckState.Checked
        ]

    def consent(self) -> None:
        files = self.ticked()
        if not files:
            notify.info(self, self.tr("Tick the files to be copied."))
            return
        lending = self._services.loans.lending
        number, scope = self.loan.number, self.scope.text()
        try:
            done = operations.call(
                self, lambda: lending.consent_copy(self._principal, number, files, scope)
            )
        except operations.Failed:
            return
        self.consented.emit(done)
        self.accept()
