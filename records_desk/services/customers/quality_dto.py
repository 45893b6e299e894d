"""Plain data out of the evaluation, survey, spot-check and data-quality services (R-GRD-3
附件1, R-CUS-7 附件4, R-CUS-6, R-DQ). No ORM object leaves the service layer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from records_desk.domain.customers.evaluations import Criterion
from records_desk.domain.customers.quality import Dimension
from records_desk.domain.customers.spot_check import SpotResult
from records_desk.domain.customers.vocabulary import Grade
from records_desk.services.customers.dto import CustomerRef


@dataclass(frozen=True)
class EvaluationLineInfo:
    """One row of 附件1: criterion, weight in %, score of max_score, weighted score."""

    criterion: Criterion
    weight: int
    score: int
    max_score: int
    weighted: Decimal  # score / max_score × weight, two decimals


@dataclass(frozen=True)
class EvaluationInfo:
    """附件1 銷售客戶審核評價表 as recorded (R-GRD-3). The weights are those in force when it
    was recorded, kept with it, so changing the setting never rewrites an old evaluation."""

    id: int
    customer: CustomerRef
    evaluated_on: date
    product_line: str | None
    lines: tuple[EvaluationLineInfo, ...]
    total: Decimal  # out of 100, two decimals
    suggested_grade: Grade
    opinion: str
    evaluator: str  # user name
    evaluator_name: str  # full name, for the signature line
    recorded_at: datetime


@dataclass(frozen=True)
class SurveyInfo:
    """附件4 銷售客戶情況調查表 as recorded (R-CUS-7). `sections` has every SurveySection value
    as a key ("" when not filled in); `facts` has the SurveyFact keys that were given
    (established as ISO text, capital as a whole number)."""

    id: int
    customer: CustomerRef
    surveyed_on: date
    sections: dict[str, str]
    assessment: str
    facts: dict[str, Any]
    surveyor: str
    surveyor_name: str
    recorded_at: datetime


@dataclass(frozen=True)
class SpotCheckItemInfo:
    id: int
    spot_check_id: int
    customer: CustomerRef
    result: SpotResult
    note: str
    marked_by: str | None
    marked_at: datetime | None


@dataclass(frozen=True)
class SpotCheckInfo:
    """R-CUS-6: one week's drawn sample. `population` is how many entries the week had."""

    id: int
    week_start: date  # Monday
    week_end: date  # Sunday, the last day of the week
    drawn_by: str
    drawn_at: datetime
    sample_size: int  # asked for; len(items) is smaller when the week had fewer entries
    population: int
    items: tuple[SpotCheckItemInfo, ...]
    drawn_by_name: str = ""  # the full name of who drew it, as the office knows the person

    @property
    def passed(self) -> int:
        return sum(1 for i in self.items if i.result is SpotResult.PASSED)

    @property
    def failed(self) -> int:
        return sum(1 for i in self.items if i.result is SpotResult.FAILED)

    @property
    def pending(self) -> int:
        return sum(1 for i in self.items if i.result is SpotResult.PENDING)


@dataclass(frozen=True)
class QualityProblemInfo:
    """R-DQ-3: one problem of one record, with the rule it breaks, tracked from when it was
    first seen until it is no longer found (`fixed_at`). `field` names the customer field at
    fault when there is one (CustomerField values); `other_customer_id` is the other file of
    a likely duplicate (uniqueness), for opening both or dismissing the pair."""

    id: int  # the tracking row
    customer: CustomerRef
    maintainer: str
    dimension: Dimension
    rule_id: str  # a SPEC rule: R-DQ-1, R-CUS-5, R-CUS-6, R-GRD-3, R-GRD-5 …
    message: str  # English fallback; the UI words it from dimension, rule, field
    field: str | None
    other_customer_id: int | None
    first_seen_at: datetime
    fixed_at: datetime | None
    maintainer_name: str = ""  # the maintainer's full name, as the office knows the person
    other_archive_number: str = ""  # the other file of a likely duplicate

    @property
    def maintainer_shown(self) -> str:
        return self.maintainer_name or self.maintainer


@dataclass(frozen=True)
class QualityScoreInfo:
    """R-DQ-2: 100 minus 1 per open problem, floor 0, for a maintainer or a department.
    `name` is what a filter takes (a maintainer's user name, a department); `full_name` the
    maintainer's name as shown."""

    name: str
    open_problems: int
    score: int
    full_name: str = ""

    @property
    def shown(self) -> str:
        return self.full_name or self.name


@dataclass(frozen=True)
class QualityQuery:
    """Which open problems a list shows: a maintainer's (user name), a department's, one
    dimension's; None: all."""

    maintainer: str | None = None
    department: str | None = None
    dimension: Dimension | None = None


@dataclass(frozen=True)
class QualityDimensionCount:
    """R-DQ-1: open problems of one dimension."""

    dimension: Dimension
    open_problems: int


@dataclass(frozen=True)
class QualityReportInfo:
    """What the director's quality view shows after one look at every file. `problems`
    honours the maintainer/department/dimension filter and is the first page of the list
    when the look was asked for one (`matching` says how many match; the service's `page`
    reads on); the scores never are filtered. `by_dimension` counts within the maintainer
    and department filters, every dimension listed; `open_problems` is every open problem."""

    problems: tuple[QualityProblemInfo, ...]
    by_maintainer: tuple[QualityScoreInfo, ...]
    by_department: tuple[QualityScoreInfo, ...]
    checked_customers: int
    checked_at: datetime
    by_dimension: tuple[QualityDimensionCount, ...] = ()
    open_problems: int = 0
    matching: int = 0


@dataclass(frozen=True)
class DuplicateDismissalInfo:
    """R-DQ-1 uniqueness: a pair someone marked "not a duplicate"; it stays dismissed."""

    first_id: int  # the smaller customer id
    second_id: int
    reason: str
    by: str
    at: datetime
