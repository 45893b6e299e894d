"""The tab's Print button: the forms services.customers.forms can fill for the selected file
(registration sheet, 附件1/2/4/5; 附件1/2 only for graded files), each opened in the print
preview, where printing and saving are audited (R-PRN, R-AUD-1)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import operations


class CustomerPrintButton(QToolButton):
    """A menu filled when opened, so the list always matches the file as it is now."""

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerPrintButton")
        self._services = services
        self._principal = principal
        self._settings = settings
        self.customer_id: int | None = None
        self.preview: QWidget | None = None
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self.fill_menu)
        self.setMenu(self.menu_)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.set_customer(None)

    def retranslate_ui(self) -> None:
        self.setText(self.tr("&Print"))
        self.setToolTip(self.tr("Print a form filled for this customer"))

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.setEnabled(customer_id is not None)

    def fill_menu(self) -> None:
        self.menu_.clear()
        customer_id = self.customer_id
        if customer_id is None:
            return
        forms = self._services.customers.forms
        try:
            printable = operations.call(self, lambda: forms.printable(self._principal, customer_id))
        except operations.Failed:
            return
        for form in printable:
            action = self.menu_.addAction(f"{form.title_zh} — {form.title_en}")
            action.setObjectName(f"print_{form.form_id}")
            action.triggered.connect(lambda _checked=False, f=form.form_id: self.print_form(f))

    def print_form(self, form_id: str) -> QWidget | None:
        """Fill the form and show its preview (non-modal); None when refused."""
        from records_desk.ui.printing.preview_dialog import show_preview

        customer_id = self.customer_id
        if customer_id is None:
            return None
        forms = self._services.customers.forms
        try:
            printed = operations.call(
                self, lambda: forms.printed(self._principal, form_id, customer_id)
            )
        except operations.Failed:
            return None
        self.preview = show_preview(
            self.window(), self._services.printing, self._principal, printed, self._settings
        )
        return self.preview
