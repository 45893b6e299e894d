"""What the four record dialogs of the 客戶檔案 tab share (review 附件2, visit 附件5, evaluation
附件1, survey 附件4): a heading naming the file, the day it happened (never after today — the
services refuse it too, this only keeps the calendar honest), multi-line text boxes, OK/Cancel,
and one service call through ui/operations.call whose result is emitted as `recorded`.

Each dialog is opened with open()/show(), never exec(); on a refused call it stays open with
what was typed, the message already shown by operations.call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerInfo
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.dialogs import ok_cancel
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.customers.terms import grade_name


def text_box(object_name: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(object_name)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other form
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def date_edit(object_name: str, today: date) -> QDateEdit:
    edit = QDateEdit(QDate(today))
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(QDate(today))
    return edit


class RecordDialog(RememberingDialog):
    """Subclasses build their fields into `self.form` (and `self.body`), word them in
    `retranslate_ui` and make their call in `save`. Emits `recorded(info)` once saved."""

    recorded = Signal(object)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        info: CustomerInfo,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self._services = services
        self._principal = principal
        self.info = info
        self.today = today
        self.heading = QLabel()
        self.heading.setObjectName("recordHeading")
        self.heading.setWordWrap(True)
        self.day = date_edit("recordDate", today)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = ok_cancel(self, self.save)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.heading)
        self.body.addLayout(self.form)

    def finish_layout(self) -> None:
        """Called by the subclass once its fields are in: buttons last, then the words."""
        self.body.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        grade = grade_name(self.info.grade)
        self.heading.setText(
            f"<b>{self.info.archive_number}</b> {self.info.name}" + (f" — {grade}" if grade else "")
        )

    @property
    def on(self) -> date:
        day = self.day.date().toPython()
        assert isinstance(day, date)  # a QDate's (the stubs say object)
        return day

    def save(self) -> None:
        raise NotImplementedError

    def submit(self, fn: Callable[[], Any]) -> None:
        """The one service call; on success `recorded(result)` and the dialog closes."""
        try:
            result = operations.call(self, fn)
        except operations.Failed:
            return
        self.accept()
        self.recorded.emit(result)
        text = self.saved_text(result)
        if text:
            notify.info(self.parentWidget(), text)

    def saved_text(self, result: Any) -> str:
        """What the user is told once it is saved ("" for nothing)."""
        return ""
