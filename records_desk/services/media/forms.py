"""The media inventory's forms filled from its records (R-MED-8): the labels stuck on each
medium (forms/media_labels.toml: the number as a barcode, 涉密 marked large on a classified
medium, the type, department and day of registration) and the 介質借用單 of an issue
(forms/media_slip.toml: the medium, the borrower, the consenting approver, the loan and due
times, and once it is back the return and its virus check), for the borrower, the approver and
the archivist to sign.

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
from records_desk.services.media.errors import NeverIssued
from records_desk.services.media.records import load_medium
from records_desk.store.media import Medium, MediumEvent
from records_desk.store.models import Account

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from records_desk.services.common.dto import Principal
    from records_desk.services.common.printing import PrintedForm
    from records_desk.services.container import Services

MEDIA_LABELS, MEDIA_SLIP = "media_labels", "media_slip"
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


def _time(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""


def classification_word(medium: Medium) -> str:
    return "涉密" if medium.classified else "非涉密"


def label_data(media: Sequence[Medium]) -> dict[str, Any]:
    """The label sheet's rows, one label a medium, in the order given."""
    return {
        "rows": [
            {
                "medium_no": m.number,
                "classification": classification_word(m),
                "media_type": TYPE_WORDS[MediumType(m.media_type)],
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
        "media_type": TYPE_WORDS[MediumType(medium.media_type)],
        "classification": classification_word(medium),
        "capacity": medium.capacity,
        "label_no": (label.evidence.get("note") or medium.number) if label else "",
        "borrower": names.get(evidence.get("to", ""), evidence.get("to", "")),
        "department": medium.department,
        "consent_by": names.get(evidence.get("approved_by", ""), evidence.get("approved_by", "")),
        "loan_time": _time(issue.at),
        "due_time": f"{evidence['due']} {DUE_BY}" if evidence.get("due") else "",
        "return_time": _time(back.at) if back else "",
        "virus_checked": checked if back else None,  # asked only once it is back
    }
    condition = (back.evidence.get("condition") or "") if back else ""
    sections = {"purpose": issue.note, "return_check": condition}
    return {"header": header, "sections": sections}


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
