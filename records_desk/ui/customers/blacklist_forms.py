"""The forms of the blacklist dialog (R-GRD-5): add an entry (scope, reason, validity — 6
months unless a shorter last day is chosen; a longer one needs the director's override
reason, which the service checks), give a reason (lifting), and re-admit (approval and the
admission checklist; always as 合格). Each form only collects values; `submitted` hands them
to the dialog, which makes the one service call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.errors import DateOutOfRange, DomainError, OfficeDateInvalid
from records_desk.domain.customers.blacklist import BlacklistScope
from records_desk.domain.customers.vocabulary import AdmissionCriterion
from records_desk.ui import notify
from records_desk.ui.customers.admin_words import blacklist_scope_name
from records_desk.ui.dialogs import make_error_label, ok_cancel, show_error
from records_desk.ui.messages import describe
from records_desk.ui.widgets.date_field import DateField
from records_desk.wording.customers.terms import criterion_name


@dataclass(frozen=True)
class CustomerChoice:
    id: int
    archive_number: str
    name: str
    department: str


@dataclass(frozen=True)
class NewEntry:
    customer_id: int
    scope: BlacklistScope
    department: str | None
    reason: str
    last_day: date | None  # None: the default validity
    override_reason: str | None


@dataclass(frozen=True)
class Readmission:
    approved_by: str
    approved_on: date
    criteria: frozenset[AdmissionCriterion]
    reason: str


class _Form(QDialog):
    submitted = Signal(object)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.buttons = ok_cancel(self, self._submit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.date_errors: list[tuple[DateField, QLabel]] = []

    def add_date_row(self, label: str, field: DateField) -> QLabel:
        """`field`'s row, and under it the line that says what is wrong with the day typed
        (beside the field, as every date field says it; never a pop-up)."""
        self.form.addRow(label, field)
        error = make_error_label()
        error.setObjectName(f"{field.objectName()}Error")
        self.form.addRow(error)
        self.date_errors.append((field, error))
        return error

    def values(self) -> object:
        raise NotImplementedError

    def _dates_read(self) -> bool:
        """Each enabled date field read; a wrong one is said under it and takes the focus."""
        wrong = False
        for field, error in self.date_errors:
            try:
                if field.isEnabled():
                    field.read()
                show_error(error, "")
            except (OfficeDateInvalid, DateOutOfRange) as e:
                show_error(error, describe(e))
                if not wrong:
                    field.setFocus()
                wrong = True
        if wrong:
            self.adjustSize()  # room for the line under the field
        return not wrong

    def _submit(self) -> None:
        if not self._dates_read():
            return
        try:
            values = self.values()
        except DomainError as unreadable:  # a date typed wrong: said, never changed (DateField)
            notify.error(self, describe(unreadable))
            return
        self.submitted.emit(values)


class AddEntryForm(_Form):
    def __init__(
        self, customer: CustomerChoice, today: date, usual: date, parent: QWidget | None
    ) -> None:
        """`usual`: the last day of an entry of the default validity starting today."""
        super().__init__(parent)
        self.setObjectName("blacklistAddForm")
        self.setWindowTitle(self.tr("Add to the blacklist"))
        self.customer = customer
        self.scope = QComboBox()
        self.scope.setObjectName("blacklistScope")
        for scope in BlacklistScope:
            self.scope.addItem(blacklist_scope_name(scope), scope)
        self.department = QLineEdit(customer.department)
        self.department.setObjectName("blacklistDepartment")
        self.reason = QLineEdit()
        self.reason.setObjectName("blacklistReason")
        self.default_validity = QCheckBox(self.tr("Six months (the usual validity)"))
        self.default_validity.setObjectName("defaultValidity")
        self.default_validity.setChecked(True)
        # Shown from the usual last day, so a shorter validity is picked by moving it back.
        # A day before today is refused as typed, never moved to today (issue 10 §2).
        self.last_day = DateField(usual, earliest=today)
        self.last_day.setObjectName("blacklistLastDay")
        self.last_day.setEnabled(False)
        self.override = QLineEdit()
        self.override.setObjectName("overrideReason")
        self.override.setPlaceholderText(self.tr("Only for more than six months: why"))
        self.default_validity.toggled.connect(lambda on: self.last_day.setEnabled(not on))
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self._scope_changed()

        self.setMinimumWidth(460)
        who = QLabel(f"{customer.archive_number}  {customer.name}")
        who.setObjectName("blacklistCustomer")
        self.form.addRow(self.tr("Customer:"), who)
        self.form.addRow(self.tr("&List:"), self.scope)
        self.form.addRow(self.tr("&Department:"), self.department)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.form.addRow(self.tr("Validity:"), self.default_validity)
        self.add_date_row(self.tr("Last &day in force:"), self.last_day)
        self.form.addRow(self.tr("Director's &override:"), self.override)

    def _scope_changed(self) -> None:
        self.department.setEnabled(self.scope.currentData() is BlacklistScope.DEPARTMENT)

    def values(self) -> NewEntry:
        scope = BlacklistScope(self.scope.currentData())
        department = self.department.text().strip() or None
        override = self.override.text().strip() or None
        last_day = None if self.default_validity.isChecked() else self.last_day.read()
        return NewEntry(
            customer_id=self.customer.id,
            scope=scope,
            department=department if scope is BlacklistScope.DEPARTMENT else None,
            reason=self.reason.text(),
            last_day=last_day,
            override_reason=override,
        )


class ReasonForm(_Form):
    def __init__(self, title: str, prompt: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonForm")
        self.setWindowTitle(title)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.form.addRow(prompt, self.reason)
        self.setMinimumWidth(420)

    def values(self) -> str:
        return self.reason.text()


class ReadmitForm(_Form):
    def __init__(self, customer: CustomerChoice, today: date, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("readmitForm")
        self.setWindowTitle(self.tr("Re-admit a customer"))
        note = QLabel(
            self.tr(
                "%1 %2 comes back as a qualified customer, after a review against the "
                "admission criteria and an approval."
            )
            .replace("%1", customer.archive_number)
            .replace("%2", customer.name)
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.approved_by = QLineEdit()
        self.approved_by.setObjectName("approvedBy")
        # An approval given, so never after today; a later day is refused as typed.
        self.approved_on = DateField(today, latest=today)
        self.approved_on.setObjectName("approvedOn")
        self.form.addRow(self.tr("Approved &by:"), self.approved_by)
        self.add_date_row(self.tr("Approved &on:"), self.approved_on)
        self.criteria: dict[AdmissionCriterion, QCheckBox] = {}
        for criterion in AdmissionCriterion:
            box = QCheckBox(criterion_name(criterion))
            box.setObjectName(f"criterion_{criterion.value}")
            self.criteria[criterion] = box
            self.form.addRow(box)
        self.reason = QLineEdit()
        self.reason.setObjectName("readmitReason")
        self.form.addRow(self.tr("&Reason:"), self.reason)

    def _approved_on(self) -> date:
        day = self.approved_on.read()
        assert day is not None  # the field is not optional
        return day

    def values(self) -> Readmission:
        return Readmission(
            approved_by=self.approved_by.text().strip(),
            approved_on=self._approved_on(),
            criteria=frozenset(c for c, box in self.criteria.items() if box.isChecked()),
            reason=self.reason.text(),
        )
