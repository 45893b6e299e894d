"""Data quality for the director and the archivist (R-DQ): the open problems per dimension and
the score of every maintainer and every department (100 minus 1 per open problem, floor 0,
R-DQ-2) at the top, and the list of problems, each with its record, the quality dimension and
the rule it breaks (R-DQ-1); filter by maintainer, department or dimension; double-click a
problem to see which file it is; mark a likely duplicate "not a duplicate" with a reason, after
which the pair stays dismissed.

Decisions: a look (the counts, the scores and the first page) runs off the UI thread; the list
then pages from the database as the user scrolls (quality_model.py), so 160,000 problems cost
what a screenful does. A look is audited (R-AUD-2) when the dialog opens and when the user
asks to refresh; a filter shows the last look through another filter (no new entry in the
operation log per click, finding 5 of the 2026-12-05 try)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.domain.customers.quality import Dimension
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.quality_dto import (
    QualityProblemInfo,
    QualityQuery,
    QualityReportInfo,
    QualityScoreInfo,
)
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.common.background import BackgroundJob, load_in_background
from records_desk.ui.common.table import (
    ITEM_ROLE,
    Column,
    ListTable,
    RowsModel,
    refresh_close_row,
    selected_item,
    table_view,
)
from records_desk.ui.customers.blacklist_forms import ReasonForm
from records_desk.ui.customers.quality_model import (
    FIRST_PAGE,
    ProblemColumn,
    QualityProblemModel,
    dimension_name,
    problem_text,
)
from records_desk.ui.widgets.dialog import RememberingDialog

__all__ = ["QualityDialog", "ScoreModel", "problem_text"]


def _low(score: QualityScoreInfo) -> bool:
    return score.score < 100


class ScoreModel(RowsModel[QualityScoreInfo]):
    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.columns = [
            Column(who, lambda s: s.shown or self.tr("(none)")),
            Column(self.tr("Open problems"), lambda s: f"{s.open_problems:,}", numeric=True),
            Column(self.tr("Score"), lambda s: s.score, _low, numeric=True),
        ]


def fit_archive_numbers(view: ListTable, first: int = 0, last: int = -1) -> None:
    """The archive number column widened to the numbers of rows read later as the user scrolls
    (the columns are fitted to the first page): a number is never cut ("KC-2026-000…")."""
    model = view.model()
    column = int(ProblemColumn.ARCHIVE_NUMBER)
    last = model.rowCount() - 1 if last < 0 else last
    metrics = view.fontMetrics()
    widest = max(
        (
            metrics.horizontalAdvance(str(model.index(row, column).data() or ""))
            for row in range(first, last + 1)
        ),
        default=0,
    )
    view.widen(column, widest + 3 * metrics.averageCharWidth())  # margins and some air


class QualityDialog(RememberingDialog):
    geometry_key = "data_quality"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("qualityDialog")
        self.services = services
        self.principal = principal
        self.form: ReasonForm | None = None
        self.job: BackgroundJob | None = None
        self.setWindowTitle(self.tr("Data quality"))
        self.resize(1080, 640)

        self.maintainer_model = ScoreModel(self.tr("Maintainer"), self)
        self.department_model = ScoreModel(self.tr("Department"), self)
        self.problem_model = QualityProblemModel(self._read_page, parent=self)
        scores = QSplitter(Qt.Orientation.Horizontal)
        no_files = self.tr("No customer files have been checked yet.")
        for model, name in (
            (self.maintainer_model, "maintainerScores"),
            (self.department_model, "departmentScores"),
        ):
            scores.addWidget(table_view(model, name, self, settings, no_files))

        self.maintainer = QComboBox()
        self.maintainer.setObjectName("maintainerFilter")
        self.department = QComboBox()
        self.department.setObjectName("departmentFilter")
        self.dimension = QComboBox()
        self.dimension.setObjectName("dimensionFilter")
        for combo in (self.maintainer, self.department, self.dimension):
            combo.addItem(self.tr("(all)"), None)
            combo.setMinimumWidth(140)
            combo.activated.connect(lambda _i: self.filter_changed())
        for dimension in Dimension:
            self.dimension.addItem(dimension_name(dimension), dimension)
        self.dismiss_button = QPushButton(self.tr("&Not a duplicate…"))
        self.dismiss_button.setObjectName("dismissDuplicate")
        self.dismiss_button.setEnabled(False)
        self.dismiss_button.clicked.connect(self.start_dismiss)
        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("&Maintainer:"), self.maintainer),
            (self.tr("&Department:"), self.department),
            (self.tr("D&imension:"), self.dimension),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.dismiss_button)

        self.problems = table_view(
            self.problem_model,
            "qualityProblems",
            self,
            settings,
            self.tr(
                "No open problems: every file checked is complete, valid and unique. Problems "
                "appear here when a file misses a required field, holds a value that fails its "
                "check, or looks like another file."
            ),
        )
        self.problems.doubleClicked.connect(self.show_record)
        self.problem_model.rowsInserted.connect(
            lambda _parent, first, last: fit_archive_numbers(self.problems, first, last)
        )
        self.problems.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self.summary = QLabel()
        self.summary.setObjectName("qualitySummary")
        self.counts = QLabel()
        self.counts.setObjectName("qualityCounts")
        self.counts.setWordWrap(True)

        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addLayout(filters)
        lower_box.addWidget(self.problems, 1)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(scores)
        body.addWidget(lower)
        body.setSizes([200, 440])
        bottom = refresh_close_row(self, self.refresh, self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(body, 1)
        layout.addLayout(bottom)
        QTimer.singleShot(0, self.refresh)  # once the dialog is on screen

    def _query(self) -> QualityQuery:
        dimension = self.dimension.currentData()  # Qt hands a StrEnum back as its text
        return QualityQuery(
            self.maintainer.currentData(),
            self.department.currentData(),
            Dimension(dimension) if dimension else None,
        )

    def filter_changed(self) -> BackgroundJob:
        """The last look through the new filter: a read, not a new (audited) look."""
        query = self._query()
        quality = self.services.customers.quality
        self.job = load_in_background(
            self,
            lambda: quality.filtered(self.principal, query, FIRST_PAGE),
            self.tr("Checking every customer file…"),
            lambda report: self._show_report(query, report),
        )
        return self.job

    def refresh(self) -> BackgroundJob:
        """A look at every file (about a second on 200,000): off the UI thread; audited."""
        query = self._query()
        quality = self.services.customers.quality
        self.job = load_in_background(
            self,
            lambda: quality.report(
                self.principal, query.maintainer, query.department, query.dimension, FIRST_PAGE
            ),
            self.tr("Checking every customer file…"),
            lambda report: self._show_report(query, report),
        )
        return self.job

    def _read_page(
        self, query: QualityQuery, after: QualityProblemInfo | None, limit: int
    ) -> list[QualityProblemInfo] | None:
        """The next page as the user scrolls: one indexed read (milliseconds)."""
        quality = self.services.customers.quality
        try:
            return operations.call(self, lambda: quality.page(self.principal, query, after, limit))
        except operations.Failed:
            return None

    def _show_report(self, query: QualityQuery, report: QualityReportInfo) -> None:
        self.maintainer_model.set_rows(report.by_maintainer)
        self.department_model.set_rows(report.by_department)
        self.problem_model.show(query, report.matching, report.problems)
        self._fill(self.maintainer, [(s.shown, s.name) for s in report.by_maintainer])
        self._fill(self.department, [(s.name, s.name) for s in report.by_department])
        separator = self.tr("; ", "between the dimensions' counts")
        self.counts.setText(
            self.tr("Open problems: %1 — %2")
            .replace("%1", f"{report.open_problems:,}")
            .replace(
                "%2",
                separator.join(
                    f"{dimension_name(c.dimension)} {c.open_problems:,}"
                    for c in report.by_dimension
                ),
            )
        )
        self.summary.setText(
            self.tr("%1 files checked, %2 open problems shown.")
            .replace("%1", f"{report.checked_customers:,}")
            .replace("%2", f"{report.matching:,}")
        )
        fit_archive_numbers(self.problems)
        self._selection()

    @staticmethod
    def _fill(combo: QComboBox, names: list[tuple[str, str]]) -> None:
        """(shown, value) pairs: a maintainer is shown by name and filtered by user name."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for shown, value in sorted(n for n in names if n[1]):
            combo.addItem(shown, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)

    def _selection(self) -> None:
        problem = selected_item(self.problems)
        self.dismiss_button.setEnabled(
            problem is not None
            and problem.other_customer_id is not None
            and is_allowed(self.principal.role, Action.QUALITY_DISMISS)
        )

    def show_record(self, index: QModelIndex) -> None:
        problem: QualityProblemInfo = index.data(ITEM_ROLE)
        notify.info(
            self,
            self.tr("Archive number %1: %2 (%3, rule %4)")
            .replace("%1", problem.customer.archive_number)
            .replace("%2", problem.customer.name)
            .replace("%3", dimension_name(problem.dimension))
            .replace("%4", problem.rule_id),
        )

    def start_dismiss(self) -> ReasonForm | None:
        problem: QualityProblemInfo | None = selected_item(self.problems)
        if problem is None or problem.other_customer_id is None:
            return None
        form = ReasonForm(
            self.tr("Not a duplicate"),
            self.tr("Why is %1 not the same customer as the other file?").replace(
                "%1", problem.customer.archive_number
            ),
            self,
        )
        other = problem.other_customer_id
        form.submitted.connect(
            lambda reason: self.dismiss(form, problem.customer.id, other, reason)
        )
        self.form = form
        form.open()
        return form

    def dismiss(self, form: QWidget, first: int, second: int, reason: str) -> None:
        try:
            operations.call(
                form,
                lambda: self.services.customers.quality.dismiss_duplicate(
                    self.principal, first, second, reason
                ),
            )
        except operations.Failed:
            return
        form.close()
        self.refresh()
