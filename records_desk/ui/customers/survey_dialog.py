"""Record survey… (附件4 銷售客戶情況調查表, R-CUS-7): the head's facts the domain keeps (legal
representative, customer type, established, registered capital), the seven sections of 五6.2
as text boxes, and the surveyor's assessment. Saved through EvaluationService.record_survey;
what is wrong (no section filled in, a text too long, a date ahead) comes back as
SurveyInvalid and is worded by wording/customers/record_errors.py; a survey day or an
established day typed after today is refused under its field, as typed (issue 10 §2)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QLineEdit, QScrollArea, QWidget

from records_desk.domain.common.errors import DomainError
from records_desk.domain.customers.surveys import SurveyFact, SurveySection
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerInfo
from records_desk.settings import Settings
from records_desk.ui.customers.record_dialog import RecordDialog, error_under, text_box
from records_desk.ui.dialogs import add_form_row, make_error_label, show_error
from records_desk.ui.messages import describe
from records_desk.ui.widgets.date_field import DateField
from records_desk.wording.customers.terms import survey_section_name

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class SurveyDialog(RecordDialog):
    geometry_key = "customer_survey"

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
        self.setObjectName("surveyDialog")
        self._day_label = add_form_row(self.form, self.day)
        self.legal_rep = QLineEdit()
        self.legal_rep.setObjectName("legalRepEdit")
        self.customer_type = QLineEdit()
        self.customer_type.setObjectName("customerTypeEdit")
        self.established = DateField(None, latest=today, optional=True)  # empty: not given
        self.established.setObjectName("establishedEdit")
        self.established_error = make_error_label()
        self.established_error.setObjectName("establishedError")
        self.capital = QLineEdit()
        self.capital.setObjectName("capitalEdit")
        self.capital.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,15}")))
        self._fact_labels = {
            SurveyFact.LEGAL_REP: add_form_row(self.form, self.legal_rep),
            SurveyFact.CUSTOMER_TYPE: add_form_row(self.form, self.customer_type),
            SurveyFact.ESTABLISHED: add_form_row(self.form, self.established),
            SurveyFact.CAPITAL: add_form_row(self.form, self.capital),
        }
        error_under(self.form, self.established, self.established_error)
        sections = QWidget()
        section_form = QFormLayout(sections)
        section_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.sections = {s: text_box(f"section_{s.value}") for s in SurveySection}
        self._section_labels = {s: add_form_row(section_form, b) for s, b in self.sections.items()}
        self.assessment = text_box("assessmentEdit")
        self._assessment_label = add_form_row(section_form, self.assessment)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sections)
        self.body.addWidget(scroll, 1)
        self.finish_layout()
        self.resize(600, 720)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Record survey (Annex 4)"))
        self._day_label.setText(self.tr("Survey &date:"))
        texts = {
            SurveyFact.LEGAL_REP: self.tr("&Legal representative:"),
            SurveyFact.CUSTOMER_TYPE: self.tr("Customer &type:"),
            SurveyFact.ESTABLISHED: self.tr("&Established:"),
            SurveyFact.CAPITAL: self.tr("Registered &capital (NT$):"),
        }
        for fact, label in self._fact_labels.items():
            label.setText(texts[fact])
        for section, label in self._section_labels.items():
            label.setText(survey_section_name(section))
        self._assessment_label.setText(self.tr("Surveyor's &assessment:"))

    def section_values(self) -> dict[str, str]:
        return {s.value: box.toPlainText() for s, box in self.sections.items()}

    def fact_values(self) -> dict[str, Any]:
        """DomainError when the established day typed is no day or after today."""
        facts: dict[str, Any] = {
            SurveyFact.LEGAL_REP.value: self.legal_rep.text(),
            SurveyFact.CUSTOMER_TYPE.value: self.customer_type.text(),
        }
        established = self.established.read()
        if established is not None:
            facts[SurveyFact.ESTABLISHED.value] = established
        if self.capital.text():
            facts[SurveyFact.CAPITAL.value] = int(self.capital.text())
        return facts

    def save(self) -> None:
        on = self.read_day()
        try:
            facts = self.fact_values()
        except DomainError as wrong:
            show_error(self.established_error, describe(wrong))
            if on is not None:
                self.established.setFocus()
            return
        show_error(self.established_error, "")
        if on is None:
            return
        sections = self.section_values()
        assessment = self.assessment.toPlainText()
        evaluations = self._services.customers.evaluations
        self.submit(
            lambda: evaluations.record_survey(
                self._principal, self.info.id, on, sections, assessment, facts
            )
        )

    def saved_text(self, result: Any) -> str:
        return self.tr("Survey recorded.")
