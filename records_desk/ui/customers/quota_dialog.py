"""Grade quotas (R-GRD-2) for the director: per department and per product line of it, how
many customers hold each capped grade, their share against the cap (VIP 15 %, 優選 30 %),
and every breach in red, named above the table with its department and share."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import QuotaLineInfo
from records_desk.settings import Settings
from records_desk.ui.common.background import BackgroundJob, load_in_background
from records_desk.ui.common.table import (
    Column,
    RowsModel,
    percent,
    refresh_close_row,
    table_view,
)
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.customers.terms import grade_name


def _over(line: QuotaLineInfo) -> bool:
    return line.over


class QuotaModel(RowsModel[QuotaLineInfo]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.columns = [
            Column(self.tr("Department"), lambda q: q.department, _over),
            Column(
                self.tr("Product line"),
                lambda q: q.product_line or self.tr("(whole department)"),
                _over,
            ),
            Column(self.tr("Grade"), lambda q: grade_name(q.grade), _over),
            Column(self.tr("With the grade"), lambda q: q.count, _over, numeric=True),
            Column(self.tr("Of customers"), lambda q: q.total, numeric=True),
            Column(self.tr("Share"), lambda q: percent(q.share), _over, numeric=True),
            Column(self.tr("Cap"), lambda q: percent(q.cap), numeric=True),
            Column(self.tr("Allowed"), lambda q: q.allowed, numeric=True),
            Column(self.tr("Over the cap"), lambda q: self.tr("Over") if q.over else "", _over),
        ]


class QuotaDialog(RememberingDialog):
    geometry_key = "grade_quotas"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("gradeQuotasDialog")
        self.services = services
        self.principal = principal
        self.setWindowTitle(self.tr("Grade quotas"))
        self.resize(900, 480)

        intro = QLabel(
            self.tr(
                "VIP customers may be at most 15 % and preferred customers at most 30 % of the "
                "graded customers of a department, and of each product line in it."
            )
        )
        intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("quotaSummary")
        self.summary.setWordWrap(True)
        self.model = QuotaModel(self)
        self.view = table_view(self.model, "quotaTable", self)
        bottom = refresh_close_row(self, self.refresh)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.job: BackgroundJob | None = None
        QTimer.singleShot(0, self.refresh)  # once the dialog is on screen

    def refresh(self) -> BackgroundJob:
        """Every graded file is counted (a second or more on a big archive): off the UI
        thread."""
        grading = self.services.customers.grading
        self.job = load_in_background(
            self,
            lambda: grading.quota_report(self.principal),
            self.tr("Counting grades…"),
            self._show,
        )
        return self.job

    def _show(self, lines: list[QuotaLineInfo]) -> None:
        self.model.set_rows(lines)
        self.summary.setText(self.breach_text(lines))

    def breach_text(self, lines: list[QuotaLineInfo]) -> str:
        breaches = [q for q in lines if q.over]
        if not lines:
            return self.tr("No graded customers yet.")
        if not breaches:
            self.summary.setStyleSheet("")
            return self.tr("Every department and product line is within its quotas.")
        self.summary.setStyleSheet("color: #b71c1c; font-weight: bold;")
        parts = [
            self.tr("%1 — %2 %3 of %4 customers, %5 (cap %6)")
            .replace("%1", q.scope_name)
            .replace("%2", grade_name(q.grade))
            .replace("%3", str(q.count))
            .replace("%4", str(q.total))
            .replace("%5", percent(q.share))
            .replace("%6", percent(q.cap))
            for q in breaches
        ]
        head = self.tr("Over the quota (%1):").replace("%1", str(len(breaches)))
        return "\n".join([head, *parts])
