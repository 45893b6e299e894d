"""Reception rotation benchmark (issue 12, Measure).

Parts:
- `replay` (this file, now): replaying a busy day — 300 events, 30 consultants — as
  `records-desk reception replay` does it (the day file's JSON read into events and
  registrations, then every event through the rotation engine), p50/p95 over many runs; target
  **≤ 50 ms**. Baselines in the same run, alternating: `json.loads` of the same file, and a bare
  loop that touches every event's fields (what any replay costs before a rule is applied). The
  engine alone (events already read) is timed too.
- `live` (to come with the live day, services/reception): assigning a walk-in in the live tab
  over a year of history (30 consultants, 100,000 visits), service call p95, target ≤ 20 ms —
  add it as `live_part(args)` beside `replay_part`, printing its own lines and returning its
  PASS/FAIL; `main` calls every part listed in PARTS.

Pure Python, no database, no Qt; never part of the test run.

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


# Each part takes the parsed arguments, prints its lines, returns whether it met its target.
# The live-assignment part (services over a year of history) is added here as `live_part`.
PARTS: list[Callable[[argparse.Namespace], bool]] = [replay_part]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=300)
    parser.add_argument("--consultants", type=int, default=30)
    parser.add_argument("--registrations", type=int, default=500)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    results = [part(args) for part in PARTS]
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
