"""Reviews and visits for the director, one tab each: reviews due and overdue (R-GRD-3, six
months after the last one, never-reviewed files due from admission), VIP customers with a
recorded problem and no downgrade after 5 days (R-GRD-4), and VIP and preferred customers
whose monthly visit is overdue (R-CUS-8).

Decisions: "due" and "overdue" must not look alike (a director took one for the other): the
due list is amber — a review still in time, with the last day to do it and the days left —,
the overdue list red — late, with the day it became late and the days since —, each tab with
its own coloured badge and a note saying which is which."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import (
    OverdueDowngradeInfo,
    OverdueVisitInfo,
    ReviewDueInfo,
)
from records_desk.settings import Settings
from records_desk.ui.common.background import BackgroundJob, load_in_background
from records_desk.ui.common.table import (
    ALERT_COLOUR,
    WARNING_COLOUR,
    Column,
    ListTable,
    RowsModel,
    badge,
    refresh_close_row,
    table_view,
)
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.customers.terms import grade_name

DUE_NOTE = "padding: 4px; border-radius: 3px; background: #fff3c4; color: #5d4300;"
OVERDUE_NOTE = "padding: 4px; border-radius: 3px; background: #fdecea; color: #8e0000;"
GRACE_DAYS = 30  # the review policy's default (domain/customers/reviews.py)


def _always(_item: object) -> bool:
    return True


class ReviewDueModel(RowsModel[ReviewDueInfo]):
    """Due: the review day has come, still within the grace days (amber)."""

    def __init__(self, parent: QWidget | None = None, grace_days: int = GRACE_DAYS) -> None:
        super().__init__((), parent)
        self.grace_days = grace_days
        self.columns = [
            Column(self.tr("Archive number"), lambda i: i.customer.archive_number),
            Column(self.tr("Customer"), lambda i: i.customer.name),
            Column(self.tr("Department"), lambda i: i.customer.department),
            Column(self.tr("Grade"), lambda i: grade_name(i.customer.grade)),
            Column(self.tr("Due since"), lambda i: i.due_on, warning=_always),
            Column(self.tr("Review by"), self._last_day, warning=_always),
            Column(self.tr("Days left"), self._days_left, warning=_always, numeric=True),
        ]

    def _last_day(self, item: ReviewDueInfo) -> date | None:
        return item.due_on + timedelta(days=self.grace_days) if item.due_on else None

    def _days_left(self, item: ReviewDueInfo) -> int:
        return max(self.grace_days - item.days_past_due, 0)


class ReviewOverdueModel(RowsModel[ReviewDueInfo]):
    """Overdue: more than the grace days past the review day (red)."""

    def __init__(self, parent: QWidget | None = None, grace_days: int = GRACE_DAYS) -> None:
        super().__init__((), parent)
        self.grace_days = grace_days
        self.columns = [
            Column(self.tr("Archive number"), lambda i: i.customer.archive_number),
            Column(self.tr("Customer"), lambda i: i.customer.name),
            Column(self.tr("Department"), lambda i: i.customer.department),
            Column(self.tr("Grade"), lambda i: grade_name(i.customer.grade)),
            Column(self.tr("Was due on"), lambda i: i.due_on, _always),
            Column(self.tr("Late since"), self._late_since, _always),
            Column(self.tr("Days past due"), lambda i: i.days_past_due, _always, numeric=True),
        ]

    def _late_since(self, item: ReviewDueInfo) -> date | None:
        return item.due_on + timedelta(days=self.grace_days + 1) if item.due_on else None


class DowngradeModel(RowsModel[OverdueDowngradeInfo]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.columns = [
            Column(self.tr("Archive number"), lambda i: i.customer.archive_number),
            Column(self.tr("Customer"), lambda i: i.customer.name),
            Column(self.tr("Department"), lambda i: i.customer.department),
            Column(self.tr("Problem recorded on"), lambda i: i.problem_on),
            Column(self.tr("Downgrade due by"), lambda i: i.deadline, lambda i: True),
            Column(self.tr("Days late"), lambda i: i.days_late, lambda i: True, numeric=True),
        ]


class VisitModel(RowsModel[OverdueVisitInfo]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.columns = [
            Column(self.tr("Archive number"), lambda i: i.customer.archive_number),
            Column(self.tr("Customer"), lambda i: i.customer.name),
            Column(self.tr("Department"), lambda i: i.customer.department),
            Column(self.tr("Grade"), lambda i: grade_name(i.customer.grade)),
            Column(self.tr("Visit due on"), lambda i: i.due_on),
            Column(self.tr("Days overdue"), lambda i: i.days_overdue, lambda i: True, numeric=True),
        ]


@dataclass(frozen=True)
class _Lists:
    due: tuple[ReviewDueInfo, ...]
    overdue: tuple[ReviewDueInfo, ...]
    downgrades: list[OverdueDowngradeInfo]
    visits: list[OverdueVisitInfo]


class ReviewsDialog(RememberingDialog):
    geometry_key = "reviews_and_visits"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("reviewsDialog")
        self.services = services
        self.principal = principal
        self.setWindowTitle(self.tr("Reviews and visits"))
        self.resize(860, 520)

        grace = services.customers.reviews.policy.grace_days
        days = str(grace)
        self.due_model = ReviewDueModel(self, grace)
        self.overdue_model = ReviewOverdueModel(self, grace)
        self.downgrade_model = DowngradeModel(self)
        self.visit_model = VisitModel(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        pages = (
            (self.due_model, "reviewsDue", DUE_NOTE,
             self.tr("Due now, still in time: the review day has come (six months after the last review; from admission for a file never reviewed). Review each by the day shown; after %1 days it becomes overdue.").replace("%1", days),
             self.tr("No review is due. A file is listed here on its review day: six months after its last review, or from admission if it was never reviewed.")),
            (self.overdue_model, "reviewsOverdue", OVERDUE_NOTE,
             self.tr("Late: more than %1 days past the review day, longest waiting first. Review these first.").replace("%1", days),
             self.tr("Nothing is overdue: every review was done within %1 days of its day.").replace("%1", days)),
            (self.downgrade_model, "vipNotDowngraded", "",
             self.tr("VIP customers with a problem recorded in a review and no downgrade within 5 days."),
             self.tr("No VIP is waiting for a downgrade. A VIP appears here 5 days after a review records a problem, until the grade is changed.")),
            (self.visit_model, "visitsOverdue", "",
             self.tr("VIP and preferred customers are visited every month; these are overdue."),
             self.tr("Every VIP and preferred customer has had this month's visit. Record visits with Records → Record visit on the customer's file.")),
        )  # fmt: skip
        self.views: list[ListTable] = []
        for model, name, style, note, empty in pages:
            page = QWidget()
            box = QVBoxLayout(page)
            label = QLabel(note)
            label.setObjectName(f"{name}Note")
            label.setWordWrap(True)
            label.setStyleSheet(style)
            box.addWidget(label)
            view = table_view(model, name, page, settings, empty)
            self.views.append(view)
            box.addWidget(view, 1)
            self.tabs.addTab(page, "")
        self.tabs.setTabIcon(0, badge(WARNING_COLOUR))
        self.tabs.setTabIcon(1, badge(ALERT_COLOUR))

        bottom = refresh_close_row(self, self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.job: BackgroundJob | None = None
        QTimer.singleShot(0, self.refresh)  # once the dialog is on screen

    def _load(self) -> _Lists:
        reviews = self.services.customers.reviews
        lists = reviews.review_lists(self.principal)
        return _Lists(
            lists.due,
            lists.overdue,
            reviews.overdue_downgrades(self.principal),
            reviews.overdue_visits(self.principal),
        )

    def refresh(self) -> BackgroundJob:
        """Every graded file is looked at (seconds on a big archive): off the UI thread."""
        self.services.customers.reviews  # noqa: B018 - built here: cached_property is not thread-safe
        self.job = load_in_background(
            self, self._load, self.tr("Reading reviews and visits…"), self._show
        )
        return self.job

    def _show(self, lists: _Lists) -> None:
        self.due_model.set_rows(lists.due)
        self.overdue_model.set_rows(lists.overdue)
        self.downgrade_model.set_rows(lists.downgrades)
        self.visit_model.set_rows(lists.visits)
        titles = (
            self.tr("Due now (%1)"),
            self.tr("Overdue — late (%1)"),
            self.tr("VIP not downgraded (%1)"),
            self.tr("Visits overdue (%1)"),
        )
        counts = (len(lists.due), len(lists.overdue), len(lists.downgrades), len(lists.visits))
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, title.replace("%1", str(count)))
        if not counts[self.tabs.currentIndex()]:  # open on a list that has something in it
            self.tabs.setCurrentIndex(next((i for i, c in enumerate(counts) if c), 0))
