"""New file… (R-CUS-1, R-CUS-2, R-GRD-1): the archivist enters a customer file; the service
issues its archive number, which the dialog shows with the shelf location before closing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.customers.vocabulary import (
    AdmissionChecklist,
    ProspectLevel,
    RecordType,
    admission_required,
)
from records_desk.services.common.dto import AccountInfo, Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerDraft, CustomerInfo
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.customers.customer_form import CustomerForm
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.customers.terms import field_name, record_type_name


class RegisterDialog(RememberingDialog):
    """Emits `registered(CustomerInfo)` once the file is saved."""

    geometry_key = "customer_register"
    registered = Signal(object)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        departments: list[str],
        consultants: list[AccountInfo] | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("registerCustomerDialog")
        self._services = services
        self._principal = principal
        self.record_type = QComboBox()
        self.record_type.setObjectName("recordTypeCombo")
        for record_type in RecordType:
            self.record_type.addItem("", record_type)
        self.prospect = QComboBox()
        self.prospect.addItem("—", None)
        for level in ProspectLevel:
            self.prospect.addItem(level.value, level)
        self.old_number = QLineEdit()
        self.old_number.setObjectName("oldArchiveNumberEdit")
        self.form = CustomerForm(departments, consultants, today)
        # The file's kind first, in the same form so the labels line up.
        self._type_label, self._prospect_label, self._number_label = QLabel(), QLabel(), QLabel()
        for row, (label, field) in enumerate(
            (
                (self._type_label, self.record_type),
                (self._prospect_label, self.prospect),
                (self._number_label, self.old_number),
            )
        ):
            label.setBuddy(field)
            self.form.form.insertRow(row, label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.record_type.currentIndexChanged.connect(self._type_changed)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.form)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._type_changed()
        self.resize(560, 720)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New customer file"))
        self._type_label.setText(field_name("record_type") + ":")
        self._prospect_label.setText(field_name("prospect_level") + ":")
        self._number_label.setText(self.tr("Existing archive number:"))
        self.old_number.setPlaceholderText(
            self.tr("Only for an old file that already has one; otherwise it is issued")
        )
        for index in range(self.record_type.count()):
            self.record_type.setItemText(index, record_type_name(self.record_type.itemData(index)))

    def _type_changed(self) -> None:
        # R-GRD-1: the checklist belongs to admitted record types only.
        self.form.admission_box.setVisible(admission_required(self.chosen_type()))

    def chosen_type(self) -> RecordType:
        # Qt hands enum members back as plain strings.
        return RecordType(self.record_type.currentData())

    def draft(self) -> CustomerDraft:
        values = self.form.values()
        record_type = self.chosen_type()
        prospect = self.prospect.currentData()
        return CustomerDraft(
            record_type=record_type,
            name=values["name"],
            department=values["department"],
            product_lines=values["product_lines"],
            contact_person=values["contact_person"],
            phones=values["phones"],
            email=values["email"],
            address=values["address"],
            id_number=values["id_number"],
            consultant_id=values.get("consultant_id"),
            prospect_level=ProspectLevel(prospect) if prospect else None,
            admission=values["admission"]
            if admission_required(record_type)
            else AdmissionChecklist(),
            shelf_location=values["shelf_location"],
            event_date=values["event_date"],
            archive_number=self.old_number.text().strip() or None,
        )

    def save(self) -> None:
        draft = self.draft()
        try:
            info: CustomerInfo = operations.call(
                self, lambda: self._services.customers.files.register(self._principal, draft)
            )
        except operations.Failed:
            return
        self.registered.emit(info)
        text = self.tr("Registered as %1. Shelf location: %2.")
        text = text.replace("%1", info.archive_number).replace("%2", info.shelf_location or "—")
        notify.info(self.parentWidget(), text)
        self.accept()
