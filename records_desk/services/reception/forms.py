"""The day's 客戶來訪登記表 (forms/visitor_sheet.toml, R-REC-11) and 來電登記表
(forms/phone_enquiry_sheet.toml, R-REC-12) filled from the stored day: each row with who
received the visitor and how (輪序, 指定, 舊客戶, 義務接待), who was passed over and why, the
correction rows naming the row they correct; once the day is reviewed, the reviewer, the time,
the row count and the hash that `reception verify` recomputes.

Decisions:
- Read as the actor (RECEPTION_VIEW) and rendered by PrintService (FORM_PRINT); like every
  form, rendering writes nothing: whoever prints or saves it records that
  (services.printing.record_print / record_save) with the day as its subject.
- The values are the printed form's words (Chinese), like the other forms' (the paper is the
  office's, whatever the screen's language). The rotation's finer reasons (a turn kept or
  owed, a reassignment) go to the notes after the visitor's intention and source.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from records_desk.domain.common.audit_actions import AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.services.reception.dto import Closing, EnquiryRow, VisitRow
from records_desk.store.models import Account

if TYPE_CHECKING:
    from records_desk.services.common.dto import Principal
    from records_desk.services.common.printing import PrintedForm
    from records_desk.services.container import Services

VISITOR_SHEET, PHONE_SHEET = "visitor_sheet", "phone_enquiry_sheet"
ASSIGNED_BY = {
    "rotation": "輪序",
    "priority_return": "輪序",
    "kept_turn": "輪序",
    "reassigned": "輪序",
    "designated": "指定",
    "returning_owner": "舊客戶",
    "courtesy": "義務接待",
}
FINER = {"priority_return": "優先補位", "kept_turn": "保留輪次", "reassigned": "換人接待重新輪序"}
SKIP_WORDS = {
    "turn_cancelled": "被取消輪次",
    "away_unexcused": "無故離崗",
    "away_manager_assignment": "領導安排外出",
    "busy_counted": "接待中（保留輪次）",
    "busy_not_counted": "接待中（不補）",
    "current_consultant": "原接待顧問",
    "designated_not_signed_in": "未簽到",
}
SOURCE_WORDS = {"walk_in": "自然上門", "phone": "來電邀約", "referral": "介紹"}


def day_subject(day: date) -> tuple[AuditTarget, int, str]:
    """The print's subject: the day (its number as YYYYMMDD, its ISO date as the label)."""
    return AuditTarget.RECEPTION_DAY, int(day.strftime("%Y%m%d")), day.isoformat()


def visitor_sheet_data(
    day: date,
    rows: list[VisitRow],
    closing: Closing | None,
    clerk: str,
    full_names: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The fill data of the 客戶來訪登記表 for DAY (FULL_NAMES: user name -> full name, for
    the consultants passed over)."""
    named = full_names or {}
    first_of: dict[tuple[str, str], str] = {}
    table = []
    for r in rows:
        key = (r.visitor, r.phone)
        notes = []
        if r.intention:
            notes.append(f"意向{r.intention.value}")
        notes.append(SOURCE_WORDS.get(r.source.value, r.source.value))
        if r.reason in FINER:
            notes.append(FINER[r.reason])
        if r.skipped:
            passed = "、".join(
                f"{named.get(s.consultant, s.consultant)}（{SKIP_WORDS.get(s.why, s.why)}）"
                for s in r.skipped
            )
            notes.append(f"略過：{passed}")
        if r.notes:
            notes.append(r.notes)
        table.append(
            {
                "seq": r.row_no,
                "time_in": r.time,
                "visitor": r.visitor,
                "phone": r.phone,
                "party_size": r.party_size,
                "visitor_type": "新客戶" if r.first_visit else "舊客戶",
                "consultant": r.consultant_name or r.consultant or "",
                "first_consultant": first_of.get(key, "") if r.reason == "reassigned" else "",
                "referrer": "",
                "assigned_by": ASSIGNED_BY.get(r.reason, "輪序"),
                "corrects": r.corrects,
                "notes": "；".join(notes),
            }
        )
        if r.corrects is None:
            first_of.setdefault(key, r.consultant_name or r.consultant or "")
    header: dict[str, Any] = {"visit_date": day.isoformat(), "clerk": clerk}
    if closing is not None:
        header.update(
            reviewed_by=closing.reviewed_by_name,
            reviewed_at=closing.reviewed_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            row_count=closing.row_count,
            digest=closing.digest,
        )
    return {"header": header, "rows": table}


def phone_sheet_data(day: date, rows: list[EnquiryRow], clerk: str) -> dict[str, Any]:
    """The fill data of the 來電登記表 for DAY (R-REC-12: information only)."""
    table = [
        {
            "seq": r.row_no,
            "time": r.time,
            "caller": r.caller,
            "phone": r.phone,
            "source": r.heard_through,
            "enquiry": r.enquiry + (f"（更正第 {r.corrects} 行）" if r.corrects else ""),
            "consultant": r.consultant_name or r.consultant or "",
            "invited": r.invited,
            "visit_planned": r.visit_planned.isoformat() if r.visit_planned else None,
        }
        for r in rows
    ]
    return {"header": {"call_date": day.isoformat(), "clerk": clerk}, "rows": table}


class ReceptionFormService:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.ctx = services.ctx

    def visitor_sheet_data(self, actor: Principal, day: date) -> dict[str, Any]:
        actor = self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        sheet = self.services.reception.sheet
        closing = sheet.closing(actor, day)
        clerk = closing.reviewed_by_name if closing else actor.full_name
        rows = sheet.visits(actor, day)
        skipped = {s.consultant for r in rows for s in r.skipped}
        with self.ctx.uow.read() as uow:
            found = uow.session.execute(
                select(Account.username, Account.full_name).where(Account.username.in_(skipped))
            )
            names = {username: full for username, full in found}
        return visitor_sheet_data(day, rows, closing, clerk, names)

    def phone_sheet_data(self, actor: Principal, day: date) -> dict[str, Any]:
        actor = self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        sheet = self.services.reception.sheet
        closing = sheet.closing(actor, day)
        clerk = closing.reviewed_by_name if closing else actor.full_name
        return phone_sheet_data(day, sheet.enquiries(actor, day), clerk)

    def printed_visitor_sheet(self, actor: Principal, day: date) -> PrintedForm:
        """R-REC-11: the day's sheet as PDF, its subject the day."""
        data = self.visitor_sheet_data(actor, day)
        return self._subject(self.services.printing.render(actor, VISITOR_SHEET, data), day)

    def printed_phone_sheet(self, actor: Principal, day: date) -> PrintedForm:
        """R-REC-12: the day's phone enquiries as PDF, its subject the day."""
        data = self.phone_sheet_data(actor, day)
        return self._subject(self.services.printing.render(actor, PHONE_SHEET, data), day)

    def _subject(self, printed: PrintedForm, day: date) -> PrintedForm:
        from records_desk.services.common.printing import PrintSubject

        return replace(printed, subject=PrintSubject(*day_subject(day)))
