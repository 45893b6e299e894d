"""Media-inventory benchmark (issue 13, Measure): 50,000 media with 500,000 events.

Parts (each p50/p95 of repeated calls, against a bare plain SELECT through the same engine in
the same run):
- `scan`: one stocktake scan as the scanner's field sends it (StocktakeService.scan of one
  number, lower case with its Enter; target p95 <= 30 ms), in a stocktake of every medium;
  against the bare SELECT of the medium by number and its expected row;
- `timeline`: the detail panel's medium with its 200 events (MediaQueryService.show) against
  the bare SELECT of those events with their authors;
- `first page`: the tab's count and first page of 100 rows (no filter, and ready USB sticks)
  against the bare count(*) and SELECT of the same rows;
- the stocktake's opening (the snapshot of the media expected), once;
- the process's peak memory.
`--tab` measures instead the tab's first paint against a bare QTableView (issue 13: <= 300 ms
and <= 3x): bench/media_tab.py.

The database: a new office in bench/.data/media-N-E/ whose media and events are written by
this script's own generator (plain-tuple batches, one transaction; the services' rules are not
what is measured here) once; later runs reuse it. Never part of the test run.

    .venv/bin/python bench/media.py                         # 50,000 media, 500,000 events
    .venv/bin/python bench/media.py --media 5000 --events 50000
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/media.py --tab
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from customers import ADMIN, DATA, PASSWORD, open_services  # noqa: E402
from loans import percentiles, timed_ms  # noqa: E402

PAGE = 100
SCANS = 200
TIMELINE_EVENTS = 200
SCAN_TARGET_MS = 30.0
BATCH = 50_000

TYPES = [("usb", "USB", 0.55), ("hdd", "HD", 0.15), ("optical", "CD", 0.2), ("tape", "TP", 0.03),
         ("card", "MC", 0.05), ("floppy", "FD", 0.02)]  # fmt: skip
STATES = [("ready", 0.45), ("issued", 0.15), ("registered", 0.1), ("returned", 0.08),
          ("in_repair", 0.02), ("disposed", 0.15), ("lost", 0.05)]  # fmt: skip
DEPARTMENTS = ["客戶部", "銷售一部", "銷售二部", "財務部", "信息中心", "總經辦", "工程部", "行政部"]
STEPS = ["prepare_label", "prepare_encryption", "virus_check", "issue", "return", "virus_check"]


def _pick(rng: random.Random, table: list[Any]) -> Any:
    return rng.choices(table, weights=[row[-1] for row in table])[0]


def build(folder: Path, media: int, events: int) -> None:
    """A new office with MEDIA media and EVENTS events; medium 1 has TIMELINE_EVENTS of them."""
    from sqlalchemy import insert

    from records_desk.store.media import MediaSequence, Medium, MediumEvent

    folder.mkdir(parents=True, exist_ok=True)
    services = open_services(folder, create=True)
    rng = random.Random(13)
    started = time.perf_counter()
    try:
        gm = services.auth.create_first_manager(ADMIN, "Bench manager", PASSWORD)
        now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
        counters: dict[str, int] = {}
        rows = []
        for i in range(media):
            kind, prefix, _ = _pick(rng, TYPES) if i else TYPES[0]
            counters[prefix] = counters.get(prefix, 0) + 1
            state = _pick(rng, STATES)[0] if i else "ready"
            issued = state == "issued"
            rows.append(
                {
                    "number": f"{prefix}-{counters[prefix]:04d}",
                    "media_type": kind,
                    "brand": rng.choice(["Kingston", "SanDisk", "WD", "Sony", "HP"]),
                    "model": f"M{rng.randint(1, 99)}",
                    "serial": f"SN{rng.randint(10**7, 10**8 - 1)}",
                    "capacity": rng.choice(["16 GB", "64 GB", "1 TB", "700 MB"]),
                    "classified": rng.random() < 0.2,
                    "department": rng.choice(DEPARTMENTS),
                    "custodian_account_id": None,
                    "location": f"櫃{rng.randint(1, 40):02d}",
                    "state": state,
                    "registered_at": now - timedelta(days=rng.randint(30, 2000)),
                    "registered_by_id": gm.account_id,
                    "labelled": state != "registered",
                    "encryption": "VeraCrypt 1.26" if state != "registered" else None,
                    "virus_checked_at": now - timedelta(days=rng.randint(1, 30)),
                    "virus_check_clean": state == "ready",
                    "holder_account_id": gm.account_id if issued else None,
                    "approved_by_id": gm.account_id if issued else None,
                    "issued_at": now - timedelta(days=3) if issued else None,
                    "due_on": date(2026, 12, 10) if issued else None,
                    "repair_unit": "資訊科" if state == "in_repair" else None,
                    "repair_sent_on": date(2026, 11, 20) if state == "in_repair" else None,
                    "backup_category": None,
                    "content": None,
                    "last_counted_on": date(2026, rng.randint(1, 11), 1)
                    if rng.random() < 0.6
                    else None,
                    "events": 0,
                }
            )
        per = [0] * media
        per[0] = TIMELINE_EVENTS
        for _ in range(max(events - TIMELINE_EVENTS, 0)):
            per[rng.randrange(1, media) if media > 1 else 0] += 1
        with services.ctx.uow.write() as uow:
            session = uow.session
            for start in range(0, media, BATCH):
                session.execute(insert(Medium), rows[start : start + BATCH])
            for prefix, last in counters.items():
                session.add(MediaSequence(prefix=prefix, last=last))
            batch: list[dict[str, Any]] = []
            for medium_id, count in enumerate(per, start=1):
                at = rows[medium_id - 1]["registered_at"]
                for n in range(count):
                    at += timedelta(hours=rng.randint(1, 200))
                    step = "register" if n == 0 else STEPS[(n - 1) % len(STEPS)]
                    batch.append(
                        {
                            "medium_id": medium_id,
                            "at": at,
                            "account_id": gm.account_id,
                            "action": step,
                            "state_before": None if n == 0 else "ready",
                            "state_after": "registered" if n == 0 else "ready",
                            "evidence": {"tool": "ClamAV", "signature_date": "2026-11-01"}
                            if step == "virus_check"
                            else {},
                            "note": "",
                        }
                    )
                if len(batch) >= BATCH:
                    session.execute(insert(MediumEvent), batch)
                    batch = []
            if batch:
                session.execute(insert(MediumEvent), batch)
            session.connection().exec_driver_sql(
                "UPDATE medium SET events = (SELECT count(*) FROM medium_event e"
                " WHERE e.medium_id = medium.id)"
            )
            uow.commit()
    finally:
        services.close()
    print(f"built {media:,} media with {events:,} events: {time.perf_counter() - started:.0f} s")


def prepare(args: argparse.Namespace) -> Path:
    folder = DATA / f"media-{args.media}-{args.events}"
    if not (folder / "records.db").exists():
        build(folder, args.media, args.events)
    return folder


def bare_scan(services: Any, stocktake_id: int) -> Callable[[str], Any]:
    from sqlalchemy import text

    medium = text("SELECT * FROM medium WHERE number = :number")
    item = text("SELECT * FROM media_stocktake_item WHERE stocktake_id = :s AND medium_id = :m")

    def run(number: str) -> Any:
        with services.database.engine.connect() as conn:
            row = conn.execute(medium, {"number": number}).one()
            return conn.execute(item, {"s": stocktake_id, "m": row.id}).all()

    return run


def scan_part(services: Any, gm: Any) -> tuple[float, float, float, float, float]:
    """SCANS scans of numbers on record (some twice), each one service call, in a stocktake of
    every medium; the bare SELECTs of each number alike. The stocktake is closed afterwards
    (untimed) so the next run opens its own."""
    from sqlalchemy import text

    stocktakes = services.media.stocktakes
    if stocktakes.current(gm) is not None:
        stocktakes.close(gm)
    started = time.perf_counter()
    opened = stocktakes.start(gm)
    opening = (time.perf_counter() - started) * 1000
    with services.database.engine.connect() as conn:
        numbers = [r[0] for r in conn.execute(text("SELECT number FROM medium"))]
    chosen = random.Random(7).sample(numbers, SCANS)
    chosen += chosen[: SCANS // 10]  # a few scanned twice
    samples = []
    for number in chosen:
        scanned = f"{number.lower()}\n"
        begun = time.perf_counter()
        stocktakes.scan(gm, [scanned])
        samples.append((time.perf_counter() - begun) * 1000)
    s50, s95 = percentiles(samples[1:])
    bare = bare_scan(services, opened.id)
    bare_samples = []
    for number in chosen:
        begun = time.perf_counter()
        bare(number)
        bare_samples.append((time.perf_counter() - begun) * 1000)
    b50, b95 = percentiles(bare_samples[1:])
    report = stocktakes.close(gm)
    print(
        f"  stocktake of {opened.counts.expected:,} expected media opened in {opening:.0f} ms;"
        f" closed: found {report.counts.found}, unexpected {report.counts.unexpected},"
        f" twice {report.counts.twice}"
    )
    return s50, s95, b50, b95, opening


def timeline_part(services: Any, gm: Any) -> tuple[float, float, float, float]:
    from sqlalchemy import text

    number = "USB-0001"
    shown = services.media.register.show(gm, number)
    assert len(shown.events) >= TIMELINE_EVENTS, len(shown.events)
    query = text(
        "SELECT e.*, a.username FROM medium_event e JOIN account a ON a.id = e.account_id"
        " JOIN medium m ON m.id = e.medium_id WHERE m.number = :n ORDER BY e.at, e.id"
    )

    def bare() -> Any:
        with services.database.engine.connect() as conn:
            return conn.execute(query, {"n": number}).all()

    s50, s95 = timed_ms(lambda: services.media.register.show(gm, number))
    b50, b95 = timed_ms(bare)
    return s50, s95, b50, b95


def page_part(services: Any, gm: Any) -> dict[str, tuple[float, float, float, float, int]]:
    from sqlalchemy import text

    from records_desk.domain.media.vocabulary import MediumState, MediumType
    from records_desk.services.media.dto import MediaFilter

    register = services.media.register
    views = {
        "all": (MediaFilter(), ""),
        "ready usb": (
            MediaFilter(state=MediumState.READY, media_type=MediumType.USB),
            "WHERE state = 'ready' AND media_type = 'usb'",
        ),
    }
    figures = {}
    for name, (flt, where) in views.items():
        count = text(f"SELECT count(*) FROM medium {where}")
        page = text(
            "SELECT medium.*, account.username FROM medium LEFT JOIN account"
            f" ON account.id = medium.holder_account_id {where}"
            " ORDER BY media_type, number LIMIT 100"
        )

        def bare(count: Any = count, page: Any = page) -> Any:
            with services.database.engine.connect() as conn:
                return conn.execute(count).scalar_one(), conn.execute(page).all()

        def service(flt: Any = flt) -> Any:
            return register.count(gm, flt), register.page(gm, flt, 0, PAGE)

        total = register.count(gm, flt)
        figures[name] = (*timed_ms(service), *timed_ms(bare), total)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--media", type=int, default=50_000)
    parser.add_argument("--events", type=int, default=500_000)
    parser.add_argument("--tab", action="store_true", help="the tab's first paint instead")
    args = parser.parse_args(argv)
    if args.tab:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = prepare(args)
    print(f"load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    services = open_services(folder, create=False)
    if services.database.migration_backup is not None:
        services.database.migration_backup.unlink()
    try:
        gm = services.auth.login(ADMIN, PASSWORD)
        if args.tab:
            from media_tab import tab_part

            print(f"{args.media:,} media with {args.events:,} events:")
            passed = tab_part(services, gm)
            print(f"load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
            return 0 if passed else 1
        print(f"{args.media:,} media with {args.events:,} events:")
        for name, (s50, s95, b50, b95, total) in page_part(services, gm).items():
            print(
                f"  first page {name:<10} {total:>7,} rows  service count+page p50 {s50:6.1f} ms"
                f"  p95 {s95:6.1f}  | bare SELECTs p50 {b50:6.1f}  p95 {b95:6.1f}"
                f"  | ratio p50 {s50 / b50:4.1f}x"
            )
        t50, t95, tb50, tb95 = timeline_part(services, gm)
        print(
            f"  timeline of {TIMELINE_EVENTS} events: service p50 {t50:.1f} ms  p95 {t95:.1f}"
            f"  | bare SELECT p50 {tb50:.1f}  p95 {tb95:.1f}  | ratio p50 {t50 / tb50:.1f}x"
        )
        s50, s95, b50, b95, _ = scan_part(services, gm)
        print(
            f"  stocktake scan: service p50 {s50:.1f} ms  p95 {s95:.1f}"
            f"  | bare SELECTs p50 {b50:.1f}  p95 {b95:.1f}  | ratio p50 {s50 / b50:.1f}x"
        )
    finally:
        services.close()
    ok = s95 <= SCAN_TARGET_MS
    print(f"{'PASS' if ok else 'FAIL'}: stocktake scan p95 <= {SCAN_TARGET_MS:.0f} ms")
    print(f"load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MiB")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
