"""The live reception day (R-REC-1…6, R-REC-11, R-REC-13): each event written through here,
checked by replaying the day's stored events with the engine (domain/reception) and applying
the new one; a walk-in's assignment — who, why, who was skipped and why — stored as its row of
the 客戶來訪登記表 in the same transaction, and audited.

Decisions:
- The state is never stored: each call replays the day's events (a few hundred) with the
  registrations of the day's visitors (registry.py) and applies the new event. An event the
  engine refuses (back without away, an unknown consultant…) is refused here with the same
  error and nothing is written, so the stored day always replays.
- The event's time is the office's wall clock to the minute; the day is the office's day.
  Events go to today only: a past day is corrected on its sheet (sheet.py), not replayed anew.
- A supervisor's acts (order change, cancelled turn) need RECEPTION_SUPERVISE and carry the
  supervisor's user name as `by`; a manager's assignment away names who approved it.
- A granted switch (R-REC-6) adds a row for the new consultant, copying the visitor's row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.domain.reception.records_errors import EntryInvalid, EntryProblem
from records_desk.domain.reception.rotation import Rotation
from records_desk.domain.reception.vocabulary import (
    Assignment,
    AwayReason,
    ConsultantStatus,
    Fault,
    NextUp,
    Reason,
    Visitor,
)
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.reception import records
from records_desk.services.reception.dto import AssignmentInfo, Level, Skipped, Source
from records_desk.services.reception.registry import registry_for, tidy_id, tidy_phone
from records_desk.services.reception.stored_events import hhmm, to_event, visitor_data
from records_desk.store.reception import ReceptionEvent, Visit

_RETURNING = frozenset({Reason.RETURNING_OWNER, Reason.COURTESY})


@dataclass(frozen=True)
class VisitDetails:
    """What the sheet records of a walk-in beside the assignment (R-REC-11)."""

    party_size: int = 1
    source: Source = Source.WALK_IN
    intention: Level | None = None
    notes: str = ""


@dataclass(frozen=True)
class LiveState:
    """The day as the counter shows it: the order, each consultant's status, who is next."""

    day: date
    statuses: tuple[ConsultantStatus, ...]
    next_up: NextUp
    events: int
    names: dict[str, str] = field(default_factory=dict)  # user name -> full name


@dataclass
class _Day:
    """The day's stored events replayed, inside the caller's transaction."""

    day: date
    rows: list[ReceptionEvent]
    rotation: Rotation
    ids: dict[str, int]  # user name -> account id, of every consultant named


class DayService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- the events ------------------------------------------------------------------------

    def sign_in(self, actor: Principal, consultant: str) -> None:
        """R-REC-1: the consultant joins the day's order at its end."""
        self._record(actor, Action.RECEPTION_DESK, "sign_in", consultant, {})

    def sign_out(self, actor: Principal, consultant: str) -> None:
        self._record(actor, Action.RECEPTION_DESK, "sign_out", consultant, {})

    def away(
        self, actor: Principal, consultant: str, reason: AwayReason, approved_by: str = ""
    ) -> None:
        """R-REC-3: unexcused (the turn is lost) or on a manager's assignment (owed one)."""
        payload: dict[str, Any] = {"reason": AwayReason(reason).value}
        if approved_by.strip():
            payload["approved_by"] = approved_by.strip()
        self._record(actor, Action.RECEPTION_DESK, "away", consultant, payload)

    def back(self, actor: Principal, consultant: str) -> None:
        self._record(actor, Action.RECEPTION_DESK, "back", consultant, {})

    def visit_end(self, actor: Principal, consultant: str) -> None:
        self._record(actor, Action.RECEPTION_DESK, "visit_end", consultant, {})

    def cancel_turn(self, actor: Principal, consultant: str, reason: str) -> None:
        """R-REC-3 (一1, 一5): a manager cancels an unprepared consultant's next turn."""
        payload = {"by": actor.username, "reason": reason.strip()}
        self._record(actor, Action.RECEPTION_SUPERVISE, "turn_cancelled", consultant, payload)

    def change_order(self, actor: Principal, order: list[str]) -> None:
        """R-REC-1: a supervisor sets the order of the signed-in consultants."""
        payload = {"order": [n.strip() for n in order], "by": actor.username}
        self._record(actor, Action.RECEPTION_SUPERVISE, "order_changed", None, payload)

    def switch(
        self, actor: Principal, consultant: str, fault: Fault, customer_insists: bool = False
    ) -> AssignmentInfo | None:
        """R-REC-6: refused (None) unless the fault is serious or the customer insists; then
        the visitor goes by rotation to another consultant, counted for them."""
        payload = {"fault": Fault(fault).value, "customer_insists": bool(customer_insists)}
        made = self._record(actor, Action.RECEPTION_DESK, "switch_request", consultant, payload)
        return made[0] if made else None

    def walk_in(
        self,
        actor: Principal,
        visitor: Visitor,
        designated: str | None = None,
        details: VisitDetails | None = None,
    ) -> AssignmentInfo:
        """R-REC-2…5: assign a walk-in; the row says who, why, and who was skipped."""
        if not visitor.name.strip():
            raise EntryInvalid(EntryProblem.NO_NAME)
        details = details or VisitDetails()
        if details.party_size < 1:
            raise EntryInvalid(EntryProblem.BAD_PARTY, str(details.party_size))
        tidy = Visitor(visitor.name.strip(), tidy_phone(visitor.phone), tidy_id(visitor.id_number))
        payload: dict[str, Any] = {"visitor": visitor_data(tidy)}
        if designated and designated.strip():
            payload["designated"] = designated.strip()
        made = self._record(actor, Action.RECEPTION_DESK, "walk_in", None, payload, details)
        return made[0]

    # -- reading ---------------------------------------------------------------------------

    def state(self, actor: Principal) -> LiveState:
        """The live day now: who is where, and who the next walk-in would go to."""
        self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        today = office_day(self.ctx.now())
        with self.ctx.uow.read() as uow:
            replayed = self._replay(uow.session, today, [])
            who = records.names(uow.session, replayed.ids.values())
            return LiveState(
                today,
                tuple(replayed.rotation.statuses()),
                replayed.rotation.next_up(),
                len(replayed.rows),
                {u: full for u, full in who.values()},
            )

    # -- inside ----------------------------------------------------------------------------

    def _replay(self, session: Session, day: date, extra: list[Visitor]) -> _Day:
        rows = records.day_events(session, day)
        who = records.names(session, {r.consultant_id for r in rows})
        ids = {username: account_id for account_id, (username, _) in who.items()}
        visitors = [
            Visitor("", r.payload["visitor"].get("phone", ""),
                    r.payload["visitor"].get("id_number", ""))
            for r in rows if r.type == "walk_in"
        ]  # fmt: skip
        registry, _ = registry_for(session, [*visitors, *extra], day)
        rotation = Rotation(day, registry)
        for r in rows:
            name = who[r.consultant_id][0] if r.consultant_id else None
            rotation.apply(to_event(r.type, r.time, name, r.payload))
        return _Day(day, rows, rotation, ids)

    def _record(
        self,
        actor: Principal,
        action: Action,
        kind: str,
        consultant: str | None,
        payload: dict[str, Any],
        details: VisitDetails | None = None,
    ) -> list[AssignmentInfo]:
        actor = self.ctx.authorize(actor, action)
        now = self.ctx.now()
        local = now.astimezone()
        today, t = local.date(), hhmm(local.time())
        with self.ctx.uow.write() as uow:
            session = uow.session
            records.refuse_if_closed(session, today)
            account_id = None
            if consultant is not None:
                account = records.consultant(session, consultant)
                consultant, account_id = account.username, account.id
            for name in [*payload.get("order", ()), payload.get("designated")]:
                if name:
                    records.consultant(session, name)
            extra = [ev_visitor] if (ev_visitor := _visitor_in(payload)) else []
            replayed = self._replay(session, today, extra)
            made = replayed.rotation.apply(to_event(kind, t, consultant, payload))
            row = ReceptionEvent(
                day=today,
                seq=len(replayed.rows) + 1,
                time=t,
                type=kind,
                consultant_id=account_id,
                payload=payload,
                recorded_by_id=actor.account_id,
                recorded_at=now,
            )
            session.add(row)
            session.flush()
            infos = [
                self._store_visit(session, row, a, details, replayed, actor, now) for a in made
            ]
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.RECEPTION_WALK_IN if infos else AuditAction.RECEPTION_EVENT,
                _summary(kind, consultant, infos),
                entity_type=AuditTarget.RECEPTION_DAY,
                entity_id=today.isoformat(),
                details={
                    "event": row.seq,
                    "type": kind,
                    "consultant": consultant,
                    "assignments": [_audit_item(i) for i in infos],
                },
            )
            uow.commit()
        return infos

    def _store_visit(
        self,
        session: Session,
        event: ReceptionEvent,
        made: Assignment,
        details: VisitDetails | None,
        replayed: _Day,
        actor: Principal,
        now: datetime,
    ) -> AssignmentInfo:
        account = records.consultant(session, made.consultant)
        earlier = None
        if made.reason is Reason.REASSIGNED and event.consultant_id is not None:
            earlier = _last_row_of(session, event.day, event.consultant_id)
        if details is None and earlier is not None:
            details = VisitDetails(
                earlier.party_size, Source(earlier.source),
                Level(earlier.intention) if earlier.intention else None, earlier.notes,
            )  # fmt: skip
        details = details or VisitDetails()
        visit = Visit(
            day=event.day,
            row_no=records.next_number(session, Visit.row_no, Visit.day, event.day),
            time=event.time,
            visitor_name=made.visitor.name,
            phone=made.visitor.phone,
            id_number=made.visitor.id_number,
            party_size=details.party_size,
            source=Source(details.source).value,
            first_visit=made.reason not in _RETURNING
            and (earlier.first_visit if earlier else True),
            consultant_id=account.id,
            reason=made.reason.value,
            counted=made.counted,
            skipped=[{"consultant": s.consultant, "why": s.why.value} for s in made.skipped],
            intention=details.intention.value if details.intention else None,
            notes=details.notes.strip(),
            event_id=event.id,
            recorded_by_id=actor.account_id,
            recorded_at=now,
        )
        session.add(visit)
        session.flush()
        return AssignmentInfo(
            row_no=visit.row_no,
            time=visit.time,
            visitor=visit.visitor_name,
            consultant=account.username,
            consultant_name=account.full_name,
            reason=made.reason.value,
            counted=made.counted,
            skipped=tuple(Skipped(s.consultant, s.why.value) for s in made.skipped),
        )


def _visitor_in(payload: dict[str, Any]) -> Visitor | None:
    data = payload.get("visitor")
    if not isinstance(data, dict):
        return None
    return Visitor("", data.get("phone", ""), data.get("id_number", ""))


def _last_row_of(session: Session, day: date, consultant_id: int) -> Visit | None:
    return session.scalars(
        select(Visit)
        .where(Visit.day == day, Visit.consultant_id == consultant_id)
        .order_by(Visit.row_no.desc())
        .limit(1)
    ).first()


def _summary(kind: str, consultant: str | None, infos: list[AssignmentInfo]) -> str:
    if infos:
        return "; ".join(
            f"row {i.row_no}: {i.consultant} ({i.reason}"
            f"{', counted' if i.counted else ''}), skipped {len(i.skipped)}"
            for i in infos
        )
    return f"{kind} {consultant}" if consultant else kind


def _audit_item(info: AssignmentInfo) -> dict[str, object]:
    return {
        "row": info.row_no,
        "consultant": info.consultant,
        "reason": info.reason,
        "counted": info.counted,
        "skipped": [[s.consultant, s.why] for s in info.skipped],
    }
