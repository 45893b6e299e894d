"""Taking files back (R-LOAN-5, R-LOAN-7): scan each folder label (the loan and borrower it was
out with are shown), note its condition, and for any damage a fine of 100–500 yuan with a
reason — or, for the general manager and the customer director, a waiver with a reason. Take
back records every file in one service call (all or none), then each file's shelf is shown in
large type until the archivist confirms it is back in its place. Esc asks when files were
scanned and not yet taken back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.roles import Role
from records_desk.domain.loans.errors import FINE_MAX, FINE_MIN  # R-LOAN-7, the rule's bounds
from records_desk.domain.loans.vocabulary import Condition
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.common.ask import ask
from records_desk.ui.common.table import shown
from records_desk.ui.loans.reshelve_panel import ReshelvePanel
from records_desk.ui.loans.scan_field import ScanField
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.loans.terms import condition_name

if TYPE_CHECKING:
    from records_desk.services.loans.dto import ReturnedItem, ReturnLine, ScannedFile

DIRECTORS = frozenset({Role.GENERAL_MANAGER, Role.CUSTOMER_DIRECTOR})


class Col:
    FILE, LOAN, BORROWER, CONDITION, FINE, REASON, WAIVE = range(7)


class ReturnDialog(RememberingDialog):
    """`returned(list[ReturnedItem])` once the files are taken back; `reshelved(str)` per
    file confirmed back in place."""

    geometry_key = "loan_return"
    returned = Signal(object)
    reshelved = Signal(str)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("returnDialog")
        self._services = services
        self._principal = principal
        self._leaving = False
        self._may_waive = principal.role in DIRECTORS
        self.done_items: list[ReturnedItem] = []
        self._build()
        self.retranslate_ui()
        self.resize(1000, 600)
        self.scan.setFocus()

    def _build(self) -> None:
        scans = self._services.loans.scans
        self.scan = ScanField(lambda text: scans.returnable(self._principal, text))
        self.scan.scanned.connect(self._add)
        self.files = QTableWidget(0, 7)
        self.files.setObjectName("returnFiles")
        self.files.setTabKeyNavigation(False)  # Tab goes on to each row's condition, fine …
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.verticalHeader().hide()
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(Col.REASON, QHeaderView.ResizeMode.Stretch)
        self.files.setColumnWidth(Col.FILE, 130)
        self.files.setColumnWidth(Col.LOAN, 130)
        self.files.setColumnWidth(Col.BORROWER, 140)
        self.files.setColumnWidth(Col.CONDITION, 150)
        self.files.setColumnWidth(Col.FINE, 90)
        self.files.setColumnHidden(Col.WAIVE, not self._may_waive)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeFile")
        self.remove_button.clicked.connect(self.remove_selected)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5d4300;")
        self.problem = QLabel()
        self.problem.setObjectName("returnProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c; font-weight: bold;")
        scan_page = QWidget()
        scan_layout = QVBoxLayout(scan_page)
        scan_layout.setContentsMargins(0, 0, 0, 0)
        scan_layout.addWidget(self.scan)
        scan_layout.addWidget(self.files, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        scan_layout.addLayout(remove_row)
        scan_layout.addWidget(self.hint)
        scan_layout.addWidget(self.problem)

        self.reshelve = ReshelvePanel(self._confirm)
        self.reshelve.confirmed.connect(self.reshelved)
        self.pages = QStackedWidget()
        self.pages.addWidget(scan_page)
        self.pages.addWidget(self.reshelve)

        self.buttons = QDialogButtonBox()
        self.take_back_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_back_button.setObjectName("takeBackButton")
        self.take_back_button.setAutoDefault(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.take_back)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Take files back"))
        self.scan.retranslate_ui(
            self.tr("&Scan:"), self.tr("Scan a label, or type the archive no. and Enter")
        )
        self.files.setHorizontalHeaderLabels(
            [
                self.tr("Archive no."),
                self.tr("Loan no."),
                self.tr("Borrower"),
                self.tr("Condition"),
                self.tr("Fine (yuan)"),
                self.tr("Reason for the fine or waiver"),
                self.tr("Waive"),
            ]
        )
        self.remove_button.setText(self.tr("&Remove from list"))
        self.hint.setText(
            self.tr(
                "A file back marked, torn, folded or with pages removed needs a fine of "
                "100–500 yuan and its reason, or a waiver with its reason (general manager "
                "or customer director only)."
            )
        )
        self.take_back_button.setText(self.tr("&Take back"))
        if self.pages.currentIndex() == 1:
            self.close_button.setText(self.tr("&Close"))
        for row in range(self.files.rowCount()):
            combo = self._combo(row)
            for i, condition in enumerate(Condition):
                combo.setItemText(i, condition_name(condition))

    # -- the list ---------------------------------------------------------------------------
    def _combo(self, row: int) -> QComboBox:
        widget = self.files.cellWidget(row, Col.CONDITION)
        assert isinstance(widget, QComboBox)
        return widget

    def _fine(self, row: int) -> QSpinBox:
        widget = self.files.cellWidget(row, Col.FINE)
        assert isinstance(widget, QSpinBox)
        return widget

    def _reason(self, row: int) -> QLineEdit:
        widget = self.files.cellWidget(row, Col.REASON)
        assert isinstance(widget, QLineEdit)
        return widget

    def _waive(self, row: int) -> QCheckBox:
        widget = self.files.cellWidget(row, Col.WAIVE)
        assert isinstance(widget, QCheckBox)
        return widget

    def _add(self, found: ScannedFile) -> None:
        row = self.files.rowCount()
        self.files.insertRow(row)
        texts = (found.archive_number, found.loan_number, found.borrower)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, text)
            if found.overdue and column == Col.FILE:
                item.setText(f"⚠ {text}")
                item.setToolTip(self.tr("Overdue since %1").replace("%1", shown(found.due)))
            self.files.setItem(row, column, item)
        combo = QComboBox()
        combo.setObjectName(f"condition_{found.archive_number}")
        for condition in Condition:
            combo.addItem(condition_name(condition), condition.value)
        fine = QSpinBox()
        fine.setObjectName(f"fine_{found.archive_number}")
        fine.setRange(0, FINE_MAX)
        fine.setSingleStep(50)
        fine.setSpecialValueText("—")
        reason = QLineEdit()
        reason.setObjectName(f"reason_{found.archive_number}")
        reason.setMaxLength(200)
        waive = QCheckBox()
        waive.setObjectName(f"waive_{found.archive_number}")
        self.files.setCellWidget(row, Col.CONDITION, combo)
        self.files.setCellWidget(row, Col.FINE, fine)
        self.files.setCellWidget(row, Col.REASON, reason)
        self.files.setCellWidget(row, Col.WAIVE, waive)
        # Tab from the list walks each row's condition, fine, reason and waiver, then on.
        before = self._waive(row - 1) if row else self.files
        chain = (before, combo, fine, reason, waive, self.remove_button)
        for earlier, later in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(earlier, later)
        combo.currentIndexChanged.connect(lambda _i: self._update_rows())
        waive.toggled.connect(lambda _on: self._update_rows())
        self._update_rows()
        self.problem.clear()

    def _update_rows(self) -> None:
        """A fine and a reason only for damage; a waiver instead of a fine."""
        for row in range(self.files.rowCount()):
            damaged = self._combo(row).currentData() != Condition.OK.value
            waived = self._waive(row).isChecked()
            fine = self._fine(row)
            if damaged and not waived and fine.value() == 0:
                fine.setValue(FINE_MIN)
            if not damaged or waived:
                fine.setValue(0)
            fine.setEnabled(damaged and not waived)
            self._reason(row).setEnabled(damaged)
            self._waive(row).setEnabled(damaged and self._may_waive)
            self._reason(row).setPlaceholderText(
                self.tr("Why waived") if waived else self.tr("Why fined") if damaged else ""
            )

    def file_numbers(self) -> list[str]:
        column = Col.FILE
        role = Qt.ItemDataRole.UserRole
        items = (self.files.item(r, column) for r in range(self.files.rowCount()))
        return [item.data(role) for item in items if item is not None]

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.files.selectedIndexes()}, reverse=True)
        numbers = self.file_numbers()
        for row in rows:
            self.scan.forget(numbers[row])
            self.files.removeRow(row)
        self.scan.setFocus()

    def lines(self) -> list[ReturnLine]:
        from dataclasses import replace

        from records_desk.services.loans.dto import ReturnLine

        lines = []
        for row, number in enumerate(self.file_numbers()):
            condition = Condition(self._combo(row).currentData())
            reason = self._reason(row).text().strip() or None
            # The loan the row shows: a file another desk took back since is then refused
            # (issue 15 §3), never taken back from another loan.
            loan_item = self.files.item(row, Col.LOAN)
            shown = loan_item.data(Qt.ItemDataRole.UserRole) if loan_item else ""
            if condition is Condition.OK:
                line = ReturnLine(number)
            elif self._waive(row).isChecked():
                line = ReturnLine(number, condition, waive_reason=reason or "")
            else:
                fine = self._fine(row).value() or None
                line = ReturnLine(number, condition, fine, reason)
            lines.append(replace(line, loan_number=shown or ""))
        return lines

    # -- taking back, then re-shelving ------------------------------------------------------
    def take_back(self) -> None:
        if self.pages.currentIndex() == 1:
            return
        lines = self.lines()
        if not lines:
            self.problem.setText(self.tr("Scan at least one file first."))
            self.scan.setFocus()
            return
        returns = self._services.loans.returns
        try:
            done = operations.call(self, lambda: returns.take_back_lines(self._principal, lines))
        except operations.Failed:
            return
        self.done_items = done
        self.returned.emit(done)
        self.reshelve.set_items(done)
        self.pages.setCurrentIndex(1)
        self.take_back_button.hide()
        self.close_button.setText(self.tr("&Close"))
        self.reshelve.confirm_button.setFocus()

    def _confirm(self, archive_number: str, scanned_shelf: str | None) -> object:
        returns = self._services.loans.returns
        return returns.confirm_reshelved(self._principal, archive_number, scanned_shelf)

    def reject(self) -> None:
        if self.pages.currentIndex() == 0 and self.files.rowCount() and not self._leaving:
            count = self.files.rowCount()
            text = (
                self.tr("Drop the file scanned and close without taking it back?")
                if count == 1
                else self.tr("Drop the %1 files scanned and close without taking them back?")
            )
            ask(self, text.replace("%1", str(count)), self._leave)
            return
        super().reject()

    def _leave(self) -> None:
        self._leaving = True
        self.reject()
