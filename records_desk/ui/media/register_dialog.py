"""Registering a medium (R-MED-1): its type (the number's prefix follows), the owning
department, whether it is classified (涉密; it stays so for ever, R-MED-4), and what identifies
it — brand, model, serial number, capacity — with where it is kept and, if one is named, its
custodian (保管人: one of the active accounts; the register prints the name). The number is given by
the service and shown once registered; the medium is then `registered`, to be prepared
(R-MED-2) before it is issued."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.media.vocabulary import PREFIXES, MediumType
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.media.terms import type_name

if TYPE_CHECKING:
    from records_desk.services.media.search import Person


class RegisterMediumDialog(RememberingDialog):
    """`registered(MediumInfo)` once the service has numbered the medium."""

    registered = Signal(object)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        departments: Iterable[str] = (),
        parent: QWidget | None = None,
        people: Iterable[Person] = (),
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("registerMediumDialog")
        self._services = services
        self._principal = principal
        self.media_type = QComboBox()
        self.media_type.setObjectName("mediumType")
        for kind in MediumType:
            self.media_type.addItem("", kind)
        self.department = QComboBox()
        self.department.setObjectName("mediumDepartment")
        self.department.setEditable(True)
        self.department.addItems(list(departments))
        self.department.setCurrentText("")
        self.classified = QCheckBox()
        self.classified.setObjectName("mediumClassified")
        self.brand, self.model = QLineEdit(), QLineEdit()
        self.serial, self.capacity, self.location = QLineEdit(), QLineEdit(), QLineEdit()
        for name, edit in (
            ("mediumBrand", self.brand),
            ("mediumModel", self.model),
            ("mediumSerial", self.serial),
            ("mediumCapacity", self.capacity),
            ("mediumLocation", self.location),
        ):
            edit.setObjectName(name)
            edit.setMaxLength(100)
        self.custodian = QComboBox()  # the active accounts; none chosen: no custodian yet
        self.custodian.setObjectName("mediumCustodian")
        self.custodian.addItem("", None)
        for person in people:
            self.custodian.addItem(person.display, person.username)
        self.labels = [QLabel() for _ in range(9)]
        form = QFormLayout()
        fields: list[QWidget] = [
            self.media_type,
            self.department,
            self.classified,
            self.brand,
            self.model,
            self.serial,
            self.capacity,
            self.location,
            self.custodian,
        ]
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.media_type.currentIndexChanged.connect(lambda _i: self._show_hint())
        self.retranslate_ui()
        self.resize(520, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Register a medium"))
        texts = (
            self.tr("&Type:"),
            self.tr("&Department:"),
            self.tr("Classification:"),
            self.tr("&Brand:"),
            self.tr("&Model:"),
            self.tr("&Serial number:"),
            self.tr("&Capacity:"),
            self.tr("&Location:"),
            self.tr("C&ustodian:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.classified.setText(self.tr("Classif&ied — stays classified for ever"))
        for i in range(self.media_type.count()):
            kind = MediumType(self.media_type.itemData(i))
            self.media_type.setItemText(i, f"{type_name(kind)} ({PREFIXES[kind]}-…)")
        edit = self.department.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("The department that owns it"))
        self.capacity.setPlaceholderText(self.tr("e.g. 32 GB"))
        self.location.setPlaceholderText(self.tr("e.g. cupboard 2, shelf 3"))
        self.custodian.setItemText(0, self.tr("(none yet)"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Register"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self._show_hint()

    def _show_hint(self) -> None:
        kind = MediumType(self.media_type.currentData())
        self.hint.setText(
            self.tr(
                "It is numbered %1-… when registered. Before it can be issued it needs its "
                "security label, encryption software and a clean virus check (Prepare…)."
            ).replace("%1", PREFIXES[kind])
        )

    def submit(self) -> None:
        from records_desk.services.media.dto import MediumDraft

        draft = MediumDraft(
            media_type=MediumType(self.media_type.currentData()),
            department=self.department.currentText(),
            classified=self.classified.isChecked(),
            brand=self.brand.text(),
            model=self.model.text(),
            serial=self.serial.text(),
            capacity=self.capacity.text(),
            location=self.location.text(),
            custodian=self.custodian.currentData(),
        )
        inventory = self._services.media.inventory
        try:
            info = operations.call(self, lambda: inventory.register(self._principal, draft))
        except operations.Failed:
            return
        self.registered.emit(info)
        self.accept()
