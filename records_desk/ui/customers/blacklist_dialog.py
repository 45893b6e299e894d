"""The blacklist (附件3, R-GRD-5): who is blacklisted until when, on which list (the company's
or a department's), why and by whose decision; entries in force in red. The director and the
general manager add an entry (6 months unless shorter; longer only with an override reason),
lift one early, and re-admit a customer whose entry ended — always as 合格. Everyone else
reads the list; the services check every call again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.domain.customers import blacklist as bl
from records_desk.domain.customers.blacklist import ReadmissionApproval
from records_desk.domain.customers.vocabulary import AdmissionChecklist
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import BlacklistEntryInfo
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.common.table import (
    Column,
    RowsModel,
    refresh_close_row,
    selected_item,
    table_view,
)
from records_desk.ui.customers.admin_words import blacklist_scope_name, yes
from records_desk.ui.customers.blacklist_forms import (
    AddEntryForm,
    CustomerChoice,
    NewEntry,
    Readmission,
    ReadmitForm,
    ReasonForm,
)
from records_desk.ui.widgets.dialog import RememberingDialog


def _in_force(entry: BlacklistEntryInfo) -> bool:
    return entry.in_force


class BlacklistModel(RowsModel[BlacklistEntryInfo]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.columns = [
            Column(self.tr("Archive number"), lambda e: e.archive_number, _in_force),
            Column(self.tr("Customer"), lambda e: e.customer_name, _in_force),
            Column(self.tr("List"), lambda e: blacklist_scope_name(e.scope)),
            Column(self.tr("Department"), lambda e: e.department or ""),
            Column(self.tr("From"), lambda e: e.starts_on),
            Column(self.tr("Until"), lambda e: e.last_day, _in_force),
            Column(self.tr("In force"), lambda e: yes(e.in_force), _in_force),
            Column(self.tr("Decided by"), lambda e: e.decided_by),
            Column(self.tr("Lifted on"), lambda e: e.lifted_on),
            Column(self.tr("Override"), lambda e: e.override_reason or ""),
            Column(self.tr("Reason"), lambda e: e.reason, tooltip=lambda e: e.reason),
        ]


class BlacklistDialog(RememberingDialog):
    """Emits `changed` after an entry was added or lifted or a customer re-admitted (the
    customers tab redraws its red badges)."""

    geometry_key = "blacklist"
    changed = Signal()

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("blacklistDialog")
        self.services = services
        self.principal = principal
        self.form: QDialog | None = None
        self.setWindowTitle(self.tr("Blacklist"))
        self.resize(980, 520)
        manage = is_allowed(principal.role, Action.BLACKLIST_MANAGE)

        self.archive_number = QLineEdit()
        self.archive_number.setObjectName("blacklistArchiveNumber")
        self.archive_number.setPlaceholderText(self.tr("Archive number of the customer"))
        self.archive_number.setMinimumWidth(200)
        self._prefilled = ""
        self.add_button = QPushButton(self.tr("&Add to blacklist…"))
        self.add_button.setObjectName("addBlacklist")
        self.add_button.clicked.connect(self.start_add)
        self.lift_button = QPushButton(self.tr("&Lift…"))
        self.lift_button.setObjectName("liftBlacklist")
        self.lift_button.clicked.connect(self.start_lift)
        self.readmit_button = QPushButton(self.tr("Re-ad&mit…"))
        self.readmit_button.setObjectName("readmitCustomer")
        self.readmit_button.clicked.connect(self.start_readmit)
        for widget in (self.archive_number, self.add_button, self.lift_button):
            widget.setEnabled(manage)
        self.readmit_button.setEnabled(manage)
        self.archive_number.returnPressed.connect(self.start_add)

        self.model = BlacklistModel(self)
        self.view = table_view(
            self.model,
            "blacklistTable",
            self,
            settings,
            self.tr(
                "Nobody is on the blacklist. To add a customer, select the file in the customer "
                "list (or type its archive number above) and choose Add to blacklist."
            ),
        )
        top = QHBoxLayout()
        customer_label = QLabel(self.tr("&Customer:"))
        customer_label.setBuddy(self.archive_number)
        top.addWidget(customer_label)
        top.addWidget(self.archive_number)
        top.addWidget(self.add_button)
        top.addStretch(1)
        top.addWidget(self.lift_button)
        top.addWidget(self.readmit_button)
        bottom = refresh_close_row(self, self.refresh)
        note = QLabel(
            self.tr(
                "Entries in red are in force. Only the general manager and the customer "
                "director add, lift and re-admit; a re-admitted customer starts again as qualified."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        layout.addLayout(bottom)
        self.refresh()

    def _today(self) -> date:
        return office_day(self.services.ctx.now())

    def refresh(self) -> None:
        try:
            entries = operations.call(
                self, lambda: self.services.customers.blacklist.list_blacklist(self.principal)
            )
        except operations.Failed:
            return
        self.model.set_rows(entries)

    # -- adding -----------------------------------------------------------------------------

    def find_customer(self, number: str) -> CustomerChoice | None:
        """The file with exactly this archive number, through the customer search."""
        search = self.services.customers.search
        if not number.strip():
            return None
        from records_desk.services.customers.search import CustomerQuery

        rows = operations.call(
            self, lambda: search.page(self.principal, CustomerQuery(text=number.strip()), 0, 20)
        )
        wanted = number.strip().upper()
        for row in rows:
            if row.archive_number.upper() == wanted:
                return CustomerChoice(row.id, row.archive_number, row.name, row.department)
        return None

    def prefill(self, archive_number: str | None) -> None:
        """The file selected in the customer list, unless the user typed another one."""
        typed = self.archive_number.text().strip()
        if archive_number and typed in ("", self._prefilled):
            self.archive_number.setText(archive_number)
            self._prefilled = archive_number

    def start_add(self) -> None:
        number = self.archive_number.text().strip()
        if not number:
            notify.error(
                self,
                self.tr(
                    "Fill in “Customer” with the archive number of the file to blacklist "
                    "(or select the file in the customer list first)."
                ),
            )
            self.archive_number.setFocus()
            return
        try:
            customer = self.find_customer(number)
        except operations.Failed:
            return
        if customer is None:
            notify.error(
                self, self.tr("There is no customer file numbered %1.").replace("%1", number)
            )
            return
        self.open_add_form(customer)

    def open_add_form(self, customer: CustomerChoice) -> AddEntryForm:
        today = self._today()
        usual = bl.usual_last_day(today, self.services.customers.blacklist.policy)
        form = AddEntryForm(customer, today, usual, self)
        form.submitted.connect(lambda values: self.add_entry(form, values))
        self._open(form)
        return form

    def add_entry(self, form: AddEntryForm, values: NewEntry) -> None:
        expires_on = bl.expiry_after(values.last_day) if values.last_day else None
        try:
            entry = operations.call(
                form,
                lambda: self.services.customers.blacklist.add(
                    self.principal,
                    values.customer_id,
                    values.scope,
                    values.department,
                    values.reason,
                    expires_on=expires_on,
                    override_reason=values.override_reason,
                ),
            )
        except operations.Failed:
            return
        form.accept()
        self.refresh()
        self.changed.emit()
        notify.info(
            self,
            self.tr("%1 is blacklisted until %2.")
            .replace("%1", f"{entry.archive_number} {entry.customer_name}")
            .replace("%2", entry.last_day.isoformat()),
        )

    # -- lifting and re-admission -------------------------------------------------------------

    def _selected(self) -> BlacklistEntryInfo | None:
        entry = selected_item(self.view)
        if entry is None:
            notify.info(self, self.tr("Select an entry of the list first."))
            return None
        assert isinstance(entry, BlacklistEntryInfo)  # the model's rows
        return entry

    def start_lift(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        form = ReasonForm(
            self.tr("Lift the blacklist entry"),
            self.tr("Why is %1 lifted early?").replace("%1", entry.archive_number),
            self,
        )
        form.submitted.connect(lambda reason: self.lift_entry(form, entry.id, reason))
        self._open(form)

    def lift_entry(self, form: QWidget, entry_id: int, reason: str) -> None:
        try:
            operations.call(
                form,
                lambda: self.services.customers.blacklist.lift(self.principal, entry_id, reason),
            )
        except operations.Failed:
            return
        form.close()
        self.refresh()
        self.changed.emit()

    def start_readmit(self) -> ReadmitForm | None:
        entry = self._selected()
        if entry is None:
            return None
        customer = CustomerChoice(entry.customer_id, entry.archive_number, entry.customer_name, "")
        form = ReadmitForm(customer, self._today(), self)
        form.submitted.connect(lambda values: self.readmit(form, entry.customer_id, values))
        self._open(form)
        return form

    def readmit(self, form: QWidget, customer_id: int, values: Readmission) -> None:
        approval = (
            ReadmissionApproval(values.approved_by, values.approved_on)
            if values.approved_by
            else None
        )
        try:
            info = operations.call(
                form,
                lambda: self.services.customers.blacklist.readmit(
                    self.principal,
                    customer_id,
                    approval,
                    AdmissionChecklist(values.criteria),
                    values.reason,
                ),
            )
        except operations.Failed:
            return
        form.close()
        self.refresh()
        self.changed.emit()
        notify.info(
            self,
            self.tr("%1 is back on the customer list as qualified.").replace(
                "%1", f"{info.archive_number} {info.name}"
            ),
        )

    def _open(self, form: QDialog) -> None:
        self.form = form
        form.open()
