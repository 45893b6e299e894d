"""The media inventory's record forms filled from its events (R-MED-6, R-MED-7, issue 13 §4):
the 移動存儲介質報廢(銷毀)記錄 of disposed media (forms/media_disposal.toml), the
移動存儲介質維修交接單 of a medium's repair (forms/media_repair.toml) and the
移動存儲介質盤點報告 of a closed stocktake (forms/media_stocktake.toml).

Decisions:
- Read as the actor (MEDIA_VIEW) and rendered by PrintService (FORM_PRINT); rendering writes
  nothing: whoever prints or saves a form records that, with the medium (the first of a
  disposal record, all its numbers in the label) or the stocktake as its subject.
- Each form is filled from the event log, never from what the row says now: the disposal's
  method, day, witness, certificate and place from the DISPOSE event; the repair from the
  last REPAIR_SEND and the first REPAIR_BACK after it (its virus check, or the first check
  recorded after it); the stocktake from its rows and scans.
- Record numbers are the events' (MD-000123: the first disposal's event; MR-000123: the
  sending's event) and the stocktake's id (ST-000012), so a paper names its record for ever.
- The stocktake report's filling is services/media/stocktake_report.py's.
- The values are the printed form's words (Chinese), as every form's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from records_desk.domain.common.audit_actions import AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.domain.media.vocabulary import Action as Step
from records_desk.domain.media.vocabulary import DisposalMethod, MediumState
from records_desk.services.common.clock import office_day
from records_desk.services.media.form_errors import (
    NeverSentForRepair,
    NoClosedStocktake,
    NotDisposed,
)
from records_desk.services.media.forms import STATE_WORDS, classification_word, form_time, type_word
from records_desk.services.media.records import load_medium
from records_desk.services.media.stocktake_report import latest_closed_id, stocktake_data
from records_desk.store.media import MediaStocktake, Medium, MediumEvent
from records_desk.store.models import Account

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from records_desk.services.common.dto import Principal
    from records_desk.services.common.printing import PrintedForm
    from records_desk.services.container import Services

MEDIA_DISPOSAL, MEDIA_REPAIR, MEDIA_STOCKTAKE = "media_disposal", "media_repair", "media_stocktake"
METHOD_WORDS = {
    DisposalMethod.DEGAUSS_SHRED: "消磁及粉碎",
    DisposalMethod.WIPE_DESTROY: "清除數據並銷毀",
}
SECURITY_OFFICE = "保密部門"


def _events(session: Session, medium: Medium) -> list[MediumEvent]:
    return list(
        session.scalars(
            select(MediumEvent)
            .where(MediumEvent.medium_id == medium.id)
            .order_by(MediumEvent.at, MediumEvent.id)
        )
    )


def _names_by_id(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    rows = session.execute(
        select(Account.id, Account.full_name, Account.username).where(Account.id.in_(wanted))
    )
    return {i: full or user for i, full, user in rows}


def _names_by_username(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    wanted = {u for u in usernames if u}
    rows = session.execute(
        select(Account.username, Account.full_name).where(Account.username.in_(wanted))
    )
    return {user: full or user for user, full in rows}


def _joined(values: Iterable[str]) -> str:
    return "、".join(dict.fromkeys(v for v in values if v))


# -- 移動存儲介質報廢(銷毀)記錄 (R-MED-7) ------------------------------------------------------


def disposal_data(session: Session, media: Sequence[Medium]) -> dict[str, Any]:
    """The disposal record of MEDIA, each from its DISPOSE event (NotDisposed for one that is
    not disposed of)."""
    disposals: list[tuple[Medium, MediumEvent]] = []
    for medium in dict.fromkeys(media):
        if medium.state != MediumState.DISPOSED.value:
            raise NotDisposed(medium.number, MediumState(medium.state))
        event = next(
            (e for e in reversed(_events(session, medium)) if e.action == Step.DISPOSE.value),
            None,
        )
        if event is None:  # pragma: no cover - a disposed medium has its disposal event
            raise NotDisposed(medium.number, MediumState(medium.state))
        disposals.append((medium, event))
    recorders = _names_by_id(session, [e.account_id for _, e in disposals])
    witnesses = _names_by_username(session, [e.evidence.get("witness", "") for _, e in disposals])
    rows = []
    for seq, (m, event) in enumerate(disposals, start=1):
        evidence = event.evidence
        witness = evidence.get("witness", "")
        rows.append(
            {
                "seq": seq,
                "medium_no": m.number,
                "media_type": type_word(m),
                "serial": " ".join(p for p in (m.brand, m.model, m.serial) if p),
                "classification": classification_word(m),
                "method": METHOD_WORDS[DisposalMethod(evidence["method"])],
                "place": SECURITY_OFFICE if evidence.get("at_security_office") else "",
                "on": evidence.get("on", ""),
                "certificate": evidence.get("certificate", ""),
                "witness": witnesses.get(witness, witness),
            }
        )
    days = sorted({str(r["on"]) for r in rows if r["on"]})
    first = disposals[0][1].id if disposals else 0
    header = {
        "record_no": f"MD-{first:06d}",
        "disposed_on": days[0] if len(days) == 1 else (f"{days[0]} 至 {days[-1]}" if days else ""),
        "department": _joined(m.department for m, _ in disposals),
        "media_count": len(rows),
        "disposed_by": _joined(recorders.get(e.account_id, "") for _, e in disposals),
        "witness": _joined(str(r["witness"]) for r in rows),
    }
    notes = [f"{m.number}：{e.note}" for m, e in disposals if e.note]
    return {"header": header, "rows": rows, "sections": {"note": "；".join(notes)}}


# -- 移動存儲介質維修交接單 (R-MED-6) ------------------------------------------------------------


def _check_words(evidence: dict[str, Any], prefix: str = "") -> str:
    tool = evidence.get(prefix + "tool", "")
    if not tool:
        return ""
    signatures = evidence.get(prefix + "signature_date", "")
    clean = evidence.get(prefix + "result") == "clean"
    return f"{tool}（病毒庫 {signatures}）：{'無毒' if clean else '發現病毒'}"


def repair_data(session: Session, medium: Medium) -> dict[str, Any]:
    """The hand-over record of MEDIUM's last repair (NeverSentForRepair when none)."""
    events = _events(session, medium)
    sent_at = [i for i, e in enumerate(events) if e.action == Step.REPAIR_SEND.value]
    if not sent_at:
        raise NeverSentForRepair(medium.number, MediumState(medium.state))
    send, after = events[sent_at[-1]], events[sent_at[-1] + 1 :]
    back = next((e for e in after if e.action == Step.REPAIR_BACK.value), None)
    check, checked = "", None
    if back is not None:
        check, checked = _check_words(back.evidence, "check_"), back
        if not check:
            later = next(
                (e for e in after if e.action == Step.VIRUS_CHECK.value and e.at >= back.at),
                None,
            )
            if later is not None:
                check, checked = _check_words(later.evidence), later
    if check and checked is not None:
        check += f"，{form_time(checked.at)}"
    names = _names_by_id(session, [send.account_id, back.account_id if back else None])
    evidence = send.evidence
    header = {
        "record_no": f"MR-{send.id:06d}",
        "medium_no": medium.number,
        "media_type": type_word(medium),
        "classification": classification_word(medium),
        "brand_model": " ".join(p for p in (medium.brand, medium.model) if p),
        "serial": medium.serial,
        "capacity": medium.capacity,
        "department": medium.department,
        "repair_unit": evidence.get("unit", ""),
        "backed_up": bool(evidence.get("backed_up")),
        "wiped": bool(evidence.get("wiped")),
        "prepared_by": names.get(send.account_id, ""),
        "prepared_at": form_time(send.at),
        "sent_on": evidence.get("sent_on", ""),
        "returned_on": back.evidence.get("returned_on", "") if back else "",
        "virus_check": check,
        "accepted_by": names.get(back.account_id, "") if back else "",
        "state": STATE_WORDS.get(medium.state, medium.state),
    }
    acceptance = "；".join(p for p in ((back.note if back else ""), check) if p)
    return {"header": header, "sections": {"fault": send.note, "acceptance": acceptance}}


class MediaRecordFormService:
    """R-MED-6, R-MED-7, the stocktake report: filled, then rendered by services.printing."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.ctx = services.ctx

    def _subject(self, media: Sequence[Medium]) -> tuple[int, str]:
        return media[0].id, ", ".join(m.number for m in media)

    def _disposal(
        self, actor: Principal, numbers: Sequence[str]
    ) -> tuple[dict[str, Any], tuple[int, str]]:
        if not numbers:
            raise ValueError("a disposal record names at least one medium")
        self.ctx.authorize(actor, Action.MEDIA_VIEW)
        with self.ctx.uow.read() as uow:
            media = list(dict.fromkeys(load_medium(uow.session, n) for n in numbers))
            return disposal_data(uow.session, media), self._subject(media)

    def printed_disposal(self, actor: Principal, numbers: Sequence[str]) -> PrintedForm:
        """R-MED-7: the 移動存儲介質報廢(銷毀)記錄 of the disposed media NUMBERS."""
        data, subject = self._disposal(actor, numbers)
        return self._render(actor, MEDIA_DISPOSAL, data, AuditTarget.MEDIUM, subject)

    def repair_data(self, actor: Principal, number: str) -> dict[str, Any]:
        return self._repair(actor, number)[0]

    def _repair(self, actor: Principal, number: str) -> tuple[dict[str, Any], tuple[int, str]]:
        self.ctx.authorize(actor, Action.MEDIA_VIEW)
        with self.ctx.uow.read() as uow:
            medium = load_medium(uow.session, number)
            return repair_data(uow.session, medium), self._subject([medium])

    def printed_repair(self, actor: Principal, number: str) -> PrintedForm:
        """R-MED-6: the 移動存儲介質維修交接單 of the medium's last repair."""
        data, subject = self._repair(actor, number)
        return self._render(actor, MEDIA_REPAIR, data, AuditTarget.MEDIUM, subject)

    def latest_closed_stocktake(self, actor: Principal) -> int | None:
        """The id of the stocktake closed last (None: none closed yet)."""
        self.ctx.authorize(actor, Action.MEDIA_VIEW)
        with self.ctx.uow.read() as uow:
            return latest_closed_id(uow.session)

    def stocktake_data(self, actor: Principal, stocktake_id: int | None = None) -> dict[str, Any]:
        """The 移動存儲介質盤點報告 of the stocktake STOCKTAKE_ID (None: the latest closed)."""
        self.ctx.authorize(actor, Action.MEDIA_VIEW)
        today = office_day(self.ctx.now())
        with self.ctx.uow.read() as uow:
            session = uow.session
            wanted = stocktake_id if stocktake_id is not None else latest_closed_id(session)
            row = session.get(MediaStocktake, wanted) if wanted is not None else None
            if row is None or row.closed_at is None:
                raise NoClosedStocktake(stocktake_id, still_open=row is not None)
            found = row.id
        report = self.services.media.stocktakes.report(actor, found)
        with self.ctx.uow.read() as uow:
            people = _names_by_username(uow.session, [report.opened_by, report.closed_by or ""])
            return stocktake_data(uow.session, report, today, people)

    def printed_stocktake(self, actor: Principal, stocktake_id: int | None = None) -> PrintedForm:
        data = self.stocktake_data(actor, stocktake_id)
        number = int(str(data["header"]["stocktake_no"]).removeprefix("ST-"))
        subject = (number, str(data["header"]["stocktake_no"]))
        return self._render(actor, MEDIA_STOCKTAKE, data, AuditTarget.MEDIA_STOCKTAKE, subject)

    def _render(
        self,
        actor: Principal,
        form_id: str,
        data: dict[str, Any],
        target: AuditTarget,
        subject: tuple[int, str],
    ) -> PrintedForm:
        from records_desk.services.common.printing import PrintSubject

        printed = self.services.printing.render(actor, form_id, data)
        return replace(printed, subject=PrintSubject(target, *subject))
