"""The fairness report (R-REC-13, issue 12): for a day or a month, per consultant, the turns
received (by rotation, owed and served, reassigned), the turns owed and forfeited, courtesy,
designated and returning receptions, customers lost to a switch, cancelled turns and manager
interventions — so a manager can show that nobody picked customers or jumped the queue. Prints
as the 接待公平性報表. Opened with show() (never exec())."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.reception.fairness import FIGURES, FairnessRow, FairnessSummary
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.common.table import Column, RowsModel, table_view
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.language import sub

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


def figure_names() -> dict[str, str]:
    return {
        "turns": translate("ReceptionFairness", "Turns"),
        "rotation": translate("ReceptionFairness", "By rotation"),
        "owed_served": translate("ReceptionFairness", "Owed, served"),
        "reassigned_in": translate("ReceptionFairness", "Reassigned to them"),
        "owed_earned": translate("ReceptionFairness", "Owed, earned"),
        "forfeits": translate("ReceptionFairness", "Forfeited"),
        "courtesy": translate("ReceptionFairness", "Courtesy"),
        "designated": translate("ReceptionFairness", "Designated"),
        "returning": translate("ReceptionFairness", "Returning"),
        "lost_to_switch": translate("ReceptionFairness", "Lost to a switch"),
        "turns_cancelled": translate("ReceptionFairness", "Turns cancelled"),
        "manager_assignments": translate("ReceptionFairness", "Called away"),
        "interventions": translate("ReceptionFairness", "Manager interventions"),
    }


def _columns() -> list[Column[FairnessRow]]:
    names = figure_names()
    columns: list[Column[FairnessRow]] = [
        Column(translate("ReceptionFairness", "Consultant"), lambda r: r.name or r.consultant)
    ]
    for key in FIGURES:
        columns.append(Column(names.get(key, key), _figure(key), numeric=True))
    return columns


def _figure(key: str) -> Callable[[FairnessRow], int]:
    return lambda r: r.figures.get(key, 0)


class FairnessDialog(RememberingDialog):
    geometry_key = "receptionFairness"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("fairnessDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1200, 480)
        self._services, self._principal = services, principal
        self.summary: FairnessSummary | None = None
        self.preview: QWidget | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("fairnessKind")
        self.period = QLineEdit(today.strftime("%Y-%m"))
        self.period.setObjectName("fairnessPeriod")
        self.period.returnPressed.connect(self.refresh)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.refresh)
        self.print_button = QPushButton()
        self.print_button.setObjectName("fairnessPrint")
        self.print_button.clicked.connect(self.print_report)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.totals = QLabel()
        self.totals.setObjectName("fairnessTotals")
        self.totals.setWordWrap(True)
        self.model: RowsModel[FairnessRow] = RowsModel(_columns(), self)
        self.table = table_view(self.model, "receptionFairness", self, settings)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed(today))
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.period, 1)
        top.addWidget(self.show_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ReceptionFairness", "Fairness report"))
        current = max(self.kind.currentIndex(), 0)
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(translate("ReceptionFairness", "Month (YYYY-MM)"), "month")
        self.kind.addItem(translate("ReceptionFairness", "Day (YYYY-MM-DD)"), "day")
        self.kind.setCurrentIndex(current)
        self.kind.blockSignals(False)
        self.show_button.setText(translate("ReceptionFairness", "&Show"))
        self.print_button.setText(translate("ReceptionFairness", "&Print…"))
        self.close_button.setText(translate("ReceptionFairness", "Close"))
        self.model.columns = _columns()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.columns) - 1)
        self.table.placeholder = translate(
            "ReceptionFairness", "No consultant received a visitor in this period."
        )

    def _kind_changed(self, today: date) -> None:
        month = self.kind.currentData() == "month"
        self.period.setText(today.strftime("%Y-%m") if month else today.isoformat())
        self.refresh()

    def _bounds(self) -> tuple[date, date]:
        """The period typed: a month's first and last day, or one day (a domain error worded
        for the user when it is neither)."""
        from records_desk.domain.common.dates import parse_office_date
        from records_desk.services.reception.fairness import month_of

        text = self.period.text()
        if self.kind.currentData() == "month":
            return month_of(text)
        day = parse_office_date(text)
        return day, day

    def refresh(self) -> None:
        fairness = self._services.reception.fairness
        try:
            start, end = operations.call(self, self._bounds)
            summary = operations.call(self, lambda: fairness.period(self._principal, start, end))
        except operations.Failed:
            self.period.setFocus()
            return
        self.summary = summary
        self.model.set_rows(summary.rows)
        self.totals.setText(
            sub(
                translate(
                    "ReceptionFairness",
                    "%1 to %2: %3 days with visitors, %4 visitors received, %5 order changes, "
                    "%6 switches refused, %7 phone enquiries.",
                ),
                summary.start.isoformat(),
                summary.end.isoformat(),
                summary.days,
                summary.visitors,
                summary.order_changes,
                summary.switches_refused,
                summary.phone_enquiries,
            )
        )

    def print_report(self) -> None:
        from records_desk.ui.printing.preview_dialog import show_preview

        forms = self._services.reception.fairness_forms
        try:
            start, end = operations.call(self, self._bounds)
            printed = operations.call(self, lambda: forms.printed(self._principal, start, end))
        except operations.Failed:
            return
        self.preview = show_preview(
            self.window(), self._services.printing, self._principal, printed, self._settings
        )
