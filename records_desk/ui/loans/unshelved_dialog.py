"""Returns not yet confirmed back in place (R-LOAN-5): every file taken back whose return to
its shelf nobody has confirmed, oldest return first, each shelf in large type with the
confirm button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.common.table import refresh_close_row
from records_desk.ui.loans.reshelve_panel import ReshelvePanel
from records_desk.ui.widgets.dialog import RememberingDialog


class UnshelvedDialog(RememberingDialog):
    geometry_key = "loan_unshelved"
    reshelved = Signal(str)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("unshelvedDialog")
        self._services = services
        self._principal = principal
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.panel = ReshelvePanel(self._confirm)
        self.panel.confirmed.connect(self.reshelved)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.panel, 1)
        layout.addLayout(refresh_close_row(self, self.refresh))
        self.retranslate_ui()
        self.resize(760, 480)
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Returns not yet back in place"))
        self.intro.setText(
            self.tr(
                "Files taken back whose return to the shelf nobody has confirmed yet, oldest "
                "first. Put each on the shelf shown, in its order, then confirm it."
            )
        )
        self.panel.retranslate_ui()

    def refresh(self) -> None:
        register = self._services.loans.register
        try:
            items = operations.call(self, lambda: register.awaiting_reshelving(self._principal))
        except operations.Failed:
            return
        self.panel.set_items(items)

    def _confirm(self, archive_number: str, scanned_shelf: str | None) -> object:
        returns = self._services.loans.returns
        return returns.confirm_reshelved(self._principal, archive_number, scanned_shelf)
