"""Demo-fill benchmark (issue 10 §3): `records-desk demo --customers N` into a new database,
target <= 90 s for 200,000 files.

Baseline, same run: making the same files' content without any database (the plans, Faker's
pools and one draft per file, as DemoData.fill makes them), so the ratio says what the
checks, numbering, inserts, search index, history and data-quality problems cost on top of
generating the data. The database is made afresh under bench/.data/demo-N/ each run. Never
part of the test run.

    .venv/bin/python bench/demo_fill.py                      # 200,000 files
    .venv/bin/python bench/demo_fill.py --customers 20000
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from customers import ADMIN, DATA, PASSWORD, open_services  # noqa: E402

TARGET_S = 90.0


def drafts_only(customers: int, seed: int = 1) -> tuple[float, float]:
    """Seconds (wall, CPU) to plan and draft `customers` files as the fill does, with no
    database."""
    from datetime import UTC, datetime

    from faker import Faker

    from records_desk.domain.customers.grading import QuotaPolicy
    from records_desk.services.customers.demo import _plan
    from records_desk.services.customers.demo_files import FileMaker

    started, cpu = time.perf_counter(), time.process_time()
    rnd = random.Random(seed)
    fake = Faker("zh_TW")
    fake.seed_instance(seed)
    plans = _plan(rnd, customers, datetime.now(UTC), QuotaPolicy())
    made = FileMaker(rnd, fake, [1, 2, 3, 4], customers)
    for plan in plans:
        made.draft(plan)
    return time.perf_counter() - started, time.process_time() - cpu


def fill(customers: int) -> tuple[float, float]:
    """Seconds (wall, CPU of this process) of DemoData.fill into a new database."""
    from records_desk.services.customers.demo import DemoData, ensure_demo_accounts

    folder = DATA / f"demo-{customers}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    services = open_services(folder, create=True)
    try:
        gm = services.auth.create_first_manager(ADMIN, "Bench manager", PASSWORD)
        ensure_demo_accounts(services.accounts, gm, PASSWORD)
        started, cpu = time.perf_counter(), time.process_time()
        DemoData(services.ctx).fill(gm, customers, 1)
        return time.perf_counter() - started, time.process_time() - cpu
    finally:
        services.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    args = parser.parse_args(argv)
    n = args.customers
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    baseline, baseline_cpu = drafts_only(n)
    print(
        f"baseline, {n:,} files planned and drafted, no database: {baseline:.1f} s "
        f"(CPU {baseline_cpu:.1f} s)",
        flush=True,
    )
    seconds, cpu = fill(n)
    print(f"demo fill of {n:,} files (one transaction): {seconds:.1f} s (CPU {cpu:.1f} s)")
    print(f"fill / baseline = {seconds / baseline:.2f} (CPU {cpu / baseline_cpu:.2f})")
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    ok = seconds <= TARGET_S
    print(f"{'PASS' if ok else 'FAIL'}: demo fill <= {TARGET_S:.0f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
