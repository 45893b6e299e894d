"""One sample reception day made through the engine (for `records-desk demo --reception` and
bench/reception.py): consultants sign in, visitors walk in through the day (some returning,
some naming a consultant), visits end, a consultant now and then away and back, a few phone
enquiries; every event is applied to the engine's `Rotation`, so the day replays exactly to
the assignments stored beside it.

Decisions:
- The day is built in memory as (time, event) pairs and applied in time order; an event the
  engine refuses (a rare collision of the random schedule, e.g. `back` for a consultant whose
  `away` was itself refused) is dropped, as the desk would refuse it.
- New visitors are registered by their consultant with the chance `register_share` on the day
  they came; follow-ups (level A/B/C) come on later days. The caller keeps the registrations
  and passes the day's registry (registrations made before the day), as the live desk does.
"""

from __future__ import annotations

import heapq
import random
from dataclasses import dataclass, field
from datetime import date, time

from records_desk.domain.reception import events as ev
from records_desk.domain.reception.errors import EventRefused
from records_desk.domain.reception.registrations import Registry
from records_desk.domain.reception.rotation import Rotation
from records_desk.domain.reception.vocabulary import Assignment, AwayReason, Reason, Visitor

OPEN, CLOSE = 9 * 60, 18 * 60  # minutes of the day the sales office receives visitors


@dataclass
class DayPlan:
    """What one sample day needs: who works, who comes, and the pool of returning visitors."""

    day: date
    consultants: list[str]
    visitors: int
    returning: list[Visitor]  # visitors registered before, some of whom come back
    manager: str
    rnd: random.Random
    fake_name: object  # a callable giving a name (Faker's)


@dataclass
class MadeDay:
    events: list[ev.Event] = field(default_factory=list)
    assignments: list[tuple[int, Assignment]] = field(default_factory=list)  # event index
    enquiries: list[tuple[time, Visitor, str]] = field(default_factory=list)


def _t(minutes: int) -> time:
    minutes = max(0, min(minutes, 23 * 60 + 59))
    return time(minutes // 60, minutes % 60)


def make_day(plan: DayPlan, registry: Registry, until: int | None = None) -> MadeDay:
    """The day's events up to minute UNTIL (the live day stops at now; None: the whole day,
    every visit ended and everyone signed out), applied in order."""
    rnd = plan.rnd
    name = plan.fake_name
    working = [c for c in plan.consultants if rnd.random() < 0.9] or plan.consultants[:1]
    rnd.shuffle(working)
    queue: list[tuple[int, int, ev.Event]] = []
    order = 0

    def push(minute: int, event: ev.Event) -> None:
        nonlocal order
        order += 1
        heapq.heappush(queue, (minute, order, event))

    for i, consultant in enumerate(working):
        push(OPEN - 30 + i % 30, ev.SignIn(_t(OPEN - 30 + i % 30), consultant))
    for _ in range(plan.visitors):
        minute = rnd.randrange(OPEN, CLOSE)
        if plan.returning and rnd.random() < 0.2:
            visitor = rnd.choice(plan.returning)
        else:
            visitor = Visitor(name(), f"09{rnd.randrange(100_000_000):08d}")  # type: ignore[operator]
        designated = rnd.choice(working) if rnd.random() < 0.06 else None
        push(minute, ev.WalkIn(_t(minute), visitor, designated))
    for _ in range(rnd.randrange(0, 3)):
        minute = rnd.randrange(OPEN, CLOSE - 60)
        who = rnd.choice(working)
        if rnd.random() < 0.5:
            away = ev.Away(_t(minute), who, AwayReason.UNEXCUSED)
        else:
            away = ev.Away(_t(minute), who, AwayReason.MANAGER_ASSIGNMENT, plan.manager)
        push(minute, away)
        push(minute + rnd.randrange(20, 60), ev.Back(_t(minute + 40), who))
    for _ in range(rnd.randrange(0, 4)):
        minute = rnd.randrange(OPEN, CLOSE)
        caller = Visitor(name(), f"09{rnd.randrange(100_000_000):08d}")  # type: ignore[operator]
        push(minute, ev.PhoneEnquiry(_t(minute), caller))
    made = MadeDay()
    rotation = Rotation(plan.day, registry)
    last = 0
    while queue:
        minute, _, event = heapq.heappop(queue)
        if until is not None and minute > until:
            break
        last = minute
        event = _at(event, _t(minute))
        if isinstance(event, ev.PhoneEnquiry):
            made.enquiries.append((event.t, event.visitor, rnd.choice(working)))
            continue
        try:
            done = rotation.apply(event)
        except EventRefused:
            continue
        made.events.append(event)
        for a in done:
            made.assignments.append((len(made.events) - 1, a))
            push(minute + rnd.randrange(15, 75), ev.VisitEnd(_t(minute), a.consultant))
    if until is None:
        leaving = _t(max(last, CLOSE))
        for status in rotation.statuses():
            try:
                rotation.apply(ev.SignOut(leaving, status.consultant))
            except EventRefused:
                continue
            made.events.append(ev.SignOut(leaving, status.consultant))
    return made


def _at(event: ev.Event, t: time) -> ev.Event:
    """The event at time T (visit ends and backs are scheduled before their time is known)."""
    from dataclasses import replace

    return replace(event, t=t)


NEW_REASONS = frozenset(
    {Reason.ROTATION, Reason.PRIORITY_RETURN, Reason.KEPT_TURN, Reason.DESIGNATED}
)
