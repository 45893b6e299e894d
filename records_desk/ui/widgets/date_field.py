"""A date typed as text, with a calendar button: what was typed stays as typed, and `read()`
says what is wrong with it. A QDateEdit with a range moves a day outside it to the nearest
allowed one, and drops a date typed over a selection, without a word (an event date typed
as 2030-01-01 was saved as today's year, a blacklist end of 2029 as 2027); this field never
changes a value by itself.

Accepted: what domain.common.dates.parse_office_date reads (2026-11-27, 2026/11/27, 115/11/27,
民國115年11月27日, 20261127); empty means no date when the field is optional."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from records_desk.domain.common.dates import parse_office_date
from records_desk.domain.common.errors import DateOutOfRange, DateProblem, OfficeDateInvalid


class DateField(QWidget):
    """`earliest`/`latest` bound the day (None: open); `optional` lets it be empty."""

    edited = Signal()

    def __init__(
        self,
        day: date | None = None,
        *,
        earliest: date | None = None,
        latest: date | None = None,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.earliest, self.latest, self.optional = earliest, latest, optional
        self.edit = QLineEdit()
        self.edit.setMaxLength(20)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setAutoRaise(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Laid out before the calendar's menu (a window of its own) is made a child: an edit
        # reparented after it joined the menu's focus chain, and Tab never left the field.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self._menu = menu
        self.button.clicked.connect(self._pop_up)
        self.calendar.clicked.connect(self._picked)
        self.edit.textEdited.connect(lambda _: self.edited.emit())
        self.setFocusProxy(self.edit)
        self.set_date(day)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        hint = self.tr("yyyy-mm-dd") if not self.optional else self.tr("yyyy-mm-dd, or empty")
        self.edit.setPlaceholderText(hint)
        # The hint read whole ("yyyy-mm-dd, or ···" was cut), in every language.
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(hint) + 16)
        self.button.setToolTip(self.tr("Pick the day on a calendar"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_date(self, day: date | None) -> None:
        self.edit.setText(day.isoformat() if day else "")

    def text(self) -> str:
        return self.edit.text()

    def setDate(self, day: QDate | date) -> None:  # noqa: N802 - QDateEdit's name, for its callers
        if isinstance(day, QDate):
            day = date(day.year(), day.month(), day.day())
        self.set_date(day)

    def read(self) -> date | None:
        """The day typed; None when empty and optional. OfficeDateInvalid for what is no day
        (or empty when required), DateOutOfRange for a day outside the bounds."""
        text = self.edit.text()
        if not text.strip():
            if self.optional:
                return None
            raise OfficeDateInvalid(text=text, problem=DateProblem.EMPTY)
        day = parse_office_date(text)
        if (self.earliest is not None and day < self.earliest) or (
            self.latest is not None and day > self.latest
        ):
            raise DateOutOfRange(text=text, earliest=self.earliest, latest=self.latest)
        return day

    def _pop_up(self) -> None:
        try:
            shown = self.read()
        except (OfficeDateInvalid, DateOutOfRange):
            shown = None
        start = shown or self.latest or date.today()
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self._menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))

    def _picked(self, day: QDate) -> None:
        # The calendar may show any day; a day out of range is refused by read(), as typed.
        self.edit.setText(day.toString("yyyy-MM-dd"))
        self._menu.hide()
        self.edited.emit()
