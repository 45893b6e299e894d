"""Record review… (附件2 銷售客戶階段評價表, R-GRD-3, R-GRD-4): the review day, a score 0–10 and a
comment for each of 五3.1's criteria (contract performance, payment, good faith), the problems
found, and the grade the reviewer finds. Saved through ReviewService.record_review; the user is
then told when the next review is due (6 months on).

On a VIP file a recorded problem means a downgrade within 5 days (五3.3, R-GRD-4): the dialog
says so, with the day, as soon as a problem is typed. The grade itself is changed only through
Change grade… (quota check, R-GRD-2)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from records_desk.domain.common.errors import DomainError
from records_desk.domain.customers.reviews import downgrade_deadline
from records_desk.domain.customers.vocabulary import Grade
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerInfo, ReviewInfo
from records_desk.settings import Settings
from records_desk.ui.customers.record_dialog import RecordDialog, text_box
from records_desk.ui.dialogs import add_form_row
from records_desk.wording.customers.terms import grade_name

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

# 五3.1: 合同履約情況、貨款支付情況、誠信情況 — the keys 附件2's printing reads (review_form_data).
CRITERIA = ("contract", "payment", "good_faith")
MAX_SCORE = 10
WARNING = "padding: 4px; border-radius: 3px; background: #fff3c4; color: #5d4300;"


def evaluation_criterion_name(key: str) -> str:
    texts = {
        "contract": translate("ReviewDialog", "Contract performance"),
        "payment": translate("ReviewDialog", "Payment"),
        "good_faith": translate("ReviewDialog", "Good faith"),
    }
    return texts.get(key, key)


class ReviewDialog(RecordDialog):
    geometry_key = "customer_review"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        info: CustomerInfo,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, principal, settings, info, today, parent)
        self.setObjectName("reviewDialog")
        self.policy = services.customers.reviews.policy
        self._day_label = add_form_row(self.form, self.day)
        grid = QGridLayout()
        self.scores: dict[str, QSpinBox] = {}
        self.comments: dict[str, QLineEdit] = {}
        self._criterion_labels: dict[str, QLabel] = {}
        self._score_heading, self._comment_heading = QLabel(), QLabel()
        grid.addWidget(self._score_heading, 0, 1)
        grid.addWidget(self._comment_heading, 0, 2)
        for row, key in enumerate(CRITERIA, start=1):
            label, score, comment = QLabel(), QSpinBox(), QLineEdit()
            score.setObjectName(f"score_{key}")
            score.setRange(-1, MAX_SCORE)  # -1 shows as "—": not scored
            score.setSpecialValueText("—")
            score.setValue(-1)
            comment.setObjectName(f"comment_{key}")
            label.setBuddy(score)
            grid.addWidget(label, row, 0)
            grid.addWidget(score, row, 1)
            grid.addWidget(comment, row, 2)
            self.scores[key], self.comments[key] = score, comment
            self._criterion_labels[key] = label
        grid.setColumnStretch(2, 1)
        self._criteria_label = QLabel()
        self.form.addRow(self._criteria_label, grid)
        self.problems = text_box("problemsEdit")
        self._problems_label = add_form_row(self.form, self.problems)
        self.result_grade = QComboBox()
        self.result_grade.setObjectName("resultGradeCombo")
        for grade in Grade:
            self.result_grade.addItem(grade_name(grade), grade)
        if info.grade is not None:
            self.result_grade.setCurrentIndex(self.result_grade.findData(info.grade))
        self._grade_label = add_form_row(self.form, self.result_grade)
        self.warning = QLabel()
        self.warning.setObjectName("downgradeWarning")
        self.warning.setStyleSheet(WARNING)
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.body.addWidget(self.warning)
        self.problems.textChanged.connect(self._show_warning)
        self.day.edit.textChanged.connect(lambda _text: self._show_warning())
        self.finish_layout()
        self.resize(560, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Record review (Annex 2)"))
        self._day_label.setText(self.tr("Review &date:"))
        self._criteria_label.setText(self.tr("Scores:"))
        self._score_heading.setText(self.tr("Score (0–%1)").replace("%1", str(MAX_SCORE)))
        self._comment_heading.setText(self.tr("Comment"))
        for key, label in self._criterion_labels.items():
            label.setText(evaluation_criterion_name(key))
        self._problems_label.setText(self.tr("&Problems found:"))
        self.problems.setPlaceholderText(
            self.tr("e.g. late payment, contracts not carried out, a crisis in the business")
        )
        self._grade_label.setText(self.tr("Resulting &grade:"))
        for index in range(self.result_grade.count()):
            self.result_grade.setItemText(index, grade_name(self.result_grade.itemData(index)))
        self._show_warning()

    @property
    def vip_problem(self) -> bool:
        return self.info.grade == Grade.VIP and bool(self.problems.toPlainText().strip())

    @property
    def downgrade_by(self) -> date:
        """R-GRD-4: a problem recorded on day D is followed by a downgrade by D + 5."""
        return downgrade_deadline(self.on, self.policy)

    def _show_warning(self) -> None:
        try:
            deadline = self.downgrade_by
        except DomainError:  # no day to count from yet: said under the field on OK
            self.warning.hide()
            return
        if self.vip_problem:
            self.warning.setText(
                self.tr(
                    "This is a VIP file: with a problem recorded it must be downgraded within "
                    "%1 days, by %2 (use Change grade…), or it is flagged as overdue."
                )
                .replace("%1", str(self.policy.downgrade_days))
                .replace("%2", deadline.isoformat())
            )
        self.warning.setVisible(self.vip_problem)

    def score_values(self) -> dict[str, Any]:
        """Each criterion scored or commented: {"score": n, "comment": text}."""
        found: dict[str, Any] = {}
        for key in CRITERIA:
            value: dict[str, Any] = {}
            if self.scores[key].value() >= 0:
                value["score"] = self.scores[key].value()
            if self.comments[key].text().strip():
                value["comment"] = self.comments[key].text().strip()
            if value:
                found[key] = value
        return found

    def save(self) -> None:
        grade = Grade(self.result_grade.currentData())  # Qt hands it back as a plain string
        on = self.read_day()
        if on is None:
            return
        scores, problems = self.score_values(), self.problems.toPlainText()
        reviews = self._services.customers.reviews
        self.submit(
            lambda: reviews.record_review(
                self._principal, self.info.id, on, scores, problems, result_grade=grade
            )
        )

    def saved_text(self, result: Any) -> str:
        assert isinstance(result, ReviewInfo)
        text = self.tr("Review recorded. The next review is due on %1.").replace(
            "%1", result.next_due.isoformat()
        )
        if self.vip_problem:
            text += "\n" + self.tr("A problem was recorded: downgrade the VIP by %1.").replace(
                "%1", self.downgrade_by.isoformat()
            )
        return text
