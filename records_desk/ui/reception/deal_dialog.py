"""Recording a closed deal for the commission rules (R-REC-7…10), from the disputes dialog
(disputes_dialog.py): the customer, the day and who closed it, with what was established about
it — a mid-visit designation, a referral, a forgotten consultant. Opened with show()."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from records_desk.domain.reception.vocabulary import Visitor
from records_desk.services.reception.deal_rows import DealDraft
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.reception.dialogs import Choices, FormDialog
from records_desk.ui.widgets.date_field import DateField

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


class DealDialog(FormDialog):
    """A deal recorded with what was established about it (all but the customer, the day and
    who closed it optional): a mid-visit designation, a referral, a forgotten consultant."""

    geometry_key = "receptionDeal"

    def __init__(
        self,
        settings: Settings | None,
        parent: QWidget | None,
        consultants: Choices,
        today: date,
        submit: Callable[[DealDraft], bool],
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("dealDialog")
        self._submit = submit
        self.name = QLineEdit()
        self.name.setObjectName("dealCustomer")
        self.phone = QLineEdit()
        self.day = DateField(today, latest=today)
        self.consultant = QComboBox()
        self.consultant.setObjectName("dealConsultant")
        self.situation = QComboBox()
        self.situation.setObjectName("dealSituation")
        self.other = QComboBox()
        self.other.setObjectName("dealOther")
        for box in (self.consultant, self.other):
            for username, label in consultants:
                box.addItem(label, username)
        self.flag = QCheckBox()
        self.flag.setObjectName("dealFlag")
        fields = (self.name, self.phone, self.day, self.consultant, self.situation, self.other)
        self.labels = [self.add_row(w) for w in fields]
        self.form.addRow("", self.flag)
        self.situation.currentIndexChanged.connect(lambda _i: self._situation_changed())
        self.retranslate_ui()
        self.name.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ReceptionDisputes", "Record a deal"))
        self.note.setText(
            translate(
                "ReceptionDisputes",
                "The program works out the split the rules give from the visitor sheets and "
                "registrations, and cites the rule and the rows it used; a manager decides.",
            )
        )
        texts = (
            translate("ReceptionDisputes", "&Customer:"),
            translate("ReceptionDisputes", "&Phone:"),
            translate("ReceptionDisputes", "&Day of the deal:"),
            translate("ReceptionDisputes", "Closed &by:"),
            translate("ReceptionDisputes", "&What happened:"),
            translate("ReceptionDisputes", "&Other consultant:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        current = max(self.situation.currentIndex(), 0)
        self.situation.blockSignals(True)
        self.situation.clear()
        self.situation.addItem(translate("ReceptionDisputes", "nothing particular"), "")
        self.situation.addItem(
            translate("ReceptionDisputes", "designated another consultant mid-visit"), "designated"
        )
        self.situation.addItem(translate("ReceptionDisputes", "a referral"), "referral")
        self.situation.addItem(
            translate("ReceptionDisputes", "had forgotten their first consultant"), "forgotten"
        )
        self.situation.setCurrentIndex(current)
        self.situation.blockSignals(False)
        self._situation_changed()

    def _situation_changed(self) -> None:
        kind = self.situation.currentData()
        self.other.setEnabled(bool(kind))
        self.flag.setVisible(bool(kind))
        self.flag.setText(
            {
                "designated": translate(
                    "ReceptionDisputes", "The designated consultant instigated it"
                ),
                "referral": translate("ReceptionDisputes", "Announced in advance"),
                "forgotten": translate("ReceptionDisputes", "The deal came before recognition"),
            }.get(kind, "")
        )

    def submit(self) -> bool:
        try:
            day = operations.call(self, self.day.read)
        except operations.Failed:
            return False
        if day is None:
            return False
        kind, other, flag = self.situation.currentData(), self.other.currentData(), self.flag
        draft = DealDraft(
            customer=Visitor(self.name.text(), self.phone.text()),
            day=day,
            consultant=self.consultant.currentData() or "",
            designated=other if kind == "designated" else None,
            instigated=kind == "designated" and flag.isChecked(),
            referred_by=other if kind == "referral" else None,
            announced=kind == "referral" and flag.isChecked(),
            original=other if kind == "forgotten" else None,
            deal_first=kind == "forgotten" and flag.isChecked(),
        )
        return self._submit(draft)
