"""Customer search on a PostgreSQL server (issue 15 §2, Measure): p50/p95 of count + first
page for 1-, 2-, 3- and 4-character queries over 200,000 customers on a throwaway local
PostgreSQL, against the same queries on the embedded SQLCipher store in the same run (the
baseline: bench/customers.py's database of the same demo data); target p95 <= 50 ms.

The server is started here as tests/pg.py starts the tests' (initdb in a temporary folder under
/tmp, a Unix socket, as the `postgres` user through runuser when run as root), filled through
the demo's bulk path (services.demo_data: COPY on the server), vacuumed and analysed as
autovacuum would after a fill, then stopped and removed. The SQLite database is bench/customers.py's
cache (bench/.data/customers-N, built once if missing). Never part of the test run.

    .venv/bin/python bench/search_pg.py                  # 200,000 customers
    .venv/bin/python bench/search_pg.py --customers 20000 --queries 100
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import customers as base  # noqa: E402 - bench/customers.py, beside this one
import desks  # noqa: E402 - bench/desks.py, beside this one: its throwaway server

SEED = 1  # bench/customers.py's demo seed: the same customers on both backends


def open_server_office(url: str, folder: Path, filled_at: datetime | None = None) -> Any:
    """The office on the server; its clock stopped at `filled_at` (the moment the SQLite
    office was filled: the demo dates its files from the clock, and so numbers them)."""
    from records_desk.services.container import build_services
    from records_desk.settings import MemoryBackend, Settings
    from records_desk.store.database import open_server
    from records_desk.store.file_keystore import FileKeyStore

    database = open_server(url, FileKeyStore(folder))
    if filled_at is None:
        return build_services(database, Settings(MemoryBackend()))
    return build_services(database, Settings(MemoryBackend()), clock=lambda: filled_at)


def filled_at(embedded: Any) -> datetime:
    """When the SQLite office was filled (its demo fill's audit entry)."""
    from sqlalchemy import text

    with embedded.database.engine.connect() as conn:
        raw = conn.execute(
            text("SELECT at FROM audit_log WHERE action = 'demo.fill' ORDER BY seq LIMIT 1")
        ).scalar()
    return _moment(raw)


def _moment(raw: Any) -> datetime:
    value = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def fill_server(services: Any, customers: int) -> dict[str, float]:
    from sqlalchemy import text

    from records_desk.services.customers.demo import DemoData, ensure_demo_accounts

    gm = services.auth.create_first_manager(base.ADMIN, "Bench manager", base.PASSWORD)
    ensure_demo_accounts(services.accounts, gm, base.PASSWORD)
    step = max(customers // 10, 1)

    def progress(done: int, total: int) -> None:
        if done % step == 0 or done == total:
            print(f"  {done:,} / {total:,}", file=sys.stderr, flush=True)

    summary = DemoData(services.ctx).fill(gm, customers, SEED, progress)
    started = time.perf_counter()
    with services.database.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
    vacuum = time.perf_counter() - started
    started = time.perf_counter()
    from records_desk.store import search_index

    with services.database.engine.begin() as conn:
        search_index.rebuild(conn)
    rebuild = time.perf_counter() - started
    with services.database.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
        size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar()
        index = conn.execute(
            text(
                "SELECT sum(pg_total_relation_size(oid)) FROM pg_class"
                " WHERE relname LIKE 'customer_search%' AND relkind = 'r'"
            )
        ).scalar()
    return {
        "fill_s": summary.seconds,
        "vacuum_s": vacuum,
        "rebuild_s": rebuild,
        "database_mib": (size or 0) / 2**20,
        "search_mib": float(index or 0) / 2**20,
    }


def one_search(services: Any, gm: Any, text: str) -> tuple[float, int]:
    from records_desk.services.customers.search import CustomerQuery

    query = CustomerQuery(text=text)
    started = time.perf_counter()
    hits = services.customers.search.count(gm, query)
    services.customers.search.page(gm, query, 0, base.PAGE)
    return (time.perf_counter() - started) * 1000, hits


def bench(embedded: Any, server: Any, queries: int, seed: int) -> bool:
    gm_e = embedded.auth.login(base.ADMIN, base.PASSWORD)
    gm_s = server.auth.login(base.ADMIN, base.PASSWORD)
    rnd = random.Random(seed)
    ok = True
    print(f"\nsearch: count + first page of {base.PAGE}, {queries} queries per length, each")
    print("query on SQLite then on PostgreSQL (the same texts, sampled from the data)")
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(
        "| chars | SQLite p50 / p95 ms | PostgreSQL p50 / p95 / max ms | PostgreSQL / SQLite "
        "at p95 | median matches | same count |"
    )
    print("|---|---|---|---|---|---|")
    for length in (1, 2, 3, 4):
        texts = base.sample_queries(embedded, queries, length, rnd)
        for q in texts[:5]:  # warm both caches like a user who has typed before
            one_search(embedded, gm_e, q)
            one_search(server, gm_s, q)
        lite, pg, hits, same = [], [], [], 0
        for q in texts:
            t_e, n_e = one_search(embedded, gm_e, q)
            t_s, n_s = one_search(server, gm_s, q)
            lite.append(t_e)
            pg.append(t_s)
            hits.append(n_s)
            same += n_e == n_s
            if n_e != n_s:
                print(
                    f"  different counts for {q!r}: SQLite {n_e}, PostgreSQL {n_s}", file=sys.stderr
                )
        p95_e, p95_s = base.pct(lite, 95), base.pct(pg, 95)
        ok &= p95_s <= base.TARGET_MS
        print(
            f"| {length} | {base.pct(lite, 50):.1f} / {p95_e:.1f} | "
            f"{base.pct(pg, 50):.1f} / {p95_s:.1f} / {max(pg):.1f} | {p95_s / p95_e:.1f}x | "
            f"{statistics.median(hits):,.0f} | {same}/{len(texts)} |"
        )
    return ok


def main(argv: list[str] | None = None) -> int:
    from sqlalchemy import text

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--queries", type=int, default=200, help="per query length")
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args(argv)

    folder = base.DATA / f"customers-{args.customers}"
    if not (folder / "build.json").exists():
        print(f"building {args.customers:,} customers in {folder} (once) ...", file=sys.stderr)
        shutil.rmtree(folder, ignore_errors=True)
        base.build(folder, args.customers)
    cluster = desks.Server()  # bench/desks.py's throwaway server (exits when none is installed)
    embedded = server = None
    try:
        cluster.start()
        keys = cluster.folder / "desk"
        keys.mkdir()
        embedded = base.open_services(folder, create=False)
        server = open_server_office(cluster.url(), keys, filled_at(embedded))
        print(f"filling {args.customers:,} customers on PostgreSQL ...", file=sys.stderr)
        built = fill_server(server, args.customers)
        with server.database.engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar()
        db = folder / "records.db"
        print(
            f"data: {args.customers:,} demo customers (seed {SEED}) on each backend; SQLite "
            f"{db.stat().st_size / 2**20:.0f} MiB (encrypted); PostgreSQL {version} "
            f"{built['database_mib']:.0f} MiB, of which the search tables "
            f"{built['search_mib']:.0f} MiB"
        )
        print(
            f"PostgreSQL build: demo fill (bulk path, COPY) {built['fill_s']:.1f} s, "
            f"VACUUM ANALYZE {built['vacuum_s']:.1f} s, search index rebuilt from scratch "
            f"{built['rebuild_s']:.1f} s"
        )
        ok = bench(embedded, server, args.queries, args.seed)
    finally:
        for services in (embedded, server):
            if services is not None:
                services.close()
        cluster.stop()
    print(
        f"\n{'PASS' if ok else 'FAIL'}: PostgreSQL search p95 <= {base.TARGET_MS:.0f} ms at every length"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
