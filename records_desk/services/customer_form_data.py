"""The fill data of the customer-file forms, made from the services' DTOs: plain dicts in the
shape forms/README.md describes ("Data"), which the printing engine checks before drawing.

    registration(customer, names)                 客戶檔案登記表
    periodic_review(customer, review, ...)        附件2 銷售客戶階段評價表
    visit_report(customer, visit, names)          附件5 銷售客戶拜訪總結報告
    appraisal(customer, evaluation, ...)          附件1 銷售客戶審核評價表
    survey(customer, survey)                      附件4 銷售客戶情況調查表
    blacklist(entries, id_numbers, ...)           附件3 銷售客戶黑名單

Words are the office's Traditional Chinese (the domain's *_TERMS); dates are printed as the
engine takes them (YYYY-MM-DD, times in the office's local clock). With no record (review,
visit, evaluation, survey) a form comes back with the customer's part filled and the rest left
to be written by hand. `names` maps user names to full names, for signatures and "by" fields.
No I/O here: the service gathers, these functions only arrange."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from records_desk.domain.blacklist import BlacklistScope
from records_desk.domain.customer_files import CustomerStatus
from records_desk.domain.customers import (
    ADMISSION_TERMS,
    RECORD_TYPE_TERMS,
    AdmissionCriterion,
    CustomerField,
    Grade,
    admission_required,
    is_downgrade,
    is_upgrade,
)
from records_desk.domain.timeliness import EntryKind
from records_desk.services.customer_dto import (
    BlacklistEntryInfo,
    CustomerInfo,
    ReviewInfo,
    VisitInfo,
)

if TYPE_CHECKING:
    from records_desk.services.quality_dto import EvaluationInfo, SurveyInfo

Data = dict[str, Any]

# The forms' grade choices (附件1/2/5 and the registration sheet): the seed's short words.
FORM_GRADES: dict[Grade, str] = {Grade.VIP: "VIP", Grade.PREFERRED: "優選", Grade.QUALIFIED: "合格"}
ENTRY_KIND_TERMS: dict[EntryKind, str] = {
    EntryKind.NEW_OR_CHANGED: "新增／變更 24小時",
    EntryKind.RENAME_OR_SERVICE: "更名／服務變更 48小時",
    EntryKind.BULK_PROJECT: "批量項目資料 72小時",
}
SCOPE_TERMS: dict[BlacklistScope, str] = {
    BlacklistScope.COMPANY: "公司",
    BlacklistScope.DEPARTMENT: "部門",
}
FIELD_TERMS: dict[CustomerField, str] = {
    CustomerField.NAME: "客戶名稱",
    CustomerField.CONTACT_PERSON: "聯絡人",
    CustomerField.PHONE: "電話",
    CustomerField.EMAIL: "電子郵件",
    CustomerField.ADDRESS: "地址",
    CustomerField.ID_NUMBER: "身分證字號／統一編號",
    CustomerField.DEPARTMENT: "部門",
    CustomerField.PRODUCT_LINES: "產品線",
    CustomerField.CONSULTANT: "負責顧問",
    CustomerField.EVENT_DATE: "事件日期",
}
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
VISIT_TYPES: dict[str, str] = {
    "visit": "走訪",
    "meeting": "客戶懇談會",
    "launch": "產品推介會",
    **{t: t for t in ("走訪", "客戶懇談會", "產品推介會")},
}
TICK, NOT_APPLICABLE = "✓", "不適用"


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def local_time(value: datetime) -> str:
    """The office's clock (the machine's zone, as office_day reads it), to the minute."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def grade_word(grade: Grade | None) -> str:
    return FORM_GRADES[grade] if grade else ""


def person(username: str | None, names: Mapping[str, str]) -> str:
    if not username:
        return ""
    return names.get(username) or username


def _number(value: Any) -> Any:
    """A JSON number for the engine (Decimal as text keeps its digits), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, int | float):
        return value
    return None


def _customer_head(c: CustomerInfo) -> Data:
    return {"customer": c.name, "archive_no": c.archive_number, "department": c.department}


def admission_lines(c: CustomerInfo) -> list[tuple[str, str]]:
    """R-GRD-1: "a) criterion" and its tick (✓, blank, or 不適用 for types not admitted)."""
    applies = admission_required(c.record_type)
    return [
        (
            f"{chr(ord('a') + i)}) {ADMISSION_TERMS[criterion]}",
            (TICK if criterion in c.admission.met else "") if applies else NOT_APPLICABLE,
        )
        for i, criterion in enumerate(AdmissionCriterion)
    ]


# --- 客戶檔案登記表 ---------------------------------------------------------------------------


def registration(c: CustomerInfo, names: Mapping[str, str]) -> Data:
    if c.blacklisted_until:
        blacklist = f"是（有效期至 {day(c.blacklisted_until)}）"
    else:
        blacklist = "否"
    remarks = []
    if c.status is CustomerStatus.VOID:
        when = f"（{local_time(c.voided_at)}）" if c.voided_at else ""
        remarks.append(f"作廢{when}：{c.void_reason or ''}")
    if c.readmitted_on:
        remarks.append(f"{day(c.readmitted_on)} 經審批重新准入。")
    if c.missing_fields:
        remarks.append("待補資料：" + "、".join(FIELD_TERMS[f] for f in c.missing_fields) + "。")
    return {
        "header": {
            "archive_no": c.archive_number,
            "shelf_location": c.shelf_location,
            "record_type": RECORD_TYPE_TERMS[c.record_type],
            "customer": c.name,
            "id_no": c.id_number,
            "contact": c.contact_person,
            "phones": "、".join(c.phones),
            "email": c.email,
            "address": c.address,
            "department": c.department,
            "product_lines": "、".join(c.product_lines),
            "consultant": person(c.consultant, names),
            "prospect_level": c.prospect_level.value if c.prospect_level else "",
            "grade": grade_word(c.grade),
            "blacklist": blacklist,
            "event_date": day(c.event_date),
            "entry_time": local_time(c.entered_at),
            "entry_kind": ENTRY_KIND_TERMS[c.entry_kind],
            "entered_late": c.entered_late,
            "entered_by": person(c.maintainer, names),
            "status": "有效" if c.status is CustomerStatus.ACTIVE else "作廢",
        },
        "rows": [{"criterion": text, "met": tick} for text, tick in admission_lines(c)],
        "sections": {"remarks": "\n".join(remarks)},
    }


# --- 附件2 銷售客戶階段評價表 ------------------------------------------------------------------


def review_rows(scores: Mapping[str, Any]) -> list[Data]:
    """One row per criterion. A score is a number, or {"score", "weight", "comment"}, or a
    comment alone (text)."""
    rows = []
    for key, value in scores.items():
        if key in REVIEW_EXTRAS:
            continue
        row: Data = {"criterion": REVIEW_CRITERION_TERMS.get(key, key)}
        if isinstance(value, Mapping):
            row["weight"] = _number(value.get("weight"))
            row["score"] = _number(value.get("score"))
            row["comment"] = str(value.get("comment") or "")
        elif isinstance(value, str):
            row["comment"] = value
        else:
            row["score"] = _number(value)
        rows.append(row)
    return rows


def review_total(scores: Mapping[str, Any], rows: Sequence[Data]) -> Any:
    """The recorded total, else Σ score × weight / 100 when every row has both; else none
    (a sum of unweighted scores would mean nothing on paper)."""
    if _number(scores.get("total")) is not None:
        return _number(scores["total"])
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
        **_customer_head(c),
        "product_line": "、".join(c.product_lines),
        "current_grade": grade_word(grade_before if review else c.grade),
        "period_from": day(period_from),
    }
    if review is None:
        return {"header": header}
    rows = review_rows(review.scores)
    recorded_from = review.scores.get("period_from")
    header.update(
        period_from=recorded_from if isinstance(recorded_from, str) else day(period_from),
        period_to=day(review.reviewed_on),
        proposed_grade=grade_word(review.result_grade),
        grade_change=grade_change_word(grade_before, review.result_grade),
        total_score=review_total(review.scores, rows),
        evaluator=person(review.reviewer, names),
        review_date=day(review.reviewed_on),
        effective_date=day(effective_on),
        next_review=day(review.next_due),
    )
    conclusion = review.scores.get("conclusion")
    return {
        "header": header,
        "rows": rows,
        "sections": {
            "problems": review.problems,
            "conclusion": conclusion if isinstance(conclusion, str) else "",
        },
    }


# --- 附件5 銷售客戶拜訪總結報告 ----------------------------------------------------------------


def _text(details: Mapping[str, Any], *keys: str) -> str:
    for key in keys:
        value = details.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, list | tuple) and value:
            return "、".join(str(v) for v in value)
    return ""


def visit_report(c: CustomerInfo, visit: VisitInfo | None, names: Mapping[str, str]) -> Data:
    """Details may carry needs/latest_needs, opinions, suggestions, follow_up, visit_type
    (走訪, 客戶懇談會, 產品推介會 or visit/meeting/launch), companions, contact and place."""
    header = {**_customer_head(c), "grade": grade_word(c.grade), "contact": c.contact_person}
    if visit is None:
        return {"header": header}
    d = visit.details
    visitors = [person(visit.by, names)]
    companions = _text(d, "companions", "visitors")
    if companions:
        visitors.append(companions)
    header.update(
        visit_date=day(visit.visited_on),
        visit_type=VISIT_TYPES.get(_text(d, "visit_type", "kind"), ""),
        visitors="、".join(visitors),
        contact=_text(d, "contact") or c.contact_person,
        place=_text(d, "place") or c.address,
    )
    return {
        "header": header,
        "sections": {
            "summary": visit.summary,
            "latest_needs": _text(d, "latest_needs", "needs"),
            "opinions": _text(d, "opinions", "opinion"),
            "suggestions": _text(d, "suggestions", "suggestion"),
            "follow_up": _text(d, "follow_up", "follow_ups"),
        },
    }


# --- 附件1 銷售客戶審核評價表 ------------------------------------------------------------------


def admission_text(c: CustomerInfo) -> str:
    return "；".join(f"{text} {tick or '□'}" for text, tick in admission_lines(c))


def appraisal(
    c: CustomerInfo,
    evaluation: EvaluationInfo | None,
    weights: Mapping[Any, int] | None = None,
    max_score: int | None = None,
) -> Data:
    """From a recorded evaluation; without one, the customer's part, and the criteria with
    the weights in force when `weights` is known (scores left to be written by hand)."""
    from records_desk.domain.evaluations import CRITERION_STANDARDS, CRITERION_TERMS

    header = {**_customer_head(c), "product_line": "、".join(c.product_lines)}
    sections = {"admission": admission_text(c)}
    if evaluation is None:
        rows = []
        if weights:
            out_of = f"（滿分{max_score}分）" if max_score else ""
            rows = [
                {
                    "criterion": CRITERION_TERMS[k],
                    "standard": CRITERION_STANDARDS[k] + out_of,
                    "weight": w,
                }
                for k, w in weights.items()
            ]
        return {"header": header, "rows": rows, "sections": sections}
    header.update(
        product_line=evaluation.product_line or header["product_line"],
        evaluator=evaluation.evaluator_name or evaluation.evaluator,
        eval_date=day(evaluation.evaluated_on),
        total_score=str(evaluation.total),
        proposed_grade=grade_word(evaluation.suggested_grade),
    )
    rows = [
        {
            "criterion": CRITERION_TERMS[line.criterion],
            "standard": f"{CRITERION_STANDARDS[line.criterion]}（滿分{line.max_score}分）",
            "weight": line.weight,
            "score": line.score,
            "weighted": str(line.weighted),
        }
        for line in evaluation.lines
    ]
    sections["opinion"] = evaluation.opinion
    return {"header": header, "rows": rows, "sections": sections}


# --- 附件4 銷售客戶情況調查表 ------------------------------------------------------------------


def survey(c: CustomerInfo, info: SurveyInfo | None) -> Data:
    header: Data = {
        "customer": c.name,
        "archive_no": c.archive_number,
        "id_no": c.id_number,
        "contact": c.contact_person,
        "phone": "、".join(c.phones),
        "address": c.address,
        "department": c.department,
    }
    if info is None:
        return {"header": header}
    facts = info.facts
    header.update(
        customer_type=str(facts.get("customer_type") or ""),
        legal_rep=str(facts.get("legal_rep") or ""),
        established=str(facts.get("established") or ""),
        capital=facts.get("capital"),
        survey_date=day(info.surveyed_on),
    )
    return {"header": header, "sections": {**info.sections, "assessment": info.assessment}}


# --- 附件3 銷售客戶黑名單 ----------------------------------------------------------------------


def blacklist(
    entries: Iterable[BlacklistEntryInfo],
    id_numbers: Mapping[int, str],
    names: Mapping[str, str],
    *,
    prepared_by: str,
    report_date: date,
    department: str = "",
) -> Data:
    rows = [
        {
            "seq": seq,
            "customer": f"{e.customer_name}（{e.archive_number}）",
            "id_no": id_numbers.get(e.customer_id, ""),
            "scope": SCOPE_TERMS[e.scope],
            "scope_department": e.department or "",
            "reason": e.reason,
            "listed_from": day(e.starts_on),
            "valid_until": day(e.last_day),
            "decided_by": person(e.decided_by, names),
            "lifted_on": day(e.lifted_on),
        }
        for seq, e in enumerate(entries, start=1)
    ]
    return {
        "header": {
            "department": department,
            "prepared_by": prepared_by,
            "report_date": day(report_date),
        },
        "rows": rows,
    }
