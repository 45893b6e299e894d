"""The fill data of 附件2 銷售客戶階段評價表 (R-GRD-3, R-GRD-4; 第五篇 3.1–3.4) from a ReviewInfo:
one row per scored criterion, the grade in force when the review was made, the grade it found
and whether that is an upgrade or a downgrade, and the day the change took effect. The other
customer forms are customer_form_data's."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from records_desk.domain.customers.vocabulary import Grade, is_downgrade, is_upgrade
from records_desk.services.customers import form_data as fill
from records_desk.services.customers.dto import CustomerInfo, ReviewInfo
from records_desk.services.customers.form_data import Data

# 附件2's criteria (五3.1, 3.3: contract performance, payment, good faith) and 附件1's, under
# the keys a review's scores may use; any other key is printed as it was recorded.
REVIEW_CRITERION_TERMS: dict[str, str] = {
    "contract": "合同履約情況",
    "contract_performance": "合同履約情況",
    "payment": "貨款支付情況",
    "receivables": "應收款情況",
    "good_faith": "誠信情況",
    "integrity": "誠信情況",
    "crisis": "經營危機",
    "volume": "業務合作量",
    "business_volume": "業務合作量",
    "reputation": "經營信譽",
    "loyalty": "對我公司產品忠誠度",
    "scale": "企業規模及經營效益",
    "partnership": "長期合作意願",
}
# Keys of a review's scores that are not criteria.
REVIEW_EXTRAS = ("total", "conclusion", "period_from")
# 附件2's own criteria (五3.1), as forms/periodic_review.toml pre-prints them: every recorded
# review prints these rows, scored or not. The regulation gives them no weights, so none is
# made up here: a row shows a weight only when the review recorded one.
PRINTED_CRITERIA: tuple[str, ...] = ("合同履約情況", "貨款支付情況", "誠信情況")


def review_rows(scores: Mapping[str, Any]) -> list[Data]:
    """The printed criteria in their order, each with what was recorded for it, then any
    other criterion recorded."""
    recorded = recorded_rows(scores)
    by_name = {row["criterion"]: row for row in recorded}
    rows = [dict(by_name.pop(name, {"criterion": name})) for name in PRINTED_CRITERIA]
    return rows + list(by_name.values())


def recorded_rows(scores: Mapping[str, Any]) -> list[Data]:
    """One row per criterion recorded. A score is a number, or {"score", "weight", "comment"},
    or a comment alone (text)."""
    rows = []
    for key, value in scores.items():
        if key in REVIEW_EXTRAS:
            continue
        row: Data = {"criterion": REVIEW_CRITERION_TERMS.get(key, key)}
        if isinstance(value, Mapping):
            row["weight"] = fill.number(value.get("weight"))
            row["score"] = fill.number(value.get("score"))
            row["comment"] = str(value.get("comment") or "")
        elif isinstance(value, str):
            row["comment"] = value
        else:
            row["score"] = fill.number(value)
        rows.append(row)
    return rows


def review_total(scores: Mapping[str, Any], rows: Sequence[Data]) -> Any:
    """The recorded total, else Σ score × weight / 100 when every row has both; else none
    (a sum of unweighted scores would mean nothing on paper)."""
    if fill.number(scores.get("total")) is not None:
        return fill.number(scores["total"])
    pairs = [(r.get("score"), r.get("weight")) for r in rows]
    if not pairs or any(s is None or w is None for s, w in pairs):
        return None
    total = sum(Decimal(str(s)) * Decimal(str(w)) for s, w in pairs) / 100
    return format(total, "f")


def grade_change_word(before: Grade | None, after: Grade | None) -> str:
    if before is None or after is None:
        return ""
    if is_upgrade(before, after):
        return "升級"
    if is_downgrade(before, after):
        return "降級"
    return "維持"


class GradeStep(NamedTuple):
    """One grade change of the customer: office day, moment, from, to."""

    on: date
    at: datetime
    old: Grade | None
    new: Grade


def grade_around(
    steps: Sequence[GradeStep], review: ReviewInfo, recorded_at: datetime, current: Grade | None
) -> tuple[Grade | None, date | None]:
    """The grade in force when the review was made, and the day a change to its result took
    effect after it. A change counts as before the review when made on an earlier day, or on
    the review's day before the review was recorded. `steps` are oldest first."""

    def earlier(step: GradeStep) -> bool:
        if step.on != review.reviewed_on:
            return step.on < review.reviewed_on
        return step.at < recorded_at

    before = [s for s in steps if earlier(s)]
    if before:
        grade: Grade | None = before[-1].new
    else:  # nothing changed before: the grade then is where the first change began
        grade = next((s.old for s in steps if s.old is not None), current)
    if review.result_grade is None or review.result_grade is grade:
        return grade, None
    after = (s.on for s in steps if not earlier(s) and s.new is review.result_grade)
    return grade, next(after, None)


def periodic_review(
    c: CustomerInfo,
    review: ReviewInfo | None,
    names: Mapping[str, str],
    *,
    period_from: date | None,
    grade_before: Grade | None,
    effective_on: date | None,
) -> Data:
    """`period_from`: the previous review, or the admission day; `grade_before`: the grade in
    force when the review was made; `effective_on`: the day a grade change following it took
    effect. Without a review, the customer's part only."""
    header = {
        **fill.customer_head(c),
        "product_line": "、".join(c.product_lines),
        "current_grade": fill.grade_word(grade_before if review else c.grade),
        "period_from": fill.day(period_from),
    }
    if review is None:
        return {"header": header, "void": fill.is_void(c)}
    rows = review_rows(review.scores)
    recorded_from = review.scores.get("period_from")
    header.update(
        period_from=recorded_from if isinstance(recorded_from, str) else fill.day(period_from),
        period_to=fill.day(review.reviewed_on),
        proposed_grade=fill.grade_word(review.result_grade),
        grade_change=grade_change_word(grade_before, review.result_grade),
        # the total from what was recorded: printed weights do not turn scores into a total
        total_score=review_total(review.scores, recorded_rows(review.scores)),
        evaluator=fill.person(review.reviewer, names),
        review_date=fill.day(review.reviewed_on),
        effective_date=fill.day(effective_on),
        next_review=fill.day(review.next_due),
    )
    conclusion = review.scores.get("conclusion")
    return {
        "header": header,
        "rows": rows,
        "sections": {
            "problems": review.problems,
            "conclusion": conclusion if isinstance(conclusion, str) else "",
        },
        "void": fill.is_void(c),
    }
