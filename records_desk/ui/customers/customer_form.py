"""The editable fields of a customer file as one form, shared by the register and change
dialogs. It only collects what was typed (lists split at commas, an event day or none); the
services normalise and check it."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.customers.limits import LIMITS, LimitedText
from records_desk.domain.customers.vocabulary import AdmissionChecklist, AdmissionCriterion
from records_desk.services.common.dto import AccountInfo
from records_desk.services.customers.dto import CustomerInfo
from records_desk.ui.dialogs import add_form_row
from records_desk.wording.customers.terms import criterion_name, field_name

# Phones and product lines are typed on one line: any of these separates two of them.
_LIST_SEPARATORS = re.compile(r"[,;、，；\n]+")
NO_DATE = QDate(1900, 1, 1)  # the date edit's minimum, shown as "—": no event day


def split_list(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in _LIST_SEPARATORS.split(text) if p.strip())


class CustomerForm(QWidget):
    """`consultants` fills the consultant box (empty: the box is hidden, the field untouched)."""

    def __init__(
        self,
        departments: list[str],
        consultants: list[AccountInfo] | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
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
        self.address = QLineEdit()
        self.id_number = QLineEdit()
        self.shelf_location = QLineEdit()
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
        self.event_date = QDateEdit()
        self.event_date.setCalendarPopup(True)
        self.event_date.setDisplayFormat("yyyy-MM-dd")
        self.event_date.setMinimumDate(NO_DATE)
        self.event_date.setSpecialValueText("—")
        self.event_date.setDate(QDate(today) if today else NO_DATE)
        self.consultant = QComboBox()
        self._consultants = consultants or []
        self.consultant.addItem("—", None)
        for account in self._consultants:
            self.consultant.addItem(f"{account.full_name} ({account.username})", account.id)

        form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
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
            self._labels[name] = add_form_row(form, field)
        if not self._consultants:
            form.setRowVisible(self.consultant, False)
        self.form = form

        self.admission_box = QGroupBox()
        box_layout = QVBoxLayout(self.admission_box)
        self.admission: dict[AdmissionCriterion, QCheckBox] = {}
        for criterion in AdmissionCriterion:
            check = QCheckBox()
            check.setObjectName(f"admission_{criterion.value}")
            self.admission[criterion] = check
            box_layout.addWidget(check)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.admission_box)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for name, label in self._labels.items():
            label.setText(field_name(name) + ":")
        self.phones.setPlaceholderText(self.tr("Several numbers separated by commas"))
        self.product_lines.setPlaceholderText(self.tr("Separated by commas"))
        self.admission_box.setTitle(field_name("admission"))
        for criterion, check in self.admission.items():
            check.setText(criterion_name(criterion))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- values -----------------------------------------------------------------------------
    def event_day(self) -> date | None:
        value = self.event_date.date()
        if value == NO_DATE:
            return None
        day = value.toPython()
        return day if isinstance(day, date) else None

    def checklist(self) -> AdmissionChecklist:
        return AdmissionChecklist(
            frozenset(c for c, box in self.admission.items() if box.isChecked())
        )

    def values(self) -> dict[str, Any]:
        """The editable fields as CustomerService takes them (EditableField names)."""
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
            "event_date": self.event_day(),
            "admission": self.checklist(),
        }
        if self._consultants:
            values["consultant_id"] = self.consultant.currentData()
        return values

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
        self.event_date.setDate(QDate(info.event_date) if info.event_date else NO_DATE)
        for criterion, check in self.admission.items():
            check.setChecked(criterion in info.admission.met)
        at = self.consultant.findData(info.consultant_id)
        self.consultant.setCurrentIndex(max(at, 0))
