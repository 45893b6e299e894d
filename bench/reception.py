"""Reception rotation benchmark (issue 12, Measure).

Parts:
- `replay` (this file, now): replaying a busy day — 300 events, 30 consultants — as
  `records-desk reception replay` does it (the day file's JSON read into events and
  registrations, then every event through the rotation engine), p50/p95 over many runs; target
  **≤ 50 ms**. Baselines in the same run, alternating: `json.loads` of the same file, and a bare
  loop that touches every event's fields (what any replay costs before a rule is applied). The
  engine alone (events already read) is timed too.
- `live`: assigning a walk-in in the live tab over a year of history (30 consultants,
  100,000 visits: `records-desk demo --reception`'s sample days, made once in
  bench/.data/reception-V-C/), service call p95, target **≤ 20 ms**, against a bare write of
  the same shape (a phone enquiry: permission, one row, one audit entry) alternating in the
  same run; the counter's returning-visitor check and the live state timed beside it.

The replay part is pure Python (no database, no Qt); never part of the test run.

    .venv/bin/python bench/reception.py                 # 300 events, 30 consultants, 200 runs
    .venv/bin/python bench/reception.py --events 3000 --consultants 60 --runs 50
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from records_desk.domain.reception.day_file import (
    DayFile,  # noqa: E402
    read_day,  # noqa: E402
)
from records_desk.domain.reception.errors import EventRefused  # noqa: E402
from records_desk.domain.reception.rotation import Rotation, replay  # noqa: E402

DAY = date(2026, 11, 27)
REPLAY_TARGET_MS = 50.0


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def busy_day(events: int, consultants: int, registrations: int, seed: int = 12) -> dict[str, Any]:
    """A day file as `reception replay` reads it: every consultant signs in, then walk-ins,
    ends of visits, absences (both kinds), cancelled turns, designations, returning visitors
    (registrations of the last months, some expired, a few households) and switch requests,
    each event only where it makes sense (checked against the engine as the day is made)."""
    rng = random.Random(seed)
    names = [f"顧問{i:02d}" for i in range(consultants)]
    regs = []
    for i in range(registrations):
        follow_up = DAY - timedelta(days=rng.randint(0, 60))
        regs.append(
            {
                "visitor": {"name": f"客戶{i}", "phone": f"0911{i:06d}"},
                "consultant": rng.choice(names),
                "registered": (follow_up - timedelta(days=rng.randint(0, 90))).isoformat(),
                "last_follow_up": follow_up.isoformat(),
            }
        )
    relations = [
        {"a": f"0911{i:06d}", "b": f"0911{i + 1:06d}", "kind": rng.choice(["spouse", "sibling"])}
        for i in range(0, min(registrations, 60), 2)
    ]
    day = {"date": DAY.isoformat(), "registrations": regs, "relations": relations, "events": []}
    parsed = read_day(day)
    rotation = Rotation(DAY, parsed.registry)
    written: list[dict[str, Any]] = day["events"]
    spread = 600 / max(events, 600)  # the events spread over 08:00–18:00

    def add(event: dict[str, Any]) -> None:
        minutes = int(len(written) * spread)
        event = {"t": clock(8 + minutes // 60, minutes % 60).strftime("%H:%M"), **event}
        (one,) = read_day({"date": day["date"], "events": [event]}).events
        try:
            rotation.apply(one)
        except EventRefused:
            return  # e.g. a second `away`: drawn again
        written.append(event)

    for name in names:
        add({"type": "sign_in", "consultant": name})
    visitor = 0
    while len(written) < events:
        status = {s.consultant: s for s in rotation.statuses()}
        busy = [n for n, s in status.items() if s.busy_with is not None]
        away = [n for n, s in status.items() if s.away_reason is not None]
        roll = rng.random()
        if roll < 0.40 or not busy:
            visitor += 1
            if rng.random() < 0.15 and registrations:
                i = rng.randrange(registrations)
                who = {"name": f"客戶{i}", "phone": f"0911{i:06d}"}
            else:
                who = {"name": f"訪客{visitor}", "phone": f"0922{visitor:06d}"}
            event: dict[str, Any] = {"type": "walk_in", "visitor": who}
            if rng.random() < 0.08:
                event["designated"] = rng.choice(names)
            add(event)
        elif roll < 0.80:
            add({"type": "visit_end", "consultant": rng.choice(busy)})
        elif roll < 0.86:
            if away:
                add({"type": "back", "consultant": rng.choice(away)})
            else:
                manager = rng.random() < 0.5
                add(
                    {
                        "type": "away",
                        "consultant": rng.choice(names),
                        "reason": "manager_assignment" if manager else "unexcused",
                        "approved_by": "經理" if manager else "",
                    }
                )
        elif roll < 0.90:
            add({"type": "turn_cancelled", "consultant": rng.choice(names), "by": "經理"})
        elif roll < 0.95:
            fault = rng.choice(["none", "minor", "serious"])
            add(
                {
                    "type": "switch_request",
                    "consultant": rng.choice(busy),
                    "fault": fault,
                    "customer_insists": rng.random() < 0.3,
                }
            )
        else:
            add({"type": "phone_enquiry", "visitor": {"name": "來電", "phone": "0933000000"}})
    return day


def timed_ms(action: Callable[[], Any], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def bare_loop(text: str) -> int:
    """json.loads, then every event's fields touched once: the floor of any replay."""
    touched = 0
    for event in json.loads(text)["events"]:
        for value in event.values():
            touched += 1 if value else 0
    return touched


def replay_file(text: str) -> int:
    """What `reception replay DAY.json` does after reading the file."""
    parsed = read_day(json.loads(text))
    return len(replay(parsed.day, parsed.events, parsed.registry).assignments)


def replay_part(args: argparse.Namespace) -> bool:
    day = busy_day(args.events, args.consultants, args.registrations)
    text = json.dumps(day, ensure_ascii=False)
    parsed: DayFile = read_day(json.loads(text))
    made = replay(parsed.day, parsed.events, parsed.registry).assignments
    kinds = sorted({a.reason.value for a in made})
    print(
        f"day: {len(parsed.events)} events, {args.consultants} consultants, "
        f"{len(parsed.registry.registrations)} registrations, {len(text.encode()) / 1024:.0f} KiB; "
        f"{len(made)} assignments ({', '.join(kinds)})"
    )
    for _ in range(5):  # warm
        replay_file(text)
    parts: dict[str, list[float]] = {"json.loads": [], "bare loop": [], "engine": [], "replay": []}
    for _ in range(args.runs):  # alternating, so load changes hit all alike
        parts["json.loads"] += timed_ms(lambda: json.loads(text), 1)
        parts["bare loop"] += timed_ms(lambda: bare_loop(text), 1)
        parts["engine"] += timed_ms(lambda: replay(parsed.day, parsed.events, parsed.registry), 1)
        parts["replay"] += timed_ms(lambda: replay_file(text), 1)
    p50s = {name: percentiles(samples) for name, samples in parts.items()}
    for name, (p50, p95) in p50s.items():
        print(f"  {name:<11} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms")
    whole50, whole95 = p50s["replay"]
    print(
        f"  replay / json.loads {whole50 / p50s['json.loads'][0]:.1f}x, "
        f"/ bare loop {whole50 / p50s['bare loop'][0]:.1f}x (p50)"
    )
    ok = whole95 <= REPLAY_TARGET_MS
    print(
        f"replay p95 {whole95:.2f} ms (target <= {REPLAY_TARGET_MS:.0f} ms): {'PASS' if ok else 'FAIL'}"
    )
    return ok


# -- live: assigning a walk-in through the services over a year of history ------------------

LIVE_TARGET_MS = 20.0
LIVE_DAY = date(2026, 11, 27)  # the bench's "today": the history is the year before it
LIVE_START = clock(16, 0)  # today's desk has its morning and early afternoon behind it


class BenchClock:
    """The services' clock: LIVE_DAY, after the day's last stored event, moving on each call."""

    def __init__(self, start: Any) -> None:
        self.now = start

    def __call__(self) -> Any:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def live_services(args: argparse.Namespace) -> tuple[Any, Any, Any, BenchClock]:
    """The year of history in bench/.data/reception-V-C/ (made once, reused), its services on
    the bench clock, the general manager and the reception clerk signed in."""
    from datetime import datetime

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from customers import ADMIN, DATA, PASSWORD, open_services

    from records_desk.domain.common.roles import Role

    folder = DATA / f"reception-{args.visits}-{args.consultants}"
    fresh = not (folder / "records.db").exists()
    bench_clock = BenchClock(datetime.combine(LIVE_DAY, LIVE_START).astimezone())
    services = open_services(folder, create=fresh)
    services.ctx.clock = bench_clock
    if fresh:
        gm = services.auth.create_first_manager(ADMIN, "Bench manager", PASSWORD)
        services.accounts.create(gm, "clerk", "櫃台文員", Role.RECEPTION_CLERK, PASSWORD + "0")
        services.auth.change_password("clerk", PASSWORD + "0", PASSWORD)
        started = time.perf_counter()
        summary = services.reception.demo.fill(
            gm, 365, args.consultants, round(args.visits / 365), seed=12
        )
        print(
            f"made {folder.name}: {summary.days} days, {summary.visits:,} visits, "
            f"{summary.events:,} events, {summary.registrations:,} registrations "
            f"({time.perf_counter() - started:.0f} s)"
        )
    gm = services.auth.login(ADMIN, PASSWORD)
    clerk = services.auth.login("clerk", PASSWORD)
    return services, gm, clerk, bench_clock


def once(call: Callable[..., Any], *args: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call(*args)
    return (time.perf_counter() - started) * 1000, result


def live_part(args: argparse.Namespace) -> bool:
    """Assigning a walk-in (DayService.walk_in: permission, the day's events replayed with the
    registrations of its visitors, the new one applied, event and sheet row and audit entry
    written) against a bare write of the same shape in the same run (SheetService.log_enquiry:
    permission, one row, one audit entry), alternating; the counter's returning-visitor check
    (RegistrationService.check) and the live state (DayService.state) timed too."""
    from sqlalchemy import func, select

    from records_desk.domain.reception.vocabulary import Visitor
    from records_desk.store.reception import ReceptionEvent, Registration, Visit

    services, gm, clerk, bench_clock = live_services(args)
    try:
        with services.ctx.uow.read() as uow:
            session = uow.session
            visits = session.scalar(select(func.count()).select_from(Visit))
            registrations = session.scalar(select(func.count()).select_from(Registration))
            today = session.scalar(select(func.count()).where(ReceptionEvent.day == LIVE_DAY))
            last = session.scalar(select(func.max(ReceptionEvent.time)).where(
                ReceptionEvent.day == LIVE_DAY))  # fmt: skip
            phones = list(session.scalars(select(Registration.phone).limit(50)))
        if last:
            hours, minutes = map(int, last.split(":"))
            start = bench_clock.now.replace(hour=hours, minute=minutes)
            bench_clock.now = max(bench_clock.now, start + timedelta(minutes=1))
        state = services.reception.day.state(clerk)
        print(
            f"live: {visits:,} visits, {registrations:,} registrations, "
            f"{len(state.statuses)} consultants signed in; today {today} events so far"
        )
        rng = random.Random(7)
        parts: dict[str, list[float]] = {"log_enquiry": [], "walk_in": [], "check": [],
                                         "state": []}  # fmt: skip
        for n in range(args.walk_ins):
            bench_clock.advance(20)
            phone = rng.choice(phones) if rng.random() < 0.2 else f"0955{rng.randrange(10**6):06d}"
            visitor = Visitor(f"測試{n}", phone)
            consultant = state.statuses[0].consultant
            desk = services.reception
            parts["log_enquiry"].append(once(desk.sheet.log_enquiry, clerk, visitor, consultant)[0])
            parts["check"].append(once(desk.registrations.check, clerk, phone)[0])
            took, got = once(desk.day.walk_in, clerk, visitor)
            parts["walk_in"].append(took)
            parts["state"].append(once(desk.day.state, clerk)[0])
            bench_clock.advance(20)
            services.reception.day.visit_end(clerk, got.consultant)  # untimed: free again
        with services.ctx.uow.read() as uow:
            events = uow.session.scalar(select(func.count()).where(ReceptionEvent.day == LIVE_DAY))
    finally:
        services.close()
    stats = {name: percentiles(samples) for name, samples in parts.items()}
    for name, (p50, p95) in stats.items():
        print(f"  {name:<11} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms")
    p50, p95 = stats["walk_in"]
    print(f"  walk_in / log_enquiry {p50 / stats['log_enquiry'][0]:.1f}x (p50), "
          f"{p95 / stats['log_enquiry'][1]:.1f}x (p95); today {events} events after")  # fmt: skip
    ok = p95 <= LIVE_TARGET_MS
    print(
        f"walk-in p95 {p95:.2f} ms (target <= {LIVE_TARGET_MS:.0f} ms): {'PASS' if ok else 'FAIL'}"
    )
    return ok


# Each part takes the parsed arguments, prints its lines, returns whether it met its target.
PARTS: list[Callable[[argparse.Namespace], bool]] = [replay_part, live_part]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=300)
    parser.add_argument("--consultants", type=int, default=30)
    parser.add_argument("--registrations", type=int, default=500)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--visits", type=int, default=100_000, help="live: a year's visits")
    parser.add_argument("--walk-ins", type=int, default=60, help="live: walk-ins timed")
    args = parser.parse_args()
    results = [part(args) for part in PARTS]
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
