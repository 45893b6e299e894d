"""Request change… / Change directly… (R-CUS-3, R-CUS-4): the file's fields to edit and the
reason. Anyone files a request for the general manager or the director to decide; those two
may change the file directly, on the version they were shown (StaleVersion otherwise).

As in the new-file dialog (issue 10 §2): what is typed wrong is shown beside its field, all
at once; a direct change that makes the file look like another asks "change anyway?" (audited);
Esc or Cancel asks before dropping a changed form."""

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

from records_desk.domain.customers.duplicates import LikelyDuplicates
from records_desk.domain.customers.hand_entry import EntryInvalid
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import AccountInfo, Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerInfo
from records_desk.services.customers.hand_entry import HandEntry
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.customers.customer_form import CustomerForm, reject_unless_typed
from records_desk.ui.customers.duplicates_question import ask_about_duplicates
from records_desk.ui.customers.register_dialog import fit_to_screen
from records_desk.ui.dialogs import add_form_row, ok_cancel
from records_desk.ui.widgets.dialog import RememberingDialog


class ChangeMode(StrEnum):
    REQUEST = "request"
    DIRECT = "direct"


class ChangeDialog(RememberingDialog):
    """Emits `changed()` after the request was filed or the file changed."""

    geometry_key = "customer_change"
    changed = Signal()
    show_file = Signal(int)  # a look-alike's link was followed: select that file

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
        # R-CUS-5: the event happened before the file was entered.
        self.form = CustomerForm(departments, consultants, latest_event=office_day(info.entered_at))
        self.form.set_values(info)
        self._anyway: frozenset[int] = frozenset()
        self._shown = self.form.values()  # a value already on the file is not refused again
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
        self._initial = self._state()
        fit_to_screen(self, 900, 600)

    def _state(self) -> tuple[object, ...]:
        return (*self.form.state(), self.reason.text())

    def reject(self) -> None:
        """Esc, Cancel or the window's close: ask before dropping what was typed."""
        reject_unless_typed(
            self,
            self._state() == self._initial,
            self.tr("Discard the changes you typed?"),
            lambda: RememberingDialog.reject(self),
        )

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
        problems = [
            p
            for p in self.form.problems(changes)
            if p.field not in changes or changes[p.field] != self._shown.get(p.field, object())
        ]
        if self.form.show_problems(problems):
            return
        reason = self.reason.text()
        customers = self._services.customers.files
        actor, customer_id, version = self._principal, self.info.id, self.info.version
        entry = HandEntry(registered_anyway=self._anyway)
        direct = self.mode is ChangeMode.DIRECT

        def change() -> object:
            try:
                if direct:
                    return customers.change_directly(
                        actor, customer_id, changes, reason, version, entry
                    )
                return customers.request_change(
                    actor, customer_id, changes, reason, entry, expected_version=version
                )
            except (EntryInvalid, LikelyDuplicates) as refused:
                return refused

        try:
            result = operations.call(self, change)
        except operations.Failed:
            return
        if isinstance(result, EntryInvalid):
            self.form.show_problems(result.problems)
            return
        if isinstance(result, LikelyDuplicates):
            self._ask_anyway(result)
            return
        if direct:
            text = self.tr("The file was changed.")
        else:
            text = self.tr("Change request %1 was filed for approval.").replace(
                "%1", str(getattr(result, "id", ""))
            )
        self._initial = self._state()
        self.changed.emit()
        notify.info(self.parentWidget(), text)
        self.accept()

    def _ask_anyway(self, refused: LikelyDuplicates) -> None:
        def anyway() -> None:
            self._anyway = frozenset(m.customer_id for m in refused.matches)
            self.save()

        ask_about_duplicates(
            self,
            refused.matches,
            self.tr("After this change the file looks like another one. Change it anyway?"),
            self.tr("&Change anyway"),
            self.tr("&Go back"),
            anyway,
            self._follow,
        )

    def _follow(self, link: str) -> None:
        if link.startswith("customer:"):
            self.show_file.emit(int(link.removeprefix("customer:")))
