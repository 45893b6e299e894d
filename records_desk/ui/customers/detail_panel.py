"""The selected customer file in full, beside the table: a red banner while it is blacklisted
(R-GRD-5), a grey one when void (R-CUS-3), a note when it was entered late (R-CUS-5) and the
required fields still missing (R-DQ-1), then every field; under them the file's records
(reviews, visits, evaluations, surveys; newest first) and when the next review is due
(R-GRD-3), as the screen's Records group (screen_actions.py) reads them. What other features
know of the file (out on loan, with whom, until when: issue 11) is asked of them through
`facts` (ui/common/feature.py file_facts) and shown as a note under the banners."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from records_desk.wording.customers.terms import (
    criterion_name,
    field_name,
    grade_name,
    local_time,
    record_type_name,
    status_name,
)

if TYPE_CHECKING:
    from records_desk.services.customers.dto import CustomerInfo

BANNER = "padding: 6px; border-radius: 3px; font-weight: bold;"
BLACKLIST_BANNER = BANNER + "background: #c62828; color: white;"
VOID_BANNER = BANNER + "background: #9e9e9e; color: white;"
NOTE = "padding: 4px; border-radius: 3px; background: #fff3c4; color: #5d4300;"

_FIELDS = (
    "archive_number",
    "record_type",
    "status",
    "name",
    "contact_person",
    "phones",
    "email",
    "address",
    "id_number",
    "department",
    "product_lines",
    "consultant_id",
    "grade",
    "prospect_level",
    "shelf_location",
    "event_date",
    "entered_at",
    "maintainer_id",
    "admission",
    "version",
)


def _banner(object_name: str, style: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.hide()
    return label


class DetailPanel(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        facts: Callable[[str], list[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerDetail")
        self.info: CustomerInfo | None = None
        self.facts = facts  # archive number -> lines from the other features
        self.blacklist_banner = _banner("blacklistBanner", BLACKLIST_BANNER)
        self.void_banner = _banner("voidBanner", VOID_BANNER)
        self.late_note = _banner("lateEntryNote", NOTE)
        self.missing_note = _banner("missingFieldsNote", NOTE)
        self.facts_note = _banner("fileFactsNote", NOTE)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        form_widget = QWidget()
        self.form = QFormLayout(form_widget)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow pane
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in _FIELDS:
            label, value = QLabel(), QLabel()
            value.setObjectName(f"detail_{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # Any width the pane is given, the height the wrapped text needs at that width:
            # a value never asks for more width (no sideways scrolling) and never loses a line.
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
            policy.setHeightForWidth(True)
            value.setSizePolicy(policy)
            value.setMinimumWidth(60)
            self.labels[name], self.values[name] = label, value
            self.form.addRow(label, value)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_widget)
        self.fields_scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        for widget in (
            self.blacklist_banner,
            self.void_banner,
            self.facts_note,
            self.late_note,
            self.missing_note,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._records_box())
        self.retranslate_ui()
        self.show_customer(None)

    def _records_box(self) -> QGroupBox:
        self.records_box = QGroupBox()
        self.records_box.setObjectName("recordsBox")
        self.next_review = QLabel()
        self.next_review.setObjectName("nextReviewDue")
        self.next_review.setWordWrap(True)
        self.records = QListWidget()
        self.records.setObjectName("recordsList")
        self.records.setMaximumHeight(140)
        box = QVBoxLayout(self.records_box)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.next_review)
        box.addWidget(self.records)
        self.records_box.hide()
        return self.records_box

    def show_records(self, next_review: str | None, lines: list[tuple[str, str]]) -> None:
        """The file's records as (line, tooltip), newest first; `next_review` None for files
        that are not reviewed (ungraded types) and for no file."""
        self.records.clear()
        for text, tip in lines:
            item = QListWidgetItem(text)
            item.setToolTip(tip)
            self.records.addItem(item)
        if not lines:
            self.records.addItem(self.tr("Nothing recorded yet."))
        self.next_review.setText(next_review or "")
        self.next_review.setVisible(next_review is not None)
        self.records_box.setVisible(self.info is not None)

    def retranslate_ui(self) -> None:
        self.records_box.setTitle(self.tr("Records"))
        for name, label in self.labels.items():
            label.setText((self.tr("Version") if name == "version" else field_name(name)) + ":")
        self.empty.setText(self.tr("Select a file to see it here."))
        self.show_customer(self.info)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_customer(self, info: CustomerInfo | None) -> None:
        self.info = info
        self.empty.setVisible(info is None)
        self.fields_scroll.setVisible(info is not None)
        if info is None:
            for widget in (
                self.blacklist_banner,
                self.void_banner,
                self.late_note,
                self.missing_note,
                self.facts_note,
                self.records_box,
            ):
                widget.hide()
            return
        facts = self.facts(info.archive_number) if self.facts else []
        self.facts_note.setText("\n".join(facts))
        self.facts_note.setVisible(bool(facts))
        if info.blacklisted_until is not None:
            # R-GRD-5: 黑名單有效期至 (the last day), as the office writes it.
            self.blacklist_banner.setText(
                self.tr("Blacklisted until %1").replace("%1", info.blacklisted_until.isoformat())
            )
        self.blacklist_banner.setVisible(info.blacklisted_until is not None)
        void = info.voided_at is not None or info.void_reason is not None
        if void:
            when = local_time(info.voided_at) if info.voided_at else ""
            self.void_banner.setText(
                self.tr("Void since %1: %2")
                .replace("%1", when)
                .replace("%2", info.void_reason or "")
            )
        self.void_banner.setVisible(void)
        if info.entered_late and info.event_date is not None:
            days = (info.entered_at.astimezone().date() - info.event_date) // timedelta(days=1)
            self.late_note.setText(
                self.tr("Entered late: the event was on %1, the file entered %2 (%3 days).")
                .replace("%1", info.event_date.isoformat())
                .replace("%2", local_time(info.entered_at))
                .replace("%3", str(days))
            )
        self.late_note.setVisible(info.entered_late)
        if info.missing_fields:
            missing = "、".join(field_name(f.value) for f in info.missing_fields)
            self.missing_note.setText(self.tr("Missing required fields: %1").replace("%1", missing))
        self.missing_note.setVisible(bool(info.missing_fields))
        for name, text in self._texts(info).items():
            self.values[name].setText(text)

    @staticmethod
    def _texts(info: CustomerInfo) -> dict[str, str]:
        from records_desk.domain.customers.vocabulary import AdmissionCriterion

        dash = "—"
        return {
            "archive_number": info.archive_number,
            "record_type": record_type_name(info.record_type),
            "status": status_name(info.status),
            "name": info.name,
            "contact_person": info.contact_person or dash,
            "phones": ", ".join(info.phones) or dash,
            "email": info.email or dash,
            "address": info.address or dash,
            "id_number": info.id_number or dash,
            "department": info.department or dash,
            "product_lines": ", ".join(info.product_lines) or dash,
            "consultant_id": info.consultant or dash,
            "grade": grade_name(info.grade) or dash,
            "prospect_level": info.prospect_level.value if info.prospect_level else dash,
            "shelf_location": info.shelf_location or dash,
            "event_date": info.event_date.isoformat() if info.event_date else dash,
            "entered_at": local_time(info.entered_at),
            "maintainer_id": info.maintainer,
            "admission": "\n".join(
                criterion_name(c) for c in AdmissionCriterion if c in info.admission.met
            )
            or dash,
            "version": str(info.version),
        }
