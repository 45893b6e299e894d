"""The audit evaluation [銷售客戶審核評價表, 附件1] behind a customer's grade (R-GRD-3, R-GRD-2):
each criterion scored, weighted, summed to a total out of 100, and the grade the total suggests.

Seed: 第五篇 五2.1 (grades by 業務合作量、應收款情況、經營信譽、對我公司產品忠誠度), 2.2-2.3 (VIP and
優選 standards: size and results, paying on time, wish for a long partnership), 2.5 (departments
make their own standards from 附件1), 6.1 (主要指標進行量化, 依照不同層級確定權重).

Decisions:
- The criteria are those the seed names (2.1's four, with 2.2/2.3's size and partnership). The
  seed gives no numbers for the weights (附件1's table is not in it): the defaults below are the
  office's starting point, and the weights are a setting (6.1: each department weighs them).
  Weights are whole percentages, each 0..100, summing to exactly 100.
- Each criterion is scored in whole points from 0 to `max_score` (10). A criterion's weighted
  score is score / max_score × weight, so the total is out of 100.
- The total suggests a grade: VIP from 85, 優選 from 70, else 合格. The suggestion is advice;
  the grade itself changes only through the quota-checked grade change (R-GRD-2).
- Totals are exact (Fraction) and shown to two decimals, rounded half up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction

from records_desk.domain.common.errors import DomainError
from records_desk.domain.customers.vocabulary import Grade


class Criterion(StrEnum):
    """附件1 評審項目, in the order printed."""

    BUSINESS_VOLUME = "business_volume"  # 2.1 業務合作量
    RECEIVABLES = "receivables"  # 2.1 應收款情況; 2.2b 按期支付貨款
    REPUTATION = "reputation"  # 2.1 經營信譽; 2.2a 信譽度、穩定性
    LOYALTY = "loyalty"  # 2.1 對我公司產品忠誠度
    SCALE = "scale"  # 2.2a/2.3a-b 規模、經營效益、需用量
    PARTNERSHIP = "partnership"  # 2.2c/2.3c 長期合作意願


CRITERION_TERMS: dict[Criterion, str] = {
    Criterion.BUSINESS_VOLUME: "業務合作量",
    Criterion.RECEIVABLES: "應收款情況",
    Criterion.REPUTATION: "經營信譽",
    Criterion.LOYALTY: "對我公司產品忠誠度",
    Criterion.SCALE: "企業規模及經營效益",
    Criterion.PARTNERSHIP: "長期合作意願",
}

# 評分標準, printed beside each criterion on 附件1.
CRITERION_STANDARDS: dict[Criterion, str] = {
    Criterion.BUSINESS_VOLUME: "年度業務合作量（金額、數量）相對本部門客戶之水準",
    Criterion.RECEIVABLES: "按期支付貨款，無滯期付款、逾期未提貨等違約記錄",
    Criterion.REPUTATION: "商業信譽、經營穩定性，無違法記錄",
    Criterion.LOYALTY: "持續採購本公司產品，不轉購競品",
    Criterion.SCALE: "企業／醫療機構規模、經營效益、產品年需用量或銷售量",
    Criterion.PARTNERSHIP: "願與本公司建立長期合作夥伴關係，共擔風險、共享機會",
}

DEFAULT_WEIGHTS: dict[Criterion, int] = {
    Criterion.BUSINESS_VOLUME: 25,
    Criterion.RECEIVABLES: 20,
    Criterion.REPUTATION: 20,
    Criterion.LOYALTY: 15,
    Criterion.SCALE: 10,
    Criterion.PARTNERSHIP: 10,
}

WEIGHT_TOTAL = 100
MAX_SCORE = 10


@dataclass
class WeightsInvalid(DomainError):
    """The configured weights are not whole percentages summing to 100 (or one is missing)."""

    weights: dict[str, int]
    total: int

    def __str__(self) -> str:
        return f"evaluation weights must be 0..100 each and total {WEIGHT_TOTAL}, not {self.total}"


@dataclass
class ScoreMissing(DomainError):
    """附件1: every criterion is scored."""

    criterion: str

    def __str__(self) -> str:
        return f"no score for {self.criterion}"


@dataclass
class ScoreOutOfRange(DomainError):
    """A score that is not a whole number from 0 to the maximum (or names no criterion)."""

    criterion: str
    score: object
    max_score: int

    def __str__(self) -> str:
        return (
            f"score {self.score!r} for {self.criterion} is not a whole number 0..{self.max_score}"
        )


def check_weights(weights: Mapping[Criterion, int]) -> dict[Criterion, int]:
    """Every criterion weighted 0..100 in whole percent, summing to 100; returned in order."""
    raw = {str(k): v for k, v in weights.items()}
    checked: dict[Criterion, int] = {}
    for criterion in Criterion:
        value = weights.get(criterion)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
            raise WeightsInvalid(raw, sum(v for v in raw.values() if isinstance(v, int)))
        checked[criterion] = value
    total = sum(checked.values())
    if total != WEIGHT_TOTAL or set(raw) - {c.value for c in Criterion}:
        raise WeightsInvalid(raw, total)
    return checked


@dataclass(frozen=True)
class EvaluationPolicy:
    weights: Mapping[Criterion, int] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    max_score: int = MAX_SCORE
    vip_from: int = 85
    preferred_from: int = 70

    def __post_init__(self) -> None:
        object.__setattr__(self, "weights", check_weights(self.weights))


@dataclass(frozen=True)
class EvaluationLine:
    criterion: Criterion
    weight: int
    score: int
    max_score: int

    @property
    def weighted(self) -> Fraction:
        return Fraction(self.score * self.weight, self.max_score)


@dataclass(frozen=True)
class Evaluation:
    lines: tuple[EvaluationLine, ...]
    total: Fraction  # out of 100
    suggested_grade: Grade


def check_scores(scores: Mapping[str, object], max_score: int = MAX_SCORE) -> dict[Criterion, int]:
    """Each criterion once, a whole number 0..max_score; unknown criteria are refused."""
    known = {c.value for c in Criterion}
    for name, value in scores.items():
        if str(name) not in known:
            raise ScoreOutOfRange(str(name), value, max_score)
    checked: dict[Criterion, int] = {}
    for criterion in Criterion:
        if criterion.value not in {str(k) for k in scores}:
            raise ScoreMissing(criterion.value)
        value = next(v for k, v in scores.items() if str(k) == criterion.value)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= max_score:
            raise ScoreOutOfRange(criterion.value, value, max_score)
        checked[criterion] = value
    return checked


def suggest_grade(total: Fraction, policy: EvaluationPolicy | None = None) -> Grade:
    policy = policy or EvaluationPolicy()
    if total >= policy.vip_from:
        return Grade.VIP
    if total >= policy.preferred_from:
        return Grade.PREFERRED
    return Grade.QUALIFIED


def evaluate(scores: Mapping[str, object], policy: EvaluationPolicy | None = None) -> Evaluation:
    """R-GRD-3 附件1: the weighted total of the scores and the grade it suggests."""
    policy = policy or EvaluationPolicy()
    checked = check_scores(scores, policy.max_score)
    lines = tuple(
        EvaluationLine(c, policy.weights[c], checked[c], policy.max_score) for c in Criterion
    )
    total = sum((line.weighted for line in lines), Fraction(0))
    return Evaluation(lines, total, suggest_grade(total, policy))


def as_decimal(value: Fraction, places: int = 2) -> Decimal:
    """For showing and storing: rounded half up to `places` decimals."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
