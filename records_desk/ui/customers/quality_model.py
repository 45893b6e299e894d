"""The data-quality problems as a table that pages from the database (STYLE.md): a look
(QualityService.report, off the UI thread) gives how many problems match and the first page;
the next 200 are read through canFetchMore/fetchMore as the user scrolls, each page after the
last row loaded (the service's keyset), so a list of 160,000 problems costs what its screenful
does. The rows are in the service's order (archive number, dimension, message): the headers
do not sort (sorting the pages read would lie about the rows not yet read).

Also the problems' wording: a problem in the user's words from its dimension, rule and field."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from records_desk.domain.common.errors import DateProblem, OfficeDateInvalid, PhoneInvalid
from records_desk.domain.common.identifiers import id_kind, normalise_id_number, parse_phone
from records_desk.domain.customers.quality import Dimension, overdue_since, value_at_fault
from records_desk.exchange.customers.problems import EmailInvalid, IdNumberInvalid
from records_desk.services.customers.quality_dto import QualityProblemInfo, QualityQuery
from records_desk.ui.common.table import ITEM_ROLE, LONG_TEXT, shown
from records_desk.ui.messages import describe
from records_desk.ui.models.paged import Index, PagedTableModel
from records_desk.wording.customers.terms import field_name

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

PAGE_SIZE = 200
FIRST_PAGE = 60  # a screenful: what the look reads with its counts

# Returns None when the call failed (the caller has already told the user).
PageLoader = Callable[
    [QualityQuery, QualityProblemInfo | None, int], "list[QualityProblemInfo] | None"
]


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
    if dimension is Dimension.COMPLETENESS and problem.field == "admission":
        # R-GRD-1: an imported file whose list did not say (issue 10 §1): nobody checked it.
        return translate("QualityDialog", "Admission checklist not recorded")
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
        if problem.other_archive_number:
            return translate("QualityDialog", "Likely the same customer as file %1").replace(
                "%1", problem.other_archive_number
            )
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


class ProblemColumn(IntEnum):
    ARCHIVE_NUMBER = 0
    CUSTOMER = 1
    DEPARTMENT = 2
    MAINTAINER = 3
    DIMENSION = 4
    RULE = 5
    FIRST_SEEN = 6
    PROBLEM = 7


class QualityProblemModel(PagedTableModel[QualityProblemInfo]):
    """Read only. `show` starts from a look's count and first page; `fetchMore` reads on."""

    columns = ProblemColumn

    def __init__(self, page: PageLoader, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(page_size, parent)
        self._page = page
        self._query = QualityQuery()

    @property
    def query(self) -> QualityQuery:
        return self._query

    def show(
        self, query: QualityQuery, matching: int, first: tuple[QualityProblemInfo, ...]
    ) -> None:
        """The list of a look: `matching` problems, of which `first` are the first."""
        self._query = query
        self._reset(matching, lambda: list(first), len(first))

    def item(self, row: int) -> QualityProblemInfo:
        return self._rows[row]

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self._may_fetch(parent):
            return
        after = self._rows[-1] if self._rows else None
        self._append(self._page(self._query, after, self._page_size) or [])

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        column = self._column(section, orientation, role)
        if column is None:
            return None
        return {
            ProblemColumn.ARCHIVE_NUMBER: self.tr("Archive number"),
            ProblemColumn.CUSTOMER: self.tr("Customer"),
            ProblemColumn.DEPARTMENT: self.tr("Department"),
            ProblemColumn.MAINTAINER: self.tr("Maintainer"),
            ProblemColumn.DIMENSION: self.tr("Dimension"),
            ProblemColumn.RULE: self.tr("Rule"),
            ProblemColumn.FIRST_SEEN: self.tr("First seen"),
            ProblemColumn.PROBLEM: self.tr("Problem"),
        }[ProblemColumn(column)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        problem = self._rows[index.row()]
        column = ProblemColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(problem, column)
        if role == ITEM_ROLE:
            return problem
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(problem, column)
            long = column is ProblemColumn.PROBLEM or len(text) >= LONG_TEXT
            return text if long else None  # perhaps elided
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @staticmethod
    def _text(problem: QualityProblemInfo, column: ProblemColumn) -> str:
        if column is ProblemColumn.ARCHIVE_NUMBER:
            return problem.customer.archive_number
        if column is ProblemColumn.CUSTOMER:
            return problem.customer.name
        if column is ProblemColumn.DEPARTMENT:
            return problem.customer.department
        if column is ProblemColumn.MAINTAINER:
            return problem.maintainer_shown
        if column is ProblemColumn.DIMENSION:
            return dimension_name(problem.dimension)
        if column is ProblemColumn.RULE:
            return problem.rule_id
        if column is ProblemColumn.FIRST_SEEN:
            return shown(problem.first_seen_at)
        return problem_text(problem)
