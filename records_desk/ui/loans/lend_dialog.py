"""Lending files (R-LOAN-1…4, R-LOAN-9), the archivist's counter work: scan the folder labels
(each Enter adds a file, or says next to the field why it cannot go out), pick the borrower —
a member of staff, or a person from outside the company (whose loan waits for the general
manager or the customer director, R-LOAN-3) — the purpose and the kind of loan (read in the
room until closing time, or taken out until a day, R-LOAN-2); Lend registers it with one
service call and opens the 借閱單 for signature. Esc asks before dropping scanned files."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.errors import DomainError
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.common.ask import ask
from records_desk.ui.loans.scan_field import ScanField
from records_desk.ui.widgets.date_field import DateField
from records_desk.ui.widgets.dialog import RememberingDialog

if TYPE_CHECKING:
    from records_desk.services.loans.dto import LoanInfo, ScannedFile, StaffChoice

HINT = "color: #5d4300;"


class LendDialog(RememberingDialog):
    """`lent(LoanInfo)` once the loan is registered."""

    geometry_key = "loan_lend"
    lent = Signal(object)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("lendDialog")
        self._services = services
        self._principal = principal
        self._leaving = False
        self.loan: LoanInfo | None = None
        self.staff: list[StaffChoice] = []
        self._build()
        self.retranslate_ui()
        self.resize(860, 640)
        self._load_staff()
        self.scan.setFocus()

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        scans = self._services.loans.scans
        self.scan = ScanField(lambda text: scans.lendable(self._principal, text))
        self.scan.scanned.connect(self._add)
        self.files = QTableWidget(0, 3)
        self.files.setObjectName("lendFiles")
        self.files.setTabKeyNavigation(False)  # Tab leaves the list for the borrower
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.verticalHeader().hide()
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.files.setMinimumHeight(120)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeFile")
        self.remove_button.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.files)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.files_box = QGroupBox()
        files_layout = QVBoxLayout(self.files_box)
        files_layout.addWidget(self.scan)
        files_layout.addWidget(self.files, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        files_layout.addLayout(remove_row)

        self.borrower_box = QGroupBox()
        self.staff_radio = QRadioButton()
        self.staff_radio.setObjectName("staffBorrower")
        self.external_radio = QRadioButton()
        self.external_radio.setObjectName("externalBorrower")
        self.staff_radio.setChecked(True)
        who = QButtonGroup(self)
        who.addButton(self.staff_radio)
        who.addButton(self.external_radio)
        self.staff_combo = QComboBox()
        self.staff_combo.setObjectName("staffPicker")
        self.staff_combo.setEditable(True)
        self.staff_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.staff_combo.completer()
        assert completer is not None  # an editable combo has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("externalName")
        self.org_edit = QLineEdit()
        self.org_edit.setObjectName("externalOrganisation")
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("externalIdNumber")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("externalPhone")
        for edit in (self.name_edit, self.org_edit, self.id_edit, self.phone_edit):
            edit.setMaxLength(200)
        self.external_form = QFormLayout()
        self.name_label, self.org_label = QLabel(), QLabel()
        self.id_label, self.phone_label = QLabel(), QLabel()
        self.external_form.addRow(self.name_label, self.name_edit)
        self.external_form.addRow(self.org_label, self.org_edit)
        self.external_form.addRow(self.id_label, self.id_edit)
        self.external_form.addRow(self.phone_label, self.phone_edit)
        self.approval_hint = QLabel()
        self.approval_hint.setWordWrap(True)
        self.approval_hint.setStyleSheet(HINT)
        borrower_layout = QVBoxLayout(self.borrower_box)
        staff_row = QHBoxLayout()
        staff_row.addWidget(self.staff_radio)
        staff_row.addWidget(self.staff_combo, 1)
        borrower_layout.addLayout(staff_row)
        borrower_layout.addWidget(self.external_radio)
        borrower_layout.addLayout(self.external_form)
        borrower_layout.addWidget(self.approval_hint)
        self.staff_radio.toggled.connect(lambda _on: self._update())

        self.loan_box = QGroupBox()
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setObjectName("loanPurpose")
        self.purpose_edit.setMaxLength(200)
        self.in_room_radio = QRadioButton()
        self.in_room_radio.setObjectName("inRoom")
        self.take_out_radio = QRadioButton()
        self.take_out_radio.setObjectName("takeOut")
        self.in_room_radio.setChecked(True)
        kind = QButtonGroup(self)
        kind.addButton(self.in_room_radio)
        kind.addButton(self.take_out_radio)
        today = office_day(self._services.ctx.now())
        self.due_field = DateField(today + timedelta(days=7), earliest=today)
        self.due_field.setObjectName("dueDate")
        self.kind_hint = QLabel()
        self.kind_hint.setWordWrap(True)
        self.kind_hint.setStyleSheet(HINT)
        self.take_out_radio.toggled.connect(lambda _on: self._update())
        loan_form = QFormLayout(self.loan_box)
        self.purpose_label, self.kind_label, self.due_label = QLabel(), QLabel(), QLabel()
        self.purpose_label.setBuddy(self.purpose_edit)
        kinds = QHBoxLayout()
        kinds.addWidget(self.in_room_radio)
        kinds.addWidget(self.take_out_radio)
        kinds.addStretch(1)
        loan_form.addRow(self.purpose_label, self.purpose_edit)
        loan_form.addRow(self.kind_label, kinds)
        loan_form.addRow(self.due_label, self.due_field)
        loan_form.addRow(self.kind_hint)

        self.problem = QLabel()
        self.problem.setObjectName("lendProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.buttons = QDialogButtonBox()
        self.lend_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.lend_button.setObjectName("lendButton")
        self.lend_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.lend)
        self.buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(self.borrower_box)
        right.addWidget(self.loan_box)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.files_box, 1)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Lend files"))
        self.files_box.setTitle(self.tr("Files"))
        self.scan.retranslate_ui(
            self.tr("&Scan:"), self.tr("Scan a label, or type the archive no. and Enter")
        )
        self.files.setHorizontalHeaderLabels(
            [self.tr("Archive no."), self.tr("Customer"), self.tr("Shelf")]
        )
        self.remove_button.setText(self.tr("&Remove from list"))
        self.borrower_box.setTitle(self.tr("Borrower"))
        self.staff_radio.setText(self.tr("S&taff:"))
        edit = self.staff_combo.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Name or user name"))
        self.external_radio.setText(self.tr("From &outside the company:"))
        self.name_label.setText(self.tr("Name:"))
        self.org_label.setText(self.tr("Organisation:"))
        self.id_label.setText(self.tr("ID number:"))
        self.phone_label.setText(self.tr("Phone:"))
        self.loan_box.setTitle(self.tr("Loan details"))
        self.purpose_label.setText(self.tr("&Purpose:"))
        self.purpose_edit.setPlaceholderText(self.tr("What the files are needed for"))
        self.kind_label.setText(self.tr("Kind:"))
        self.in_room_radio.setText(self.tr("Read &in the room"))
        self.take_out_radio.setText(self.tr("Ta&ke out"))
        self.due_label.setText(self.tr("&Due:"))
        self.due_label.setBuddy(self.due_field)
        self.lend_button.setText(self.tr("&Lend and print slip"))
        self.due_field.retranslate_ui()
        self._update()

    def _update(self) -> None:
        external = self.external_radio.isChecked()
        self.staff_combo.setEnabled(not external)
        for edit in (self.name_edit, self.org_edit, self.id_edit, self.phone_edit):
            edit.setEnabled(external)
        self.approval_hint.setText(
            self.tr(
                "A loan to someone from outside the company waits for the general manager's "
                "or the customer director's approval; the files stay in until then."
            )
            if external
            else ""
        )
        self.approval_hint.setVisible(external)
        take_out = self.take_out_radio.isChecked()
        self.due_field.setEnabled(take_out)
        self.kind_hint.setText(
            self.tr("Due back by closing time on the day given.")
            if take_out
            else self.tr("Read in the archive room; due back at closing time today.")
        )

    # -- files ------------------------------------------------------------------------------
    def _load_staff(self) -> None:
        scans = self._services.loans.scans
        try:
            self.staff = scans.staff(self._principal)
        except DomainError:
            self.staff = []
        self.staff_combo.clear()
        for choice in self.staff:
            self.staff_combo.addItem(choice.display, choice.username)
        self.staff_combo.setCurrentIndex(-1)

    def _add(self, found: ScannedFile) -> None:
        row = self.files.rowCount()
        self.files.insertRow(row)
        for column, text in enumerate((found.archive_number, found.title, found.shelf_location)):
            self.files.setItem(row, column, QTableWidgetItem(text))
        self.problem.clear()

    def numbers(self) -> list[str]:
        items = (self.files.item(r, 0) for r in range(self.files.rowCount()))
        return [item.text() for item in items if item is not None]

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.files.selectedIndexes()}, reverse=True)
        numbers = self.numbers()
        for row in rows:
            self.scan.forget(numbers[row])
            self.files.removeRow(row)
        self.scan.setFocus()

    # -- lending ----------------------------------------------------------------------------
    def _staff_username(self) -> str:
        text = self.staff_combo.currentText().strip()
        for choice in self.staff:
            if text in (choice.display, choice.username, choice.full_name):
                return choice.username
        return text

    def lend(self) -> None:
        from records_desk.domain.loans.lending import external_borrower
        from records_desk.domain.loans.vocabulary import LoanKind

        numbers = self.numbers()
        if not numbers:
            self.problem.setText(self.tr("Scan at least one file first."))
            self.scan.setFocus()
            return
        take_out = self.take_out_radio.isChecked()
        lending = self._services.loans.lending

        def register() -> LoanInfo:
            if self.external_radio.isChecked():
                borrower: object = external_borrower(
                    self.name_edit.text(),
                    self.org_edit.text(),
                    self.id_edit.text(),
                    self.phone_edit.text(),
                )
            else:
                borrower = self._staff_username()
            due = self.due_field.read() if take_out else None
            kind = LoanKind.TAKE_OUT if take_out else LoanKind.IN_ROOM
            return lending.lend(
                self._principal,
                numbers,
                borrower,  # type: ignore[arg-type]
                self.purpose_edit.text(),
                kind,
                due,
            )

        try:
            self.loan = operations.call(self, register)
        except operations.Failed:
            return
        self.lent.emit(self.loan)
        self._leaving = True
        self.accept()

    def reject(self) -> None:
        if self.numbers() and not self._leaving:
            count = len(self.numbers())
            text = (
                self.tr("Drop the file scanned and close without lending it?")
                if count == 1
                else self.tr("Drop the %1 files scanned and close without lending them?")
            )
            ask(self, text.replace("%1", str(count)), self._leave)
            return
        super().reject()

    def _leave(self) -> None:
        self._leaving = True
        self.reject()
