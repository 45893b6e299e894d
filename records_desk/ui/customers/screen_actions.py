"""The customers screen's helpers for its actions (making them, the accounts its dialogs
name) and its Records (記錄) group: Record review (附件2,
R-GRD-3/4), Record visit (附件5, R-CUS-8), Record evaluation (附件1, R-GRD-3) and Record survey
(附件4, R-CUS-7) on the selected file, shown to the roles that may record each (hidden from the
others), and the file's recorded reviews, visits, evaluations and surveys listed under it in
the detail panel with the day the next review is due.

Each dialog makes one service call; once it is saved the screen rereads the file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QToolBar, QToolButton, QWidget

from records_desk.domain.common.errors import DomainError
from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import AccountInfo, Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.messages import describe
from records_desk.wording.customers.terms import VOID_STATUS, grade_name

if TYPE_CHECKING:
    from records_desk.services.customers.dto import CustomerInfo
    from records_desk.ui.customers.detail_panel import DetailPanel
    from records_desk.ui.customers.record_dialog import RecordDialog

OpenDialog = Callable[[str, QDialog], QDialog]
READ_DELAY_MS = 100


def make_action(
    owner: QWidget, name: str, slot: Callable[[], object], shortcut: str = ""
) -> QAction:
    """An action of the screen: named for tests, its shortcut working anywhere inside it."""
    action = QAction(owner)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


def office_accounts(
    services: Services,
    principal: Principal,
    call: Callable[[Callable[[], list[AccountInfo]]], list[AccountInfo] | None],
) -> list[AccountInfo]:
    """For those who may list the accounts (the dialogs' consultants to choose, names for
    ids); `call` is the screen's, which tells a refusal once."""
    if not is_allowed(principal.role, Action.ACCOUNT_LIST):
        return []
    return call(lambda: services.accounts.list(principal)) or []


def consultants(accounts: list[AccountInfo]) -> list[AccountInfo]:
    roles = {Role.CONSULTANT, Role.SALES_MANAGER}
    return [a for a in accounts if a.active and a.role in roles]


def account_names(accounts: list[AccountInfo]) -> dict[int, str]:
    return {a.id: f"{a.full_name} ({a.username})" for a in accounts}


class RecordsActions(QObject):
    """The Records button (a menu of the four actions, put at the end of `toolbar`) and the
    records list of the file."""

    def __init__(
        self,
        screen: QWidget,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        detail: DetailPanel,
        toolbar: QToolBar,
        open_dialog: OpenDialog,
        saved: Callable[[], None],
    ) -> None:
        super().__init__(screen)
        self._screen = screen
        self._services = services
        self._principal = principal
        self._settings = settings
        self._detail = detail
        self._open_dialog = open_dialog
        self._saved = saved
        self.info: CustomerInfo | None = None
        self.records: list[tuple[date, str, Any]] = []
        self.review_action = make_action(screen, "recordReview", self.open_review)
        self.visit_action = make_action(screen, "recordVisit", self.open_visit)
        self.evaluation_action = make_action(screen, "recordEvaluation", self.open_evaluation)
        self.survey_action = make_action(screen, "recordSurvey", self.open_survey)
        self.allowed = {
            self.review_action: Action.REVIEW_RECORD,
            self.visit_action: Action.VISIT_RECORD,
            self.evaluation_action: Action.EVALUATION_RECORD,
            self.survey_action: Action.SURVEY_RECORD,
        }
        self.menu = QMenu(screen)
        self.menu.setObjectName("recordsMenu")
        for action, needed in self.allowed.items():
            action.setVisible(is_allowed(principal.role, needed))
            self.menu.addAction(action)
        self.button = QToolButton()
        self.button.setObjectName("recordsButton")
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # In a tool bar a widget is shown and hidden through its action (a parentless
        # button made visible would flash up as a window of its own).
        self.button_action = toolbar.addWidget(self.button)
        self.button_action.setVisible(any(a.isVisible() for a in self.allowed))
        self.reading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(READ_DELAY_MS)
        self._timer.timeout.connect(self.read_now)
        self.update(None)

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("&Records"))
        self.button.setToolTip(self.tr("Record a review, visit, evaluation or survey of the file"))
        self.review_action.setText(self.tr("Record &review (Annex 2)…"))
        self.visit_action.setText(self.tr("Record &visit (Annex 5)…"))
        self.evaluation_action.setText(self.tr("Record &evaluation (Annex 1)…"))
        self.survey_action.setText(self.tr("Record &survey (Annex 4)…"))
        self._show_records()

    # -- the selected file ------------------------------------------------------------------
    def update(self, info: CustomerInfo | None) -> None:
        """Enable what may be recorded on `info` (reviews and evaluations grade: graded files
        only) and list what was recorded on it."""
        self.info = info
        active = info is not None and info.status != VOID_STATUS
        graded = active and info is not None and info.grade is not None
        role = self._principal.role
        for action, needed in self.allowed.items():
            grades = action in (self.review_action, self.evaluation_action)
            action.setEnabled((graded if grades else active) and is_allowed(role, needed))
        self.button.setEnabled(any(a.isEnabled() and a.isVisible() for a in self.allowed))
        # The records are read once the selection settles (arrow keys through the table, a
        # search typed): the file itself shows at once, its records a moment later.
        self.records = []
        self.reading = info is not None
        self._show_records()
        if info is not None:
            self._timer.start()

    def read_now(self) -> None:
        self._timer.stop()
        info = self.info
        self.reading = False
        self.records = self._read(info) if info is not None else []
        self._show_records()

    def _read(self, info: CustomerInfo) -> list[tuple[date, str, Any]]:
        """Every record of the file, newest first: (day, kind, record); a list that cannot be
        read (weights misconfigured, say) is one line saying why, not a message box on every
        selection."""
        found: list[tuple[date, str, Any]] = []
        reads: list[tuple[str, Callable[[], list[Any]], str]] = [
            (
                "review",
                lambda: self._services.customers.reviews.reviews(self._principal, info.id),
                "reviewed_on",
            ),
            (
                "visit",
                lambda: self._services.customers.reviews.visits(self._principal, info.id),
                "visited_on",
            ),
            (
                "evaluation",
                lambda: self._services.customers.evaluations.evaluations(self._principal, info.id),
                "evaluated_on",
            ),
            (
                "survey",
                lambda: self._services.customers.evaluations.surveys(self._principal, info.id),
                "surveyed_on",
            ),
        ]
        for kind, read, day in reads:
            try:
                found += [(getattr(r, day), kind, r) for r in read()]
            except DomainError as e:
                found.append((date.min, "error", describe(e)))
        found.sort(key=lambda item: item[0], reverse=True)
        return found

    def _show_records(self) -> None:
        info = self.info
        if info is None:
            self._detail.show_records(None, [])
            return
        if self.reading:
            self._detail.show_records(None, [(self.tr("Reading…"), "")])
            return
        due = None
        if info.grade is not None:
            reviews = [r for _, kind, r in self.records if kind == "review"]
            if not reviews:
                due = self.tr("Never reviewed: a review is due now.")
            elif reviews[0].next_due <= self._today():  # R-GRD-3: due once the day has come
                due = self.tr("Review due since %1").replace("%1", reviews[0].next_due.isoformat())
            else:
                due = self.tr("Next review due: %1").replace("%1", reviews[0].next_due.isoformat())
        self._detail.show_records(due, [self._line(kind, r) for _, kind, r in self.records])

    def _line(self, kind: str, r: Any) -> tuple[str, str]:
        """(the line, its tooltip) of one record."""
        if kind == "review":
            text = self.tr("%1 review by %2").replace("%1", r.reviewed_on.isoformat())
            text = text.replace("%2", r.reviewer)
            if r.result_grade is not None:
                text += " → " + grade_name(r.result_grade)
            if r.problems:
                text += " — " + self.tr("problems: %1").replace("%1", r.problems)
            return text, r.problems
        if kind == "visit":
            text = self.tr("%1 visit by %2").replace("%1", r.visited_on.isoformat())
            return text.replace("%2", r.by) + " — " + r.summary, r.summary
        if kind == "evaluation":
            text = (
                self.tr("%1 evaluation by %2: %3 of 100 → %4")
                .replace("%1", r.evaluated_on.isoformat())
                .replace("%2", r.evaluator)
                .replace("%3", str(r.total))
                .replace("%4", grade_name(r.suggested_grade))
            )
            return text, r.opinion
        if kind == "survey":
            text = self.tr("%1 survey by %2").replace("%1", r.surveyed_on.isoformat())
            return text.replace("%2", r.surveyor), r.assessment
        return str(r), ""

    # -- the dialogs ------------------------------------------------------------------------
    def _today(self) -> date:
        from records_desk.services.common.clock import office_day

        return office_day(self._services.ctx.now())

    def _show(self, key: str, dialog: RecordDialog) -> None:
        dialog.recorded.connect(lambda _result: self._saved())
        self._open_dialog(key, dialog)

    def _ready(self, action: QAction) -> CustomerInfo | None:
        return self.info if action.isEnabled() and action.isVisible() else None

    def open_review(self) -> None:
        info = self._ready(self.review_action)
        if info is None:
            return
        from records_desk.ui.customers.review_dialog import ReviewDialog

        args = (self._services, self._principal, self._settings, info, self._today())
        self._show("review", ReviewDialog(*args, self._screen))

    def open_visit(self) -> None:
        info = self._ready(self.visit_action)
        if info is None:
            return
        from records_desk.ui.customers.visit_dialog import VisitDialog

        args = (self._services, self._principal, self._settings, info, self._today())
        self._show("visit", VisitDialog(*args, self._screen))

    def open_evaluation(self) -> None:
        info = self._ready(self.evaluation_action)
        if info is None:
            return
        from records_desk.ui.customers.evaluation_dialog import EvaluationDialog

        try:  # the weights are a setting: a bad one is told before the form opens
            policy = operations.call(
                self._screen, lambda: self._services.customers.evaluations.policy
            )
        except operations.Failed:
            return
        args = (self._services, self._principal, self._settings, info, self._today(), policy)
        self._show("evaluation", EvaluationDialog(*args, self._screen))

    def open_survey(self) -> None:
        info = self._ready(self.survey_action)
        if info is None:
            return
        from records_desk.ui.customers.survey_dialog import SurveyDialog

        args = (self._services, self._principal, self._settings, info, self._today())
        self._show("survey", SurveyDialog(*args, self._screen))
