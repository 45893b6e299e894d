"""Data-quality benchmark on a large generated archive (issue 4, items 8 and 9; issue 10 §3).

Times QualityService.report over every active file as the data-quality window asks for it
(the counts, the scores and the first page of problems; the window reads the rest page by
page) — the first look (which checks any file never checked, e.g. after an upgrade that asks
for every file to be checked again, and tracks every problem) and the steady-state look (wall
and CPU, median of three), a department's and a dimension's look, pages read deep in the list,
and a weekly spot-check draw, with the process's peak memory and the load average. Baseline,
same run: checking every file once
(quality_upkeep.refresh_problems over all of them, rolled back), which is what every look
did before the problems were kept current on each write; target (issue 10): a look at
200,000 files <= 2 s. The database is `records-desk demo` data
(services.demo_data), built once under bench/.data/quality-N/, or copied from another
benchmark's folder with --copy-from (e.g. bench/.data/customers-200000). Never part of the
test run.

    .venv/bin/python bench/customers_quality.py                       # 200,000 customers
    .venv/bin/python bench/customers_quality.py --customers 20000
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The same database layout and accounts as bench/customers.py, so --copy-from its folder works.
from customers import ADMIN, DATA, PASSWORD, open_services  # noqa: E402

TARGET_S = 2.0
FIRST_PAGE = 60  # the window's first page (ui/customers/quality_model.py)
PAGE = 200


def build(folder: Path, customers: int) -> None:
    from records_desk.services.customers.demo import DemoData, ensure_demo_accounts

    folder.mkdir(parents=True, exist_ok=True)
    services = open_services(folder, create=True)
    try:
        gm = services.auth.create_first_manager(ADMIN, "Bench manager", PASSWORD)
        ensure_demo_accounts(services.accounts, gm, PASSWORD)
        DemoData(services.ctx).fill(gm, customers, 1)
    finally:
        services.close()


def copy_key(source: Path, folder: Path) -> None:
    """The key file is named after the database's path: the copy needs one of its own."""
    from records_desk.store.keystore import KeyStore

    store = KeyStore(folder / "config")
    store.key_file(folder / "records.db").write_bytes(store.key_file(source).read_bytes())


def check_everything(services: Any) -> float:
    """Seconds to check every file once (what each look did before issue 10), rolled back."""
    from sqlalchemy import select

    from records_desk.services.customers.quality_upkeep import refresh_problems
    from records_desk.store.customers import Customer

    with services.ctx.uow.write() as uow:
        ids = list(uow.session.scalars(select(Customer.id)))
        started = time.perf_counter()
        refresh_problems(uow.session, ids)
        return time.perf_counter() - started  # not committed: rolled back on exit


def timed(label: str, action: Any) -> Any:
    started, cpu = time.perf_counter(), time.process_time()
    result = action()
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"{label}: {wall:.2f} s wall, {cpu:.2f} s CPU", flush=True)
    return result


def pages(services: Any, gm: Any, count: int) -> float:
    """Mean seconds per page, reading `count` pages one after another from the top."""
    from records_desk.services.customers.quality_dto import QualityQuery

    quality, after, started = services.customers.quality, None, time.perf_counter()
    for _ in range(count):
        rows = quality.page(gm, QualityQuery(), after, PAGE)
        if not rows:
            break
        after = rows[-1]
    return (time.perf_counter() - started) / count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--copy-from", type=Path, default=None)
    args = parser.parse_args(argv)
    folder = DATA / f"quality-{args.customers}"
    if not (folder / "records.db").exists():
        if args.copy_from:
            shutil.copytree(args.copy_from, folder)
            copy_key(args.copy_from / "records.db", folder)
        else:
            timed("build", lambda: build(folder, args.customers))
    from records_desk.domain.customers.quality import Dimension

    services = open_services(folder, create=False)
    try:
        gm = services.auth.login(ADMIN, PASSWORD)
        quality = services.customers.quality
        first = timed(
            "report, first look (files never checked are checked, problems tracked)",
            lambda: quality.report(gm, limit=FIRST_PAGE),
        )
        looks, cpus = [], []
        for _ in range(3):
            started, cpu = time.perf_counter(), time.process_time()
            second = quality.report(gm, limit=FIRST_PAGE)
            looks.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
        look, cpu = sorted(looks)[1], sorted(cpus)[1]
        print(f"report, steady look (median of 3): {look:.2f} s wall, {cpu:.2f} s CPU", flush=True)
        department = second.by_department[0].name if second.by_department else None
        timed(
            "report for one department",
            lambda: quality.report(gm, None, department, limit=FIRST_PAGE),
        )
        timed(
            "report for one dimension (uniqueness)",
            lambda: quality.report(gm, dimension=Dimension.UNIQUENESS, limit=FIRST_PAGE),
        )
        print(f"page of {PAGE}, mean of the first 50: {pages(services, gm, 50) * 1000:.0f} ms")
        print(
            f"{second.checked_customers:,} files, {first.open_problems:,} open problems "
            f"({second.matching:,} listed), {len(second.by_maintainer)} maintainers, "
            f"{len(second.by_department)} departments"
        )
        print(
            "by dimension:",
            {c.dimension.value: c.open_problems for c in second.by_dimension},
        )
        baseline = check_everything(services)
        print(
            f"baseline, every file checked once (each look before issue 10): {baseline:.2f} s; "
            f"look / baseline = {look / baseline:.3f}"
        )
        print(f"{'PASS' if look <= TARGET_S else 'FAIL'}: look <= {TARGET_S:.0f} s")
        print(f"load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
        today = services.ctx.now().date()
        try:
            timed("spot-check draw", lambda: services.customers.spot_checks.draw(gm, today))
        except Exception as error:  # noqa: BLE001 - a second run finds the week drawn
            print(f"spot-check draw: {type(error).__name__}")
    finally:
        services.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
