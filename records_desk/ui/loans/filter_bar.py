"""The search box and filters above the loan register: which loans (open, overdue, awaiting
approval, returned, all), a search (loan number, archive number, borrower), the borrower, the
file, and the days the loans were registered. Typing waits 150 ms for the next key; a choice
applies at once; a date applies once it reads as a day (what does not is said in its tooltip
and left out). Emits `filter_changed()`; `current()` is the LoanFilter they describe."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from records_desk.domain.common.errors import DomainError
from records_desk.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from records_desk.services.loans.dto import LoanFilter

SEARCH_DELAY_MS = 150
VIEWS = ("open", "overdue", "awaiting", "returned", "all")


class LoanFilterBar(QWidget):
    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self._emit)
        self.view = QComboBox()
        self.view.setObjectName("loanView")
        for value in VIEWS:
            self.view.addItem("", value)
        self.view.currentIndexChanged.connect(self._emit)
        self.search = QLineEdit()
        self.search.setObjectName("loanSearch")
        self.borrower = QLineEdit()
        self.borrower.setObjectName("borrowerFilter")
        self.file = QLineEdit()
        self.file.setObjectName("fileFilter")
        for edit in (self.search, self.borrower, self.file):
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(lambda _text: self.timer.start())
            edit.returnPressed.connect(self._emit)
        self.date_from = DateField(optional=True)
        self.date_from.setObjectName("loanFrom")
        self.date_to = DateField(optional=True)
        self.date_to.setObjectName("loanTo")
        for field in (self.date_from, self.date_to):
            field.edited.connect(self.timer.start)
            field.edit.returnPressed.connect(self._emit)
        self.view_label, self.search_label = QLabel(), QLabel()
        self.borrower_label, self.file_label = QLabel(), QLabel()
        self.from_label, self.to_label = QLabel(), QLabel()
        pairs = (
            (self.view_label, self.view),
            (self.search_label, self.search),
            (self.borrower_label, self.borrower),
            (self.file_label, self.file),
            (self.from_label, self.date_from),
            (self.to_label, self.date_to),
        )
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for i, (label, widget) in enumerate(pairs):
            label.setBuddy(widget)
            row, column = divmod(i, 3)
            layout.addWidget(label, row, column * 2)
            layout.addWidget(widget, row, column * 2 + 1)
        layout.setColumnStretch(3, 2)
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(5, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        names = (
            self.tr("Out now"),
            self.tr("Overdue"),
            self.tr("Awaiting approval"),
            self.tr("Returned"),
            self.tr("All loans"),
        )
        for i, name in enumerate(names):
            self.view.setItemText(i, name)
        self.view_label.setText(self.tr("&Show:"))
        self.search_label.setText(self.tr("S&earch:"))
        self.search.setPlaceholderText(self.tr("Loan no., archive no. or borrower (Ctrl+F)"))
        self.borrower_label.setText(self.tr("Borro&wer:"))
        self.borrower.setPlaceholderText(self.tr("Name or organisation"))
        self.file_label.setText(self.tr("F&ile:"))
        self.file.setPlaceholderText(self.tr("Archive no."))
        self.from_label.setText(self.tr("Re&gistered from:"))
        self.to_label.setText(self.tr("t&o:"))
        self.date_from.retranslate_ui()
        self.date_to.retranslate_ui()

    def set_view(self, value: str) -> None:
        self.view.setCurrentIndex(VIEWS.index(value))

    def _day(self, field: DateField) -> object:
        try:
            day = field.read()
        except DomainError as e:
            from records_desk.ui.messages import describe

            field.edit.setToolTip(describe(e))
            return None
        field.edit.setToolTip("")
        return day

    def current(self) -> LoanFilter:
        from records_desk.services.loans.dto import LoanFilter, LoanSort, LoanView

        view = LoanView(self.view.currentData())
        overdue = view is LoanView.OVERDUE  # the longest overdue first: who to remind
        return LoanFilter(
            view=view,
            sort=LoanSort.DUE if overdue else LoanSort.REGISTERED,
            descending=not overdue,
            archive_number=self.file.text().strip() or None,
            registered_from=self._day(self.date_from),  # type: ignore[arg-type]
            registered_to=self._day(self.date_to),  # type: ignore[arg-type]
            text=self.search.text().strip(),
            borrower_name=self.borrower.text().strip(),
        )

    def is_plain(self) -> bool:
        """No search and no filter beyond the view: an empty list means none at all."""
        return not any(
            w.text().strip()
            for w in (self.search, self.borrower, self.file, self.date_from, self.date_to)
        )

    def _emit(self) -> None:
        self.timer.stop()
        self.filter_changed.emit()
