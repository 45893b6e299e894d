"""Record evaluation… (附件1 銷售客戶審核評價表, R-GRD-3): one score box (0–10) per criterion with
the weight in force beside it, and the weighted total out of 100 and the grade it suggests,
kept up to date as the scores are typed. The arithmetic is domain.evaluations.evaluate's, with
the service's policy (weights from the settings); the dialog only shows it. Saved through
EvaluationService.record_evaluation; the suggestion is advice — the grade changes only through
Change grade… (quota check, R-GRD-2)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSpinBox, QWidget

from records_desk.domain.customers import evaluations as ev
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerInfo
from records_desk.services.customers.quality_dto import EvaluationInfo
from records_desk.settings import Settings
from records_desk.ui.customers.record_dialog import RecordDialog, text_box
from records_desk.ui.dialogs import add_form_row
from records_desk.wording.customers.terms import evaluation_criterion_name, grade_name

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class EvaluationDialog(RecordDialog):
    geometry_key = "customer_evaluation"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        info: CustomerInfo,
        today: date,
        policy: ev.EvaluationPolicy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, principal, settings, info, today, parent)
        self.setObjectName("evaluationDialog")
        self.policy = policy
        self._day_label = add_form_row(self.form, self.day)
        self.product_line = QComboBox()
        self.product_line.setObjectName("productLineCombo")
        self.product_line.setEditable(True)
        self.product_line.addItems(["", *info.product_lines])
        self._product_label = add_form_row(self.form, self.product_line)
        grid = QGridLayout()
        self._headings = [QLabel() for _ in range(4)]
        for column, heading in enumerate(self._headings):
            heading.setStyleSheet("font-weight: bold;")
            grid.addWidget(heading, 0, column)
        self.scores: dict[ev.Criterion, QSpinBox] = {}
        self.weighted: dict[ev.Criterion, QLabel] = {}
        self._names: dict[ev.Criterion, QLabel] = {}
        for row, criterion in enumerate(ev.Criterion, start=1):
            name, weight, score, weighted = QLabel(), QLabel(), QSpinBox(), QLabel()
            name.setToolTip(ev.CRITERION_STANDARDS[criterion])  # 評分標準, as printed
            name.setBuddy(score)
            weight.setObjectName(f"weight_{criterion.value}")
            weight.setText(f"{policy.weights[criterion]} %")
            score.setObjectName(f"score_{criterion.value}")
            score.setRange(0, policy.max_score)
            score.valueChanged.connect(self.update_total)
            weighted.setObjectName(f"weighted_{criterion.value}")
            for column, widget in enumerate((name, weight, score, weighted)):
                grid.addWidget(widget, row, column)
            self.scores[criterion], self.weighted[criterion], self._names[criterion] = (
                score,
                weighted,
                name,
            )
        grid.setColumnStretch(0, 1)
        self.form.addRow(grid)
        self.total = QLabel()
        self.total.setObjectName("evaluationTotal")
        self.total.setStyleSheet("font-weight: bold;")
        self._total_label = add_form_row(self.form, self.total)
        self.suggested = QLabel()
        self.suggested.setObjectName("suggestedGrade")
        self.suggested.setStyleSheet("font-weight: bold;")
        self._suggested_label = add_form_row(self.form, self.suggested)
        self.opinion = text_box("opinionEdit")
        self._opinion_label = add_form_row(self.form, self.opinion)
        self.finish_layout()
        self.resize(560, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Record evaluation (Annex 1)"))
        self._day_label.setText(self.tr("Evaluation &date:"))
        self._product_label.setText(self.tr("&Product line:"))
        edit = self.product_line.lineEdit()
        if edit is not None:  # editable, so always there
            edit.setPlaceholderText(self.tr("All product lines"))
        headings = (
            self.tr("Criterion"),
            self.tr("Weight"),
            self.tr("Score (0–%1)").replace("%1", str(self.policy.max_score)),
            self.tr("Weighted"),
        )
        for label, text in zip(self._headings, headings, strict=True):
            label.setText(text)
        for criterion, label in self._names.items():
            label.setText(evaluation_criterion_name(criterion))
        self._total_label.setText(self.tr("Total (of 100):"))
        self._suggested_label.setText(self.tr("Suggested grade:"))
        self._opinion_label.setText(self.tr("&Opinion:"))
        self.update_total()

    def score_values(self) -> dict[str, int]:
        return {criterion.value: box.value() for criterion, box in self.scores.items()}

    def evaluation(self) -> ev.Evaluation:
        """The domain's reading of the scores as typed (every box holds a score 0..max)."""
        return ev.evaluate(self.score_values(), self.policy)

    def update_total(self) -> None:
        result = self.evaluation()
        for line in result.lines:
            self.weighted[line.criterion].setText(str(ev.as_decimal(line.weighted)))
        self.total.setText(str(ev.as_decimal(result.total)))
        self.suggested.setText(grade_name(result.suggested_grade))

    def save(self) -> None:
        on = self.read_day()
        if on is None:
            return
        scores = self.score_values()
        opinion, line = self.opinion.toPlainText(), self.product_line.currentText()
        evaluations = self._services.customers.evaluations
        self.submit(
            lambda: evaluations.record_evaluation(
                self._principal, self.info.id, on, scores, opinion, product_line=line
            )
        )

    def saved_text(self, result: Any) -> str:
        assert isinstance(result, EvaluationInfo)
        return (
            self.tr("Evaluation recorded: %1 of 100, suggesting %2.")
            .replace("%1", str(result.total))
            .replace("%2", grade_name(result.suggested_grade))
        )
