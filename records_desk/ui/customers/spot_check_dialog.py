"""The weekly spot check (R-CUS-6) for the director: draw a random sample of the week's
entries (size from the settings unless changed here; one draw per week), then mark each
entry passed, or failed with a note saying what is wrong — failures count as accuracy
problems of their files (R-DQ-1). Earlier weeks can be opened again."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.errors import DomainError
from records_desk.domain.customers.spot_check import SpotResult, week_of
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.quality_dto import SpotCheckInfo, SpotCheckItemInfo
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.common.table import Column, RowsModel, selected_item, table_view
from records_desk.ui.dialogs import make_error_label, show_error
from records_desk.ui.messages import describe
from records_desk.ui.widgets.date_field import DateField
from records_desk.ui.widgets.dialog import RememberingDialog


def _failed(item: SpotCheckItemInfo) -> bool:
    return item.result is SpotResult.FAILED


class SpotCheckModel(RowsModel[SpotCheckItemInfo]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        results = {
            SpotResult.PENDING: self.tr("Not checked"),
            SpotResult.PASSED: self.tr("Passed"),
            SpotResult.FAILED: self.tr("Failed"),
        }
        self.columns = [
            Column(self.tr("Archive number"), lambda i: i.customer.archive_number),
            Column(self.tr("Customer"), lambda i: i.customer.name),
            Column(self.tr("Department"), lambda i: i.customer.department),
            Column(self.tr("Result"), lambda i: results[i.result], _failed),
            Column(self.tr("Marked by"), lambda i: i.marked_by or ""),
            Column(self.tr("Marked at"), lambda i: i.marked_at),
            Column(self.tr("Note"), lambda i: i.note, _failed, tooltip=lambda i: i.note),
        ]


class SpotCheckDialog(RememberingDialog):
    geometry_key = "spot_check"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("spotCheckDialog")
        self.services = services
        self.principal = principal
        self.check_id: int | None = None
        self.setWindowTitle(self.tr("Weekly spot check"))
        self.resize(900, 560)

        today = office_day(services.ctx.now())
        # Any day of a week up to this one; a later day is refused as typed (issue 10 §2).
        this_sunday = week_of(today)[1] - timedelta(days=1)
        self.week = DateField(today, latest=this_sunday)
        self.week.setObjectName("spotCheckWeek")
        self.week.edit.setObjectName("spotCheckWeekEdit")
        self.week_error = make_error_label()
        self.week_error.setObjectName("spotCheckWeekError")
        self.sample_size = QSpinBox()
        self.sample_size.setObjectName("sampleSize")
        self.sample_size.setRange(0, 500)
        self.sample_size.setSpecialValueText(self.tr("as set"))  # 0: the size from the settings
        self.draw_button = QPushButton(self.tr("&Draw the sample"))
        self.draw_button.setObjectName("drawSample")
        self.draw_button.clicked.connect(self.draw)
        self.earlier = QComboBox()
        self.earlier.setObjectName("earlierChecks")
        self.earlier.setMinimumWidth(120)
        self.earlier.activated.connect(lambda _i: self.show_check(self.earlier.currentData()))
        top = QHBoxLayout()
        for text, widget in (
            (self.tr("Week of:"), self.week),
            (self.tr("Sample size:"), self.sample_size),
        ):
            top.addWidget(QLabel(text))
            top.addWidget(widget)
        top.addWidget(self.draw_button)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Drawn weeks:")))
        top.addWidget(self.earlier)

        self.summary = QLabel()
        self.summary.setObjectName("spotCheckSummary")
        self.model = SpotCheckModel(self)
        self.view = table_view(
            self.model,
            "spotCheckItems",
            self,
            placeholder=self.tr(
                "Pick a week and draw its sample: the files entered that week, drawn at random, "
                "are listed here to compare with their paper; mark each passed or failed."
            ),
        )
        self.model.modelReset.connect(self._roomy_columns)
        self._roomy_columns()
        self.note = QLineEdit()
        self.note.setObjectName("spotCheckNote")
        self.note.setPlaceholderText(self.tr("What is wrong (needed for a failure)"))
        self.pass_button = QPushButton(self.tr("&Passed"))
        self.pass_button.setObjectName("markPassed")
        self.pass_button.clicked.connect(lambda: self.mark(True))
        self.fail_button = QPushButton(self.tr("&Failed"))
        self.fail_button.setObjectName("markFailed")
        self.fail_button.clicked.connect(lambda: self.mark(False))
        marks = QHBoxLayout()
        marks.addWidget(QLabel(self.tr("Note:")))
        marks.addWidget(self.note, 1)
        marks.addWidget(self.pass_button)
        marks.addWidget(self.fail_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.week_error)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(marks)
        layout.addWidget(buttons)
        self.load_earlier()

    def _roomy_columns(self) -> None:
        """Columns as wide as what they will hold (an empty sample fitted them to their
        headers, crowded together)."""
        metrics = self.view.fontMetrics()
        samples = ("CS-2026-00000", "宏達貿易有限公司", "售後服務部", "Not checked", "陳建國",
                   "2026-12-05 10:00")  # fmt: skip
        for column, sample in enumerate(samples):
            self.view.widen(
                column, metrics.horizontalAdvance(sample) + 3 * metrics.averageCharWidth()
            )

    def _week_day(self) -> date | None:
        """The day typed, or None with its problem shown under the top row."""
        try:
            day = self.week.read()
        except DomainError as wrong:
            show_error(self.week_error, describe(wrong))
            self.week.setFocus()
            return None
        show_error(self.week_error, "")
        return day

    def load_earlier(self) -> None:
        try:
            checks = operations.call(
                self, lambda: self.services.customers.spot_checks.list(self.principal)
            )
        except operations.Failed:
            return
        self.earlier.clear()
        for check in checks:
            self.earlier.addItem(check.week_start.isoformat(), check.id)
        if checks and self.check_id is None:
            self._show(checks[0])

    def draw(self) -> None:
        size = self.sample_size.value() or None
        week_day = self._week_day()
        if week_day is None:
            return
        try:
            check = operations.call(
                self,
                lambda: self.services.customers.spot_checks.draw(self.principal, week_day, size),
            )
        except operations.Failed:
            return
        self._show(check)
        self.load_earlier()

    def show_check(self, check_id: int | None) -> None:
        if check_id is None:
            return
        try:
            check = operations.call(
                self, lambda: self.services.customers.spot_checks.get(self.principal, check_id)
            )
        except operations.Failed:
            return
        self._show(check)

    def _show(self, check: SpotCheckInfo) -> None:
        self.check_id = check.id
        self.model.set_rows(check.items)
        self.summary.setText(
            self.tr(
                "Week %1 to %2: %3 of %4 entries drawn by %5 — %6 passed, %7 failed, %8 to check."
            )
            .replace("%1", check.week_start.isoformat())
            .replace("%2", check.week_end.isoformat())
            .replace("%3", str(len(check.items)))
            .replace("%4", str(check.population))
            .replace("%5", check.drawn_by_name or check.drawn_by)
            .replace("%6", str(check.passed))
            .replace("%7", str(check.failed))
            .replace("%8", str(check.pending))
        )

    def mark(self, passed: bool) -> None:
        item: SpotCheckItemInfo | None = selected_item(self.view)
        if item is None:
            return
        note = self.note.text()
        try:
            operations.call(
                self,
                lambda: self.services.customers.spot_checks.mark(
                    self.principal, item.id, passed, note
                ),
            )
        except operations.Failed:
            return
        self.note.clear()
        row = self.view.currentIndex().row()
        self.show_check(item.spot_check_id)
        if row + 1 < self.model.rowCount():  # on to the next entry of the sample
            self.view.selectRow(row + 1)
