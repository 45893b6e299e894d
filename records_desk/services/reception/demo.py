"""Sample reception history (`records-desk demo --reception DAYS`, bench/reception.py): for
trying the 接待輪序 tab and for measuring the live desk over a year of history.

What it makes, for each of the last DAYS office days up to today:
- the day's consultants signing in, visitors walking in through the day (a fifth of them
  returning visitors, a few naming a consultant), visits ending, now and then a consultant
  away (unexcused, or on a manager's assignment) and back, a few phone enquiries — each day
  made through the engine (demo_day.py), its assignments stored as the visitor sheet's rows;
- registrations of many new visitors by their consultant, with follow-ups on later days at
  level A/B/C (R-GRD-6), and a few spouses related (R-REC-9);
- every past day reviewed and closed by the reception clerk with its hash (R-REC-11); today
  left open up to now, for the live desk.

Decisions:
- Consultants: the database's active consultant accounts, and sample ones (consultant01…,
  with an unknown password an administrator resets) when more are asked for.
- Plain inserts in one transaction with its DEMO_FILL audit entry; days that already have
  events are left as they are.
- Who may: the general manager, as for the other sample data.
"""

from __future__ import annotations

import random
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.errors import DemoProblem, DemoRefused
from records_desk.domain.common.permissions import Action
from records_desk.domain.common.roles import Role
from records_desk.domain.reception.registrations import Registration as Reg
from records_desk.domain.reception.registrations import Registry, Relation, RelationKind
from records_desk.domain.reception.vocabulary import Reason, Visitor
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.services.reception import records
from records_desk.services.reception.demo_day import NEW_REASONS, DayPlan, MadeDay, make_day
from records_desk.services.reception.stored_events import from_event, hhmm
from records_desk.store.models import Account
from records_desk.store.reception import (
    DayClose,
    Enquiry,
    FollowUp,
    ReceptionEvent,
    Registration,
    Visit,
)
from records_desk.store.reception import (
    Relation as RelationRow,
)

SOURCES = ("walk_in",) * 17 + ("referral",) * 2 + ("phone",)


@dataclass(frozen=True)
class ReceptionDemoSummary:
    days: int
    events: int
    visits: int
    registrations: int
    follow_ups: int
    consultants: int
    seconds: float


@dataclass
class _Known:
    """A registration made by the demo: its row's values and its follow-up days."""

    row: dict[str, Any]
    visitor: Visitor
    consultant: str
    follow_ups: list[date]

    def as_of(self, day: date) -> Reg:
        before = [d for d in self.follow_ups if d < day]
        last = max(before) if before else self.row["registered_on"]
        return Reg(self.visitor, self.consultant, self.row["registered_on"], last)


class ReceptionDemo:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def fill(
        self,
        actor: Principal,
        days: int,
        consultants: int = 0,
        visitors_per_day: int | None = None,
        seed: int = 1,
        progress: Callable[[int, int], None] | None = None,
    ) -> ReceptionDemoSummary:
        from faker import Faker  # only the demo needs it

        actor = self.ctx.authorize(actor, Action.RECEPTION_DESK)
        if actor.role is not Role.GENERAL_MANAGER:
            refused = DemoRefused(actor.username, DemoProblem.NOT_GENERAL_MANAGER)
            self.ctx.audit_refusal(actor.username, Action.RECEPTION_DESK, refused)
            raise refused
        started = time.perf_counter()
        rnd = random.Random(seed)
        fake = Faker("zh_TW")
        fake.seed_instance(seed)
        now = self.ctx.now()
        local = now.astimezone()
        today = local.date()
        with self.ctx.uow.write() as uow:
            session = uow.session
            people = self._consultants(session, actor, consultants, fake, now)
            clerk = session.scalar(
                select(Account.id).where(
                    Account.role == Role.RECEPTION_CLERK.value, Account.active.is_(True)
                )
            )
            maker = _Maker(session, rnd, fake, people, clerk or actor.account_id, actor.username)
            first = today - timedelta(days=days - 1)
            for n in range(days):
                day = first + timedelta(days=n)
                per_day = visitors_per_day or rnd.randrange(20, 61)
                until = None if day < today else local.hour * 60 + local.minute
                maker.day(day, per_day, until, today)
                if progress is not None:
                    progress(n + 1, days)
            maker.flush_registrations(today)
            journal.append(
                session, now, actor.username, AuditAction.DEMO_FILL,
                f"filled {maker.days} sample reception days, {maker.visits} visits (seed {seed})",
                details={"reception_days": maker.days, "visits": maker.visits,
                         "events": maker.events, "registrations": len(maker.known),
                         "seed": seed},
            )  # fmt: skip
            uow.commit()
        return ReceptionDemoSummary(
            maker.days, maker.events, maker.visits, len(maker.known), maker.follow_ups,
            len(people), time.perf_counter() - started,
        )  # fmt: skip

    def _consultants(
        self, session: Session, actor: Principal, wanted: int, fake: Any, now: datetime
    ) -> dict[str, int]:
        found = {
            username: account_id
            for account_id, username in session.execute(
                select(Account.id, Account.username).where(
                    Account.role == Role.CONSULTANT.value, Account.active.is_(True)
                )
            )
        }
        unknown = self.ctx.hasher.hash(secrets.token_urlsafe(24)) if wanted > len(found) else ""
        n = 0
        while len(found) < max(wanted, 1):
            n += 1
            username = f"consultant{n:02d}"
            if session.scalar(select(Account.id).where(Account.username == username)):
                continue
            account = Account(
                username=username, full_name=fake.name(), role=Role.CONSULTANT.value,
                password_hash=unknown, password_changed_at=now, must_change_password=True,
                failed_logins=0, active=True, created_at=now, created_by_id=actor.account_id,
            )  # fmt: skip
            session.add(account)
            session.flush()
            found[username] = account.id
        return found


class _Maker:
    """The days in order, and the registrations they make."""

    def __init__(
        self, session: Session, rnd: random.Random, fake: Any, people: dict[str, int],
        clerk: int, manager: str,
    ) -> None:  # fmt: skip
        self.session, self.rnd, self.fake, self.people = session, rnd, fake, people
        self.clerk, self.manager = clerk, manager
        self.known: list[_Known] = []
        self.relations: list[tuple[int, int]] = []
        self.days = self.events = self.visits = self.follow_ups = 0

    def day(self, day: date, visitors: int, until: int | None, today: date) -> None:
        session = self.session
        if session.scalar(select(func.count()).where(ReceptionEvent.day == day)):
            return
        pool = [k for k in self.known if k.row["registered_on"] < day]
        returning = self.rnd.sample(pool, min(len(pool), 40))
        registry = self._registry(returning, day)
        plan = DayPlan(day, sorted(self.people), visitors, [k.visitor for k in returning],
                       self.manager, self.rnd, self.fake.name)  # fmt: skip
        made = make_day(plan, registry, until)
        self._store(day, made, today, closed=until is None)

    def _registry(self, returning: list[_Known], day: date) -> Registry:
        index = {id(k): i for i, k in enumerate(self.known)}
        chosen = {index[id(k)] for k in returning}
        for a, b in self.relations:
            if a in chosen or b in chosen:
                chosen |= {a, b}
        members = [
            self.known[i] for i in sorted(chosen) if self.known[i].row["registered_on"] < day
        ]
        relations = [
            Relation(self.known[a].visitor.phone, self.known[b].visitor.phone, RelationKind.SPOUSE)
            for a, b in self.relations if a in chosen and b in chosen
        ]  # fmt: skip
        return Registry([k.as_of(day) for k in members], relations)

    def _store(self, day: date, made: MadeDay, today: date, closed: bool) -> None:
        rnd = self.rnd
        events, visits, enquiries = [], [], []
        for seq, event in enumerate(made.events, start=1):
            kind, who, payload = from_event(event)
            events.append(ReceptionEvent(
                day=day, seq=seq, time=hhmm(event.t), type=kind,
                consultant_id=self.people[who] if who else None, payload=payload,
                recorded_by_id=self.clerk, recorded_at=_moment(day, event.t),
            ))  # fmt: skip
        for row_no, (_, a) in enumerate(made.assignments, start=1):
            returning = a.reason in (Reason.RETURNING_OWNER, Reason.COURTESY)
            visits.append(Visit(
                day=day, row_no=row_no, time=hhmm(a.t), visitor_name=a.visitor.name,
                phone=a.visitor.phone, id_number=a.visitor.id_number,
                party_size=rnd.choice((1, 1, 1, 2, 2, 3, 4)), source=rnd.choice(SOURCES),
                first_visit=not returning, consultant_id=self.people[a.consultant],
                reason=a.reason.value, counted=a.counted,
                skipped=[{"consultant": s.consultant, "why": s.why.value} for s in a.skipped],
                intention=rnd.choice(("A", "B", "C", None)), notes="", corrects_id=None,
                event_id=None, recorded_by_id=self.clerk, recorded_at=_moment(day, a.t),
            ))  # fmt: skip
            if a.reason in NEW_REASONS and rnd.random() < 0.5:
                self._register(a.visitor, a.consultant, day, today)
        for row_no, (t, caller, who) in enumerate(made.enquiries, start=1):
            enquiries.append(Enquiry(
                day=day, row_no=row_no, time=hhmm(t), caller=caller.name, phone=caller.phone,
                heard_through=rnd.choice(("報紙廣告", "朋友介紹", "網站", "")),
                enquiry=rnd.choice(("三房價格", "車位", "交屋時間", "貸款成數")),
                consultant_id=self.people[who], invited=rnd.random() < 0.5, visit_planned=None,
                corrects_id=None, recorded_by_id=self.clerk, recorded_at=_moment(day, t),
            ))  # fmt: skip
        for model, rows in ((ReceptionEvent, events), (Visit, visits), (Enquiry, enquiries)):
            if rows:
                self.session.execute(insert(model), [_values(r) for r in rows])
        if closed:
            self.session.execute(insert(DayClose), [{
                "day": day, "reviewed_by_id": self.clerk,
                "reviewed_at": _moment(day, made.events[-1].t) if made.events else _moment(day),
                "row_count": len(visits), "enquiry_count": len(enquiries),
                "event_count": len(events),
                "digest": records.digest(day, events, visits, enquiries),
            }])  # fmt: skip
        self.days += 1
        self.events += len(events)
        self.visits += len(visits)

    def _register(self, visitor: Visitor, consultant: str, day: date, today: date) -> None:
        rnd = self.rnd
        follow_ups = sorted({day + timedelta(days=rnd.randrange(1, 45))
                             for _ in range(rnd.randrange(0, 4))})  # fmt: skip
        follow_ups = [d for d in follow_ups if d <= today]
        row = {"visitor_name": visitor.name, "phone": visitor.phone,
               "id_number": visitor.id_number, "consultant_id": self.people[consultant],
               "registered_on": day, "last_contact_on": max([day, *follow_ups]),
               "level": None, "recorded_by_id": self.people[consultant],
               "recorded_at": _moment(day)}  # fmt: skip
        self.known.append(_Known(row, visitor, consultant, follow_ups))
        if len(self.known) > 1 and rnd.random() < 0.03:
            self.relations.append((rnd.randrange(len(self.known) - 1), len(self.known) - 1))

    def flush_registrations(self, today: date) -> None:
        """The registrations, their follow-ups and relations, inserted at the end."""
        rnd = self.rnd
        session = self.session
        start = int(session.scalar(select(func.coalesce(func.max(Registration.id), 0))) or 0)
        rows, follow_ups = [], []
        for n, k in enumerate(self.known, start=start + 1):
            levels = [rnd.choice("ABC") for _ in k.follow_ups]
            rows.append({**k.row, "id": n, "level": levels[-1] if levels else None})
            for on, level in zip(k.follow_ups, levels, strict=True):
                follow_ups.append({"registration_id": n, "on": on, "level": level,
                                   "note": rnd.choice(("電話跟進", "再次來訪", "寄送資料")),
                                   "recorded_by_id": k.row["consultant_id"],
                                   "recorded_at": _moment(on)})  # fmt: skip
        if rows:
            session.execute(insert(Registration), rows)
        if follow_ups:
            session.execute(insert(FollowUp), follow_ups)
        relations = [{"a_id": start + 1 + a, "b_id": start + 1 + b, "kind": "spouse",
                      "recorded_by_id": self.clerk, "recorded_at": _moment(today)}
                     for a, b in self.relations]  # fmt: skip
        if relations:
            session.execute(insert(RelationRow), relations)
        self.follow_ups = len(follow_ups)


def _moment(day: date, t: Any = None) -> datetime:
    from datetime import time as clock_time

    return datetime.combine(day, t or clock_time(12, 0)).astimezone()


def _values(row: Any) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key != "id"}
