"""The fill data of the customer-file forms, made from the services' DTOs: plain dicts in the
shape forms/README.md describes ("Data"), which the printing engine checks before drawing.

    registration(customer, names)                 客戶檔案登記表
    review_form_data.periodic_review(...)         附件2 銷售客戶階段評價表
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

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from records_desk.domain.customers.blacklist import BlacklistScope
from records_desk.domain.customers.files import CustomerStatus
from records_desk.domain.customers.timeliness import EntryKind
from records_desk.domain.customers.vocabulary import (
    ADMISSION_TERMS,
    RECORD_TYPE_TERMS,
    AdmissionCriterion,
    CustomerField,
    Grade,
    admission_required,
)
from records_desk.services.customers.dto import (
    BlacklistEntryInfo,
    CustomerInfo,
    VisitInfo,
)

if TYPE_CHECKING:
    from records_desk.services.customers.quality_dto import EvaluationInfo, SurveyInfo

Data = dict[str, Any]

# The forms' grade choices (附件1/2/5 and the registration sheet): the seed's short words.
FORM_GRADES: dict[Grade, str] = {Grade.VIP: "VIP", Grade.PREFERRED: "優選", Grade.QUALIFIED: "合格"}
ENTRY_KIND_TERMS: dict[EntryKind, str] = {
    EntryKind.NEW_OR_CHANGED: "新增／變更 24小時",
    EntryKind.RENAME_OR_SERVICE: "更名／服務變更 48小時",
    EntryKind.BULK_PROJECT: "批量項目資料 72小時",
    EntryKind.IMPORTED: "批量項目資料 72小時",  # the paper's box for a batch; never marked late
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
    CustomerField.SHELF_LOCATION: "存放位置",
    CustomerField.ADMISSION: "客戶準入條件",
}
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


def number(value: Any) -> Any:
    """A JSON number for the engine (Decimal as text keeps its digits), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, int | float):
        return value
    return None


def customer_head(c: CustomerInfo) -> Data:
    return {"customer": c.name, "archive_no": c.archive_number, "department": c.department}


def is_void(c: CustomerInfo) -> bool:
    """A voided file's papers carry a large 作廢 (printing/pagination.py)."""
    return c.status is CustomerStatus.VOID


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
        remarks.append(f"{day(c.readmitted_on)} 經審批重新準入。")
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
        "rows": [{"criterion": text, "met": tick or "□"} for text, tick in admission_lines(c)],
        "sections": {"remarks": "\n".join(remarks)},
        "void": is_void(c),
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
    header = {**customer_head(c), "grade": grade_word(c.grade), "contact": c.contact_person}
    if visit is None:
        return {"header": header, "void": is_void(c)}
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
        "void": is_void(c),
    }


# --- 附件1 銷售客戶審核評價表 ------------------------------------------------------------------


def admission_text(c: CustomerInfo) -> str:
    """附件1's checklist a–f, one line each, as the blank form pre-prints it."""
    return "\n".join(f"{text}　{tick or '□'}" for text, tick in admission_lines(c))


def appraisal(
    c: CustomerInfo,
    evaluation: EvaluationInfo | None,
    weights: Mapping[Any, int] | None = None,
    max_score: int | None = None,
) -> Data:
    """From a recorded evaluation; without one, the customer's part, and the criteria with
    the weights in force when `weights` is known (scores left to be written by hand)."""
    from records_desk.domain.customers.evaluations import CRITERION_STANDARDS, CRITERION_TERMS

    header = {**customer_head(c), "product_line": "、".join(c.product_lines)}
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
        return {"header": header, "rows": rows, "sections": sections, "void": is_void(c)}
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
    return {"header": header, "rows": rows, "sections": sections, "void": is_void(c)}


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
        return {"header": header, "void": is_void(c)}
    facts = info.facts
    header.update(
        customer_type=str(facts.get("customer_type") or ""),
        legal_rep=str(facts.get("legal_rep") or ""),
        established=str(facts.get("established") or ""),
        capital=facts.get("capital"),
        survey_date=day(info.surveyed_on),
    )
    return {
        "header": header,
        "sections": {**info.sections, "assessment": info.assessment},
        "void": is_void(c),
    }


# --- 附件3 銷售客戶黑名單 ----------------------------------------------------------------------


def blacklist(
    entries: Iterable[BlacklistEntryInfo],
    id_numbers: Mapping[int, str],
    names: Mapping[str, str],
    *,
    prepared_by: str,
    report_date: date,
    department: str = "",
    in_force_on: date | None = None,
) -> Data:
    """附件3: the entries in force on `in_force_on`, or (None) every entry with its dates;
    `report_date` is the filing date, the day it is printed."""
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
            "entries": "有效名單" if in_force_on else "全部紀錄",
            "in_force_on": day(in_force_on),
        },
        "rows": rows,
    }
