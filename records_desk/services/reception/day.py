"""The live reception day (R-REC-1…6, R-REC-11, R-REC-13): each event written through here,
checked by replaying the day's stored events with the engine (domain/reception) and applying
the new one; a walk-in's assignment — who, why, who was skipped and why — stored as its row of
the 客戶來訪登記表 in the same transaction, and audited.

Decisions:
- The state is never stored: it is the replay of the day's events (a few hundred) with the
  registrations of the day's visitors (registry.py), and the new event is applied to it. An
  event the engine refuses (back without away, an unknown consultant…) is refused here with
  the same error and nothing is written, so the stored day always replays.
- The replayed state is kept in memory between calls, keyed by the day, its number of events
  and its last event's id, read inside the call's transaction (a writer holds the write lock
  from BEGIN): another desk's event changes the key and the day is replayed again. A call
  that writes takes the state out of the cache and puts it back only once committed, so a
  failure never leaves a half-applied state behind (bench/reception.py: a year of history).
- A walk-in's registrations are read for that visitor (and household) alone: registrations
  are as of the day's start, and a visitor's household is its own, so the answer is the one a
  replay with every visitor of the day gives.
- The event's time is the office's wall clock to the minute; the day is the office's day.
  Events go to today only: a past day is corrected on its sheet (sheet.py), not replayed anew.
- A supervisor's acts (order change, cancelled turn) need RECEPTION_SUPERVISE and carry the
  supervisor's user name as `by`; a manager's assignment away names who approved it.
- A granted switch (R-REC-6) adds a row for the new consultant, copying the visitor's row.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.domain.reception.records_errors import EntryInvalid, EntryProblem
from records_desk.domain.reception.registrations import Registry
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
from records_desk.store.models import Account
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
    """The day's stored events replayed: the key it was read under, and the state."""

    key: tuple[date, int, int]  # the day, its number of events, its last event's id
    rotation: Rotation

    @property
    def events(self) -> int:
        return self.key[1]


class DayService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._cached: _Day | None = None
        self._lock = threading.Lock()  # one call at a time uses the cached state

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
        with self.ctx.uow.read() as uow, self._lock:
            replayed = self._replay(uow.session, today)
            self._cached = replayed
            statuses = tuple(replayed.rotation.statuses())
            who = uow.session.execute(
                select(Account.username, Account.full_name).where(
                    Account.username.in_([s.consultant for s in statuses])
                )
            )
            return LiveState(
                today,
                statuses,
                replayed.rotation.next_up(),
                replayed.events,
                {username: full for username, full in who},
            )

    def preview(self, actor: Principal, visitor: Visitor, designated: str | None = None) -> NextUp:
        """Where this visitor would go now, and why (R-REC-4, -5, -9, -13), as the receptionist
        types the phone or ID number; nothing is assigned or written."""
        self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        today = office_day(self.ctx.now())
        tidy = Visitor(visitor.name.strip(), tidy_phone(visitor.phone), tidy_id(visitor.id_number))
        with self.ctx.uow.read() as uow, self._lock:
            replayed = self._replay(uow.session, today)
            self._cached = replayed
            replayed.rotation.registry = registry_for(uow.session, [tidy], today)[0]
            return replayed.rotation.preview(tidy, designated.strip() if designated else None)

    # -- inside ----------------------------------------------------------------------------

    def _replay(self, session: Session, day: date) -> _Day:
        """The day's state: the cached one when the day has not changed since, else the
        stored events replayed (the caller holds the lock)."""
        count, last = session.execute(
            select(func.count(), func.coalesce(func.max(ReceptionEvent.id), 0)).where(
                ReceptionEvent.day == day
            )
        ).one()
        key = (day, int(count), int(last))
        if self._cached is not None and self._cached.key == key:
            return self._cached
        rows = session.execute(
            select(
                ReceptionEvent.type, ReceptionEvent.time, Account.username, ReceptionEvent.payload
            )
            .outerjoin(Account, Account.id == ReceptionEvent.consultant_id)
            .where(ReceptionEvent.day == day)
            .order_by(ReceptionEvent.seq)
        ).all()
        visitors = [
            Visitor("", r.payload["visitor"].get("phone", ""),
                    r.payload["visitor"].get("id_number", ""))
            for r in rows if r.type == "walk_in"
        ]  # fmt: skip
        registry, _ = registry_for(session, visitors, day)
        rotation = Rotation(day, registry)
        for r in rows:
            rotation.apply(to_event(r.type, r.time, r.username, r.payload))
        return _Day(key, rotation)

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
            with self._lock:
                replayed = self._replay(session, today)
                self._cached = None  # taken out: put back once committed
            visitor = _visitor_in(payload)
            registry = registry_for(session, [visitor], today)[0] if visitor else Registry()
            replayed.rotation.registry = registry  # this visitor's, as of the day's start
            made = replayed.rotation.apply(to_event(kind, t, consultant, payload))
            row = ReceptionEvent(
                day=today,
                seq=replayed.events + 1,
                time=t,
                type=kind,
                consultant_id=account_id,
                payload=payload,
                recorded_by_id=actor.account_id,
                recorded_at=now,
            )
            session.add(row)
            session.flush()
            infos = [self._store_visit(session, row, a, details, actor, now) for a in made]
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
            with self._lock:
                self._cached = _Day((today, replayed.events + 1, row.id), replayed.rotation)
        return infos

    def _store_visit(
        self,
        session: Session,
        event: ReceptionEvent,
        made: Assignment,
        details: VisitDetails | None,
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
