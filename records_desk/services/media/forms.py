"""The media inventory's forms filled from its records (R-MED-8): the labels stuck on each
medium (forms/media_labels.toml: the number as a barcode, 涉密 marked large on a classified
medium, the type, department and day of registration) and the 介質借用單 of an issue
(forms/media_slip.toml: the medium, the borrower, the consenting approver, the loan and due
times, and once it is back the return and its virus check), for the borrower, the approver and
the archivist to sign; and the 移動存儲介質登記表 of the inventory or a filtered part of it
(forms/media_register.toml).

Decisions:
- Read as the actor (MEDIA_VIEW) and rendered by PrintService (FORM_PRINT); rendering writes
  nothing: whoever prints or saves a form records that (a slip with its medium as subject).
- The slip is of the medium's last issue: the one in force, or the last one returned (its
  return and the first virus check after it filled in). A medium never issued has no slip.
- The slip's number is the issue's event number (MS-000123): each issue its own slip.
- The due day is printed with the office's default closing time (DUE_BY): the form asks for a
  time, the issue records a day.
- The values are the printed form's words (Chinese), as every form's: the paper is the
  office's, whatever the screen's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from records_desk.domain.common.audit_actions import AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.domain.media.vocabulary import Action as Step
from records_desk.domain.media.vocabulary import MediumType
from records_desk.services.common.clock import office_day
from records_desk.services.media.dto import MediaFilter
from records_desk.services.media.errors import NeverIssued
from records_desk.services.media.records import load_medium
from records_desk.services.media.search import MediaSearchService
from records_desk.store.media import Medium, MediumEvent
from records_desk.store.models import Account

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from records_desk.services.common.dto import Principal
    from records_desk.services.common.printing import PrintedForm
    from records_desk.services.container import Services

MEDIA_LABELS, MEDIA_SLIP, MEDIA_REGISTER = "media_labels", "media_slip", "media_register"
STATE_WORDS = {
    "registered": "已登記",
    "ready": "可發放",
    "issued": "已借出",
    "returned": "已歸還",
    "in_repair": "維修中",
    "disposed": "已銷毀",
    "lost": "已遺失",
}
# A medium is due back on a day; the slip's 預定歸還時間 is a time, so the day's close of office
# (the office's default closing, domain/loans/lending.py DEFAULT_CLOSING) is printed with it.
DUE_BY = "17:30"
TYPE_WORDS = {
    MediumType.USB: "隨身碟",
    MediumType.HDD: "硬碟",
    MediumType.OPTICAL: "光碟",
    MediumType.TAPE: "磁帶",
    MediumType.CARD: "記憶卡",
    MediumType.FLOPPY: "軟碟",
}  # the forms' choices (forms/media_labels.toml, media_slip.toml)


def form_time(at: datetime | None) -> str:
    """A time as the printed forms write it (local, to the minute; empty when none)."""
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""


def type_word(medium: Medium) -> str:
    return TYPE_WORDS[MediumType(medium.media_type)]


def classification_word(medium: Medium) -> str:
    return "涉密" if medium.classified else "非涉密"


def label_data(media: Sequence[Medium]) -> dict[str, Any]:
    """The label sheet's rows, one label a medium, in the order given."""
    return {
        "rows": [
            {
                "medium_no": m.number,
                "classification": classification_word(m),
                "media_type": type_word(m),
                "department": m.department,
                "registered": office_day(m.registered_at).isoformat(),
            }
            for m in media
        ]
    }


def slip_data(session: Session, medium: Medium) -> dict[str, Any]:
    """The fill data of the 介質借用單 of MEDIUM's last issue (NeverIssued when none)."""
    events = list(
        session.scalars(
            select(MediumEvent)
            .where(MediumEvent.medium_id == medium.id)
            .order_by(MediumEvent.at, MediumEvent.id)
        )
    )
    issues = [i for i, e in enumerate(events) if e.action == Step.ISSUE.value]
    if not issues:
        raise NeverIssued(medium.number)
    issue = events[issues[-1]]
    after = events[issues[-1] + 1 :]
    back = next((e for e in after if e.action == Step.RETURN.value), None)
    checked = back is not None and any(
        e.action == Step.VIRUS_CHECK.value and e.at >= back.at for e in after
    )
    evidence = issue.evidence
    names = dict(
        session.execute(
            select(Account.username, Account.full_name).where(
                Account.username.in_({evidence.get("to", ""), evidence.get("approved_by", "")})
            )
        ).all()
    )
    label = next((e for e in events if e.action == Step.PREPARE_LABEL.value), None)
    header: dict[str, Any] = {
        "slip_no": f"MS-{issue.id:06d}",
        "medium_no": medium.number,
        "media_type": type_word(medium),
        "classification": classification_word(medium),
        "capacity": medium.capacity,
        "label_no": (label.evidence.get("note") or medium.number) if label else "",
        "borrower": names.get(evidence.get("to", ""), evidence.get("to", "")),
        "department": medium.department,
        "consent_by": names.get(evidence.get("approved_by", ""), evidence.get("approved_by", "")),
        "loan_time": form_time(issue.at),
        "due_time": f"{evidence['due']} {DUE_BY}" if evidence.get("due") else "",
        "return_time": form_time(back.at) if back else "",
        "virus_checked": checked if back else None,  # asked only once it is back
    }
    condition = (back.evidence.get("condition") or "") if back else ""
    sections = {"purpose": issue.note, "return_check": condition}
    return {"header": header, "sections": sections}


def _person(people: dict[str, str], username: str) -> str:
    return people.get(username, username)


def _day(at: datetime | None) -> str:
    return office_day(at).isoformat() if at else ""


def register_data(
    session: Session, media: Sequence[Medium], keeper: str, as_of: str, department: str
) -> dict[str, Any]:
    """The 移動存儲介質登記表 of MEDIA (forms/media_register.toml): each medium's facts, its
    last repair and its disposal from its events."""
    ids = [m.id for m in media]
    wanted = (Step.PREPARE_LABEL, Step.REPAIR_SEND, Step.REPAIR_BACK, Step.DISPOSE)
    last: dict[tuple[int, str], MediumEvent] = {}
    for start in range(0, len(ids), 500):
        for event in session.scalars(
            select(MediumEvent)
            .where(
                MediumEvent.medium_id.in_(ids[start : start + 500]),
                MediumEvent.action.in_([w.value for w in wanted]),
            )
            .order_by(MediumEvent.at, MediumEvent.id)
        ):
            last[(event.medium_id, event.action)] = event
    custodians = dict(
        session.execute(
            select(Account.id, Account.full_name).where(
                Account.id.in_({m.custodian_account_id for m in media if m.custodian_account_id})
            )
        ).all()
    )

    witnesses = {
        e.evidence.get("witness", "") for (_, a), e in last.items() if a == Step.DISPOSE.value
    }
    people = dict(
        session.execute(
            select(Account.username, Account.full_name).where(Account.username.in_(witnesses))
        ).all()
    )

    def last_of(medium: Medium, step: Step) -> MediumEvent | None:
        return last.get((medium.id, step.value))

    rows = []
    for m in media:
        sent, back = last_of(m, Step.REPAIR_SEND), last_of(m, Step.REPAIR_BACK)
        disposed = last_of(m, Step.DISPOSE)
        label = last_of(m, Step.PREPARE_LABEL)
        rows.append(
            {
                "medium_no": m.number,
                "media_type": type_word(m),
                "brand_model": " ".join(p for p in (m.brand, m.model) if p),
                "capacity": m.capacity,
                "disc_category": m.backup_category or "",
                "classification": classification_word(m),
                "label_no": (label.evidence.get("note") or m.number) if label else "",
                "encrypted": m.encryption is not None,
                "virus_check": _day(m.virus_checked_at),
                "department": m.department,
                "custodian": custodians.get(m.custodian_account_id or 0, ""),
                "registered": _day(m.registered_at),
                "status": STATE_WORDS.get(m.state, m.state),
                "repair_unit": sent.evidence.get("unit", "") if sent else "",
                "repair_sent": sent.evidence.get("sent_on", "") if sent else "",
                "repair_back": back.evidence.get("returned_on", "") if back else "",
                "disposal_date": disposed.evidence.get("on", "") if disposed else "",
                "disposal_witness": _person(people, disposed.evidence.get("witness", ""))
                if disposed
                else "",
            }
        )
    header = {"department": department, "keeper": keeper, "as_of": as_of}
    return {"header": header, "rows": rows}


class MediaFormService:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.ctx = services.ctx

    def label_data(self, actor: Principal, numbers: Sequence[str]) -> dict[str, Any]:
        self.ctx.authorize(actor, Action.MEDIA_VIEW)
        with self.ctx.uow.read() as uow:
            return label_data([load_medium(uow.session, n) for n in numbers])

    def printed_labels(
        self, actor: Principal, numbers: Sequence[str], layout: Any = None
    ) -> PrintedForm:
        """R-MED-8: a sheet of labels of the media NUMBERS (the settings' label layout, or
        LAYOUT)."""
        data = self.label_data(actor, numbers)
        return self.services.printing.render(actor, MEDIA_LABELS, data, layout)

    def slip_data(self, actor: Principal, number: str) -> dict[str, Any]:
        self.ctx.authorize(actor, Action.MEDIA_VIEW)
        with self.ctx.uow.read() as uow:
            return slip_data(uow.session, load_medium(uow.session, number))

    def printed_slip(self, actor: Principal, number: str) -> PrintedForm:
        """R-MED-8: the 介質借用單 of the medium's last issue, its subject the medium."""
        from records_desk.services.common.printing import PrintSubject

        self.ctx.authorize(actor, Action.MEDIA_VIEW)
        with self.ctx.uow.read() as uow:
            medium = load_medium(uow.session, number)
            data, subject = slip_data(uow.session, medium), (medium.id, medium.number)
        printed = self.services.printing.render(actor, MEDIA_SLIP, data)
        return replace(printed, subject=PrintSubject(AuditTarget.MEDIUM, *subject))

    def register_data(self, actor: Principal, flt: MediaFilter) -> dict[str, Any]:
        """R-MED-1: the 移動存儲介質登記表 of the inventory, or of the part FLT shows."""
        actor = self.ctx.authorize(actor, Action.MEDIA_VIEW)
        today = office_day(self.ctx.now())
        query = MediaSearchService(self.ctx)  # the tab's search text too, when it has one
        with self.ctx.uow.read() as uow:
            chosen = query.filtered(select(Medium), flt)
            media = list(uow.session.scalars(chosen.order_by(Medium.media_type, Medium.number)))
            return register_data(
                uow.session, media, actor.full_name, today.isoformat(), flt.department or ""
            )

    def printed_register(self, actor: Principal, flt: MediaFilter) -> PrintedForm:
        data = self.register_data(actor, flt)
        return self.services.printing.render(actor, MEDIA_REGISTER, data)
