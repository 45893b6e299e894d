"""Request change… / Change directly… (R-CUS-3, R-CUS-4): the file's fields to edit and the
reason. Anyone files a request for the general manager or the director to decide; those two
may change the file directly, on the version they were shown (StaleVersion otherwise)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from records_desk.services.common.dto import AccountInfo, Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerInfo
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.customers.customer_form import CustomerForm
from records_desk.ui.dialogs import add_form_row, ok_cancel
from records_desk.ui.widgets.dialog import RememberingDialog


class ChangeMode(StrEnum):
    REQUEST = "request"
    DIRECT = "direct"


class ChangeDialog(RememberingDialog):
    """Emits `changed()` after the request was filed or the file changed."""

    geometry_key = "customer_change"
    changed = Signal()

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        info: CustomerInfo,
        mode: ChangeMode,
        departments: list[str],
        consultants: list[AccountInfo] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("changeCustomerDialog")
        self._services = services
        self._principal = principal
        self.info = info
        self.mode = mode
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.form = CustomerForm(departments, consultants)
        self.form.set_values(info)
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        reason_form = QFormLayout()
        self._reason_label = add_form_row(reason_form, self.reason)
        self.buttons = ok_cancel(self, self.save)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll)
        layout.addLayout(reason_form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(560, 720)

    def retranslate_ui(self) -> None:
        name = f"{self.info.archive_number} {self.info.name}"
        if self.mode is ChangeMode.DIRECT:
            self.setWindowTitle(self.tr("Change %1 directly").replace("%1", name))
            self.heading.setText(
                self.tr("The change is made at once and recorded as a direct change.")
            )
        else:
            self.setWindowTitle(self.tr("Request a change of %1").replace("%1", name))
            self.heading.setText(
                self.tr(
                    "The general manager or the customer director approves or refuses the "
                    "request; the file stays as it is until then."
                )
            )
        self._reason_label.setText(self.tr("Reason:"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change") if self.mode is ChangeMode.DIRECT else self.tr("Request"))

    def save(self) -> None:
        changes = self.form.values()
        reason = self.reason.text()
        customers = self._services.customers.files
        actor, customer_id, version = self._principal, self.info.id, self.info.version
        try:
            if self.mode is ChangeMode.DIRECT:
                operations.call(
                    self,
                    lambda: customers.change_directly(
                        actor, customer_id, changes, reason, expected_version=version
                    ),
                )
                text = self.tr("The file was changed.")
            else:
                request = operations.call(
                    self, lambda: customers.request_change(actor, customer_id, changes, reason)
                )
                text = self.tr("Change request %1 was filed for approval.").replace(
                    "%1", str(request.id)
                )
        except operations.Failed:
            return
        self.changed.emit()
        notify.info(self.parentWidget(), text)
        self.accept()
