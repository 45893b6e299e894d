"""The editable fields of a customer file as one form, shared by the register and change
dialogs: the fields on the left, the admission checklist on the right (two columns, so the
dialogs fit a 1366×768 screen with a taskbar). It collects what was typed (lists split at
commas, an event day or none) and shows what is wrong with it beside each field, every
problem at once, the first wrong field focused (issue 10 §2); the services check it again.

`ask()` is the dialogs' yes/no question (discard a changed form, register anyway), opened
window-modal with open(), never exec(), so a headless test can answer it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.errors import DomainError
from records_desk.domain.customers.hand_entry import FieldProblem, entry_problems
from records_desk.domain.customers.limits import LIMITS, LimitedText
from records_desk.domain.customers.vocabulary import AdmissionChecklist, AdmissionCriterion
from records_desk.services.common.dto import AccountInfo
from records_desk.services.customers.dto import CustomerInfo
from records_desk.ui.dialogs import ERROR_STYLE
from records_desk.ui.messages import describe
from records_desk.ui.widgets.date_field import DateField
from records_desk.wording.customers.terms import criterion_name, field_name

# Phones and product lines are typed on one line: any of these separates two of them.
_LIST_SEPARATORS = re.compile(r"[,;、，；\n]+")
EXTENSION_EXAMPLE = "分機 12"  # how offices write an extension, in any language


def split_list(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in _LIST_SEPARATORS.split(text) if p.strip())


def ask(
    parent: QWidget, title: str, text: str, yes: str, no: str, on_yes: Callable[[], object]
) -> QMessageBox:
    """A question whose "yes" runs `on_yes`; "no" (or Esc) leaves everything as it is."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName("askBox")
    box.setTextFormat(Qt.TextFormat.RichText if text.startswith("<") else Qt.TextFormat.AutoText)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    yes_button.setObjectName("yesButton")
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    no_button.setObjectName("noButton")
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def answered(_: int) -> None:
        said_yes = box.clickedButton() is yes_button
        box.deleteLater()
        if said_yes:
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box


def reject_unless_typed(
    dialog: QWidget, unchanged: bool, question: str, close: Callable[[], object]
) -> None:
    """Esc, Cancel or the window's close: `close` at once when nothing was typed, else ask
    `question` first (Discard / Keep editing)."""
    if unchanged:
        close()
        return
    ask(
        dialog,
        dialog.windowTitle(),
        question,
        QCoreApplication.translate("CustomerForm", "&Discard"),
        QCoreApplication.translate("CustomerForm", "&Keep editing"),
        close,
    )


class CustomerForm(QWidget):
    """`consultants` fills the consultant box (empty: the box is hidden, the field untouched).
    `latest_event`: the last day an event may be on (today for a new file, the day a file was
    entered for a change)."""

    def __init__(
        self,
        departments: list[str],
        consultants: list[AccountInfo] | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
        latest_event: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.latest_event = latest_event or today or date.today()
        self.name = QLineEdit()
        self.name.setObjectName("nameEdit")
        self.department = QComboBox()
        self.department.setObjectName("departmentEdit")
        self.department.setEditable(True)
        self.department.addItems(departments)
        self.department.setCurrentText("")
        self.product_lines = QLineEdit()
        self.contact_person = QLineEdit()
        self.phones = QLineEdit()
        self.phones.setObjectName("phonesEdit")
        self.email = QLineEdit()
        self.email.setObjectName("emailEdit")
        self.address = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setObjectName("idNumberEdit")
        self.shelf_location = QLineEdit()
        self.shelf_location.setObjectName("shelfEdit")
        for edit, limited in (  # what the service accepts (domain.limits); lists it checks
            (self.name, LimitedText.NAME),
            (self.contact_person, LimitedText.CONTACT_PERSON),
            (self.email, LimitedText.EMAIL),
            (self.address, LimitedText.ADDRESS),
            (self.id_number, LimitedText.ID_NUMBER),
            (self.shelf_location, LimitedText.SHELF_LOCATION),
        ):
            edit.setMaxLength(LIMITS[limited])
        if (department := self.department.lineEdit()) is not None:
            department.setMaxLength(LIMITS[LimitedText.DEPARTMENT])
        # Not bounded in the widget: a day out of range is refused as typed (never clamped).
        self.event_date = DateField(today, optional=True)
        self.event_date.setObjectName("eventDateField")
        self.event_date.edit.setObjectName("eventDateEdit")
        self.consultant = QComboBox()
        self._consultants = consultants or []
        self.consultant.addItem("—", None)
        for account in self._consultants:
            self.consultant.addItem(f"{account.full_name} ({account.username})", account.id)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._rows: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        for name, field in (
            ("name", self.name),
            ("department", self.department),
            ("product_lines", self.product_lines),
            ("contact_person", self.contact_person),
            ("phones", self.phones),
            ("email", self.email),
            ("address", self.address),
            ("id_number", self.id_number),
            ("consultant_id", self.consultant),
            ("shelf_location", self.shelf_location),
            ("event_date", self.event_date),
        ):
            self._labels[name] = self.add_row(form, name, field)
        if not self._consultants:
            form.setRowVisible(self._rows["consultant_id"], False)
        self.form = form

        self.admission_box = QGroupBox()
        box_layout = QVBoxLayout(self.admission_box)
        self.admission: dict[AdmissionCriterion, QCheckBox] = {}
        for criterion in AdmissionCriterion:
            check = QCheckBox()
            check.setObjectName(f"admission_{criterion.value}")
            self.admission[criterion] = check
            box_layout.addWidget(check)
        admission_error = QLabel()
        admission_error.setObjectName("admissionError")
        admission_error.setStyleSheet(ERROR_STYLE)
        admission_error.setWordWrap(True)
        admission_error.hide()
        box_layout.addWidget(admission_error)
        box_layout.addStretch(1)
        self._fields["admission"] = next(iter(self.admission.values()))
        self._errors["admission"] = admission_error

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 3)
        layout.addWidget(self.admission_box, 2, Qt.AlignmentFlag.AlignTop)
        self.retranslate_ui()

    def add_row(self, form: QFormLayout, name: str, field: QWidget, row: int = -1) -> QLabel:
        """A labelled row whose field has its error line under it (hidden until needed)."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(field)
        error = QLabel()
        error.setObjectName(f"{name}Error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        label = QLabel()
        label.setBuddy(field)
        form.insertRow(row, label, holder)
        self._fields[name], self._rows[name], self._errors[name] = field, holder, error
        return label

    def retranslate_ui(self) -> None:
        for name, label in self._labels.items():
            label.setText(field_name(name) + ":")
        # A placeholder short enough to be read whole in the field; the whole rule as its tip.
        self.phones.setPlaceholderText(self.tr("Separated by commas"))
        self.phones.setToolTip(
            self.tr("Several numbers separated by commas; an extension as %1").replace(
                "%1", EXTENSION_EXAMPLE
            )
        )
        self.product_lines.setPlaceholderText(self.tr("Separated by commas"))
        self.email.setPlaceholderText("name@example.com.tw")
        self.admission_box.setTitle(field_name("admission"))
        for criterion, check in self.admission.items():
            check.setText(criterion_name(criterion))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- values -----------------------------------------------------------------------------
    def checklist(self) -> AdmissionChecklist:
        return AdmissionChecklist(
            frozenset(c for c, box in self.admission.items() if box.isChecked())
        )

    def values(self) -> dict[str, Any]:
        """The editable fields as CustomerService takes them (EditableField names). An event
        date that cannot be read is left out: `problems()` reports it."""
        values: dict[str, Any] = {
            "name": self.name.text(),
            "department": self.department.currentText(),
            "product_lines": split_list(self.product_lines.text()),
            "contact_person": self.contact_person.text(),
            "phones": split_list(self.phones.text()),
            "email": self.email.text(),
            "address": self.address.text(),
            "id_number": self.id_number.text(),
            "shelf_location": self.shelf_location.text(),
            "admission": self.checklist(),
        }
        try:
            values["event_date"] = self.event_date.read()
        except DomainError:
            pass
        if self._consultants:
            values["consultant_id"] = self.consultant.currentData()
        return values

    def problems(self, values: dict[str, Any] | None = None) -> list[FieldProblem]:
        """Everything hand entry refuses in what is typed, in the form's order."""
        values = self.values() if values is None else values
        found = list(entry_problems(values, self.latest_event))
        try:
            self.event_date.read()
        except DomainError as unreadable:
            found.append(FieldProblem("event_date", unreadable))
        order = list(self._fields)
        return sorted(found, key=lambda p: order.index(p.field) if p.field in order else 99)

    def show_problems(self, problems: Iterable[FieldProblem]) -> bool:
        """Each problem under its field, the others cleared; the first wrong field focused.
        False when there were none."""
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(describe(problem.error))
        for name, label in self._errors.items():
            text = "\n".join(by_field.get(name, []))
            label.setText(text)
            label.setVisible(bool(text))
        first = next((n for n in self._fields if n in by_field), None)
        if first is not None:
            field = self._fields[first]
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()
        return first is not None

    def error_text(self, name: str) -> str:
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""

    def state(self) -> tuple[object, ...]:
        """Everything typed, to tell whether the form was changed since it was shown."""
        texts = (
            self.name.text(),
            self.department.currentText(),
            self.product_lines.text(),
            self.contact_person.text(),
            self.phones.text(),
            self.email.text(),
            self.address.text(),
            self.id_number.text(),
            self.shelf_location.text(),
            self.event_date.text(),
            self.consultant.currentIndex(),
        )
        return (*texts, *(box.isChecked() for box in self.admission.values()))

    def set_values(self, info: CustomerInfo) -> None:
        self.name.setText(info.name)
        self.department.setCurrentText(info.department)
        self.product_lines.setText(", ".join(info.product_lines))
        self.contact_person.setText(info.contact_person)
        self.phones.setText(", ".join(info.phones))
        self.email.setText(info.email)
        self.address.setText(info.address)
        self.id_number.setText(info.id_number)
        self.shelf_location.setText(info.shelf_location)
        self.event_date.set_date(info.event_date)
        for criterion, check in self.admission.items():
            check.setChecked(criterion in info.admission.met)
        at = self.consultant.findData(info.consultant_id)
        self.consultant.setCurrentIndex(max(at, 0))
