"""Data quality for the director and the archivist (R-DQ): the score of every maintainer and
every department (100 minus 1 per open problem, floor 0, R-DQ-2) and the list of problems,
each with its record, the quality dimension and the rule it breaks (R-DQ-1); filter by
maintainer or department; double-click a problem to see which file it is; mark a likely
duplicate "not a duplicate" with a reason, after which the pair stays dismissed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.errors import DateProblem, OfficeDateInvalid, PhoneInvalid
from records_desk.domain.common.identifiers import id_kind, normalise_id_number, parse_phone
from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.domain.customers.quality import Dimension, overdue_since, value_at_fault
from records_desk.exchange.customers.problems import EmailInvalid, IdNumberInvalid
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.quality_dto import (
    QualityProblemInfo,
    QualityReportInfo,
    QualityScoreInfo,
)
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.common.background import BackgroundJob, load_in_background
from records_desk.ui.common.table import (
    ITEM_ROLE,
    Column,
    RowsModel,
    refresh_close_row,
    selected_item,
    table_view,
)
from records_desk.ui.customers.blacklist_forms import ReasonForm
from records_desk.ui.messages import describe
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.customers.terms import field_name

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def dimension_name(dimension: Dimension) -> str:
    names = {
        Dimension.COMPLETENESS: translate("QualityDialog", "Completeness"),
        Dimension.TIMELINESS: translate("QualityDialog", "Timeliness"),
        Dimension.ACCURACY: translate("QualityDialog", "Accuracy"),
        Dimension.CONSISTENCY: translate("QualityDialog", "Consistency"),
        Dimension.UNIQUENESS: translate("QualityDialog", "Uniqueness"),
        Dimension.VALIDITY: translate("QualityDialog", "Validity"),
    }
    return names[dimension]


def problem_text(problem: QualityProblemInfo) -> str:
    """The problem in the user's words from its dimension, rule and field; a validity problem
    names the value at fault (the service's English text, kept as the tooltip, ends with it)."""
    dimension = problem.dimension
    if dimension is Dimension.COMPLETENESS and problem.field:
        return translate("QualityDialog", "%1 is not filled in").replace(
            "%1", field_name(problem.field)
        )
    if dimension is Dimension.VALIDITY and problem.field in _VALIDITY:
        # Worded as hand entry and the import word the same value (one wording per error).
        error = _VALIDITY[problem.field](value_at_fault(problem.message))
        if error is not None:
            return describe(error)
    if dimension is Dimension.CONSISTENCY and problem.rule_id == "R-CUS-3":
        return translate("QualityDialog", "Void file still out on loan")
    if dimension is Dimension.UNIQUENESS and problem.other_customer_id is not None:
        return translate("QualityDialog", "Likely the same customer as another file")
    if dimension is Dimension.TIMELINESS and problem.rule_id == "R-GRD-3":
        since = overdue_since(problem.message)
        if since:
            return translate("QualityDialog", "Periodic review overdue since %1").replace(
                "%1", since
            )
        return translate("QualityDialog", "Periodic review overdue")
    if dimension is Dimension.TIMELINESS and problem.rule_id == "R-CUS-5":
        return translate("QualityDialog", "Entered after its time limit")
    if dimension is Dimension.ACCURACY:
        return translate("QualityDialog", "Failed the weekly spot check; correct the file")
    if dimension is Dimension.CONSISTENCY and problem.rule_id == "R-GRD-5":
        return translate("QualityDialog", "Blacklisted but still graded VIP or preferred")
    return problem.message


def _phone_error(value: str) -> Exception | None:
    try:
        parse_phone(value)
    except PhoneInvalid as e:
        return e
    return None


def _id_error(value: str) -> Exception:
    return IdNumberInvalid(text=value, kind=id_kind(normalise_id_number(value)))


# The error a data-quality validity problem stands for, rebuilt from the value at fault.
_VALIDITY: dict[str, Callable[[str], Exception | None]] = {
    "phone": _phone_error,
    "email": lambda value: EmailInvalid(text=value),
    "id_number": _id_error,
    "event_date": lambda value: OfficeDateInvalid(text=value, problem=DateProblem.IN_FUTURE),
}


def _low(score: QualityScoreInfo) -> bool:
    return score.score < 100


class ScoreModel(RowsModel[QualityScoreInfo]):
    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.columns = [
            Column(who, lambda s: s.name or self.tr("(none)")),
            Column(self.tr("Open problems"), lambda s: s.open_problems, numeric=True),
            Column(self.tr("Score"), lambda s: s.score, _low, numeric=True),
        ]


class ProblemModel(RowsModel[QualityProblemInfo]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.columns = [
            Column(self.tr("Archive number"), lambda p: p.customer.archive_number),
            Column(self.tr("Customer"), lambda p: p.customer.name),
            Column(self.tr("Department"), lambda p: p.customer.department),
            Column(self.tr("Maintainer"), lambda p: p.maintainer),
            Column(self.tr("Dimension"), lambda p: dimension_name(p.dimension)),
            Column(self.tr("Rule"), lambda p: p.rule_id),
            Column(self.tr("First seen"), lambda p: p.first_seen_at),
            Column(self.tr("Problem"), problem_text, tooltip=problem_text),
        ]


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
        self.problem_model = ProblemModel(self)
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
        for combo in (self.maintainer, self.department):
            combo.addItem(self.tr("(all)"), None)
            combo.setMinimumWidth(140)
            combo.activated.connect(lambda _i: self.refresh())
        self.dismiss_button = QPushButton(self.tr("&Not a duplicate…"))
        self.dismiss_button.setObjectName("dismissDuplicate")
        self.dismiss_button.setEnabled(False)
        self.dismiss_button.clicked.connect(self.start_dismiss)
        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("&Maintainer:"), self.maintainer),
            (self.tr("&Department:"), self.department),
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
        self.problems.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self.summary = QLabel()
        self.summary.setObjectName("qualitySummary")

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
        layout.addWidget(body, 1)
        layout.addLayout(bottom)
        QTimer.singleShot(0, self.refresh)  # once the dialog is on screen

    def refresh(self) -> BackgroundJob:
        """Every file is checked (seconds on a big archive): off the UI thread."""
        maintainer = self.maintainer.currentData()
        department = self.department.currentData()
        quality = self.services.customers.quality
        self.job = load_in_background(
            self,
            lambda: quality.report(self.principal, maintainer, department),
            self.tr("Checking every customer file…"),
            self._show_report,
        )
        return self.job

    def _show_report(self, report: QualityReportInfo) -> None:
        self.maintainer_model.set_rows(report.by_maintainer)
        self.department_model.set_rows(report.by_department)
        self.problem_model.set_rows(report.problems)
        self._fill(self.maintainer, [s.name for s in report.by_maintainer])
        self._fill(self.department, [s.name for s in report.by_department])
        self.summary.setText(
            self.tr("%1 files checked, %2 open problems shown.")
            .replace("%1", str(report.checked_customers))
            .replace("%2", str(len(report.problems)))
        )
        self._selection()

    @staticmethod
    def _fill(combo: QComboBox, names: list[str]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for name in sorted(n for n in names if n):
            combo.addItem(name, name)
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
