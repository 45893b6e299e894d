"""The search box and filters above the media inventory: a search (number or serial number;
a scan into it finds the medium), the state, the type, the classification, the department and
"due for a stocktake", and the backup discs (R-MED-5): all of them, or those of one of the
office's categories. The state offers "issued, overdue" after "issued" (issued and past
its due day: what the loan register's view offers; a box of its own would take the search's
room at 1366 px). Typing waits 150 ms for the next key; a choice applies at once. Emits
`filter_changed()`; `current()` is the MediaSearch they describe."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from records_desk.domain.media.vocabulary import Classification, MediumState, MediumType
from records_desk.services.media.search import ANY_BACKUP, MediaSearch
from records_desk.wording.media.terms import classification_name, state_name, type_name

SEARCH_DELAY_MS = 150
OVERDUE = "overdue"  # the state filter's entry: issued and past its due day


class MediaFilterBar(QWidget):
    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self._emit)
        self.search = QLineEdit()
        self.search.setObjectName("mediaSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("M") * 14)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self._emit)
        states: list[object] = [None, *MediumState]
        states.insert(states.index(MediumState.ISSUED) + 1, OVERDUE)
        self.state = self._combo("mediaStateFilter", states)
        self.media_type = self._combo("mediaTypeFilter", [None, *MediumType])
        self.classified = self._combo("mediaClassFilter", [None, *Classification])
        self.department = self._combo("mediaDepartmentFilter", [None])
        self.backup = self._combo("mediaBackupFilter", [None, ANY_BACKUP])
        # As wide as "All media", not as its longest category: the search keeps its room.
        self.backup.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.backup.setMinimumContentsLength(12)
        self.due = QCheckBox()
        self.due.setObjectName("mediaDueFilter")
        self.due.toggled.connect(lambda _on: self._emit())
        self.search_label, self.state_label, self.type_label = QLabel(), QLabel(), QLabel()
        self.class_label, self.department_label = QLabel(), QLabel()
        self.backup_label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, field in (
            (self.search_label, self.search),
            (self.state_label, self.state),
            (self.type_label, self.media_type),
            (self.class_label, self.classified),
            (self.department_label, self.department),
            (self.backup_label, self.backup),
        ):
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field, 2 if field is self.search else 0)
        layout.addWidget(self.due)
        self.retranslate_ui()

    def _combo(self, name: str, values: Iterable[object]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value in values:
            combo.addItem("", value)
        combo.currentIndexChanged.connect(lambda _i: self._emit())
        return combo

    def set_departments(self, departments: Iterable[str]) -> None:
        keep = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All"), None)
        for name in departments:
            self.department.addItem(name, name)
        found = self.department.findData(keep)
        self.department.setCurrentIndex(max(found, 0))
        self.department.blockSignals(False)

    def set_backup_categories(self, categories: Iterable[str]) -> None:
        """The categories offered after "any backup disc" (the choice kept if still listed)."""
        keep = self.backup.currentData()
        self.backup.blockSignals(True)
        while self.backup.count() > 2:
            self.backup.removeItem(2)
        for name in categories:
            self.backup.addItem(name, name)
        found = self.backup.findData(keep) if keep is not None else 0
        self.backup.setCurrentIndex(max(found, 0))
        self.backup.blockSignals(False)
        self._fit_backup_popup()
        if found < 0:  # the category chosen is gone: the list shows every medium again
            self._emit()

    def _fit_backup_popup(self) -> None:
        """The popup as wide as its longest entry (the box itself stays narrow)."""
        view = self.backup.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Number or serial number (or scan a label)"))
        self.state_label.setText(self.tr("S&tate:"))
        self.type_label.setText(self.tr("T&ype:"))
        self.class_label.setText(self.tr("Class&ification:"))
        self.department_label.setText(self.tr("De&partment:"))
        self.due.setText(self.tr("D&ue for stocktake"))
        self.due.setToolTip(self.tr("Media never counted, or not in the last 12 months"))
        words: dict[QComboBox, Callable[[Any], str]] = {
            self.state: state_name,
            self.media_type: type_name,
            self.classified: classification_name,
        }
        for combo, name in words.items():
            for i in range(combo.count()):
                value = combo.itemData(i)
                if value is None:
                    combo.setItemText(i, self.tr("All"))
                elif value == OVERDUE:
                    combo.setItemText(i, self.tr("issued, overdue"))
                    combo.setItemData(
                        i,
                        self.tr("Issued media not back by their due day"),
                        Qt.ItemDataRole.ToolTipRole,
                    )
                else:
                    combo.setItemText(i, name(value))
        if self.department.count():
            self.department.setItemText(0, self.tr("All"))
        self.backup_label.setText(self.tr("Bac&kup:"))
        self.backup.setItemText(0, self.tr("All media"))
        self.backup.setItemText(1, self.tr("any backup disc"))
        self.backup.setToolTip(
            self.tr("Optical discs filed as backups: all of them, or those of one category")
        )
        self._fit_backup_popup()

    def is_plain(self) -> bool:
        return self.current() == MediaSearch()

    def current(self) -> MediaSearch:
        # A combo box hands back an enum member's value as a plain str: made members again.
        state, kind = self.state.currentData(), self.media_type.currentData()
        classified = self.classified.currentData()
        overdue = state == OVERDUE
        return MediaSearch(
            state=MediumState(state) if state and not overdue else None,
            media_type=MediumType(kind) if kind else None,
            classified=None if classified is None else classified == Classification.CLASSIFIED,
            department=self.department.currentData(),
            due_for_stocktake=self.due.isChecked(),
            overdue=overdue,
            text=" ".join(self.search.text().split()),
            backup=self.backup.currentData(),
        )

    def _emit(self) -> None:
        self.timer.stop()
        self.filter_changed.emit()
