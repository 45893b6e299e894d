"""Change grade… (R-GRD-2): the new grade and the reason. A change that would break a quota is
refused with the department (or product line), grade, cap and share; a director or the
general manager may then override it with a reason of their own, kept with the change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.domain.customers.errors import QuotaExceeded
from records_desk.domain.customers.vocabulary import Grade
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerInfo
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.dialogs import add_form_row, make_error_label, ok_cancel, show_error
from records_desk.ui.messages import describe
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.customers.terms import grade_name


class GradeDialog(RememberingDialog):
    """Emits `changed()` once the grade is changed."""

    geometry_key = "customer_grade"
    changed = Signal()

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        info: CustomerInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("gradeDialog")
        self._services = services
        self._principal = principal
        self.info = info
        self.may_override = is_allowed(principal.role, Action.GRADE_OVERRIDE)
        self.grade = QComboBox()
        self.grade.setObjectName("gradeCombo")
        for grade in Grade:
            self.grade.addItem(grade_name(grade), grade)
        if info.grade is not None:
            self.grade.setCurrentIndex(self.grade.findData(info.grade))
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        self.override = QLineEdit()
        self.override.setObjectName("overrideReasonEdit")
        self.refusal = make_error_label()
        self.refusal.setObjectName("quotaRefusalLabel")
        form = QFormLayout()
        self._grade_label = add_form_row(form, self.grade)
        self._reason_label = add_form_row(form, self.reason)
        self._override_label = add_form_row(form, self.override)
        form.setRowVisible(self.override, False)
        self.form = form
        self.buttons = ok_cancel(self, self.save)
        self.heading = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(480, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change grade"))
        self.heading.setText(
            self.tr("%1 %2, now %3")
            .replace("%1", self.info.archive_number)
            .replace("%2", self.info.name)
            .replace("%3", grade_name(self.info.grade))
        )
        self._grade_label.setText(self.tr("New &grade:"))
        self._reason_label.setText(self.tr("&Reason:"))
        self._override_label.setText(self.tr("&Override reason:"))
        self.override.setPlaceholderText(self.tr("Why this customer may break the quota"))
        for index in range(self.grade.count()):
            self.grade.setItemText(index, grade_name(self.grade.itemData(index)))

    @property
    def overriding(self) -> bool:
        return self.form.isRowVisible(self.override)

    def save(self) -> None:
        grade = Grade(self.grade.currentData())  # Qt hands it back as a plain string
        reason = self.reason.text()
        override = self.override.text() if self.overriding else None
        grading = self._services.customers.grading
        try:
            operations.call(
                self,
                lambda: grading.change_grade(
                    self._principal, self.info.id, grade, reason, override_reason=override
                ),
            )
        except operations.Failed as failed:
            self._refused(failed.args[0])
            return
        self.changed.emit()
        self.accept()

    def _refused(self, error: Exception) -> None:
        if not isinstance(error, QuotaExceeded):
            return
        text = describe(error)
        if self.may_override:
            # R-GRD-2: the director may let this one through, with a reason.
            self.form.setRowVisible(self.override, True)
            text += "\n" + self.tr("You may override the quota: give the reason and press OK.")
            self.override.setFocus()
        show_error(self.refusal, text)
