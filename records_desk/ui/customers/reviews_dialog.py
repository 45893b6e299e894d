"""Reviews and visits for the director, one tab each: reviews due and overdue (R-GRD-3, six
months after the last one, never-reviewed files due from admission), VIP customers with a
recorded problem and no downgrade after 5 days (R-GRD-4), and VIP and preferred customers
whose monthly visit is overdue (R-CUS-8)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.customers.reviews import ReviewStatus
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import (
    OverdueDowngradeInfo,
    OverdueVisitInfo,
    ReviewDueInfo,
)
from records_desk.settings import Settings
from records_desk.ui.common.background import BackgroundJob, load_in_background
from records_desk.ui.common.table import Column, RowsModel, refresh_close_row, table_view
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.customers.terms import grade_name


def _overdue(item: ReviewDueInfo) -> bool:
    return item.status is ReviewStatus.OVERDUE


class ReviewDueModel(RowsModel[ReviewDueInfo]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.columns = [
            Column(self.tr("Archive number"), lambda i: i.customer.archive_number),
            Column(self.tr("Customer"), lambda i: i.customer.name),
            Column(self.tr("Department"), lambda i: i.customer.department),
            Column(self.tr("Grade"), lambda i: grade_name(i.customer.grade)),
            Column(self.tr("Due on"), lambda i: i.due_on, _overdue),
            Column(
                self.tr("Days past due"), lambda i: i.days_past_due or "", _overdue, numeric=True
            ),
        ]


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

        self.due_model = ReviewDueModel(self)
        self.overdue_model = ReviewDueModel(self)
        self.downgrade_model = DowngradeModel(self)
        self.visit_model = VisitModel(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        pages = (
            (self.due_model, "reviewsDue", self.tr("Every customer is reviewed six months after the last review; a file never reviewed is due six months after admission.")),
            (self.overdue_model, "reviewsOverdue", self.tr("Reviews past their due date, longest waiting first.")),
            (self.downgrade_model, "vipNotDowngraded", self.tr("VIP customers with a problem recorded in a review and no downgrade within 5 days.")),
            (self.visit_model, "visitsOverdue", self.tr("VIP and preferred customers are visited every month; these are overdue.")),
        )  # fmt: skip
        for model, name, note in pages:
            page = QWidget()
            box = QVBoxLayout(page)
            label = QLabel(note)
            label.setWordWrap(True)
            box.addWidget(label)
            box.addWidget(table_view(model, name, page), 1)
            self.tabs.addTab(page, "")

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
            self.tr("Due (%1)"),
            self.tr("Overdue (%1)"),
            self.tr("VIP not downgraded (%1)"),
            self.tr("Visits overdue (%1)"),
        )
        counts = (len(lists.due), len(lists.overdue), len(lists.downgrades), len(lists.visits))
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, title.replace("%1", str(count)))
        if not counts[self.tabs.currentIndex()]:  # open on a list that has something in it
            self.tabs.setCurrentIndex(next((i for i, c in enumerate(counts) if c), 0))
