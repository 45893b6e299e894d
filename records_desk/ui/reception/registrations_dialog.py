"""The Registrations dialog (R-REC-4, R-REC-9, R-GRD-6): the visitors registered to
consultants, found by a part of the name, phone or ID number; register a visitor to a
consultant, and record a follow-up with the prospect's level A/B/C, which keeps the
registration valid a month from that day. A consultant sees and follows up their own visitors;
the desk and the managers see everyone's. Opened with show() (never exec())."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.roles import Role
from records_desk.domain.reception.vocabulary import Visitor
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.reception.dto import Level, RegistrationInfo
from records_desk.services.reception.registration_list import RegistrationQuery
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.common.table import Column, RowsModel, selected_item, table_view
from records_desk.ui.reception.dialogs import Choices, FormDialog
from records_desk.ui.widgets.date_field import DateField
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.language import sub

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)

_FOLLOWERS = frozenset(
    {Role.CONSULTANT, Role.SALES_MANAGER, Role.CUSTOMER_DIRECTOR, Role.GENERAL_MANAGER}
)


def _columns(today: date) -> list[Column[RegistrationInfo]]:
    def state(r: RegistrationInfo) -> str:
        if r.valid_through >= today:
            return translate("ReceptionRegistrations", "valid")
        return translate("ReceptionRegistrations", "expired")

    return [
        Column(translate("ReceptionRegistrations", "Visitor"), lambda r: r.visitor_name),
        Column(translate("ReceptionRegistrations", "Phone"), lambda r: r.phone),
        Column(translate("ReceptionRegistrations", "ID number"), lambda r: r.id_number),
        Column(
            translate("ReceptionRegistrations", "Consultant"),
            lambda r: r.consultant_name or r.consultant,
        ),
        Column(translate("ReceptionRegistrations", "Registered on"), lambda r: r.registered_on),
        Column(translate("ReceptionRegistrations", "Last contact"), lambda r: r.last_contact_on),
        Column(
            translate("ReceptionRegistrations", "Valid through"),
            lambda r: r.valid_through,
            alert=lambda r: r.valid_through < today,
        ),
        Column(translate("ReceptionRegistrations", "Level"), lambda r: r.level or ""),
        Column(translate("ReceptionRegistrations", "State"), state),
    ]


class RegisterDialog(FormDialog):
    """A visitor registered to a consultant (a consultant registers to themself)."""

    geometry_key = "receptionRegister"

    def __init__(
        self,
        settings: Settings | None,
        parent: QWidget | None,
        consultants: Choices | None,
        today: date,
        submit: Callable[[Visitor, str, date], bool],
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("registerDialog")
        self._submit = submit
        self.name = QLineEdit()
        self.name.setObjectName("registerName")
        self.phone = QLineEdit()
        self.phone.setObjectName("registerPhone")
        self.id_number = QLineEdit()
        self.consultant = QComboBox()
        self.consultant.setObjectName("registerConsultant")
        for username, label in consultants or []:
            self.consultant.addItem(label, username)
        self.on = DateField(today, latest=today)
        rows: list[QWidget] = [self.name, self.phone, self.id_number]
        if consultants is not None:
            rows.append(self.consultant)
        self.labels = [self.add_row(w) for w in rows]
        self.on_label = self.add_row(self.on)
        self.retranslate_ui()
        self.name.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ReceptionRegistrations", "Register a visitor"))
        self.note.setText(
            translate(
                "ReceptionRegistrations",
                "The visitor becomes the consultant's customer for a month from the last "
                "follow-up; a returning visitor goes to them. A phone number or an "
                "ID number is needed to recognise them.",
            )
        )
        texts = (
            translate("ReceptionRegistrations", "&Name:"),
            translate("ReceptionRegistrations", "&Phone:"),
            translate("ReceptionRegistrations", "&ID number:"),
            translate("ReceptionRegistrations", "&Consultant:"),
        )
        for label, text in zip(self.labels, texts, strict=False):
            label.setText(text)
        self.on_label.setText(translate("ReceptionRegistrations", "&Registered on:"))

    def submit(self) -> bool:
        day = _read(self, self.on)
        if day is None:
            return False
        visitor = Visitor(self.name.text(), self.phone.text(), self.id_number.text())
        return self._submit(visitor, self.consultant.currentData() or "", day)


class FollowUpDialog(FormDialog):
    """R-GRD-6: the consultant's follow-up of their visitor, with the prospect's level."""

    geometry_key = "receptionFollowUp"

    def __init__(
        self,
        settings: Settings | None,
        parent: QWidget | None,
        registration: RegistrationInfo,
        today: date,
        submit: Callable[[date, Level, str], bool],
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("followUpDialog")
        self._submit = submit
        self._registration = registration
        self.on = DateField(today, earliest=registration.registered_on, latest=today)
        self.level = QComboBox()
        self.level.setObjectName("followUpLevel")
        for level in Level:
            self.level.addItem(level.value, level.value)
        if registration.level is not None:
            self.level.setCurrentIndex(self.level.findData(registration.level.value))
        self.text = QLineEdit()
        self.text.setObjectName("followUpNote")
        self.text.setMaxLength(500)
        self.labels = [self.add_row(w) for w in (self.on, self.level, self.text)]
        self.retranslate_ui()
        self.text.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ReceptionRegistrations", "Follow-up"))
        self.note.setText(
            sub(
                translate(
                    "ReceptionRegistrations",
                    "A follow-up of %1 keeps the registration valid a month from its day. "
                    "Level: A likely to buy soon, B interested, C unlikely.",
                ),
                self._registration.visitor_name,
            )
        )
        texts = (
            translate("ReceptionRegistrations", "&Day:"),
            translate("ReceptionRegistrations", "&Level:"),
            translate("ReceptionRegistrations", "N&ote:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)

    def submit(self) -> bool:
        day = _read(self, self.on)
        if day is None:
            return False
        return self._submit(day, Level(self.level.currentData()), self.text.text())


def _read(parent: QWidget, field: DateField) -> date | None:
    try:
        return operations.call(parent, field.read)
    except operations.Failed:
        field.edit.setFocus()
        return None


class RegistrationsDialog(RememberingDialog):
    geometry_key = "receptionRegistrations"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        consultants: Choices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("registrationsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1000, 560)
        self._services, self._principal = services, principal
        self._consultants = consultants
        self.own_only = principal.role is Role.CONSULTANT
        # R-GRD-6: consultants grade their own visitors; managers may too, the desk may not.
        self.may_follow_up = principal.role in _FOLLOWERS
        self.today = date.today()
        self.search = QLineEdit()
        self.search.setObjectName("registrationSearch")
        self.search.setClearButtonEnabled(True)
        self.consultant = QComboBox()
        self.consultant.setObjectName("registrationConsultant")
        self.consultant.setVisible(not self.own_only)
        self.valid_only = QCheckBox()
        self.count = QLabel()
        self.count.setObjectName("registrationCount")
        self.model: RowsModel[RegistrationInfo] = RowsModel(_columns(self.today), self)
        self.table = table_view(self.model, "receptionRegistrations", self, settings)
        self.table.doubleClicked.connect(lambda _i: self.open_follow_up())
        self.new_button = QPushButton()
        self.new_button.setObjectName("registerButton")
        self.new_button.clicked.connect(self.open_register)
        self.follow_button = QPushButton()
        self.follow_button.setObjectName("followUpButton")
        self.follow_button.clicked.connect(self.open_follow_up)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.consultant.currentIndexChanged.connect(lambda _i: self.refresh())
        self.valid_only.toggled.connect(lambda _b: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        filters = QHBoxLayout()
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.consultant, 1)
        filters.addWidget(self.valid_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.follow_button)
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ReceptionRegistrations", "Registrations and follow-ups"))
        self.search_label.setText(translate("ReceptionRegistrations", "Fi&nd:"))
        self.search.setPlaceholderText(
            translate("ReceptionRegistrations", "a part of the name, phone or ID number")
        )
        current = self.consultant.currentData()
        self.consultant.blockSignals(True)
        self.consultant.clear()
        self.consultant.addItem(translate("ReceptionRegistrations", "every consultant"), "")
        for username, label in self._consultants:
            self.consultant.addItem(label, username)
        self.consultant.setCurrentIndex(max(self.consultant.findData(current or ""), 0))
        self.consultant.blockSignals(False)
        self.valid_only.setText(translate("ReceptionRegistrations", "&Valid only"))
        self.new_button.setText(translate("ReceptionRegistrations", "&Register a visitor…"))
        self.follow_button.setText(translate("ReceptionRegistrations", "&Follow-up…"))
        self.close_button.setText(translate("ReceptionRegistrations", "Close"))
        self.table.placeholder = translate(
            "ReceptionRegistrations",
            "No registration matches. Register a visitor to a consultant with "
            "“Register a visitor…”.",
        )
        self.model.columns = _columns(self.today)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.columns) - 1)

    def refresh(self) -> None:
        self._timer.stop()
        query = RegistrationQuery(
            self.search.text(), self.consultant.currentData() or "", self.valid_only.isChecked()
        )
        listing = self._services.reception.registration_list
        try:
            page = operations.call(self, lambda: listing.page(self._principal, query))
        except operations.Failed:
            return
        self.today = page.today
        self.model.columns = _columns(page.today)
        self.model.set_rows(page.rows)
        if page.total > len(page.rows):
            text = translate("ReceptionRegistrations", "%1 of %2 shown: narrow the search")
            self.count.setText(sub(text, len(page.rows), page.total))
        else:
            self.count.setText(sub(translate("ReceptionRegistrations", "%1 found"), page.total))
        self._update()

    def _update(self) -> None:
        chosen = selected_item(self.table) is not None
        self.follow_button.setEnabled(self.may_follow_up and chosen)

    def open_register(self) -> None:
        choices = None if self.own_only else self._consultants
        dialog = RegisterDialog(self._settings, self, choices, self.today, self.register)
        self._child: QWidget = dialog
        dialog.open()

    def register(self, visitor: Visitor, consultant: str, day: date) -> bool:
        service = self._services.reception.registrations
        try:
            operations.call(
                self, lambda: service.register(self._principal, visitor, consultant or None, day)
            )
        except operations.Failed:
            return False
        self.refresh()
        return True

    def open_follow_up(self) -> None:
        if not self.follow_button.isEnabled():
            return
        chosen = selected_item(self.table)
        if not isinstance(chosen, RegistrationInfo):
            return
        dialog = FollowUpDialog(
            self._settings,
            self,
            chosen,
            self.today,
            lambda day, level, note: self.follow_up(chosen.id, day, level, note),
        )
        self._child = dialog
        dialog.open()

    def follow_up(self, registration_id: int, day: date, level: Level, note: str) -> bool:
        service = self._services.reception.registrations
        try:
            operations.call(
                self,
                lambda: service.follow_up(self._principal, registration_id, day, level, note),
            )
        except operations.Failed:
            return False
        self.refresh()
        return True
