"""The register's printed lists, each opened in the print preview (where printing and saving
are audited): the 檔案借閱登記表 of the loans registered between two days (R-LOAN-1, R-LOAN-9)
and the 交接清單 of every file out, handed to a named account or to the deputy archivist
(R-ACC-5)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.errors import DomainError
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.widgets.date_field import DateField
from records_desk.ui.widgets.dialog import RememberingDialog

if TYPE_CHECKING:
    from records_desk.services.common.printing import PrintedForm


class _PrintDialog(RememberingDialog):
    """A form above Preview and Cancel; `printed()` makes the one service call."""

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self._services = services
        self._principal = principal
        self._settings_ = settings
        self.preview: QWidget | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button.setObjectName("previewButton")
        self.buttons.accepted.connect(self.show_preview)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def printed(self) -> PrintedForm:
        raise NotImplementedError

    def show_preview(self) -> None:
        from records_desk.ui.printing.preview_dialog import show_preview

        try:
            printed = operations.call(self, self.printed)
        except operations.Failed:
            return
        parent = self.parentWidget() or self
        self.preview = show_preview(
            parent.window(), self._services.printing, self._principal, printed, self._settings_
        )
        self.accept()


class RegisterPrintDialog(_PrintDialog):
    geometry_key = "loan_register_print"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, principal, settings, parent)
        self.setObjectName("registerPrintDialog")
        today = office_day(services.ctx.now())
        self.starts = DateField(today.replace(day=1))
        self.ends = DateField(today)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.form.addRow(self.from_label, self.starts)
        self.form.addRow(self.to_label, self.ends)
        self.retranslate_ui()
        self.resize(440, 220)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print the loan register"))
        self.intro.setText(
            self.tr("The loan register form of the loans registered on these days, both included.")
        )
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.from_label.setBuddy(self.starts)
        self.to_label.setBuddy(self.ends)
        self.preview_button.setText(self.tr("&Preview…"))

    def printed(self) -> PrintedForm:
        start, end = self.starts.read(), self.ends.read()
        assert isinstance(start, date) and isinstance(end, date)  # the fields are required
        return self._services.loans.forms.printed_register(self._principal, start, end)


class HandoverPrintDialog(_PrintDialog):
    geometry_key = "loan_handover_print"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, principal, settings, parent)
        self.setObjectName("handoverPrintDialog")
        self.successor = QComboBox()
        self.successor.setObjectName("handoverTo")
        self.successor.addItem("", None)
        try:
            staff = services.loans.scans.staff(principal)
        except DomainError:
            staff = []
        for choice in staff:
            if choice.username != principal.username:
                self.successor.addItem(choice.display, choice.username)
        self.to_label = QLabel()
        self.to_label.setBuddy(self.successor)
        self.form.addRow(self.to_label, self.successor)
        self.retranslate_ui()
        self.resize(480, 220)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print the handover record"))
        self.intro.setText(
            self.tr(
                "The handover record of every file out now, with signature boxes for the archivist "
                "handing over and the one taking over. Left empty, it goes to the deputy "
                "archivist named for today or next."
            )
        )
        self.successor.setItemText(0, self.tr("(the deputy archivist)"))
        self.to_label.setText(self.tr("&Taken over by:"))
        self.preview_button.setText(self.tr("&Preview…"))

    def printed(self) -> PrintedForm:
        receiving = self.successor.currentData()
        return self._services.loans.forms.printed_handover(self._principal, receiving)
