"""Record visit… (附件5 銷售客戶拜訪總結報告, R-CUS-8): the day of the visit, what was talked about,
the customer's latest needs, their opinions and their suggestions. Saved through
ReviewService.record_visit under the keys 附件5's printing reads; VIP and preferred files are
due a visit a month (the director's overdue-visits list)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerInfo
from records_desk.settings import Settings
from records_desk.ui.customers.record_dialog import RecordDialog, text_box
from records_desk.ui.dialogs import add_form_row, make_error_label, show_error

# 附件5's sections besides the summary, by the keys customer_form_data.visit_report reads.
DETAILS = ("latest_needs", "opinions", "suggestions")


class VisitDialog(RecordDialog):
    geometry_key = "customer_visit"

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
        self.setObjectName("visitDialog")
        self._day_label = add_form_row(self.form, self.day)
        self.summary = text_box("summaryEdit", 4)
        self._summary_label = add_form_row(self.form, self.summary)
        self.details = {key: text_box(f"{key}Edit") for key in DETAILS}
        self._detail_labels = {
            key: add_form_row(self.form, box) for key, box in self.details.items()
        }
        self.error = make_error_label()
        self.body.addWidget(self.error)
        self.finish_layout()
        self.resize(540, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Record visit (Annex 5)"))
        self._day_label.setText(self.tr("Visit &date:"))
        self._summary_label.setText(self.tr("&Summary:"))
        self.summary.setPlaceholderText(self.tr("Who was met and what was talked about"))
        texts = {
            "latest_needs": self.tr("Latest &needs:"),
            "opinions": self.tr("&Opinions:"),
            "suggestions": self.tr("Su&ggestions:"),
        }
        for key, label in self._detail_labels.items():
            label.setText(texts[key])

    def save(self) -> None:
        summary = self.summary.toPlainText().strip()
        on = self.read_day()
        # A report says what the visit was; the rest may follow later.
        show_error(self.error, "" if summary else self.tr("Please write a summary of the visit."))
        if on is None or not summary:
            if on is not None:
                self.summary.setFocus()
            return
        details: dict[str, Any] = {
            key: box.toPlainText().strip() for key, box in self.details.items()
        }
        details = {key: text for key, text in details.items() if text}
        reviews = self._services.customers.reviews
        self.submit(
            lambda: reviews.record_visit(self._principal, self.info.id, on, summary, details)
        )
