"""Naming the archivist's deputy (R-ACC-5), for the general manager and the customer director:
an account and the days it acts for the archivist (both included); below, every period named,
latest first. One service call; the naming is audited."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.errors import DomainError
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.common.table import Column, RowsModel, refresh_close_row, table_view
from records_desk.ui.widgets.date_field import DateField
from records_desk.ui.widgets.dialog import RememberingDialog

if TYPE_CHECKING:
    from records_desk.services.loans.dto import DeputyInfo


class DeputyDialog(RememberingDialog):
    geometry_key = "loan_deputy"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("deputyDialog")
        self._services = services
        self._principal = principal
        today = office_day(services.ctx.now())
        self.account = QComboBox()
        self.account.setObjectName("deputyAccount")
        self.starts = DateField(today, earliest=today)
        self.starts.setObjectName("deputyFrom")
        self.ends = DateField(today + timedelta(days=7), earliest=today)
        self.ends.setObjectName("deputyTo")
        self.account_label, self.from_label, self.to_label = QLabel(), QLabel(), QLabel()
        self.account_label.setBuddy(self.account)
        self.from_label.setBuddy(self.starts)
        self.to_label.setBuddy(self.ends)
        self.appoint_button = QPushButton()
        self.appoint_button.setObjectName("appointDeputy")
        self.appoint_button.clicked.connect(self.appoint)
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        form.addRow(self.account_label, self.account)
        form.addRow(self.from_label, self.starts)
        form.addRow(self.to_label, self.ends)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.appoint_button)
        form.addRow(row)
        self.model: RowsModel[DeputyInfo] = RowsModel(self._columns())
        self.table = table_view(self.model, "deputyPeriods", settings=settings)
        self.end_button = QPushButton()  # the archivist is back early: end the selected period
        self.end_button.setObjectName("endDeputy")
        self.end_button.setEnabled(False)
        self.end_button.clicked.connect(self.end_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_end())
        self.model.modelReset.connect(self._update_end)
        end_row = QHBoxLayout()
        end_row.addStretch(1)
        end_row.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.table, 1)
        layout.addLayout(end_row)
        layout.addLayout(refresh_close_row(self, self.refresh))
        self.retranslate_ui()
        self.resize(640, 480)
        self._fill_accounts()
        self.refresh()

    def _columns(self) -> list[Column[DeputyInfo]]:
        return [
            Column(self.tr("Deputy"), lambda d: f"{d.full_name} ({d.username})"),
            Column(self.tr("First day"), lambda d: d.starts_on),
            Column(self.tr("Last day"), lambda d: d.ends_on),
            Column(self.tr("Named by"), lambda d: d.named_by_name or d.named_by),
            Column(self.tr("Named"), lambda d: d.named_at),
        ]

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Deputy archivist"))
        self.box.setTitle(self.tr("Name a deputy for the archivist's leave"))
        self.account_label.setText(self.tr("&Account:"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.appoint_button.setText(self.tr("&Name deputy"))
        self.end_button.setText(self.tr("&End the selected period now"))
        self.end_button.setToolTip(
            self.tr("The archivist is back: the deputy's last day becomes yesterday")
        )
        self.table.placeholder = self.tr(
            "No deputy named yet. A deputy acts with the archivist's rights in the loan "
            "register on the days named, and every act is recorded as the deputy's."
        )
        self.model.columns = self._columns()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)

    def _fill_accounts(self) -> None:
        try:
            staff = self._services.loans.deputies.candidates(self._principal)
        except DomainError:
            staff = []
        for choice in staff:
            self.account.addItem(choice.display, choice.username)

    def refresh(self) -> None:
        deputies = self._services.loans.deputies
        try:
            self.model.set_rows(operations.call(self, lambda: deputies.periods(self._principal)))
        except operations.Failed:
            return

    def selected(self) -> DeputyInfo | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _update_end(self) -> None:
        period = self.selected()
        today = office_day(self._services.ctx.now())
        in_force = period is not None and period.starts_on <= period.ends_on >= today
        self.end_button.setEnabled(in_force)

    def end_selected(self) -> None:
        period = self.selected()
        if period is None:
            return
        deputies = self._services.loans.deputies
        try:
            info = operations.call(self, lambda: deputies.end(self._principal, period.id))
        except operations.Failed:
            return
        self.refresh()
        text = self.tr("%1 no longer acts for the archivist.").replace("%1", info.full_name)
        notify.info(self, text)

    def appoint(self) -> None:
        username = self.account.currentData()
        if not username:
            return
        deputies = self._services.loans.deputies

        def name() -> DeputyInfo:
            starts, ends = self.starts.read(), self.ends.read()
            assert starts is not None and ends is not None  # the fields are not optional
            return deputies.appoint(self._principal, username, starts, ends)

        try:
            info = operations.call(self, name)
        except operations.Failed:
            return
        self.refresh()
        text = self.tr("%1 acts for the archivist from %2 to %3.")
        text = text.replace("%1", info.full_name).replace("%2", info.starts_on.isoformat())
        notify.info(self, text.replace("%3", info.ends_on.isoformat()))
