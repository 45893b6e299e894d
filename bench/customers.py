"""Customer-file benchmarks on a large generated archive (issue 4, Measure).

Search part: p50/p95 latency of CustomerSearchService.count + the first page for 1-, 2-, 3-
and 4-character queries (random substrings of real names and phones of the data), against a
plain LIKE scan of the encrypted customer table measured in the same run; target p95 <= 50 ms.

The database (200,000 customers by default, `records-desk demo` data through
services.demo_data, i.e. the registering path with its index maintenance) is built once and
cached under bench/.data/ keyed by size; its build time and the time to rebuild the search
index from scratch are recorded beside it. Never part of the test run.

    .venv/bin/python bench/customers.py                 # 200,000 customers
    .venv/bin/python bench/customers.py --customers 20000 --queries 100
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = Path(__file__).resolve().parent / ".data"
ADMIN = "manager"
PASSWORD = "Bench-Password-2026!"
PAGE = 50
TARGET_MS = 50.0


def open_services(folder: Path, create: bool) -> Any:
    import secrets

    from records_desk.services.container import build_services
    from records_desk.settings import MemoryBackend, Settings
    from records_desk.store.database import open_database
    from records_desk.store.keystore import KeyStore

    db = folder / "records.db"
    store = KeyStore(folder / "config")
    key_file = store.key_file(db)
    if create:  # a key file, so no OS keyring is touched
        key_file.parent.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_hex(32), "ascii")
    return build_services(open_database(db, store), Settings(MemoryBackend()))


def build(folder: Path, customers: int) -> dict[str, Any]:
    from records_desk.services.customers.demo import DemoData, ensure_demo_accounts
    from records_desk.store import search_index

    folder.mkdir(parents=True, exist_ok=True)
    services = open_services(folder, create=True)
    try:
        gm = services.auth.create_first_manager(ADMIN, "Bench manager", PASSWORD)
        ensure_demo_accounts(services.accounts, gm, PASSWORD)

        step = max(customers // 10, 1)
        reported = [0]

        def progress(done: int, total: int) -> None:
            if done - reported[0] >= step or done == total:
                reported[0] = done
                print(f"  {done:,} / {total:,}", file=sys.stderr, flush=True)

        summary = DemoData(services.ctx).fill(gm, customers, 1, progress)
        started = time.perf_counter()
        with services.database.engine.begin() as conn:
            search_index.rebuild(conn)
        rebuild = time.perf_counter() - started
        with services.database.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception:
        services.close()
        raise
    services.close()
    info = {
        "customers": customers,
        "fill_seconds": round(summary.seconds, 1),
        "index_rebuild_seconds": round(rebuild, 1),
        "voided": summary.voided,
        "blacklisted": summary.blacklisted,
    }
    (folder / "build.json").write_text(json.dumps(info, indent=2))
    return info


def sample_queries(services: Any, n: int, length: int, rnd: random.Random) -> list[str]:
    """Random substrings of real names (half) and phones as typed (half)."""
    from sqlalchemy import text

    with services.database.engine.connect() as conn:
        top = conn.execute(text("SELECT max(id) FROM customer")).scalar() or 0
        out: list[str] = []
        while len(out) < n:
            row = conn.execute(
                text("SELECT name, phones FROM customer WHERE id = :i"), {"i": rnd.randint(1, top)}
            ).first()
            if row is None:
                continue
            name, phones = row
            phones = json.loads(phones) if isinstance(phones, str) else phones
            source = name if len(out) % 2 == 0 or not phones else rnd.choice(phones)
            source = source.replace("-", "").replace(" ", "") if source is not name else source
            if len(source) < length:
                continue
            start = rnd.randint(0, len(source) - length)
            out.append(source[start : start + length])
        return out


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def like_scan(services: Any, query: str) -> None:
    """The baseline: what a search costs without an index (count + first page)."""
    from sqlalchemy import text

    pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    where = (
        "status = 'active' AND (name LIKE :p ESCAPE '\\' OR contact_person LIKE :p ESCAPE '\\' "
        "OR phone_digits LIKE :p ESCAPE '\\' OR email LIKE :p ESCAPE '\\' "
        "OR archive_number LIKE :p ESCAPE '\\')"
    )
    with services.database.engine.connect() as conn:
        conn.execute(text(f"SELECT count(*) FROM customer WHERE {where}"), {"p": pattern}).scalar()
        conn.execute(
            text(f"SELECT * FROM customer WHERE {where} ORDER BY archive_number LIMIT {PAGE}"),
            {"p": pattern},
        ).all()


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def bench_search(services: Any, queries: int, baseline_queries: int, seed: int) -> bool:
    from records_desk.services.customers.search import CustomerQuery

    gm = services.auth.login(ADMIN, PASSWORD)
    search = services.customers.search
    rnd = random.Random(seed)
    ok = True
    print(f"\nsearch: count + first page of {PAGE}, {queries} queries per length")
    print(
        f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} CPUs)"
    )
    print(
        "| chars | p50 ms | p95 ms | max ms | CPU p50 / p95 ms | median hits "
        "| LIKE scan p50 ms | LIKE/index p50 |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for length in (1, 2, 3, 4):
        texts = sample_queries(services, queries, length, rnd)
        for q in texts[:5]:  # warm the page cache like a user who has typed before
            search.page(gm, CustomerQuery(text=q), 0, PAGE)
        times, cpu, hits = [], [], []
        for q in texts:
            query = CustomerQuery(text=q)
            started, started_cpu = time.perf_counter(), time.process_time()
            hits.append(search.count(gm, query))
            search.page(gm, query, 0, PAGE)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        base = [timed(partial(like_scan, services, q)) for q in texts[:baseline_queries]]
        p50, p95, b50 = pct(times, 50), pct(times, 95), pct(base, 50)
        ok &= p95 <= TARGET_MS
        print(
            f"| {length} | {p50:.1f} | {p95:.1f} | {max(times):.1f} | "
            f"{pct(cpu, 50):.1f} / {pct(cpu, 95):.1f} | "
            f"{statistics.median(hits):,.0f} | {b50:.1f} | {b50 / p50:.0f}x |"
        )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--queries", type=int, default=200, help="per query length")
    parser.add_argument("--baseline-queries", type=int, default=20, help="LIKE scans per length")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    args = parser.parse_args(argv)

    folder = DATA / f"customers-{args.customers}"
    if args.rebuild and folder.exists():
        import shutil

        shutil.rmtree(folder)
    if not (folder / "build.json").exists():
        print(f"building {args.customers:,} customers in {folder} (once) ...", file=sys.stderr)
        if folder.exists():
            import shutil

            shutil.rmtree(folder)
        build(folder, args.customers)
    info = json.loads((folder / "build.json").read_text())
    db = folder / "records.db"
    services = open_services(folder, create=False)
    try:
        print(
            f"data: {info['customers']:,} customers ({info['voided']:,} void, "
            f"{info['blacklisted']:,} blacklisted), encrypted database "
            f"{db.stat().st_size / 2**20:.0f} MiB"
        )
        print(
            f"build: demo fill (registering path, index kept current) {info['fill_seconds']} s; "
            f"search index rebuilt from scratch {info['index_rebuild_seconds']} s"
        )
        ok = bench_search(services, args.queries, args.baseline_queries, args.seed)
    finally:
        services.close()
    print(f"\n{'PASS' if ok else 'FAIL'}: search p95 <= {TARGET_MS:.0f} ms at every length")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
