"""What the four record dialogs of the 客戶檔案 tab share (review 附件2, visit 附件5, evaluation
附件1, survey 附件4): a heading naming the file, the day it happened (never after today — the
services refuse it too; a later day typed stays as typed and is refused under the field with
the allowed range, never moved to today), multi-line text boxes, OK/Cancel, and one service
call through ui/operations.call whose result is emitted as `recorded`.

Each dialog is opened with open()/show(), never exec(); on a refused call it stays open with
what was typed, the message already shown by operations.call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.errors import DomainError
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerInfo
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.dialogs import make_error_label, ok_cancel, show_error
from records_desk.ui.messages import describe
from records_desk.ui.widgets.date_field import DateField
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.customers.terms import grade_name


def text_box(object_name: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(object_name)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other form
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def day_field(object_name: str, today: date) -> DateField:
    """Today, and never later: a later day typed is refused as typed (issue 10 §2)."""
    field = DateField(today, latest=today)
    field.setObjectName(object_name)
    field.edit.setObjectName(f"{object_name}Edit")
    return field


def error_under(form: QFormLayout, field: QWidget, error: QLabel) -> None:
    """`error` (a make_error_label) as the row under `field`'s row of `form`."""
    position = form.getWidgetPosition(field)
    assert isinstance(position, tuple)  # (row, role); the stubs say object
    form.insertRow(position[0] + 1, error)


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
        self.day = day_field("recordDate", today)
        self.day_error = make_error_label()
        self.day_error.setObjectName("recordDateError")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = ok_cancel(self, self.save)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.heading)
        self.body.addLayout(self.form)

    def finish_layout(self) -> None:
        """Called by the subclass once its fields are in: the day's problem under the day,
        buttons last, then the words."""
        error_under(self.form, self.day, self.day_error)
        self.body.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        grade = grade_name(self.info.grade)
        self.heading.setText(
            f"<b>{self.info.archive_number}</b> {self.info.name}" + (f" — {grade}" if grade else "")
        )

    @property
    def on(self) -> date:
        """The day typed (DomainError when it is no day or after today)."""
        day = self.day.read()
        assert day is not None  # the field is not optional
        return day

    def read_day(self) -> date | None:
        """The day typed, or None with its problem shown under the field, which gets the focus."""
        try:
            day = self.on
        except DomainError as wrong:
            show_error(self.day_error, describe(wrong))
            self.day.setFocus()
            return None
        show_error(self.day_error, "")
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
