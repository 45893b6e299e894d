"""The search box and filters above the customers table. Typing waits 150 ms for the next key
(the service answers in milliseconds; this only spares half-typed words); a filter applies at
once. Emits `query_changed()`; `query()` is the CustomerQuery they describe."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from records_desk.wording.customers.terms import grade_name, record_type_name

if TYPE_CHECKING:
    from records_desk.services.customers.search import CustomerQuery

SEARCH_DELAY_MS = 150


class SearchBar(QWidget):
    query_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self._emit)
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self._emit)
        self.label = QLabel()
        self.label.setBuddy(self.search)
        self.department = QComboBox()
        self.department.setObjectName("departmentFilter")
        self.department.setMinimumContentsLength(8)
        self.department.addItem("", None)
        self.record_type = QComboBox()
        self.record_type.setObjectName("recordTypeFilter")
        self.record_type.addItem("", None)
        self.grade = QComboBox()
        self.grade.setObjectName("gradeFilter")
        self.grade.addItem("", None)
        self.include_void = QCheckBox()
        self.include_void.setObjectName("includeVoid")
        for combo in (self.department, self.record_type, self.grade):
            combo.currentIndexChanged.connect(self._emit)
        self.include_void.toggled.connect(self._emit)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.department, 1)
        layout.addWidget(self.record_type, 1)
        layout.addWidget(self.grade, 1)
        layout.addWidget(self.include_void)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("&Find:"))
        self.search.setPlaceholderText(
            self.tr("Name, contact, phone, e-mail or archive number (Ctrl+F)")
        )
        self.department.setItemText(0, self.tr("All departments"))
        self.record_type.setItemText(0, self.tr("All record types"))
        for index in range(1, self.record_type.count()):
            self.record_type.setItemText(index, record_type_name(self.record_type.itemData(index)))
        self.grade.setItemText(0, self.tr("All grades"))
        for index in range(1, self.grade.count()):
            self.grade.setItemText(index, grade_name(self.grade.itemData(index)))
        self.include_void.setText(self.tr("Include &void"))

    def _emit(self) -> None:
        self.timer.stop()
        self.query_changed.emit()

    def fill(self, departments: list[str]) -> None:
        """The choices, once the tab is first shown (the vocabulary is not imported at
        start-up, whose time is measured)."""
        from records_desk.domain.customers.vocabulary import Grade, RecordType

        for combo, values in ((self.record_type, RecordType), (self.grade, Grade)):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem("", value.value)
            combo.blockSignals(False)
        self.set_departments(departments)
        self.retranslate_ui()

    def set_departments(self, names: list[str]) -> None:
        chosen = self.department.currentData()
        self.department.blockSignals(True)
        while self.department.count() > 1:
            self.department.removeItem(1)
        for name in names:
            self.department.addItem(name, name)
        self.department.setCurrentIndex(max(self.department.findData(chosen), 0))
        self.department.blockSignals(False)

    def departments(self) -> list[str]:
        return [self.department.itemData(i) for i in range(1, self.department.count())]

    def query(self) -> CustomerQuery:
        from records_desk.domain.customers.vocabulary import Grade, RecordType
        from records_desk.services.customers.search import CustomerQuery

        # The combo boxes hold the enums' values (Qt would hand members back as plain text).
        record_type, grade = self.record_type.currentData(), self.grade.currentData()
        return CustomerQuery(
            text=self.search.text().strip(),
            department=self.department.currentData(),
            record_type=RecordType(record_type) if record_type else None,
            grade=Grade(grade) if grade else None,
            include_void=self.include_void.isChecked(),
        )
