"""The 接待輪序 counter (R-REC-1…13), built for a receptionist standing at a counter: who
receives the next walk-in in large type, the day's consultants as chips in the day's order,
one key to assign a walk-in (F2), and today's visitor sheet below, each row saying who received
the visitor, why, and who was passed over and why. At closing the reception clerk reviews the
day (R-REC-11); from then on the services refuse every change of it, and the screen says so.

Every slot collects values, makes one service call through ui/operations.call and reads the
day again; the rotation lives in the engine (domain/reception) behind the services. Built by
the tab (tab.py) once it is first painted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolBar, QVBoxLayout, QWidget

from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.services.common.dto import Principal
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.actions import button_text
from records_desk.ui.common.register_screen import screen_action
from records_desk.ui.common.table import RowsModel, selected_item, table_view
from records_desk.ui.reception.counter import ChipsBar, NextUpPanel
from records_desk.ui.reception.dialogs import (
    Choices,
)
from records_desk.ui.reception.screen_acts import CounterActs
from records_desk.ui.reception.sheet_model import passed_over, visit_columns, why
from records_desk.ui.widgets.date_field import DateField
from records_desk.wording.language import sub

if TYPE_CHECKING:
    from records_desk.services.container import Services
    from records_desk.services.reception.day import LiveState
    from records_desk.services.reception.dto import AssignmentInfo, Closing, VisitRow
    from records_desk.services.reception.roster import Consultant

T = TypeVar("T")


class ReceptionScreen(QWidget, CounterActs):
    object_name = "receptionScreen"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None = None,
        publish: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self._services = services
        self._principal = principal
        self._settings = settings
        self._publish = publish
        self._loaded = False
        self.state: LiveState | None = None
        self.closing: Closing | None = None  # of the day shown
        self.today_closed = False
        self.today: date | None = None
        self.shown_day: date | None = None  # None: today
        self.day: date | None = None  # the day whose sheet is shown
        self.last: AssignmentInfo | None = None
        self._roster: list[Consultant] | None = None
        self.dialogs: dict[str, QWidget] = {}
        role = principal.role
        # A role that may not see the day (the archivist, staff) is told so on the tab: no
        # refused call — a box and an audited refusal at each look — and nothing to press.
        self.may_view = is_allowed(role, Action.RECEPTION_VIEW)
        self.may_desk = is_allowed(role, Action.RECEPTION_DESK)
        self.may_supervise = is_allowed(role, Action.RECEPTION_SUPERVISE)
        self.may_review = is_allowed(role, Action.RECEPTION_REVIEW)
        self.may_enquire = is_allowed(role, Action.RECEPTION_ENQUIRY)
        self.model: RowsModel[VisitRow] = RowsModel(visit_columns(self.names), self)
        self._build()
        self._create_actions()
        self.retranslate_ui()

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.next_up = NextUpPanel()
        self.last_label = QLabel()
        self.last_label.setObjectName("lastAssignment")
        self.last_label.setWordWrap(True)
        self.last_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chips = ChipsBar()
        self.chips.requested.connect(self.on_chip)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("receptionActions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.sheet_title = QLabel()
        self.sheet_title.setObjectName("sheetTitle")
        self.sheet_day = DateField(optional=True)
        self.sheet_day.setObjectName("sheetDay")
        self.sheet_title.setBuddy(self.sheet_day.edit)
        self.sheet_day.edit.returnPressed.connect(self.show_day)
        self.sheet_day.calendar.clicked.connect(lambda _d: self.show_day())
        bold = self.sheet_title.font()
        bold.setBold(True)
        self.sheet_title.setFont(bold)
        self.closing_label = QLabel()
        self.closing_label.setObjectName("closingState")
        self.closing_label.setWordWrap(True)
        self.closing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = table_view(self.model, "receptionSheet", self, self._settings)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_row_acts())
        self.table.doubleClicked.connect(lambda _i: self.open_correct())
        top = QHBoxLayout()
        top.addWidget(self.next_up, 1)
        side = QVBoxLayout()
        side.addWidget(self.toolbar)
        side.addWidget(self.last_label, 1)
        top.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chips)
        title_row = QHBoxLayout()
        title_row.addWidget(self.sheet_title)
        title_row.addWidget(self.sheet_day)
        title_row.addWidget(self.closing_label, 1)
        layout.addLayout(title_row)
        layout.addWidget(self.table, 1)

    def _action(
        self, name: str, shortcut: str, slot: Callable[[], object], allowed: bool
    ) -> QAction:
        action = screen_action(self, name, slot, shortcut)
        action.setEnabled(allowed)
        self.addAction(action)  # also without a shortcut: the screen's actions are its own
        self.toolbar.addAction(action)
        return action

    def _create_actions(self) -> None:
        # F2, F3 and F4 are the Reception menu's (ui/reception/feature.py), window-wide.
        self.walk_in_action = self._action("walkIn", "", self.open_walk_in, self.may_desk)
        self.sign_in_action = self._action("signIn", "", self.open_sign_in, self.may_desk)
        self.enquiry_action = self._action("enquiry", "", self.open_enquiry, self.may_enquire)
        self.order_action = self._action("changeOrder", "", self.open_order, self.may_supervise)
        self.close_action = self._action("closeDay", "", self.close_day, self.may_review)
        self.correct_action = self._action("correctRow", "", self.open_correct, False)
        view = self.may_view
        self.registrations_action = self._action("registrations", "", self.open_registrations, view)
        self.refresh_action = self._action("refresh", "F5", self.refresh, view)
        self.next_up.setVisible(view)
        self.chips.setVisible(view)
        self.sheet_day.setEnabled(view)

    def retranslate_ui(self) -> None:
        texts = (
            (self.walk_in_action, self.tr("&Walk-in…"), self.tr("Assign a walk-in visitor (F2)")),
            (self.sign_in_action, self.tr("&Sign in…"), self.tr("Sign consultants in (F4)")),
            (self.enquiry_action, self.tr("&Phone enquiry…"), self.tr("Log a phone enquiry (F3)")),
            (self.order_action, self.tr("Change &order…"),
             self.tr("A supervisor sets the day's order")),
            (self.close_action, self.tr("&Review and close the day…"),
             self.tr("The reception clerk's review: afterwards the day's sheet cannot change")),
            (self.correct_action, self.tr("&Correct a row…"),
             self.tr("A correction is a new row pointing to the old one, which stays")),
            (self.registrations_action, self.tr("Re&gistrations…"),
             self.tr("Visitors registered to consultants, and their follow-ups")),
            (self.refresh_action, self.tr("&Refresh"), self.tr("Read the day again (F5)")),
        )  # fmt: skip
        for action, text, tip in texts:
            action.setText(text)
            action.setIconText(button_text(text))  # no "(W)" on a button: Alt+W does nothing
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.model.columns = visit_columns(self.names)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.columns) - 1)
        self.table.placeholder = (
            self.tr(
                "No visitor yet today. Press F2 when a visitor walks in: the program picks the "
                "consultant and writes the row here."
            )
            if self.may_view
            else self.tr(
                "The reception clerk, the sales managers, the consultants and the directors see "
                "the reception rotation and the visitor sheet here; your role does not."
            )
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    # -- reading ----------------------------------------------------------------------------
    @property
    def loaded(self) -> bool:
        return self._loaded

    def _call(self, fn: Callable[[], T]) -> T | None:
        try:
            return operations.call(self, fn)
        except operations.Failed:
            return None

    def refresh(self) -> None:
        """Today's rotation, and the sheet of the day shown (today unless another is picked)."""
        if not self.may_view:
            self._show()
            return
        reception = self._services.reception
        state = self._call(lambda: reception.day.state(self._principal))
        if state is None:
            return
        self._loaded = True
        self.state, self.today = state, state.day
        self.sheet_day.latest = state.day
        shown = self.day = self.shown_day or state.day
        rows = self._call(lambda: reception.sheet.visits(self._principal, shown)) or []
        self.closing = self._call(lambda: reception.sheet.closing(self._principal, shown))
        self.today_closed = (
            self.closing is not None
            if shown == state.day
            else bool(self._call(lambda: reception.sheet.closing(self._principal, state.day)))
        )
        if not self.sheet_day.edit.hasFocus():
            self.sheet_day.set_date(shown)
        self.model.set_rows(rows)
        self._show()
        if rows:  # the newest row in sight, once the chips shown have taken their room
            self.table.scrollToBottom()
            QTimer.singleShot(0, self.table.scrollToBottom)

    def names(self) -> dict[str, str]:
        names = {c.username: c.label for c in self.roster()}
        if self.state is not None:
            names.update({u: full for u, full in self.state.names.items() if full})
        return names

    def roster(self) -> list[Consultant]:
        if self._roster is None:
            reception = self._services.reception
            self._roster = self._call(lambda: reception.roster.consultants(self._principal)) or []
        return self._roster

    def signed_in(self) -> Choices:
        names = self.names()
        statuses = self.state.statuses if self.state is not None else ()
        return [(s.consultant, names.get(s.consultant) or s.consultant) for s in statuses]

    def _show(self) -> None:
        if not hasattr(self, "chips"):
            return
        names = self.names() if self._loaded else {}
        state = self.state
        self.next_up.show_next(state.next_up if state else None, names)
        self.chips.show_statuses(state.statuses if state else (), names, self.may_supervise)
        self.sheet_title.setText(self.tr("&Visitor sheet of"))
        closed = self.today_closed
        if self.closing is not None:
            c = self.closing
            self.closing_label.setText(
                sub(
                    self.tr(
                        "Reviewed by %1 at %2: %3 rows, hash %4. The day can no longer change."
                    ),
                    c.reviewed_by_name or c.reviewed_by,
                    c.reviewed_at.astimezone().strftime("%H:%M"),
                    c.row_count,
                    c.digest[:16],
                )
            )
        elif self.may_view:
            self.closing_label.setText(self.tr("Not reviewed yet."))
        for action, allowed in (
            (self.walk_in_action, self.may_desk),
            (self.sign_in_action, self.may_desk),
            (self.enquiry_action, self.may_enquire),
            (self.order_action, self.may_supervise),
        ):
            action.setEnabled(allowed and not closed)
        self.close_action.setEnabled(self.may_review and self.closing is None)
        self.chips.setEnabled(self.may_desk and not closed)
        self._update_row_acts()
        self._show_last()

    def _show_last(self) -> None:
        a = self.last
        if a is None:
            self.last_label.setText("")
            return
        names = self.names()
        who = a.consultant_name or names.get(a.consultant or "") or a.consultant
        if who is None:
            self.last_label.setText(sub(self.tr("%1: nobody could receive them"), a.visitor))
            return
        reason = why(a)
        if a.counted:
            text = self.tr("Last: %1 → %2 (%3, a turn used)")
        else:
            text = self.tr("Last: %1 → %2 (%3, no turn used)")
        line = sub(text, a.visitor, who, reason)
        if a.skipped:
            line += " " + sub(self.tr("Passed over: %1."), passed_over(a, names))
        self.last_label.setText(line)

    def show_day(self) -> None:
        """The sheet of the day typed or picked (an earlier day's rows, its review)."""
        try:
            picked = operations.call(self, self.sheet_day.read)
        except operations.Failed:
            return
        self.shown_day = None if picked is None or picked == self.today else picked
        self.refresh()

    def _update_row_acts(self) -> None:
        chosen = selected_item(self.table)
        self.correct_action.setEnabled(self.may_desk and chosen is not None)
